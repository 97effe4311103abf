/// `duplicate-sentence`: the same clause written twice in one item.
public enum DuplicateSentence: Rule {
    public static let id = "duplicate-sentence"
    public static let nameVi = "lặp vế câu"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Cùng một vế câu được viết hai lần trong một mục",
        en: "The same clause written twice in one item")
    public static let details = LocalizedText(
        vi: "Vế câu tách bởi ';' hoặc '.', so không phân biệt hoa thường và kiểu bỏ dấu, bỏ qua phần trong ngoặc (như cơ quan chuẩn bị ở cuối); vế phải dài ít nhất 5 từ.",
        en: "Clauses split at ';' or '.', compared regardless of case and tone style, what is in brackets aside (such as the trailing preparer bracket); at least five words.")
    public static let messages: [String: LocalizedText] = [
        "clause": LocalizedText(vi: "Vế câu '{0}' lặp lại nguyên văn", en: "The clause '{0}' is repeated word for word"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        // An item and the unnumbered paragraphs after it (a wrapped item the layout split
        // at a capital after ';') are one unit.
        var unit: [Int] = []  // indices in `textLines`
        var seen = Set<[Int32]>()
        for (k, line) in document.lines.enumerated() where line.role == .body || line.role == .intro || line.role == .closing {
            if line.tokens.marker != nil || line.kind != .paragraph {
                check(unit, document, &seen, &report)
                unit = []
            }
            unit.append(document.textIndex[k])
        }
        check(unit, document, &seen, &report)
    }

    /// Clauses are compared by the folded IDs of their words (`LintDocument.words`): no
    /// String is built or hashed per clause.
    static func check(_ unit: [Int], _ document: LintDocument, _ seen: inout Set<[Int32]>, _ report: inout Report) {
        seen.removeAll(keepingCapacity: true)
        let folded = document.words.folded
        for n in unit where n >= 0 {
            let t = document.textLines[n], id = document.ids[n]
            for c in clauses(t) {
                guard !seen.insert(c.words.map { folded[Int(id[$0])] }).inserted else { continue }
                // To the last word compared: a trailing bracket (the preparers) is not quoted.
                var last = c.words.last ?? (c.range.upperBound - 1)
                while last > c.range.lowerBound, t.tokens[last].kind == .punct { last -= 1 }
                let text = t.text(from: t.tokens[c.range.lowerBound].range.lowerBound, to: t.tokens[last].range.upperBound)
                report.add("clause", [text], at: t.span(tokens: c.range.lowerBound, last))
            }
        }
    }

    /// Clauses of five words or more, split at `;` and `.`, brackets skipped: the tokens
    /// that are compared (words, numbers, commas) and the clause's range.
    static func clauses(_ t: TokenizedLine) -> [(words: [Int], range: Range<Int>)] {
        var clauses: [(words: [Int], range: Range<Int>)] = []
        var start = t.bodyStart
        var words: [Int] = []
        func close(_ end: Int) {
            if words.count >= 5, start < end { clauses.append((words, start..<end)) }
            words.removeAll(keepingCapacity: true)
        }
        var k = t.bodyStart
        while k < t.tokens.count {
            // One look at the token's kind and first scalar (not four `isPunct` calls).
            let c: Unicode.Scalar = t.tokens[k].kind == .punct ? t.line.scalars[t.tokens[k].range.lowerBound] : "a"
            if c == ";" || (c == "." && !(t.int(k - 1) != nil && t.int(k + 1) != nil)) {
                close(k)
                start = k + 1
            } else if c == "(" {
                // A bracket is skipped, not a clause's end: *… ứng dụng Internet vạn vật (IoT) để
                // trở thành …* written twice is one repeated clause, reported once.
                var depth = 0
                while k < t.tokens.count {
                    if t.isPunct(k, "(") { depth += 1 }
                    if t.isPunct(k, ")") { depth -= 1; if depth == 0 { break } }
                    k += 1
                }
            } else if t.tokens[k].kind != .punct || c == "," {
                words.append(k)
            }
            k += 1
        }
        close(t.tokens.count)
        return clauses
    }
}
