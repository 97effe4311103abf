/// A value that writes its own JSON into a `JSONOutput`, without `Encodable`.
///
/// The bytes are exactly those `JSONWriter.encode` (and Foundation's `JSONEncoder` with
/// `.sortedKeys` and `.withoutEscapingSlashes`, `.prettyPrinted` unless compact) writes for
/// the same value: each type writes its members already in the byte order of their keys,
/// so nothing is re-ordered, framed or looked up by a `CodingKey` String
/// (`DirectJSONEquivalenceTests` compares the two on every document; `jsonKeys` lets a test
/// notice a stored field the direct writer does not know).
protocol JSONDirect {
    /// Writes the value at nesting `depth` (0 for the top level): its members go at `depth + 1`.
    func writeJSON(to out: inout JSONOutput, depth: Int)
}

/// The buffer the direct writers append to, and how to punctuate.
///
/// The bytes go to memory it owns (`base`, grown by doubling), not to an `Array`: an
/// append is a capacity check and a store, without the uniqueness check and the generic
/// `append(contentsOf:)` of an array per punctuation mark. Only `JSONOutput.write` makes
/// one: it returns the bytes as an array and frees the buffer. It owns raw memory, so it
/// is only ever passed `inout`, never copied.
struct JSONOutput {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// `newlineAndIndent`, read once (a global's access is a `swift_once` check each time).
    private let indent: UnsafePointer<UInt8>
    let pretty: Bool
    /// A Word input: every location also gets its paragraph and offset (`SourceLocation.docxKey`).
    let docx: DocxText?
    /// Set when a non-finite double was met: the output is not valid, see `double`.
    var nonFinite = false

    private init(pretty: Bool, docx: DocxText?, capacity: Int) {
        self.pretty = pretty
        self.docx = docx
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
        indent = Self.newlineAndIndent
    }

    /// What `body` writes, and whether it met a non-finite number.
    static func write(pretty: Bool, docx: DocxText? = nil, capacity: Int = 1 << 16,
                      _ body: (inout JSONOutput) -> Void) -> (bytes: [UInt8], nonFinite: Bool) {
        var out = JSONOutput(pretty: pretty, docx: docx, capacity: capacity)
        defer { out.base.deallocate() }
        body(&out)
        return (out.copy(), out.nonFinite)
    }

    /// Encodes `value` at the top level.
    static func encode<T: JSONDirect>(_ value: T, pretty: Bool, docx: DocxText? = nil) -> [UInt8] {
        write(pretty: pretty, docx: docx) { value.writeJSON(to: &$0, depth: 0) }.bytes
    }

    /// The bytes written, as an array.
    private func copy() -> [UInt8] {
        let n = count, source = base
        return [UInt8](unsafeUninitializedCapacity: n) { buffer, initialized in
            if n > 0 { buffer.baseAddress!.initialize(from: source, count: n) }
            initialized = n
        }
    }

