/// `anniversary-mismatch`: *kỷ niệm N năm* an event whose founding year plus N is not
/// the year it is celebrated in, or an explicit span (*27/7/1947 - 27/7/2026*) that
/// does not equal N.
///
/// The celebrated year is compared with the block it is planned in: a celebration may be
/// prepared up to six months before the date and reported up to three months after it
/// (a June block preparing *kỷ niệm 79 năm … 27/7*; December preparing February's).
public enum AnniversaryMismatch: Rule {
    public static let id = "anniversary-mismatch"
    public static let nameVi = "sai số năm kỷ niệm"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Số năm kỷ niệm không khớp với năm tổ chức hoặc với khoảng năm ghi kèm",
        en: "An anniversary count that does not match the year it is held in or the span written with it")
    public static let details = LocalizedText(
        vi: "Tra ngày gốc của sự kiện trong bảng (KNOWLEDGE.md); năm gốc + N phải rơi vào tháng/năm của mục (chuẩn bị trước tối đa 6 tháng, báo cáo sau tối đa 3 tháng). Khoảng (27/7/1947 - 27/7/2026) phải dài đúng N năm và bắt đầu từ năm gốc.",
        en: "Looks the event's base date up (KNOWLEDGE.md); base year + N must fall in the block's month/year (prepared up to six months ahead, reported up to three months after). A span (27/7/1947 - 27/7/2026) must be N years long and start at the base year.")
    public static let messages: [String: LocalizedText] = [
        "year": LocalizedText(vi: "Kỷ niệm {0} năm {1} ({2}) là năm {3}, nhưng mục này thuộc {4}",
                              en: "The {0}th anniversary of {1} ({2}) falls in {3}, but this is in {4}"),
        "span": LocalizedText(vi: "Khoảng '{0}' là {1} năm, không phải {2} năm", en: "The span '{0}' is {1} years, not {2}"),
        "base": LocalizedText(vi: "Khoảng '{0}' bắt đầu năm {1}, nhưng {2} là năm {3}", en: "The span '{0}' starts in {1}, but {2} is in {3}"),
    ]

    /// The phrases of `phrases` the document can hold (no word -1).
    static func heads(_ phrases: [Int32]...) -> [[Int32]] {
        phrases.filter { !$0.isEmpty && !$0.contains(-1) }
    }

    /// True when one of `heads` stands at some token of a line whose IDs are `ids` (each
    /// token's ID compared with a phrase's first before the phrase is: most match none).
    static func namesAnniversary(_ ids: [Int32], _ heads: [[Int32]]) -> Bool {
        for h in heads {
            let first = h[0]
            var i = 0
            while i < ids.count {
                if ids[i] == first, FoldedWordIDs.matchesExact(h, ids, at: i) { return true }
                i += 1
            }
        }
        return false
    }

    public static func check(_ document: LintDocument, _ report: inout Report) {
        // A month block without a year in a document that gives none: the year of its meetings.
        let fallbackYear = MeetingSchedule.soleYear(document)
        // Words compared as IDs (issue 17): a line is read only at *kỷ niệm* / *chào mừng*;
        // the events' phrases are resolved at the first one.
        let w = RuleWords(words: document)
        let kyNiem = w.ids(["kỷ", "niệm"]), chaoMung = w.ids(["chào", "mừng"])
        let lan = w.id("lần"), thu = w.id("thứ"), nam = w.id("năm")
        var events: [(words: [Int32], event: Int)]? = nil
        // A phrase with a word the document never writes (-1) stands nowhere: a document with
        // neither has no anniversary to read, and its lines are not scanned.
        let heads = Self.heads(kyNiem, chaoMung)
        guard !heads.isEmpty else { return }
        for index in document.lines.indices where document.lines[index].role == .body || document.lines[index].role == .intro {
            guard let ids = document.ids(ofLine: index) else { continue }
            // (Most lines name no anniversary: they are not copied.)
            guard Self.namesAnniversary(ids, heads) else { continue }
            var line = document.lines[index]
            if line.scope.year == nil, line.scope.month != nil { line.scope.year = fallbackYear }
            let t = line.tokens
            for i in ids.indices {
                guard w.matches(kyNiem, ids, at: i) || w.matches(chaoMung, ids, at: i) else { continue }
                var j = i + 2
                if j < ids.count, ids[j] == lan, j + 1 < ids.count, ids[j + 1] == thu { j += 2 }
                guard let n = t.int(j), n > 0, n < 1000, j + 1 < t.tokens.count, ids[j + 1] == nam else { continue }
                let after = j + 2
                let end = min(t.tokens.count, after + 16)
                if events == nil { events = Anniversaries.tokenized.map { (w.ids($0.words), $0.event) } }
                let event = findEvent(t, ids, w, events!, from: after, to: min(end, after + 10))
                // An explicit span in the same stretch.
                if let (p, tokens) = line.periods.first(where: { ($0.period.kind == "dateRange" || $0.period.kind == "range")
                    && $0.tokens.lowerBound >= after && $0.tokens.lowerBound < end }),
                   let a = p.year, let b = p.endYear {
                    let span = t.span(tokens: tokens.lowerBound, tokens.upperBound - 1)
                    if b - a != n {
                        report.add("span", [p.raw, "\(b - a)", "\(n)"], at: span)
                        continue
                    }
                    if let k = event, Anniversaries.events[k].year != a {
                        report.add("base", [p.raw, "\(a)", Anniversaries.events[k].phrases[0], "\(Anniversaries.events[k].year)"], at: span)
                        continue
                    }
                } else if event != nil, after < end, let (raw, a, b) = earlySpan(t, from: after, to: min(t.tokens.count, after + 24)), b - a != n {
                    // A span the period reader does not take, its start before 1900 (*ngày sinh
                    // Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2026)*).
                    report.add("span", [raw, "\(b - a)", "\(n)"], at: t.span(tokens: i, j + 1))
                    continue
                }
                guard let k = event, let y = line.scope.year, line.scope.isExplicit || line.scope.month != nil else { continue }
                let e = Anniversaries.events[k]
                let celebrated = e.year + n
                let ok: Bool
                if let m = line.scope.month {
                    let diff = LintDocument.monthIndex(celebrated, e.month) - LintDocument.monthIndex(y, m)
                    ok = diff >= -3 && diff <= 6
                } else {
                    ok = celebrated == y
                }
                if !ok {
                    report.add("year", ["\(n)", Anniversaries.events[k].phrases[0], "\(pad(e.day))/\(pad(e.month))/\(e.year)", "\(celebrated)",
                                        YearOutOfScope.name(line.scope)], at: t.span(tokens: i, j + 1))
                }
            }
        }
    }

    /// The event named in tokens `from..<to`, as an index into `Anniversaries.events`.
    static func findEvent(_ t: TokenizedLine, _ ids: [Int32], _ w: RuleWords, _ events: [(words: [Int32], event: Int)], from: Int, to: Int) -> Int? {
        for k in from..<to {
            for (words, event) in events where w.matchesFolded(words, ids, at: k) { return event }
            if t.tokens[k].kind == .punct, [";", "(", "."].contains(t.line.scalars[t.tokens[k].range.lowerBound]) { break }
        }
        return nil
    }

    /// `d/m/yyyy - d/m/yyyy` or `yyyy - yyyy` in tokens `from..<to` whose first year is
    /// before 1900, where the period reader's years begin: the text and both years.
    static func earlySpan(_ t: TokenizedLine, from: Int, to: Int) -> (String, Int, Int)? {
        let scalars = t.line.scalars[t.tokens[from].range.lowerBound..<t.tokens[to - 1].range.upperBound]
        guard mayHoldEarlySpan(scalars) else { return nil }
        let text = String(String.UnicodeScalarView(scalars))
        guard let r = text.range(of: earlySpanPattern, options: .regularExpression) else { return nil }
        let raw = String(text[r])
        let years = raw.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { $0 >= 1000 }
        guard years.count == 2 else { return nil }
        return (raw, years[0], years[1])
    }

    /// A span whose first year is before 1900, with or without days and months.
    static let earlySpanPattern = #"(\d{1,2}/\d{1,2}/)?(1[6-8]\d\d) ?[-–] ?(\d{1,2}/\d{1,2}/)?(\d{4})"#

    /// False when `scalars` lack what `earlySpan`'s pattern needs: a dash and a year from
    /// 1600 to 1899 (*1*, *6*–*8*, two decimal digits). The pattern is compiled at each call; most
    /// stretches after an event hold no such year (issue 17).
    static func mayHoldEarlySpan(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard scalars.contains(where: { $0 == "-" || $0 == "–" }) else { return false }
        let s = Array(scalars)
        // (`\d` is any decimal digit, not only ASCII.)
        func digit(_ k: Int) -> Bool {
            k < s.count && (s[k].value >= 0x30 && s[k].value <= 0x39 || s[k].value >= 0x80 && s[k].properties.generalCategory == .decimalNumber)
        }
        for k in s.indices where s[k] == "1" && k + 1 < s.count && s[k + 1].value >= 0x36 && s[k + 1].value <= 0x38 && digit(k + 2) && digit(k + 3) {
            return true
        }
        return false
    }

    static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
