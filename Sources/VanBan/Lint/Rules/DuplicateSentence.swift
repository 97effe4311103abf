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
        var seen = ClauseTable()
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
    static func check(_ unit: [Int], _ document: LintDocument, _ seen: inout ClauseTable, _ report: inout Report) {
        seen.removeAll()
        let folded = document.words.folded
        for n in unit where n >= 0 {
            let t = document.textLines[n], id = document.ids[n]
            for c in clauses(t) {
                guard !seen.insert(c.words, id, folded) else { continue }
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

/// The clauses of one unit seen so far, as their folded word IDs one after the other, found
/// by an integer hash of the IDs: a `Set<[Int32]>` built an array per clause and hashed it
/// element by element through `Hasher` (issue 17). Equal hashes are compared ID by ID.
struct ClauseTable {
    private var ids: [Int32] = []
    private var starts: [Int] = [0]
    /// Hash → the last clause with it; `previous[c]`: the clause before `c` with the same hash.
    private var last: [UInt64: Int] = [:]
    private var previous: [Int] = []

    /// Forgets every clause (a large table is let go rather than cleared slot by slot).
    mutating func removeAll() {
        guard !previous.isEmpty else { return }
        let keep = previous.count <= 64
        ids.removeAll(keepingCapacity: keep)
        starts.removeAll(keepingCapacity: keep)
        starts.append(0)
        last.removeAll(keepingCapacity: keep)
        previous.removeAll(keepingCapacity: keep)
    }

    /// Adds the clause of tokens `words` of a line whose token IDs are `line`, compared by
    /// their `folded` IDs; true when it is new (as `Set.insert(_:).inserted`).
    mutating func insert(_ words: [Int], _ line: [Int32], _ folded: [Int32]) -> Bool {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in words { h = (h ^ UInt64(UInt32(bitPattern: folded[Int(line[k])]))) &* 0x100_0000_01b3 }
        var c = last[h] ?? -1
        while c >= 0 {
            let start = starts[c], end = starts[c + 1]
            if end - start == words.count {
                var same = true
                var j = 0
                while j < words.count {
                    if ids[start + j] != folded[Int(line[words[j]])] { same = false; break }
                    j += 1
                }
                if same { return false }
            }
            c = previous[c]
        }
        for k in words { ids.append(folded[Int(line[k])]) }
        starts.append(ids.count)
        previous.append(last[h] ?? -1)
        last[h] = previous.count - 1
        return true
    }
}
