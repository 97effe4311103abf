import Foundation

/// `vanban normalize`: decoded text in, clean UTF-8 out.
///
/// Always NFC; tone marks of *oa/oe/uy* syllables in one style (`ToneStyle`); with
/// `reflow`, the logical lines the parser reads (PDF wraps rejoined, page numbers
/// dropped, white space trimmed, spacing fixed). Without `reflow` every line stays
/// where it was, so the output can be diffed line for line against the input.
///
/// The hot path works on UTF-8 bytes: ASCII outside words is copied, words are
/// decoded, composed (`Composer`), restyled and re-encoded. A line with anything
/// the composer does not know goes through Foundation's NFC instead.
public enum Normalizer {
    /// What to do besides NFC.
    public struct Options: Sendable {
        public var toneStyle: ToneStyle
        public var reflow: Bool
        public init(toneStyle: ToneStyle = .keep, reflow: Bool = false) {
            self.toneStyle = toneStyle
            self.reflow = reflow
        }
    }

    /// The style `style` means for a document: itself, or for `keep` the document's
    /// majority (nil on a tie, when nothing moves).
    public static func resolve(_ style: ToneStyle, in scalars: [Unicode.Scalar]) -> ToneStyle? {
        guard style == .keep else { return style }
        // Line by line (no word crosses a line break, and NFC composes nothing across
        // one): a single decomposed letter no longer copies the whole text. A line without
        // a scalar that may change under NFC is counted where it lies.
        var old = 0, new = 0
        scalars.withUnsafeBufferPointer { p in
            // Most texts are NFC already: then they are counted in one go (a word never
            // crosses a line break, which is no letter).
            if let c = ToneMarks.count(p, stoppingAtComposing: true) {
                (old, new) = c
                return
            }
            var start = 0
            let n = p.count
            while start < n {
                var end = start
                var changes = false
                while end < n {
                    let v = p[end].value
                    if v == 0x0A || v == 0x0D { break }
                    if v >= 0x300, Composer.mayChange(v) { changes = true }
                    end += 1
                }
                let c = changes ? ToneMarks.count(composed(Array(p[start..<end]))[...])
                    : ToneMarks.count(UnsafeBufferPointer(rebasing: p[start..<end]))
                old += c.old
                new += c.new
                start = end + 1
            }
        }
        return ToneMarks.majority(old: old, new: new)
    }

    /// `resolve(_:in:)` of the text of `source`, read one line at a time (the source holds
    /// UTF-8, not scalars: issue 17). Counting by line changes nothing: no word crosses a
    /// line break, and NFC composes nothing across one.
    public static func resolve(_ style: ToneStyle, in source: SourceText) -> ToneStyle? {
        guard style == .keep else { return style }
        var old = 0, new = 0
        for index in 0..<source.lineCount {
            let c = source.withLine(index) { p in lineCounts(p) }
            old += c.old
            new += c.new
        }
        return ToneMarks.majority(old: old, new: new)
    }

    /// The old- and new-style syllables of one decoded line, in NFC (what `resolve` counts).
    @inline(__always)
    static func lineCounts(_ p: UnsafeBufferPointer<Unicode.Scalar>) -> (old: Int, new: Int) {
        ToneMarks.count(p, stoppingAtComposing: true) ?? ToneMarks.count(composed(Array(p))[...])
    }

