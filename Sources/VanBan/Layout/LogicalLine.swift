/// One logical line: a heading, list item or paragraph, rebuilt from the
/// physical lines a PDF dump or a hard-wrapping editor split it into.
///
/// The text is clean (NFC, one space between words, no emphasis marks); every
/// offset of it still maps to a line and column of the original file.
public struct LogicalLine: Sendable {
    /// A physical line's share of the logical text.
    public struct Piece: Sendable {
        /// Offset of the piece's first scalar in the logical text.
        public var offset: Int
        /// The cleaned physical line.
        public var line: CleanLine
    }

    /// The physical lines of a logical line, in order: a view of its first piece, held in
    /// the line itself, and the others, held in an array only when there are any (most
    /// lines have one piece, and an array of one piece per line was 6% of a large
    /// document's memory: issue 17).
    public struct Pieces: RandomAccessCollection, Sendable {
        let head: CleanLine
        let tail: [Piece]
        public var startIndex: Int { 0 }
        public var endIndex: Int { tail.count + 1 }
        public subscript(position: Int) -> Piece {
            position == 0 ? Piece(offset: 0, line: head) : tail[position - 1]
        }
    }

    /// The clean text, as scalars.
    public private(set) var scalars: [Unicode.Scalar] = []
    /// The first physical line (at offset 0).
    private var head: CleanLine
    /// `openParentheses`' storage (bits 0–30) and `isTableLine` (bit 31), in the four bytes
    /// after the first piece: a line is 8 bytes smaller (issue 17).
    private var packed: UInt32 = 0
    /// The physical lines after the first; empty (no storage) for a line of one piece.
    private var tail: [Piece] = []
    /// True for lines of an appendix table, which are kept one cell per line.
    public var isTableLine: Bool {
        get { packed >> 31 != 0 }
        set { packed = packed & 0x7FFF_FFFF | (newValue ? 1 << 31 : 0) }
    }
    /// `(` not yet closed by a `)`: `packed`'s low bits.
    private var openCount: UInt32 {
        get { packed & 0x7FFF_FFFF }
        set { packed = packed & 0x8000_0000 | min(newValue, 0x7FFF_FFFF) }
    }

    /// The physical lines, in order; pieces are separated by one space in `scalars`.
    public var pieces: Pieces { Pieces(head: head, tail: tail) }

    /// `(` not yet closed by a `)` in `scalars`, kept as lines are appended so that layout
    /// recovery does not rescan a logical line of thousands of pieces for every new piece.
    public var openParentheses: Int { Int(openCount) }

    /// Creates a logical line from its first physical line.
    public init(_ first: CleanLine) {
        head = first
        // A line of one piece shares the piece's storage instead of copying it (most
        // lines outside PDF dumps); a second piece makes the copy.
        scalars = first.scalars
        count(first.scalars)
    }

    /// The last physical line.
    var lastLine: CleanLine { tail.last?.line ?? head }

    /// Adds the next physical line, separated by a space.
    public mutating func append(_ line: CleanLine) {
        if scalars.isEmpty {
            // A first piece without text (an appended line after it starts at offset 0).
            tail.append(Piece(offset: 0, line: line))
            scalars = line.scalars
        } else {
            // A word split by a hyphen at the wrap ("28-" / "NQ/TU") is joined without a space.
            if let last = scalars.last, last == "-", scalars.count >= 2,
               scalars[scalars.count - 2].properties.numericType != nil || isLetter(scalars[scalars.count - 2]),
               let f = line.scalars.first, Alphabet.isUppercase(f) || f.properties.numericType != nil,
               Self.isSymbolContinuation(line.scalars) {
                // no space
            } else {
                scalars.append(" ")
            }
            tail.append(Piece(offset: scalars.count, line: line))
            scalars.append(contentsOf: line.scalars)
        }
        count(line.scalars)
    }

    /// Counts the parentheses `s` opens and closes.
    private mutating func count(_ s: [Unicode.Scalar]) {
        for c in s {
            if c == "(" { openCount += 1 } else if c == ")", openCount > 0 { openCount -= 1 }
        }
    }

    /// Drops the room that appending pieces left in the line's arrays (they grew by doubling):
    /// a finished logical line is kept for the whole run (issue 17).
    mutating func fitCapacity() {
        guard !tail.isEmpty else { return }
        if scalars.capacity - scalars.count > 8 {
            scalars = [Unicode.Scalar](unsafeUninitializedCapacity: scalars.count) { buffer, initialized in
                initialized = buffer.initialize(fromContentsOf: scalars)
            }
        }
        if tail.capacity - tail.count > 1 {
            tail = [Piece](unsafeUninitializedCapacity: tail.count) { buffer, initialized in
                initialized = buffer.initialize(fromContentsOf: tail)
            }
        }
    }

    /// The room the line's array of pieces holds (for the memory tests).
    var piecesCapacity: Int { tail.capacity + 1 }

    /// `NQ/TU`, `QĐ/TW`: the second half of a document symbol.
    static func isSymbolContinuation(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, Alphabet.isUppercase(s[i]) || s[i] == "Đ" { i += 1 }
        return i >= 1 && i < s.count && s[i] == "/"
    }

    /// The clean text.
    public var text: String { String(scalars: scalars) }

    /// 1-based original line of the first physical line.
    public var firstLine: Int { head.index + 1 }

    private func piece(at offset: Int) -> Piece {
        guard !tail.isEmpty, offset >= tail[0].offset else { return Piece(offset: 0, line: head) }
        var lo = 0, hi = tail.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if tail[mid].offset <= offset { lo = mid } else { hi = mid - 1 }
        }
        return tail[lo]
    }
    /// Original location just past the scalar at logical offset `offset`.
    public func endLocation(after offset: Int) -> SourceLocation {
        let piece = piece(at: offset)
        let local = offset - piece.offset
        let column = local >= piece.line.scalars.count ? piece.line.endColumn
            : piece.line.columnEnd(at: max(0, local))
        return SourceLocation(line: piece.line.index + 1, column: column)
    }

    /// Original location of logical offset `offset` (clamped to the text).
    public func location(at offset: Int) -> SourceLocation {
        let piece = piece(at: offset)
        let local = offset - piece.offset
        let column = local >= piece.line.scalars.count ? piece.line.endColumn
            : piece.line.column(at: max(0, local))
        return SourceLocation(line: piece.line.index + 1, column: column)
    }

    /// Original span of the logical range `range`.
    public func span(_ range: Range<Int>) -> SourceSpan {
        let start = location(at: range.lowerBound)
        guard range.upperBound > range.lowerBound else { return SourceSpan(start: start, end: start) }
        return SourceSpan(start: start, end: endLocation(after: range.upperBound - 1))
    }

    /// Original span of the whole line.
    public var span: SourceSpan { span(0..<scalars.count) }
}
