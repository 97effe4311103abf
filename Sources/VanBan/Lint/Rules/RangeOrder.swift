/// `range-order`: a range whose end precedes its start (`2030 - 2025`,
/// `27/7/2026 - 27/7/1947`).
public enum RangeOrder: Rule {
    public static let id = "range-order"
    public static let nameVi = "khoảng thời gian ngược"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Khoảng thời gian có điểm cuối trước điểm đầu (2030 - 2025)",
        en: "A range whose end precedes its start (2030 - 2025)")
    public static let details = LocalizedText(
        vi: "Xét khoảng năm (2025 - 2030, năm học 2025 - 2026) và khoảng ngày (27/7/1947 - 27/7/2026).",
        en: "Checks year ranges (2025 - 2030, năm học 2025 - 2026) and date ranges (27/7/1947 - 27/7/2026).")
    public static let messages: [String: LocalizedText] = [
        "order": LocalizedText(vi: "Khoảng '{0}' kết thúc trước khi bắt đầu", en: "The range '{0}' ends before it starts"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        // (By index: a line without a range is passed over before it is copied, issue 17.)
        for n in document.textLines.indices
        where document.textPeriods[n].contains(where: { $0.period.kind == "range" || $0.period.kind == "dateRange" }) {
            let t = document.textLines[n]
            for (p, tokens) in document.textPeriods[n] {
                guard p.kind == "range" || p.kind == "dateRange", let a = p.year, let b = p.endYear else { continue }
                var wrong = b < a
                if p.kind == "dateRange", b == a, let iso = p.iso {
                    let parts = iso.split(separator: "/")
                    wrong = parts.count == 2 && parts[1] < parts[0]
                }
                if wrong { report.add("order", [p.raw], at: t.span(tokens: tokens.lowerBound, tokens.upperBound - 1)) }
            }
        }
    }
}
