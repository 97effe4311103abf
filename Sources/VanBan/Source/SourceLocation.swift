/// A position in the file the user opened.
///
/// Both fields are 1-based. `column` counts Unicode scalars from the start of the
/// line, in the *original* text (before normalisation and line joining), so an
/// editor's "go to column" lands on the right character for any Vietnamese text,
/// whether it arrived precomposed (NFC) or decomposed (NFD).
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location from 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.line != rhs.line ? lhs.line < rhs.line : lhs.column < rhs.column
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open range of the original file: `start` is the first scalar, `end` is
/// one past the last one (so a one-character token at 3:5 has end 3:6).
public struct SourceSpan: Hashable, Sendable, Codable, CustomStringConvertible {
    /// First scalar of the range.
    public var start: SourceLocation
    /// One past the last scalar of the range.
    public var end: SourceLocation

    /// Creates a span; `end` must not precede `start`.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The smallest span covering both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: min(start, other.start), end: max(end, other.end))
    }

    public var description: String { "\(start)-\(end)" }
}
