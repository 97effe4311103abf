import Foundation
import Testing
@testable import VanBan

/// The parse stage of the fifth session of issue 17: the parser reads the caller's line array
/// without copying it (attachments and the appendix table included), and the quotation scan
/// lets eight scalars go at a time. Each rewrite is checked against its old form, kept here.
@Suite("Parse stage shared lines (issue 17, session 5)")
struct ParseSharedLinesTests {
    static func line(_ text: String) -> TokenizedLine {
        Lexer.tokenize(LogicalLine(CleanLine(source: SourceText(name: "", text: text), index: 0)))
    }

    /// The scalar loop `quoteBalance` was before the vector scan.
    static func oldQuoteBalance(_ line: TokenizedLine) -> (curly: Int, straightOdd: Bool, closes: Bool) {
        var curly = 0, straight = 0
        var closes = false
        for s in line.line.scalars {
            let v = s.value
            guard v == 0x22 || v >= 0x201C else { continue }
            if v == 0x201C { curly += 1 } else if v == 0x201D { curly -= 1; closes = true } else if v == 0x22 { straight += 1 }
        }
        return (curly, straight % 2 == 1, closes)
    }

    @Test func quoteBalanceAgreesWithTheScalarLoop() {
        // Marks at every offset of an eight-scalar block and in the tail, next to letters just
        // below and above the marks' values (U+201B, U+201E, U+2022 …), lines shorter than a block.
        let marks: [Character] = ["\"", "“", "”", "\u{201B}", "\u{201E}", "•", "ệ", "a", "𝐀", "中"]
        // (Not the empty text: a source of no lines has no line 0.)
        var texts = ["\"", "“", "”", "a“b”c", "Điều 5. “Khoản 1 …", "“d) Báo cáo quyết toán năm trước.”;",
                     "\"\"\"", String(repeating: "ệ", count: 23) + "\"", "x" + String(repeating: "“", count: 17)]
        for length in [1, 7, 8, 9, 15, 16, 17, 31, 40] {
            for at in 0..<length {
                for m in marks {
                    var chars = Array(repeating: Character("e"), count: length)
                    chars[at] = m
                    if at + 3 < length { chars[at + 3] = "”" }
                    texts.append(String(chars))
                }
            }
        }
        var compared = 0
        for t in texts {
            let line = Self.line(t)
            let new = Parser.quoteBalance(line), old = Self.oldQuoteBalance(line)
            #expect(new.curly == old.curly && new.straightOdd == old.straightOdd && new.closes == old.closes,
                    "\(t.unicodeScalars.map(\.value))")
            compared += 1
        }
        #expect(compared > 1000)
    }

    /// The scalar loop `TableBuilder.isHTMLRow` was before the vector scan.
    static func oldIsHTMLRow(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count >= 3 else { return false }
        for i in 0..<(s.count - 2) where s[i] == "<" {
            if (s[i + 1] == "t" || s[i + 1] == "T") && (s[i + 2] == "r" || s[i + 2] == "R") { return true }
        }
        return false
    }

    @Test func htmlRowTestAgreesWithTheScalarLoop() {
        // `<tr`, `<TR`, `<t`, `<` at every offset of lines of 3 to 41 scalars, among letters and
        // scalars whose low bits equal `<` (U+013C ļ, U+1E3C Ḽ): the last offsets, where only
        // `<t` or `<` fits, and the block edges included.
        var texts = ["", "<", "<t", "<tr", "<TR>", "<td>", "x<tr", "ệ<tR"]
        var found = 0
        for length in [3, 4, 7, 8, 9, 10, 11, 16, 17, 18, 24, 41] {
            for at in 0..<length {
                for piece in ["<tr", "<TR", "<tR", "<t", "<", "ļtr", "Ḽtr", "<ệr"] {
                    var chars = Array(repeating: Character("ệ"), count: length)
                    for (k, c) in piece.enumerated() where at + k < length { chars[at + k] = c }
                    texts.append(String(chars))
                }
            }
        }
        for t in texts {
            let s = Array(t.unicodeScalars)
            let old = Self.oldIsHTMLRow(s)
            #expect(TableBuilder.isHTMLRow(s) == old, "\(s.map(\.value))")
            if old { found += 1 }
        }
        // Both answers occur often (else this compares little).
        #expect(found > 200 && texts.count - found > 200)
    }

    /// `PeriodExtractor.located` before the opening-word filter: every word starting with n, t,
    /// q or h went to `match`.
    static func oldLocated(_ e: PeriodExtractor) -> [(period: Period, tokens: Range<Int>)] {
        let line = e.line
        let r = line.bodyStart..<line.tokens.count
        var result: [(period: Period, tokens: Range<Int>)] = []
        var i = r.lowerBound
        let tokens = line.tokens, scalars = line.line.scalars
        while i < r.upperBound {
            if i >= 0, i < tokens.count, tokens[i].kind != .number {
                guard tokens[i].kind == .word else { i += 1; continue }
                let first = scalars[tokens[i].range.lowerBound].value | 0x20
                guard first == 0x6E || first == 0x74 || first == 0x71 || first == 0x68 else { i += 1; continue }
            }
            if let (period, next) = e.match(at: i, end: r.upperBound) {
                result.append((period, i..<next))
                i = next
            } else {
                i += 1
            }
        }
        return result
    }

    @Test func periodsFoundAsBeforeTheOpeningWordFilter() throws {
        // Every line of the corpus, and the opening words in capitals, title case, decomposed,
        // with look-alike second letters (ă/â, ằ/ầ, à/á) and lengths one off.
        var texts = [
            "NGÀY 14 THÁNG 01 NĂM 2026", "Ngày 5/3/2026", "THƯỜNG XUYÊN", "Thường xuyên", "HẰNG NĂM", "Hàng tháng", "Hằng quý",
            "QUÝ IV/2026", "Quý II năm 2027", "năm học 2025 - 2026", "Năm 2026", "NĂM 2026 - 2030", "tháng 3/2026",
            "nga\u{300}y 14 tháng 01 năm 2026", "tha\u{301}ng 3/2026", "nâm 2026", "Hầng năm", "hắng năm", "tháng3 2026",
            "thang 3/2026", "thàng 3/2026", "ngàyy 5/3/2026", "qúy II/2026", "QUY II/2026", "Nǎm 2026", "(tháng 4/2026)",
            "6 tháng đầu năm 2026", "9 tháng", "ngày 27/7/1947 - 27/7/2026", "Ngày Thương binh - Liệt sĩ 27/7",
        ]
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus")
        for f in try FileManager.default.contentsOfDirectory(atPath: dir.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            texts += try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        var periods = 0, lines = 0
        for t in texts where t.contains(where: { !$0.isWhitespace }) {
            let line = Self.line(t)
            for year in [nil, 2026] as [Int?] {
                let e = PeriodExtractor(line: line, scopeYear: year)
                let new = e.located(), old = Self.oldLocated(e)
                #expect(new.count == old.count && zip(new, old).allSatisfy { $0.period == $1.period && $0.tokens == $1.tokens }, "\(t)")
                periods += old.count
            }
            lines += 1
        }
        #expect(lines > 2000 && periods > 1000)
    }

    /// `Parser.parse` reads the caller's array up to the table part (`end`) and the table part
    /// as a slice; the old parser read a copy of each half. Parsed both ways, every corpus
    /// document (attachments, appendices, closing tables and recipient columns among them)
    /// gives the same record.
    @Test func parseOfSharedLinesEqualsParseOfCopies() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count >= 20)
        var withAttachments = 0, withAppendices = 0
        for f in files {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            let result = VanBan.process(text: text, name: f)
            let lines = Lexer.tokenize(result.layout.lines)
            // The old form: the body part copied, parsed to its end; the table part copied.
            let tableStart = lines.firstIndex { $0.line.isTableLine } ?? lines.count
            var old = Parser(lines: Array(lines[..<tableStart]))
            old.parseHeader()
            old.parseBases()
            old.parseIntro()
            old.document.body = old.parseBody()
            old.parseClosing()
            old.parseAttachments()
            let appendices = Parser.parseAppendices(Array(lines[tableStart...]))
            if old.document.attachments.isEmpty {
                old.document.appendices = appendices
            } else {
                old.document.attachments[old.document.attachments.count - 1].appendices = appendices
            }
            let oldRecord = RecordBuilder.build(old.document, source: result.source, layout: result.layout)
            #expect(oldRecord == result.record, "\(f)")
            if !result.record.attachments.isEmpty { withAttachments += 1 }
            if tableStart < lines.count { withAppendices += 1 }
        }
        // The shapes the change is about occur in the corpus (else this compares little).
        #expect(withAttachments > 0)
        #expect(withAppendices > 0)
    }
}
