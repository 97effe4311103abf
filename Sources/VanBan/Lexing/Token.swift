import Foundation

/// A token of a logical line: its kind and its scalar range in the line.
///
/// 12 bytes a token (a token every five bytes of input or so, so the tokens were the largest
/// share of the memory of one large document: issue 17): the range's two offsets as 30-bit
/// integers that also carry the kind and `spaceBefore` in their top bits, and the ID of the
/// lower-cased text in the process's `WordInterner` (`word`). `range`, `kind`, `spaceBefore`
/// and `lower` are computed from them; a logical line is tokenised up to offset
/// `Token.maxOffset` (a line of a billion scalars).
public struct Token: Sendable, Equatable {
    /// What a token is.
    public enum Kind: UInt8, Sendable, Equatable {
        /// Letters, possibly with digits (`Đảng`, `NQ`, `2O26`).
        case word
        /// ASCII digits only (`2026`, `05`).
        case number
        /// One punctuation or symbol scalar (`(`, `/`, `%`, `≥`).
        case punct
    }

    /// The range's start (bits 0–29) and `spaceBefore` (bit 31).
    @usableFromInline var startBits: UInt32
    /// The range's end (bits 0–29) and the kind's raw value (bits 30–31).
    @usableFromInline var endBits: UInt32
    /// The lower-cased text's ID in `WordInterner.shared`: equal IDs, equal `lower`. The
    /// value stands for equality only (it depends on which document met the word first).
    public var word: UInt32

    /// Lower-cased text, for case-insensitive matching of words (the interner's string of
    /// `word`: read without a lock, built once per process).
    public var lower: String {
        @inline(__always) get { WordInterner.shared.string(word) }
        set { word = WordInterner.shared.intern(newValue) }
    }

    /// The interner ID of `lower` in the old tone style (`foldLower(lower)`), computed once
    /// per process per word; `word` itself when `lower` is already in that style.
    @inline(__always)
    public var folded: UInt32 { WordInterner.shared.folded(word) }

    /// The UTF-8 bytes of `lower` (valid for the life of the process).
    @inline(__always)
    public var lowerUTF8: UnsafeBufferPointer<UInt8> { WordInterner.shared.utf8(word) }

    /// The largest offset a token's range can hold.
    public static let maxOffset = (1 << 30) - 1
    @usableFromInline static let offsetMask: UInt32 = (1 << 30) - 1

    /// Scalar range in the logical line.
    @inlinable
    public var range: Range<Int> {
        get { Range(uncheckedBounds: (Int(startBits & Token.offsetMask), Int(endBits & Token.offsetMask))) }
        set {
            startBits = startBits & ~Token.offsetMask | Token.offset(newValue.lowerBound)
            endBits = endBits & ~Token.offsetMask | Token.offset(newValue.upperBound)
        }
    }

    /// The kind.
    @inlinable
    public var kind: Kind {
        get { Kind(rawValue: UInt8(truncatingIfNeeded: endBits >> 30)) ?? .punct }
        set { endBits = endBits & Token.offsetMask | UInt32(newValue.rawValue) << 30 }
    }

    /// True when a space precedes the token in the line.
    @inlinable
    public var spaceBefore: Bool {
        get { startBits >> 31 != 0 }
        set { startBits = startBits & Token.offsetMask | (newValue ? 1 << 31 : 0) }
    }

    /// Creates a token (offsets above `maxOffset` are clamped to it).
    public init(kind: Kind, range: Range<Int>, lower: String, spaceBefore: Bool) {
        self.word = WordInterner.shared.intern(lower)
        self.startBits = Token.offset(range.lowerBound) | (spaceBefore ? 1 << 31 : 0)
        self.endBits = Token.offset(range.upperBound) | UInt32(kind.rawValue) << 30
    }

