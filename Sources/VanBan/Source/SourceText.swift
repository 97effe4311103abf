/// The decoded text of one input, split into physical lines.
///
/// Line breaks: `\n`, `\r\n` and a lone `\r` each end a line (old Mac exports and
/// some PDF tools still write lone CRs). The break itself is not part of the line.
///
/// The text is held as its UTF-8 bytes, not as scalars: one byte per input byte of a UTF-8
/// file instead of four bytes a character, held by the linter for the whole run (issue 17).
/// Positions stay in scalars (`lines`, `column(line:offset:)`); a line's scalars are decoded
/// when they are read (`withLine`, `line(_:)`), the whole text's only by `scalars`.
public struct SourceText: Sendable {
    /// The name shown in messages (a path, or `-` for standard input).
    public let name: String
    /// The decoded text as UTF-8, breaks included.
    public let utf8: [UInt8]
    /// For each physical line, the scalar range it occupies in `scalars` (break excluded).
    public let lines: Lines
    /// Input offset of every scalar (plus the end) when a scalar may stand for several
    /// characters of the original (VNI, VIQR); nil when they correspond one for one.
    public let origins: [Int32]?
    /// The encoding the input was read in.
    public let encoding: TextEncoding
    /// `lineCount`'s storage (a `summary` keeps no line table).
    private let storedLineCount: Int

    /// Splits decoded text into lines, keeping its map to the original. Text decoded from
    /// valid UTF-8 brings its bytes and lines (`TextDecoder`): they are taken as they are.
    public init(name: String, decoded: DecodedText) {
        let (utf8, lines) = decoded.utf8AndLines
        self.init(name: name, utf8: utf8, lines: lines, origins: decoded.origins, encoding: decoded.encoding)
    }

    /// Splits `text` into lines.
    public init(name: String, text: String, origins: [Int32]? = nil, encoding: TextEncoding = .utf8) {
        self.init(name: name, utf8: Array(text.utf8), lines: nil, origins: origins, encoding: encoding)
    }

    /// The source of the valid UTF-8 `utf8`, whose lines are `lines` (found by `scan` when nil).
    private init(name: String, utf8: [UInt8], lines: Lines?, origins: [Int32]?, encoding: TextEncoding) {
        self.name = name
        self.origins = origins
        self.encoding = encoding
        self.utf8 = utf8
        // A String's bytes are valid UTF-8: the scan cannot fail.
        self.lines = lines ?? utf8.withUnsafeBufferPointer { SourceText.scan($0)!.lines }
        self.storedLineCount = self.lines.count
    }

    /// The lines of `p` (each line's first byte and scalar range, breaks excluded) and whether
    /// it is all ASCII, or nil when `p` is not valid UTF-8 (by the standard's definition, as
    /// `String(validating:)` decides it).
    ///
    /// One pass that validates and splits (issue 17, tenth session: validating while a String
    /// was made, then splitting its copy, read the text twice). Eight bytes are read at a time:
    /// up to the first byte of them that is not ASCII or is a break, they are all scalars of the
    /// line; that byte alone is looked at, a multi-byte sequence checked and counted as one scalar.
    static func scan(_ p: UnsafeBufferPointer<UInt8>) -> (lines: Lines, isASCII: Bool)? {
        let n = p.count
        var lines = Lines.Builder(wide: n >= Int(UInt32.max))
        guard let base = p.baseAddress, n > 0 else { return (lines.finished(), true) }
        var start = 0, scalar = 0, lineScalar = 0
        var i = 0
        var ascii = true
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        while i < n {
            if i + 8 <= n {
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let lf = x ^ (ones &* 0x0A), cr = x ^ (ones &* 0x0D)
                // High bit of each byte that is not ASCII or is a break; exact up to the first
                // such byte (a borrow only reaches the bytes after a zero byte).
                let special = (x | (lf &- ones) & ~lf | (cr &- ones) & ~cr) & high
                if special == 0 {
                    scalar &+= 8
                    i &+= 8
                    continue
                }
                let k = special.trailingZeroBitCount &>> 3
                scalar &+= k
                i &+= k
            }
            let b = base[i]
            if b < 0x80 {
                if b == 0x0A || b == 0x0D {
                    lines.append(byteStart: start, scalars: lineScalar..<scalar)
                    let two = b == 0x0D && i + 1 < n && base[i + 1] == 0x0A
                    i &+= two ? 2 : 1
                    scalar &+= two ? 2 : 1
                    start = i
                    lineScalar = scalar
                } else {
                    scalar &+= 1
                    i &+= 1
                }
                continue
            }
            let length = validSequenceLength(base, at: i, count: n)
            guard length > 0 else { return nil }
            ascii = false
            scalar &+= 1
            i &+= length
        }
        if start < n {
            lines.append(byteStart: start, scalars: lineScalar..<scalar)
        }
        // The line table is kept for the whole run: at its size (issue 17).
        return (lines.finished(), ascii)
    }

