/// `numbering-duplicate`: the same number twice in one sequence (`4.` `4.`; two `II.`).
public enum NumberingDuplicate: Rule {
    public static let id = "numbering-duplicate"
    public static let nameVi = "trùng số thứ tự"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Một số thứ tự dùng hai lần trong cùng dãy (4. 4.; hai mục II.)",
        en: "The same number twice in one sequence (4. 4.; two II. sections)")
    public static let details = LocalizedText(
        vi: "So các mục cùng cấp, cùng kiểu đánh số; báo ở lần dùng thứ hai.",
        en: "Compares siblings with the same numbering style; reported at the second use.")
    public static let messages: [String: LocalizedText] = [
        "duplicate": LocalizedText(vi: "Số thứ tự '{0}' đã dùng ở dòng {1}; mục này lẽ ra là '{2}'",
                                   en: "Number '{0}' was already used on line {1}; this one should be '{2}'"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        for case let .duplicate(line, value, first) in NumberingSequences.events(document) {
            guard let marker = line.marker else { continue }
            report.add("duplicate", [marker.label, "\(first.line.firstLine)", NumberingGap.label(marker, value + 1)],
                       at: NumberingSequences.markerSpan(line))
        }
    }
}
