import Testing
@testable import VanBan

/// `MissingElement.firstLetter` (issue 17, seventh session) reads a line's first letter on
/// its UTF-8 bytes, where it decoded the line: the same answer (the same ASCII scalar, any
/// other scalar, or none) on every line of every document and on tricky lines.
@Suite("Lint: missing-element's first letter on bytes, against the decoded line")
struct MissingElementFirstLetterTests {
    static func kind(_ s: Unicode.Scalar?) -> String {
        guard let s else { return "none" }
        return s.isASCII ? String(s) : "other"
    }

    static func check(_ source: SourceText) -> Int {
        for k in 0..<source.lineCount {
            let new = kind(MissingElement.firstLetter(source, k)), old = kind(MissingElement.firstLetterDecoded(source, k))
            #expect(new == old, "line \(k + 1): \(new) vs \(old)")
        }
        return source.lineCount
    }

    @Test("every line of every document")
    func documents() throws {
        var lines = 0
        for (_, text) in try RuleBytesEquivalenceTests.texts() {
            lines += Self.check(Support.process(text).source)
        }
        #expect(lines > 10_000)
    }

    @Test("tricky lines")
    func tricky() {
        let text = "\u{FEFF}Nơi nhận:\n**Nơi nhận:**\n| # Đảng\n\t\t\n\n  Quyết định\r\n\\*KT. CHỦ TỊCH\r#_|\\ \t\n"
            + "\u{00A0}Nơi\n*\u{301}T\n___\nnơi nhận\nTM. BAN\n\u{1EE6}y ban\nx\ry\n# Q"
        #expect(Self.check(SourceText(name: "t", text: text)) > 10)
    }
}
