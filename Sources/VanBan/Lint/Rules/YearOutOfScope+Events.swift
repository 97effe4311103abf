/// Periods checked against a date the line itself or the document gives, not only the
/// block's: a period with a narrower date in brackets that lies outside it, the opening of
/// a school year that began in an earlier calendar year, and the closing of a bounded
/// event (a campaign month, a festival) written with last year after the document's own
/// year's event was held.
extension YearOutOfScope {
    /// `P (Q)` where the date `Q` in brackets should fall inside `P` (*Quý III/2028 (tháng
    /// 6/2028)*, *6 tháng đầu năm 2027 (tháng 8/2027)*, *tháng 3/2027 (ngày 15/4/2027)*),
    /// outside meeting headings.
    static func bracketedDates(_ document: LintDocument, _ report: inout Report) {
        // A meeting's heading dates the meeting in brackets (*tổng kết công tác năm 2026 (tháng
        // 12/2026)*): `heading-period-mismatch` reads those.
        // (Lines read by index: a line with fewer than two periods is passed over without a copy.)
        for k in document.lines.indices where document.lines[k].periods.count >= 2 {
            // (Role and kind read in place: the line is copied only when it is read.)
            let role = document.lines[k].role, kind = document.lines[k].kind
            guard (role == .body || role == .intro) && kind != .meeting && kind != .session else { continue }
            for j in 1..<document.lines[k].periods.count {
                // The brackets first, on the periods' token ranges and the line's tokens in
                // place: most pairs of periods are not written so, and copying each pair's
                // periods (and the line) cost more than the test (issue 17).
                let first = document.lines[k].periods[j - 1].tokens, second = document.lines[k].periods[j].tokens
                guard second.lowerBound == first.upperBound + 1,
                      isPunct(document.lines[k].tokens.tokens, document.lines[k].tokens.line.scalars, first.upperBound, "("),
                      isPunct(document.lines[k].tokens.tokens, document.lines[k].tokens.line.scalars, second.upperBound, ")") else { continue }
                let line = document.lines[k]
                let t = line.tokens
                let (a, b) = (line.periods[j - 1], line.periods[j])
                var (outer, inner) = (a.period, b.period)
                // *Quý III (tháng 6/2027)*: a period written without its year is of the year in
                // its brackets.
                if outer.inferred, outer.year != nil, !inner.inferred { outer.year = inner.year }
                // (The brackets first: most pairs of periods are not written so.)
                guard t.isPunct(a.tokens.upperBound, "("), b.tokens.lowerBound == a.tokens.upperBound + 1, t.isPunct(b.tokens.upperBound, ")"),
                      outer.kind == "quarter" || outer.kind == "half" || outer.kind == "month", inner.kind == "month" || inner.kind == "day",
                      !(outer.kind == "month" && inner.kind == "month"), !inner.inferred,
                      let covered = TimeWords.months(outer),
                      let iy = inner.year, let im = inner.month, (1...12).contains(im) else { continue }
                let at = LintDocument.monthIndex(iy, im)
                guard !covered.contains(at) else { continue }
                report.add("bracket", [inner.raw, outer.raw], at: t.span(tokens: b.tokens.lowerBound, b.tokens.upperBound - 1))
            }
        }
    }

    /// `TokenizedLine.isPunct(i, p)` of the line whose tokens and scalars are given.
    @inline(__always)
    static func isPunct(_ tokens: [Token], _ scalars: [Unicode.Scalar], _ i: Int, _ p: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && scalars[tokens[i].range.lowerBound] == p
    }

    /// An event of a school year (*khai giảng*, *sơ kết học kỳ I*, *tổng kết năm học*,
    /// *tuyển sinh*: `SchoolCalendar`) written in a block too long after it or too far before
    /// it: *Dự lễ khai giảng năm học 2025 - 2026* in September 2026 (that year opened in
    /// September 2025).
    static func schoolYears(_ document: LintDocument, _ report: inout Report) {
        for k in document.lines.indices where !document.lines[k].periods.isEmpty {
            // (Read in place: a line without a range, or outside a dated block, is not copied.)
            let scope = document.lines[k].scope, kind = document.lines[k].kind
            guard document.lines[k].role == .body, scope.year != nil, scope.month != nil, kind != .month, kind != .meeting,
                  document.lines[k].periods.contains(where: { $0.period.kind == "range" }) else { continue }
            let line = document.lines[k]
            guard let y = line.scope.year, let m = line.scope.month else { continue }
            let here = LintDocument.monthIndex(y, m)
            let t = line.tokens
            for (p, tokens) in line.periods where p.kind == "range" {
                guard let a = p.year, let b = p.endYear, b == a + 1 else { continue }
                // The period reader takes *năm học A - B* whole; *năm học mới A - B* leaves the
                // words before the range.
                var k = tokens.lowerBound
                if !t.matchesFolded(["năm", "học"], at: k) {
                    k -= 2
                    if t.matchesFolded(["mới"], at: k + 1) { k -= 1 }
                }
                guard k >= t.bodyStart, t.matchesFolded(["năm", "học"], at: k) else { continue }
                // The event named right before (*lễ khai giảng năm học*, *sơ kết học kỳ I năm học*).
                let from = max(t.clauseStart(before: k), k - 4)
                var event: SchoolCalendar.Event? = nil
                for i in (from..<k).reversed() where event == nil {
                    event = SchoolCalendar.events.first { e in e.words.contains { w in i + w.count <= k && t.matchesFolded(w, at: i) } }
                }
                // *tổng kết năm học*: the words end on *năm học* itself.
                if event == nil, k >= 2, t.matchesFolded(["tổng", "kết"], at: k - 2) { event = SchoolCalendar.events.last }
                guard let e = event else { continue }
                let when = LintDocument.monthIndex(e.firstYear ? a : b, e.month)
                guard here - when > SchoolCalendar.after || when - here > SchoolCalendar.ahead else { continue }
                report.add("schoolYear", [p.raw, name(line.scope), "\(e.month)/\(e.firstYear ? a : b)"], at: t.span(tokens: tokens.lowerBound, tokens.upperBound - 1))
            }
        }
    }

