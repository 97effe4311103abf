/// `year-out-of-scope`: a year, quarter or month-year that contradicts the period
/// the line stands in (its meeting, month block or year group).
///
/// What is legitimate: the scope's own year; a neighbouring quarter or month within
/// six months (*quý I/2027* in December 2026, *tháng 12/2025* in January 2026); the
/// next year bound to a forward word (*phương hướng, dự toán … năm 2027* in late
/// 2026) and the past year bound to a backward word (*tổng kết … năm 2025* early in
/// 2026); years in citations, terms, spans and anniversaries.
public enum YearOutOfScope: Rule {
    public static let id = "year-out-of-scope"
    public static let nameVi = "năm lệch mục chứa nó"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Năm, quý hoặc tháng/năm mâu thuẫn với thời điểm của mục chứa nó",
        en: "A year, quarter or month-year that contradicts the period it sits in")
    public static let details = LocalizedText(
        vi: "Phạm vi là Hội nghị, khối tháng hoặc nhóm năm chứa dòng. Cho phép năm sau với 'phương hướng, dự toán' cuối năm, năm trước với 'tổng kết, đánh giá' đầu năm, quý/tháng lân cận trong 6 tháng, và năm trong trích dẫn văn bản, nhiệm kỳ, kỷ niệm.",
        en: "The scope is the meeting, month block or year group of the line. Allows next year with 'phương hướng, dự toán' late in the year, last year with 'tổng kết, đánh giá' early in it, neighbouring quarters/months within six months, and years in citations, terms and anniversaries.")
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
        "planLate": LocalizedText(vi: "'{0}' trong mục {1}: phương hướng cho một thời kỳ đã qua",
                                  en: "'{0}' in {1}: plans a period already over"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        for line in document.lines where line.role == .body && (line.scope.isExplicit || line.scope.month != nil) {
            guard let scopeYear = line.scope.year, line.kind != .meeting, line.kind != .month, line.kind != .yearGroup else { continue }
            let t = line.tokens
            let scopeName = name(line.scope)
            var previousEnd = t.bodyStart
            for (period, tokens) in line.periods {
                defer { previousEnd = tokens.upperBound }
                // A half-year, quarter or month reviewed before it has ended, or planned after
                // it has (*sơ kết 6 tháng đầu năm* at the March meeting, *phương hướng quý I*
                // in April), written with or without its year.
                if let m = line.scope.month, ["half", "quarter", "month"].contains(period.kind), let covered = TimeWords.months(period),
                   (period.year ?? scopeYear) == scopeYear, !TimeWords.isCited(t, year: tokens.lowerBound) {
                    let s = LintDocument.monthIndex(scopeYear, m)
                    let direction = TimeWords.direction(t, before: tokens.lowerBound, stopAt: previousEnd)
                    let span = t.span(tokens: tokens.lowerBound, tokens.upperBound - 1)
                    if direction == .backward, covered.upperBound > s + 1 {
                        report.add("reviewEarly", [period.raw, name(line.scope)], at: span)
                        continue
                    }
                    if direction == .forward, covered.upperBound < s {
                        report.add("planLate", [period.raw, name(line.scope)], at: span)
                        continue
                    }
                }
                guard !period.inferred, let year = period.year, let covered = TimeWords.months(period),
                      !TimeWords.isCited(t, year: tokens.lowerBound) else { continue }
                let span = t.span(tokens: tokens.lowerBound, tokens.upperBound - 1)
                let delta = year - scopeYear
                if period.kind != "year" && period.kind != "months" {
                    guard delta != 0 else { continue }
                    if let m = line.scope.month {
                        let s = LintDocument.monthIndex(scopeYear, m)
                        if covered.upperBound >= s - 6 && covered.lowerBound <= s + 6 { continue }
                    } else if abs(delta) <= 1 {
                        continue
                    }
                    report.add("period", [period.raw, scopeName], at: span)
                    continue
                }
                let direction = TimeWords.direction(t, before: tokens.lowerBound, stopAt: previousEnd)
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

    /// "tháng 3/2026", "năm 2026".
    static func name(_ scope: LintDocument.Scope) -> String {
        guard let y = scope.year else { return "?" }
        if let m = scope.month { return "tháng \(m)/\(y)" }
        return "năm \(y)"
    }
}
