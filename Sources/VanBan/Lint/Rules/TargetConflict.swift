/// `target-conflict`: the same indicator stated with different values in one document
/// (*gia đình văn hoá đạt 98%* in the targets, *≥97%* in an appendix).
///
/// An indicator is the words of its clause before the value (*tỷ lệ*, *hằng năm*,
/// *đạt*, comparators aside) and the words right after it, compared in lower case and
/// one tone style; two mentions conflict only for the same indicator, the same year
/// (if the clause names one) and the same kind (a target, or a result: *đã đạt*,
/// *ước đạt*). Only percentages are compared, and only indicators of two words or more.
public enum TargetConflict: Rule {
    public static let id = "target-conflict"
    public static let nameVi = "chỉ tiêu mâu thuẫn"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Cùng một chỉ tiêu được nêu với giá trị khác nhau trong văn bản",
        en: "The same indicator stated with different values in one document")
    public static let details = LocalizedText(
        vi: "Chỉ tiêu là cụm từ đứng trước giá trị phần trăm trong cùng vế câu (bỏ 'tỷ lệ', 'hằng năm', 'đạt', từ so sánh) cùng các từ ngay sau giá trị. Chỉ so hai lần nêu cùng chỉ tiêu, cùng năm (nếu vế câu ghi năm) và cùng loại (mục tiêu hay kết quả đã đạt, ước đạt). Báo ở lần nêu sau.",
        en: "An indicator is the phrase before a percentage in its clause ('tỷ lệ', 'hằng năm', 'đạt', comparators aside) with the words right after the value. Only mentions of the same indicator, the same year (if the clause names one) and the same kind (a target, or a result: 'đã đạt', 'ước đạt') are compared. Reported at the later mention.")
    public static let messages: [String: LocalizedText] = [
        "conflict": LocalizedText(vi: "'{0}' ở đây là {1}, nhưng dòng {2} ghi {3}", en: "'{0}' is {1} here, but line {2} says {3}"),
    ]

    static let skipped: Set<String> = ["đạt", "≥", ">", "≤", "<", "trên", "dưới", "từ", "ít", "nhất", "tối", "thiểu", "là", "khoảng",
                                       "còn", "phấn", "đấu", "có", "chiếm", "lên", "tới", "đến"]
    static let leading: Set<String> = ["tỷ", "lệ", "tỉ", "hằng", "hàng", "năm", "phấn", "đấu", "có", "đạt", "duy", "trì", "giữ", "vững"]

    /// Words after a value that qualify it instead of naming what it is of (*95% trở lên*).
    static let trailing: Set<String> = ["trở", "lên", "xuống", "đi", "so", "với", "trong", "vào", "năm", "của", "và", "hoặc"]

    /// Words that make a figure a result, not a target (*đã đạt*, *ước đạt*).
    static let resultWords: Set<String> = ["đã", "ước"]

    struct Mention {
        var key: String
        var label: String
        var value: String
        var line: Int
        var span: SourceSpan
    }

    public static func check(_ document: LintDocument, _ report: inout Report) {
        var mentions: [Mention] = []
        for t in document.textLines {
            for i in t.tokens.indices where t.isPunct(i + 1, "%") && t.int(i) != nil {
                var first = i
                if t.isPunct(i - 1, ","), t.int(i - 2) != nil, t.tokens[i - 1].range.lowerBound == t.tokens[i - 2].range.upperBound { first = i - 2 }
                if t.isPunct(first - 1, "."), t.int(first - 2) != nil { continue }
                // Walk back over comparators, then collect the subject.
                var k = first - 1
                while k >= t.bodyStart, skipped.contains(t.tokens[k].lower) || t.isPunct(k, "≥") || t.isPunct(k, ">") || t.isPunct(k, "≤") { k -= 1 }
                var words: [String] = []
                var labelStart = k
                while k >= t.bodyStart, t.tokens[k].kind == .word {
                    words.append(t.tokens[k].lower)
                    labelStart = k
                    k -= 1
                }
                // The subject must start the clause.
                guard k < t.bodyStart || t.tokens[k].kind == .punct else { continue }
                words.reverse()
                while let w = words.first, leading.contains(w) { words.removeFirst(); labelStart += 1 }
                guard words.count >= 2, words.count <= 8 else { continue }
                // What the value is of: the words right after it (*3% tổng chi ngân sách* is not
                // *15% ngân sách nhà nước chi sự nghiệp khoa học*).
                var after: [String] = []
                var a = i + 2
                while a < t.tokens.count, t.tokens[a].kind == .word, after.count < 4, !trailing.contains(t.tokens[a].lower) {
                    after.append(t.tokens[a].lower)
                    a += 1
                }
                // The year it is for and whether it is a target or a result.
                let clause = t.clauseStart(before: first)
                let year = (clause..<min(t.tokens.count, a + 3)).compactMap { t.int($0) }.first { $0 >= 1945 && $0 <= 2100 }
                let isResult = (clause..<first).contains { resultWords.contains(t.tokens[$0].lower) }
                let key = foldKey((words + ["|"] + after).joined(separator: " ")) + "|\(year.map(String.init) ?? "")|\(isResult)"
                let value = t.text(from: t.tokens[first].range.lowerBound, to: t.tokens[i + 1].range.upperBound)
                let label = t.text(from: t.tokens[labelStart].range.lowerBound, to: t.tokens[labelStart + words.count - 1].range.upperBound)
                mentions.append(Mention(key: key, label: label,
                                        value: value, line: t.line.location(at: t.tokens[first].range.lowerBound).line,
                                        span: t.span(tokens: first, i + 1)))
            }
        }
        var firstByKey: [String: Mention] = [:]
        for m in mentions.sorted(by: { $0.span.start < $1.span.start }) {
            guard let first = firstByKey[m.key] else { firstByKey[m.key] = m; continue }
            if first.value != m.value {
                report.add("conflict", [m.label, m.value, "\(first.line)", first.value], at: m.span)
            }
        }
    }
}
