import Testing
@testable import VanBan

/// `UnbalancedBracket.brackets` (issue 17, seventh session) reads the brackets and quotes of
/// a line on its punctuation tokens, where the rule read every scalar: the same signs at the
/// same offsets on every line of every document and on random lines.
@Suite("Lint: unbalanced-bracket reads tokens, against reading every scalar")
struct UnbalancedBracketTokenTests {
    static func events(_ t: TokenizedLine, tokens: Bool) -> [String] {
        var result: [String] = []
        if tokens {
            UnbalancedBracket.brackets(t) { c, i in result.append("\(c)\(i)") }
        } else {
            UnbalancedBracket.bracketsByScalar(t) { c, i in result.append("\(c)\(i)") }
        }
        return result
    }

    static func check(_ lines: [TokenizedLine]) -> Int {
        var signs = 0
        for t in lines {
            let old = events(t, tokens: false)
            #expect(events(t, tokens: true) == old, "\(t.line.text)")
            signs += old.count
        }
        return signs
    }

    @Test("every line of every document")
    func documents() throws {
        var signs = 0
        for (_, text) in try RuleBytesEquivalenceTests.texts() {
            let document = LintDocument(Support.process(text))
            signs += Self.check(document.lines.map(\.tokens) + document.textLines)
        }
        #expect(signs > 1000, "\(signs)")
    }

    @Test("random lines with markers, brackets, quotes and marks")
    func random() {
        let alphabet = ["(", ")", "“", "”", "\"", "a", "đ", "1", " ", " ", "-", "1.", "a)", "(1)", "e\u{301}", "\u{301}", "["]
        var random = SeededRandom(seed: 29)
        var lines: [TokenizedLine] = []
        for _ in 0..<20_000 {
            let count = Int(random.next() % 16) + 1
            lines.append(Support.line((0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()))
        }
        #expect(Self.check(lines) > 10_000)
    }
}
