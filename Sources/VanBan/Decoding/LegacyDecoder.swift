/// Decoders for the legacy Vietnamese encodings.
///
/// Each returns the decoded scalars and, for each of them, the byte offset in the
/// input where it starts (`origins`, with one extra entry for the end), so that
/// positions can be reported in the file the user opened. `unknown` counts bytes
/// or sequences the encoding does not define, which makes a guess less likely.
struct LegacyDecoding {
    var scalars: [Unicode.Scalar] = []
    var origins: [Int32] = []
    var unknown = 0

    init(capacity: Int) {
        scalars.reserveCapacity(capacity)
        origins.reserveCapacity(capacity + 1)
    }

    @inline(__always)
    mutating func emit(_ v: UInt32, at offset: Int) {
        scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
        origins.append(Int32(offset))
    }
}

enum LegacyDecoder {
    /// Decodes `bytes` in `encoding` (a legacy one).
    static func decode(_ bytes: ArraySlice<UInt8>, as encoding: TextEncoding) -> LegacyDecoding {
        var result: LegacyDecoding
        switch encoding {
        case .cp1258: result = singleByte(bytes, high: LegacyTables.cp1258High, controls: [:])
        case .tcvn3:
            result = singleByte(bytes, high: LegacyTables.tcvn3High, controls: LegacyTables.tcvn3Controls)
            // A document that uses TCVN3's capital letters was typed with them; only
            // one without any may have been typed in a `.VnTimeH` capitals font.
            if !result.scalars.contains(where: { isToneCapital($0) }) { restoreCapitals(&result.scalars) }
        case .vni: result = vni(bytes)
        case .viqr: result = viqr(bytes)
        case .utf8, .utf16, .utf16le, .utf16be: preconditionFailure("not a legacy encoding")
        }
        result.origins.append(Int32(bytes.endIndex - bytes.startIndex))
        return result
    }

    private static func singleByte(_ bytes: ArraySlice<UInt8>, high: [UInt16], controls: [UInt8: UInt16]) -> LegacyDecoding {
        var out = LegacyDecoding(capacity: bytes.count)
        let base = bytes.startIndex
        for i in bytes.indices {
            let b = bytes[i]
            var v = UInt32(b)
            if b >= 0x80 {
                v = UInt32(high[Int(b) - 0x80])
            } else if b < 0x20, let capital = controls[b] {
                v = UInt32(capital)
            }
            if v == 0xFFFD { out.unknown += 1 }
            out.emit(v, at: i - base)
        }
        return out
    }

