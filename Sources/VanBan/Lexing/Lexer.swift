/// Splits logical lines into tokens.
///
/// Scans Unicode scalars with integer offsets: one pass, no `Character` walking.
/// Letters (with their combining marks) and digits form words; a run of ASCII
/// digits alone is a number; every other non-space scalar is a punctuation token.
public enum Lexer {
    /// Tokenises one logical line.
    ///
    /// The tokens are built into a temporary buffer and copied into an array of their exact
    /// size (an estimate grown by doubling left half of the tokens' memory unused: issue 17). A token's lower-case text is an ID of the
    /// process's `WordInterner` (an ASCII sign's is its value; a word's lower case is written
    /// into a scratch buffer and looked up).
    public static func tokenize(_ line: LogicalLine) -> TokenizedLine {
        tokenize(line, words: nil)
    }

    /// Tokenises the logical lines of one document (stopping early once the `Deadline` has
    /// passed), with each distinct word looked up in the interner once (`LowerCaseWords`).
    public static func tokenize(_ lines: [LogicalLine]) -> [TokenizedLine] {
        let words = LowerCaseWords()
        var result: [TokenizedLine] = []
        result.reserveCapacity(lines.count)
        for (k, line) in lines.enumerated() {
            if k & 1023 == 1023, Deadline.expired { break }
            result.append(tokenize(line, words: words))
        }
        return result
    }

    static func tokenize(_ line: LogicalLine, words: LowerCaseWords?) -> TokenizedLine {
        let tokens = line.scalars.withUnsafeBufferPointer { tokenize($0, words: words) }
        let marker = ListMarker.recognize(line.scalars)
        var bodyStart = 0
        if let m = marker {
            while bodyStart < tokens.count, tokens[bodyStart].range.lowerBound < m.length { bodyStart += 1 }
        }
        return TokenizedLine(line: line, marker: marker, tokens: tokens, bodyStart: bodyStart)
    }

    /// The tokens of `s`, up to offset `Token.maxOffset`.
    ///
    /// One pass (issue 17, ninth session): each word is lower-cased into the line's scratch
    /// buffer and hashed (`WordInterner.hash`) as its end is sought, and looked up as soon as
    /// it ends; the tokens go to a temporary buffer and are copied once into an array of their
    /// exact size. (Finding every token's bounds first and reading each word's scalars again
    /// to lower-case them was a second pass over the text.)
    static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, words: LowerCaseWords? = nil) -> [Token] {
        let n = min(s.count, Token.maxOffset)
        guard n > 0 else { return [] }
        let interner = WordInterner.shared
        let table = wordTable
        return withUnsafeTemporaryAllocation(of: Token.self, capacity: n) { tokens -> [Token] in
          withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: n) { lowered -> [Token] in
            let out = tokens.baseAddress!, base = lowered.baseAddress!
            // The scratch buffer written as values (a scalar is its 32-bit value in memory).
            let values = UnsafeMutableRawPointer(base).assumingMemoryBound(to: UInt32.self)
            let basis: UInt32 = 0x811C_9DC5, prime: UInt32 = 0x0100_0193
            var count = 0
            var i = 0
            var space = false
            while i < n {
                let c = s[i]
                let v = c.value
                if v == 0x20 { space = true; i += 1; continue }
                let start = i
                let kind: Token.Kind
                let word: UInt32
                if (v < 0x1F00 && table[Int(v)] != 0) || (v >= 0x80 && isWordScalar(c)) {
                    // The word's lower case into the scratch buffer, hashed as it is written.
                    // `digits` keeps bit 31 while every scalar is an ASCII digit.
                    var digits: UInt32 = Lexer.digitBit
                    var h = basis
                    while i < n {
                        let x = s[i].value
                        let l: UInt32
                        let e = x < 0x1F00 ? table[Int(x)] : 0
                        if e != 0 {
                            l = e & ~Lexer.digitBit
                            digits &= e
                        } else {
                            // Not in the table: not a word scalar in ASCII, else asked in full.
                            guard x >= 0x80, isWordScalar(s[i]) else { break }
                            digits = 0
                            l = Alphabet.lower(s[i]).value
                        }
                        values[i] = l
                        h = (h ^ l) &* prime
                        i += 1
                    }
                    kind = digits != 0 ? .number : .word
                    let text = UnsafeBufferPointer(start: base + start, count: i - start)
                    if let words { word = words.id(text, hash: h) } else { word = interner.intern(text, hash: h) }
                } else {
                    i += 1
                    kind = .punct
                    if v < 0x80 {
                        // The interner's first 128 IDs are the ASCII scalars.
                        word = v
                    } else {
                        // A sign as it is.
                        base[start] = c
                        let text = UnsafeBufferPointer(start: base + start, count: 1)
                        let h = (basis ^ v) &* prime
                        if let words { word = words.id(text, hash: h) } else { word = interner.intern(text, hash: h) }
                    }
                }
                // The word is the token's scalars lower-cased one for one: its range is as
                // long as the word, so the token stores only its start (`Token`).
                assert(interner.scalarCount(word) == i - start)
                (out + count).initialize(to: Token(kind: kind, start: start, word: word, spaceBefore: space))
                count += 1
                space = false
            }
            return [Token](unsafeUninitializedCapacity: count) { buffer, initialized in
                buffer.baseAddress!.initialize(from: out, count: count)
                initialized = count
            }
          }
        }
    }

    /// Per scalar value below U+1F00: 0 unless the scalar is an ASCII letter or digit or a
    /// letter of the alphabet table (`isWordScalar` answers from those without the Unicode
    /// properties), else its lower case (`Alphabet.lower`), with `digitBit` set for an ASCII
    /// digit. One load a scalar in the lexer's word loop, where the ASCII tests, the alphabet
    /// table and the lower-case table were read one after another (issue 17, tenth session).
    nonisolated(unsafe) static let wordTable: UnsafePointer<UInt32> = {
        let p = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x1F00)
        let info = Alphabet.infoTable
        for v in 0..<0x1F00 {
            let known = v < 0x80 ? (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A)
                : info[v] != 0 || v == 0x110 || v == 0x111
            let lower = Alphabet.lower(Unicode.Scalar(UInt32(v))!).value
            p[v] = !known ? 0 : v >= 0x30 && v <= 0x39 ? lower | digitBit : lower
        }
        return UnsafePointer(p)
    }()

    /// `wordTable`'s mark of an ASCII digit (no scalar value uses bit 31).
    static let digitBit: UInt32 = 1 << 31

    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            return (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
        }
        // Vietnamese letters from the alphabet table first: the Unicode property look-ups
        // cost a few hundred instructions a scalar.
        if c.value < 0x1F00, Alphabet.infoTable[Int(c.value)] != 0 || c.value == 0x110 || c.value == 0x111 { return true }
        let p = c.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark
    }
}
