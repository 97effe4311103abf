/// Splits logical lines into tokens.
///
/// Scans Unicode scalars with integer offsets: one pass, no `Character` walking.
/// Letters (with their combining marks) and digits form words; a run of ASCII
/// digits alone is a number; every other non-space scalar is a punctuation token.
public enum Lexer {
    /// Tokenises one logical line.
    public static func tokenize(_ line: LogicalLine) -> TokenizedLine {
        let s = line.scalars
        let n = s.count
        var tokens: [Token] = []
        tokens.reserveCapacity(n / 4)
        var i = 0
        var space = false
        while i < n {
            let c = s[i]
            if c == " " { space = true; i += 1; continue }
            let start = i
            if isWordScalar(c) {
                var allDigits = true
                while i < n, isWordScalar(s[i]) {
                    if !(s[i].value >= 0x30 && s[i].value <= 0x39) { allDigits = false }
                    i += 1
                }
                let lower = allDigits ? String(scalars: s[start..<i])
                    : String(scalars: s[start..<i], lowercased: true)
                tokens.append(Token(kind: allDigits ? .number : .word, range: start..<i, lower: lower, spaceBefore: space))
            } else {
                i += 1
                tokens.append(Token(kind: .punct, range: start..<i, lower: String(c), spaceBefore: space))
            }
            space = false
        }
        let marker = ListMarker.recognize(s)
        var bodyStart = 0
        if let m = marker {
            while bodyStart < tokens.count, tokens[bodyStart].range.lowerBound < m.length { bodyStart += 1 }
        }
        return TokenizedLine(line: line, marker: marker, tokens: tokens, bodyStart: bodyStart)
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
