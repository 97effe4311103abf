import Foundation
import Testing
@testable import VanBan

/// The knowledge rules rewritten over word IDs (issue 17: target-conflict, national-term,
/// anniversary-mismatch, conference-reference, count-mismatch, draft-date, header-symbol)
/// must read exactly what their String forms read: each ID comparison against the String
/// helper it replaces, on every token of real documents and of tricky text, and each
/// pre-filter against the test it guards.
@Suite("Lint: knowledge rules over word IDs")
struct KnowledgeRuleIDTests {
    /// Phrases of both tone styles and cases the rules' tables hold, numbers and signs, a word
    /// whose old-style form has another byte length (*thuỳ* / *thùy*), and words no document
    /// writes.
    static let phrases: [[String]] = [
        ["quốc", "hội"], ["khóa"], ["khoá"], ["đại", "hội"], ["của", "đảng", "bộ"], ["ủy", "ban"], ["uỷ", "ban"], ["hđnd"],
        ["nhiệm", "kỳ"], ["nhiệm", "kì"], ["hội", "đồng", "nhân", "dân"], ["thùy"], ["thuỳ"], ["hòa"], ["hoà", "bình"],
        ["2", "/", "9"], ["%"], ["("], ["2026"], ["thương", "binh", "-", "liệt", "sĩ"], ["kỷ", "niệm"], ["gồm"], ["và"],
        ["không", "có", "trong", "văn", "bản", "zzq"],
    ]

    /// A programme with both tone styles in equal numbers (so that `VanBan.process` keeps
    /// each word as written), upper case, an appendix table and prose title.
    static let tricky = """
        ĐẢNG BỘ PHƯỜNG BẠCH ĐẰNG
        Số 04-CTr/ĐU
        Hải Phòng, ngày 05 tháng 12 năm 2025
        CHƯƠNG TRÌNH
        công tác năm 2026 của Ban Chấp hành Đảng bộ phường
        I. NHIỆM VỤ
        - Chỉ đạo bầu cử đại biểu Quốc hội khoá XVI và khóa XV, đại biểu HĐND các cấp nhiệm kì 2026 - 2031; Uỷ ban và Ủy ban nhân dân phường chuẩn bị.
        - Tổ chức kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2026); chào mừng Quốc khánh 2/9.
        - Thăm hỏi bà Thuỳ, ông Thùy; hoà giải, hòa bình; ĐẠI HỘI Đảng bộ phường lần thứ II, nhiệm kỳ 2025 - 2030.
        - Tổ chức 03 đội hình: đội hình "A", đội hình "B" và đội hình "C"; 12 phòng, gồm 8 phòng và 4 phòng.
        PHỤ LỤC
        CHỈ TIÊU NĂM 2026
        | STT | Chỉ tiêu | Kế hoạch năm 2026 |
        | --- | --- | --- |
        | 1 | Tỷ lệ hồ sơ đúng hạn của Uỷ ban và Ủy ban | ≥ 95% |
        """

