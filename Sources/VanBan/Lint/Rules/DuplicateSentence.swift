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
        // The lists `clauses` fills, kept from line to line (grown once, not per unit).
        var scratch = Scratch()
        // (Lines by index: a copy of each cost as much as reading most of them.)
        let lines = document.lines
        for k in lines.indices where lines[k].role == .body || lines[k].role == .intro || lines[k].role == .closing {
            if lines[k].tokens.marker != nil || lines[k].kind != .paragraph {
                check(unit, document, &seen, &scratch, &report)
                // (Emptied in place: a new list per unit was an allocation per item.)
                unit.removeAll(keepingCapacity: true)
            }
            unit.append(document.textIndex[k])
        }
        check(unit, document, &seen, &scratch, &report)
    }

    /// Clauses are compared by the folded IDs of their words (`LintDocument.words`): no
    /// String is built or hashed per clause.
    static func check(_ unit: [Int], _ document: LintDocument, _ seen: inout ClauseTable,
                      _ scratch: inout Scratch, _ report: inout Report) {
        // A unit of one line that holds at most one clause repeats none (most items): its
        // clauses are not gathered nor hashed.
        // (The line's fields read in place: a copy of the line cost more than the test.)
        if unit.count == 1, unit[0] >= 0,
           !mayHoldTwoClauses(document.textLines[unit[0]].tokens, document.textLines[unit[0]].line.scalars, document.textLines[unit[0]].bodyStart) {
            return
        }
        // Nor one whose clauses all differ in length, first or last word (`mayRepeat`).
        guard mayRepeat(unit, document, &scratch) else { return }
        seen.removeAll()
        let folded = document.words.folded
        for n in unit where n >= 0 {
            let t = document.textLines[n], id = document.ids[n]
            clauses(t, &scratch.words, &scratch.found)
            for c in scratch.found {
                guard !seen.insert(scratch.words[c.words], id, folded) else { continue }
                // To the last word compared: a trailing bracket (the preparers) is not quoted.
                var last = scratch.words[c.words.upperBound - 1]
                while last > c.range.lowerBound, t.tokens[last].kind == .punct { last -= 1 }
                let text = t.text(from: t.tokens[c.range.lowerBound].range.lowerBound, to: t.tokens[last].range.upperBound)
                report.add("clause", [text], at: t.span(tokens: c.range.lowerBound, last))
            }
        }
    }

    /// The lists `clauses` fills and the clauses' signatures, kept from unit to unit.
    struct Scratch {
        var words: [Int] = []
        var found: [Clause] = []
        var signatures: [UInt64] = []
    }

    /// False when no two clauses of `unit` can be equal: two equal clauses (the same folded
    /// IDs, one by one: `ClauseTable.insert`) have the same number of compared tokens and the
    /// same first and last, so a unit whose clauses all differ in these (their `signature`)
    /// repeats none, and its clauses are not hashed nor compared word by word (most units).
    static func mayRepeat(_ unit: [Int], _ document: LintDocument, _ scratch: inout Scratch) -> Bool {
        let folded = document.words.folded
        scratch.signatures.removeAll(keepingCapacity: true)
        for n in unit where n >= 0 {
            let id = document.ids[n]
            // (The line's tokens, scalars and marker end read in place: the line is not copied.)
            signatures(document.textLines[n].tokens, document.textLines[n].line.scalars, document.textLines[n].bodyStart, id, folded, &scratch.signatures)
        }
        guard scratch.signatures.count >= 2 else { return false }
        scratch.signatures.sort()
        for k in 1..<scratch.signatures.count where scratch.signatures[k] == scratch.signatures[k - 1] { return true }
        return false
    }

    /// A clause's length and first and last folded IDs in one integer (two clauses that differ
    /// may share one: `mayRepeat` then reads the unit in full).
    @inline(__always)
    static func signature(count: Int, first: Int32, last: Int32) -> UInt64 {
        UInt64(truncatingIfNeeded: count) << 48 ^ UInt64(UInt32(bitPattern: first)) << 22 ^ UInt64(UInt32(bitPattern: last))
    }

    /// False when `clauses(t)` surely finds fewer than two clauses: every clause but the last
    /// ends at a `;` or `.` token with a token after it, so a line with no such token before
    /// its last holds one at most (`DuplicateSentenceUnitTests` compares on every line).
    static func mayHoldTwoClauses(_ t: TokenizedLine) -> Bool {
        mayHoldTwoClauses(t.tokens, t.line.scalars, t.bodyStart)
    }

    /// `mayHoldTwoClauses` of the line whose tokens, scalars and `bodyStart` are given.
    static func mayHoldTwoClauses(_ tokenList: [Token], _ scalars: [Unicode.Scalar], _ bodyStart: Int) -> Bool {
        let n = tokenList.count
        guard n - bodyStart >= 11 else { return false }  // two clauses of five, and a `;`
        return tokenList.withUnsafeBufferPointer { tokens in
            scalars.withUnsafeBufferPointer { s in
                var k = bodyStart
                while k < n - 1 {
                    if tokens[k].kind == .punct {
                        let c = s[tokens[k].range.lowerBound]
                        if c == ";" || c == "." { return true }
                    }
                    k += 1
                }
                return false
            }
        }
    }

    /// Appends the `signature` of each of `clauses(t)` to `out` (`id`: the line's IDs), in
    /// one pass over the tokens without listing the compared ones: `clauses` walked, counting
    /// them and keeping the first and the last (issue 17; `LintDocLinesTests` compares with
    /// the signatures of `clauses`).
    static func signatures(_ t: TokenizedLine, _ id: [Int32], _ folded: [Int32], _ out: inout [UInt64]) {
        signatures(t.tokens, t.line.scalars, t.bodyStart, id, folded, &out)
    }

    /// `signatures` of the line whose tokens, scalars and `bodyStart` are given.
    static func signatures(_ tokenList: [Token], _ scalars: [Unicode.Scalar], _ bodyStart: Int, _ id: [Int32], _ folded: [Int32],
                           _ out: inout [UInt64]) {
        let n = tokenList.count
        var start = bodyStart
        // The open clause's compared tokens: how many, the first and the last.
        var count = 0, first = -1, last = -1
        scalars.withUnsafeBufferPointer { s in
            tokenList.withUnsafeBufferPointer { tokens in
                id.withUnsafeBufferPointer { id in
                    func isNumber(_ i: Int) -> Bool { i >= 0 && i < n && tokens[i].kind == .number && tokens[i].range.count <= 9 }
                    func isPunct(_ i: Int, _ p: Unicode.Scalar) -> Bool { tokens[i].kind == .punct && s[tokens[i].range.lowerBound] == p }
                    @inline(__always) func compare(_ k: Int) {
                        if count == 0 { first = k }
                        last = k
                        count += 1
                    }
                    var k = bodyStart
                    while k < n {
                        guard tokens[k].kind == .punct else { compare(k); k += 1; continue }
                        let c = s[tokens[k].range.lowerBound]
                        if c == ";" || (c == "." && !(isNumber(k - 1) && isNumber(k + 1))) {
                            if count >= 5, start < k {
                                out.append(signature(count: count, first: folded[Int(id[first])], last: folded[Int(id[last])]))
                            }
                            count = 0
                            start = k + 1
                        } else if c == "(" {
                            var depth = 0
                            while k < n {
                                if isPunct(k, "(") { depth += 1 }
                                if isPunct(k, ")") { depth -= 1; if depth == 0 { break } }
                                k += 1
                            }
                        } else if c == "," {
                            compare(k)
                        }
                        k += 1
                    }
                    if count >= 5, start < n {
                        out.append(signature(count: count, first: folded[Int(id[first])], last: folded[Int(id[last])]))
                    }
                }
            }
        }
    }

    /// A clause of a line: its compared tokens (a range of the word list `clauses` fills) and
    /// its tokens.
    struct Clause {
        var words: Range<Int>
        var range: Range<Int>
    }

    /// Clauses of five words or more, split at `;` and `.`, brackets skipped: the tokens
    /// that are compared (words, numbers, commas) and the clause's range.
    static func clauses(_ t: TokenizedLine) -> [(words: [Int], range: Range<Int>)] {
        var words: [Int] = [], found: [Clause] = []
        clauses(t, &words, &found)
        return found.map { (Array(words[$0.words]), $0.range) }
    }

    /// `clauses(_:)` into reused lists: every clause's compared tokens one after the other in
    /// `words`, and the clauses in `found` (one pass over the tokens, no array per clause).
    static func clauses(_ t: TokenizedLine, _ words: inout [Int], _ found: inout [Clause]) {
        words.removeAll(keepingCapacity: true)
        found.removeAll(keepingCapacity: true)
        let n = t.tokens.count
        var start = t.bodyStart
        var first = 0  // where the open clause's words start in `words`
        t.line.scalars.withUnsafeBufferPointer { s in
            t.tokens.withUnsafeBufferPointer { tokens in
                // `TokenizedLine.int(_:) != nil` and `isPunct(_:_:)`, on the buffers.
                func isNumber(_ i: Int) -> Bool { i >= 0 && i < n && tokens[i].kind == .number && tokens[i].range.count <= 9 }
                func isPunct(_ i: Int, _ p: Unicode.Scalar) -> Bool { tokens[i].kind == .punct && s[tokens[i].range.lowerBound] == p }
                var k = t.bodyStart
                while k < n {
                    guard tokens[k].kind == .punct else { words.append(k); k += 1; continue }
                    let c = s[tokens[k].range.lowerBound]
                    if c == ";" || (c == "." && !(isNumber(k - 1) && isNumber(k + 1))) {
                        if words.count - first >= 5, start < k { found.append(Clause(words: first..<words.count, range: start..<k)) } else { words.removeLast(words.count - first) }
                        first = words.count
                        start = k + 1
                    } else if c == "(" {
                        // A bracket is skipped, not a clause's end: *… ứng dụng Internet vạn vật (IoT) để
                        // trở thành …* written twice is one repeated clause, reported once.
                        var depth = 0
                        while k < n {
                            if isPunct(k, "(") { depth += 1 }
                            if isPunct(k, ")") { depth -= 1; if depth == 0 { break } }
                            k += 1
                        }
                    } else if c == "," {
                        words.append(k)
                    }
                    k += 1
                }
            }
        }
        if words.count - first >= 5, start < n { found.append(Clause(words: first..<words.count, range: start..<n)) } else { words.removeLast(words.count - first) }
    }
}

