/// `year-out-of-scope`: a year, quarter or month-year that contradicts the period
/// the line stands in (its meeting, month block or year group).
///
/// A part of a year is reviewed (*sơ kết, tổng kết, kiểm điểm*) from its last month to a few
/// months after it (`TimeWords.reviewWindow`) and planned (*phương hướng, triển khai*) before
/// it ends. What is legitimate: the scope's own year; a neighbouring quarter or month within
/// six months (*quý I/2027* in December 2026, *tháng 12/2025* in January 2026); the
/// next year bound to a forward word (*phương hướng, dự toán … năm 2027* in late
/// 2026) and the past year bound to a backward word (*tổng kết … năm 2025* early in
/// 2026); years in citations, terms, spans and anniversaries; the year of a past event
/// (*bàn giao năm 2022*), an earlier year the work builds on (*kế thừa kinh nghiệm … năm
/// 2024*: `TimeWords.pastReference`) and the year of a name (*Chương trình giáo dục phổ thông 2018*). Lines of a
/// meeting whose own date breaks the order of the schedule are not judged.
public enum YearOutOfScope: Rule {
    public static let id = "year-out-of-scope"
    public static let nameVi = "năm lệch mục chứa nó"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Năm, quý hoặc tháng/năm mâu thuẫn với thời điểm của mục chứa nó",
        en: "A year, quarter or month-year that contradicts the period it sits in")
    public static let details = LocalizedText(
        vi: "Phạm vi là Hội nghị, khối tháng hoặc nhóm năm chứa dòng. Cho phép năm sau với 'phương hướng, dự toán' cuối năm, năm trước với 'tổng kết, đánh giá' đầu năm, quý/tháng lân cận trong 6 tháng, và năm trong trích dẫn văn bản, nhiệm kỳ, kỷ niệm, năm của sự kiện đã qua (bàn giao năm 2022), năm trước được kế thừa, rút kinh nghiệm, phát huy (kế thừa kinh nghiệm diễn tập năm 2024, kết quả năm 2025 đạt 82%, như năm 2025) và của tên gọi (Chương trình giáo dục phổ thông 2018). Tháng, quý, 6 tháng, 9 tháng được sơ kết, tổng kết từ tháng cuối đến vài tháng sau khi kết thúc, và được triển khai trước khi kết thúc. Không xét các dòng của Hội nghị có ngày họp trái thứ tự lịch. Ngoài ra: ngày ghi trong ngoặc sau một quý, 6 tháng, tháng (ngoài tiêu đề Hội nghị) phải nằm trong đó (Quý III/2028 (tháng 6/2028)); việc của một năm học (khai giảng, tuyển sinh, học kỳ I, tổng kết năm học: bảng SchoolCalendar) ghi ở mục quá 6 tháng sau hoặc quá 8 tháng trước thời điểm của nó; 'tổng kết/sơ kết' một sự kiện có hạn (Tháng Thanh niên, chiến dịch, hội thi …) của năm trước sau khi văn bản đã tổ chức sự kiện đó của năm mình ở tháng trước, hoặc sau tháng kết thúc của một tháng cao điểm hằng năm (bảng Campaigns: Tháng Thanh niên, Tháng Công nhân …); trong bảng tiến độ (cột Thời gian, Thời hạn, Tiến độ) của kế hoạch, chương trình, thời gian ở ô cuối của một dòng đã kết thúc trước tháng liền trước tháng ban hành văn bản.",
        en: "The scope is the meeting, month block or year group of the line. Allows next year with 'phương hướng, dự toán' late in the year, last year with 'tổng kết, đánh giá' early in it, neighbouring quarters/months within six months, and years in citations, terms and anniversaries, of past events (bàn giao năm 2022), an earlier year the work builds on (kế thừa kinh nghiệm diễn tập năm 2024, kết quả năm 2025 đạt 82%, như năm 2025) and of names (Chương trình giáo dục phổ thông 2018). A month, quarter, half or nine months is reviewed from its last month to a few months after it ends, and planned before it ends. Lines of a meeting whose date breaks the order of the schedule are not judged. Also: a date in brackets after a quarter, half or month (outside meeting headings) must lie inside it (Quý III/2028 (tháng 6/2028)); an event of a school year (opening, admissions, first term, closing: the SchoolCalendar table) in a block more than six months after it or eight months before it; closing ('tổng kết/sơ kết') a bounded event (Tháng Thanh niên, a campaign, a contest …) of last year after the document held that event of its own year in an earlier month, or after the month a yearly campaign ends (the Campaigns table: Tháng Thanh niên, Tháng Công nhân …); in the schedule table (a Thời gian, Thời hạn or Tiến độ column) of a plan or programme, a time in a row's last cell that ended before the month preceding the one the document was issued in.")
    public static let messages: [String: LocalizedText] = [
        "period": LocalizedText(vi: "'{0}' nằm trong mục {1}: thời gian không khớp", en: "'{0}' sits in {1}: the period does not match"),
        "forwardSame": LocalizedText(vi: "'{0}' trong mục {1}: phương hướng, dự toán cuối năm thường là của năm {2}",
                                     en: "'{0}' in {1}: direction and estimates at year end are normally for {2}"),
        "backwardNext": LocalizedText(vi: "'{0}' trong mục {1}: không thể tổng kết, đánh giá một năm chưa tới",
                                      en: "'{0}' in {1}: a year that has not come yet cannot be reviewed"),
        "forwardPast": LocalizedText(vi: "'{0}' trong mục {1}: phương hướng, dự toán cho một năm đã qua",
                                     en: "'{0}' in {1}: direction or estimates for a year already past"),
        "reviewEarly": LocalizedText(vi: "'{0}' trong mục {1}: sơ kết, tổng kết một thời kỳ chưa kết thúc",
                                     en: "'{0}' in {1}: reviews a period that has not ended"),
        "reviewLate": LocalizedText(vi: "'{0}' trong mục {1}: sơ kết, tổng kết một thời kỳ đã qua từ lâu",
                                    en: "'{0}' in {1}: reviews a period that ended long before"),
        "bracket": LocalizedText(vi: "'{0}' ghi trong ngoặc nằm ngoài '{1}'", en: "'{0}' in brackets lies outside '{1}'"),
        "schoolYear": LocalizedText(vi: "'{0}' trong mục {1}: việc này của năm học đó diễn ra vào tháng {2}",
                                    en: "'{0}' in {1}: this event of that school year takes place in {2}"),
        "eventClosing": LocalizedText(vi: "'{0}' trong mục {1}: văn bản đã tổ chức sự kiện này của năm {2} ở tháng trước; tổng kết năm {2}?",
                                      en: "'{0}' in {1}: the document held this event of {2} in an earlier month; is the closing of {2} meant?"),
        "campaignClosing": LocalizedText(vi: "'{0}' trong mục {1}: đợt của năm {2} đã kết thúc (tháng {3}/{2}); tổng kết năm {2}?",
                                         en: "'{0}' in {1}: the {2} campaign has ended (month {3}/{2}); is the closing of {2} meant?"),
        "pastRow": LocalizedText(vi: "'{0}' trong bảng tiến độ của văn bản ban hành ngày {1}: thời hạn đã qua trước khi ban hành",
                                 en: "'{0}' in the schedule of a document issued on {1}: the time ended before it was issued"),
        "planLate": LocalizedText(vi: "'{0}' trong mục {1}: triển khai, định hướng cho một thời kỳ đã qua",
                                  en: "'{0}' in {1}: plans a period already over"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        bracketedDates(document, &report)
        schoolYears(document, &report)
        eventClosings(document, &report)
        pastScheduleRows(document, &report)
        let schedule = MeetingSchedule(document)
        // (The time words are resolved at the first line with a period to judge.)
        var words: TimeWords.IDs? = nil
        // A numbered heading that dates itself (*1. Hội nghị Chi bộ sơ kết 6 tháng (tháng 7/2026)*,
        // a meeting without a number) dates its items for the review and plan windows.
        var dated: (year: Int, month: Int)? = nil
        for index in document.lines.indices where document.lines[index].role == .body {
            if let kind = document.lines[index].kind, isHeadingKind(kind) { dated = kind == .subsection ? ownDate(document.lines[index]) : nil }
            // (A line without a period has nothing to judge: passed over without a copy.)
            guard !document.lines[index].periods.isEmpty else { continue }
            // (The line's scope and kind are read in place, and the line copied only when it is
            // judged: a copy of each line with a period was a sixth of the rule, issue 17.)
            var scope = document.lines[index].scope
            let kind = document.lines[index].kind
            if scope.month == nil, kind == .item, let d = dated {
                scope.year = d.year
                scope.month = d.month
            }
            guard scope.isExplicit || scope.month != nil else { continue }
            guard let scopeYear = scope.year, kind != .meeting, kind != .month, kind != .yearGroup else { continue }
            // A meeting whose own date breaks the order of the schedule gives its lines no
            // month to be judged against (the slip is in the heading, and reported there).
            if scope.plan == nil, let k = scope.meeting, !schedule.isTrusted(meeting: k) { continue }
            guard let ids = document.ids(ofLine: index) else { continue }
            var line = document.lines[index]
            line.scope = scope
            if words == nil { words = TimeWords.IDs(document) }
            let w = words!
            let t = line.tokens
            // (Named only for a finding.)
            var scopeName: String { name(line.scope) }
            var previousEnd = t.bodyStart
            for (period, tokens) in line.periods {
                defer { previousEnd = tokens.upperBound }
                // A month, quarter, half-year or nine months reviewed before it has ended or
                // long after (`TimeWords.reviewWindow`), or planned after it has ended (*sơ kết
                // 6 tháng đầu năm* at the March meeting, *sơ kết 9 tháng năm 2026* in September
                // 2027, *triển khai nhiệm vụ 6 tháng cuối năm 2025* in June 2026), written with
                // or without its year.
                if let m = line.scope.month, TimeWords.hasReviewWindow(period.kind), !TimeWords.isCited(t, ids, w, year: tokens.lowerBound),
                   let slip = TimeWords.windowSlip(period, in: LintDocument.monthIndex(scopeYear, m), t, ids, w, tokens: tokens, after: previousEnd) {
                    report.add(slip, [period.raw, scopeName], at: t.span(tokens: tokens.lowerBound, tokens.upperBound - 1))
                    continue
                }
                guard !period.inferred, let year = period.year, let covered = TimeWords.months(period),
                      !TimeWords.isCited(t, ids, w, year: tokens.lowerBound) else { continue }
                let span = t.span(tokens: tokens.lowerBound, tokens.upperBound - 1)
                let delta = year - scopeYear
                // History (*kênh do huyện bàn giao năm 2022*) and the edition of a name
                // (*Chương trình giáo dục phổ thông 2018*: a year right after a word, without
                // *năm*) are not periods of work.
                if delta < 0, TimeWords.datesPastEvent(t, ids, w, year: tokens.lowerBound) || refersBack(t, ids, w, year: tokens.lowerBound, stopAt: previousEnd) { continue }
                if period.kind == "year", t.isWord(tokens.lowerBound - 1), !startsWithNam(period.raw) { continue }
                if period.kind != "year" && period.kind != "months" {
                    guard delta != 0 else { continue }
                    if let m = line.scope.month {
                        let s = LintDocument.monthIndex(scopeYear, m)
                        if covered.upperBound >= s - 6 && covered.lowerBound <= s + 6 { continue }
                        // A deadline ahead (*chuẩn bị đại hội …, hoàn thành trong quý I/2030* in
                        // June 2029): work started now may end within the next year.
                        if covered.lowerBound > s, covered.lowerBound <= s + 12, isDeadline(t, before: tokens.lowerBound, stopAt: previousEnd) { continue }
                    } else if abs(delta) <= 1 {
                        continue
                    }
                    report.add("period", [period.raw, scopeName], at: span)
                    continue
                }
                let direction = TimeWords.direction(t, ids, w, before: tokens.lowerBound, stopAt: previousEnd)
                if abs(delta) >= 2 {
                    report.add("period", [period.raw, scopeName], at: span)
                } else if delta == 0, direction == .forward, let m = line.scope.month, m >= 10,
                          forwardWordBinds(t, before: tokens.lowerBound, stopAt: previousEnd) {
                    report.add("forwardSame", [period.raw, scopeName, "\(scopeYear + 1)"], at: span)
                } else if delta == 1, direction == .backward, line.scope.month != nil {
                    report.add("backwardNext", [period.raw, scopeName], at: span)
                } else if delta == -1, direction == .forward {
                    report.add("forwardPast", [period.raw, scopeName], at: span)
                }
            }
        }
    }

    static let headingKinds: Set<NodeKind> = [.part, .section, .subsection, .chapter, .article, .meeting, .session, .month, .yearGroup, .bodyGroup]

    /// `headingKinds.contains(kind)`, without hashing (a test per body line).
    static func isHeadingKind(_ kind: NodeKind) -> Bool {
        switch kind {
        case .part, .section, .subsection, .chapter, .article, .meeting, .session, .month, .yearGroup, .bodyGroup: return true
        default: return false
        }
    }

    /// The date a heading gives itself: a month with its year in brackets, the last period of
    /// the line (*… sơ kết 6 tháng (tháng 7/2026)*).
    static func ownDate(_ line: LintDocument.Line) -> (year: Int, month: Int)? {
        guard let (p, tokens) = line.periods.last, p.kind == "month", !p.inferred, let y = p.year, let m = p.month, (1...12).contains(m),
              line.tokens.isPunct(tokens.lowerBound - 1, "("), line.tokens.isPunct(tokens.upperBound, ")") else { return nil }
        return (y, m)
    }

    /// Words that make the period after them a deadline (*hoàn thành trong*, *trước*, *chậm
    /// nhất*), among the four before it.
    static func isDeadline(_ t: TokenizedLine, before i: Int, stopAt: Int) -> Bool {
        let from = max(stopAt, t.bodyStart, i - 4)
        guard from < i else { return false }
        return (from..<i).contains { k in
            t.matchesFolded(["hoàn", "thành"], at: k) || t.matchesFolded(["trước"], at: k) || t.matchesFolded(["chậm", "nhất"], at: k)
                || t.matchesFolded(["xong"], at: k)
        }
    }

    /// True when the year at token `i` is one the work builds on (`TimeWords.pastReference`:
    /// *kế thừa kinh nghiệm diễn tập … năm 2024*): a cue within `pastReferenceReach` tokens
    /// before it, in its clause (commas read through: *phòng, chống*), with no direction word
    /// nearer the year (*rút kinh nghiệm, tổng kết công tác năm 2025* is a review of 2025).
    static func refersBack(_ t: TokenizedLine, _ ids: [Int32], _ w: TimeWords.IDs, year i: Int, stopAt: Int) -> Bool {
        var k = i - 1
        while k >= max(stopAt, t.clauseStart(before: i), i - TimeWords.pastReferenceReach) {
            if w.starts[Int(ids[k])] {
                if TimeWords.IDs.any(w.forward, ids, at: k) || TimeWords.IDs.any(w.backward, ids, at: k) { return false }
                if TimeWords.IDs.any(w.pastReference, ids, at: k) { return true }
            }
            k -= 1
        }
        return false
    }

    /// *phương hướng* or *dự toán* itself (not only *giải pháp*) in the words before.
    static func forwardWordBinds(_ t: TokenizedLine, before i: Int, stopAt: Int) -> Bool {
        var j = i - 1
        while j >= max(stopAt, t.bodyStart) {
            if t.matches(["phương", "hướng"], at: j) || t.matches(["dự", "toán"], at: j) {
                // "điều chỉnh dự toán" revises this year's estimate: legitimate.
                return !(j >= 2 && t.matches(["điều", "chỉnh"], at: j - 2))
            }
            j -= 1
        }
        return false
    }

    /// `raw.lowercased().hasPrefix("năm")`, decided on the first scalars where that is certain
    /// (a period's text starts with a digit or *năm*/*Năm*/*NĂM* followed by a space or a
    /// digit): lower-casing the whole text and comparing Characters cost ~5,000 instructions
    /// a call (issue 17). Any other start (a mark that may join a Character, another letter
    /// outside ASCII) is asked of the String as before.
    static func startsWithNam(_ raw: String) -> Bool {
        var it = raw.unicodeScalars.makeIterator()
        guard let s0 = it.next() else { return false }
        if s0.isASCII, s0 != "n", s0 != "N" { return false }
        if s0 == "n" || s0 == "N", let s1 = it.next(), s1 == "ă" || s1 == "Ă", let s2 = it.next(), s2 == "m" || s2 == "M" {
            // (An ASCII scalar after the *m* joins no Character with it.)
            guard let s3 = it.next() else { return true }
            if s3.isASCII { return true }
        }
        return raw.lowercased().hasPrefix("năm")
    }

    /// "tháng 3/2026", "năm 2026".
    static func name(_ scope: LintDocument.Scope) -> String {
        guard let y = scope.year else { return "?" }
        if let m = scope.month { return "tháng \(m)/\(y)" }
        return "năm \(y)"
    }
}
