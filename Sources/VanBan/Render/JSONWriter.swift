/// A JSON encoder that appends UTF-8 bytes to one buffer.
///
/// It writes exactly what Foundation's `JSONEncoder` writes with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted` unless compact) — the tests compare
/// the two on every corpus record — without building Foundation's intermediate value
/// tree or its dynamic type checks: Foundation's encoder was a third of `vanban parse`.
///
/// How sorted keys are written in one pass: a keyed or unkeyed container records
/// where each of its values starts and ends in the buffer; when the value that opened
/// the container returns, the container's tail of the buffer is rewritten once with
/// the punctuation, indentation and (for objects) the keys in byte order. Each byte is
/// therefore copied once per enclosing container, never re-encoded.
struct JSONWriter {
    /// Encodes `value`: pretty-printed with two-space indents and `"key" : value`, or compact.
    static func encode<T: Encodable>(_ value: T, pretty: Bool, userInfo: [CodingUserInfoKey: any Sendable] = [:]) throws -> [UInt8] {
        let encoder = ByteEncoder(pretty: pretty)
        encoder.userInfo = userInfo
        encoder.plainLocations = userInfo[SourceLocation.docxKey] == nil
        try encoder.write(value)
        return encoder.out
    }
}

/// One container being written: where it starts and where each of its members is.
///
/// One frame per nesting depth is kept and reused, with its arrays' capacity, so a
/// record of thousands of nodes allocates a handful of frames, not one per value.
///
/// The mutable state of the frames and the encoder is marked `@exclusivity(unchecked)`:
/// it is touched only by the one encoding call that owns it, and the run-time access
/// checks on every append were a fifth of the writer's time.
private final class Frame {
    enum Kind { case none, keyed, unkeyed, single }
    @exclusivity(unchecked) var kind = Kind.none
    @exclusivity(unchecked) var start = 0
    let depth: Int
    /// Members in encoding order: key (nil in arrays) and the value's byte range.
    @exclusivity(unchecked) var members: [(key: String?, start: Int, end: Int)] = []
    /// The container's bytes while they are rewritten.
    @exclusivity(unchecked) var scratch: [UInt8] = []
    init(depth: Int) { self.depth = depth }
}

private final class ByteEncoder: Encoder {
    @exclusivity(unchecked) var out: [UInt8] = []
    let pretty: Bool
    /// No Word positions to add: spans and locations are written directly (`writeSpan`).
    var plainLocations = true
    /// Frames of the open containers, innermost last; `pool[d]` is reused at depth `d`.
    @exclusivity(unchecked) var frames: [Frame] = []
    @exclusivity(unchecked) var pool: [Frame] = []
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(pretty: Bool) {
        self.pretty = pretty
        out.reserveCapacity(1 << 16)
    }

    var depth: Int { frames.last.map { $0.depth } ?? 0 }

    /// Writes one value at the current position; containers it opens are closed when it returns.
    func write<T: Encodable>(_ value: T) throws {
        // Type identity, not `as?` casts: a failed dynamic cast per nested value was costly.
        if T.self == String.self { writeString(Self.reinterpret(value)); return }
        if T.self == Int.self { writeInt(Self.reinterpret(value)); return }
        if T.self == Bool.self { out.append(contentsOf: Self.reinterpret(value, as: Bool.self) ? Self.trueBytes : Self.falseBytes); return }
        if T.self == Double.self { try writeDouble(Self.reinterpret(value, as: Double.self)); return }
        if plainLocations {
            // Every node has a span: written directly, with the bytes `SourceLocation.encode` gives.
            if T.self == SourceSpan.self { writeSpan(Self.reinterpret(value), depth: frames.count); return }
            if T.self == SourceLocation.self { writeLocation(Self.reinterpret(value), depth: frames.count); return }
        }
        let depth = frames.count
        if pool.count == depth { pool.append(Frame(depth: depth)) }
        let frame = pool[depth]
        frame.kind = .none
        frame.start = out.count
        frame.members.removeAll(keepingCapacity: true)
        frames.append(frame)
        defer { frames.removeLast() }
        try value.encode(to: self)
        close(frame)
    }

