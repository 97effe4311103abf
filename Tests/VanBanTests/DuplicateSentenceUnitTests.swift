import Testing
@testable import VanBan

/// `DuplicateSentence.mayHoldTwoClauses` (issue 17, seventh session: a one-line unit with
/// at most one clause is passed over) never passes over a line in which `clauses` finds two:
/// on every line of every document and on random lines of words, numbers and signs.
@Suite("Lint: duplicate-sentence passes over one-clause units, against the clauses found")
struct DuplicateSentenceUnitTests {
    static func missed(_ lines: [TokenizedLine]) -> [String] {
        lines.filter { !DuplicateSentence.mayHoldTwoClauses($0) && DuplicateSentence.clauses($0).count > 1 }.map(\.line.text)
    }

    @Test("every line of every document")
    func documents() throws {
        var passed = 0, total = 0
        for (name, text) in try RuleBytesEquivalenceTests.texts() {
            let lines = LintDocument(Support.process(text)).textLines
            #expect(Self.missed(lines).isEmpty, "\(name): \(Self.missed(lines).prefix(3))")
            passed += lines.count { !DuplicateSentence.mayHoldTwoClauses($0) }
            total += lines.count
        }
        #expect(passed * 2 > total, "\(passed) of \(total)")
    }

    @Test("random lines")
    func random() {
        let alphabet = ["một", "hai", "ba", "bốn", "năm", "1", "2", ",", ";", ".", "(", ")", "-", "a)", "1."]
        var random = SeededRandom(seed: 7)
        var lines: [TokenizedLine] = []
        for _ in 0..<20_000 {
            let count = Int(random.next() % 24) + 1
            lines.append(Support.line((0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined(separator: " ")))
        }
        let missed = Self.missed(lines)
        #expect(missed.isEmpty, "\(missed.count): \(missed.prefix(5))")
    }
}