    /// Room for `n` more bytes.
    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if _slowPath(count &+ n > capacity) { grow(n) }
    }

    private mutating func grow(_ n: Int) {
        var newCapacity = capacity &* 2
        while newCapacity < count &+ n { newCapacity &*= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = newCapacity
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count &+= 1
    }

    /// Appends `n` bytes from `bytes`.
    @inline(__always)
    mutating func append(_ bytes: UnsafePointer<UInt8>, _ n: Int) {
        reserve(n)
        (base + count).initialize(from: bytes, count: n)
        count &+= n
    }

    // MARK: Punctuation

    /// `"\n"` and 128 spaces: a newline and the indent of depth up to 64 in one copy.
    nonisolated(unsafe) private static let newlineAndIndent: UnsafePointer<UInt8> = {   // never written after it is made
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 129)
        p.initialize(repeating: 0x20, count: 129)
        p[0] = 0x0A
        return UnsafePointer(p)
    }()

    /// A newline and two spaces per level of `depth` (pretty only; the caller checks).
    @inline(__always)
    mutating func newline(_ depth: Int) {
        let spaces = depth &* 2
        if _fastPath(spaces <= 128) {
            append(indent, spaces &+ 1)
        } else {
            append(0x0A)
            for _ in 0..<spaces { append(0x20) }
        }
    }

    /// `{`
    @inline(__always)
    mutating func openObject() { append(UInt8(ascii: "{")) }

    /// `}` after an object's members at `depth` (one without members adds its newline first).
    @inline(__always)
    mutating func closeObject(_ depth: Int) {
        if pretty { newline(depth) }
        append(UInt8(ascii: "}"))
    }

    /// What comes before a member of an object at `depth`: the comma unless `first`, the
    /// newline and indent when pretty, the key (`"key"`, quotes included, already escaped)
    /// and the colon.
    @inline(__always)
    mutating func key(_ key: StaticString, _ depth: Int, first: Bool = false) {
        if !first { append(UInt8(ascii: ",")) }
        if pretty { newline(depth &+ 1) }
        append(key.utf8Start, key.utf8CodeUnitCount)
        if pretty {
            reserve(3)
            base[count] = 0x20; base[count &+ 1] = UInt8(ascii: ":"); base[count &+ 2] = 0x20
            count &+= 3
        } else {
            append(UInt8(ascii: ":"))
        }
    }

    /// An array of `elements` at `depth`, each written by `write` at `depth + 1`.
    @inline(__always)
    mutating func array<C: Collection>(_ elements: C, _ depth: Int, _ write: (inout JSONOutput, C.Element, Int) -> Void) {
        append(UInt8(ascii: "["))
        var first = true
        for element in elements {
            if !first { append(UInt8(ascii: ",")) }
            first = false
            if pretty { newline(depth &+ 1) }
            write(&self, element, depth &+ 1)
        }
        if pretty {
            if first { append(0x0A) }   // an empty array is `[` newline newline `]`, like JSONEncoder
            newline(depth)
        }
        append(UInt8(ascii: "]"))
    }

    /// An array of values that write themselves.
    @inline(__always)
    mutating func array<T: JSONDirect>(_ elements: [T], _ depth: Int) {
        array(elements, depth) { out, element, depth in element.writeJSON(to: &out, depth: depth) }
    }

    /// An array of strings.
    @inline(__always)
    mutating func array(_ elements: [String], _ depth: Int) {
        array(elements, depth) { out, element, _ in out.string(element) }
    }

    /// An array of integers.
    @inline(__always)
    mutating func array(_ elements: [Int], _ depth: Int) {
        array(elements, depth) { out, element, _ in out.int(element) }
    }

    // MARK: Scalars

    /// Whether a string must escape byte `b`: `"`, `\\` and the C0 controls.
    @inline(__always)
    private static func needsEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
    }

    private static let hex: StaticString = "0123456789abcdef"

    /// A JSON string: unescaped runs copied in bulk, `\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`
    /// and `\u00XX` for the other controls; `/`, DEL and everything above ASCII as they are.
    /// Eight bytes are tested at a time for a byte to escape (`escapeIn`).
    mutating func string(_ string: String) {
        var s = string
        s.withUTF8 { utf8 in
            let n = utf8.count
            reserve(n &+ 2)
            base[count] = UInt8(ascii: "\"")
            count &+= 1
            guard let from = utf8.baseAddress else { base[count] = UInt8(ascii: "\""); count &+= 1; return }
            var run = 0, i = 0
            while i < n {
                // Skip eight bytes at a time while none needs escaping.
                while i &+ 8 <= n, !Self.escapeIn(UnsafeRawPointer(from + i).loadUnaligned(as: UInt64.self)) { i &+= 8 }
                let stop = min(i &+ 8, n)
                while i < stop, !Self.needsEscape(from[i]) { i &+= 1 }
                guard i < stop else { continue }
                if i > run { append(from + run, i &- run) }
                escape(from[i])
                i &+= 1
                run = i
            }
            if n > run { append(from + run, n &- run) }
            append(UInt8(ascii: "\""))
        }
    }

    /// Whether one of the eight bytes of `w` needs escaping: below 0x20, `"` or `\`
    /// (the exact "has a byte less than / equal to" bit tests).
    @inline(__always)
    private static func escapeIn(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- ones &* 0x20) & ~w
        let q = w ^ (ones &* 0x22), b = w ^ (ones &* 0x5C)
        let quote = (q &- ones) & ~q, backslash = (b &- ones) & ~b
        return (control | quote | backslash) & highs != 0
    }

    private mutating func escape(_ b: UInt8) {
        append(UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(b)
        case 0x0A: append(UInt8(ascii: "n"))
        case 0x0D: append(UInt8(ascii: "r"))
        case 0x09: append(UInt8(ascii: "t"))
        case 0x08: append(UInt8(ascii: "b"))
        case 0x0C: append(UInt8(ascii: "f"))
        default:
            let hex = Self.hex.utf8Start
            append(UInt8(ascii: "u")); append(UInt8(ascii: "0")); append(UInt8(ascii: "0"))
            append(hex[Int(b >> 4)]); append(hex[Int(b & 15)])
        }
    }

    /// Decimal digits of `value` without building a String.
    @inline(__always)
    mutating func int(_ value: Int) {
        if value >= 0 && value < 10 { append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)); return }
        intSlow(value)
    }

    private mutating func intSlow(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes: room for the 20 digits of UInt64.max
        withUnsafeMutableBytes(of: &digits) { buffer in
            var k = buffer.count
            repeat {
                k -= 1
                buffer[k] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + k, buffer.count &- k)
        }
    }

    @inline(__always)
    mutating func bool(_ value: Bool) {
        if value {
            append(UInt8(ascii: "t")); append(UInt8(ascii: "r")); append(UInt8(ascii: "u")); append(UInt8(ascii: "e"))
        } else {
            append(UInt8(ascii: "f")); append(UInt8(ascii: "a")); append(UInt8(ascii: "l")); append(UInt8(ascii: "s")); append(UInt8(ascii: "e"))
        }
    }

    /// A finite double as `JSONEncoder` writes it: Swift's shortest description without a
    /// trailing `.0`. A non-finite one cannot be written (the `Encodable` path throws):
    /// `null` stands in and `nonFinite` is set, and `JSONRenderer` then takes that path.
    mutating func double(_ value: Double) {
        guard value.isFinite else {
            nonFinite = true
            append(UInt8(ascii: "n")); append(UInt8(ascii: "u")); append(UInt8(ascii: "l")); append(UInt8(ascii: "l"))
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { append($0.baseAddress!, $0.count) }
    }

    // MARK: Locations

    /// `{"column":…,"line":…}`, with `"offset"` and `"paragraph"` for a Word input.
    @inline(__always)
    mutating func location(_ location: SourceLocation, _ depth: Int) {
        openObject()
        key("\"column\"", depth, first: true)
        int(location.column)
        key("\"line\"", depth)
        int(location.line)
        if let docx, let (paragraph, offset) = docx.paragraph(line: location.line, column: location.column) {
            key("\"offset\"", depth)
            int(offset)
            key("\"paragraph\"", depth)
            int(paragraph)
        }
        closeObject(depth)
    }

    /// `{"end":{…},"start":{…}}`.
    @inline(__always)
    mutating func span(_ span: SourceSpan, _ depth: Int) {
        openObject()
        key("\"end\"", depth, first: true)
        location(span.end, depth &+ 1)
        key("\"start\"", depth)
        location(span.start, depth &+ 1)
        closeObject(depth)
    }
}

extension Array: JSONDirect where Element: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) { out.array(self, depth) }
}

extension SourceSpan: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) { out.span(self, depth) }
}

extension SourceLocation: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) { out.location(self, depth) }
}
