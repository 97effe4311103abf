import Foundation
import Testing
@testable import VanBan

/// Every corpus document, re-encoded in every legacy encoding by the test
/// encoders, must be recognised, normalise to the text of its UTF-8 original and
/// parse to the same record, with spans still on the same words.
@Suite("Encodings")
struct EncodingTests {
    static let cases: [(String, LegacyEncoders.Kind)] = Support.corpusFiles.flatMap { f in
        LegacyEncoders.Kind.allCases.map { (f, $0) }
    }

    static func expectedEncoding(_ kind: LegacyEncoders.Kind) -> TextEncoding {
        switch kind {
        case .tcvn3, .tcvn3LowercaseSet: return .tcvn3
        case .vni: return .vni
        case .cp1258: return .cp1258
        case .viqr: return .viqr
        case .nfd: return .utf8
        }
    }

    /// The record as JSON with spans and source info removed (their columns count the
    /// original's characters, which differ by encoding).
    static func content(_ record: DocumentRecord) throws -> Any {
        let data = try JSONEncoder().encode(record)
        func strip(_ v: Any) -> Any {
            if let d = v as? [String: Any] {
                return d.filter { $0.key != "span" && $0.key != "source" }.mapValues(strip)
            }
            if let a = v as? [Any] { return a.map(strip) }
            return v
        }
        return strip(try JSONSerialization.jsonObject(with: data))
    }

