/// Splits logical lines into tokens.
///
/// Scans Unicode scalars with integer offsets: one pass, no `Character` walking.
/// Letters (with their combining marks) and digits form words; a run of ASCII
/// digits alone is a number; every other non-space scalar is a punctuation token.
public enum Lexer {
    /// Tokenises one logical line.
    ///
    /// Two passes (issue 17): the first finds the tokens' bounds into a temporary buffer, the
    /// second builds the token array at its exact size (an estimate grown by doubling left
    /// half of the tokens' memory unused). A token's lower-case text is an ID of the
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

    // A token's bounds in the first pass: start (bits 0–29), end (bits 30–59), kind
    // (60–61), space before (62), ASCII only (63).
    private static let endShift: UInt64 = 30
    private static let kindShift: UInt64 = 60
    private static let spaceBit: UInt64 = 1 << 62
    private static let asciiBit: UInt64 = 1 << 63

    /// The tokens of `s`, up to offset `Token.maxOffset`.
    static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, words: LowerCaseWords? = nil) -> [Token] {
        let n = min(s.count, Token.maxOffset)
        guard n > 0 else { return [] }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { bounds -> [Token] in
          withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: n) { lowered -> [Token] in
            var count = 0
            var i = 0
            var space = false
            while i < n {
                let c = s[i]
                if c.value == 0x20 { space = true; i += 1; continue }
                let start = i
                var kind = Token.Kind.punct
                var ascii = c.value < 0x80
                if isWordScalar(c) {
                    var allDigits = true
                    while i < n {
                        let v = s[i].value
                        if v >= 0x30 && v <= 0x39 { i += 1; continue }
                        guard isWordScalar(s[i]) else { break }
                        allDigits = false
                        if v >= 0x80 { ascii = false }
                        i += 1
                    }
                    kind = allDigits ? .number : .word
                } else {
                    i += 1
                }
                var b = UInt64(start) | UInt64(i) << endShift | UInt64(kind.rawValue) << kindShift
                if space { b |= spaceBit }
                if ascii { b |= asciiBit }
                bounds[count] = b
                count += 1
                space = false
            }
            let interner = WordInterner.shared
            return [Token](unsafeUninitializedCapacity: count) { buffer, initialized in
                for k in 0..<count {
                    let b = bounds[k]
                    let start = Int(truncatingIfNeeded: b & 0x3FFF_FFFF)
                    let end = Int(truncatingIfNeeded: b >> endShift & 0x3FFF_FFFF)
                    let kind = Token.Kind(rawValue: UInt8(truncatingIfNeeded: b >> kindShift & 3)) ?? .punct
                    let word: UInt32
                    if kind == .punct && b & asciiBit != 0 {
                        // The interner's first 128 IDs are the ASCII scalars.
                        word = s[start].value
                    } else {
                        // The lower case into the line's scratch buffer (a sign as it is),
                        // then looked up: in the document's cache, or the interner.
                        // (The hash of `WordInterner.hash` computed in the same loop.)
                        let base = lowered.baseAddress!
                        var h: UInt32 = 0x811C_9DC5
                        if kind == .punct {
                            base[start] = s[start]
                            h = (h ^ s[start].value) &* 0x0100_0193
                        } else if b & asciiBit != 0 {
                            for k in start..<end {
                                let v = s[k].value
                                let l = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
                                base[k] = Unicode.Scalar(UInt8(truncatingIfNeeded: l))
                                h = (h ^ l) &* 0x0100_0193
                            }
                        } else {
                            for k in start..<end {
                                let l = Alphabet.lower(s[k])
                                base[k] = l
                                h = (h ^ l.value) &* 0x0100_0193
                            }
                        }
                        let text = UnsafeBufferPointer(start: base + start, count: end - start)
                        if let words { word = words.id(text, hash: h) } else { word = interner.intern(text, hash: h) }
                    }
                    // The word is the token's scalars lower-cased one for one: its range is as
                    // long as the word, so the token stores only its start (`Token`).
                    assert(interner.scalarCount(word) == end - start)
                    (buffer.baseAddress! + k).initialize(to: Token(kind: kind, start: start, word: word, spaceBefore: b & spaceBit != 0))
                }
                initialized = count
            }
          }
        }
    }

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
