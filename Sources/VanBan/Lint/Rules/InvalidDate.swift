/// `invalid-date`: a date that does not exist — `31/02/2026`, `ngày 31 tháng 4`,
/// `tháng 13`.
public enum InvalidDate: Rule {
    public static let id = "invalid-date"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Ngày tháng không tồn tại (31/02/2026, tháng 13)",
        en: "A date that does not exist (31/02/2026, tháng 13)")
    public static let details = LocalizedText(
        vi: "Kiểm tra D/M/YYYY, 'ngày D tháng M năm YYYY' (tính cả năm nhuận) và 'tháng M' với M từ 13 đến 19.",
        en: "Checks D/M/YYYY, 'ngày D tháng M năm YYYY' (leap years included) and 'tháng M' with M from 13 to 19.")
    public static let messages: [String: LocalizedText] = [
        "day": LocalizedText(vi: "Ngày '{0}' không tồn tại", en: "The date '{0}' does not exist"),
        "month": LocalizedText(vi: "'{0}': không có tháng {1}", en: "'{0}': there is no month {1}"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        for t in document.textLines {
            let n = t.tokens.count
            var i = 0
            while i < n {
                // D/M/YYYY
                if let d = t.int(i), t.tokens[i].range.count <= 2, t.isPunct(i + 1, "/"), let m = t.int(i + 2),
                   t.tokens[i + 2].range.count <= 2, t.isPunct(i + 3, "/"), let y = t.int(i + 4), t.tokens[i + 4].range.count == 4,
                   !t.isPunct(i - 1, "/"), !t.isPunct(i + 5, "/") {
                    if !exists(d, m, y) { report.add("day", [t.text(from: t.tokens[i].range.lowerBound, to: t.tokens[i + 4].range.upperBound)], at: t.span(tokens: i, i + 4)) }
                    i += 5
                    continue
                }
                // ngày D tháng M năm YYYY
                if t.tokens[i].lower == "ngày", let d = t.int(i + 1), i + 3 < n, t.tokens[i + 2].lower == "tháng", let m = t.int(i + 3) {
                    let y = i + 5 < n && t.tokens[i + 4].lower == "năm" ? t.int(i + 5) : nil
                    let last = y != nil ? i + 5 : i + 3
                    if !exists(d, m, y ?? 2000) {
                        report.add("day", [t.text(from: t.tokens[i].range.lowerBound, to: t.tokens[last].range.upperBound)], at: t.span(tokens: i, last))
                    }
                    i = last + 1
                    continue
                }
                // tháng 13
                if t.tokens[i].lower == "tháng", let m = t.int(i + 1), t.tokens[i + 1].range.count <= 2, (13...19).contains(m) {
                    report.add("month", [t.text(from: t.tokens[i].range.lowerBound, to: t.tokens[i + 1].range.upperBound), "\(m)"], at: t.span(tokens: i, i + 1))
                }
                i += 1
            }
        }
    }

    static func exists(_ d: Int, _ m: Int, _ y: Int) -> Bool {
        (1...12).contains(m) && d >= 1 && d <= PeriodExtractor.daysIn(month: m, year: y)
    }
}
