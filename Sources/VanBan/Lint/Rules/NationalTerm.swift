/// `national-term`: a National Assembly term number that contradicts its years or
/// another mention in the same document (*khoá XV* next to *khoá XVI* for the
/// 2026–2031 election), or a national Party Congress number that contradicts the
/// term written with it.
public enum NationalTerm: Rule {
    public static let id = "national-term"
    public static let nameVi = "sai số khóa, nhiệm kỳ"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Số khóa Quốc hội / Đại hội Đảng toàn quốc mâu thuẫn với nhiệm kỳ hoặc với chỗ khác trong văn bản",
        en: "A National Assembly / Party Congress term number that contradicts its years or another mention")
    public static let details = LocalizedText(
        vi: "Bảng khóa Quốc hội (XV: 2021–2026, XVI: 2026–2031) và Đại hội toàn quốc (XIII: 2021, XIV: 2026, XV: 2031). Xét nhiệm kỳ ghi cùng câu, năm của mục khi nói về bầu cử, và các lần nhắc khác về bầu cử trong văn bản; nhiệm kỳ 5 năm của Hội đồng nhân dân (2021–2026, 2026–2031) và của Đảng bộ (2020–2025, 2025–2030) ghi sau tên cơ quan; ngày của kỳ họp, của việc thông qua ghi sau khóa Quốc hội phải nằm trong nhiệm kỳ; Đại hội của cùng một Đảng bộ, cùng nhiệm kỳ không được ghi hai số khác nhau; Đại hội nhiệm kỳ 2025–2030 của tỉnh, thành phố hợp nhất năm 2025 (Nghị quyết 202/2025/QH15) là lần thứ I; Đại hội được nhắc là sắp tới (hướng tới, chào mừng, tiến tới, chuẩn bị) phải là Đại hội kế tiếp sau năm đó (trong năm có Đại hội: Đại hội đó hoặc Đại hội sau).",
        en: "Tables of National Assembly terms (XV: 2021–2026, XVI: 2026–2031) and national Congresses (XIII: 2021, XIV: 2026, XV: 2031). Checks the term written in the same clause, the block's year for elections, and other election mentions in the document; the five-year terms of People's Councils (2021–2026, 2026–2031) and Party committees (2020–2025, 2025–2030) written after the body; the date of a session or vote written after an Assembly term must fall inside it; one Party committee's congress of one term is not cited with two numbers; the 2025–2030 congress of a province merged in 2025 (Nghị quyết 202/2025/QH15) is the first (I); a Congress named as the one to come (hướng tới, chào mừng, tiến tới, chuẩn bị) must be the next one after the year (in the year a Congress meets, it or the one after).")
    public static let messages: [String: LocalizedText] = [
        "range": LocalizedText(vi: "Quốc hội khóa {0} là nhiệm kỳ {1}–{2}, không phải '{3}'", en: "National Assembly term {0} is {1}–{2}, not '{3}'"),
        "election": LocalizedText(vi: "Bầu cử Quốc hội khóa {0} diễn ra năm {1}, không phải {2}", en: "The election of National Assembly term {0} is in {1}, not {2}"),
        "other": LocalizedText(vi: "Quốc hội khóa {0} ở đây, nhưng văn bản ghi khóa {1} cho cùng cuộc bầu cử (dòng {2})",
                               en: "National Assembly term {0} here, but the document names term {1} for the same election (line {2})"),
        "term": LocalizedText(vi: "Nhiệm kỳ '{1}' không phải là nhiệm kỳ của {0} (5 năm: HĐND 2021–2026, 2026–2031; Đảng bộ 2020–2025, 2025–2030)",
                              en: "'{1}' is not a term of the {0} (five years: People's Councils 2021–2026, 2026–2031; Party committees 2020–2025, 2025–2030)"),
        "congress": LocalizedText(vi: "Đại hội toàn quốc lần thứ {0} họp năm {1}, không khớp với '{2}'",
                                  en: "The {0}th national Congress was held in {1}, which does not match '{2}'"),
        "future": LocalizedText(vi: "Đại hội toàn quốc lần thứ {0} họp năm {1}; năm {2} chưa có Nghị quyết của Đại hội này",
                                en: "The {0}th national Congress meets in {1}; in {2} it has no resolution yet"),
        "forwardCongress": LocalizedText(vi: "Đại hội toàn quốc lần thứ {0} họp năm {1}; đại hội sắp tới sau năm {2} là lần thứ {3} ({4})",
                                         en: "The {0}th national Congress meets in {1}; the next one after {2} is the {3}th ({4})"),
        "outdated": LocalizedText(vi: "Năm {2} đã có Đại hội toàn quốc lần thứ {1}; triển khai Nghị quyết Đại hội {0} có đúng không?",
                                  en: "By {2} the {1}th national Congress has been held; is the {0}th Congress's resolution the one meant?"),
        "councilElection": LocalizedText(vi: "Cuộc bầu cử năm {1} bầu Hội đồng nhân dân nhiệm kỳ mới, không phải nhiệm kỳ '{0}'",
                                         en: "The election of {1} elects the new People's Council term, not '{0}'"),
        "mergedCongress": LocalizedText(vi: "{0} được hợp nhất năm 2025: Đại hội nhiệm kỳ 2025–2030 là lần thứ I (Ban Chấp hành khóa I), không phải {1}",
                                        en: "{0} was merged in 2025: its congress for 2025–2030 is the first (its committee term I), not {1}"),
        "committeeCongress": LocalizedText(vi: "Đại hội lần thứ {0} ở đây, nhưng văn bản ghi lần thứ {1} cho cùng Đảng bộ và nhiệm kỳ (dòng {2})",
                                           en: "Congress number {0} here, but the document writes {1} for the same committee and term (line {2})"),
        "dated": LocalizedText(vi: "Quốc hội khóa {0} là nhiệm kỳ {1}–{2}; '{3}' nằm ngoài nhiệm kỳ này",
                               en: "National Assembly term {0} is {1}–{2}; '{3}' is outside it"),
        "councilSession": LocalizedText(vi: "Năm {1}, Hội đồng nhân dân nhiệm kỳ '{0}' đã hết nhiệm kỳ",
                                        en: "In {1} the People's Council term '{0}' is over"),
    ]

    struct Mention {
        var line: LintDocument.Line
        var number: Int
        var token: Int
        var election: Bool
        var flagged: Bool
    }

    public static func check(_ document: LintDocument, _ report: inout Report) {
        // Every token compared as a word ID (issue 17); a line none of whose words could
        // start a mention costs one pass over its IDs.
        // (An appendix line's test read on its fields in place: `RuleWords(document,
        // numberingLine:)`.)
        let v = Words(RuleWords(document, numberingLine: { mayMention(document, $0) }))
        var mentions: [Mention] = []
        var mayStart = [Bool](repeating: false, count: document.lines.count)
        // (By index: a line is copied only when it is read.)
        for index in document.lines.indices {
            let ids = v.w.lines[index]
            // Every mention but a term starts at *Quốc hội*, *toàn quốc*, *Đại hội* or *Đảng bộ*
            // (`Words.startPairs`): the pairs the line holds, one bit each, found in one pass;
            // each scan below starts at one of them and runs only on a line that holds it.
            let pairs = v.pairs(ids)
            // (A committee's congress starts at *Đảng bộ*: `committeeCongresses`.)
            if pairs != 0 { mayStart[index] = pairs & Words.dangBoBit != 0 } else {
                // (Both read only the line's terms: ranges of years.)
                // (Both first ask for *nhiệm kỳ* / *nhiệm kì* two tokens before the range: a line
                // without is passed over before it is copied, issue 17.)
                if document.lines[index].periods.contains(where: { $0.period.kind == "range" && $0.tokens.lowerBound >= 2
                    && (v.w.matchesFolded(v.nhiemKy, ids, at: $0.tokens.lowerBound - 2) || v.w.matchesFolded(v.nhiemKi, ids, at: $0.tokens.lowerBound - 2)) }) {
                    let line = document.lines[index]
                    councilAndPartyTerms(line, ids, v, &report)
                    councilTermInTime(line, ids, v, &report)
                }
                continue
            }
            let line = document.lines[index]
            let t = line.tokens
            for i in ids.indices where pairs & Words.quocHoiBit != 0 && v.w.matches(v.quocHoi, ids, at: i) {
                guard i + 3 < t.tokens.count, ids[i + 2] == v.khoa || ids[i + 2] == v.khoa2,
                      let n = RomanNumeral.value(of: t.text(i + 3).uppercased()) ?? t.int(i + 3), let term = Terms.nationalAssembly[n] else { continue }
                let clause = t.clauseStart(before: i)
                let election = v.w.find(v.bauCuExact, ids, from: clause).map { $0 < i } ?? false
                var flagged = false
                // The term written after it in the same clause (nhiệm kỳ 2026-2031).
                if let (p, tokens) = line.periods.first(where: { $0.period.kind == "range" && $0.tokens.lowerBound >= i + 4 && $0.tokens.lowerBound < i + 20 }), let a = p.year, let b = p.endYear,
                   (a, b) != term, !crossesClause(t, from: i + 4, to: tokens.lowerBound),
                   // A term written after another body is that body's; at an election of both
                   // (the Councils are elected with the Assembly) it is the Assembly's too,
                   // when it fits the year of the election.
                   !namesOtherBody(ids, v, from: i + 4, to: tokens.lowerBound) || election && line.scope.year.map({ a == $0 || a == $0 + 1 }) == true {
                    report.add("range", [t.text(i + 3), "\(term.start)", "\(term.end)", p.raw], at: t.span(tokens: i, i + 3))
                    flagged = true
                } else if let (p, tokens) = sessionDate(line, ids, v, after: i + 4, name: i), let y = p.year, y > term.end || y < term.start {
                    // A session or a vote of the term dated outside it (*Quốc hội khóa XV thông
                    // qua tại kỳ họp thứ 4 (tháng 10/2027)*).
                    report.add("dated", [t.text(i + 3), "\(term.start)", "\(term.end)", p.raw], at: t.span(tokens: i, tokens.upperBound - 1))
                    flagged = true
                } else if election, let y = line.scope.year, line.scope.isExplicit || line.scope.month != nil,
                          y != term.start, y != term.start - 1 {
                    report.add("election", [t.text(i + 3), "\(term.start)", "\(y)"], at: t.span(tokens: i, i + 3))
                    flagged = true
                }
                mentions.append(Mention(line: line, number: n, token: i, election: election, flagged: flagged))
            }
            // (*toàn quốc lần thứ*; *Đại hội*, and *Nghị quyết* before a *Đại hội*.)
            if pairs & Words.toanQuocBit != 0 { congress(line, ids, v, &report) }
            if pairs & Words.daiHoiBit != 0 {
                congressResolution(line, ids, v, year: line.scope.year ?? document.year, &report)
                forwardCongress(line, ids, v, year: line.scope.year ?? document.year, &report)
            }
            councilAndPartyTerms(line, ids, v, &report)
            councilTermInTime(line, ids, v, &report)
        }
        committeeCongressNumbers(document, v, mayStart, &report)
        // Election mentions that disagree with the document's majority.
        let elections = mentions.filter(\.election)
        var counts: [Int: Int] = [:]
        for m in elections { counts[m.number, default: 0] += 1 }
        guard counts.count >= 2, let (majority, top) = counts.max(by: { $0.value < $1.value }),
              counts.values.filter({ $0 == top }).count == 1 else { return }
        let example = elections.first { $0.number == majority }!
        for m in elections where m.number != majority && !m.flagged {
            let t = m.line.tokens
            report.add("other", [t.text(m.token + 3), RomanNumeral.numeral(for: majority), "\(example.line.tokens.line.firstLine)"],
                       at: t.span(tokens: m.token, m.token + 3))
        }
    }

    /// False when `line` can hold no mention: no term (a range of years) and no word that
    /// may be one a mention starts with (`Words.starts`). A line of an appendix table is
    /// numbered only when this is true.
    static func mayMention(_ line: LintDocument.Line) -> Bool {
        line.periods.contains { $0.period.kind == "range" }
            || line.tokens.tokens.contains { t in
                // (`RuleWords.mayFold` of each start word, the token's bytes read once.)
                let a = t.lowerUTF8
                return Words.startBytes.contains { a.count == $0.count && ($0.count == 0 || a[0] == $0.first) }
            }
    }

    /// `Đại hội … toàn quốc lần thứ N … nhiệm kỳ A - B` with A not the Congress's year.
    static func congress(_ line: LintDocument.Line, _ ids: [Int32], _ v: Words, _ report: inout Report) {
        let t = line.tokens
        for i in ids.indices where v.w.matches(v.toanQuocLanThu, ids, at: i) {
            guard i + 4 < t.tokens.count, let n = RomanNumeral.value(of: t.text(i + 4).uppercased()) ?? t.int(i + 4),
                  let held = Terms.partyCongress[n] else { continue }
            // Another organisation's national congress (*… lần thứ XIV của Công đoàn Việt Nam*).
            if v.w.matchesFolded(v.cua, ids, at: i + 5), !v.w.matchesFolded(v.cuaDang, ids, at: i + 5) || v.w.matchesFolded(v.cuaDangBo, ids, at: i + 5) { continue }
            if let (p, tokens) = line.periods.first(where: { $0.period.kind == "range" && $0.tokens.lowerBound >= i + 5 && $0.tokens.lowerBound < i + 12 }),
               let a = p.year, a != held,
               !crossesClause(t, from: i + 5, to: tokens.lowerBound) {
                report.add("congress", [t.text(i + 4), "\(held)", p.raw], at: t.span(tokens: i, i + 4))
            }
        }
    }

    /// A national Congress named as the one to come (*hướng tới, chào mừng, tiến tới, chuẩn
    /// bị …* just before it: `Terms.forwardCongressCues`) that is not the next one after the
    /// line's year (`Terms.partyCongress`): *hướng tới Đại hội XVI* in 2029, when the XV
    /// meets in 2031. In the year a Congress meets, both it and the one after are accepted;
    /// one already held is accepted after *thành công, thắng lợi* (celebrating its success).
    static func forwardCongress(_ line: LintDocument.Line, _ ids: [Int32], _ v: Words, year: Int?, _ report: inout Report) {
        guard let year, line.role != .header else { return }
        let t = line.tokens
        // The next Congress is looked up at the first *Đại hội* (most lines have none).
        var nextCongress: (next: (key: Int, value: Int), latest: Int)?? = nil
        for i in ids.indices where v.w.matchesFolded(v.daiHoi, ids, at: i) {
            if nextCongress == nil {
                nextCongress = Terms.partyCongress.filter({ $0.value >= year }).min(by: { $0.key < $1.key }).map { next in
                    (next, next.value == year ? next.key + 1 : next.key)
                }
            }
            guard let (next, latest) = nextCongress! else { return }
            let from = max(t.clauseStart(before: i), t.bodyStart, i - 5)
            guard from < i, let cue = (from..<i).first(where: { k in v.cues.contains { v.w.matchesFolded($0, ids, at: k) } }),
                  let (n, k) = nationalCongress(t, ids, v, at: i), let held = Terms.partyCongress[n] else { continue }
            if n > latest || n < next.key && !(cue..<i).contains(where: { k in v.held.contains { v.w.matchesFolded($0, ids, at: k) } }) {
                report.add("forwardCongress", [t.text(k), "\(held)", "\(year)", RomanNumeral.numeral(for: next.key), "\(next.value)"], at: t.span(tokens: i, k))
            }
        }
    }

    /// `Hội đồng nhân dân … nhiệm kỳ A - B` and `Đại hội Đảng bộ … nhiệm kỳ A - B` whose
    /// years are not a term of the body (`Terms.councilTerm`, `Terms.partyTerm`).
    static func councilAndPartyTerms(_ line: LintDocument.Line, _ ids: [Int32], _ v: Words, _ report: inout Report) {
        let t = line.tokens
        for (p, tokens) in line.periods where p.kind == "range" {
            guard let a = p.year, let b = p.endYear, tokens.lowerBound >= 2,
                  v.w.matchesFolded(v.nhiemKy, ids, at: tokens.lowerBound - 2) || v.w.matchesFolded(v.nhiemKi, ids, at: tokens.lowerBound - 2) else { continue }
            // The body named just before (within the clause, 12 words).
            let from = max(t.clauseStart(before: tokens.lowerBound), tokens.lowerBound - 14)
            var body: (name: String, valid: (Int, Int) -> Bool)? = nil
            for k in from..<(tokens.lowerBound - 2) {
                if v.w.matchesFolded(v.hoiDongNhanDan, ids, at: k) || v.w.matchesFolded(v.hdnd, ids, at: k) {
                    body = ("Hội đồng nhân dân", Terms.councilTerm)
                } else if v.w.matchesFolded(v.daiHoi, ids, at: k),
                          v.w.matchesFolded(v.dang, ids, at: k + 2) || v.w.matchesFolded(v.daiBieuDang, ids, at: k + 2),
                          !(k..<tokens.lowerBound).contains(where: { v.w.matchesFolded(v.toanQuoc, ids, at: $0) }) {
                    body = ("Đại hội Đảng bộ", Terms.partyTerm)
                }
            }
            guard let (name, valid) = body, !valid(a, b) else { continue }
            report.add("term", [name, p.raw], at: t.span(tokens: tokens.lowerBound, tokens.upperBound - 1))
        }
    }

    /// True when a body other than the National Assembly is named between tokens `from`
    /// and `to` (*Quốc hội khóa XVI và đại biểu **Hội đồng nhân dân** các cấp nhiệm kỳ …*):
    /// the term written after it is that body's.
    static func namesOtherBody(_ ids: [Int32], _ v: Words, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return (from..<to).contains { k in
            v.w.matchesFolded(v.hoiDongNhanDan, ids, at: k) || v.w.matchesFolded(v.hdnd, ids, at: k)
                || v.w.matchesFolded(v.dangBo, ids, at: k) || v.w.matchesFolded(v.uyBan, ids, at: k) || v.w.matchesFolded(v.ubnd, ids, at: k)
        }
    }

    /// The national Congress named at token `i` (*Đại hội*): its number and the number's
    /// token, for *Đại hội XIII của Đảng*, *Đại hội đại biểu toàn quốc lần thứ XIV (của
    /// Đảng)*, *Đại hội Đảng toàn quốc lần thứ XIII*. A congress of a Party committee or of
    /// another organisation (*Đại hội Đảng bộ tỉnh lần thứ XV*, *Đại hội đại biểu toàn quốc
    /// Hội Nông dân …*) is not one.
    static func nationalCongress(_ t: TokenizedLine, _ ids: [Int32], _ v: Words, at i: Int) -> (number: Int, token: Int)? {
        guard v.w.matchesFolded(v.daiHoi, ids, at: i) else { return nil }
        var k = i + 2
        if v.w.matchesFolded(v.daiBieu, ids, at: k) { k += 2 }
        if v.w.matchesFolded(v.dang, ids, at: k), !v.w.matchesFolded(v.dangBo, ids, at: k) { k += 1 }
        var national = false
        if v.w.matchesFolded(v.toanQuoc, ids, at: k) { k += 2; national = true }
        if v.w.matchesFolded(v.lanThu, ids, at: k) { k += 2 }
        guard k < t.tokens.count, t.isWord(k), let n = RomanNumeral.value(of: t.text(k).uppercased()) ?? (national ? t.int(k) : nil),
              Terms.partyCongress[n] != nil else { return nil }
        // Without *toàn quốc*, only *… của Đảng* (not *của Đảng bộ*) marks the Party's
        // national Congress: a province's own congress may have the same number (*Đại hội
        // XV* of a provincial Party committee, 2020).
        let after = k + 1
        if !national {
            let ofParty = v.w.matchesFolded(v.cuaDang, ids, at: after) && !v.w.matchesFolded(v.cuaDangBo, ids, at: after)
            guard ofParty else { return nil }
        } else if v.w.matchesFolded(v.cua, ids, at: after), !v.w.matchesFolded(v.cuaDang, ids, at: after) || v.w.matchesFolded(v.cuaDangBo, ids, at: after) {
            return nil
        }
        return (n, k)
    }

    /// *Nghị quyết Đại hội … lần thứ N* cited in a year before Congress N met (*Nghị quyết
    /// Đại hội XV* in 2026: certain), and a resolution put into effect (*quán triệt*, *chương
    /// trình hành động thực hiện*) in a year after the next Congress met (*Nghị quyết Đại hội
    /// XIII* in 2027: information, as an older resolution may still be cited).
    static func congressResolution(_ line: LintDocument.Line, _ ids: [Int32], _ v: Words, year: Int?, _ report: inout Report) {
        let t = line.tokens
        // The date written beside the Congress, in brackets (*Đại hội XIV của Đảng (tháng
        // 01/2026)*): a year that is not the one it met in.
        for i in ids.indices where v.w.matchesFolded(v.daiHoi, ids, at: i) {
            guard let (n, k) = nationalCongress(t, ids, v, at: i), let held = Terms.partyCongress[n] else { continue }
            var open = k + 1
            if v.w.matchesFolded(v.cuaDang, ids, at: open) { open += 2 }
            // Its term after a comma or in brackets (*Đại hội XIV của Đảng, nhiệm kỳ 2021 - 2026*).
            // A term of the Party committees (*…, nhiệm kỳ 2025 - 2030*, seed 001) may be the
            // programme's own, written after the Congress it implements: left alone.
            if t.isPunct(open, "(") || t.isPunct(open, ","), v.w.matchesFolded(v.nhiemKy, ids, at: open + 1),
               let (p, _) = line.periods.first(where: { $0.tokens.lowerBound == open + 3 && $0.period.kind == "range" }),
               let a = p.year, let b = p.endYear, a != held, !Terms.partyTerm(a, b) {
                // (`congress` reads *… toàn quốc lần thứ N …* itself.)
                if !(i..<k).contains(where: { v.w.matchesFolded(v.toanQuocLanThuFolded, ids, at: $0) }) {
                    report.add("congress", [t.text(k), "\(held)", p.raw], at: t.span(tokens: i, k))
                }
                continue
            }
            guard t.isPunct(open, "("), let (p, _) = line.periods.first(where: { $0.tokens.lowerBound > open && $0.tokens.lowerBound <= open + 3 && $0.period.kind != "range" }),
                  !p.inferred, let y = p.year, y != held else { continue }
            report.add("congress", [t.text(k), "\(held)", p.raw], at: t.span(tokens: i, k))
        }
        guard let year, line.role != .header else { return }
        for i in ids.indices where v.w.matchesFolded(v.nghiQuyet, ids, at: i) {
            guard let (n, k) = nationalCongress(t, ids, v, at: i + 2), let held = Terms.partyCongress[n] else { continue }
            let numeral = t.text(k)
            // A plan for the whole term written before a Congress may put its resolution into
            // effect ahead: only a dated block (or a Congress years away) is certain.
            if year < held, line.scope.isExplicit || year < held - 1 {
                report.add("future", [numeral, "\(held)", "\(year)"], at: t.span(tokens: i, k))
                continue
            }
            guard let next = Terms.partyCongress[n + 1], year >= next + 1 || year == next && line.scope.isExplicit else { continue }
            let clause = t.clauseStart(before: i)
            let words = (clause..<i).map { foldKey(t.tokens[$0].lower) }.joined(separator: " ")
            let effect = ["quán triệt", "chương trình hành động", "kế hoạch thực hiện", "triển khai thực hiện", "triển khai nghị"]
            let review = ["tổng kết", "sơ kết", "đánh giá", "kết quả", "nguyên", "trước đây", "nhiệm kỳ trước"]
            guard effect.contains(where: { words.contains($0) || ("\(words) nghị").contains($0) }),
                  !review.contains(where: { words.contains($0) }) else { continue }
            report.add("outdated", [numeral, RomanNumeral.numeral(for: n + 1), "\(year)"], at: t.span(tokens: i, k), severity: .info)
        }
    }

    /// *Hội đồng nhân dân … nhiệm kỳ A - B* (a real term) in an election held after A
    /// (*bầu cử … HĐND các cấp nhiệm kỳ 2021 - 2026* in 2026: the election elects 2026 -
    /// 2031), or at a session in a year the clause writes after B (*kỳ họp … cuối năm 2028
    /// của HĐND xã nhiệm kỳ 2021 - 2026*). By-elections (*bầu cử bổ sung*) and citations of
    /// resolutions (*Nghị quyết số …*) are left alone.
    static func councilTermInTime(_ line: LintDocument.Line, _ ids: [Int32], _ v: Words, _ report: inout Report) {
        let t = line.tokens
        for (p, tokens) in line.periods where p.kind == "range" {
            guard let a = p.year, let b = p.endYear, Terms.councilTerm(a, b), tokens.lowerBound >= 2,
                  v.w.matchesFolded(v.nhiemKy, ids, at: tokens.lowerBound - 2) || v.w.matchesFolded(v.nhiemKi, ids, at: tokens.lowerBound - 2) else { continue }
            let clause = t.clauseStart(before: tokens.lowerBound)
            let from = max(clause, tokens.lowerBound - 14)
            guard (from..<(tokens.lowerBound - 2)).contains(where: { v.w.matchesFolded(v.hoiDongNhanDan, ids, at: $0) || v.w.matchesFolded(v.hdnd, ids, at: $0) }) else { continue }
            let before = clause..<tokens.lowerBound
            if (before).contains(where: { v.w.matchesFolded(v.nghiQuyet, ids, at: $0) || v.w.matchesFolded(v.boSung, ids, at: $0) || v.w.matchesFolded(v.nguyen, ids, at: $0) }) { continue }
            let span = t.span(tokens: tokens.lowerBound - 2, tokens.upperBound - 1)
            if before.contains(where: { v.w.matchesFolded(v.bauCu, ids, at: $0) }), let y = line.scope.year, line.scope.isExplicit, y > a {
                report.add("councilElection", [p.raw, "\(y)"], at: span)
                continue
            }
            // A session dated in the clause after the term (the years written in the clause
            // other than the term's own).
            guard before.contains(where: { v.w.matchesFolded(v.kyHop, ids, at: $0) || v.w.matchesFolded(v.kiHop, ids, at: $0) }) else { continue }
            let years = line.periods.filter { $0.tokens != tokens && $0.tokens.lowerBound >= clause && $0.tokens.lowerBound < tokens.lowerBound && !$0.period.inferred }
                .compactMap { $0.period.endYear ?? $0.period.year }
            if let y = years.max(), y > b, years.allSatisfy({ $0 > b }) {
                report.add("councilSession", [p.raw, "\(y)"], at: span)
            }
        }
    }

    /// The first written date (not a range, not inferred) in the clause after token `from`
    /// when it dates a session or a vote of the Assembly named at `name`: the clause says *kỳ
    /// họp*, *thông qua*, *phiên họp* or *bầu* before the date, and nothing about when a law takes
    /// effect (*có hiệu lực*), which may be years after the term.
    static func sessionDate(_ line: LintDocument.Line, _ ids: [Int32], _ v: Words, after from: Int, name: Int) -> (Period, Range<Int>)? {
        let t = line.tokens
        guard let (p, tokens) = line.periods.first(where: { $0.tokens.lowerBound >= from && $0.tokens.lowerBound < from + 14 }),
              p.kind != "range", p.kind != "dateRange", !p.inferred, !crossesClause(t, from: from, to: tokens.lowerBound) else { return nil }
        // The act may also come before the Assembly's name (*Kỳ họp thứ nhất, Quốc hội khóa
        // XVI (tháng 4/2025)*).
        let between = max(t.clauseStart(before: name), name - 6)..<tokens.lowerBound
        guard between.contains(where: { k in v.acts.contains { v.w.matchesFolded($0, ids, at: k) } }),
              !between.contains(where: { v.w.matchesFolded(v.hieuLuc, ids, at: $0) || v.w.matchesFolded(v.nguyen, ids, at: $0) }) else { return nil }
        return (p, tokens)
    }

    /// True when a `;` or `.` lies between tokens `from` and `to`.
    static func crossesClause(_ t: TokenizedLine, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return (from..<to).contains { t.isPunct($0, ";") || t.isPunct($0, ".") }
    }
}

