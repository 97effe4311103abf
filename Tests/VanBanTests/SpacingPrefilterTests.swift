import Foundation
import Testing
@testable import VanBan

/// `SpacingRule.mayNeedEdits` (issue 17, seventh session) passes over a line only when
/// `Spacing.edits` finds nothing in it: checked on every logical line of every document and
/// on random text made of the signs the edits look at.
@Suite("Lint: the spacing rule's token prefilter against Spacing.edits")
struct SpacingPrefilterTests {
    /// Lines the prefilter passes over that have an edit (must be none).
    static func missed(_ lines: [TokenizedLine]) -> [String] {
        lines.filter { !SpacingRule.mayNeedEdits($0) && !Spacing.edits($0.line.scalars).isEmpty }.map(\.line.text)
    }

    @Test("every line of every document: a line passed over has no edit")
    func documents() throws {
        var passed = 0, total = 0
        for (name, text) in try RuleBytesEquivalenceTests.texts() {
            let lines = LintDocument(Support.process(text)).lines.map(\.tokens)
            #expect(Self.missed(lines).isEmpty, "\(name): \(Self.missed(lines).prefix(3))")
            passed += lines.filter { !SpacingRule.mayNeedEdits($0) }.count
            total += lines.count
        }
        // The prefilter is worth having: most lines are passed over.
        #expect(passed * 2 > total, "\(passed) of \(total)")
    }

    @Test("tricky lines")
    func tricky() {
        let texts = [
            "( Văn phòng chủ trì)", "(Văn phòng )", "tháng ,năm", "a,b", "KH,CN,ĐMST", "1,5 tỷ",
            "2030 -2035", "2030- 2035", "2030 - 2035", "1955 -13/5", "a – b", "5 – 7", "5 –7",
            "Xong .", "Xong . Tiếp", "x ; y", "x :", "x !", "x ?", "“ trích dẫn”", "“trích dẫn ”",
            "[ a]", "[a ]", "( )", "(  a)", "a  ,b", "- Nội dung", "-Nội dung", "1. Mục", "a;b", "a ;b",
            "số 5 .", "x\t, y", "A\u{00A0},b", "\u{301},a", "e\u{301} ,a", "",
        ]
        let lines = texts.map(Support.line)
        #expect(Self.missed(lines).isEmpty, "\(Self.missed(lines))")
    }

    @Test("random text of letters, digits, spaces and the signs the edits read")
    func random() {
        let alphabet: [String] = ["a", "B", "đ", "Ê", "1", "9", " ", " ", " ", "(", ")", "[", "]", "“", "”", ",", ";",
                                  ":", "!", "?", ".", "-", "–", "—", "\t", "/", "%", "\u{301}", "\u{00A0}"]
        var random = SeededRandom(seed: 17)
        var lines: [TokenizedLine] = []
        for _ in 0..<20_000 {
            let count = Int(random.next() % 14) + 1
            var text = ""
            for _ in 0..<count { text += alphabet[Int(random.next() % UInt64(alphabet.count))] }
            lines.append(Support.line(text))
        }
        let missed = Self.missed(lines)
        #expect(missed.isEmpty, "\(missed.count): \(missed.prefix(5))")
    }
}