    /// The lower-case font set has no codes for accented capitals (Ủ, Ở, Ấ …; the encoder
    /// keeps Ă Â Ê Ô Ơ Ư Đ). Inside a line that loses only case, which the comparison
    /// ignores. But a line whose first letter is one (`Ủy ban …`, `- Ủy ban …`, `*Ủy ban …`)
    /// now starts in lower case, as a wrapped line's continuation does, and layout recovery
    /// rightly joins it to the line before: nothing in the bytes tells them apart. So for
    /// this encoding the record is compared with the record of the UTF-8 text carrying the
    /// same loss: those line-initial letters lowered, except where the decoder's capitals
    /// rule gives them back. Every other letter keeps its case, so a record that depends
    /// on any other lost capital, or on the decoding itself, still fails.
    static func lowerLostLineInitialCapitals(_ text: String) -> String {
        let kept = Set("ĂÂÊÔƠƯĐ".unicodeScalars)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var scalars = Array(line.unicodeScalars)
            if let k = scalars.firstIndex(where: { $0.properties.isAlphabetic }), scalars[k].value > 0x7F,
               scalars[k].properties.isUppercase, !kept.contains(scalars[k]) {
                scalars[k] = String(scalars[k]).lowercased().unicodeScalars.first!
            }
            return String(String.UnicodeScalarView(scalars))
        }
        // What the decoder's capitals rule restores (a line or column in capitals) it
        // restores here too: only the letters it cannot restore stay lowered.
        var scalars = Array(lines.joined(separator: "\n").unicodeScalars)
        LegacyDecoder.restoreCapitals(&scalars)
        return String(String.UnicodeScalarView(scalars))
    }

    static func json(_ v: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: v, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test(arguments: cases)
    func roundTrip(_ c: (String, LegacyEncoders.Kind)) throws {
        let (file, kind) = c
        let original = try String(contentsOf: Support.corpus.appendingPathComponent(file), encoding: .utf8)
        let reference = LegacyEncoders.lossy(original, for: kind)
        let bytes = LegacyEncoders.encode(reference, as: kind)
        let decoded = try TextDecoder.decode(bytes, name: file)
        #expect(decoded.encoding == Self.expectedEncoding(kind), "detected \(decoded.encoding)")
        #expect(decoded.warnings.isEmpty)

        let normalized = String(decoding: Normalizer.normalize(decoded), as: UTF8.self)
        let expected = String(decoding: Normalizer.normalize(DecodedText(text: reference)), as: UTF8.self)
        let caseLost = kind == .tcvn3LowercaseSet
        if caseLost {
            #expect(normalized.lowercased() == expected.lowercased())
        } else {
            #expect(normalized == expected)
        }

        let record = VanBan.process(decoded, name: file).record
        let utf8Record = VanBan.process(text: caseLost ? Self.lowerLostLineInitialCapitals(reference) : reference, name: file).record
        let a = try Self.json(Self.content(record)), b = try Self.json(Self.content(utf8Record))
        #expect(caseLost ? a.lowercased() == b.lowercased() : a == b)
        if kind == .tcvn3 {
            // One byte per letter: the spans are the UTF-8 spans.
            #expect(record.meetings.map(\.span) == utf8Record.meetings.map(\.span))
        }
        try checkSpans(record, utf8Record, bytes: bytes, reference: reference, encoding: decoded.encoding, caseLost: caseLost)
    }

    /// A sample of item spans: the original bytes under the span decode to the same
    /// words as the UTF-8 text under the UTF-8 span.
    func checkSpans(_ record: DocumentRecord, _ utf8: DocumentRecord, bytes: [UInt8], reference: String,
                    encoding: TextEncoding, caseLost: Bool) throws {
        let items = record.monthlyPlans.flatMap(\.items) + record.meetings.flatMap(\.items)
        let utf8Items = utf8.monthlyPlans.flatMap(\.items) + utf8.meetings.flatMap(\.items)
        guard items.count == utf8Items.count else { Issue.record("item counts differ"); return }
        let byteLines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let refLines = reference.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        for k in stride(from: 0, to: items.count, by: max(1, items.count / 25)) {
            let s = items[k].span, u = utf8Items[k].span
            guard s.start.line == s.end.line, u.start.line == u.end.line else { continue }
            #expect(s.start.line == u.start.line)
            let refText = String(String.UnicodeScalarView(refLines[u.start.line - 1][(u.start.column - 1)..<(u.end.column - 1)]))
            let piece: String
            if encoding == .utf8 {
                let line = Array(String(decoding: byteLines[s.start.line - 1], as: UTF8.self).unicodeScalars)
                piece = String(String.UnicodeScalarView(line[(s.start.column - 1)..<(s.end.column - 1)]))
            } else {
                let line = Array(byteLines[s.start.line - 1])
                piece = try TextDecoder.decode(Array(line[(s.start.column - 1)..<(s.end.column - 1)]), name: "-", encoding: encoding).text
            }
            let a = piece.precomposedStringWithCanonicalMapping, b = refText.precomposedStringWithCanonicalMapping
            #expect(caseLost ? a.lowercased() == b.lowercased() : a == b, "item \(k) at \(s)")
        }
    }

    @Test func invalidBytesInUTF8BecomeReplacementWithPositions() throws {
        var bytes = Array("Hội nghị lần thứ nhất\nBan Chấp hành Đảng bộ ".utf8)
        bytes += [0xFF]
        bytes += Array("phường\nTháng 3/2026: chuẩn bị nội dung\n".utf8)
        let decoded = try TextDecoder.decode(bytes, name: "x")
        #expect(decoded.encoding == .utf8)
        #expect(decoded.warnings == [DecodeWarning(kind: .invalidUTF8, line: 2, column: 23)])
        #expect(decoded.text.contains("bộ \u{FFFD}phường"))
    }

    @Test func viqrBackslashEscapesOnlyWhereACharacterWouldCompose() throws {
        let decode = { (s: String) in try TextDecoder.decode(Array(s.utf8), name: "x", encoding: .viqr).text }
        // After a vowel the backslash keeps a mark character literal (RFC 1456).
        #expect(try decode("Ha\\. No^.i") == "Ha. Nội")
        #expect(try decode("ca\\\\") == "ca\\")
        // After a digit or a space nothing would compose: a Markdown escape stays as written.
        #expect(try decode("**1\\.** Ve^` danh mu.c, \\* mu.c") == "**1\\.** Về danh mục, \\* mục")
        // Between two d's it keeps them from making đ: "SGD\\DDT" is SGDĐT.
        #expect(try decode("SGD\\DDT, dd\\d") == "SGDĐT, đd")
    }

    @Test func undecidableInputIsRefusedNotGuessed() {
        // Three bytes that read as Vietnamese in several encodings.
        let bytes: [UInt8] = Array("Ch".utf8) + [0xE0] + Array(" a\n".utf8)
        #expect(throws: InputError(file: "x", reason: .unknownEncoding)) { try TextDecoder.decode(bytes, name: "x") }
        // Forcing an encoding decides.
        #expect((try? TextDecoder.decode(bytes, name: "x", encoding: .cp1258))?.text == "Chà a\n")
    }

    @Test func randomBytesAreBinary() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(throws: InputError(file: "x", reason: .binary)) { try TextDecoder.decode(bytes, name: "x") }
    }

    @Test func plainASCIIIsNotVIQR() throws {
        let text = "Meeting notes. Is it ready? Yes: items 1-3, see a.b and c'd.\n"
        #expect(try TextDecoder.decode(Array(text.utf8), name: "x").encoding == .utf8)
    }

    @Test func encodingNames() {
        #expect(TextEncoding(name: "Windows-1258") == .cp1258)
        #expect(TextEncoding(name: "ABC") == .tcvn3)
        #expect(TextEncoding(name: "vni-windows") == .vni)
        #expect(TextEncoding(name: "latin1") == nil)
    }
}

