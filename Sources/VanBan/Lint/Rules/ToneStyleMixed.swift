/// `tone-style-mixed`: both tone-mark styles in one document (*Đảng uỷ* and *Đảng ủy*).
/// Reported once, at the first word in the minority style; the fix moves the mark of
/// every such word to the majority style (KNOWLEDGE.md "Tone-mark styles").
public enum ToneStyleMixed: Rule {
    public static let id = "tone-style-mixed"
    public static let nameVi = "lẫn kiểu bỏ dấu"
    public static let severity = Severity.info
    public static let summary = LocalizedText(
        vi: "Văn bản dùng lẫn hai kiểu bỏ dấu thanh (Đảng uỷ và Đảng ủy)",
        en: "Both tone-mark styles in one document (Đảng uỷ and Đảng ủy)")
    public static let details = LocalizedText(
        vi: "Đếm các âm tiết tận cùng oa, oe, uy theo kiểu cũ (hòa, thủy) và kiểu mới (hoà, thuỷ). Sửa: đưa về kiểu chiếm đa số.",
        en: "Counts syllables ending in oa, oe, uy in the old style (hòa, thủy) and the new (hoà, thuỷ). Fix: the majority style.")
    public static let messages: [String: LocalizedText] = [
        "mixed": LocalizedText(vi: "Dùng lẫn hai kiểu bỏ dấu: {0} từ kiểu cũ (hòa, ủy), {1} từ kiểu mới (hoà, uỷ); nên thống nhất theo kiểu {2}",
                               en: "Both tone-mark styles: {0} words old style (hòa, ủy), {1} new style (hoà, uỷ); use the {3} style throughout"),
    ]
    public static let fixable = true

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let source = document.source
        let (old, new) = styledWords(source)
        guard !old.isEmpty, !new.isEmpty, old.count != new.count else { return }
        let target: ToneStyle = old.count > new.count ? .old : .new
        let minority = target == .old ? new : old
        var edits: [TextEdit] = []
        // The minority's words are in line order: each of their lines is decoded once.
        var lineIndex = -1
        var line: ArraySlice<Unicode.Scalar> = []
        for (index, r) in minority {
            if index != lineIndex { line = source.line(index); lineIndex = index }
            var word = Array(line[r])
            guard ToneMarks.restyle(&word, range: 0..<word.count, to: target) else { continue }
            let start = r.lowerBound
            let span = SourceSpan(start: SourceLocation(line: index + 1, column: source.column(line: index, offset: start)),
                                  end: SourceLocation(line: index + 1, column: source.column(line: index, offset: start + r.count)))
            edits.append(TextEdit(span: span, replacement: String(scalars: word)))
        }
        guard let first = edits.first else { return }
        let name = target == .old ? ("cũ", "old") : ("mới", "new")
        report.add("mixed", ["\(old.count)", "\(new.count)", name.0, name.1], at: first.span, fix: Fix(edits))
    }

    /// The words of `source` in the old and in the new style, as (0-based line, scalar range in
    /// the line), in text order: the runs of two to five letters that `style(of:)` gives a
    /// style. Found as `ToneMarks.forEachTonedWord` finds them (a toned vowel next to its
    /// *oa/oe/uy* partner, at the end of a run of at most five letters), read from the UTF-8:
    /// a scalar is decoded only at a lead byte of U+00C0 or above, and the line is not decoded
    /// into scalars (decoding every line, then walking every letter, was the rule's cost:
    /// issue 17).
    static func styledWords(_ source: SourceText) -> (old: [(Int, Range<Int>)], new: [(Int, Range<Int>)]) {
        var old: [(Int, Range<Int>)] = []
        var new: [(Int, Range<Int>)] = []
        source.utf8.withUnsafeBufferPointer { text in
            for index in 0..<source.lineCount {
                let r = source.byteRange(ofLine: index)
                guard !r.isEmpty else { continue }
                forEachTonedWord(UTF8Line(base: text.baseAddress! + r.lowerBound, count: r.count)) { word, scalars in
                    switch ToneMarks.style(of: word) {
                    case .old?: old.append((index, scalars))
                    case .new?: new.append((index, scalars))
                    default: break
                    }
                }
            }
        }
        return (old, new)
    }

    /// One line's valid UTF-8, read a scalar at a time at byte positions.
    struct UTF8Line {
        let base: UnsafePointer<UInt8>
        let count: Int

        /// The scalar starting at byte `i` and its length in bytes.
        @inline(__always)
        func scalar(at i: Int) -> (Unicode.Scalar, Int) {
            let b = UInt32(base[i])
            if b < 0x80 { return (Unicode.Scalar(b)!, 1) }
            if b < 0xE0 { return (Unicode.Scalar((b & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F))!, 2) }
            if b < 0xF0 {
                return (Unicode.Scalar((b & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F))!, 3)
            }
            return (Unicode.Scalar((b & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12 | UInt32(base[i + 2] & 0x3F) << 6
                                   | UInt32(base[i + 3] & 0x3F))!, 4)
        }

        /// The byte where the scalar before byte `i` starts (`i` > 0).
        @inline(__always)
        func previous(_ i: Int) -> Int {
            var j = i - 1
            while j > 0, base[j] & 0xC0 == 0x80 { j -= 1 }
            return j
        }
    }

    /// `ToneMarks.forEachTonedWord` on the UTF-8 of a line: calls `body` with each word found
    /// (its scalars, at most five) and its scalar range in the line.
    ///
    /// Scalar offsets are counted only for a word found (few), from the last one found: keeping
    /// the offset of every byte up to date, eight bytes at a time, was a third of the walk
    /// (issue 17; `LintSession10EquivalenceTests` compares with the walk that kept it).
    static func forEachTonedWord(_ line: UTF8Line, _ body: (UnsafeBufferPointer<Unicode.Scalar>, Range<Int>) -> Void) {
        let table = Alphabet.infoTable
        let n = line.count, base = line.base
        var i = 0        // byte position
        // The scalar offset of byte `countedByte` (a scalar's start), for the next word found.
        var countedByte = 0, countedScalar = 0
        var word: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) = (" ", " ", " ", " ", " ")
        while i < n {
            // Below U+00C0 (ASCII, continuation bytes, lead bytes C0–C2) no scalar is a toned
            // vowel: eight bytes are read at once and passed over up to the first lead byte of
            // U+00C0 or above (`0b11xxxxxx`).
            if i + 8 <= n {
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let lead = x & (x << 1) & 0x8080_8080_8080_8080   // bytes 0b11xxxxxx
                if lead == 0 { i += 8; continue }
                i += lead.trailingZeroBitCount >> 3
            }
            let b = base[i]
            if b < 0xC3 { i += 1; continue }
            let (s, length) = line.scalar(at: i)
            let v = s.value
            guard v < 0x1F00, case let packed = table[Int(v)], packed & 0xF0 != 0 else { i += length; continue }
            // `ToneMarks.pair`: the partner after an o/u, before an a/e/y.
            let vowelBase = Int(packed & 0xF) - 1
            var endByte = 0
            switch vowelBase {
            case Alphabet.Base.o, Alphabet.Base.u:
                guard i + length < n else { i += length; continue }
                let nextByte = base[i + length]
                if nextByte < 0x80 {
                    // (An ASCII partner is `a`, `e` or `y` in either case: no decoding.)
                    let l = nextByte | 0x20
                    guard vowelBase == Alphabet.Base.o ? (l == 0x61 || l == 0x65) : l == 0x79 else { i += length; continue }
                    endByte = i + length + 1
                } else {
                    guard case let (next, nextLength) = line.scalar(at: i + length),
                          let partner = Alphabet.vowel(next, table),
                          vowelBase == Alphabet.Base.o ? (partner.base == Alphabet.Base.a || partner.base == Alphabet.Base.e)
                                                       : partner.base == Alphabet.Base.y
                    else { i += length; continue }
                    endByte = i + length + nextLength
                }
            case Alphabet.Base.a, Alphabet.Base.e, Alphabet.Base.y:
                guard i > 0 else { i += length; continue }
                let want = vowelBase == Alphabet.Base.y ? Alphabet.Base.u : Alphabet.Base.o
                let previousByte = base[i - 1]
                if previousByte < 0x80 {
                    // (An ASCII partner is `o` or `u` in either case.)
                    guard previousByte | 0x20 == (want == Alphabet.Base.u ? 0x75 : 0x6F) else { i += length; continue }
                } else {
                    guard let partner = Alphabet.vowel(line.scalar(at: line.previous(i)).0, table), partner.base == want
                    else { i += length; continue }
                }
                endByte = i + length
            default:
                i += length
                continue
            }
            // The word ends at the pair: nothing more if a letter follows.
            guard endByte == n || !Alphabet.isLetter(line.scalar(at: endByte).0) else {
                i = endByte
                continue
            }
            // Its start: back over letters, at most five scalars in all (the pair is two).
            var loByte = line.previous(line.previous(endByte))
            var letters = 2
            while loByte > 0, letters <= 5 {
                let before = line.previous(loByte)
                guard Alphabet.isLetter(line.scalar(at: before).0) else { break }
                loByte = before
                letters += 1
            }
            if letters <= 5 && (loByte == 0 || !Alphabet.isLetter(line.scalar(at: line.previous(loByte)).0)) {
                // The word's scalar offset: the scalars between the last counted byte and it.
                countedScalar += scalarCount(base + countedByte, loByte - countedByte)
                countedByte = loByte
                let loScalar = countedScalar
                withUnsafeMutablePointer(to: &word) { tuple in
                    tuple.withMemoryRebound(to: Unicode.Scalar.self, capacity: 5) { p in
                        var j = loByte, w = 0
                        while j < endByte {
                            let (c, l) = line.scalar(at: j)
                            p[w] = c
                            w += 1
                            j += l
                        }
                        body(UnsafeBufferPointer(start: p, count: w), loScalar..<(loScalar + letters))
                    }
                }
            }
            i = endByte
        }
    }

    /// The number of scalars that start in the `count` bytes at `p` of valid UTF-8 (the bytes
    /// that are not continuation bytes, `0b10xxxxxx`).
    @inline(__always)
    static func scalarCount(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var k = 0, total = 0
        while k + 8 <= count {
            let x = UInt64(littleEndian: UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self))
            total += 8 - markedBytes(x & ~(x << 1) & 0x8080_8080_8080_8080)
            k += 8
        }
        while k < count {
            if p[k] & 0xC0 != 0x80 { total += 1 }
            k += 1
        }
        return total
    }

    /// How many bytes of `mask` are 0x80 (the others being 0): a multiply adds them into the
    /// top byte (`nonzeroBitCount` is a long bit count without the POPCNT instruction).
    @inline(__always)
    static func markedBytes(_ mask: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mask >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// False when a word ending in `a`, `b` cannot be in either tone style
    /// (`ToneMarks.style`): that needs an *o* or *u* then an *a*, *e* or *y* (any case), one
    /// of them carrying a tone mark, so not both ASCII; an ASCII letter must be one of those.
    @inline(__always)
    static func mayHaveStyle(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let x = a.value, y = b.value
        if x < 0x80 && y < 0x80 { return false }
        if x < 0x80 { let l = x | 0x20; if l != 0x6F && l != 0x75 { return false } }
        if y < 0x80 { let l = y | 0x20; if l != 0x61 && l != 0x65 && l != 0x79 { return false } }
        return true
    }
}