    static func documents() throws -> [LintDocument] {
        var documents = [LintDocument(Support.process(tricky))]
        #expect(documents[0].lines.contains { $0.role == .appendix })
        for name in ["06_hd-45-hdbtctw.txt", "14_nq-03-nqcp-ctr-hanh-dong.txt", "19_ocr-vbhn-46-bqp-tesseract.txt", "000_3eaa0e434add0cf8.txt",
                     "34_kh-ubnd-dong-thap-web-kiem-tra-cchc.txt", "36_nq-hdnd-nghe-an-chuong-trinh-giam-sat-2027.txt"] {
            documents.append(LintDocument(try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)))
        }
        return documents
    }

    /// `RuleWords.matches`, `matchesFolded` and `find` agree with `TokenizedLine.matches`,
    /// `matchesFolded` and `find` on every token of every line (appendix table lines and
    /// extra lines included).
    @Test func ruleWordsMatchWhereTheStringHelpersMatch() throws {
        for document in try Self.documents() {
            let extraLines = document.parsed.appendices.flatMap(\.title)
            let w = RuleWords(document, extra: extraLines)
            let resolved = Self.phrases.map(w.ids)
            var hits = 0
            let all = Array(zip(document.lines.map(\.tokens), w.lines)) + Array(zip(extraLines, w.extra))
            for (t, ids) in all {
                #expect(ids.count == t.tokens.count)
                for i in -1...t.tokens.count {
                    for (p, phrase) in Self.phrases.enumerated() {
                        #expect(w.matches(resolved[p], ids, at: i) == t.matches(phrase, at: i), "\(phrase) at \(i) of \(t.line.text)")
                        #expect(w.matchesFolded(resolved[p], ids, at: i) == t.matchesFolded(phrase, at: i), "\(phrase) at \(i) of \(t.line.text)")
                        if w.matchesFolded(resolved[p], ids, at: i) { hits += 1 }
                    }
                }
                for (p, phrase) in Self.phrases.enumerated() {
                    for from in [0, 1, t.tokens.count / 2] {
                        #expect(w.find(resolved[p], ids, from: from) == t.find(phrase, from: from), "\(phrase) from \(from) of \(t.line.text)")
                    }
                }
            }
            #expect(hits > 5)
        }
    }

    /// `NationalTerm.mayMention` leaves out of numbering only lines where no word a mention
    /// starts with stands (in either tone style) and no term is written; and `Words.mayStart`
    /// is false only on lines where none of the two words a mention starts with stand.
    @Test func nationalTermLineFiltersKeepEveryMention() throws {
        var skipped = 0, passed = 0
        for document in try Self.documents() {
            let v = NationalTerm.Words(RuleWords(document, numbering: NationalTerm.mayMention))
            for (n, line) in document.lines.enumerated() {
                let t = line.tokens
                let starts = t.tokens.indices.contains { i in NationalTerm.Words.starts.contains { t.matchesFolded([$0], at: i) } }
                if !NationalTerm.mayMention(line) {
                    skipped += 1
                    #expect(!starts && !line.periods.contains { $0.period.kind == "range" }, "\(t.line.text)")
                }
                let pairs = t.tokens.indices.contains { i in NationalTerm.Words.startPairs.contains { t.matchesFolded($0, at: i) } }
                if !v.mayStart(v.w.lines[n]) { #expect(!pairs, "\(t.line.text)") } else { passed += 1 }
            }
        }
        #expect(skipped > 20 && passed > 5)
    }

    /// The old-style form of *thuỳ* (*thùy*) has fewer bytes: the String helper never matched
    /// it, and neither does the ID comparison; *uỷ* and *ủy* have the same length and match.
    @Test func foldedComparisonKeepsTheLengthTest() throws {
        let document = LintDocument(Support.process(Self.tricky))
        let w = RuleWords(document)
        let k = try #require(document.lines.firstIndex { $0.tokens.tokens.contains { $0.lower == "thuỳ" } })
        let t = document.lines[k].tokens, ids = w.lines[k]
        let thuy = try #require(t.tokens.firstIndex { $0.lower == "thuỳ" })
        #expect(t.tokens.contains { $0.lower == "thùy" }, "both styles kept")
        #expect(!t.matchesFolded(["thùy"], at: thuy) && !w.matchesFolded(w.ids(["thùy"]), ids, at: thuy))
        let u = try #require(document.lines.firstIndex { $0.tokens.tokens.contains { $0.lower == "uỷ" } })
        let uy = try #require(document.lines[u].tokens.tokens.firstIndex { $0.lower == "uỷ" })
        #expect(document.lines[u].tokens.matchesFolded(["ủy", "ban"], at: uy) && w.matchesFolded(w.ids(["ủy", "ban"]), w.lines[u], at: uy))
        #expect(!w.matches(w.ids(["ủy", "ban"]), w.lines[u], at: uy))
        // An appendix table line, numbered by `RuleWords` itself, folds too.
        let cell = try #require(document.lines.lastIndex { $0.role == .appendix && $0.tokens.tokens.contains { $0.lower == "uỷ" } })
        let at = try #require(document.lines[cell].tokens.tokens.firstIndex { $0.lower == "uỷ" })
        #expect(w.matchesFolded(w.ids(["ủy", "ban"]), w.lines[cell], at: at))
    }

    /// `TargetConflict.mayMatter`: a pipe row it lets pass builds no separator and no cell
    /// with `%` (every pipe row of the corpus and tricky rows: a combining mark on a bar, a
    /// row of dashes and colons, a percent sign alone, a row without ASCII text).
    @Test func pipeRowPrefilterKeepsEveryRowThatMatters() throws {
        var rows = ["| STT | Chỉ tiêu | 95% |", "| --- | :-: |", "|---|---|", "| Tỷ lệ | 95 % |", "|\u{301} abc | - |", "| a |\u{301} - |",
                    "| ― | ― |", "| Đạt | ≥ 95% |", "| ĐẢNG ỦY |", "|  |  |", "| : | - |", "| x |", "| ố | ư |", "|\t-\t|\t:\t|", "| A\u{0085} |",
                    "|", "  | a|b |", "| x\u{00A0}| \u{2003}y\u{2003} |", "|a\u{301}|b", "| \u{301}a |", "|\r|", "no bar", "| trailing"]
        for name in Support.corpusFiles {
            let text = try String(contentsOf: Support.corpus.appendingPathComponent(name), encoding: .utf8)
            rows += text.components(separatedBy: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("|") }
        }
        var passed = 0
        for row in rows {
            let scalars = ArraySlice(Array(row.unicodeScalars))
            let cells = TargetConflict.cells(scalars)
            // The cells as the rule built them before issue 17, from the row's `Character`s.
            let reference = row.split(separator: "|", omittingEmptySubsequences: false).dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells == reference, "\(row)")
            let separator = cells.allSatisfy { $0.isEmpty || $0.allSatisfy { $0 == "-" || $0 == ":" } }
            let percent = cells.contains { $0.contains("%") }
            // (`mayMatter` is asked only about rows whose first character is a bar.)
            guard scalars.first(where: { $0 != " " && $0 != "\t" }) == "|" else { continue }
            if !TargetConflict.mayMatter(scalars) {
                passed += 1
                #expect(!separator && !percent, "\(row)")
            }
            // Before a header, only a separator matters.
            if !TargetConflict.mayMatter(scalars, header: false) {
                #expect(!separator, "\(row)")
            }
        }
        #expect(passed > 100)
        #expect(TargetConflict.mayMatter(ArraySlice(Array("|\u{301} abc | - |".unicodeScalars))))
        #expect(!TargetConflict.mayMatter(ArraySlice(Array("| Tỷ lệ | 95% |".unicodeScalars)), header: false))
    }

    /// The pre-filters of `draft-date` and `header-symbol`: every line their patterns match
    /// passes (corpus header lines and placeholders), and a line without the fixed text does not.
    @Test func headerPatternPrefiltersKeepEveryMatch() throws {
        var lines = ["Số: XX/KH-UBND", "Số ……-CTr/ĐU", "Số: …/2026/QĐ-UBND", "Hà Nội, ngày …/12/2025", "ngày /02/2026", "ngày ../../2026",
                     "Số 04-CTr/ĐU", "Số: 15/2026/QĐ-UBND", "Số: 15/KH-UBND", "So 04-CTr/ĐU", "nga\u{300}y …/12/2025", "NGÀY …/12/2025"]
        for name in Support.corpusFiles {
            let text = try String(contentsOf: Support.corpus.appendingPathComponent(name), encoding: .utf8)
            lines += text.components(separatedBy: "\n").prefix(40).map { MissingElement.plain(ArraySlice(Array($0.unicodeScalars))) }
        }
        var matched = 0
        for text in lines {
            if DraftDate.match(text, DraftDate.numberPlaceholder) != nil || text.range(of: HeaderSymbol.numberPattern, options: .regularExpression) != nil {
                matched += 1
                #expect(text.unicodeScalars.starts(with: DraftDate.numberLead), "\(text)")
            }
            if DraftDate.match(text, DraftDate.datePlaceholder) != nil {
                matched += 1
                #expect(text.unicodeScalars.contains("/") && DraftDate.contains(text, DraftDate.dateWord), "\(text)")
            }
        }
        #expect(matched > 20)
        #expect(!DraftDate.contains("Hà Nội, tháng 12", DraftDate.dateWord))
    }

    /// `AnniversaryMismatch.mayHoldEarlySpan` is true wherever the pattern of `earlySpan`
    /// matches (spans with either dash, run into other digits, and look-alikes).
    @Test func earlySpanPrefilterKeepsEveryMatch() {
        let pattern = AnniversaryMismatch.earlySpanPattern
        let texts = ["(19/5/1890 - 19/5/2026)", "1890–2026", "21890 - 2026", "năm 1789-2025", "(1945 - 2026)", "19/5/1890", "1890 đến 2026",
                     "1 8 9 0 - 2026", "(19/5/1690 – 19/5/2026)", "Chủ tịch Hồ Chí Minh (1890 - 1969)", "- 1699 -", "2/9/1845-2/9/2026", "18\u{669}\u{660} - 2026"]
        var matched = 0
        for text in texts {
            let may = AnniversaryMismatch.mayHoldEarlySpan(ArraySlice(Array(text.unicodeScalars)))
            if text.range(of: pattern, options: .regularExpression) != nil {
                matched += 1
                #expect(may, "\(text)")
            }
        }
        #expect(matched >= 6)
        #expect(!AnniversaryMismatch.mayHoldEarlySpan(ArraySlice(Array("(1945 - 2026)".unicodeScalars))))
    }

    /// The rules read through the IDs catch what they caught in either tone style and case.
    static let cases: [RuleCase] = [
        // national-term: *khoá* (new style) is read as the String code read it (exactly, both forms)
        RuleCase(rule: "national-term", text: RuleCasesKnowledgeTests.year2027("- Triển khai Nghị quyết của Quốc hội khoá XVI tại kỳ họp thứ nhất ngày 20/4/2025 về giám sát."),
                 at: ["Quốc hội khoá XVI"]),
        // … and a forward Congress cue in upper case and the new style (*ĐẠI HỘI*, *chuẩn bị*)
        RuleCase(rule: "national-term", text: RuleCasesKnowledgeTests.year2027("- Tuyên truyền hướng tới ĐẠI HỘI XVI của Đảng."), at: ["ĐẠI HỘI XVI"]),
        // anniversary-mismatch: the event's phrase with another case and a dash
        RuleCase(rule: "anniversary-mismatch", text: programme("I. A\n- Tổ chức kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2026)."),
                 at: ["kỷ niệm 78 năm"]),
        // count-mismatch: *gồm* and *và* compared as IDs
        RuleCase(rule: "count-mismatch", text: programme("I. A\n- Kiện toàn 12 phòng chuyên môn, gồm 8 phòng cấp tỉnh và 5 phòng cấp xã."), at: ["12 phòng"]),
        RuleCase(rule: "count-mismatch", text: programme("I. A\n- Kiện toàn 13 phòng chuyên môn, gồm 8 phòng cấp tỉnh và 5 phòng cấp xã."), at: []),
    ]

    @Test(arguments: cases)
    func rule(_ c: RuleCase) {
        c.check()
    }
}