    /// A token from offsets the lexer has already checked against `maxOffset`.
    @inline(__always)
    init(kind: Kind, start: Int, end: Int, word: UInt32, spaceBefore: Bool) {
        self.word = word
        self.startBits = UInt32(truncatingIfNeeded: start) | (spaceBefore ? 1 << 31 : 0)
        self.endBits = UInt32(truncatingIfNeeded: end) | UInt32(kind.rawValue) << 30
    }

    @inlinable
    static func offset(_ value: Int) -> UInt32 { UInt32(truncatingIfNeeded: min(max(value, 0), maxOffset)) }
}

/// A logical line with its tokens and, if it starts with one, its numbering marker.
public struct TokenizedLine: Sendable {
    /// The logical line.
    public var line: LogicalLine
    /// The marker at the start, if any (`II.`, `(3)`, `-`).
    public var marker: ListMarker?
    /// `bodyStart`'s storage, in the room after the marker (a line is 8 bytes smaller: issue 17).
    private var storedBodyStart: Int32
    /// All tokens of the line, the marker's included.
    public var tokens: [Token]
    /// Index of the first token after the marker (a line has fewer than 2³¹ tokens: its
    /// offsets stop at `Token.maxOffset`).
    public var bodyStart: Int {
        get { Int(storedBodyStart) }
        set { storedBodyStart = Int32(clamping: newValue) }
    }

    public init(line: LogicalLine, marker: ListMarker?, tokens: [Token], bodyStart: Int) {
        self.line = line
        self.marker = marker
        self.storedBodyStart = Int32(clamping: bodyStart)
        self.tokens = tokens
    }

    /// The text after the marker.
    public var body: String {
        let start = marker?.length ?? 0
        return String(scalars: line.scalars[min(start, line.scalars.count)...])
    }

    /// Offset in the line of the text after the marker.
    public var bodyOffset: Int { min(marker?.length ?? 0, line.scalars.count) }

    /// The text of token `i` as written.
    public func text(_ i: Int) -> String {
        String(scalars: line.scalars[tokens[i].range])
    }

    /// Text of the line between two offsets.
    public func text(from start: Int, to end: Int) -> String {
        String(scalars: line.scalars[max(0, start)..<min(end, line.scalars.count)])
    }

    /// Integer value of a number token.
    public func int(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number, tokens[i].range.count <= 9 else { return nil }
        var v = 0
        for s in line.scalars[tokens[i].range] { v = v * 10 + Int(s.value - 0x30) }
        return v
    }

    /// True when the tokens from `i` on are `words`, compared in lower case.
    public func matches(_ words: [String], at i: Int) -> Bool {
        guard i >= 0, i + words.count <= tokens.count else { return false }
        // Byte equality: both sides are NFC, and the standard library's canonical
        // comparison of two different non-ASCII words costs ~1,000 instructions.
        // The byte lengths first (a stored count): most calls end there, at the first word,
        // without entering `withUTF8` twice; indices, not `enumerated()` (rules call this
        // millions of times on a large corpus: issue 17).
        // The token's bytes are the interner's, read without building or retaining a string.
        let interner = WordInterner.shared
        var k = 0
        while k < words.count {
            let lower = interner.utf8(tokens[i + k].word)
            var w = words[k]
            if lower.count != w.utf8.count { return false }
            let same = w.withUTF8 { b in lower.count == 0 || memcmp(lower.baseAddress!, b.baseAddress!, lower.count) == 0 }
            if !same { return false }
            k += 1
        }
        return true
    }

    /// First index `>= from` where `words` match, or nil.
    public func find(_ words: [String], from: Int = 0) -> Int? {
        guard !words.isEmpty, from <= tokens.count - words.count else { return nil }
        for i in from...(tokens.count - words.count) where matches(words, at: i) { return i }
        return nil
    }

    /// Is token `i` the punctuation `p`?
    public func isPunct(_ i: Int, _ p: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && line.scalars[tokens[i].range.lowerBound] == p
    }

    /// Original span of tokens `first...last`.
    public func span(tokens first: Int, _ last: Int) -> SourceSpan {
        line.span(tokens[first].range.lowerBound..<tokens[last].range.upperBound)
    }
}
