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

    /// The physical lines of a logical line, in order: a view of its only piece, made from the
    /// line's text and frame, or its array of pieces when there are two or more (most lines
    /// have one piece, and an array of one piece per line was 6% of a large document's memory;
    /// a piece held in full beside the line's text was 8 bytes more a line: issue 17).
    public struct Pieces: RandomAccessCollection, Sendable {
        let only: CleanLine?
        let all: [Piece]
        public var startIndex: Int { 0 }
        public var endIndex: Int { only == nil ? all.count : 1 }
        public subscript(position: Int) -> Piece {
            if let only, position == 0 { return Piece(offset: 0, line: only) }
            return all[position]
        }
    }

    /// The clean text, as scalars.
    public private(set) var scalars: [Unicode.Scalar] = []
    /// The first physical line's frame (its map to the original, without its text: for a line
    /// of one piece, the text is `scalars`).
    private var head: CleanLine.Frame
    /// `openParentheses`' storage (bits 0–30) and `isTableLine` (bit 31), in the four bytes
    /// after the frame: a line is 8 bytes smaller (issue 17).
    private var packed: UInt32 = 0
    /// Every physical line, the first included, when there are two or more; empty (no
    /// storage) for a line of one piece.
    private var all: [Piece] = []
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
    public var pieces: Pieces {
        all.isEmpty ? Pieces(only: CleanLine(scalars: scalars, frame: head), all: []) : Pieces(only: nil, all: all)
    }

    /// `(` not yet closed by a `)` in `scalars`, kept as lines are appended so that layout
    /// recovery does not rescan a logical line of thousands of pieces for every new piece.
    public var openParentheses: Int { Int(openCount) }

    /// Creates a logical line from its first physical line.
    public init(_ first: CleanLine) {
        head = first.frame
        // A line of one piece shares the piece's storage instead of copying it (most
        // lines outside PDF dumps); a second piece makes the copy.
        scalars = first.scalars
        count(first.scalars)
    }

    /// The last physical line.
    var lastLine: CleanLine { all.last?.line ?? CleanLine(scalars: scalars, frame: head) }

    /// Adds the next physical line, separated by a space.
    public mutating func append(_ line: CleanLine) {
        // The first piece moves to the array of pieces with its text (still this line's text).
        if all.isEmpty { all.append(Piece(offset: 0, line: CleanLine(scalars: scalars, frame: head))) }
        if scalars.isEmpty {
            // A first piece without text (an appended line after it starts at offset 0).
            all.append(Piece(offset: 0, line: line))
            scalars = line.scalars
        } else {
            // A word split by a hyphen at the wrap ("28-" / "NQ/TU") is joined without a space.
            if let last = scalars.last, last == "-", scalars.count >= 2,
               scalars[scalars.count - 2].properties.numericType != nil || isLetter(scalars[scalars.count - 2]),
               let f = line.scalars.first, Alphabet.isUppercase(f) || f.properties.numericType != nil,
               Self.isSymbolContinuation(line.scalars) {
                // no space
            } else {
                // Room for the space and the piece at once (the text still shares the first
                // piece's storage at the first append, and appending the two grew it twice),
                // still doubling, so that a line of many pieces is not quadratic.
                let needed = scalars.count + 1 + line.scalars.count
                if scalars.capacity < needed { scalars.reserveCapacity(max(needed, 2 * scalars.count)) }
                scalars.append(" ")
            }
            all.append(Piece(offset: scalars.count, line: line))
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
        guard !all.isEmpty else { return }
        if scalars.capacity - scalars.count > 8 {
            scalars = [Unicode.Scalar](unsafeUninitializedCapacity: scalars.count) { buffer, initialized in
                initialized = buffer.initialize(fromContentsOf: scalars)
            }
        }
        if all.capacity - all.count > 1 {
            all = [Piece](unsafeUninitializedCapacity: all.count) { buffer, initialized in
                initialized = buffer.initialize(fromContentsOf: all)
            }
        }
    }

    /// The room the line's array of pieces holds (for the memory tests).
    var piecesCapacity: Int { all.isEmpty ? 1 : all.capacity }

    /// `NQ/TU`, `QĐ/TW`: the second half of a document symbol.
    static func isSymbolContinuation(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, Alphabet.isUppercase(s[i]) || s[i] == "Đ" { i += 1 }
        return i >= 1 && i < s.count && s[i] == "/"
    }

    /// The clean text.
    public var text: String { String(scalars: scalars) }

    /// 1-based original line of the first physical line.
    public var firstLine: Int { Int(head.index) + 1 }

    /// The index in `all` of the piece holding logical offset `offset` (the last piece starting
    /// at or before it; the first for an offset before the text).
    private func pieceIndex(at offset: Int) -> Int {
        var lo = 0, hi = all.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if all[mid].offset <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Original location just past the scalar at logical offset `offset`.
    public func endLocation(after offset: Int) -> SourceLocation {
        // A line of one piece is read from its frame, without making the piece (most lines).
        if all.isEmpty {
            let column = offset >= scalars.count ? Int(head.endColumn) : head.columnEnd(at: max(0, offset))
            return SourceLocation(line: Int(head.index) + 1, column: column)
        }
        let k = pieceIndex(at: offset)
        let local = offset - all[k].offset
        let frame = all[k].line.frame
        let column = local >= all[k].line.scalars.count ? Int(frame.endColumn) : frame.columnEnd(at: max(0, local))
        return SourceLocation(line: Int(frame.index) + 1, column: column)
    }

    /// Original location of logical offset `offset` (clamped to the text).
    public func location(at offset: Int) -> SourceLocation {
        if all.isEmpty {
            let column = offset >= scalars.count ? Int(head.endColumn) : head.column(at: max(0, offset))
            return SourceLocation(line: Int(head.index) + 1, column: column)
        }
        let k = pieceIndex(at: offset)
        let local = offset - all[k].offset
        let frame = all[k].line.frame
        let column = local >= all[k].line.scalars.count ? Int(frame.endColumn) : frame.column(at: max(0, local))
        return SourceLocation(line: Int(frame.index) + 1, column: column)
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