    /// The length of the well-formed UTF-8 sequence whose lead byte (not ASCII) is at `i`, or
    /// 0 when it is not well formed (Unicode's table 3-7: no overlong form, surrogate or value
    /// past U+10FFFF, no missing continuation byte).
    @inline(__always)
    static func validSequenceLength(_ p: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int {
        let b = p[i]
        @inline(__always) func isContinuation(_ c: UInt8) -> Bool { c & 0xC0 == 0x80 }
        if b < 0xE0 {
            guard b >= 0xC2, i + 1 < n, isContinuation(p[i + 1]) else { return 0 }
            return 2
        }
        if b < 0xF0 {
            guard i + 2 < n else { return 0 }
            let c1 = p[i + 1]
            guard isContinuation(c1), isContinuation(p[i + 2]) else { return 0 }
            if b == 0xE0 && c1 < 0xA0 { return 0 }   // overlong
            if b == 0xED && c1 >= 0xA0 { return 0 }  // a surrogate
            return 3
        }
        guard b <= 0xF4, i + 3 < n else { return 0 }
        let c1 = p[i + 1]
        guard isContinuation(c1), isContinuation(p[i + 2]), isContinuation(p[i + 3]) else { return 0 }
        if b == 0xF0 && c1 < 0x90 { return 0 }       // overlong
        if b == 0xF4 && c1 >= 0x90 { return 0 }      // past U+10FFFF
        return 4
    }

    /// `array` without the room it grew by, when that is more than an eighth of it.
    static func fitted<T>(_ array: [T]) -> [T] {
        guard array.capacity - array.count > 16 + array.count / 8 else { return array }
        return [T](unsafeUninitializedCapacity: array.count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: array)
        }
    }

    /// The source without its text: the same name, encoding and number of lines, and no
    /// text or line table. What the record is built from once the text has been laid out
    /// (`VanBan.record`), so that the text can be released before lexing and parsing.
    var summary: SourceText {
        SourceText(name: name, lineCount: lineCount, encoding: encoding)
    }

    /// A source of `lineCount` lines without text or line table (`summary`).
    private init(name: String, lineCount: Int, encoding: TextEncoding) {
        self.name = name
        self.utf8 = []
        self.lines = Lines()
        self.origins = nil
        self.encoding = encoding
        self.storedLineCount = lineCount
    }

    /// Number of physical lines.
    public var lineCount: Int { storedLineCount }

    /// Number of scalars of the text, breaks included.
    public var scalarCount: Int {
        utf8.withUnsafeBufferPointer { p in p.isEmpty ? 0 : ScalarDecoder.scalarCount(p.baseAddress!, p.count) }
    }

    /// Every Unicode scalar of the decoded text, breaks included: decoded from `utf8` at each
    /// call (the text's four bytes a scalar are not held).
    public var scalars: [Unicode.Scalar] {
        utf8.withUnsafeBufferPointer { ScalarDecoder.scalars(ofValidUTF8: $0) }
    }