    /// Rewrites a finished container's members with punctuation, indentation and sorted keys.
    func close(_ frame: Frame) {
        guard frame.kind == .keyed || frame.kind == .unkeyed else {
            if frame.kind == .none { out.append(contentsOf: Self.emptyObject) }   // like JSONEncoder for a value that encodes nothing
            return
        }
        let keyed = frame.kind == .keyed
        let (open, shut): (UInt8, UInt8) = keyed ? (UInt8(ascii: "{"), UInt8(ascii: "}")) : (UInt8(ascii: "["), UInt8(ascii: "]"))
        frame.scratch.removeAll(keepingCapacity: true)
        frame.scratch.append(contentsOf: out[frame.start...])
        out.removeSubrange(frame.start...)
        out.append(open)
        if keyed { frame.members.sort { $0.key!.utf8.lexicographicallyPrecedes($1.key!.utf8) } }
        if frame.members.isEmpty {
            if pretty { out.append(0x0A); out.append(0x0A); indent(frame.depth) }
            out.append(shut)
            return
        }
        for (index, member) in frame.members.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            if pretty { out.append(0x0A); indent(frame.depth + 1) }
            if let key = member.key {
                writeString(key)
                out.append(contentsOf: pretty ? Self.prettyColon : Self.colon)
            }
            out.append(contentsOf: frame.scratch[(member.start - frame.start)..<(member.end - frame.start)])
        }
        if pretty { out.append(0x0A); indent(frame.depth) }
        out.append(shut)
    }

    func indent(_ depth: Int) {
        for _ in 0..<depth { out.append(0x20); out.append(0x20) }
    }

    /// `value` as `U`, which the caller has checked is its type.
    static func reinterpret<T, U>(_ value: T, as type: U.Type = U.self) -> U {
        withUnsafePointer(to: value) { $0.withMemoryRebound(to: U.self, capacity: 1) { $0.pointee } }
    }

    /// `"key" : ` (pretty) or `"key":` after a newline and indent, for the direct writers; `first` omits the comma.
    func directKey(_ key: [UInt8], depth: Int, first: Bool) {
        if !first { out.append(UInt8(ascii: ",")) }
        if pretty { out.append(0x0A); indent(depth) }
        out.append(contentsOf: key)
        out.append(contentsOf: pretty ? Self.prettyColon : Self.colon)
    }

    /// `{"column":…,"line":…}` as the container path writes it (keys sorted), at `depth`.
    func writeLocation(_ location: SourceLocation, depth: Int) {
        out.append(UInt8(ascii: "{"))
        directKey(Self.columnKey, depth: depth + 1, first: true)
        writeInt(location.column)
        directKey(Self.lineKey, depth: depth + 1, first: false)
        writeInt(location.line)
        if pretty { out.append(0x0A); indent(depth) }
        out.append(UInt8(ascii: "}"))
    }

    /// `{"end":{…},"start":{…}}` as the container path writes it, at `depth`.
    func writeSpan(_ span: SourceSpan, depth: Int) {
        out.append(UInt8(ascii: "{"))
        directKey(Self.endKey, depth: depth + 1, first: true)
        writeLocation(span.end, depth: depth + 1)
        directKey(Self.startKey, depth: depth + 1, first: false)
        writeLocation(span.start, depth: depth + 1)
        if pretty { out.append(0x0A); indent(depth) }
        out.append(UInt8(ascii: "}"))
    }

    /// Encodes a member of the innermost container.
    func member<T: Encodable>(_ key: String?, _ value: T, in frame: Frame) throws {
        let start = out.count
        try write(value)
        frame.members.append((key, start, out.count))
    }

    func memberNull(_ key: String?, in frame: Frame) {
        let start = out.count
        out.append(contentsOf: Self.nullBytes)
        frame.members.append((key, start, out.count))
    }

    // MARK: Scalars

    static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8), nullBytes = Array("null".utf8)
    static let colon = [UInt8(ascii: ":")], prettyColon = Array(" : ".utf8), emptyObject = Array("{}".utf8)
    static let hex = Array("0123456789abcdef".utf8)
    static let columnKey = Array("\"column\"".utf8), lineKey = Array("\"line\"".utf8)
    static let endKey = Array("\"end\"".utf8), startKey = Array("\"start\"".utf8)

    func writeString(_ string: String) {
        out.append(UInt8(ascii: "\""))
        var s = string
        s.withUTF8 { bytes in
            var run = 0
            for i in 0..<bytes.count {
                let b = bytes[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                run = i + 1
                out.append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(b)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                default:
                    out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), Self.hex[Int(b >> 4)], Self.hex[Int(b & 15)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    func writeInteger<I: BinaryInteger>(_ value: I) {
        if let int = Int(exactly: value) { writeInt(int); return }
        out.append(contentsOf: String(value).utf8)
    }

    /// Decimal digits without building a String.
    func writeInt(_ value: Int) {
        if value >= 0 && value < 10 { out.append(UInt8(ascii: "0") + UInt8(value)); return }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes: room for the 20 digits of UInt64.max
        withUnsafeMutableBytes(of: &digits) { buffer in
            var k = buffer.count
            repeat {
                k -= 1
                buffer[k] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[k...]))
        }
    }

    /// Doubles as `JSONEncoder` writes them: Swift's shortest description without a trailing `.0`.
    func writeDouble<F: FloatingPoint & LosslessStringConvertible>(_ value: F) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out.append(contentsOf: text.utf8)
    }

    // MARK: Encoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let frame = frames.last!
        frame.kind = .keyed
        return KeyedEncodingContainer(KeyedWriter<Key>(encoder: self, frame: frame))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let frame = frames.last!
        frame.kind = .unkeyed
        return UnkeyedWriter(encoder: self, frame: frame)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        frames.last!.kind = .single
        return SingleWriter(encoder: self)
    }
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ByteEncoder
    let frame: Frame
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws { encoder.memberNull(key.stringValue, in: frame) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try encoder.member(key.stringValue, value, in: frame) }
    // The scalar types the models use, written without a dynamic cast or a frame.
    mutating func encode(_ value: String, forKey key: Key) throws {
        let start = encoder.out.count
        encoder.writeString(value)
        frame.members.append((key.stringValue, start, encoder.out.count))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        let start = encoder.out.count
        encoder.writeInt(value)
        frame.members.append((key.stringValue, start, encoder.out.count))
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        let start = encoder.out.count
        encoder.out.append(contentsOf: value ? ByteEncoder.trueBytes : ByteEncoder.falseBytes)
        frame.members.append((key.stringValue, start, encoder.out.count))
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        fatalError("JSONWriter: nested containers are not used by VanBan's models")
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        fatalError("JSONWriter: nested containers are not used by VanBan's models")
    }
    mutating func superEncoder() -> any Encoder { fatalError("JSONWriter: superEncoder is not used by VanBan's models") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { fatalError("JSONWriter: superEncoder is not used by VanBan's models") }
}

private struct UnkeyedWriter: UnkeyedEncodingContainer {
    let encoder: ByteEncoder
    let frame: Frame
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { frame.members.count }

    mutating func encodeNil() throws { encoder.memberNull(nil, in: frame) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.member(nil, value, in: frame) }
    mutating func encode(_ value: String) throws {
        let start = encoder.out.count
        encoder.writeString(value)
        frame.members.append((nil, start, encoder.out.count))
    }
    mutating func encode(_ value: Int) throws {
        let start = encoder.out.count
        encoder.writeInt(value)
        frame.members.append((nil, start, encoder.out.count))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        fatalError("JSONWriter: nested containers are not used by VanBan's models")
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        fatalError("JSONWriter: nested containers are not used by VanBan's models")
    }
    mutating func superEncoder() -> any Encoder { fatalError("JSONWriter: superEncoder is not used by VanBan's models") }
}

private struct SingleWriter: SingleValueEncodingContainer {
    let encoder: ByteEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.out.append(contentsOf: ByteEncoder.nullBytes) }
    mutating func encode(_ value: Bool) throws { encoder.out.append(contentsOf: value ? ByteEncoder.trueBytes : ByteEncoder.falseBytes) }
    mutating func encode(_ value: String) throws { encoder.writeString(value) }
    mutating func encode(_ value: Double) throws { try encoder.writeDouble(value) }
    mutating func encode(_ value: Float) throws { try encoder.writeDouble(value) }
    mutating func encode(_ value: Int) throws { encoder.writeInt(value) }
    mutating func encode(_ value: Int8) throws { encoder.writeInteger(value) }
    mutating func encode(_ value: Int16) throws { encoder.writeInteger(value) }
    mutating func encode(_ value: Int32) throws { encoder.writeInteger(value) }
    mutating func encode(_ value: Int64) throws { encoder.writeInteger(value) }
    mutating func encode(_ value: UInt) throws { encoder.writeInteger(value) }
    mutating func encode(_ value: UInt8) throws { encoder.writeInteger(value) }
    mutating func encode(_ value: UInt16) throws { encoder.writeInteger(value) }
    mutating func encode(_ value: UInt32) throws { encoder.writeInteger(value) }
    mutating func encode(_ value: UInt64) throws { encoder.writeInteger(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.write(value) }
}
