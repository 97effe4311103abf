/// `unknown-ignore-id`: a name in a `vanban-ignore:` marker that is no rule's ID.
public enum UnknownIgnoreID: Rule {
    public static let id = "unknown-ignore-id"
    public static let nameVi = "mã bỏ qua không có"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Mã quy tắc không có trong dấu 'vanban-ignore:' (viết sai?); dấu ấy không tắt được gì",
        en: "A name in a 'vanban-ignore:' marker that is no rule's ID (a typo?); it silences nothing")
    public static let details = LocalizedText(
        vi: "Mỗi tên trong danh sách sau 'vanban-ignore:' phải là mã của một quy tắc (xem `vanban rules`). Tên sai không tắt gì, "
            + "kể cả các quy tắc khác trên dòng ấy; các mã đúng trong cùng danh sách vẫn có hiệu lực. Danh sách dừng ở '-->' hoặc '*/' (dấu đóng chú thích) và ở ' -- ' (lý do, như ESLint).",
        en: "Every name listed after 'vanban-ignore:' must be a rule's ID (see `vanban rules`). A wrong name silences nothing, "
            + "not even the other rules on that line; the right IDs in the same list still apply. The list ends at '-->' or '*/' (a comment closer) and at ' -- ' (a reason, as ESLint writes it).")
    public static let messages: [String: LocalizedText] = [
        "unknown": LocalizedText(vi: "Không có quy tắc '{0}' (xem `vanban rules`); dấu vanban-ignore này không tắt quy tắc ấy",
                                 en: "No rule '{0}' (see `vanban rules`); this vanban-ignore marker does not silence it"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        for entry in document.markers.unknown {
            report.add("unknown", [entry.id], at: entry.span)
        }
    }
}
