import Testing
@testable import VanBan

/// `MalformedYear.mayHoldYear` (issue 17, seventh session) passes over a line only when the
/// rule's loop finds no year position in it (`isYearPosition` among all numbers and
/// four-scalar words), on every text line of every document.
@Suite("Lint: malformed-year's candidates, against every number and four-letter word")
struct MalformedYearCandidateTests {
    @Test("every text line of every document")
    func documents() throws {
        var positions = 0, passed = 0
        for (name, text) in try RuleBytesEquivalenceTests.texts() {
            let document = LintDocument(Support.process(text))
            let year = document.words.id("năm") ?? -1, month = document.words.id("tháng") ?? -1
            for (t, id) in zip(document.textLines, document.ids) {
                let old = t.tokens.indices.filter { i in
                    (t.tokens[i].kind == .number || t.tokens[i].kind == .word && t.tokens[i].range.count == 4)
                        && MalformedYear.isYearPosition(t, id, i, year: year, month: month)
                }
                #expect(MalformedYear.mayHoldYear(t, id, year: year) || old.isEmpty, "\(name): \(t.line.text)")
                passed += MalformedYear.mayHoldYear(t, id, year: year) ? 0 : 1
                positions += old.count
            }
        }
        #expect(positions > 1000 && passed > 1000, "\(positions) positions, \(passed) lines passed over")
    }
}
