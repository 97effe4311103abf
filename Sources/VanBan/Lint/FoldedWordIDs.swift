/// The comparisons of the time and name rules (`truncated-term`, `abolished-unit`,
/// `recurring-year-drift`, `year-out-of-scope`, `duplicate-preparer` …) on the document's word
/// IDs (`LintDocument.words`), resolved once per document (issue 17).
///
/// `TokenizedLine.matchesFolded(_:at:)` accepts a token whose lower-case text is the table word,
/// or folds to it (old tone style) *with the same byte length* (it rejects *thuỳ* for *thùy*,
/// whose folding changes the length). `key[id]` is the ID a token with ID `id` is compared as
/// there: its folded ID when the fold keeps the length, otherwise -2, which no table word has.
/// (Table words are old style; one in the new style still matches itself, as there.)
struct FoldedWordIDs {
    /// For each document ID: the ID `matchesFolded` compares it as (-2: matches no word).
    let key: [Int32]
    let words: WordTable

    init(_ words: WordTable) {
        self.words = words
        // (One more slot: `absent`, the ID `lineIDs` gives a word the table lacks.)
        var key = [Int32](repeating: -2, count: words.count + 1)
        var k = 0
        while k < words.count {
            let f = words.folded[k]
            if Int(f) == k || !words.isMarked[k] || words.text[k].utf8.count == words.text[Int(f)].utf8.count { key[k] = f }
            k += 1
        }
        self.key = key
    }

    /// The word IDs of `document.lines[k]`: its text line's, or for a line of an appendix table
    /// (read by the text rules joined) each token's ID looked up, `absent` (the table's count)
    /// for a text the table lacks — equal IDs still mean equal text.
    static func lineIDs(_ document: LintDocument, _ k: Int) -> [Int32] {
        if let ids = document.ids(ofLine: k) { return ids }
        let absent = Int32(document.words.count), words = document.words
        return document.lines[k].tokens.tokens.map { words.id(global: $0.word) ?? absent }
    }

    /// The ID of a table word (lower case, old tone style), or -1 when the document never
    /// writes it: -1 matches no token.
    func id(_ word: String) -> Int32 { words.id(word) ?? -1 }

    /// A table of phrases resolved to IDs (-1 for a word the document lacks).
    func ids(_ table: [[String]]) -> [[Int32]] { table.map { $0.map(id) } }

    /// A static phrase table with each distinct word numbered once, and its interner ID
    /// (`WordInterner`) looked up once per process, so that a document resolves it with one
    /// integer look-up per distinct word (`ids(_:)` of a `WordIndex`), no String hashed.
    struct WordIndex {
        let words: [String]
        let phrases: [[Int]]
        /// The interner ID of each of `words`.
        let globals: [UInt32]
        init(_ table: [[String]]) {
            var number: [String: Int] = [:]
            var words: [String] = []
            phrases = table.map { phrase in
                phrase.map { w in
                    if let n = number[w] { return n }
                    number[w] = words.count
                    words.append(w)
                    return words.count - 1
                }
            }
            self.words = words
            globals = words.map { WordInterner.shared.intern($0) }
        }
    }

    /// The phrases of `index` resolved to IDs, as `ids(_:)` of its table.
    func ids(_ index: WordIndex) -> [[Int32]] {
        let words = self.words
        let resolved = index.globals.map { words.id(global: $0) ?? -1 }
        return index.phrases.map { $0.map { resolved[$0] } }
    }

    /// `t.matchesFolded(phrase, at: i)` for a line whose token IDs are `ids`.
    @inline(__always)
    func matches(_ phrase: [Int32], _ ids: [Int32], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= ids.count else { return false }
        var k = 0
        while k < phrase.count {
            // (The token itself, for a table word in the new style, which `matchesFolded` also
            // accepts written as it is.)
            let id = ids[i + k]
            if key[Int(id)] != phrase[k] && id != phrase[k] { return false }
            k += 1
        }
        return true
    }

    /// `t.matches(phrase, at: i)` (exact lower-case text) for a line whose token IDs are `ids`.
    @inline(__always)
    static func matchesExact(_ phrase: [Int32], _ ids: [Int32], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= ids.count else { return false }
        var k = 0
        while k < phrase.count {
            if ids[i + k] != phrase[k] { return false }
            k += 1
        }
        return true
    }
}