extension NationalTerm {
    /// The words and phrases the rule reads, as IDs of one document (`RuleWords`): `matches`
    /// for those the String code compared exactly, `matchesFolded` for the others.
    struct Words {
        let w: RuleWords
        // Compared exactly.
        let quocHoi, bauCuExact, toanQuocLanThu: [Int32]
        let khoa, khoa2: Int32
        // Compared in either tone style.
        let cua, cuaDang, cuaDangBo, daiHoi, daiBieu, dang, dangBo, toanQuoc, lanThu, toanQuocLanThuFolded: [Int32]
        let nhiemKy, nhiemKi, hoiDongNhanDan, hdnd, daiBieuDang, uyBan, ubnd, nghiQuyet, boSung, nguyen: [Int32]
        let bauCu, kyHop, kiHop, hieuLuc, banChapHanh: [Int32]
        /// `Terms.forwardCongressCues`, `Terms.heldCongressWords`, and the acts that date a
        /// session or a vote (`sessionDate`).
        let cues, held, acts: [[Int32]]
        /// The words `init` resolves, in its order: the phrases, then `Terms.forwardCongressCues`
        /// (`cuesRange`), `Terms.heldCongressWords` (`heldRange`) and the acts (`actsRange`).
        static let phrases: [[String]] = [
            ["quốc", "hội"],
            ["bầu", "cử"],
            ["toàn", "quốc", "lần", "thứ"],
            ["khóa"],
            ["khoá"],
            ["của"],
            ["của", "đảng"],
            ["của", "đảng", "bộ"],
            ["đại", "hội"],
            ["đại", "biểu"],
            ["đảng"],
            ["đảng", "bộ"],
            ["toàn", "quốc"],
            ["lần", "thứ"],
            ["nhiệm", "kỳ"],
            ["nhiệm", "kì"],
            ["hội", "đồng", "nhân", "dân"],
            ["hđnd"],
            ["đại", "biểu", "đảng"],
            ["ủy", "ban"],
            ["ubnd"],
            ["nghị", "quyết"],
            ["bổ", "sung"],
            ["nguyên"],
            ["kỳ", "họp"],
            ["kì", "họp"],
            ["hiệu", "lực"],
            ["ban", "chấp", "hành"],
        ] + Terms.forwardCongressCues + Terms.heldCongressWords + [["kỳ", "họp"], ["kì", "họp"], ["thông", "qua"], ["phiên", "họp"], ["bầu"]]
        static let cuesRange = 28..<(28 + Terms.forwardCongressCues.count)
        static let heldRange = cuesRange.upperBound..<(cuesRange.upperBound + Terms.heldCongressWords.count)
        static let actsRange = heldRange.upperBound..<phrases.count
        /// `phrases` as interner IDs (`WordInterner`), and `startPairs`: each word's document
        /// ID is then one look-up of its interner ID (`RuleWords.id(global:)`), not a hash of
        /// its text per document (issue 17).
        static let globals: [[UInt32]] = phrases.map { $0.map { WordInterner.shared.intern($0) } }
        static let startGlobals: [[UInt32]] = startPairs.map { $0.map { WordInterner.shared.intern($0) } }

