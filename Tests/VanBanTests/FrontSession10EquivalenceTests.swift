import Foundation
import Testing
@testable import VanBan

/// Issue 17, tenth session, the front: each rewrite checked against the form it replaced, kept
/// here, on every corpus, hold-out, real and seed document (as written, NFD, upper-cased, with
/// odd spaces and `\r\n`) and on random and tricky inputs.
@Suite("Front, session 10: old and new forms agree")
struct FrontSession10EquivalenceTests {
    // MARK: Decoding: validation and line splitting in one pass

    /// The line table `SourceText.init(name:text:)` built before: a second pass over the
    /// bytes of a String that `String(validating:)` had already validated.
    static func oldLines(_ utf8: [UInt8]) -> SourceText.Lines {
        var lines = SourceText.Lines.Builder(wide: utf8.count >= Int(UInt32.max))
        utf8.withUnsafeBufferPointer { p in
            let n = p.count
            var start = 0, scalar = 0, lineScalar = 0
            var i = 0
            let base = p.baseAddress
            while i < n {
                if i + 8 <= n {
                    let x = UnsafeRawPointer(base! + i).loadUnaligned(as: UInt64.self)
                    let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
                    let lf = x ^ (ones &* 0x0A), cr = x ^ (ones &* 0x0D)
                    if ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & high == 0 {
                        scalar += 8 - (x & ~(x << 1) & high).nonzeroBitCount
                        i += 8
                        continue
                    }
                }
                let b = p[i]
                if b == 0x0A || b == 0x0D {
                    lines.append(byteStart: start, scalars: lineScalar..<scalar)
                    let two = b == 0x0D && i + 1 < n && p[i + 1] == 0x0A
                    i += two ? 2 : 1
                    scalar += two ? 2 : 1
                    start = i
                    lineScalar = scalar
                    continue
                }
                if b & 0xC0 != 0x80 { scalar += 1 }
                i += 1
            }
            if start < n {
                lines.append(byteStart: start, scalars: lineScalar..<scalar)
            }
        }
        return lines.finished()
    }

    /// What the old decoder made of UTF-8 input without a mark: the text `String(validating:)`
    /// made, nil when it refused the bytes.
    static func oldText(_ bytes: [UInt8]) -> String? { String(validating: bytes, as: UTF8.self) }

    /// Compares the one-pass scan and the decoder with the old forms on `bytes`; returns the
    /// number of disagreements (each also recorded as an issue).
    @discardableResult
    static func checkDecode(_ bytes: [UInt8], _ name: String) -> Int {
        var issues = 0
        func expect(_ ok: Bool, _ what: String) {
            if !ok { issues += 1; Issue.record("\(name): \(what)") }
        }
        let old = oldText(bytes)
        let scan = bytes.withUnsafeBufferPointer { SourceText.scan($0) }
        expect((scan == nil) == (old == nil), "valid \(scan != nil), old \(old != nil)")
        guard let scan, old != nil else { return issues }
        expect(scan.lines == oldLines(bytes), "lines")
        expect(scan.isASCII == bytes.allSatisfy { $0 < 0x80 }, "isASCII")
        // Through the decoder and the source, as the pipeline reads them (a byte-order mark is
        // not part of the text).
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if !bytes.isEmpty, !TextDecoder.looksBinary(bytes[...]), TextDecoder.utf16ByteOrder(bytes[...]) == nil,
           let decoded = try? TextDecoder.decode(bytes, name: name), decoded.encoding == .utf8,
           let old = oldText(body) {
            expect(decoded.text == old && Array(decoded.text.utf8) == body, "decoded text")
            let source = SourceText(name: name, decoded: decoded)
            let oldSource = SourceText(name: name, text: old)
            expect(source.utf8 == body && oldSource.utf8 == body, "source bytes")
            expect(source.lines == oldLines(body) && oldSource.lines == oldLines(body), "source lines")
            expect(source.lineCount == oldSource.lineCount, "line count")
            let normalized = Normalizer.normalize(decoded)
            var copy = old
            let oldNormalized = copy.withUTF8 { Normalizer.normalizeUTF8($0, toneStyle: .keep) }
            expect(normalized == oldNormalized, "normalize")
        }
        return issues
    }