    /// `scalars` in NFC.
    static func composed(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains(where: { Composer.mayChange($0.value) }) else { return scalars }
        var out: [Unicode.Scalar] = []
        var lengths: [Int32] = []
        out.reserveCapacity(scalars.count)
        lengths.reserveCapacity(scalars.count)
        if Composer.compose(scalars[...], into: &out, lengths: &lengths) { return out }
        return Array(String(scalars: scalars).precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// Normalises decoded input to UTF-8 bytes.
    public static func normalize(_ decoded: DecodedText, name: String = "-", options: Options = Options()) -> [UInt8] {
        if options.reflow { return reflow(decoded, name: name, options: options) }
        return decoded.withUTF8 { normalizeUTF8($0, toneStyle: options.toneStyle) }
    }

    /// NFC and tone style on UTF-8 bytes, line structure untouched.
    public static func normalizeUTF8(_ input: UnsafeBufferPointer<UInt8>, toneStyle: ToneStyle) -> [UInt8] {
        normalizeUTF8(input, toneStyle: toneStyle, copyingPlainLines: true)
    }

    /// `normalizeUTF8`; `copyingPlainLines` false sends every line through the word path
    /// (the tests compare the two).
    static func normalizeUTF8(_ input: UnsafeBufferPointer<UInt8>, toneStyle: ToneStyle, copyingPlainLines: Bool) -> [UInt8] {
        // For `keep` the first pass only composes and notes where the oa/oe/uy words
        // are; the minority ones are rewritten afterwards, so the text is read once.
        let keep = toneStyle == .keep
        let target: ToneStyle? = keep ? nil : toneStyle
        var found = Found()
        // NFC of Vietnamese never grows UTF-8 and moving a tone mark adds at most one
        // byte to a word (õe → oẽ); past the slack the text is redone without a bound.
        let capacity = input.count + input.count / 8 + 64
        let word = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: maxWord)
        defer { word.deallocate() }
        var written = 0
        var overflow = false
        var result = [UInt8](unsafeUninitializedCapacity: capacity) { out, count in
            var lineStart = 0
            let n = input.count
            while lineStart < n {
                // The next line feed by `memchr` (a byte loop here was 12% of `vanban normalize`).
                var lineEnd = n
                if let feed = memchr(input.baseAddress! + lineStart, 0x0A, n - lineStart) {
                    lineEnd = feed.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: input.baseAddress!)
                }
                if lineEnd < n { lineEnd += 1 }  // include the line feed
                let mark = written
                // Worst case on the fast path: one byte more per word of three or more.
                let length = lineEnd - lineStart
                guard written + length + length / 3 + 4 <= capacity else { overflow = true; break }
                if copyingPlainLines, isPlain(input, lineStart..<lineEnd) {
                    // Nothing to compose and no oa/oe/uy word with a tone: the line as it is.
                    (out.baseAddress! + written).initialize(from: input.baseAddress! + lineStart, count: length)
                    written += length
                    lineStart = lineEnd
                    continue
                }
                let before = found.words.count
                if !fastLine(input, lineStart..<lineEnd, target: target, out: out, written: &written, word: word,
                             found: &found, collect: keep) {
                    written = mark
                    found.words.removeSubrange(before...)
                    var slow: [UInt8] = []
                    slowLine(input, lineStart..<lineEnd, target: target, into: &slow)
                    guard written + slow.count <= capacity else { overflow = true; break }
                    if keep {
                        slow.withUnsafeBufferPointer { note(words: $0, at: written, into: &found, word: word) }
                    }
                    for b in slow { out[written] = b; written += 1 }
                }
                lineStart = lineEnd
            }
            count = overflow ? 0 : written
        }
        if overflow {
            // Composition grew the text past the slack: do it line by line, unbounded.
            var finalTarget = target
            if keep {
                let c = countStyles(input)
                finalTarget = ToneMarks.majority(old: c.old, new: c.new)
            }
            result = []
            var lineStart = 0
            while lineStart < input.count {
                var lineEnd = lineStart
                while lineEnd < input.count && input[lineEnd] != 0x0A { lineEnd += 1 }
                if lineEnd < input.count { lineEnd += 1 }
                slowLine(input, lineStart..<lineEnd, target: finalTarget, into: &result)
                lineStart = lineEnd
            }
            return result
        }
        guard keep, let majority = ToneMarks.majority(old: found.old, new: found.new) else { return result }
        // Rewrite the minority words.
        var final: [UInt8] = []
        final.reserveCapacity(result.count + result.count / 16)
        var at = 0
        result.withUnsafeBufferPointer { p in
            for w in found.words where w.style != majority {
                final.append(contentsOf: UnsafeBufferPointer(rebasing: p[at..<w.offset]))
                var scalars = Array(String(decoding: UnsafeBufferPointer(rebasing: p[w.offset..<(w.offset + w.length)]), as: UTF8.self).unicodeScalars)
                ToneMarks.restyle(&scalars, range: 0..<scalars.count, to: majority)
                for s in scalars { append(s.value, to: &final) }
                at = w.offset + w.length
            }
            final.append(contentsOf: UnsafeBufferPointer(rebasing: p[at...]))
        }
        return final
    }