        /// The two words every mention other than a term starts with (*Quốc hội*, *toàn quốc*,
        /// *Đại hội*, *Đảng bộ*), compared in either tone style (a superset of the exact
        /// comparison); `starts`, their first words.
        static let startPairs = [["quốc", "hội"], ["toàn", "quốc"], ["đại", "hội"], ["đảng", "bộ"]]
        static let starts = startPairs.map { $0[0] }
        /// Each of `starts` as `RuleWords.mayFold` reads it: its UTF-8 length and first byte.
        static let startBytes: [(count: Int, first: UInt8)] = starts.map { ($0.utf8.count, $0.utf8.first!) }
        /// For each ID of the document, a bit for each pair it may be the first word of, and
        /// one for each it may be the second word of.
        let firstOf, secondOf: [UInt8]
        /// False when the document holds no pair of `startPairs` anywhere: no line is scanned.
        let mayStartAny: Bool

        init(_ w: RuleWords) {
            self.w = w
            var firstOf = [UInt8](repeating: 0, count: w.table.count), secondOf = firstOf
            for (bit, pair) in Self.startGlobals.enumerated() {
                let a = w.id(global: pair[0]), b = w.id(global: pair[1])
                if a >= 0 { firstOf[Int(a)] |= 1 << bit }
                if b >= 0 { secondOf[Int(b)] |= 1 << bit }
            }
            // An ID whose old-style form is one of those words (of the same length: `folds`).
            let folded = w.table.folded
            for id in folded.indices {
                let f = Int(folded[id])
                guard f != id, firstOf[f] | secondOf[f] != 0, w.folds(Int32(id), Int32(f)) else { continue }
                firstOf[id] |= firstOf[f]
                secondOf[id] |= secondOf[f]
            }
            self.firstOf = firstOf
            self.secondOf = secondOf
            // (A pair needs an ID with its first bit and one with its second.)
            let firsts = firstOf.reduce(0, |), seconds = secondOf.reduce(0, |)
            mayStartAny = firsts & seconds != 0
            // (The table's words as interner IDs, numbered once per process: `Self.globals`.)
            let resolved = Self.globals.map { phrase in phrase.map { w.id(global: $0) } }
            quocHoi = resolved[0]
            bauCuExact = resolved[1]
            toanQuocLanThu = resolved[2]
            toanQuocLanThuFolded = toanQuocLanThu
            khoa = resolved[3][0]
            khoa2 = resolved[4][0]
            cua = resolved[5]
            cuaDang = resolved[6]
            cuaDangBo = resolved[7]
            daiHoi = resolved[8]
            daiBieu = resolved[9]
            dang = resolved[10]
            dangBo = resolved[11]
            toanQuoc = resolved[12]
            lanThu = resolved[13]
            nhiemKy = resolved[14]
            nhiemKi = resolved[15]
            hoiDongNhanDan = resolved[16]
            hdnd = resolved[17]
            daiBieuDang = resolved[18]
            uyBan = resolved[19]
            ubnd = resolved[20]
            nghiQuyet = resolved[21]
            boSung = resolved[22]
            nguyen = resolved[23]
            bauCu = bauCuExact
            kyHop = resolved[24]
            kiHop = resolved[25]
            hieuLuc = resolved[26]
            banChapHanh = resolved[27]
            cues = Array(resolved[Self.cuesRange])
            held = Array(resolved[Self.heldRange])
            acts = Array(resolved[Self.actsRange])
        }

