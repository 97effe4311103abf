/// `missing-element`: a required element absent — document type, place-date line,
/// recipients (*Nơi nhận*), signature block.
public enum MissingElement: Rule {
    public static let id = "missing-element"
    public static let nameVi = "thiếu thành phần thể thức"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Thiếu thành phần bắt buộc: tên loại văn bản, địa danh - ngày tháng, nơi nhận, chữ ký",
        en: "A required element is missing: document type, place-date line, recipients, signature block")
    public static let details = LocalizedText(
        vi: "Theo thể thức văn bản của Đảng (Hướng dẫn 36-HD/VPTW) và nhà nước (Nghị định 30/2020/NĐ-CP); công văn có trích yếu 'V/v …' thay cho tên loại. Nơi nhận được nhận ra ở mọi kiểu chữ (đậm, gạch dưới, tiêu đề #), chữ ký ở mọi hình thức (T/M, K/T, TM., KT., TL., TUQ., Q.). Thiếu phần đầu được báo ở dòng 1, thiếu phần cuối ở dòng cuối.",
        en: "Per the Party's (Hướng dẫn 36-HD/VPTW) and the state's (Nghị định 30/2020/NĐ-CP) document formats; a Công văn has its 'V/v …' subject instead of a type name. Recipients are recognised in any typography (bold, underscores, # heading), signatures in every form (T/M, K/T, TM., KT., TL., TUQ., Q.). Missing header parts are reported at line 1, missing closing parts at the last line.")
    public static let messages: [String: LocalizedText] = [
        "type": LocalizedText(vi: "Không thấy tên loại văn bản (CHƯƠNG TRÌNH, KẾ HOẠCH, NGHỊ QUYẾT …)",
                              en: "No document type found (CHƯƠNG TRÌNH, KẾ HOẠCH, NGHỊ QUYẾT …)"),
        "placeDate": LocalizedText(vi: "Không thấy dòng địa danh, ngày tháng năm ban hành", en: "No place-and-date line found"),
        "recipients": LocalizedText(vi: "Không thấy phần 'Nơi nhận'", en: "No recipients ('Nơi nhận') found"),
        "signature": LocalizedText(vi: "Không thấy khối chữ ký (thẩm quyền, chức vụ, họ tên)", en: "No signature block found"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let record = document.record
        guard document.source.lineCount > 0 else { return }
        let first = SourceSpan(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))
        let lastLine = document.source.lineCount
        let last = SourceSpan(start: SourceLocation(line: lastLine, column: 1), end: SourceLocation(line: lastLine, column: 1))
        // A Công văn names no type: its subject line (V/v …) stands in its place.
        if record.header.typeName == nil && record.header.subject == nil { report.add("type", at: first) }
        if record.header.date == nil && record.header.place == nil { report.add("placeDate", at: record.header.span ?? first) }
        if record.recipients.isEmpty && document.parsed.recipientsHeading == nil { report.add("recipients", at: last) }
        if record.signature == nil { report.add("signature", at: last) }
    }
}
