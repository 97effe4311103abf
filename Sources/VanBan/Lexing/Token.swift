import Foundation
import Synchronization

/// A token of a logical line: its kind and its scalar range in the line.
///
/// 8 bytes a token (a token every five bytes of input or so, so the tokens were the largest
/// share of the memory of one large document: issue 17): the ID of the lower-cased text in the
/// process's `WordInterner` (`word`), and the range's start as a 28-bit integer with the kind,
/// `spaceBefore` and a flag in the top bits. The range's end is not stored: a token's range is
/// as long as its word (the lexer lower-cases scalar by scalar), whose scalar count the
/// interner keeps (`WordInterner.scalarCount`). A token whose range is not as long as its
/// word (made by `init(kind:range:lower:spaceBefore:)` or changed through `range` or `lower`
/// that way) is *irregular*: its word and end are kept in a process-wide table
/// (`IrregularTokens`) and the token holds its index there. `range`, `kind`, `spaceBefore`,
/// `word` and `lower` read the same either way; a logical line is tokenised up to offset
/// `Token.maxOffset` (a line of 268 million scalars).
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

    /// The word's interner ID, or for an irregular token its index in `IrregularTokens`.
    @usableFromInline var wordBits: UInt32
    /// The range's start (bits 0–27), the kind's raw value (bits 28–29), `spaceBefore` (bit 30)
    /// and the irregular flag (bit 31).
    @usableFromInline var bits: UInt32

    @usableFromInline static let kindShift: UInt32 = 28
    @usableFromInline static let spaceBit: UInt32 = 1 << 30
    @usableFromInline static let irregularBit: UInt32 = 1 << 31

    /// The lower-cased text's ID in `WordInterner.shared`: equal IDs, equal `lower`. The
    /// value stands for equality only (it depends on which document met the word first).
    public var word: UInt32 {
        @inline(__always) get { bits & Token.irregularBit == 0 ? wordBits : irregularWord }
        set { store(word: newValue, start: range.lowerBound, end: range.upperBound) }
    }

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
    public static let maxOffset = (1 << 28) - 1
    @usableFromInline static let offsetMask: UInt32 = (1 << 28) - 1

    /// Scalar range in the logical line.
    @inlinable
    public var range: Range<Int> {
        @inline(__always) get {
            let start = Int(bits & Token.offsetMask)
            if bits & Token.irregularBit != 0 { return Range(uncheckedBounds: (start, irregularEnd)) }
            return Range(uncheckedBounds: (start, start &+ WordInterner.sharedScalarCount(wordBits)))
        }
        set { store(word: word, start: newValue.lowerBound, end: newValue.upperBound) }
    }

    /// The kind.
    @inlinable
    public var kind: Kind {
        get { Kind(rawValue: UInt8(truncatingIfNeeded: bits >> Token.kindShift & 3)) ?? .punct }
        set { bits = bits & ~(3 << Token.kindShift) | UInt32(newValue.rawValue) << Token.kindShift }
    }

    /// True when a space precedes the token in the line.
    @inlinable
    public var spaceBefore: Bool {
        get { bits & Token.spaceBit != 0 }
        set { bits = bits & ~Token.spaceBit | (newValue ? Token.spaceBit : 0) }
    }

    /// Creates a token (offsets above `maxOffset` are clamped to it).
    public init(kind: Kind, range: Range<Int>, lower: String, spaceBefore: Bool) {
        wordBits = 0
        bits = UInt32(kind.rawValue) << Token.kindShift | (spaceBefore ? Token.spaceBit : 0)
        store(word: WordInterner.shared.intern(lower), start: range.lowerBound, end: range.upperBound)
    }

    /// A token from offsets the lexer has already checked against `maxOffset`, whose range is
    /// as long as `word` (the lexer lower-cases scalar by scalar).
    @inline(__always)
    init(kind: Kind, start: Int, word: UInt32, spaceBefore: Bool) {
        self.wordBits = word
        self.bits = UInt32(truncatingIfNeeded: start) | UInt32(kind.rawValue) << Token.kindShift
            | (spaceBefore ? Token.spaceBit : 0)
    }

    /// The word of an irregular token (out of line: rare).
    @usableFromInline @inline(never)
    var irregularWord: UInt32 { IrregularTokens.shared.word(wordBits) }

    /// The end of an irregular token's range (out of line: rare).
    @usableFromInline @inline(never)
    var irregularEnd: Int { IrregularTokens.shared.end(wordBits) }

    /// Sets the word and range (clamped to `maxOffset`), keeping the kind and `spaceBefore`:
    /// a regular token when the range is as long as the word, else an irregular one.
    @usableFromInline
    mutating func store(word: UInt32, start: Int, end: Int) {
        let s = Token.offset(start), e = Token.offset(end)
        let flags = bits & (3 << Token.kindShift | Token.spaceBit)
        if e >= s, Int(e - s) == WordInterner.shared.scalarCount(word) {
            wordBits = word
            bits = s | flags
        } else {
            wordBits = IrregularTokens.shared.add(word: word, end: e)
            bits = s | flags | Token.irregularBit
        }
    }

    @inlinable
    static func offset(_ value: Int) -> UInt32 { UInt32(truncatingIfNeeded: min(max(value, 0), maxOffset)) }

    /// Equal kind, range, `spaceBefore` and word (whether each is kept regular or not).
    public static func == (a: Token, b: Token) -> Bool {
        if a.bits & irregularBit == 0 && b.bits & irregularBit == 0 { return a.bits == b.bits && a.wordBits == b.wordBits }
        return a.word == b.word && a.range == b.range && a.kind == b.kind && a.spaceBefore == b.spaceBefore
    }
}

/// The words and ends of the irregular tokens of the process (`Token`): tokens whose range is
/// not as long as their word, which the lexer never makes (tokens built by hand, or changed).
/// Entries are never removed; reading takes the lock (such tokens are rare).
public final class IrregularTokens: @unchecked Sendable {
    /// The table of the process.
    public static let shared = IrregularTokens()

    private let entries = Mutex<[(word: UInt32, end: UInt32)]>([])

    /// The index of a new entry.
    @usableFromInline
    func add(word: UInt32, end: UInt32) -> UInt32 {
        entries.withLock { e in
            e.append((word, end))
            return UInt32(truncatingIfNeeded: e.count - 1)
        }
    }

    /// The word of entry `index`.
    @usableFromInline
    func word(_ index: UInt32) -> UInt32 { entries.withLock { $0[Int(index)].word } }

    /// The range's end of entry `index`.
    @usableFromInline
    func end(_ index: UInt32) -> Int { entries.withLock { Int($0[Int(index)].end) } }

    /// The number of irregular tokens made so far (for the tests).
    public var count: Int { entries.withLock { $0.count } }
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
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return nil }
        // The range read once: its end is the word's scalar count, read from the interner.
        let range = tokens[i].range
        guard range.count <= 9 else { return nil }
        var v = 0
        for s in line.scalars[range] { v = v * 10 + Int(s.value - 0x30) }
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
