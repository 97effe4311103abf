/// `session-count`: a stated number of meetings (*dự kiến tổ chức 23 cuộc họp*) that
/// differs from the meetings the document lists.
public enum SessionCount: Rule {
    public static let id = "session-count"
    public static let nameVi = "sai tổng số Hội nghị"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Tổng số cuộc họp nêu trong văn bản khác số Hội nghị được liệt kê",
        en: "A stated total of meetings that differs from the meetings listed")
    public static let details = LocalizedText(
        vi: "Tìm câu 'tổ chức N cuộc họp / hội nghị / kỳ họp' ngoài các mục Hội nghị và tháng, so với số Hội nghị đã lên lịch.",
        en: "Finds 'tổ chức N cuộc họp / hội nghị / kỳ họp' outside meetings and months and compares it with the meetings scheduled.")
    public static let messages: [String: LocalizedText] = [
        "count": LocalizedText(vi: "Văn bản nêu {0} cuộc họp nhưng liệt kê {1} Hội nghị",
                               en: "The document states {0} meetings but lists {1}"),
    ]

    static let nouns: [[String]] = [["cuộc", "họp"], ["hội", "nghị"], ["kỳ", "họp"], ["phiên", "họp"]]
    static let verbs: Set<String> = ["tổ", "chức", "dự", "kiến", "gồm", "có", "họp"]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let listed = document.record.meetings.count
        guard listed > 0 else { return }
        // (By index: only a line with a number token can hold a count, and the others are
        // passed over before they are copied, issue 17.)
        for k in document.lines.indices where document.lines[k].scope.meeting == nil && document.lines[k].scope.plan == nil
            && document.lines[k].role != .appendix && document.lines[k].tokens.tokens.contains(where: { $0.kind == .number }) {
            let t = document.lines[k].tokens
            for i in t.tokens.indices {
                guard let n = t.int(i), n > 1, n < 200, nouns.contains(where: { t.matches($0, at: i + 1) }),
                      t.contains(verbs, in: max(0, i - 3)..<i) else { continue }
                if n != listed { report.add("count", ["\(n)", "\(listed)"], at: t.span(tokens: i, i + 2)) }
            }
        }
    }
}
