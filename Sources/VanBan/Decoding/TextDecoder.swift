/// Turns the bytes of one input into text.
///
/// Order of decisions: a UTF-16 or UTF-8 byte-order mark; an encoding the user
/// forced; UTF-16 without a mark when the zero bytes say so clearly; binary data (refused); valid UTF-8 (or pure ASCII, which may be VIQR);
/// UTF-8 with a few broken bytes (repaired to U+FFFD, each one a warning); and
/// otherwise a guess among the legacy encodings by syllable scoring. When the
/// guess is not convincing the input is refused with the list of `--encoding`
/// choices: a wrong guess would corrupt every letter silently.
public enum TextDecoder {
    /// Decodes `bytes`; `name` is used in errors; `encoding` forces an encoding.
    public static func decode(_ bytes: [UInt8], name: String, encoding forced: TextEncoding? = nil) throws(InputError) -> DecodedText {
        if bytes.isEmpty { throw InputError(file: name, reason: .empty) }
        if DocxReader.looksLikeContainer(bytes) || DocxReader.hasWordName(name) {
            return try DocxReader.decode(bytes, name: name)
        }
        let mark: Bool? = bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE ? true
            : bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? false : nil
        if let littleEndian = mark, forced == nil || forced == .utf16 || forced == (littleEndian ? .utf16le : .utf16be) {
            return DecodedText(text: try decodeUTF16(bytes[2...], littleEndian: littleEndian, name: name), encoding: .utf16)
        }
        switch forced {
        case .utf16:
            let littleEndian = utf16ByteOrder(bytes[...]) ?? true
            return DecodedText(text: try decodeUTF16(bytes[...], littleEndian: littleEndian, name: name),
                               encoding: littleEndian ? .utf16le : .utf16be)
        case .utf16le, .utf16be:
            return DecodedText(text: try decodeUTF16(bytes[...], littleEndian: forced == .utf16le, name: name), encoding: forced!)
        default:
            break
        }
        // UTF-16 without a mark (Notepad's "Unicode" saved by some tools): zero bytes at
        // every other position. Tried before the binary check, which NUL bytes would trip.
        if forced == nil, let littleEndian = utf16ByteOrder(bytes[...]),
           let text = try? decodeUTF16(bytes[...], littleEndian: littleEndian, name: name) {
            return DecodedText(text: text, encoding: littleEndian ? .utf16le : .utf16be, detected: true)
        }
        var body = bytes[...]
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            body = bytes[3...]
            if forced == nil || forced == .utf8 { return decodeUTF8(body) }
        }
        if let forced {
            switch forced {
            case .utf8: return decodeUTF8(body)
            case .utf16, .utf16le, .utf16be: throw InputError(file: name, reason: .invalidEncoding(line: 1, column: 1))
            default: return decodeLegacy(body, as: forced, detected: false)
            }
        }
        if looksBinary(body) { throw InputError(file: name, reason: .binary) }
        // Valid UTF-8 (nearly every input) is checked while its lines are found: one pass, and
        // the bytes kept as they are (the input array itself when it has no mark).
        if let scan = body.withUnsafeBufferPointer({ SourceText.scan($0) }) {
            if scan.isASCII, EncodingDetector.looksLikeVIQR(body) {
                return decodeLegacy(body, as: .viqr, detected: true)
            }
            return DecodedText(validUTF8: body.count == bytes.count ? bytes : Array(body), lines: scan.lines)
        }
        let scan = scanUTF8(body)
        if scan.invalid == 0 {
            if scan.multibyte == 0, EncodingDetector.looksLikeVIQR(body) {
                return decodeLegacy(body, as: .viqr, detected: true)
            }
            return DecodedText(text: String(decoding: body, as: UTF8.self))
        }
        // Mostly UTF-8, a few broken bytes: repair and say where.
        if scan.multibyte >= 10 * scan.invalid {
            return decodeUTF8(body)
        }
        if let guess = EncodingDetector.detect(body) {
            return decodeLegacy(body, as: guess, detected: true)
        }
        throw InputError(file: name, reason: .unknownEncoding)
    }

    /// Decodes UTF-8, replacing each invalid byte by U+FFFD with a warning.
    static func decodeUTF8(_ body: ArraySlice<UInt8>) -> DecodedText {
        if let scan = body.withUnsafeBufferPointer({ SourceText.scan($0) }) {
            return DecodedText(validUTF8: Array(body), lines: scan.lines)
        }
        var text = String.UnicodeScalarView()
        var warnings: [DecodeWarning] = []
        var line = 1, column = 1
        var i = body.startIndex
        let end = body.endIndex
        while i < end {
            let length = validSequenceLength(body, at: i)
            let scalar: Unicode.Scalar
            if length == 0 {
                scalar = "\u{FFFD}"
                warnings.append(DecodeWarning(kind: .invalidUTF8, line: line, column: column))
                i += 1
            } else {
                scalar = String(decoding: body[i..<(i + length)], as: UTF8.self).unicodeScalars.first!
                i += length
            }
            text.append(scalar)
            if scalar == "\n" || (scalar == "\r" && (i >= end || body[i] != 0x0A)) {
                line += 1
                column = 1
            } else if scalar != "\r" {
                column += 1
            }
        }
        return DecodedText(text: String(text), warnings: warnings)
    }

    static func decodeLegacy(_ body: ArraySlice<UInt8>, as encoding: TextEncoding, detected: Bool) -> DecodedText {
        let decoded = LegacyDecoder.decode(body, as: encoding)
        var text = String.UnicodeScalarView()
        text.append(contentsOf: decoded.scalars)
        var warnings: [DecodeWarning] = []
        if decoded.unknown > 0 {
            var line = 1, lineStart = 0
            for (k, s) in decoded.scalars.enumerated() {
                if s == "\n" { line += 1; lineStart = k + 1 }
                if s == "\u{FFFD}" {
                    let column = Int(decoded.origins[k] - decoded.origins[lineStart]) + 1
                    warnings.append(DecodeWarning(kind: .undefinedByte(encoding), line: line, column: column))
                }
            }
        }
        let identity = encoding == .cp1258 || encoding == .tcvn3
        return DecodedText(text: String(text), encoding: encoding, detected: detected,
                           warnings: warnings, origins: identity ? nil : decoded.origins)
    }

    /// NUL bytes, or more than 1 in 20 bytes being C0 controls other than tab,
    /// line feed, carriage return and form feed, mean the input is not text.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = Sample(bytes.prefix(65_536))
        return sample.zeroEven + sample.zeroOdd > 0 || sample.controls * 20 > min(bytes.count, 65_536)
    }

    /// What the first bytes of an input say about its kind: zero bytes at even and odd
    /// offsets, and C0 controls other than tab, line feed, carriage return and form feed.
    /// Read eight bytes at a time: text has no zero byte and few controls, so almost
    /// every word is passed over on two tests (these checks were 10% of decoding; issue 17).
    struct Sample {
        var zeroEven = 0, zeroOdd = 0, controls = 0

        init(_ bytes: ArraySlice<UInt8>) {
            bytes.withUnsafeBufferPointer { p in
                let n = p.count
                var i = 0
                if let base = p.baseAddress {
                    let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                    while i + 8 <= n {
                        let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                        // Some byte below 0x20 (zero included): look at the eight bytes.
                        if (x &- ones &* 0x20) & ~x & highs != 0 {
                            for k in i..<(i + 8) { count(p[k], at: k) }
                        }
                        i += 8
                    }
                }
                while i < n { count(p[i], at: i); i += 1 }
            }
        }

        @inline(__always)
        mutating func count(_ b: UInt8, at k: Int) {
            if b == 0 {
                if k & 1 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
            } else if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C {
                controls += 1
            }
        }
    }

    /// True when every byte is ASCII (eight at a time: Vietnamese text stops at its first letter with a mark).
    static func isASCII(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            if let base = p.baseAddress {
                while i + 8 <= n {
                    if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                    i += 8
                }
            }
            while i < n { if p[i] >= 0x80 { return false }; i += 1 }
            return true
        }
    }

    /// Valid multi-byte sequences and invalid bytes in `bytes`.
    static func scanUTF8(_ bytes: ArraySlice<UInt8>) -> (multibyte: Int, invalid: Int) {
        var multibyte = 0, invalid = 0
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            if bytes[i] < 0x80 { i += 1; continue }
            let length = validSequenceLength(bytes, at: i)
            if length == 0 { invalid += 1; i += 1 } else { multibyte += 1; i += length }
        }
        return (multibyte, invalid)
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid.
    @inline(__always)
    static func validSequenceLength(_ bytes: ArraySlice<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return 1 }
        let length: Int
        let minimum: UInt32
        var value: UInt32
        switch b {
        case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(b & 0x1F)
        case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(b & 0x0F)
        case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(b & 0x07)
        default: return 0
        }
        if i + length > bytes.endIndex { return 0 }
        for k in 1..<length {
            let c = bytes[i + k]
            if c & 0xC0 != 0x80 { return 0 }
            value = value << 6 | UInt32(c & 0x3F)
        }
        if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return 0 }
        return length
    }

    /// The byte order of UTF-16 text without a mark, when the text clearly is UTF-16: an
    /// even length, and in the first 64 KiB, at least a quarter of the code units with a
    /// zero high byte (ASCII letters, digits, spaces, line ends: a large share of any
    /// Vietnamese text) and almost none with a zero low byte. Text in a single-byte or
    /// UTF-8 encoding has no zero bytes at all; binary data has them at both positions.
    static func utf16ByteOrder(_ bytes: ArraySlice<UInt8>) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        let sample = Sample(bytes.prefix(65_536))
        let zeroEven = sample.zeroEven, zeroOdd = sample.zeroOdd
        let units = min(bytes.count, 65_536) / 2
        if zeroOdd * 4 >= units, zeroEven * 50 <= units { return true }
        if zeroEven * 4 >= units, zeroOdd * 50 <= units { return false }
        return nil
    }

    /// Decodes UTF-16 code units in the given byte order; a NUL character means binary data.
    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, name: String) throws(InputError) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        if i < bytes.endIndex { throw InputError(file: name, reason: .invalidEncoding(line: 1, column: 1)) }
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