    /// `.VnTimeH` fonts draw TCVN3's lowercase codes as capitals, so a heading typed in
    /// one arrives as `CH­¥NG` with lowercase letters between capitals. A word with two
    /// or more ASCII capitals and no ASCII lowercase, or any word in a column whose ASCII
    /// letters are all capitals (three at least), is taken to be in capitals. Columns are
    /// the parts of a line between runs of three or more spaces or a tab: a two-column
    /// header line (`SỞ GIÁO DỤC VÀ ĐÀO TẠO      Độc lập - Tự do - Hạnh phúc`) has a
    /// capitals column beside a mixed one.
    static func restoreCapitals(_ scalars: inout [Unicode.Scalar]) {
        var lineStart = 0
        let n = scalars.count
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n, scalars[lineEnd] != "\n", scalars[lineEnd] != "\r" { lineEnd += 1 }
            var columnStart = lineStart
            while columnStart < lineEnd {
                let columnEnd = columnBreak(scalars, from: columnStart, to: lineEnd)
                restoreCapitals(&scalars, column: columnStart..<columnEnd)
                columnStart = columnEnd
                while columnStart < lineEnd, scalars[columnStart] == " " || scalars[columnStart] == "\t" { columnStart += 1 }
            }
            lineStart = lineEnd + 1
        }
    }

    /// Where the column starting at `start` ends: at a tab or three spaces, or at `end`.
    private static func columnBreak(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var i = start
        while i < end {
            if scalars[i] == "\t" { return i }
            if scalars[i] == " ", i + 2 < end, scalars[i + 1] == " ", scalars[i + 2] == " " { return i }
            i += 1
        }
        return end
    }

    /// Restores the capitals of one column (`column` of a line): see above.
    private static func restoreCapitals(_ scalars: inout [Unicode.Scalar], column: Range<Int>) {
        var upper = 0, lower = 0
        for k in column {
            let v = scalars[k].value
            if v >= 0x41 && v <= 0x5A { upper += 1 } else if v >= 0x61 && v <= 0x7A { lower += 1 }
        }
        let wholeColumn = upper >= 3 && lower == 0
        var w = column.lowerBound
        while w < column.upperBound {
            guard Alphabet.isLetter(scalars[w]) else { w += 1; continue }
            var e = w
            var wu = 0, wl = 0
            while e < column.upperBound, Alphabet.isLetter(scalars[e]) {
                let v = scalars[e].value
                if v >= 0x41 && v <= 0x5A { wu += 1 } else if v >= 0x61 && v <= 0x7A { wl += 1 }
                e += 1
            }
            if wl == 0, wholeColumn || wu >= 2 {
                for k in w..<e { scalars[k] = capital(scalars[k]) }
            }
            w = e
        }
    }

    /// A capital vowel with a tone mark (TCVN3's capital block).
    static func isToneCapital(_ s: Unicode.Scalar) -> Bool {
        guard let v = Alphabet.vowel(s) else { return false }
        return v.upper && v.tone != 0
    }

    static func capital(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if var v = Alphabet.vowel(s) {
            v.upper = true
            return Alphabet.letter(v)
        }
        return s.value == 0x111 ? "Đ" : s
    }

    // MARK: VNI-Windows

    /// A VNI mark byte (lowercase form): the shape it adds and the tone.
    private static func vniMark(_ byte: UInt8) -> (shape: Int, tone: Int)? {
        // shape: 0 none, 1 circumflex, 2 breve
        switch byte {
        case 0xF9: return (0, 1)
        case 0xF8: return (0, 2)
        case 0xFB: return (0, 3)
        case 0xF5: return (0, 4)
        case 0xEF: return (0, 5)
        case 0xE2: return (1, 0)
        case 0xE1: return (1, 1)
        case 0xE0: return (1, 2)
        case 0xE5: return (1, 3)
        case 0xE3: return (1, 4)
        case 0xE4: return (1, 5)
        case 0xEA: return (2, 0)
        case 0xE9: return (2, 1)
        case 0xE8: return (2, 2)
        case 0xFA: return (2, 3)
        case 0xFC: return (2, 4)
        case 0xEB: return (2, 5)
        default: return nil
        }
    }

    /// VNI letters written with one byte (lowercase form).
    private static func vniSingle(_ byte: UInt8) -> Alphabet.Vowel? {
        switch byte {
        case 0xF4: return .init(base: Alphabet.Base.ơ, tone: 0, upper: false)
        case 0xF6: return .init(base: Alphabet.Base.ư, tone: 0, upper: false)
        case 0xED: return .init(base: Alphabet.Base.i, tone: 1, upper: false)
        case 0xEC: return .init(base: Alphabet.Base.i, tone: 2, upper: false)
        case 0xE6: return .init(base: Alphabet.Base.i, tone: 3, upper: false)
        case 0xF3: return .init(base: Alphabet.Base.i, tone: 4, upper: false)
        case 0xF2: return .init(base: Alphabet.Base.i, tone: 5, upper: false)
        case 0xEE: return .init(base: Alphabet.Base.y, tone: 5, upper: false)
        default: return nil
        }
    }

    private static func vni(_ bytes: ArraySlice<UInt8>) -> LegacyDecoding {
        var out = LegacyDecoding(capacity: bytes.count)
        let base = bytes.startIndex
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            let offset = i - base
            // Lowercase form of a Latin-1 letter byte (0xC0–0xDE ↔ 0xE0–0xFE).
            let upper = b >= 0xC0 && b <= 0xDE && b != 0xD7
            let lowered = upper ? b | 0x20 : b
            if b == 0xD1 || b == 0xF1 {
                out.emit(b == 0xD1 ? 0x110 : 0x111, at: offset); i += 1; continue
            }
            var vowel: Alphabet.Vowel? = nil
            if b < 0x80, let v = Alphabet.vowel(Unicode.Scalar(b)) {
                vowel = v
            } else if b >= 0xC0, var v = vniSingle(lowered) {
                v.upper = upper
                vowel = v
            }
            guard var v = vowel else {
                let value: UInt32 = b < 0x80 ? UInt32(b) : b < 0xA0 ? UInt32(LegacyTables.cp1252Controls[Int(b) - 0x80]) : UInt32(b)
                if b >= 0x80 { out.unknown += 1 }
                out.emit(value, at: offset)
                i += 1
                continue
            }
            i += 1
            if i < end, v.tone == 0, bytes[i] >= 0xC0 {
                let m = bytes[i]
                let lm = (m >= 0xC0 && m <= 0xDE) ? m | 0x20 : m
                if let mark = vniMark(lm), let shaped = shape(v.base, mark.shape) {
                    v.base = shaped
                    v.tone = mark.tone
                    i += 1
                }
            }
            out.emit(Alphabet.letter(v).value, at: offset)
        }
        return out
    }

    /// The base a shape mark makes of `base` (circumflex on a/e/o, breve on a), or nil.
    private static func shape(_ base: Int, _ shape: Int) -> Int? {
        switch (shape, base) {
        case (0, _): return base
        case (1, Alphabet.Base.a): return Alphabet.Base.â
        case (1, Alphabet.Base.e): return Alphabet.Base.ê
        case (1, Alphabet.Base.o): return Alphabet.Base.ô
        case (2, Alphabet.Base.a): return Alphabet.Base.ă
        default: return nil
        }
    }

    // MARK: VIQR (RFC 1456)

    private static func viqr(_ bytes: ArraySlice<UInt8>) -> LegacyDecoding {
        var out = LegacyDecoding(capacity: bytes.count)
        let base = bytes.startIndex
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            let offset = i - base
            // RFC 1456's escape: a backslash keeps the character after it from
            // composing with the letter before it ("a\." is "a.", "d\d" is "dd"). Only
            // there is it an escape; elsewhere ("**1\.**", a Markdown escape after a
            // digit) nothing would compose, and the backslash is the text's own.
            if b == 0x5C, i + 1 < end, i > bytes.startIndex {
                let next = bytes[i + 1], previous = bytes[i - 1]
                if "^(+'`?~.\\".utf8.contains(next), let last = out.scalars.last, Alphabet.vowel(last) != nil {
                    out.emit(UInt32(next), at: offset)     // "a\." is a letter and a literal dot
                    i += 2
                    continue
                }
                if next | 0x20 == 0x64, previous | 0x20 == 0x64 {
                    i += 1                                 // "d\dd" is d and đ: the d after it reads on
                    continue
                }
            }
            if (b == 0x64 || b == 0x44), i + 1 < end, bytes[i + 1] | 0x20 == 0x64 {
                out.emit(b == 0x44 ? 0x110 : 0x111, at: offset)   // dd, DD, Dd
                i += 2
                continue
            }
            guard b < 0x80, var v = Alphabet.vowel(Unicode.Scalar(b)) else {
                if b >= 0x80 { out.unknown += 1 }
                out.emit(b < 0x80 ? UInt32(b) : 0xFFFD, at: offset)
                i += 1
                continue
            }
            i += 1
            if i < end {
                let next: Int?
                switch bytes[i] {
                case UInt8(ascii: "^"): next = shape(v.base, 1)
                case UInt8(ascii: "("): next = shape(v.base, 2)
                case UInt8(ascii: "+"):
                    next = v.base == Alphabet.Base.o ? Alphabet.Base.ơ : v.base == Alphabet.Base.u ? Alphabet.Base.ư : nil
                default: next = nil
                }
                if let n = next, n != v.base { v.base = n; i += 1 }
            }
            if i < end {
                switch bytes[i] {
                case UInt8(ascii: "'"): v.tone = 1
                case UInt8(ascii: "`"): v.tone = 2
                case UInt8(ascii: "?"): v.tone = 3
                case UInt8(ascii: "~"): v.tone = 4
                case UInt8(ascii: "."): v.tone = 5
                default: break
                }
                if v.tone != 0 { i += 1 }
            }
            out.emit(Alphabet.letter(v).value, at: offset)
        }
        return out
    }
}
