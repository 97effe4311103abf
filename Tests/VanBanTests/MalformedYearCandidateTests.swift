import Testing
@testable import VanBan

/// `MalformedYear.yearCandidates` (issue 17, seventh session) keeps every token the rule read
/// before: the positions `isYearPosition` accepts among its candidates are those it accepts
/// among all numbers and four-scalar words, on every text line of every document.
@Suite("Lint: malformed-year's candidates, against every number and four-letter word")
struct MalformedYearCandidateTests {
    @Test("every text line of every document")
    func documents() throws {
        var positions = 0
        for (name, text) in try RuleBytesEquivalenceTests.texts() {
            let document = LintDocument(Support.process(text))
            let year = document.words.id("năm") ?? -1, month = document.words.id("tháng") ?? -1
            for (t, id) in zip(document.textLines, document.ids) {
                let old = t.tokens.indices.filter { i in
                    (t.tokens[i].kind == .number || t.tokens[i].kind == .word && t.tokens[i].range.count == 4)
                        && MalformedYear.isYearPosition(t, id, i, year: year, month: month)
                }
                let new = MalformedYear.yearCandidates(t, id, year: year).filter { MalformedYear.isYearPosition(t, id, $0, year: year, month: month) }
                #expect(new == old, "\(name): \(t.line.text)")
                positions += old.count
            }
        }
        #expect(positions > 1000, "\(positions)")
    }
}
