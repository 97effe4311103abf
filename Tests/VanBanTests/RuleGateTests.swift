import Foundation
import Testing
@testable import VanBan

/// Rules that pass over what cannot hold a finding, and tests rewritten without Strings
/// (issue 17, eighth session): each against its old form, kept here, on every document of
/// the corpus, the hold-out, the real and seed documents, and tricky text.
@Suite("Lint: rule gates and byte tests, against their old forms")
struct RuleGateTests {
    /// Text for the gates: a document dated before the end of the district level with a
    /// district named in a block of a later year, tables with and without `%`, periods
    /// written in capitals, decomposed and with a mark after *năm*.
    static let tricky = """
        ỦY BAN NHÂN DÂN TỈNH A
        Số: 12/KH-UBND                     A, ngày 5 tháng 3 năm 2024
        KẾ HOẠCH
        Công tác năm 2024 - 2026
        I. NĂM 2024
        1. UBND huyện Phú Lộc tổ chức hội nghị; Huyện ủy Tân Phú chỉ đạo năm 2024.
        II. NĂM 2026
        1. Ủy ban nhân dân huyện Thủy Nguyên báo cáo trong NĂM 2026, Năm 2027 và năm2028; Quận 3 tham gia.
        2. Tổng kết 6 tháng đầu năm 2026 (tháng 7/2026), na\u{306}m 2026, năm\u{301} 2026, Nam 2026.
        3. Quốc hội khóa XV nhiệm kỳ 2021 - 2026; Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030.
        | STT | Chỉ tiêu | Kế hoạch năm 2026 |
        | --- | --- | --- |
        | 1 | Tỷ lệ hộ nghèo giảm | 2% |
        | 2 | Đại hội Đảng bộ huyện | Quý I/2026 |
        """

    /// Every document, and the tricky texts (also with every `%` removed).
    static func texts() throws -> [(String, String)] {
        var all = try RuleBytesEquivalenceTests.texts()
        all.append(("tricky", tricky))
        all.append(("tables", RuleBytesEquivalenceTests.tables))
        all.append(("tables without %", RuleBytesEquivalenceTests.tables.replacingOccurrences(of: "%", with: "")))
        return all
    }

    static func describe(_ m: TargetConflict.Mention) -> String {
        "\(m.key)|\(m.label)|\(m.value)|\(m.line)|\(m.span)|\(m.words)|\(m.rest)"
    }

    /// `tableMentions` passes over a source without `%` (`holdsPercent`): every line read
    /// (`readTableMentions`) finds the same mentions, and none in such a source.
    @Test func tableMentionsPassOverOnlySourcesWithoutPercent() throws {
        var skipped = 0, read = 0
        for (name, text) in try Self.texts() {
            let result = VanBan.process(text: text, name: name)
            let source = result.source
            let all = TargetConflict.readTableMentions(source, documentYear: 2026, planYear: 2027)
            let gated = TargetConflict.tableMentions(source, documentYear: 2026, planYear: 2027)
            #expect(gated.map(Self.describe) == all.map(Self.describe), "\(name)")
            #expect(TargetConflict.holdsPercent(source) == text.unicodeScalars.contains("%"), "\(name)")
            if !TargetConflict.holdsPercent(source) {
                skipped += 1
                #expect(all.isEmpty, "\(name)")
            } else if !all.isEmpty {
                read += 1
            }
        }
        // (Both sides of the gate met.)
        #expect(skipped > 10 && read > 1)
    }

    /// `abolished-unit` passes over a document dated before the end of the district level
    /// none of whose lines has a later scope (`mayReport`): read in full (`checkLines`), it
    /// reports nothing there; and the whole rule reports what the full reading reports.
    @Test func abolishedUnitPassesOverOnlyDocumentsWithoutAFinding() throws {
        var gated = 0, reported = 0
        for (name, text) in try Self.texts() {
            let document = LintDocument(VanBan.process(text: text, name: name))
            var full = Report(rule: AbolishedUnit.self), before = Report(rule: AbolishedUnit.self), rule = Report(rule: AbolishedUnit.self)
            AbolishedUnit.checkLines(document, afterEnd: true, &full)
            AbolishedUnit.checkLines(document, afterEnd: false, &before)
            AbolishedUnit.check(document, &rule)
            if !AbolishedUnit.mayReport(document) {
                gated += 1
                #expect(before.diagnostics.isEmpty, "\(name)")
            }
            // The rule reports one of the two full readings (the document's dating decides which).
            let found = rule.diagnostics.map { "\($0)" }
            #expect(found == full.diagnostics.map { "\($0)" } || found == before.diagnostics.map { "\($0)" }, "\(name)")
            if !before.diagnostics.isEmpty { reported += 1 }
        }
        #expect(gated > 10 && reported >= 1)
    }

