/// `month-sequence`: the month blocks of one year (and one body) that skip, repeat or
/// go backwards.
public enum MonthSequence: Rule {
    public static let id = "month-sequence"
    public static let nameVi = "thứ tự tháng sai"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Các tháng trong một năm bị bỏ sót, lặp lại hoặc đảo thứ tự",
        en: "Month blocks of a year that skip, repeat or go backwards")
    public static let details = LocalizedText(
        vi: "Đọc các khối 'Tháng M' liên tiếp cùng năm, cùng cơ quan.",
        en: "Reads consecutive 'Tháng M' blocks of the same year and body.")
    public static let messages: [String: LocalizedText] = [
        "skip": LocalizedText(vi: "Tháng {0}/{1} đứng sau tháng {2}: thiếu {3}", en: "Month {0}/{1} follows month {2}: {3} missing"),
        "repeat": LocalizedText(vi: "Tháng {0}/{1} đã có ở dòng {2}", en: "Month {0}/{1} already appears on line {2}"),
        "backwards": LocalizedText(vi: "Tháng {0}/{1} đứng sau tháng {2}: thứ tự bị ngược",
                                   en: "Month {0}/{1} follows month {2}: out of order"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let plans = document.record.monthlyPlans
        for k in plans.indices.dropFirst() {
            let a = plans[k - 1], b = plans[k]
            guard let y = b.period.year, y == a.period.year, a.body == b.body,
                  let m0 = a.period.month, let m = b.period.month else { continue }
            let line = document.lines[document.planLines[k]].tokens
            let span = line.line.span(line.bodyOffset..<line.line.scalars.count)
            let yearText = "\(y)"
            if m == m0 {
                report.add("repeat", ["\(m)", yearText, "\(document.lines[document.planLines[k - 1]].tokens.line.firstLine)"], at: span)
            } else if m < m0 {
                report.add("backwards", ["\(m)", yearText, "\(m0)"], at: span)
            } else if m > m0 + 1 {
                report.add("skip", ["\(m)", yearText, "\(m0)", (m0 + 1..<m).map(String.init).joined(separator: ", ")], at: span)
            }
        }
    }
}
