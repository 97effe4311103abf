/// How `truncated-term` compares a line's word IDs with the words of `BodyNames`: what
/// `truncation(_:_:_:at:)` reads, whatever the words of the names are numbered by.
protocol NameMatching {
    /// The names' compounds, name after name (`TruncatedTerm.compoundStart`).
    var compounds: [[Int32]] { get }
    /// `BodyNames.levels`.
    var levels: [[Int32]] { get }
    /// The names starting with one word, group after group (see `groupStart`).
    var groupNames: [Int32] { get }
    /// Where each group starts in `groupNames`, and the end (one more entry).
    var groupStart: [Int32] { get }
    /// For each name, the word the token after its first must be, or `anySecond`.
    var second: [Int32] { get }
    /// True when a name may start at a token with ID `id`.
    func mayStart(_ id: Int32) -> Bool
    /// The group of the names starting at a token with ID `id` (`mayStart(id)` true).
    func group(_ id: Int32) -> Int
    /// True when token ID `id` is the word `w` as `matchesFolded` compares (its key or itself).
    func isWord(_ id: Int32, _ w: Int32) -> Bool
    /// True when token ID `id`'s folded text (old tone style, any length) is the word `w`.
    func foldsTo(_ id: Int32, _ w: Int32) -> Bool
}

extension NameMatching {
    /// `TokenizedLine.matchesFolded(phrase, at: i)` for a line whose token IDs are `ids`.
    @inline(__always)
    func matches(_ phrase: [Int32], _ ids: [Int32], at i: Int) -> Bool {
        guard i >= 0, i + phrase.count <= ids.count else { return false }
        var k = 0
        while k < phrase.count {
            if !isWord(ids[i + k], phrase[k]) { return false }
            k += 1
        }
        return true
    }

    /// `matches(first compound of name n, ids, at: i)`.
    @inline(__always)
    func firstMatches(_ n: Int, _ ids: [Int32], at i: Int) -> Bool {
        matches(compounds[TruncatedTerm.compoundStart[n]], ids, at: i)
    }

    /// Name `n`'s compounds (a slice of `compounds`: its indices are theirs).
    func name(_ n: Int) -> ArraySlice<[Int32]> {
        compounds[TruncatedTerm.compoundStart[n]..<TruncatedTerm.compoundStart[n + 1]]
    }
}

extension TruncatedTerm {
    /// The words of every name and level numbered once per process (`wordIndex`), and what
    /// depends on the names alone: their compounds, groups by first word and second words as
    /// numbers of `wordIndex.words`.
    ///
    /// Resolving every compound to the document's IDs built about a thousand small arrays per
    /// document (a fifth of the rule: issue 17); now a document maps each of its words to the
    /// table's number once (`Names`), and the names are compared on those numbers.
    struct Table: Sendable {
        let compounds: [[Int32]]
        let levels: [[Int32]]
        /// For each word of `wordIndex`: the group of the names it starts, or -1.
        let startGroup: [Int32]
        let groupNames: [Int32]
        let groupStart: [Int32]
        let second: [Int32]

        init() {
            let index = TruncatedTerm.wordIndex
            let phrases = index.phrases.map { $0.map { Int32($0) } }
            let nameCompounds = TruncatedTerm.compoundStart.last!
            compounds = Array(phrases[..<nameCompounds])
            levels = Array(phrases[nameCompounds...])
            let starts = TruncatedTerm.compoundStart
            var second = [Int32](repeating: TruncatedTerm.anySecond, count: starts.count - 1)
            var startGroup = [Int32](repeating: -1, count: index.words.count)
            var groups: [[Int32]] = []
            for n in 0..<(starts.count - 1) {
                let first = compounds[starts[n]]
                if first.count >= 2 { second[n] = first[1] } else if TruncatedTerm.needsSecond[n] { second[n] = compounds[starts[n] + 1][0] }
                let w = Int(first[0])
                if startGroup[w] < 0 {
                    startGroup[w] = Int32(groups.count)
                    groups.append([])
                }
                groups[Int(startGroup[w])].append(Int32(n))
            }
            var groupNames: [Int32] = [], groupStart: [Int32] = [0]
            for g in groups {
                groupNames.append(contentsOf: g)
                groupStart.append(Int32(groupNames.count))
            }
            self.startGroup = startGroup
            self.groupNames = groupNames
            self.groupStart = groupStart
            self.second = second
        }
    }

    /// Every word of the names' compounds and of the levels, numbered once (one numbering for
    /// both: a word in both has one number).
    static let wordIndex = FoldedWordIDs.WordIndex(BodyNames.names.flatMap(\.compounds) + BodyNames.levels)
    static let table = Table()
    /// `second` of a name whose next token may be any.
    static let anySecond = Int32.min

    /// A document's words as numbers of `wordIndex.words` (-1 for a word of no name): the
    /// comparisons of `matchesFolded` made on the table's numbers. A text is at most one word
    /// of the index and one ID of the document, so comparing numbers is comparing texts.
    struct Names: NameMatching {
        let table: Table
        /// For each document ID: the number of its text, of its key (`FoldedWordIDs.key`: what
        /// `matchesFolded` compares; -1 when none) and of its folded text.
        let own: [Int32]
        let key: [Int32]
        let folded: [Int32]
        /// For each document ID: `mayStart` of it.
        let startOf: [Bool]

        init(_ document: LintDocument) {
            let table = TruncatedTerm.table
            self.table = table
            let words = document.words
            let count = words.count
            var own = [Int32](repeating: -1, count: count + 1)
            for (w, global) in TruncatedTerm.wordIndex.globals.enumerated() {
                if let id = words.id(global: global) { own[Int(id)] = Int32(w) }
            }
            let f = document.foldedIDs
            var key = [Int32](repeating: -1, count: count + 1)
            var folded = [Int32](repeating: -1, count: count + 1)
            var startOf = [Bool](repeating: false, count: count + 1)
            for id in 0..<count {
                let k = f.key[id]
                if k >= 0 {
                    let w = own[Int(k)]
                    key[id] = w
                    startOf[id] = w >= 0 && table.startGroup[Int(w)] >= 0
                }
                folded[id] = own[Int(words.folded[id])]
            }
            self.own = own
            self.key = key
            self.folded = folded
            self.startOf = startOf
        }

        var compounds: [[Int32]] { table.compounds }
        var levels: [[Int32]] { table.levels }
        var groupNames: [Int32] { table.groupNames }
        var groupStart: [Int32] { table.groupStart }
        var second: [Int32] { table.second }

        @inline(__always)
        func mayStart(_ id: Int32) -> Bool { startOf[Int(id)] }

        @inline(__always)
        func group(_ id: Int32) -> Int { Int(table.startGroup[Int(key[Int(id)])]) }

        @inline(__always)
        func isWord(_ id: Int32, _ w: Int32) -> Bool {
            // (`w` is a number of the index, never -1.)
            key[Int(id)] == w || own[Int(id)] == w
        }

        @inline(__always)
        func foldsTo(_ id: Int32, _ w: Int32) -> Bool { folded[Int(id)] == w }
    }
}
