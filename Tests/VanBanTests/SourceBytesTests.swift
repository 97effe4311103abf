import Foundation
import Testing
@testable import VanBan

/// `SourceText` holds its text as UTF-8 and decodes a line when it is read (issue 17): its
/// lines, scalars and columns must be those of the scalar array it held before, kept here.
@Suite("Source as bytes")
struct SourceBytesTests {
    /// The source as it was split before: every scalar, and each line's scalar range.
    static func referenceLines(_ text: String) -> (scalars: [Unicode.Scalar], lines: [Range<Int>]) {
        let scalars = Array(text.unicodeScalars)
        var lines: [Range<Int>] = []
        var start = 0, i = 0
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
        return (scalars, lines)
    }

    /// Texts whose breaks and characters are the hard cases: CR, CRLF, CR CR LF, breaks at
    /// either end, empty lines, two-, three- and four-byte characters, NFD, runs of ASCII
    /// longer than eight bytes next to breaks.
    static var tricky: [String] {
        var texts = ["", "\n", "\r", "\r\n", "\r\r\n", "\n\r", "a", "a\n", "a\r", "a\r\nb", "\r\n\r\nx\r",
                     "một\r\nhai\rba\n", "Đảng ủy\u{2028}phường\n\n\nđi", "e\u{301} Hoa\u{300}\r\n",
                     "😀 bốn byte\r😀\n", String(repeating: "abcdefghij", count: 30) + "\r\n" + String(repeating: "ờ", count: 17),
                     "abcdefgh\nabcdefgh\r\nabcdefg\rABCDEFGHIJKLMNOP", "\u{FEFF}BOM\n\t tab \u{A0}\n"]
        texts.append(texts.joined(separator: "\r\n"))
        return texts
    }

    @Test func linesAndScalarsAreThoseOfTheScalarArray() throws {
        var texts = Self.tricky
        for name in Support.corpusFiles.prefix(6) {
            texts.append(String(decoding: try Data(contentsOf: Support.corpus.appendingPathComponent(name)), as: UTF8.self))
        }
        for text in texts {
            let source = SourceText(name: "t", text: text)
            let reference = Self.referenceLines(text)
            #expect(source.lines == reference.lines, "\(text.debugDescription.prefix(60))")
            #expect(source.lineCount == reference.lines.count)
            #expect(source.scalars == reference.scalars)
            #expect(source.scalarCount == reference.scalars.count)
            #expect(source.text == text)
            for (k, range) in reference.lines.enumerated() {
                let expected = Array(reference.scalars[range])
                #expect(Array(source.line(k)) == expected, "line \(k) of \(text.debugDescription.prefix(60))")
                #expect(source.withLine(k) { Array($0) } == expected)
                let bytes = source.utf8[source.byteRange(ofLine: k)]
                #expect(Array(String(decoding: bytes, as: UTF8.self).unicodeScalars) == expected)
            }
        }
    }

    /// The majority tone style counted line by line is the one counted over the whole text.
    @Test func toneStyleResolvedByLineIsResolvedOverTheText() throws {
        var texts = Self.tricky + [
            "hòa thủy\nhoà thuỷ\nhóa", "Đảng uỷ\r\nĐảng ủy\r\nquỳ", "ho\u{61}\u{300} thu\u{79}\u{309}\nhoà",
            "hoà\nho\u{300}a thu\u{309}y\rthủy hòa", "Thủy\u{0}Hòa\u{2028}thuỷ",
        ]
        for name in Support.corpusFiles.prefix(10) {
            texts.append(String(decoding: try Data(contentsOf: Support.corpus.appendingPathComponent(name)), as: UTF8.self))
        }
        var decided = 0
        for text in texts {
            let source = SourceText(name: "t", text: text)
            for style in [ToneStyle.keep, .old, .new] {
                let old = Normalizer.resolve(style, in: Self.referenceLines(text).scalars)
                #expect(Normalizer.resolve(style, in: source) == old, "\(style) \(text.debugDescription.prefix(60))")
                if style == .keep, old != nil { decided += 1 }
            }
        }
        #expect(decided >= 4)
    }
}