/// The clauses of one unit seen so far, as their folded word IDs one after the other, found
/// by an integer hash of the IDs: a `Set<[Int32]>` built an array per clause and hashed it
/// element by element through `Hasher` (issue 17). Equal hashes are compared ID by ID.
struct ClauseTable {
    private var ids: [Int32] = []
    private var starts: [Int] = [0]
    /// Each clause's hash, and the clause before it with the same hash (-1: none).
    private var hashes: [UInt64] = []
    private var previous: [Int] = []
    /// Open addressing over the distinct hashes: slot → the last clause with that hash, or
    /// -1 (a `[UInt64: Int]` ran `Hasher` twice per clause: issue 17).
    private var slots = [Int](repeating: -1, count: 16)
    private var distinct = 0
    /// The folded IDs of the clause being inserted.
    private var clause: [Int32] = []

    /// Forgets every clause (a large table is let go rather than cleared slot by slot).
    mutating func removeAll() {
        guard !previous.isEmpty else { return }
        let keep = previous.count <= 64
        ids.removeAll(keepingCapacity: keep)
        starts.removeAll(keepingCapacity: keep)
        starts.append(0)
        hashes.removeAll(keepingCapacity: keep)
        previous.removeAll(keepingCapacity: keep)
        if keep && slots.count <= 256 {
            for k in slots.indices { slots[k] = -1 }
        } else {
            slots = [Int](repeating: -1, count: 16)
        }
        distinct = 0
    }