    /// `YearOutOfScope.startsWithNam` is `raw.lowercased().hasPrefix("năm")`, on every
    /// period's text of every document and on tricky text (capitals, decomposed *ă*, a mark
    /// joining the *m*, other scripts, empty).
    @Test func startsWithNamIsTheStringTest() throws {
        var raws = ["", "n", "nă", "năm", "Năm 2026", "NĂM 2026", "năm2026", "nĂm", "năm\u{301} 2026", "na\u{306}m 2026",
                    "Nam 2026", "nam", "2026", "tháng 3/2026", "ăm", "Ńăm", "năm\u{200D}", "năm\u{0300}", "năm·", "NĂMx", "năm\u{A0}2026",
                    "ǹăm", "N\u{0306}ăm", "Năm\t2026", "\u{0130}năm", "năm 2026 – 2027"]
        for (name, text) in try Self.texts() {
            let document = LintDocument(VanBan.process(text: text, name: name))
            for line in document.lines { raws += line.periods.map(\.period.raw) }
        }
        var yes = 0
        for raw in raws {
            #expect(YearOutOfScope.startsWithNam(raw) == raw.lowercased().hasPrefix("năm"), "\(raw.unicodeScalars.map(\.value))")
            if YearOutOfScope.startsWithNam(raw) { yes += 1 }
        }
        #expect(yes > 10 && raws.count > 1000)
    }

    /// `NationalTerm.mayMention` reads a token's length and first byte on the interner's bytes:
    /// the same answer as on `Token.lower` (its old form), on every line of every document.
    @Test func mayMentionIsTheStringTest() throws {
        func reference(_ line: LintDocument.Line) -> Bool {
            line.periods.contains { $0.period.kind == "range" }
                || line.tokens.tokens.contains { t in
                    NationalTerm.Words.starts.contains { w in
                        let a = t.lower.utf8, b = w.utf8
                        return a.count == b.count && a.first == b.first
                    }
                }
        }
        var yes = 0, no = 0
        for (name, text) in try Self.texts() {
            let document = LintDocument(VanBan.process(text: text, name: name))
            for line in document.lines {
                let may = NationalTerm.mayMention(line)
                #expect(may == reference(line), "\(name) \(line.tokens.line.firstLine)")
                if may { yes += 1 } else { no += 1 }
            }
        }
        #expect(yes > 100 && no > 100)
    }

