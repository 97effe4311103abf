import Foundation
import Testing
@testable import VanBan

/// `LintDocument.joinTokens` (issue 17, seventh session: an appendix table joined into one
/// line keeps its cells' tokens instead of lexing the joined line again) against `join`, the
/// old form: the same line, tokens, marker and body start, on every table of every document,
/// on runs of consecutive lines of every document, and on tricky cells.
@Suite("Lint: joined table lines reuse their tokens, against lexing them again")
struct LintDocJoinEquivalenceTests {
    static func same(_ a: TokenizedLine?, _ b: TokenizedLine?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.line.scalars == b.line.scalars && a.tokens == b.tokens && a.marker == b.marker
            && a.bodyStart == b.bodyStart && a.line.pieces.map(\.offset) == b.line.pieces.map(\.offset)
    }

    @Test("every appendix table and every run of two to five lines of every document")
    func documents() throws {
        var tables = 0, runs = 0
        for (name, text) in try RuleBytesEquivalenceTests.texts() {
            let result = Support.process(text)
            for appendix in result.parsed.appendices {
                tables += 1
                let cells = appendix.cells
                #expect(Self.same(LintDocument.joinTokens(cells), LintDocument.join(cells)), "\(name): table")
            }
            let lines = LintDocument(result).lines.map(\.tokens)
            var k = 0
            while k < lines.count {
                let run = Array(lines[k..<min(lines.count, k + 2 + k % 4)])
                runs += 1
                #expect(Self.same(LintDocument.joinTokens(run), LintDocument.join(run)), "\(name): line \(k)")
                k += 1
            }
        }
        #expect(tables > 10 && runs > 1000)
    }

    /// Cells as the layout gives them: a symbol wrapped at a hyphen (`28-` / `NQ/TU`), a
    /// number or word wrapped the same way, empty cells, cells that open with a marker, signs
    /// and decomposed text at the edges.
    static let cells: [[String]] = [
        ["Nghị quyết số 28-", "NQ/TU ngày 5/3/2026"],
        ["Kế hoạch 2025-", "2030 của tỉnh"],
        ["vi phạm pháp", "luật"],
        ["- Nội dung", "1. Mục", "a) điểm"],
        ["", "x", "", "y"],
        ["  thụt đầu dòng", "cuối  "],
        ["abc-", "def"],
        ["ABC-", "DEF-", "12"],
        ["(", ")", "“", "”"],
        ["e\u{301}", "\u{301}a", "đ"],
        ["2026", "2027", "-", "2028"],
        ["II.", "Nhiệm vụ"],
    ]

    @Test("tricky cells", arguments: cells)
    func tricky(_ texts: [String]) {
        let lines = texts.map(Support.line)
        #expect(Self.same(LintDocument.joinTokens(lines), LintDocument.join(lines)))
    }

    @Test("no line")
    func empty() {
        #expect(LintDocument.joinTokens([]) == nil)
    }
}