    /// The slot of hash `h`: the one holding its last clause, or the empty one where it goes.
    private func slot(_ h: UInt64) -> Int {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h ^ (h >> 32)) & mask
        while slots[s] >= 0 && hashes[slots[s]] != h { s = (s + 1) & mask }
        return s
    }

    /// `insert` of a whole array of tokens.
    mutating func insert(_ words: [Int], _ line: [Int32], _ folded: [Int32]) -> Bool {
        insert(words[...], line, folded)
    }

    /// Adds the clause of tokens `words` of a line whose token IDs are `line`, compared by
    /// their `folded` IDs; true when it is new (as `Set.insert(_:).inserted`).
    mutating func insert(_ words: ArraySlice<Int>, _ line: [Int32], _ folded: [Int32]) -> Bool {
        // The clause's folded IDs, read once (into a list kept from clause to clause).
        clause.removeAll(keepingCapacity: true)
        for k in words { clause.append(folded[Int(line[k])]) }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for id in clause { h = (h ^ UInt64(UInt32(bitPattern: id))) &* 0x100_0000_01b3 }
        let s = slot(h)
        var c = slots[s]
        while c >= 0 {
            let start = starts[c], end = starts[c + 1]
            if end - start == clause.count, ids[start..<end].elementsEqual(clause) { return false }
            c = previous[c]
        }
        ids.append(contentsOf: clause)
        starts.append(ids.count)
        if slots[s] < 0 { distinct += 1 }
        previous.append(slots[s])
        hashes.append(h)
        slots[s] = previous.count - 1
        if distinct * 2 > slots.count { grow() }
        return true
    }

    /// Twice the slots, each hash's last clause placed again.
    private mutating func grow() {
        let old = slots
        slots = [Int](repeating: -1, count: old.count * 2)
        for c in old where c >= 0 { slots[slot(hashes[c])] = c }
    }
}
