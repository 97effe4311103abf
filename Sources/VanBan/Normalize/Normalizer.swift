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
        let c = ToneMarks.count(composed(scalars)[...])
        return ToneMarks.majority(old: c.old, new: c.new)
    }

    /// `scalars` in NFC.
    static func composed(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains(where: { Composer.mayChange($0.value) }) else { return scalars }
        var out: [Unicode.Scalar] = []
        var lengths: [Int32] = []
        out.reserveCapacity(scalars.count)
        lengths.reserveCapacity(scalars.count)
        if Composer.compose(scalars[...], into: &out, lengths: &lengths) { return out }
        return Array(String(String.UnicodeScalarView(scalars)).precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// Normalises decoded input to UTF-8 bytes.
    public static func normalize(_ decoded: DecodedText, name: String = "-", options: Options = Options()) -> [UInt8] {
        if options.reflow { return reflow(decoded, name: name, options: options) }
        var text = decoded.text
        return text.withUTF8 { normalizeUTF8($0, toneStyle: options.toneStyle) }
    }

    /// NFC and tone style on UTF-8 bytes, line structure untouched.
    public static func normalizeUTF8(_ input: UnsafeBufferPointer<UInt8>, toneStyle: ToneStyle) -> [UInt8] {
        var target: ToneStyle? = toneStyle
        if toneStyle == .keep {
            let c = countStyles(input)
            target = ToneMarks.majority(old: c.old, new: c.new)
        }
        var out: [UInt8] = []
        out.reserveCapacity(input.count + input.count / 16)
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(64)
        var lengths: [Int32] = []
        var composed: [Unicode.Scalar] = []
        var lineStart = 0
        let n = input.count
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n && input[lineEnd] != 0x0A { lineEnd += 1 }
            if lineEnd < n { lineEnd += 1 }  // include the line feed
            let mark = out.count
            if !fastLine(input, lineStart..<lineEnd, target: target, into: &out,
                         word: &word, composed: &composed, lengths: &lengths) {
                out.removeSubrange(mark...)
                slowLine(input, lineStart..<lineEnd, target: target, into: &out)
            }
            lineStart = lineEnd
        }
        return out
    }

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
    static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v >= 0x300 && v <= 0x36F { return true }
        return Alphabet.isLetter(Unicode.Scalar(v) ?? " ")
    }

    /// One line on the fast path; false when the line needs full NFC.
    static func fastLine(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, target: ToneStyle?,
                         into out: inout [UInt8], word: inout [Unicode.Scalar],
                         composed: inout [Unicode.Scalar], lengths: inout [Int32]) -> Bool {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = p[i]
            if b < 0x80 && !((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) {
                out.append(b); i += 1; continue
            }
            var j = i
            let v = scalar(p, &j)
            guard isWordScalar(v) else {
                if Composer.mayChange(v) { return false }
                for k in i..<j { out.append(p[k]) }
                i = j
                continue
            }
            // A word: letters and combining marks.
            word.removeAll(keepingCapacity: true)
            var needsCompose = false
            var ascii = true
            var k = i
            while k < end {
                var next = k
                let w = scalar(p, &next)
                guard isWordScalar(w) else { break }
                if w >= 0x80 { ascii = false }
                if Composer.mayChange(w) { needsCompose = true }
                word.append(Unicode.Scalar(w)!)
                k = next
            }
            if ascii || (!needsCompose && (target == nil || word.count < 2 || word.count > 5)) {
                for x in i..<k { out.append(p[x]) }
                i = k
                continue
            }
            if needsCompose {
                composed.removeAll(keepingCapacity: true)
                lengths.removeAll(keepingCapacity: true)
                guard Composer.compose(word[...], into: &composed, lengths: &lengths) else { return false }
                swap(&word, &composed)
            }
            if let target, word.count >= 2, word.count <= 5 {
                ToneMarks.restyle(&word, range: 0..<word.count, to: target)
            }
            for s in word { append(s.value, to: &out) }
            i = k
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
        var old = 0, new = 0
        var word: [Unicode.Scalar] = []
        var composed: [Unicode.Scalar] = []
        var lengths: [Int32] = []
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 && !((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) { i += 1; continue }
            word.removeAll(keepingCapacity: true)
            var ascii = true
            var needsCompose = false
            while i < n {
                var next = i
                let w = scalar(p, &next)
                guard isWordScalar(w) else { break }
                if w >= 0x80 { ascii = false }
                if Composer.mayChange(w) { needsCompose = true }
                word.append(Unicode.Scalar(w)!)
                i = next
            }
            if word.isEmpty { _ = scalar(p, &i); continue }
            if ascii { continue }
            if needsCompose {
                composed.removeAll(keepingCapacity: true)
                lengths.removeAll(keepingCapacity: true)
                guard Composer.compose(word[...], into: &composed, lengths: &lengths) else { continue }
                swap(&word, &composed)
            }
            guard word.count >= 2, word.count <= 5 else { continue }
            switch ToneMarks.style(of: word) {
            case .old?: old += 1
            case .new?: new += 1
            default: break
            }
        }
        return (old, new)
    }

    /// The logical lines, one per output line; a blank line kept where the input
    /// had one between paragraphs (not between the wrapped lines of a PDF dump).
    static func reflow(_ decoded: DecodedText, name: String, options: Options) -> [UInt8] {
        let source = SourceText(name: name, decoded: decoded)
        let style = resolve(options.toneStyle, in: source.scalars)
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

    static func isBlank(_ source: SourceText, _ index: Int) -> Bool {
        source.line(index).allSatisfy { $0.properties.isWhitespace || $0 == "*" }
    }
}