        /// The bits of `startPairs` (`firstOf`, `secondOf`) in the order of the table.
        static let quocHoiBit: UInt8 = 1, toanQuocBit: UInt8 = 2, daiHoiBit: UInt8 = 4, dangBoBit: UInt8 = 8

        /// The pairs of `startPairs` that two tokens of `ids` may be, one bit each (compared in
        /// either tone style, `folds`): a phrase starting with a pair, exact or folded, can
        /// stand in the line only when its bit is set. Zero for a line not numbered.
        func pairs(_ ids: [Int32]) -> UInt8 {
            guard mayStartAny, ids.count > 1 else { return 0 }
            var found: UInt8 = 0
            firstOf.withUnsafeBufferPointer { first in
                secondOf.withUnsafeBufferPointer { second in
                    ids.withUnsafeBufferPointer { p in
                        var previous = first[Int(p[0])]
                        for k in 1..<p.count {
                            let id = Int(p[k])
                            found |= previous & second[id]
                            previous = first[id]
                        }
                    }
                }
            }
            return found
        }

        /// True when two tokens of `ids` may be one of `startPairs` (a line not numbered has none).
        func mayStart(_ ids: [Int32]) -> Bool {
            guard mayStartAny else { return false }
            var k = 1
            while k < ids.count {
                if firstOf[Int(ids[k - 1])] & secondOf[Int(ids[k])] != 0 { return true }
                k += 1
            }
            return false
        }
    }
}

