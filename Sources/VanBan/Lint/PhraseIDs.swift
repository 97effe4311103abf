/// The phrases of a rule's table (lower-case words, as `Token.lower` holds them) resolved
/// once per document to its word IDs (`LintDocument.words`), so that a rule scanning every
/// token compares integers instead of Strings (issue 17). A phrase with a word the document
/// never writes cannot occur in it: it resolves to nil and costs nothing afterwards.
///
/// Two ways of comparing, as the String helpers they replace:
/// - exact: token `k`'s ID equals the word's (`TokenizedLine.matches(_:at:)`, bytes of
///   `Token.lower`);
/// - folded: token `k`'s folded ID (lower case, old tone style) equals the word's, and the
///   word has a letter (`matches(_:at:keys:)`: `LintDocument.keys` is empty for numbers and
///   punctuation, so a table word of digits or a sign never matched there).
public struct PhraseIDs: Sendable {
    /// Each phrase of the table, in table order, as IDs; nil when the document lacks a word.
    public let phrases: [[Int32]?]
    /// True when the comparison is on folded IDs.
    public let isFolded: Bool
    /// The document's folded ID of each ID (`WordTable.folded`), for folded comparison.
    private let foldedOf: [Int32]
    /// For each document ID: true when some phrase starts with it (after folding, if folded).
    private let isStart: [Bool]

    /// Resolves `table` against the document's `words`.
    public init(_ table: [[String]], in words: WordTable, folded: Bool) {
        isFolded = folded
        foldedOf = folded ? words.folded : []
        var starts = [Bool](repeating: false, count: words.count)
        var resolved: [[Int32]?] = []
        resolved.reserveCapacity(table.count)
        for phrase in table {
            var ids: [Int32] = []
            ids.reserveCapacity(phrase.count)
            for w in phrase {
                guard !folded || w.unicodeScalars.contains(where: { Lexer.isWordScalar($0) && !($0.value >= 0x30 && $0.value <= 0x39) }),
                      let id = words.id(w) else { ids.removeAll(); break }
                ids.append(id)
            }
            if ids.isEmpty { resolved.append(nil); continue }
            resolved.append(ids)
            starts[Int(ids[0])] = true
        }
        phrases = resolved
        isStart = starts
    }

    /// A table of phrases numbered once per process: each word's interner ID (`WordInterner`)
    /// and whether it has a letter (other than a digit) — what `init(_:in:folded:)` asks of
    /// each word's text, read once instead of per document (issue 17).
    public struct Table: Sendable {
        public let phrases: [[String]]
        let globals: [[UInt32]]
        let hasLetter: [[Bool]]

        public init(_ phrases: [[String]]) {
            self.phrases = phrases
            globals = phrases.map { $0.map { WordInterner.shared.intern($0) } }
            hasLetter = phrases.map { $0.map { w in w.unicodeScalars.contains(where: { Lexer.isWordScalar($0) && !($0.value >= 0x30 && $0.value <= 0x39) }) } }
        }
    }

    /// `init(table.phrases, in: words, folded: folded)`, each word found by its interner ID.
    public init(_ table: Table, in words: WordTable, folded: Bool) {
        isFolded = folded
        foldedOf = folded ? words.folded : []
        var starts = [Bool](repeating: false, count: words.count)
        var resolved: [[Int32]?] = []
        resolved.reserveCapacity(table.globals.count)
        for p in table.globals.indices {
            let phrase = table.globals[p], letters = table.hasLetter[p]
            var ids: [Int32] = []
            ids.reserveCapacity(phrase.count)
            for k in phrase.indices {
                guard !folded || letters[k], let id = words.id(global: phrase[k]) else { ids.removeAll(); break }
                ids.append(id)
            }
            if ids.isEmpty { resolved.append(nil); continue }
            resolved.append(ids)
            starts[Int(ids[0])] = true
        }
        phrases = resolved
        isStart = starts
    }

    /// The ID token ID `id` is compared as.
    @inline(__always)
    public func key(_ id: Int32) -> Int32 { isFolded ? foldedOf[Int(id)] : id }

    /// True when a phrase of the table may start at a token with ID `id`.
    @inline(__always)
    public func mayStart(_ id: Int32) -> Bool { isStart[Int(key(id))] }

    /// True when phrase `p` of the table stands at token `i` of a line whose IDs are `ids`.
    public func matches(_ p: Int, _ ids: [Int32], at i: Int) -> Bool {
        guard let phrase = phrases[p], i >= 0, i + phrase.count <= ids.count else { return false }
        var k = 0
        while k < phrase.count {
            if key(ids[i + k]) != phrase[k] { return false }
            k += 1
        }
        return true
    }

    /// The first phrase of the table, in table order, that stands at token `i`.
    public func first(_ ids: [Int32], at i: Int) -> Int? {
        guard i >= 0, i < ids.count, mayStart(ids[i]) else { return nil }
        for p in phrases.indices where matches(p, ids, at: i) { return p }
        return nil
    }
}

extension LintDocument {
    /// The word IDs of `lines[k]`'s tokens (`ids` of the same text line), or nil for a line
    /// of an appendix table, which the text rules read joined.
    public func ids(ofLine k: Int) -> [Int32]? {
        let t = textIndex[k]
        return t >= 0 ? ids[t] : nil
    }

    /// The ID of a lower-case word in this document (`words`), or -1 when the document never
    /// writes it: compared with a token's ID, -1 matches nothing.
    public func id(_ word: String) -> Int32 { words.id(word) ?? -1 }
}