    @Test func decodingAgreesOnEveryDocument() {
        var count = 0
        for (name, text) in CleanAllEquivalenceTests.texts {
            let bytes = Array(text.utf8)
            Self.checkDecode(bytes, name)
            // A lone `\r` for every break, and a text ending in a break or in the middle of a letter.
            Self.checkDecode(Array(text.replacingOccurrences(of: "\n", with: "\r").utf8), name + " CR")
            Self.checkDecode(bytes + [0x0D], name + " +CR")
            if bytes.count > 3 { Self.checkDecode(Array(bytes.dropLast(1)), name + " -1") }
            count += 1
        }
        #expect(count >= 100)
    }

    /// Bytes drawn from pieces that stress the scan: ASCII, breaks, well-formed sequences of
    /// two to four bytes, and every kind of ill-formed one (a lone continuation byte, C0/C1,
    /// overlong E0/F0 forms, a surrogate, a value past U+10FFFF, F5–FF, a truncated sequence),
    /// at every offset of an eight-byte read.
    @Test func decodingAgreesOnRandomBytes() {
        let valid: [[UInt8]] = [[0x61], [0x20], [0x0A], [0x0D], [0x0D, 0x0A], [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47],
                                [0xC3, 0xA0], [0xC4, 0x91], [0xE1, 0xBB, 0x87], [0xE2, 0x80, 0x93], [0xEF, 0xBB, 0xBF],
                                [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
                                [0xC2, 0x80], [0xDF, 0xBF], [0x7F], [0x09], [0x0C]]
        let invalid: [[UInt8]] = [[0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
                                  [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
                                  [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xFE], [0xC3], [0xE1, 0xBB],
                                  [0xF0, 0x9F, 0x98], [0xC3, 0x41], [0xE1, 0x41, 0x87], [0xE1, 0xBB, 0x41], [0xF0, 0x9F, 0x41, 0x80]]
        var random = SeededRandom(seed: 17_10)
        var invalidCount = 0, validCount = 0
        for round in 0..<20_000 {
            var bytes: [UInt8] = []
            let pieces = Int.random(in: 0...24, using: &random)
            let bad = round % 3 == 0
            for _ in 0..<pieces {
                if bad, Int.random(in: 0..<12, using: &random) == 0 {
                    bytes += invalid.randomElement(using: &random)!
                } else {
                    bytes += valid.randomElement(using: &random)!
                }
            }
            if Self.oldText(bytes) == nil { invalidCount += 1 } else { validCount += 1 }
            Self.checkDecode(bytes, "random \(round)")
        }
        #expect(invalidCount > 3_000 && validCount > 10_000)
        // Every ill-formed piece alone, after 0…15 ASCII bytes, and followed by text.
        for piece in invalid {
            for lead in 0..<16 {
                Self.checkDecode([UInt8](repeating: 0x61, count: lead) + piece, "invalid \(piece) at \(lead)")
                Self.checkDecode([UInt8](repeating: 0x61, count: lead) + piece + Array("tiếp theo\n".utf8), "invalid \(piece) at \(lead) +")
            }
        }
    }

    /// A text given as a String (a Word file's, `VanBan.process(text:)`) still reads the same.
    @Test func textGivenAsAStringIsUnchanged() {
        for (name, text) in CleanAllEquivalenceTests.texts.prefix(30) {
            var decoded = DecodedText(text: text)
            #expect(decoded.text == text)
            let source = SourceText(name: name, decoded: decoded)
            #expect(source.utf8 == Array(text.utf8) && source.lines == Self.oldLines(Array(text.utf8)))
            decoded.text = "a\nb"
            #expect(SourceText(name: name, decoded: decoded).lines == Self.oldLines(Array("a\nb".utf8)))
        }
        // Set over bytes it held: the String set wins.
        var decoded = try! TextDecoder.decode(Array("Điều 1.\nĐiều 2.\n".utf8), name: "x")
        decoded.text = "x\ny"
        #expect(decoded.text == "x\ny")
        #expect(SourceText(name: "x", decoded: decoded).utf8 == Array("x\ny".utf8))
    }

    // MARK: Layout: line shapes read in place, prefixes as scalars

    /// `LineShape.hasPrefix` and `sameIgnoringCase` as they were: the prefix's scalars decoded
    /// from a String at each call, and every pair outside ASCII compared by mapping strings.
    static func oldHasPrefix(_ s: [Unicode.Scalar], _ prefix: String) -> Bool {
        var i = 0
        for p in prefix.unicodeScalars {
            guard i < s.count else { return false }
            if s[i] != p {
                guard i == 0, oldSameIgnoringCase(s[i], p) else { return false }
            }
            i += 1
        }
        return true
    }

    static func oldSameIgnoringCase(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        if a.value < 0x80 && b.value < 0x80 { return Alphabet.lower(a) == Alphabet.lower(b) }
        return a.properties.lowercaseMapping == b.properties.lowercaseMapping
    }

    static func oldIsMonthHeading(_ s: [Unicode.Scalar]) -> Bool {
        var t = s[...]
        while let l = t.last, l == " " || l == ":" || l == "." { t = t.dropLast() }
        guard t.count >= 7, t.first == "T", oldHasPrefix(Array(t.prefix(6)), "Tháng ") || oldHasPrefix(Array(t.prefix(6)), "THÁNG ") else { return false }
        t = t.dropFirst(6)
        func digits(_ n: ClosedRange<Int>) -> Int? {
            var value = 0, count = 0
            while let f = t.first, f.value >= 0x30, f.value <= 0x39, count < n.upperBound {
                value = value * 10 + Int(f.value - 0x30); count += 1; t = t.dropFirst()
            }
            return n.contains(count) ? value : nil
        }
        guard let month = digits(1...2), (1...12).contains(month) else { return false }
        if t.first == "/" {
            t = t.dropFirst()
            guard digits(4...4) != nil else { return false }
        } else if t.first == " " {
            t = t.dropFirst()
            guard oldHasPrefix(Array(t.prefix(4)), "năm ") || oldHasPrefix(Array(t.prefix(4)), "NĂM ") else { return false }
            t = t.dropFirst(4)
            guard digits(4...4) != nil else { return false }
        }
        return t.isEmpty
    }

    static func oldIsAppendixHeading(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count <= 60, let first = s.first, first == "p" || first == "P" else { return false }
        let lower = String(scalars: s, lowercased: true)
        guard lower.hasPrefix("phụ lục") else { return false }
        var rest = lower.dropFirst(7).drop(while: { $0 == " " })
        if rest.hasPrefix("số") { rest = rest.dropFirst(2).drop(while: { $0 == " " }) }
        guard let f = rest.first else { return true }
        return f.isNumber || "ivx".contains(f)
    }

    static func oldIsRecipientsHeading(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, s[i] == "#" || s[i] == "_" || s[i] == " " { i += 1 }
        let t = i == 0 ? s : Array(s[i...])
        return oldHasPrefix(t, "Nơi nhận") || oldHasPrefix(t, "NƠI NHẬN")
    }

    static func oldIsPageNumber(_ s: [Unicode.Scalar]) -> Bool {
        var t = s[...]
        if t.starts(with: "Trang ".unicodeScalars) { t = t.dropFirst(6) }
        while let f = t.first, f == "-" || f == " " { t = t.dropFirst() }
        while let l = t.last, l == "-" || l == " " { t = t.dropLast() }
        return !t.isEmpty && t.count <= 3 && t.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 } && t.first != "0"
    }

    static func oldStartsLegalHeading(_ s: [Unicode.Scalar]) -> Bool {
        guard let f = s.first, f == "P" || f == "C" || f == "M" || f == "T" || f == "Đ" else { return false }
        let head = Array(String(scalars: s.prefix(9), lowercased: true).unicodeScalars)
        for word in LineShape.legalHeadingWords where head.starts(with: word.unicodeScalars) {
            var i = word.unicodeScalars.count
            let start = i
            while i < s.count, ("0"..."9").contains(s[i]) || "IVXLC".unicodeScalars.contains(s[i]) { i += 1 }
            guard i > start else { return false }
            if i == s.count { return true }
            if s[i] == "." || s[i] == ":" { return true }
            guard word != "điều ", s[i] == " " else { return false }
            return LineShape.isCapitalsTitle(s[(i + 1)...])
        }
        return false
    }

    /// `ListMarker.recognize` as it was: `IVX` and the Vietnamese alphabet searched first.
    static func oldRecognize(_ s: [Unicode.Scalar]) -> ListMarker? {
        let n = s.count
        guard n > 0 else { return nil }
        func isSpace(_ i: Int) -> Bool { i >= n || s[i] == " " }
        func skipSpace(_ i: Int) -> Int { var j = i; while j < n && s[j] == " " { j += 1 }; return j }
        func label(_ end: Int) -> String { String(scalars: s[0..<end]) }
        let first = s[0]
        switch first {
        case "-", "–", "—", "−":
            // "-Thảo luận" (no space) is still a dash item; "--" or "-----" is not.
            if n > 1, s[1] == "-" || s[1] == "–" { return nil }
            return ListMarker(style: .dash, label: "-", values: [], length: skipSpace(1))
        case "•", "●", "▪", "◦":
            return ListMarker(style: .bullet, label: "•", values: [], length: skipSpace(1))
        case "+":
            guard isSpace(1) else { return nil }
            return ListMarker(style: .plus, label: "+", values: [], length: skipSpace(1))
        case "(":
            var j = 1
            var value = 0
            while j < n, j < 4, let d = ListMarker.digit(s[j]) { value = value * 10 + d; j += 1 }
            guard j > 1, j < n, s[j] == ")", isSpace(j + 1) else { return nil }
            return ListMarker(style: .parenthesized, label: label(j + 1), values: ListMarker.single(value), length: skipSpace(j + 1))
        default:
            break
        }
        if ListMarker.digit(first) != nil {
            var values: [Int] = []
            var j = 0
            while true {
                var value = 0, digits = 0
                while j < n, digits < 4, let d = ListMarker.digit(s[j]) { value = value * 10 + d; j += 1; digits += 1 }
                guard digits > 0, digits <= (values.isEmpty ? 3 : 2) else { return nil }
                values.append(value)
                guard j < n else { return nil }
                if s[j] == ")" {
                    guard values.count == 1, isSpace(j + 1) else { return nil }
                    return ListMarker(style: .arabicParen, label: label(j + 1), values: values, length: skipSpace(j + 1))
                }
                // Central Party numbering "1- " (Hướng dẫn 36-HD/VPTW) reads like "1. ".
                if s[j] == "-", values.count == 1, j + 1 < n, s[j + 1] == " " {
                    return ListMarker(style: .arabic, label: label(j + 1), values: values, length: skipSpace(j + 1))
                }
                guard s[j] == "." else { return nil }
                j += 1
                if j >= n || s[j] == " " || isLetter(s[j]) {
                    // "1." "2.1." "2.1.Tập trung" (missing space after the marker).
                    return ListMarker(style: values.count == 1 ? .arabic : .dotted, label: label(j),
                                      values: values, length: skipSpace(j))
                }
                if ListMarker.digit(s[j]) == nil { return nil }
                // "2.1 Tập trung": dotted without the final dot.
                var k = j, more = 0
                while k < n, ListMarker.digit(s[k]) != nil { k += 1; more += 1 }
                if more <= 2, k < n, s[k] == " ", values.count >= 1 {
                    var v = 0
                    for q in j..<k { v = v * 10 + ListMarker.digit(s[q])! }
                    // Only as a heading: "2.1 X" where X starts with an upper-case letter.
                    let next = skipSpace(k)
                    if next < n, isUpper(s[next]) {
                        return ListMarker(style: .dotted, label: label(k), values: values + [v], length: next)
                    }
                    return nil
                }
            }
        }
        // Roman (I, V, X only: "C." and "D." are parts, not 100 and 500).
        if "IVX".unicodeScalars.contains(first) {
            var j = 0
            while j < n, "IVX".unicodeScalars.contains(s[j]) { j += 1 }
            if j < n, s[j] == "." && isSpace(j + 1) || s[j] == "-" && j + 1 < n && s[j + 1] == " ", let value = RomanNumeral.value(of: String(scalars: s[0..<j])) {
                return ListMarker(style: .roman, label: label(j + 1), values: ListMarker.single(value), length: skipSpace(j + 1))
            }
        }
        if first.value >= 0x41, first.value <= 0x5A, n > 1, s[1] == ".", isSpace(2) {
            return ListMarker(style: .upperLatin, label: label(2), values: ListMarker.single(Int(first.value - 0x40)), length: skipSpace(2))
        }
        if let index = ListMarker.vietnameseAlphabet.firstIndex(of: first), n > 1, s[1] == ")" && isSpace(2) || n > 2 && s[1] == "-" && s[2] == " " {
            let value = ListMarker.vietnameseAlphabet.distance(from: ListMarker.vietnameseAlphabet.startIndex, to: index) + 1
            return ListMarker(style: .letter, label: label(2), values: ListMarker.single(value), length: skipSpace(2))
        }
        return nil
    }

    /// Lines to ask the shape tests: every cleaned line of every document, each also with its
    /// first word in capitals, with its first letter swapped for a capital with a mark, after
    /// `## `, and cut to its first 9 and 12 scalars; and hand-made near misses.
    static var shapeLines: [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = []
        for (name, text) in CleanAllEquivalenceTests.texts {
            let source = SourceText(name: name, text: text)
            for line in LayoutRecovery.clean(source, toneStyle: nil) where !line.scalars.isEmpty {
                let s = line.scalars
                lines.append(s)
                lines.append(Array(s.prefix(9)))
                lines.append(Array(s.prefix(12)))
                lines.append(Array("## ".unicodeScalars) + s)
                lines.append(["Đ"] + s.dropFirst())
                lines.append(["\u{212A}"] + s.dropFirst())
            }
        }
        let made = ["Tháng 3/2028", "THÁNG 01 NĂM 2028", "Tháng 12:", "tháng 3/2028", "Tháng 13/2028", "Tháng 3 năm 2028.",
                    "Tháng 3 NĂM 2028", "Tháng 3 Năm 2028", "Tháng 3 nam 2028", "Tháng", "Tháng ", "Tháng 3", "Tháng 3 năm",
                    "Phụ lục", "Phụ lục I", "PHỤ LỤC 2", "Phụ lục số 01", "phụ lục ix", "Phĩ lục", "Pĥụ lục 1", "P", "Ph", "Phụ lụ",
                    "Nơi nhận:", "NƠI NHẬN", "__Nơi nhận__:", "# Nơi nhận :", "nơi nhận", "Nơi nhậ", "###", "___Nơi",
                    "Trên đây", "trên đây là", "TRÊN ĐÂY", "Trên đâ", "\u{212A}ơi nhận", "\u{212A}háng 3/2028", "ŧrên đây",
                    "Điều 5.", "ĐIỀU 5:", "ĐIềU 12", "Điều 20 và khoản 2", "Chương II", "Chương I QUY ĐỊNH CHUNG", "CHƯƠNG IV Quy",
                    "Mục 2", "MỤC", "Mục", "Tiểu mục 3.", "TIỂU MỤC 1 NHỮNG", "Phần thứ nhất", "PHẦN I", "Phần V:", "Điều",
                    "Điều ", "Điều X.", "Chương 1 Điều", "Mục 2 ", "Đi", "Chương IIx", "Phần 12 ĐÂY LÀ",
                    "a) x", "đ) y", "y- z", "f) no", "a)", "a-", "a- ", "b-c", "IV. A", "XII- B", "IVX.", "V.", "VI", "I.x",
                    "A. B", "Z.", "(3) a", "(12)", "1) a", "2.1. b", "2.1 Tập", "3- c", "- d", "• e", "+ f", "+f", "x) y",
                    "Trang 5", "Trang 05", "- 5 -", "5", "Trang 123", "Trang 1234", "Trang", "Trang ", "TRANG 5", "trang 5", "Tr 5"]
        for m in made { lines.append(Array(m.unicodeScalars)) }
        return lines
    }

    @Test func lineShapesAgree() {
        var count = 0
        for s in Self.shapeLines {
            #expect(LineShape.isMonthHeading(s) == Self.oldIsMonthHeading(s), "month \(String(scalars: s))")
            #expect(LineShape.isAppendixHeading(s) == Self.oldIsAppendixHeading(s), "appendix \(String(scalars: s))")
            #expect(LineShape.isRecipientsHeading(s) == Self.oldIsRecipientsHeading(s), "recipients \(String(scalars: s))")
            #expect(LineShape.hasPrefix(s[...], LineShape.Prefix.trenDay) == Self.oldHasPrefix(s, "Trên đây"), "trên đây \(String(scalars: s))")
            #expect(LineShape.hasPrefix(s, "Trên đây") == Self.oldHasPrefix(s, "Trên đây"))
            #expect(LineShape.startsLegalHeading(s) == Self.oldStartsLegalHeading(s), "legal \(String(scalars: s))")
            #expect(ListMarker.recognize(s) == Self.oldRecognize(s), "marker \(String(scalars: s))")
            #expect(LineShape.isPageNumber(s) == Self.oldIsPageNumber(s), "page \(String(scalars: s))")
            count += 1
        }
        #expect(count > 100_000)
    }

    /// The claim `sameIgnoringCase` rests on: of all scalars outside ASCII, only the Kelvin sign
    /// lower-cases (full mapping) to an ASCII string; and the two forms agree on ASCII letters
    /// against a sample of every plane's scalars.
    @Test func sameIgnoringCaseAgrees() {
        var toASCII: [UInt32] = []
        for v in UInt32(0x80)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            let m = c.properties.lowercaseMapping
            if m.unicodeScalars.allSatisfy(\.isASCII) { toASCII.append(v) }
        }
        #expect(toASCII == [0x212A])
        let ascii = (0..<0x80).compactMap { Unicode.Scalar(UInt32($0)) }
        var random = SeededRandom(seed: 1710)
        var others: [Unicode.Scalar] = ["\u{212A}", "\u{130}", "Đ", "đ", "Ủ", "ẞ", "ß", "K", "k"]
        for _ in 0..<3_000 {
            if let c = Unicode.Scalar(UInt32.random(in: 0...0x2FFFF, using: &random)) { others.append(c) }
        }
        for a in ascii + others {
            for b in ascii + others.prefix(40) {
                #expect(LineShape.sameIgnoringCase(a, b) == Self.oldSameIgnoringCase(a, b), "\(a.value) \(b.value)")
            }
        }
    }

    // MARK: Lexer: one table for word scalars and their lower case

    /// `Lexer.wordTable` against the tests it stands for, over every scalar: a scalar it
    /// marks is a word scalar (`isWordScalar`), with `Alphabet.lower` as its entry and the
    /// digit bit exactly on ASCII digits; every ASCII word scalar is marked.
    @Test func wordTableAgreesWithTheScalarTests() {
        var marked = 0
        for v in UInt32(0)..<0x1F00 {
            guard let c = Unicode.Scalar(v) else { continue }
            let e = Lexer.wordTable[Int(v)]
            if e != 0 {
                marked += 1
                #expect(Lexer.isWordScalar(c), "\(v)")
                #expect(e & ~Lexer.digitBit == Alphabet.lower(c).value, "\(v)")
                #expect((e & Lexer.digitBit != 0) == (v >= 0x30 && v <= 0x39), "\(v)")
            } else if v < 0x80 {
                #expect(!Lexer.isWordScalar(c), "\(v)")
            }
        }
        #expect(marked == 62 + 132 + 2)  // ASCII letters and digits, the 132 vowels outside ASCII, đ Đ
    }

    /// The lexer against its form before the table (`LexerEquivalenceTests.reference`, the
    /// lexer as it was at eaa5d36, kept there) on every line of every document and on random
    /// lines of scalars from every range the table splits.
    @Test func lexerAgreesOnEveryLineAndRandomLines() {
        var lines: [[Unicode.Scalar]] = Self.shapeLines
        let pieces: [Unicode.Scalar] = ["a", "Z", "0", "9", "/", ":", " ", "Đ", "đ", "Ư", "ễ", "Ỹ", "\u{300}", "\u{301}", "ß", "İ",
                                        "\u{1E9E}", "\u{1EFF}", "\u{1F00}", "\u{1F08}", "Ω", "Я", "\u{2126}", "\u{212A}", "中", "٣",
                                        "\u{1D400}", "%", "≥", "\u{A0}", "_", "-", "ǅ", "\u{345}", "\u{1EA0}", "@", "`", "{"]
        var random = SeededRandom(seed: 10_17)
        for _ in 0..<20_000 {
            lines.append((0..<Int.random(in: 1...30, using: &random)).map { _ in pieces.randomElement(using: &random)! })
        }
        var tokens = 0
        for s in lines {
            let new = s.withUnsafeBufferPointer { Lexer.tokenize($0) }
            let old = LexerEquivalenceTests.reference(s)
            let same = new.count == old.count && zip(new, old).allSatisfy { n, o in
                n.kind == o.kind && n.range == o.range && Array(n.lower.utf8) == o.lower && n.spaceBefore == o.spaceBefore
            }
            #expect(same, "\(String(scalars: s).debugDescription)")
            tokens += new.count
        }
        #expect(tokens > 1_000_000)
    }
}