    /// `MissingElement.isRecipientsHeading` lower-cases the line's first twelve Characters
    /// before the whole line: the same answer as lower-casing the whole line (its old form), on
    /// every line of every document and on tricky text (capitals, decomposed, spaces before a
    /// colon far away, a final sigma, a dotted capital I).
    @Test func recipientsHeadingIsTheWholeLineTest() throws {
        func reference(_ line: String) -> Bool {
            let lower = line.lowercased()
            guard lower.hasPrefix("nơi nhận") else { return false }
            let rest = lower.dropFirst("nơi nhận".count).drop { $0 == " " || $0 == "\t" }
            return rest.isEmpty || rest.first == ":"
        }
        var lines = ["Nơi nhận:", "NƠI NHẬN :", "Nơi nhận", "nơi nhận\t:", "Nơi nhận hồ sơ: Bộ phận Một cửa", "No\u{31B}i nha\u{302}\u{323}n:",
                     "NƠI NHẬN" + String(repeating: " ", count: 40) + ":", "NƠI NHẬN" + String(repeating: " ", count: 40) + "x",
                     "Nơi nhậnΣ", "NƠI NHẬNΣ:", "\u{130}Nơi nhận:", "Nơi", "", "N", "Nơi nhận\u{301}:", "Nơi  nhận:"]
        for (_, text) in try Self.texts() {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(String(line))
                lines.append(String(line.drop { $0 == "*" || $0 == "#" || $0 == " " }))
            }
        }
        var yes = 0
        for line in lines {
            #expect(MissingElement.isRecipientsHeading(line) == reference(line), "\(line)")
            if reference(line) { yes += 1 }
        }
        #expect(yes > 20)
    }

    /// `anniversary-mismatch` reads a line only where *kỷ niệm* or *chào mừng* stands
    /// (`namesAnniversary` on IDs, and no line at all when the document lacks a word of both):
    /// the same lines as the String helpers' test (`TokenizedLine.matches`), its old form, on
    /// every body and intro line of every document.
    @Test func anniversaryLinesAreTheStringHelpersLines() throws {
        var yes = 0, gated = 0
        let text = Self.tricky + "\n3. Kỷ niệm 80 năm Cách mạng Tháng Tám (19/8/1945 - 19/8/2025); CHÀO MỪNG 50 năm.\n"
        for (name, text) in try Self.texts() + [("anniversary", text)] {
            let document = LintDocument(VanBan.process(text: text, name: name))
            let w = RuleWords(words: document)
            let heads = AnniversaryMismatch.heads(w.ids(["kỷ", "niệm"]), w.ids(["chào", "mừng"]))
            if heads.isEmpty { gated += 1 }
            for index in document.lines.indices where document.lines[index].role == .body || document.lines[index].role == .intro {
                guard let ids = document.ids(ofLine: index) else { continue }
                let t = document.lines[index].tokens
                let old = t.tokens.indices.contains { t.matches(["kỷ", "niệm"], at: $0) || t.matches(["chào", "mừng"], at: $0) }
                #expect(old == (!heads.isEmpty && AnniversaryMismatch.namesAnniversary(ids, heads)), "\(name) \(t.line.firstLine)")
                if old { yes += 1 }
            }
        }
        #expect(yes > 5 && gated > 5)
    }

    /// `duplicate-sentence` passes over a unit whose clauses all differ in length, first or
    /// last folded word (`mayRepeat`): in every unit of every document, and of random lines,
    /// a unit in which two clauses are equal (the same folded IDs, as `ClauseTable` compares:
    /// its old form, a set of ID arrays) is never passed over.
    @Test func duplicateSentencePassesOverOnlyUnitsWithoutARepeat() throws {
        func units(_ document: LintDocument) -> [[Int]] {
            var all: [[Int]] = [], unit: [Int] = []
            for (k, line) in document.lines.enumerated() where line.role == .body || line.role == .intro || line.role == .closing {
                if line.tokens.marker != nil || line.kind != .paragraph { all.append(unit); unit = [] }
                unit.append(document.textIndex[k])
            }
            all.append(unit)
            return all
        }
        var texts = try Self.texts()
        let alphabet = ["một", "hai", "Hai", "ba", "bốn", "năm", "hoà", "hòa", "1", "2", ",", ";", ".", "(", ")", "-"]
        var random = SeededRandom(seed: 11)
        var lines: [String] = []
        for k in 0..<3000 {
            let count = Int(random.next() % 30) + 1
            var line = (0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined(separator: " ")
            // (Every third line a clause written twice, in another case or tone style.)
            if k % 3 == 0 { line = line + " ; " + line.replacingOccurrences(of: "hai", with: "Hai").replacingOccurrences(of: "hòa", with: "hoà") + " ." }
            lines.append((k % 4 == 0 ? "\(k % 9 + 1). " : "") + line)
        }
        texts.append(("random", "KẾ HOẠCH\nI. MỤC ĐÍCH\n" + lines.joined(separator: "\n")))
        var repeats = 0, passed = 0
        for (name, text) in texts {
            let document = LintDocument(VanBan.process(text: text, name: name))
            var scratch = DuplicateSentence.Scratch()
            for unit in units(document) {
                var seen = Set<[Int32]>()
                var repeated = false
                for n in unit where n >= 0 {
                    let ids = document.ids[n]
                    for c in DuplicateSentence.clauses(document.textLines[n]) {
                        if !seen.insert(c.words.map { document.words.folded[Int(ids[$0])] }).inserted { repeated = true }
                    }
                }
                let may = DuplicateSentence.mayRepeat(unit, document, &scratch)
                #expect(may || !repeated, "\(name) \(unit)")
                if repeated { repeats += 1 }
                if !may { passed += 1 }
            }
        }
        #expect(repeats > 20 && passed > 1000, "\(repeats) \(passed)")
    }

    /// `RepeatedWord.nextRepeat` by the last position of each ID gives the token the five-token
    /// window gives (its old form, kept in the rule), from every start on every text line of
    /// every document and of random lines of few words (many repeats, signs and numbers among
    /// them), with one table of positions shared by all calls, as the rule shares it.
    @Test func nextRepeatByLastPositionIsTheWindowScan() throws {
        let alphabet = ["một", "hai", "Hai", "ba", "1", "2", ",", ";", ".", "(", ")", "/", "\\"]
        var random = SeededRandom(seed: 5)
        var lines: [String] = []
        for _ in 0..<2000 {
            let count = Int(random.next() % 20) + 1
            lines.append((0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined(separator: " "))
        }
        var texts = try Self.texts()
        texts.append(("random", "KẾ HOẠCH\n" + lines.joined(separator: "\n")))
        var found = 0, calls = 0
        for (name, text) in texts {
            let document = LintDocument(VanBan.process(text: text, name: name))
            var last = [Int](repeating: -1, count: document.words.count)
            var stamp = 0
            for (t, ids) in zip(document.textLines, document.ids) {
                ids.withUnsafeBufferPointer { id in
                    t.tokens.withUnsafeBufferPointer { tokens in
                        for from in 0...ids.count {
                            let old = RepeatedWord.nextRepeat(id, words: tokens, from: from)
                            let new = last.withUnsafeMutableBufferPointer { RepeatedWord.nextRepeat(id, words: tokens, from: from, last: $0, stamp: &stamp) }
                            #expect(new == old, "\(name) \(t.line.firstLine) from \(from)")
                            calls += 1
                            if old < ids.count { found += 1 }
                        }
                    }
                }
            }
        }
        #expect(found > 1000 && calls > 100_000, "\(found) \(calls)")
    }
}
