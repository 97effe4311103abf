/// A small pull scanner for the XML of Office parts, over bytes with integer offsets.
///
/// Deliberately not a general XML parser: it reports start tags (with attributes),
/// end tags and character data, skips comments and processing instructions, and
/// refuses a document type declaration outright, so no entity is ever defined,
/// expanded or fetched (no "billion laughs", no external entities). Of entity
/// references only the five predefined ones and numeric character references are
/// decoded; anything else stays as written. Office parts never need more.
struct XMLScanner {
    /// One thing the scanner met.
    enum Event {
        /// `<name attr="v" …>` or `<name …/>`; `range` covers the whole tag.
        case start(name: Range<Int>, attributes: Range<Int>, selfClosing: Bool, range: Range<Int>)
        /// `</name>`; `range` covers the whole tag.
        case end(name: Range<Int>, range: Range<Int>)
        /// Character data between tags (entities still encoded), or a CDATA section's content.
        case text(Range<Int>, cdata: Bool)
    }

    /// Why the XML is refused.
    struct Failure: Error {
        var reason: String
        var offset: Int
    }

    let bytes: [UInt8]
    var position = 0
    /// How deep elements nest at most (real documents stay far below).
    let depthLimit = 2_000
    var depth = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte-order mark is allowed before the declaration.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// The offset of `needle` at or after `from`, or nil.
    func find(_ needle: [UInt8], from: Int) -> Int? {
        guard let first = needle.first else { return from }
        var i = from
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < needle.count && bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        !(b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: "/") || b == UInt8(ascii: ">") || b == UInt8(ascii: "="))
    }

    /// The next event, nil at the end of the input.
    mutating func next() throws(Failure) -> Event? {
        let n = bytes.count
        while position < n {
            let start = position
            if bytes[start] != UInt8(ascii: "<") {
                var i = start
                while i < n && bytes[i] != UInt8(ascii: "<") { i += 1 }
                position = i
                return .text(start..<i, cdata: false)
            }
            guard start + 1 < n else { throw Failure(reason: "unexpected end", offset: start) }
            let second = bytes[start + 1]
            if second == UInt8(ascii: "?") {
                guard let e = find(Array("?>".utf8), from: start + 2) else { throw Failure(reason: "unterminated processing instruction", offset: start) }
                position = e + 2
                continue
            }
            if second == UInt8(ascii: "!") {
                if bytes[start...].starts(with: Array("<!--".utf8)) {
                    guard let e = find(Array("-->".utf8), from: start + 4) else { throw Failure(reason: "unterminated comment", offset: start) }
                    position = e + 3
                    continue
                }
                if bytes[start...].starts(with: Array("<![CDATA[".utf8)) {
                    guard let e = find(Array("]]>".utf8), from: start + 9) else { throw Failure(reason: "unterminated CDATA", offset: start) }
                    position = e + 3
                    return .text((start + 9)..<e, cdata: true)
                }
                // <!DOCTYPE …> and anything else: a DTD could define entities; refused.
                throw Failure(reason: "DTD", offset: start)
            }
            // A tag: find its end, skipping quoted attribute values.
            var i = start + 1
            var quote: UInt8 = 0
            while i < n {
                let b = bytes[i]
                if quote != 0 {
                    if b == quote { quote = 0 }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                } else if b == UInt8(ascii: ">") {
                    break
                } else if b == UInt8(ascii: "<") {
                    throw Failure(reason: "'<' inside a tag", offset: i)
                }
                i += 1
            }
            guard i < n else { throw Failure(reason: "unterminated tag", offset: start) }
            position = i + 1
            if second == UInt8(ascii: "/") {
                var e = start + 2
                while e < i && XMLScanner.isNameByte(bytes[e]) { e += 1 }
                guard e > start + 2 else { throw Failure(reason: "end tag without a name", offset: start) }
                depth -= 1
                return .end(name: (start + 2)..<e, range: start..<(i + 1))
            }
            var e = start + 1
            while e < i && XMLScanner.isNameByte(bytes[e]) { e += 1 }
            guard e > start + 1 else { throw Failure(reason: "tag without a name", offset: start) }
            let selfClosing = bytes[i - 1] == UInt8(ascii: "/") && i - 1 >= e
            if !selfClosing {
                depth += 1
                guard depth <= depthLimit else { throw Failure(reason: "elements nested too deeply", offset: start) }
            }
            return .start(name: (start + 1)..<e, attributes: e..<(selfClosing ? i - 1 : i), selfClosing: selfClosing, range: start..<(i + 1))
        }
        return nil
    }

    /// The attributes in `range` as (qualified name, raw value range) pairs.
    func attributes(_ range: Range<Int>) -> [(name: Range<Int>, value: Range<Int>)] {
        var result: [(Range<Int>, Range<Int>)] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            while i < end && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D) { i += 1 }
            let nameStart = i
            while i < end && XMLScanner.isNameByte(bytes[i]) { i += 1 }
            let name = nameStart..<i
            while i < end && bytes[i] != UInt8(ascii: "\"") && bytes[i] != UInt8(ascii: "'") { i += 1 }
            guard i < end else { break }
            let quote = bytes[i]
            i += 1
            let valueStart = i
            while i < end && bytes[i] != quote { i += 1 }
            if !name.isEmpty { result.append((name, valueStart..<i)) }
            i += 1
        }
        return result
    }

    /// Character data of `range` decoded: predefined and numeric references resolved,
    /// other references kept as written. Each scalar comes with its byte range.
    func decode(_ range: Range<Int>, cdata: Bool = false, into out: (Unicode.Scalar, Range<Int>) -> Void) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "&"), !cdata, let (scalar, length) = reference(at: i, end: end) {
                out(scalar, i..<(i + length))
                i += length
                continue
            }
            // One UTF-8 scalar (invalid bytes become U+FFFD one by one).
            var length = 1
            var value = UInt32(b)
            if b >= 0xC0 {
                length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                value = UInt32(b) & (b >= 0xF0 ? 0x07 : b >= 0xE0 ? 0x0F : 0x1F)
                if i + length > end { length = 1; value = 0xFFFD } else {
                    for k in 1..<length {
                        let c = bytes[i + k]
                        if c & 0xC0 != 0x80 { length = 1; value = 0xFFFD; break }
                        value = value << 6 | UInt32(c & 0x3F)
                    }
                }
            } else if b >= 0x80 {
                value = 0xFFFD
            }
            out(Unicode.Scalar(value) ?? "\u{FFFD}", i..<(i + length))
            i += length
        }
    }

    /// The decoded value of an attribute.
    func string(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        decode(range) { scalar, _ in s.append(scalar) }
        return String(s)
    }

    /// `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&#N;` `&#xH;` at `i`: the scalar and the reference's length.
    func reference(at i: Int, end: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        while j < end && j - i < 12 && bytes[j] != UInt8(ascii: ";") { j += 1 }
        guard j < end, bytes[j] == UInt8(ascii: ";") else { return nil }
        let name = Array(bytes[(i + 1)..<j])
        let length = j - i + 1
        switch name {
        case Array("amp".utf8): return ("&", length)
        case Array("lt".utf8): return ("<", length)
        case Array("gt".utf8): return (">", length)
        case Array("quot".utf8): return ("\"", length)
        case Array("apos".utf8): return ("'", length)
        default:
            guard name.first == UInt8(ascii: "#"), name.count > 1 else { return nil }
            let hex = name[1] == UInt8(ascii: "x")
            let digits = String(decoding: name.dropFirst(hex ? 2 : 1), as: UTF8.self)
            guard let v = UInt32(digits, radix: hex ? 16 : 10), let s = Unicode.Scalar(v) else { return nil }
            return (s, length)
        }
    }
}
