/// The decoded text of one input, split into physical lines.
///
/// Line breaks: `\n`, `\r\n` and a lone `\r` each end a line (old Mac exports and
/// some PDF tools still write lone CRs). The break itself is not part of the line.
public struct SourceText: Sendable {
    /// The name shown in messages (a path, or `-` for standard input).
    public let name: String
    /// Every Unicode scalar of the decoded text, breaks included.
    public let scalars: [Unicode.Scalar]
    /// For each physical line, the scalar range it occupies in `scalars` (break excluded).
    public let lines: [Range<Int>]
    /// Input offset of every scalar (plus the end) when a scalar may stand for several
    /// characters of the original (VNI, VIQR); nil when they correspond one for one.
    public let origins: [Int32]?
    /// The encoding the input was read in.
    public let encoding: TextEncoding

    /// Splits decoded text into lines, keeping its map to the original.
    public init(name: String, decoded: DecodedText) {
        self.init(name: name, text: decoded.text, origins: decoded.origins, encoding: decoded.encoding)
    }

    /// Splits `text` into lines.
    public init(name: String, text: String, origins: [Int32]? = nil, encoding: TextEncoding = .utf8) {
        self.name = name
        self.origins = origins
        self.encoding = encoding
        let scalars = ScalarDecoder.scalars(of: text)
        self.scalars = scalars
        var lines: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = scalars.count
        while i < n {
            let v = scalars[i].value
            if v == 0x0A {
                lines.append(start..<i)
                i += 1
                start = i
            } else if v == 0x0D {
                lines.append(start..<i)
                i += (i + 1 < n && scalars[i + 1].value == 0x0A) ? 2 : 1
                start = i
            } else {
                i += 1
            }
        }
        if start < n { lines.append(start..<n) }
        self.lines = lines
    }

    /// The source without its text: the same name, encoding and number of lines, each line
    /// empty. What the record is built from once the text has been laid out
    /// (`VanBan.record`), so that the text can be released before lexing and parsing.
    var summary: SourceText {
        SourceText(name: name, lines: Array(repeating: 0..<0, count: lines.count), encoding: encoding)
    }

    /// A source of `lines` over no scalars (`summary`).
    private init(name: String, lines: [Range<Int>], encoding: TextEncoding) {
        self.name = name
        self.scalars = []
        self.lines = lines
        self.origins = nil
        self.encoding = encoding
    }

    /// Number of physical lines.
    public var lineCount: Int { lines.count }

    /// Original 1-based column of the scalar at `offset` in line `index` (0-based);
    /// `offset` may be the line's length, giving the column just past its end.
    @inline(__always)
    public func column(line index: Int, offset: Int) -> Int {
        guard let origins else { return offset + 1 }
        let start = lines[index].lowerBound
        return Int(origins[start + offset] - origins[start]) + 1
    }

    /// The scalars of line `index` (0-based).
    public func line(_ index: Int) -> ArraySlice<Unicode.Scalar> {
        scalars[lines[index]]
    }
}

extension SourceText {
    /// The scalar offset in line `index` (0-based) of the 1-based original `column`,
    /// clamped to the line: the inverse of `column(line:offset:)`.
    public func offset(line index: Int, column: Int) -> Int {
        let length = lines[index].count
        guard origins != nil else { return min(max(column - 1, 0), length) }
        var low = 0, high = length
        while low < high {
            let mid = (low + high) / 2
            if self.column(line: index, offset: mid) < column { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