    /// The first word(s) of a bounded event's name: a campaign month, a campaign, a round,
    /// a festival or contest (*Tháng Thanh niên*, *Chiến dịch Thanh niên tình nguyện hè*).
    static let eventHeads: [[String]] = [["tháng"], ["chiến", "dịch"], ["đợt"], ["ngày", "hội"], ["hội", "thi"], ["hội", "diễn"],
                                         ["liên", "hoan"], ["lễ", "hội"], ["tuần", "lễ"], ["giải"]]

    /// `eventHeads`, *tổng kết* / *sơ kết* and *kết*, numbered once per process (`FoldedWordIDs.WordIndex`).
    static let eventHeadIndex = FoldedWordIDs.WordIndex(eventHeads)
    static let closingIndex = FoldedWordIDs.WordIndex([["tổng", "kết"], ["sơ", "kết"]])
    static let ketIndex = FoldedWordIDs.WordIndex([["kết"]])

    /// *Tổng kết E năm Y-1* in a block of year Y after an earlier block of the same year has
    /// named *E năm Y*, or after the month a yearly campaign ends (`Campaigns`): the event of
    /// the document's own year was held, so the closing is of that year's (*Tổng kết Tháng
    /// Thanh niên năm 2026* in April 2027, after March 2027 organised *Tháng Thanh niên năm
    /// 2027*).
    static func eventClosings(_ document: LintDocument, _ report: inout Report) {
        // The words resolved to the document's IDs once (`FoldedWordIDs`, compared as
        // `matchesFolded`): a line without *kết* costs one look-up per token (issue 17).
        let f = document.foldedIDs
        // (The words numbered once per process: `WordIndex`, no String hashed per document.)
        let ket = f.ids(Self.ketIndex)[0][0]
        // A closing is read at a token before *kết* (`key` is a folded ID or -2, never -1): a
        // document without the word has none.
        guard ket >= 0 else { return }
        let closing = f.ids(Self.closingIndex), heads = f.ids(Self.eventHeadIndex)
        for index in document.lines.indices where !document.lines[index].periods.isEmpty {
            // (Read in place: a line outside an explicit dated block is not copied.)
            let scope = document.lines[index].scope
            guard document.lines[index].role == .body, scope.year != nil, scope.month != nil, scope.isExplicit else { continue }
            let ids = FoldedWordIDs.lineIDs(document, index)
            // (Nor one without *kết* after its first token, the loop's first test.)
            guard ids.count > 1, ids[1...].contains(where: { f.key[Int($0)] == ket }) else { continue }
            let line = document.lines[index]
            guard let y = line.scope.year, let m = line.scope.month else { continue }
            let t = line.tokens
            for i in t.tokens.indices where i + 1 < ids.count && f.key[Int(ids[i + 1])] == ket
                && (f.matches(closing[0], ids, at: i) || f.matches(closing[1], ids, at: i)) {
                let start = i + 2
                guard heads.contains(where: { f.matches($0, ids, at: start) }),
                      let (p, tokens) = line.periods.first(where: { $0.tokens.lowerBound > start }),
                      p.kind == "year", !p.inferred, p.year == y - 1, tokens.lowerBound - start <= 8,
                      t.matchesFolded(["năm"], at: tokens.lowerBound),
                      (start..<tokens.lowerBound).allSatisfy({ t.isWord($0) }) else { continue }
                let event = (start..<tokens.lowerBound).map { foldKey(t.tokens[$0].lower) }
                let here = LintDocument.monthIndex(y, m)
                let held = document.lines.contains { other in
                    guard other.role == .body, let oy = other.scope.year, oy == y, let om = other.scope.month,
                          LintDocument.monthIndex(oy, om) < here else { return false }
                    return other.periods.contains { q in
                        q.period.kind == "year" && !q.period.inferred && q.period.year == y && q.tokens.lowerBound >= event.count
                            && (0..<event.count).allSatisfy { foldKey(other.tokens.tokens[q.tokens.lowerBound - event.count + $0].lower) == event[$0] }
                    }
                }
                // A yearly campaign month already over in this block (`Campaigns`): this year's
                // was held, whether the document says so or not.
                let campaign = Campaigns.all.first { c in c.words == Array(event.prefix(c.words.count)) && m > c.lastMonth }
                let text = t.text(from: t.tokens[i].range.lowerBound, to: t.tokens[tokens.upperBound - 1].range.upperBound)
                if held {
                    report.add("eventClosing", [text, name(line.scope), "\(y)"], at: t.span(tokens: i, tokens.upperBound - 1))
                } else if let campaign {
                    report.add("campaignClosing", [text, name(line.scope), "\(y)", "\(campaign.lastMonth)"], at: t.span(tokens: i, tokens.upperBound - 1))
                }
            }
        }
    }
}
