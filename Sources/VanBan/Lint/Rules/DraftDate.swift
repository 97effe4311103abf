/// `draft-date`: a header date or number left blank (*ngày   tháng 12 năm 2025*,
/// `Số -CTr/ĐU`): the document is still a draft.
public enum DraftDate: Rule {
    public static let id = "draft-date"
    public static let nameVi = "ngày, số còn để trống"
    public static let severity = Severity.info
    public static let summary = LocalizedText(
        vi: "Ngày hoặc số văn bản còn để trống: văn bản vẫn là dự thảo",
        en: "A header date or number left blank: the document is still a draft")
    public static let details = LocalizedText(
        vi: "Báo khi số, ngày, tháng hoặc năm của phần đầu văn bản bị bỏ trống.",
        en: "Reported when the number, day, month or year of the header is blank.")
    public static let messages: [String: LocalizedText] = [
        "number": LocalizedText(vi: "Số văn bản còn trống ('{0}')", en: "The document number is blank ('{0}')"),
        "date": LocalizedText(vi: "Ngày ban hành còn trống ('{0}')", en: "The date is incomplete ('{0}')"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let header = document.record.header
        if let number = header.number, number.value == nil { report.add("number", [number.raw], at: number.span) }
        if let date = header.date, date.day == nil || date.month == nil || date.year == nil {
            report.add("date", [date.raw], at: date.span)
        }
    }
}