    /// The text.
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The bytes of line `index` (0-based) in `utf8`, break excluded.
    public func byteRange(ofLine index: Int) -> Range<Int> {
        let start = lines.byteStart(index)
        // The line ends at its break (`\n`, `\r` or `\r\n`): before the next line's start, or
        // at the end of the text, which may end with a break.
        var end = index + 1 < lines.count ? lines.byteStart(index + 1) : utf8.count
        if end > start, utf8[end - 1] == 0x0A { end -= 1 }
        if end > start, utf8[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Original 1-based column of the scalar at `offset` in line `index` (0-based);
    /// `offset` may be the line's length, giving the column just past its end.
    @inline(__always)
    public func column(line index: Int, offset: Int) -> Int {
        guard let origins else { return offset + 1 }
        let start = lines[index].lowerBound
        return Int(origins[start + offset] - origins[start]) + 1
    }

    /// The scalars of line `index` (0-based), decoded into a new array (empty for every
    /// line of a `summary`).
    public func line(_ index: Int) -> ArraySlice<Unicode.Scalar> {
        guard !lines.isEmpty else { return [] }
        let count = lines[index].count
        guard count > 0 else { return [] }
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
            decode(line: index, into: out.baseAddress!)
            initialized = count
        }[...]
    }

    /// Calls `body` with the scalars of line `index` (0-based), decoded into a temporary
    /// buffer (on the stack for a line of ordinary length).
    @inline(__always)
    public func withLine<R>(_ index: Int, _ body: (UnsafeBufferPointer<Unicode.Scalar>) throws -> R) rethrows -> R {
        let count = lines.isEmpty ? 0 : lines[index].count
        return try withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: max(count, 1)) { buffer in
            if count > 0 { decode(line: index, into: buffer.baseAddress!) }
            return try body(UnsafeBufferPointer(start: buffer.baseAddress, count: count))
        }
    }

    /// Writes the `lines[index].count` scalars of line `index` to `out`.
    private func decode(line index: Int, into out: UnsafeMutablePointer<Unicode.Scalar>) {
        let count = lines[index].count
        utf8.withUnsafeBufferPointer { p in
            ScalarDecoder.decode(count, from: p, at: lines.byteStart(index), into: out)
        }
    }
}

extension SourceText {
    /// The physical lines of a source: each line's scalar range (break excluded) and the offset
    /// of its first byte in `utf8`, held as three 32-bit offsets a line (12 bytes instead of
    /// the 24 of a range and an offset; held by the linter for the whole run: issue 17), or as
    /// `Int`s for a text of 4 GiB or more.
    public struct Lines: RandomAccessCollection, Sendable, Equatable {
        /// Per line: byte start, scalar start, scalar end.
        private let narrow: [UInt32]
        /// The same for a text of 4 GiB or more (`narrow` is then empty).
        private let wide: [Int]
        public let endIndex: Int
        public var startIndex: Int { 0 }

        init() { narrow = []; wide = []; endIndex = 0 }

        private init(narrow: [UInt32], wide: [Int]) {
            self.narrow = narrow
            self.wide = wide
            endIndex = (narrow.count + wide.count) / 3
        }

        @inline(__always)
        private func field(_ k: Int) -> Int { wide.isEmpty ? Int(narrow[k]) : wide[k] }

        /// The scalar range of line `index` (0-based) in the text.
        @inline(__always)
        public subscript(index: Int) -> Range<Int> {
            Range(uncheckedBounds: (field(3 * index + 1), field(3 * index + 2)))
        }

        /// The offset in `utf8` of line `index`'s first byte.
        @inline(__always)
        func byteStart(_ index: Int) -> Int { field(3 * index) }

        /// True when the lines are `ranges`, in order.
        public static func == (lines: Lines, ranges: [Range<Int>]) -> Bool { lines.elementsEqual(ranges) }

        /// Collects the lines as they are split.
        struct Builder {
            var narrow: [UInt32] = []
            var wide: [Int] = []
            let isWide: Bool

            init(wide: Bool) { isWide = wide }

            @inline(__always)
            mutating func append(byteStart: Int, scalars: Range<Int>) {
                if isWide {
                    wide.append(byteStart)
                    wide.append(scalars.lowerBound)
                    wide.append(scalars.upperBound)
                } else {
                    narrow.append(UInt32(truncatingIfNeeded: byteStart))
                    narrow.append(UInt32(truncatingIfNeeded: scalars.lowerBound))
                    narrow.append(UInt32(truncatingIfNeeded: scalars.upperBound))
                }
            }

            /// The table, at its size (grown by doubling, it held up to twice its lines' worth).
            func finished() -> Lines { Lines(narrow: SourceText.fitted(narrow), wide: SourceText.fitted(wide)) }
        }
    }

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
