/// A token of a logical line: its kind and its scalar range in the line.
public struct Token: Sendable, Equatable {
    /// What a token is.
    public enum Kind: Sendable, Equatable {
        /// Letters, possibly with digits (`Đảng`, `NQ`, `2O26`).
        case word
        /// ASCII digits only (`2026`, `05`).
        case number
        /// One punctuation or symbol scalar (`(`, `/`, `%`, `≥`).
        case punct
    }

    // The one-byte fields last: 40 bytes a token instead of 48 (a token every five
    // bytes of input or so).
    /// Scalar range in the logical line.
    public var range: Range<Int>
    /// Lower-cased text, for case-insensitive matching of words.
    public var lower: String
    /// The kind.
    public var kind: Kind
    /// True when a space precedes the token in the line.
    public var spaceBefore: Bool

    /// Creates a token.
    public init(kind: Kind, range: Range<Int>, lower: String, spaceBefore: Bool) {
        self.range = range
        self.lower = lower
        self.kind = kind
        self.spaceBefore = spaceBefore
    }
}

/// A logical line with its tokens and, if it starts with one, its numbering marker.
public struct TokenizedLine: Sendable {
    /// The logical line.
    public var line: LogicalLine
    /// The marker at the start, if any (`II.`, `(3)`, `-`).
    public var marker: ListMarker?
    /// All tokens of the line, the marker's included.
    public var tokens: [Token]
    /// Index of the first token after the marker.
    public var bodyStart: Int

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
        var k = 0
        while k < words.count {
            let lower = tokens[i + k].lower, w = words[k]
            if lower.utf8.count != w.utf8.count || !sameBytes(lower, w) { return false }
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
