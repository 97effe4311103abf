/// `duplicate-sentence`: the same clause written twice in one item.
public enum DuplicateSentence: Rule {
    public static let id = "duplicate-sentence"
    public static let nameVi = "lặp vế câu"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Cùng một vế câu được viết hai lần trong một mục",
        en: "The same clause written twice in one item")
    public static let details = LocalizedText(
        vi: "Vế câu tách bởi ';' hoặc '.', so không phân biệt hoa thường và kiểu bỏ dấu, bỏ phần ngoặc cơ quan chuẩn bị ở cuối; vế phải dài ít nhất 5 từ.",
        en: "Clauses split at ';' or '.', compared regardless of case and tone style, the trailing preparer bracket aside; at least five words.")
    public static let messages: [String: LocalizedText] = [
        "clause": LocalizedText(vi: "Vế câu '{0}' lặp lại nguyên văn", en: "The clause '{0}' is repeated word for word"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        // An item and the unnumbered paragraphs after it (a wrapped item the layout split
        // at a capital after ';') are one unit.
        var unit: [TokenizedLine] = []
        for line in document.lines where line.role == .body || line.role == .intro || line.role == .closing {
            if line.tokens.marker != nil || line.kind != .paragraph {
                check(unit, &report)
                unit = []
            }
            unit.append(line.tokens)
        }
        check(unit, &report)
    }

    static func check(_ unit: [TokenizedLine], _ report: inout Report) {
        var seen = Set<String>()
        for t in unit {
            for c in clauses(t) where !seen.insert(c.key).inserted {
                var last = c.range.upperBound - 1
                while last > c.range.lowerBound, t.tokens[last].kind == .punct { last -= 1 }
                let text = t.text(from: t.tokens[c.range.lowerBound].range.lowerBound, to: t.tokens[last].range.upperBound)
                report.add("clause", [text], at: t.span(tokens: c.range.lowerBound, last))
            }
        }
    }

    /// Clauses of five words or more, split at `;`, `.` and brackets (skipped).
    static func clauses(_ t: TokenizedLine) -> [(key: String, range: Range<Int>)] {
        var clauses: [(key: String, range: Range<Int>)] = []
        var start = t.bodyStart
        var words: [String] = []
        func close(_ end: Int) {
            if words.count >= 5, start < end { clauses.append((words.map(foldLower).joined(separator: " "), start..<end)) }
            words = []
        }
        var k = t.bodyStart
        while k < t.tokens.count {
            if t.isPunct(k, ";") || (t.isPunct(k, ".") && !(t.int(k - 1) != nil && t.int(k + 1) != nil)) || t.isPunct(k, "(") {
                close(k)
                if t.isPunct(k, "(") {
                    var depth = 0
                    while k < t.tokens.count {
                        if t.isPunct(k, "(") { depth += 1 }
                        if t.isPunct(k, ")") { depth -= 1; if depth == 0 { break } }
                        k += 1
                    }
                }
                start = k + 1
            } else if t.tokens[k].kind != .punct || t.isPunct(k, ",") {
                words.append(t.tokens[k].lower)
            }
            k += 1
        }
        close(t.tokens.count)
        return clauses
    }
}
