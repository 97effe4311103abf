/// The word IDs the knowledge rules read (issue 17): every token of `LintDocument.lines`
/// (and of any extra lines a rule reads, such as an appendix's prose title) as an ID of
/// the document's `WordTable`, and each of a rule's table words resolved once per
/// document, so that the scan over every token compares integers and a String is built
/// only where a finding is reported.
///
/// The lines of an appendix table (`role == .appendix`) are not among the text lines the
/// document numbered (`LintDocument.textLines` joins each table into one line): their words
/// are numbered here, in a copy of the table, only when the document has such lines, and
/// only those a rule asks for (`numbering`: a line it cannot report on keeps no IDs).
///
/// Two comparisons, exactly as the String helpers they replace:
/// - `matches`: the bytes of `Token.lower` (`TokenizedLine.matches(_:at:)`);
/// - `matchesFolded`: `TokenizedLine.matchesFolded(_:at:)` — the token is the word, or its
///   old-tone-style form is and it has the same byte length (the helper compares lengths
///   first, so *thuỳ* never matched *thùy*); numbers and signs compare as they are.
struct RuleWords {
    /// The document's words, and those of the extra lines.
    let table: WordTable
    /// For each of `LintDocument.lines`, its tokens' IDs (empty for an appendix line that
    /// `numbering` left out).
    let lines: [[Int32]]
    /// For each extra line given to `init`, its tokens' IDs.
    let extra: [[Int32]]

    /// The document's words only, for a rule that reads text lines alone (`LintDocument.ids`):
    /// `lines` and `extra` are empty.
    init(words document: LintDocument) {
        table = document.words
        lines = []
        extra = []
    }

    /// Numbers the tokens of `document.lines` (of an appendix line, only when `numbering`
    /// says so) and of `extra`.
    init(_ document: LintDocument, extra extraLines: [TokenizedLine] = [], numbering: (LintDocument.Line) -> Bool = { _ in true }) {
        var lines: [[Int32]] = []
        lines.reserveCapacity(document.lines.count)
        var missing: [Int] = []
        for k in document.lines.indices {
            if let ids = document.ids(ofLine: k) {
                lines.append(ids)
            } else {
                lines.append([])
                if numbering(document.lines[k]) { missing.append(k) }
            }
        }
        guard !missing.isEmpty || !extraLines.isEmpty else {
            table = document.words
            self.lines = lines
            extra = []
            return
        }
        // (A plain loop over a local copy: `intern` numbers what the text lines lack.)
        var copy = document.words
        let before = copy.count
        let numbered = copy.intern(tokensOfLines: missing.map { document.lines[$0].tokens } + extraLines)
        for (n, k) in missing.enumerated() { lines[k] = numbered[n] }
        let more = Array(numbered[missing.count...])
        copy.fold(from: before)
        table = copy
        self.lines = lines
        extra = more
    }

    /// The ID of a lower-case word, or -1 when the document never writes it (it then
    /// matches no token).
    func id(_ word: String) -> Int32 { table.id(word) ?? -1 }

    /// `id(_:)` of the word of interner ID `word` (`WordInterner`): -1 when the document
    /// never writes it. One look-up, no hash of the text (a rule's table numbered once per
    /// process).
    func id(global word: UInt32) -> Int32 { table.id(global: word) ?? -1 }

    /// The IDs of a phrase's words (-1 for a word the document lacks).
    func ids(_ phrase: [String]) -> [Int32] { phrase.map(id) }

    /// True when token ID `token` is word `word` in `matchesFolded`'s sense: the same text,
    /// or its old-style form is `word` with the same number of bytes.
    @inline(__always)
    func folds(_ token: Int32, _ word: Int32) -> Bool {
        if token == word { return true }
        guard word >= 0, table.folded[Int(token)] == word else { return false }
        return table.text[Int(token)].utf8.count == table.text[Int(word)].utf8.count
    }

    /// `TokenizedLine.matches(_:at:)` over IDs.
    @inline(__always)
    func matches(_ phrase: [Int32], _ ids: [Int32], at i: Int) -> Bool {
        FoldedWordIDs.matchesExact(phrase, ids, at: i)
    }

    /// `TokenizedLine.matchesFolded(_:at:)` over IDs.
    @inline(__always)
    func matchesFolded(_ phrase: [Int32], _ ids: [Int32], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= ids.count else { return false }
        var k = 0
        while k < phrase.count {
            if !folds(ids[i + k], phrase[k]) { return false }
            k += 1
        }
        return true
    }

    /// `TokenizedLine.find(_:from:)` over IDs: the first index `>= from` where `phrase`
    /// matches exactly.
    func find(_ phrase: [Int32], _ ids: [Int32], from: Int) -> Int? {
        guard !phrase.isEmpty, from <= ids.count - phrase.count else { return nil }
        for i in from...(ids.count - phrase.count) where matches(phrase, ids, at: i) { return i }
        return nil
    }

    /// True when `token` may be `word` as `folds` compares (the same byte length and first
    /// byte), read from the text without numbering it: a cheap test for lines not yet numbered.
    static func mayFold(_ token: Token, _ word: String) -> Bool {
        let b = word.utf8
        return mayFold(token, count: b.count, first: b.first ?? 0)
    }

    /// `mayFold(token, word)` for a word of `count` UTF-8 bytes starting with `first`, read on
    /// the interner's bytes of the token's text (`Token.lowerUTF8`: no String built).
    @inline(__always)
    static func mayFold(_ token: Token, count: Int, first: UInt8) -> Bool {
        let a = token.lowerUTF8
        return a.count == count && (count == 0 || a[0] == first)
    }

    /// True when token `i` (in range) has ID `word`.
    @inline(__always)
    func isWord(_ ids: [Int32], _ i: Int, _ word: Int32) -> Bool { i >= 0 && i < ids.count && ids[i] == word }
}

extension RuleWords {
    /// True when some ID of `ids` is marked in `marks` (an array by document ID): a line's
    /// gate, read on the buffers without a closure per token (issue 17).
    @inline(__always)
    static func anyMarked(_ ids: [Int32], _ marks: [Bool]) -> Bool {
        ids.withUnsafeBufferPointer { p in
            marks.withUnsafeBufferPointer { m in
                for id in p where m[Int(id)] { return true }
                return false
            }
        }
    }
}
