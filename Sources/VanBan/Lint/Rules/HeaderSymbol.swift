/// `header-symbol`: a number symbol whose type code contradicts the document type
/// (`Số …-KH/ĐU` on a *CHƯƠNG TRÌNH*).
public enum HeaderSymbol: Rule {
    public static let id = "header-symbol"
    public static let nameVi = "ký hiệu lệch tên loại"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Ký hiệu văn bản có mã loại khác với tên loại văn bản (Số …-KH/ĐU trên một CHƯƠNG TRÌNH)",
        en: "A number symbol whose type code contradicts the document type (Số …-KH/ĐU on a CHƯƠNG TRÌNH)")
    public static let details = LocalizedText(
        vi: "Mã loại theo Hướng dẫn 36-HD/VPTW (văn bản Đảng: Số 57-NQ/TW) và Nghị định 30/2020/NĐ-CP (văn bản nhà nước: Số: 12/QĐ-UBND, Số: 249/2025/NĐ-CP), theo hệ thống của văn bản (QUY ĐỊNH: QĐi bên Đảng, QyĐ bên nhà nước).",
        en: "Type codes per Hướng dẫn 36-HD/VPTW (Party: Số 57-NQ/TW) and Nghị định 30/2020/NĐ-CP (state: Số: 12/QĐ-UBND, Số: 249/2025/NĐ-CP), in the document's system (QUY ĐỊNH: QĐi for the Party, QyĐ for the state).")
    public static let messages: [String: LocalizedText] = [
        "code": LocalizedText(vi: "Ký hiệu '{0}' mang mã '{1}' nhưng văn bản là {2} (mã '{3}')",
                              en: "The symbol '{0}' has code '{1}' but the document is a {2} (code '{3}')"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let header = document.record.header
        // The type list gives each type its code in each system (QUY ĐỊNH: Party QĐi, state
        // QyĐ); a number that carries no type code (a law, a Công văn) is not compared.
        guard let number = header.number, let code = number.typeCode, let expected = header.typeCode,
              let codes = document.parsed.header.typeCodes, let line = document.parsed.header.number else { return }
        let accepted = codes.accepted(in: header.system)
        guard !accepted.isEmpty, !accepted.contains(where: { $0.lowercased() == code.lowercased() }) else { return }
        var span = number.span
        if let k = line.tokens.indices.first(where: { line.text($0) == code && (line.isPunct($0 - 1, "-") || line.isPunct($0 - 1, "/")) }) { span = line.span(k) }
        report.add("code", [number.raw, code, header.typeName ?? "", expected], at: span)
    }
}
