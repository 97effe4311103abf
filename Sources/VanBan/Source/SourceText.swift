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

    /// Splits `text` into lines.
    public init(name: String, text: String) {
        self.name = name
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        scalars.append(contentsOf: text.unicodeScalars)
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

    /// Number of physical lines.
    public var lineCount: Int { lines.count }

    /// The scalars of line `index` (0-based).
    public func line(_ index: Int) -> ArraySlice<Unicode.Scalar> {
        scalars[lines[index]]
    }
}
