/// A JSON encoder that appends UTF-8 bytes to one buffer.
///
/// The record, the findings and the batch outputs no longer come here: they write
/// themselves (`JSONDirect`, `JSONOutput`), with the same bytes. This `Encodable` path
/// serves every other type (summaries, statistics) and is what the direct writers are
/// checked against (`DirectJSONEquivalenceTests`).
///
/// It writes exactly what Foundation's `JSONEncoder` writes with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted` unless compact) — the tests compare
/// the two on every corpus record — without building Foundation's intermediate value
/// tree or its dynamic type checks: Foundation's encoder was a third of `vanban parse`.
///
/// How sorted keys are written in one pass: punctuation, indentation and keys are written
/// as each member starts, and a keyed container records where each of its members
/// (`"key" : value`) starts and ends in the buffer. When the value that opened an object
/// returns and its keys did not come in byte order, the object's tail of the buffer is
/// rewritten once with the members in that order. An array, or an object whose keys came
/// in order, is never moved: each byte is copied once per enclosing object written out of
/// order, never re-encoded (rewriting every container on close copied each byte once per
/// enclosing container, a seventh of the benchmark: issue 17).
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
    /// Members written so far.
    @exclusivity(unchecked) var count = 0
    /// An object's members in encoding order: key and the byte range of `"key" : value`
    /// (from the newline before the key when pretty), the comma before it excluded.
    @exclusivity(unchecked) var members: [(key: String, start: Int, end: Int)] = []
    /// The container's bytes while they are rewritten.
    @exclusivity(unchecked) var scratch: [UInt8] = []
    /// Key orders met at this depth, most recent first: the keys as they came and the order
    /// to write them in (empty when they came in it). Objects of one type encode their keys
    /// in one order, and siblings at one depth are mostly of one type, so the sort is
    /// looked up instead of run for every object (the sort was a sixth of the writer).
    @exclusivity(unchecked) var orders: [(keys: [String], order: [Int])] = []
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
        frame.count = 0
        frame.members.removeAll(keepingCapacity: true)
        frames.append(frame)
        defer { frames.removeLast() }
        try value.encode(to: self)
        close(frame)
    }

    /// Closes a finished container: its members are in place, with their punctuation;
    /// an object's are put in key order if they did not come in it.
    func close(_ frame: Frame) {
        guard frame.kind == .keyed || frame.kind == .unkeyed else {
            if frame.kind == .none { out.append(contentsOf: Self.emptyObject) }   // like JSONEncoder for a value that encodes nothing
            return
        }
        let keyed = frame.kind == .keyed
        if keyed, case let order = Self.keyOrder(frame), !order.isEmpty {
            frame.scratch.removeAll(keepingCapacity: true)
            frame.scratch.append(contentsOf: out[frame.start...])
            out.removeSubrange(frame.start...)
            for (index, m) in order.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                let member = frame.members[m]
                out.append(contentsOf: frame.scratch[(member.start - frame.start)..<(member.end - frame.start)])
            }
        }
        if pretty {
            if frame.count == 0 { out.append(0x0A) }
            out.append(0x0A)
            indent(frame.depth)
        }
        out.append(keyed ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    /// The order to write `frame`'s members in, by the byte order of their keys, or empty
    /// when they came in it; from `frame.orders` when the same keys came before.
    static func keyOrder(_ frame: Frame) -> [Int] {
        let members = frame.members
        search: for (k, entry) in frame.orders.enumerated() where entry.keys.count == members.count {
            for i in members.indices where entry.keys[i] != members[i].key { continue search }
            if k > 0 { frame.orders.swapAt(0, k) }
            return entry.order
        }
        var order: [Int] = []
        if !inKeyOrder(members) {
            order = Array(members.indices)
            order.sort { members[$0].key.utf8.lexicographicallyPrecedes(members[$1].key.utf8) }
        }
        if frame.orders.count == 4 { frame.orders.removeLast() }
        frame.orders.insert((members.map(\.key), order), at: 0)
        return order
    }

    /// True when `members` came in the byte order of their keys (nothing to move).
    static func inKeyOrder(_ members: [(key: String, start: Int, end: Int)]) -> Bool {
        var k = 1
        while k < members.count {
            if !members[k - 1].key.utf8.lexicographicallyPrecedes(members[k].key.utf8) { return false }
            k += 1
        }
        return true
    }

    /// Opens container `frame` as `kind` at the current position (a second container asked
    /// of the same value shares the first).
    func open(_ frame: Frame, as kind: Frame.Kind) {
        guard frame.kind == .none else { return }
        frame.kind = kind
        out.append(kind == .keyed ? UInt8(ascii: "{") : UInt8(ascii: "["))
        frame.start = out.count
    }

    /// Writes what comes before the next member of `frame` — comma, newline, indent and,
    /// in an object, the key and colon — and returns where the member starts (after the comma).
    @inline(__always)
    func beginMember(_ key: String?, in frame: Frame) -> Int {
        if frame.count > 0 { out.append(UInt8(ascii: ",")) }
        frame.count += 1
        let start = out.count
        if pretty { out.append(0x0A); indent(frame.depth + 1) }
        if let key {
            writeString(key)
            out.append(contentsOf: pretty ? Self.prettyColon : Self.colon)
        }
        return start
    }

    /// Records the member begun at `start` (`beginMember`), for an object's key order.
    @inline(__always)
    func endMember(_ key: String?, from start: Int, in frame: Frame) {
        if let key { frame.members.append((key, start, out.count)) }
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
        let start = beginMember(key, in: frame)
        try write(value)
        endMember(key, from: start, in: frame)
    }

    func memberNull(_ key: String?, in frame: Frame) {
        let start = beginMember(key, in: frame)
        out.append(contentsOf: Self.nullBytes)
        endMember(key, from: start, in: frame)
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
        open(frame, as: .keyed)
        return KeyedEncodingContainer(KeyedWriter<Key>(encoder: self, frame: frame))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let frame = frames.last!
        open(frame, as: .unkeyed)
        return UnkeyedWriter(encoder: self, frame: frame)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        if frames.last!.kind == .none { frames.last!.kind = .single }
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
        let name = key.stringValue
        let start = encoder.beginMember(name, in: frame)
        encoder.writeString(value)
        encoder.endMember(name, from: start, in: frame)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        let name = key.stringValue
        let start = encoder.beginMember(name, in: frame)
        encoder.writeInt(value)
        encoder.endMember(name, from: start, in: frame)
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        let name = key.stringValue
        let start = encoder.beginMember(name, in: frame)
        encoder.out.append(contentsOf: value ? ByteEncoder.trueBytes : ByteEncoder.falseBytes)
        encoder.endMember(name, from: start, in: frame)
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
    var count: Int { frame.count }

    mutating func encodeNil() throws { encoder.memberNull(nil, in: frame) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.member(nil, value, in: frame) }
    mutating func encode(_ value: String) throws {
        _ = encoder.beginMember(nil, in: frame)
        encoder.writeString(value)
    }
    mutating func encode(_ value: Int) throws {
        _ = encoder.beginMember(nil, in: frame)
        encoder.writeInt(value)
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