    /// Where the styled oa/oe/uy words of the output are (for `keep`).
    struct Found {
        var words: [(offset: Int, length: Int, style: ToneStyle)] = []
        var old = 0
        var new = 0
        mutating func add(offset: Int, length: Int, style: ToneStyle) {
            words.append((offset, length, style))
            if style == .old { old += 1 } else { new += 1 }
        }
    }

    /// Notes the styled words of already-normalised UTF-8 `p`, which sits at `base` in the output.
    static func note(words p: UnsafeBufferPointer<UInt8>, at base: Int, into found: inout Found,
                     word: UnsafeMutablePointer<Unicode.Scalar>) {
        let table = Alphabet.infoTable
        var i = 0
        while i < p.count {
            let b = p[i]
            if b < 0x80 && !isASCIILetter(b) { i += 1; continue }
            let start = i
            let (counted, ascii, _) = readWord(p, &i, end: p.count, into: word, table: table)
            if i == start { _ = scalar(p, &i); continue }
            guard !ascii, let count = counted, count >= 2, count <= 5,
                  let style = ToneMarks.style(of: UnsafeBufferPointer(start: word, count: count)) else { continue }
            found.add(offset: base + start, length: i - start, style: style)
        }
    }

    /// True when UTF-8 line `range` of `p` has no scalar that may change under NFC and no
    /// vowel with a tone mark next to its *oa/oe/uy* partner: normalising leaves it as it
    /// is, whatever the tone style, and no word of it has a style to note. Most lines of
    /// a document; the word-by-word path costs about four times this scan (issue 17).
    static func isPlain(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let table = Alphabet.infoTable
        let base = p.baseAddress!
        var i = range.lowerBound
        let end = range.upperBound
        var previous: UInt32 = 0
        while i < end {
            if i + 8 <= end, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                previous = UInt32(p[i + 7])
                i += 8
                continue
            }
            if p[i] < 0x80 {
                previous = UInt32(p[i])
                i += 1
                continue
            }
            let v = scalar(p, &i)
            if Composer.mayChange(v) { return false }
            guard v >= 0xC0, v < 0x1F00, case let packed = table[Int(v)], packed & 0xF0 != 0 else {
                previous = v
                continue
            }
            // A toned vowel: its partner is the scalar before (a, e, y) or after (o, u), and
            // the pair ends the word (`style(of:)` reads the word's last two letters).
            switch Int(packed & 0xF) - 1 {
            case Alphabet.Base.o, Alphabet.Base.u:
                if i < end {
                    var j = i
                    let next = Unicode.Scalar(scalar(p, &j)) ?? " "
                    if let vowel = Alphabet.vowel(next, table),
                       vowel.base == Alphabet.Base.a || vowel.base == Alphabet.Base.e || vowel.base == Alphabet.Base.y,
                       !letterFollows(p, j, end) {
                        return false
                    }
                }
            case Alphabet.Base.a, Alphabet.Base.e, Alphabet.Base.y:
                if let vowel = Alphabet.vowel(Unicode.Scalar(previous) ?? " ", table),
                   vowel.base == Alphabet.Base.o || vowel.base == Alphabet.Base.u, !letterFollows(p, i, end) {
                    return false
                }
            default:
                break
            }
            previous = v
        }
        return true
    }

    /// True when the scalar at byte `i` (before `end`) is a letter or a combining mark
    /// (which the word path reads as part of a word).
    @inline(__always)
    static func letterFollows(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i < end else { return false }
        var j = i
        let v = scalar(p, &j)
        return isWordScalar(v, Alphabet.infoTable)
    }

    /// Longest word the fast path handles; longer ones go through the slow path.
    static let maxWord = 64

    /// Decodes the scalar at `i`; input is valid UTF-8 (it came from a String).
    @inline(__always)
    static func scalar(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32 {
        let b = UInt32(p[i])
        if b < 0x80 { i += 1; return b }
        if b < 0xE0 { defer { i += 2 }; return (b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F) }
        if b < 0xF0 {
            defer { i += 3 }
            return (b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
        }
        defer { i += 4 }
        return (b & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
    }

    @inline(__always)
    static func append(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        } else {
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    @inline(__always)
    static func write(_ v: UInt32, _ out: UnsafeMutableBufferPointer<UInt8>, _ w: inout Int) {
        if v < 0x80 {
            out[w] = UInt8(v); w += 1
        } else if v < 0x800 {
            out[w] = UInt8(0xC0 | v >> 6); out[w + 1] = UInt8(0x80 | v & 0x3F); w += 2
        } else if v < 0x10000 {
            out[w] = UInt8(0xE0 | v >> 12); out[w + 1] = UInt8(0x80 | v >> 6 & 0x3F); out[w + 2] = UInt8(0x80 | v & 0x3F); w += 3
        } else {
            out[w] = UInt8(0xF0 | v >> 18); out[w + 1] = UInt8(0x80 | v >> 12 & 0x3F)
            out[w + 2] = UInt8(0x80 | v >> 6 & 0x3F); out[w + 3] = UInt8(0x80 | v & 0x3F); w += 4
        }
    }

    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    @inline(__always)
    static func isWordScalar(_ v: UInt32, _ table: UnsafePointer<UInt16>) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v >= 0x300 && v <= 0x36F { return true }
        if v < 0x1F00 && table[Int(v)] != 0 { return true }
        if v == 0x110 || v == 0x111 { return true }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    /// Reads the word starting at `i` into `word`; returns its scalar count (nil when
    /// longer than `maxWord`), whether it has non-ASCII and whether it needs composing.
    @inline(__always)
    static func readWord(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, end: Int, into word: UnsafeMutablePointer<Unicode.Scalar>,
                         table: UnsafePointer<UInt16>) -> (count: Int?, ascii: Bool, compose: Bool) {
        var count = 0
        var ascii = true
        var compose = false
        while i < end {
            let b = p[i]
            if b < 0x80 {
                guard isASCIILetter(b) else { break }
                if count < maxWord { word[count] = Unicode.Scalar(b) }
                count += 1
                i += 1
                continue
            }
            var next = i
            let w = scalar(p, &next)
            guard isWordScalar(w, table) else { break }
            ascii = false
            if Composer.mayChange(w) { compose = true }
            if count < maxWord { word[count] = Unicode.Scalar(w)! }
            count += 1
            i = next
        }
        return (count <= maxWord ? count : nil, ascii, compose)
    }

    /// Folds the combining marks of `word` into the letters before them, in place;
    /// the new count, or nil when a mark needs full NFC.
    @inline(__always)
    static func foldMarks(_ word: UnsafeMutablePointer<Unicode.Scalar>, _ count: Int) -> Int? {
        var n = 0
        for k in 0..<count {
            let s = word[k]
            if Composer.mayChange(s.value) {
                guard n > 0, s.value <= 0x36F, let folded = Composer.fold(word[n - 1], s.value) else { return nil }
                word[n - 1] = folded
            } else {
                word[n] = s
                n += 1
            }
        }
        return n
    }

    /// One line on the fast path; false when the line needs full NFC.
    static func fastLine(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, target: ToneStyle?,
                         out: UnsafeMutableBufferPointer<UInt8>, written w: inout Int,
                         word: UnsafeMutablePointer<Unicode.Scalar>, found: inout Found, collect: Bool) -> Bool {
        let table = Alphabet.infoTable
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = p[i]
            if b < 0x80 && !isASCIILetter(b) {
                out[w] = b; w += 1; i += 1; continue
            }
            let start = i
            if b >= 0x80 {
                var j = i
                let v = scalar(p, &j)
                if !isWordScalar(v, table) {
                    if Composer.mayChange(v) { return false }
                    while i < j { out[w] = p[i]; w += 1; i += 1 }
                    continue
                }
            }
            let (counted, ascii, compose) = readWord(p, &i, end: end, into: word, table: table)
            guard var count = counted else {
                if compose { return false }
                for k in start..<i { out[w] = p[k]; w += 1 }
                continue
            }
            if ascii || (!compose && ((target == nil && !collect) || count < 2 || count > 5)) {
                for k in start..<i { out[w] = p[k]; w += 1 }
                continue
            }
            if compose {
                guard let n = foldMarks(word, count) else { return false }
                count = n
            }
            if let target, count >= 2, count <= 5,
               ToneMarks.restyle(UnsafeMutableBufferPointer(start: word, count: count), to: target) {
                for k in 0..<count { write(word[k].value, out, &w) }
                continue
            }
            let wordStart = w
            defer {
                if collect, count >= 2, count <= 5,
                   let style = ToneMarks.style(of: UnsafeBufferPointer(start: word, count: count)) {
                    found.add(offset: wordStart, length: w - wordStart, style: style)
                }
            }
            if compose {
                for k in 0..<count { write(word[k].value, out, &w) }
            } else {
                for k in start..<i { out[w] = p[k]; w += 1 }
            }
        }
        return true
    }

    /// One line through Foundation's NFC, then tone style.
    static func slowLine(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, target: ToneStyle?, into out: inout [UInt8]) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[range]), as: UTF8.self)
        var scalars = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
        if let target { ToneMarks.apply(target, to: &scalars) }
        for s in scalars { append(s.value, to: &out) }
    }

    /// Old- and new-style syllables in UTF-8 `p` (NFD words composed first).
    static func countStyles(_ p: UnsafeBufferPointer<UInt8>) -> (old: Int, new: Int) {
        let table = Alphabet.infoTable
        var old = 0, new = 0
        let word = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: maxWord)
        defer { word.deallocate() }
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 && !isASCIILetter(b) { i += 1; continue }
            let start = i
            let (counted, ascii, compose) = readWord(p, &i, end: n, into: word, table: table)
            if i == start { _ = scalar(p, &i); continue }
            guard !ascii, var count = counted else { continue }
            if compose {
                guard let n = foldMarks(word, count) else { continue }
                count = n
            }
            guard count >= 2, count <= 5 else { continue }
            switch ToneMarks.style(of: UnsafeBufferPointer(start: word, count: count)) {
            case .old?: old += 1
            case .new?: new += 1
            default: break
            }
        }
        return (old, new)
    }

    /// The logical lines, one per output line; a blank line kept where the input
    /// had one between paragraphs (not between the wrapped lines of a PDF dump).
    ///
    /// Whether two lines join depends on the text's typical line width, which reflowing
    /// changes: a paragraph rejoined from short pieces is one long line, and read again it
    /// would take in the line after it. So the output is read again, and where that
    /// reading would join two of its lines, a blank line is put between them: the break
    /// the first reading found stays, and reflowing the output changes nothing.
    static func reflow(_ decoded: DecodedText, name: String, options: Options) -> [UInt8] {
        let source = SourceText(name: name, decoded: decoded)
        let style = resolve(options.toneStyle, in: source)
        let out = reflowOnce(source, style: style)
        let again = LayoutRecovery.recover(SourceText(name: name, text: String(decoding: out, as: UTF8.self)), toneStyle: style)
        var breaks = Set<Int>()          // 0-based output lines a blank line must precede
        for line in again.lines where line.pieces.count > 1 {
            for piece in line.pieces.dropFirst() { breaks.insert(piece.line.index) }
        }
        guard !breaks.isEmpty else { return out }
        var result: [UInt8] = []
        result.reserveCapacity(out.count + breaks.count)
        var lineIndex = 0
        for (k, byte) in out.enumerated() {
            if k == 0 || out[k - 1] == 0x0A {
                if breaks.contains(lineIndex) { result.append(0x0A) }
            }
            result.append(byte)
            if byte == 0x0A { lineIndex += 1 }
        }
        return result
    }

    /// One reading: the logical lines of `source`, one per output line.
    static func reflowOnce(_ source: SourceText, style: ToneStyle?) -> [UInt8] {
        let layout = LayoutRecovery.recover(source, toneStyle: style)
        var out: [UInt8] = []
        var previousLastLine = -1
        for line in layout.lines {
            let first = line.pieces[0].line.index
            if previousLastLine >= 0, !layout.isWrappedDump, !line.isTableLine,
               (previousLastLine + 1..<first).contains(where: { source.lines[$0].isEmpty || isBlank(source, $0) }) {
                out.append(0x0A)
            }
            let fixed = Spacing.fixed(line.scalars)
            for s in fixed { append(s.value, to: &out) }
            out.append(0x0A)
            previousLastLine = line.pieces[line.pieces.count - 1].line.index
        }
        return out
    }

    /// Blank, or a line layout recovery reads as a blank (web-copy table chrome `|`, a page
    /// banner `Page 3`): the output keeps a blank line there, so reflowing again changes nothing.
    static func isBlank(_ source: SourceText, _ index: Int) -> Bool {
        if source.withLine(index, { $0.allSatisfy { Alphabet.isWhitespace($0) || $0 == "*" } }) { return true }
        let clean = CleanLine(source: source, index: index).scalars
        return LineShape.isTableChrome(clean) || LineShape.isPageBanner(clean)
    }
}
