/// Turns the bytes of one input into text.
///
/// Supported now: UTF-8 (with or without a byte-order mark) and UTF-16 with a
/// byte-order mark. Legacy Vietnamese encodings (TCVN3, VNI, CP1258) are the
/// normaliser's job and not recognised here yet; such a file is reported as
/// invalid UTF-8 with the position of the first bad byte, never guessed.
public enum TextDecoder {
    /// Decodes `bytes`; `name` is used in errors.
    public static func decode(_ bytes: [UInt8], name: String) throws(InputError) -> String {
        if bytes.isEmpty { throw InputError(file: name, reason: .empty) }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return try decodeUTF16(bytes, name: name)
        }
        var body = bytes[...]
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            body = bytes[3...]
        }
        if looksBinary(body) { throw InputError(file: name, reason: .binary) }
        if let bad = firstInvalidUTF8(body) {
            let (line, column) = position(ofByte: bad, in: body)
            throw InputError(file: name, reason: .invalidEncoding(line: line, column: column))
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// NUL bytes, or more than 1 in 20 bytes being C0 controls other than tab,
    /// line feed, carriage return and form feed, mean the input is not text.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        var controls = 0
        for b in bytes.prefix(65_536) {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
        }
        return controls * 20 > min(bytes.count, 65_536)
    }

    /// Index of the first byte that breaks UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            let minimum: UInt32
            var value: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(b & 0x07)
            default: return i
            }
            if i + length > end { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += length
        }
        return nil
    }

    /// 1-based line and column (in scalars of the valid prefix) of byte `offset`.
    static func position(ofByte offset: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1
        var column = 1
        var i = bytes.startIndex
        while i < offset {
            let b = bytes[i]
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line, column)
    }

    static func decodeUTF16(_ bytes: [UInt8], name: String) throws(InputError) -> String {
        let littleEndian = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var codec = UTF16()
        loop: while true {
            switch codec.decode(&iterator) {
            case .scalarValue(let s):
                if s.value == 0 { throw InputError(file: name, reason: .binary) }
                text.unicodeScalars.append(s)
            case .emptyInput: break loop
            case .error: throw InputError(file: name, reason: .invalidEncoding(line: 1, column: 1))
            }
        }
        if text.isEmpty { throw InputError(file: name, reason: .empty) }
        return text
    }
}