/// `.VnTimeH` headings: TCVN3 lowercase codes drawn as capitals.
@Suite("TCVN3 capitals")
struct TCVN3CapitalTests {
    @Test func headingInCapitalsFontIsRestored() throws {
        // "CHƯƠNG TRÌNH CÔNG TÁC" typed with lowercase codes for Ư Ơ Ì Ô Á; body in lowercase.
        let bytes: [UInt8] = Array("CH".utf8) + [0xAD, 0xAC] + Array("NG TR".utf8) + [0xD7] + Array("NH C".utf8) + [0xAB]
            + Array("NG T".utf8) + [0xB8] + Array("C\n".utf8) + [0xA7, 0xB6] + Array("ng ".utf8) + [0xF1, 0x79, 0x20, 0xAE, 0xB8, 0x6E, 0x68, 0x20, 0x67, 0x69, 0xB8, 0x0A]
        let decoded = try TextDecoder.decode(bytes, name: "x")
        #expect(decoded.encoding == .tcvn3)
        #expect(decoded.text == "CHƯƠNG TRÌNH CÔNG TÁC\nĐảng ủy đánh giá\n")
    }

    @Test func twoColumnHeaderLineKeepsItsCapitals() throws {
        // The lower-case font set has no codes for accented capitals: "SỞ", "VÀ", "ĐÀO" arrive
        // as "Sở", "Và", "đàO". The issuer's column is all capitals in its plain letters even
        // though the motto beside it, on the same line, is not.
        let text = "SỞ GIÁO DỤC VÀ ĐÀO TẠO          Độc lập - Tự do - Hạnh phúc\nTổ chức họp ngày mai\n"
        let bytes = LegacyEncoders.encode(text, as: .tcvn3LowercaseSet)
        let decoded = try TextDecoder.decode(bytes, name: "x", encoding: .tcvn3)
        #expect(decoded.text == text)
    }

    @Test func typeNameWithItsAccentedCapitalsLost() {
        let entry = { (s: String) in DocumentTypes.entry(at: Array(s.unicodeScalars), caseSensitive: true) }
        #expect(entry("Kế HOẠCH Thực hiện công tác dân vận")?.entry.codes.code(for: "state") == "KH")
        #expect(entry("QUYếT địNH")?.length == 10)
        // Prose keeps its lowercase plain letters: no type name.
        #expect(entry("Kế hoạch năm 2026") == nil)
        #expect(entry("Kế HOạch") == nil)
    }
}
