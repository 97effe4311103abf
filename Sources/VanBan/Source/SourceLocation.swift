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

    private enum CodingKeys: String, CodingKey { case line, column }
    private enum WordKeys: String, CodingKey { case paragraph, offset }

    /// `{line, column}`; for a Word input (a `DocxText` under `SourceLocation.docxKey` in
    /// the encoder's user info) also the paragraph (1-based) and character offset in it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        if let docx = encoder.userInfo[SourceLocation.docxKey] as? DocxText,
           let (paragraph, offset) = docx.paragraph(line: line, column: column) {
            var word = encoder.container(keyedBy: WordKeys.self)
            try word.encode(paragraph, forKey: .paragraph)
            try word.encode(offset, forKey: .offset)
        }
    }

    /// Reads `{line, column}` (Word positions are derived, not read back).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        line = try container.decode(Int.self, forKey: .line)
        column = try container.decode(Int.self, forKey: .column)
    }

    /// The user-info key under which a JSON encoder is given a Word input's `DocxText`.
    public static let docxKey = CodingUserInfoKey(rawValue: "vanban.docx")!
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
