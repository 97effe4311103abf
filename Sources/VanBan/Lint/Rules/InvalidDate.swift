/// `invalid-date`: a date that does not exist — `31/02/2026`, `ngày 31 tháng 4 năm 2026`,
/// `tháng 13`. Reads the periods `PeriodExtractor` found, which keeps such dates
/// without an ISO value.
public enum InvalidDate: Rule {
    public static let id = "invalid-date"
    public static let nameVi = "ngày không tồn tại"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Ngày tháng không tồn tại (31/02/2026, tháng 13)",
        en: "A date that does not exist (31/02/2026, tháng 13)")
    public static let details = LocalizedText(
        vi: "Kiểm tra ngày D/M/YYYY và 'ngày D tháng M năm YYYY' (D đến 31, tính cả năm nhuận) và 'tháng 13'.",
        en: "Checks D/M/YYYY and 'ngày D tháng M năm YYYY' (D up to 31, leap years included), and 'tháng 13'.")
    public static let messages: [String: LocalizedText] = [
        "day": LocalizedText(vi: "Ngày '{0}' không tồn tại", en: "The date '{0}' does not exist"),
        "month": LocalizedText(vi: "'{0}': không có tháng {1}", en: "'{0}': there is no month {1}"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        // The period reader keeps impossible dates (31/02, ngày 31 tháng 4, tháng 13) with
        // no ISO value; a day or month with its numbers but no ISO form does not exist.
        for (t, periods) in zip(document.textLines, document.textPeriods) {
            for (p, tokens) in periods where p.iso == nil {
                let span = t.span(tokens: tokens.lowerBound, tokens.upperBound - 1)
                if p.kind == "day", p.year != nil {
                    report.add("day", [p.raw], at: span)
                } else if p.kind == "month", let m = p.month, m > 12 {
                    report.add("month", [p.raw, "\(m)"], at: span)
                }
            }
        }
    }

    static func exists(_ d: Int, _ m: Int, _ y: Int) -> Bool {
        (1...12).contains(m) && d >= 1 && d <= PeriodExtractor.daysIn(month: m, year: y)
    }
}
