import Foundation
import Testing
@testable import VanBan

/// Session 10 of issue 17, part B of the rules: the rewritten rules and helpers must find what
/// their old forms found, on every document of the corpus, the hold-out set, the shared real
/// documents and seeds (as written, decomposed, in capitals, cut to their first and last
/// lines), the rule gate tests' tricky texts and random lines. The old forms are kept below
/// (`RulesBOldForms`), which makes this file longer than most.
@Suite("Rules B session 10 equivalence")
struct RulesBSession10EquivalenceTests {
    /// Lines that stress the rewritten tests: recipients headings in each form and their near
    /// misses, place-date lines, type names, preparer lists, bracketed dates and closings of
    /// events, pipe rows with bars beside marks.
    static let tricky = """
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        C\u{1ED8}NG HOA\u{300} XA\u{303} HÔ\u{323}I
        KẾ HOẠCH Tổ chức kiểm tra năm 2027
        KE HOACH
        ## **Nơi nhận:**
        NƠI NHẬN :
        No\u{31B}i nha\u{323}\u{302}n:
        NO\u{31B}I NHẬN
        Nơi nhận hồ sơ: Bộ phận Một cửa
        Nơiư nhận
        N ơi nhận
        \u{FEFF}Nơi nhận:
        Hà Nội, ngày 19
        tháng 10 năm 2025
        Ninh Bình nga\u{300}y 5 tháng 3 năm 2026
        Số: 15/KH-UBND     Hà Nội, ngày …/12/2025
        gà ga\u{300} g\u{E0} gàg gg\u{E0}
        T/M BAN THƯỜNG VỤ
        KT. CHỦ TỊCH
        1. Kiểm tra đê điều (Sở Y tế, Sở Tài chính, Sở Y tế chủ trì chuẩn bị).
        - Cơ quan chuẩn bị, phối hợp: Sở Y tế, UBND tỉnh, Ủy ban nhân dân tỉnh.
        | 1 | Nhiệm vụ | Sở Y tế | Sở Tài chính, Công an tỉnh, Sở Tài chính |
        Quý III/2028 (tháng 6/2028); 6 tháng đầu năm 2027 (tháng 8/2027), tháng 3/2027 (ngày 15/4/2027).
        Tháng 3 năm 2027
        - Tổ chức Tháng Thanh niên năm 2027.
        Tháng 4 năm 2027
        - Tổng kết Tháng Thanh niên năm 2026; sơ kết đợt thi đua năm 2026.
        | a |\u{301} b | ư|x | |ư | % | -- | :-: |
        """

    /// The texts: the rule gate tests' (every document and the tricky tables), `tricky`, and
    /// random lines of the rules' words.
    static func texts() throws -> [(String, String)] {
        var out = try RuleGateTests.texts()
        out.append(("tricky B", tricky))
        var random = ""
        for (n, line) in RulesSession9EquivalenceTests.randomLines(count: 400, seed: 10).enumerated() { random += (n % 7 == 0 ? "\n| " : "\n") + line }
        out.append(("random", random))
        out.append(("random texts", RulesSession9EquivalenceTests.randomTexts(count: 300, seed: 10).joined(separator: "\n")))
        return out
    }

    /// Each text as written, decomposed, in capitals, and cut to its first 40% and last 60%
    /// of lines (so that documents lack a header or a closing).
    static let variants: [(name: String, text: String)] = {
        var out: [(String, String)] = []
        for (name, text) in (try? texts()) ?? [] {
            let lines = text.components(separatedBy: "\n")
            let cut = lines.count * 2 / 5
            out.append((name, text))
            out.append((name + " NFD", text.decomposedStringWithCanonicalMapping))
            out.append((name + " upper", text.uppercased()))
            out.append((name + " head", lines[..<cut].joined(separator: "\n")))
            out.append((name + " tail", lines[cut...].joined(separator: "\n")))
        }
        return out
    }()

    /// `variants` processed for the rules.
    static let documents: [(name: String, document: LintDocument)] = variants.map { ($0.name, LintDocument(Support.process($0.text))) }

    /// Each rewritten rule (or part of one) reports what its old form reported, in the same
    /// order, on every document.
    @Test func rulesReportWhatTheirOldFormsReported() {
        typealias Check = (LintDocument, inout Report) -> Void
        let pairs: [(String, any Rule.Type, Check, Check)] = [
            ("missing-element", MissingElement.self, RulesBOldForms.missingElement, MissingElement.check),
            ("duplicate-sentence", DuplicateSentence.self, RulesBOldForms.duplicateSentence, DuplicateSentence.check),
            ("duplicate-preparer", DuplicatePreparer.self, RulesBOldForms.duplicatePreparer, DuplicatePreparer.check),
            ("target-conflict", TargetConflict.self, RulesBOldForms.targetConflict, TargetConflict.check),
            ("bracketed dates", YearOutOfScope.self, RulesBOldForms.bracketedDates, YearOutOfScope.bracketedDates),
            ("event closings", YearOutOfScope.self, RulesBOldForms.eventClosings, YearOutOfScope.eventClosings),
            ("malformed-year", MalformedYear.self, RulesBOldForms.malformedYear, MalformedYear.check),
            ("weekday-mismatch", WeekdayMismatch.self, RulesBOldForms.weekdayMismatch, WeekdayMismatch.check),
            ("range-order", RangeOrder.self, RulesBOldForms.rangeOrder, RangeOrder.check),
            ("session-count", SessionCount.self, RulesBOldForms.sessionCount, SessionCount.check),
            ("national-term", NationalTerm.self, RulesBOldForms.nationalTerm, NationalTerm.check),
            ("heading-period-mismatch", HeadingPeriodMismatch.self, RulesBOldForms.headingPeriodMismatch, HeadingPeriodMismatch.check),
            ("session-sequence", SessionSequence.self, RulesBOldForms.sessionSequence, SessionSequence.check),
            ("abolished-unit", AbolishedUnit.self, { RulesBOldForms.abolishedUnitLines($0, afterEnd: true, &$1) }, { AbolishedUnit.checkLines($0, afterEnd: true, &$1) }),
        ]
        var found: [String: Int] = [:]
        for (name, document) in Self.documents {
            for (rule, type, old, new) in pairs {
                var a = Report(rule: type), b = Report(rule: type)
                old(document, &a)
                new(document, &b)
                #expect(a.diagnostics == b.diagnostics, "\(rule) on \(name)")
                found[rule, default: 0] += a.diagnostics.count
            }
        }
        // (The comparison is not of empty lists; what each rule found is printed.)
        print("RulesBSession10: findings compared per rule: \(found.sorted { $0.key < $1.key })")
        #expect(found.values.reduce(0, +) > 100, "\(found)")
    }

    /// `MissingElement.plain(source, k)` (from the bytes) is `plain(source.line(k))`; the
    /// `memchr` *ngày* test answers as the byte walk; the recipients heading's scalar test and
    /// the type-name cache change no answer (decomposed documents come after the composed ones,
    /// so a line cached in one form is asked again in the other).
    @Test func missingElementLineTestsAsBefore() {
        var lines = 0, ngay = 0, recipients = 0, types = 0
        for (name, document) in Self.documents {
            let source = document.source
            source.utf8.withUnsafeBufferPointer { b in
                for k in 0..<source.lineCount {
                    let text = MissingElement.plain(source, k)
                    #expect(Array(text.utf8) == Array(MissingElement.plain(source.line(k)).utf8), "\(name) line \(k + 1)")
                    let range = source.byteRange(ofLine: k)
                    let old = MissingElement.mayHoldNgay(bytes: source.utf8[range])
                    #expect(MissingElement.mayHoldNgay(UnsafeBufferPointer(rebasing: b[range])) == old, "\(name) line \(k + 1)")
                    let heading = RulesBOldForms.oldIsRecipientsHeading(text)
                    #expect(MissingElement.isRecipientsHeading(text) == heading, "\(name) line \(k + 1)")
                    let type = MissingElement.isTypeNameFolded(text)
                    #expect(MissingElement.isTypeName(text) == type, "\(name) line \(k + 1)")
                    lines += 1
                    if old { ngay += 1 }
                    if heading { recipients += 1 }
                    if type { types += 1 }
                }
            }
        }
        // Strings of every scalar the tests read, at every offset.
        let pieces = ["N", "n", "ơ", "Ơ", "o", "O", "\u{31B}", "i", " ", "nhận", "NHẬN", ":", "g", "à", "a", "\u{300}", "\u{C3}", "ga", "#", "*", "_",
                      "|", "\\", "\t", "\r", "KẾ", "HOẠCH", "KE", "HOACH", "ĐỀ", "ÁN", "1.", "x", "\u{FEFF}", "\u{A0}"]
        var state: UInt64 = 10
        for _ in 0..<20_000 {
            var s = ""
            for _ in 0..<6 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                s += pieces[Int(state >> 33) % pieces.count]
            }
            let source = SourceText(name: "random", text: s)
            #expect(source.lineCount == 0 || Array(MissingElement.plain(source, 0).utf8) == Array(MissingElement.plain(source.line(0)).utf8), "\(s)")
            let bytes = Array(s.utf8)
            let old = MissingElement.mayHoldNgay(bytes: bytes[...])
            #expect(bytes.withUnsafeBufferPointer { MissingElement.mayHoldNgay($0) } == old, "\(s)")
            #expect(MissingElement.isRecipientsHeading(s) == RulesBOldForms.oldIsRecipientsHeading(s), "\(s)")
            #expect(MissingElement.isTypeName(s) == MissingElement.isTypeNameFolded(s), "\(s)")
            if old { ngay += 1 }
        }
        #expect(lines > 20_000)
        #expect(ngay > 1000 && recipients > 50 && types > 100, "\(ngay) \(recipients) \(types)")
    }

    /// `TargetConflict.mayMatter(bytes:)` with `memchr` answers as the byte walk on every line
    /// of every document and on random rows, with and without a header.
    @Test func targetRowTestWithMemchrAsByteWalk() {
        var checked = 0, matter = 0
        func check(_ bytes: UnsafeBufferPointer<UInt8>, _ what: @autoclosure () -> String) {
            for header in [false, true] {
                let old = RulesBOldForms.mayMatterByteWalk(bytes: bytes, header: header)
                #expect(TargetConflict.mayMatter(bytes: bytes, header: header) == old, "\(what())")
                checked += 1
                if old { matter += 1 }
            }
        }
        for (name, document) in Self.documents {
            let source = document.source
            source.utf8.withUnsafeBufferPointer { b in
                for k in 0..<source.lineCount { check(UnsafeBufferPointer(rebasing: b[source.byteRange(ofLine: k)]), "\(name) line \(k + 1)") }
            }
        }
        let pieces = ["|", "| ", " |", "-", ":", " ", "\t", "%", "ư", "\u{301}", "a", "1", "--", "😀", "đ", "|ư", "ư|"]
        var state: UInt64 = 17
        for _ in 0..<50_000 {
            var s = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<(Int(state >> 60) + 1) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                s += pieces[Int(state >> 33) % pieces.count]
            }
            Array(s.utf8).withUnsafeBufferPointer { check($0, s) }
        }
        #expect(checked > 200_000)
        #expect(matter > 10_000)
    }

    /// national-term numbers the same appendix lines, to the same IDs, when its test reads
    /// each line in place (`RuleWords(document, numberingLine:)`).
    @Test func nationalTermNumbersTheSameLines() {
        var numbered = 0
        for (name, document) in Self.documents {
            let old = RuleWords(document, numbering: NationalTerm.mayMention)
            let new = RuleWords(document, numberingLine: { NationalTerm.mayMention(document, $0) })
            #expect(old.table.text == new.table.text, "\(name)")
            #expect(old.table.folded == new.table.folded, "\(name)")
            #expect(old.lines == new.lines, "\(name)")
            #expect(old.extra == new.extra, "\(name)")
            for k in document.lines.indices {
                #expect(NationalTerm.mayMention(document, k) == NationalTerm.mayMention(document.lines[k]), "\(name) line \(k)")
            }
            numbered += new.table.count - document.words.count
        }
        #expect(numbered > 0)
    }

    /// The time words and count-mismatch's words, found by their interner IDs, are the IDs the
    /// text look-ups gave.
    @Test func wordsByInternerIDAsByText() {
        for (name, document) in Self.documents {
            let w = TimeWords.IDs(document)
            func resolve(_ table: [[String]]) -> [[Int32]] { table.map { $0.map { document.id($0) } } }
            #expect(w.forward == resolve(TimeWords.forward) && w.backward == resolve(TimeWords.backward) && w.citing == resolve(TimeWords.citing)
                    && w.pastEvent == resolve(TimeWords.pastEvent) && w.pastReference == resolve(TimeWords.pastReference)
                    && w.taskWords == resolve(TimeWords.taskWords) && w.documentKinds == resolve(TimeWords.documentKinds), "\(name)")
            let v = CountMismatch.Words(document), r = RuleWords(words: document)
            #expect(v.gom == r.id("gồm") && v.bao == r.id("bao") && v.va == r.id("và"), "\(name)")
            #expect(v.partial == CountMismatch.partialWords.map(r.ids), "\(name)")
        }
    }

    /// The preparer's closing bracket, found in one pass, is the group `parentheses(in:)` marks
    /// as closing the line, on every line.
    @Test func closingGroupAsParentheses() {
        var found = 0
        for (name, document) in Self.documents {
            for line in document.textLines {
                let old = PreparerExtractor.parentheses(in: line).filter { $0.isLast }.map { $0.inner }
                let new = DuplicatePreparer.closingGroup(line.tokens, line.line.scalars, bodyStart: line.bodyStart)
                #expect(old.count <= 1 && old.first == new, "\(name): \(line.line.scalars.count)")
                if new != nil { found += 1 }
            }
        }
        #expect(found > 100)
    }

    /// The line gates, against the tests they stand for, on every text line: duplicate-preparer's
    /// `mayHoldList` is the closing-bracket test or the label's first byte; duplicate-sentence's
    /// in-place test is the old one; a line malformed-year's `mayReport` passes over reports
    /// nothing at any position.
    @Test func lineGatesAsTheTestsTheyReplace() {
        var lists = 0, years = 0
        for (name, document) in Self.documents {
            let year = document.words.id("năm") ?? -1, month = document.words.id("tháng") ?? -1, slash = document.words.id("/") ?? -1
            for (n, t) in document.textLines.enumerated() {
                var closes = false
                var j = t.tokens.count - 1
                while j >= t.bodyStart, t.tokens[j].kind == .punct {
                    if t.isPunct(j, ")") { closes = true; break }
                    j -= 1
                }
                var k = t.bodyStart
                while k < t.tokens.count, t.tokens[k].kind == .punct, !t.isPunct(k, ":") { k += 1 }
                let label = k < t.tokens.count && (t.tokens[k].lower.utf8.first == 0x63 || t.tokens[k].lower.utf8.first == 0xC4)
                #expect(DuplicatePreparer.mayHoldList(t.tokens, t.line.scalars, bodyStart: t.bodyStart) == (closes || label), "\(name) line \(n)")
                if closes || label { lists += 1 }
                #expect(DuplicateSentence.mayHoldTwoClauses(t.tokens, t.line.scalars, t.bodyStart) == RulesBOldForms.oldMayHoldTwoClauses(t), "\(name) line \(n)")
                let id = document.ids[n]
                guard id.count > 1, !MalformedYear.mayReport(t.tokens, t.line.scalars, id, from: 1, year: year, slash: slash) else { years += 1; continue }
                var report = Report(rule: MalformedYear.self)
                for i in 1..<id.count where id[i - 1] == year || id[i - 1] == slash { MalformedYear.check(t, id, i, year: year, month: month, &report) }
                #expect(report.diagnostics.isEmpty, "\(name) line \(n)")
            }
        }
        #expect(lists > 1000 && years > 1000, "\(lists) \(years)")
    }
}

/// The forms the rules of part B had before session 10 of issue 17, kept as the reference of
/// `RulesBSession10EquivalenceTests` (copied from the product at 1d79f1e, renamed; helpers
/// that did not change are the product's).
enum RulesBOldForms {
    static func missingElement(_ document: LintDocument, _ report: inout Report) {
        let record = document.record
        guard document.source.lineCount > 0 else { return }
        let first = SourceSpan(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))
        let lastLine = document.source.lineCount
        let last = SourceSpan(start: SourceLocation(line: lastLine, column: 1), end: SourceLocation(line: lastLine, column: 1))
        // The record is the reader's view; before calling an element missing, the rule looks
        // at the file's own lines (markup stripped), so that an element the reader did not
        // take in (a web copy's table, a Markdown heading) is not reported as absent.
        // (Only read when the record lacks an element: most documents cost nothing here.)
        // A Công văn names no type: its subject line (V/v …) stands in its place.
        let missType = record.header.typeName == nil && record.header.subject == nil
        let missPlaceDate = record.header.date == nil && record.header.place == nil
        // A heading the reader took from a sentence (*Nơi nhận hồ sơ: Bộ phận Một cửa …*) is
        // no recipients heading.
        let sentence = document.parsed.recipientsHeading.map { !oldIsRecipientsHeading(MissingElement.plain(document.source.line($0.line.firstLine - 1))) } ?? false
        let missRecipients = record.recipients.isEmpty && document.parsed.recipientsHeading == nil || sentence
        let missSignature = record.signature == nil
        guard missType || missPlaceDate || missRecipients || missSignature else { return }
        let source = document.source
        let count = source.lineCount
        // Lines are read as text only where an element could start: the head, lines with
        // a comma (place-date), lines starting with N (Nơi nhận) or a signing form's letter.
        // Each line's text is built once: the place-date search reads a candidate line with
        // the next one and the three lines on each side (issue 17).
        var texts = [String?](repeating: nil, count: count)
        func text(_ k: Int) -> String {
            if let known = texts[k] { return known }
            let made = MissingElement.plain(source.line(k))
            texts[k] = made
            return made
        }
        // (Read on the line's bytes, not its decoded scalars: see `firstLetter(_:_:)`.)
        func firstLetter(_ k: Int) -> Unicode.Scalar? { MissingElement.firstLetter(source, k) }
        // The header ends where the bases or the first article begin (a web copy may put
        // a page of chrome before it).
        // (The head is read only for the type name and the place-date line: a document that
        // lacks only its recipients or signature is not read twice.)
        let searched = min(count, 200)
        let needHead = missType || missPlaceDate
        let head = needHead ? (0..<searched).map(text) : []
        // (A line starting with an ASCII scalar other than *C* can start neither: see `nearClosing`.)
        let end = head.firstIndex { h in
            if let f = h.unicodeScalars.first, f.isASCII, f != "C" { return false }
            return h.hasPrefix("Căn cứ") || h.hasPrefix("Điều 1")
        } ?? min(count, 120)
        // The body starts at its first numbered heading (I., 1., A., Phần, Chương) or basis
        // after the type name (a web copy's menu before the header is not the body).
        let typeLine = missPlaceDate ? head.firstIndex(where: MissingElement.isTypeNameFolded) ?? 0 : 0
        let bodyStart = missPlaceDate ? head.indices.first { $0 > typeLine && MissingElement.isBodyStart(head[$0]) } ?? end : end
        if missType, !head.prefix(max(end, 1)).contains(where: MissingElement.isTypeNameFolded) { report.add("type", at: first) }
        // A place-date line may wrap (*Hà Nội, ngày 19* / *tháng 10 năm 2025*) and, in a
        // consolidated text (văn bản hợp nhất), stands at the end.
        // It stands in the header or, in a consolidated text, beside the closing's number or
        // signing form: a dated sentence of the body or a form in an appendix is not it.
        func nearClosing(_ k: Int) -> Bool {
            (max(0, k - 3)...min(count - 1, k + 3)).contains { j in
                // A text that starts with an ASCII letter starts with the same letter in
                // canonical form: only *S* and a form's first letter can begin these prefixes.
                if let f = firstLetter(j), f.isASCII, !MissingElement.closingInitials.contains(f) { return false }
                let l = text(j)
                return l.hasPrefix("Số") || MissingElement.formsThenSpace.contains { l.hasPrefix($0) }
            }
        }
        if missPlaceDate, !(0..<count).contains(where: { k in
            // (The place first, then the String search: most lines with *ngày* are in the body.)
            MissingElement.mayHoldNgay(bytes: source.utf8[source.byteRange(ofLine: k)]) && (k <= max(bodyStart, min(count, 12)) || nearClosing(k)) && text(k).contains("ngày")
                && MissingElement.isPlaceDate(k + 1 < count ? text(k) + " " + text(k + 1) : text(k))
        }) {
            report.add("placeDate", at: record.header.span ?? first)
        }
        if missRecipients, !(0..<count).contains(where: { k in
            (firstLetter(k) == "N" || firstLetter(k) == "n") && oldIsRecipientsHeading(text(k))
        }) {
            report.add("recipients", at: last)
        }
        if missSignature, !(0..<count).contains(where: { k in
            guard let f = firstLetter(k), f == "T" || f == "K" || f == "Q" else { return false }
            let l = text(k)
            return MissingElement.formsThenSpace.contains { l.hasPrefix($0) }
        }) {
            report.add("signature", at: last)
        }
    }

    static func oldIsRecipientsHeading(_ line: String) -> Bool {
        // (The words' eight Characters are lower-cased from the line's first twelve: the whole
        // line, lower-cased, starts with them only if those do. Most lines that start with an
        // N are body text, and lower-casing all of one cost ~24,000 instructions: issue 17.)
        guard String(line.prefix(12)).lowercased().hasPrefix("nơi nhận") else { return false }
        let lower = line.lowercased()
        guard lower.hasPrefix("nơi nhận") else { return false }
        let rest = lower.dropFirst("nơi nhận".count).drop { $0 == " " || $0 == "\t" }
        return rest.isEmpty || rest.first == ":"
    }

    static func duplicateSentence(_ document: LintDocument, _ report: inout Report) {
        // An item and the unnumbered paragraphs after it (a wrapped item the layout split
        // at a capital after ';') are one unit.
        var unit: [Int] = []  // indices in `textLines`
        var seen = ClauseTable()
        // The lists `clauses` fills, kept from line to line (grown once, not per unit).
        var scratch = DuplicateSentence.Scratch()
        // (Lines by index: a copy of each cost as much as reading most of them.)
        let lines = document.lines
        for k in lines.indices where lines[k].role == .body || lines[k].role == .intro || lines[k].role == .closing {
            if lines[k].tokens.marker != nil || lines[k].kind != .paragraph {
                duplicateSentenceUnit(unit, document, &seen, &scratch, &report)
                unit = []
            }
            unit.append(document.textIndex[k])
        }
        duplicateSentenceUnit(unit, document, &seen, &scratch, &report)
    }

    static func duplicateSentenceUnit(_ unit: [Int], _ document: LintDocument, _ seen: inout ClauseTable,
                      _ scratch: inout DuplicateSentence.Scratch, _ report: inout Report) {
        // A unit of one line that holds at most one clause repeats none (most items): its
        // clauses are not gathered nor hashed.
        if unit.count == 1, unit[0] >= 0, !oldMayHoldTwoClauses(document.textLines[unit[0]]) { return }
        // Nor one whose clauses all differ in length, first or last word (`mayRepeat`).
        guard DuplicateSentence.mayRepeat(unit, document, &scratch) else { return }
        seen.removeAll()
        let folded = document.words.folded
        for n in unit where n >= 0 {
            let t = document.textLines[n], id = document.ids[n]
            DuplicateSentence.clauses(t, &scratch.words, &scratch.found)
            for c in scratch.found {
                guard !seen.insert(scratch.words[c.words], id, folded) else { continue }
                // To the last word compared: a trailing bracket (the preparers) is not quoted.
                var last = scratch.words[c.words.upperBound - 1]
                while last > c.range.lowerBound, t.tokens[last].kind == .punct { last -= 1 }
                let text = t.text(from: t.tokens[c.range.lowerBound].range.lowerBound, to: t.tokens[last].range.upperBound)
                report.add("clause", [text], at: t.span(tokens: c.range.lowerBound, last))
            }
        }
    }

    static func oldMayHoldTwoClauses(_ t: TokenizedLine) -> Bool {
        let n = t.tokens.count
        guard n - t.bodyStart >= 11 else { return false }  // two clauses of five, and a `;`
        return t.tokens.withUnsafeBufferPointer { tokens in
            t.line.scalars.withUnsafeBufferPointer { s in
                var k = t.bodyStart
                while k < n - 1 {
                    if tokens[k].kind == .punct {
                        let c = s[tokens[k].range.lowerBound]
                        if c == ";" || c == "." { return true }
                    }
                    k += 1
                }
                return false
            }
        }
    }

    static func duplicatePreparer(_ document: LintDocument, _ report: inout Report) {
        // The agency columns of the pipe table being read (nil outside a table): its first
        // row is its header.
        var columns: [Bool]? = nil
        // (Resolved at the first list: most lines hold none.)
        var keys: DuplicatePreparer.Keys? = nil
        let lead = (phoiHop: [document.id("phối"), document.id("hợp")], voi: [document.id("với")])
        // The label words as IDs (`labelColon`), resolved at the first line that may hold a label.
        var label: DuplicatePreparer.LabelIDs? = nil
        // (By index: a line's tokens are copied only when it is read, not the whole line.)
        for index in document.lines.indices {
            let role = document.lines[index].role
            guard role == .body || role == .appendix else { continue }
            let t = document.lines[index].tokens
            // (An appendix line's IDs are looked up only if it holds a list.)
            let ids = document.ids(ofLine: index)
            // `| 12. | Nhiệm vụ | Sở Y tế | Sở Tài chính, Công an tỉnh, Sở Tài chính | … |`: the cells
            // of the columns whose header names who leads or takes part.
            if let cells = DuplicatePreparer.pipeCells(t) {
                if DuplicatePreparer.isSeparator(t) { continue }
                if let columns {
                    for (c, cell) in cells.enumerated() where c < columns.count && columns[c] {
                        DuplicatePreparer.check(t, ids ?? FoldedWordIDs.lineIDs(document, index), cell, named: true, &keys, document, lead, &report)
                    }
                } else {
                    columns = cells.map { DuplicatePreparer.isAgencyHeader(t, $0) }
                }
                continue
            }
            columns = nil
            guard role == .body else { continue }
            // The bracket that closes the line: on an item, or on any line when it ends with
            // a role (`1. Kiểm tra đê điều (Sở Y tế, … chủ trì chuẩn bị).` in a state plan).
            // Only a bracket closed in the line's trailing punctuation can be its last group
            // (`isLast`): lines without one are not scanned for brackets.
            var closes = false
            var j = t.tokens.count - 1
            while j >= t.bodyStart, t.tokens[j].kind == .punct {
                if t.isPunct(j, ")") { closes = true; break }
                j -= 1
            }
            for group in closes ? PreparerExtractor.parentheses(in: t) : [] where group.isLast {
                var end = group.inner.upperBound
                while end > group.inner.lowerBound, t.tokens[end - 1].kind == .punct { end -= 1 }
                let role = PreparerExtractor.trailingRole(t, group.inner.lowerBound..<end) != nil
                guard document.lines[index].kind == .item || role else { continue }
                DuplicatePreparer.check(t, ids ?? FoldedWordIDs.lineIDs(document, index), group.inner, named: role, &keys, document, lead, &report)
            }
            // `- Cơ quan chuẩn bị: A, B, C, B.`: the list after a label, to the next label.
            if let colon = DuplicatePreparer.labelColon(t, ids, &label, document) {
                var end = colon + 1
                while end < t.tokens.count, !t.isPunct(end, ":") { end += 1 }
                DuplicatePreparer.check(t, ids ?? FoldedWordIDs.lineIDs(document, index), (colon + 1)..<end, named: true, &keys, document, lead, &report)
            }
        }
    }

    static func targetConflict(_ document: LintDocument, _ report: inout Report) {
        var mentions: [TargetConflict.Mention] = []
        // The one year the title names (*Chương trình công tác năm 2027*): the year of a
        // target written without one, in the text or under a column that names none.
        let planYear = document.titleYear
        // The prose of an appendix that is not a table (*PHỤ LỤC … 2- Tỷ lệ đô thị hóa năm
        // 2030: 50%.*) is read too: the parser keeps it as the appendix's title.
        let titles = document.parsed.appendices.flatMap(\.title)
        // A value is a number before a `%`: the text lines are scanned for the sign's word ID
        // (issue 17), and most have none; the few title lines are read as they are.
        let percent = document.id("%")
        for n in 0..<(document.textLines.count + titles.count) {
            // (The line is read only when it holds the sign.)
            if n < document.textLines.count, !document.ids[n].contains(percent) { continue }
            let t = n < document.textLines.count ? document.textLines[n] : titles[n - document.textLines.count]
            for i in t.tokens.indices where t.isPunct(i + 1, "%") && t.int(i) != nil {
                var first = i
                if t.isPunct(i - 1, ","), t.int(i - 2) != nil, t.tokens[i - 1].range.lowerBound == t.tokens[i - 2].range.upperBound { first = i - 2 }
                if t.isPunct(first - 1, "."), t.int(first - 2) != nil { continue }
                // Walk back over comparators, then collect the subject.
                var k = first - 1
                while k >= t.bodyStart, TargetConflict.skipped.contains(t.tokens[k].lower) || t.isPunct(k, "≥") || t.isPunct(k, ">") || t.isPunct(k, "≤")
                        || t.isPunct(k, "=") || t.isPunct(k, ":") { k -= 1 }
                var words: [String] = []
                var labelStart = k
                var labelEnd = k
                var nameYear: Int? = nil
                while k >= t.bodyStart {
                    // The year of the indicator inside its name (*tỷ lệ hồ sơ … năm 2027 đạt
                    // 98%*) is read apart, with *đến*, *vào*, *trong* before it.
                    if let y = t.int(k), y >= 1945, y <= 2100, k - 1 >= t.bodyStart, ["năm"].contains(t.tokens[k - 1].lower) {
                        if nameYear == nil { nameYear = y }
                        k -= 2
                        while k >= t.bodyStart, ["đến", "vào", "trong"].contains(t.tokens[k].lower) { k -= 1 }
                        if words.isEmpty { labelEnd = k }
                        continue
                    }
                    guard t.tokens[k].kind == .word else { break }
                    words.append(t.tokens[k].lower)
                    labelStart = k
                    k -= 1
                }
                // The subject must start the clause.
                guard k < t.bodyStart || t.tokens[k].kind == .punct else { continue }
                words.reverse()
                while let w = words.first, TargetConflict.leading.contains(w) { words.removeFirst(); labelStart += 1 }
                guard words.count >= 2, words.count <= 12 else { continue }
                // What the value is of: the words right after it (*3% tổng chi ngân sách* is not
                // *15% ngân sách nhà nước chi sự nghiệp khoa học*).
                var after: [String] = []
                var a = i + 2
                while a < t.tokens.count, t.tokens[a].kind == .word, after.count < 4, !TargetConflict.trailing.contains(t.tokens[a].lower) {
                    after.append(t.tokens[a].lower)
                    a += 1
                }
                // The year it is for and whether it is a target or a result.
                let clause = t.clauseStart(before: first)
                // (A year in the name counts even when a colon stands between it and the value:
                // *Tỷ lệ đô thị hóa năm 2030: 50%*.)
                let isResult = (clause..<first).contains { TargetConflict.resultWords.contains(t.tokens[$0].lower) || t.matchesFolded(["kết", "quả"], at: $0) }
                let year = nameYear ?? (clause..<min(t.tokens.count, a + 3)).compactMap { t.int($0) }.first { $0 >= 1945 && $0 <= 2100 }
                    ?? (isResult ? nil : planYear)
                let rest = foldKey((["|"] + after).joined(separator: " ")) + "|\(year.map(String.init) ?? "")|\(isResult)"
                let key = foldKey(words.joined(separator: " ")) + " " + rest
                let value = t.text(from: t.tokens[first].range.lowerBound, to: t.tokens[i + 1].range.upperBound)
                let label = t.text(from: t.tokens[labelStart].range.lowerBound, to: t.tokens[labelEnd].range.upperBound)
                mentions.append(TargetConflict.Mention(key: key, label: label,
                                        value: value, line: t.line.location(at: t.tokens[first].range.lowerBound).line,
                                        span: t.span(tokens: first, i + 1), words: words.map(foldKey), rest: rest))
            }
        }
        mentions += TargetConflict.tableMentions(document.source, documentYear: document.year, planYear: planYear)
        var firstByKey: [String: TargetConflict.Mention] = [:]
        // The first mention of each key, grouped by what the key holds besides the words
        // (`rest`), in document order: the looser comparison looks only at its own group, not
        // at every indicator of the document (issue 17: no loop quadratic in the document).
        var firstsByRest: [String: [TargetConflict.Mention]] = [:]
        for m in mentions.sorted(by: { $0.span.start < $1.span.start }) {
            if let first = firstByKey[m.key] {
                if first.value != m.value {
                    report.add("conflict", [m.label, m.value, "\(first.line)", first.value], at: m.span)
                }
                continue
            }
            // The same indicator named more fully in one place (*tỷ lệ hồ sơ giải quyết đúng
            // hạn* and *tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn*): information only,
            // since the added words may also name a narrower indicator.
            if let first = firstsByRest[m.rest]?.first(where: { $0.value != m.value && TargetConflict.sameIndicator($0.words, m.words) }) {
                report.add("conflict", [m.label, m.value, "\(first.line)", first.value], at: m.span, severity: .info)
            }
            firstByKey[m.key] = m
            firstsByRest[m.rest, default: []].append(m)
        }
    }

    static func mayMatterByteWalk(bytes: UnsafeBufferPointer<UInt8>, header: Bool = true) -> Bool {
        var other = false
        var previous: UInt8 = 0x20
        for v in bytes {
            if v == 0x25, header { return true }
            if v == 0x7C, previous >= 0x80 { return true }
            if previous == 0x7C, v >= 0x80 { return true }
            if v < 0x80, v != 0x7C, v != 0x2D, v != 0x3A, v != 0x20, v != 0x09 { other = true }
            previous = v
        }
        return !other
    }

    static func bracketedDates(_ document: LintDocument, _ report: inout Report) {
        // A meeting's heading dates the meeting in brackets (*tổng kết công tác năm 2026 (tháng
        // 12/2026)*): `heading-period-mismatch` reads those.
        // (Lines read by index: a line with fewer than two periods is passed over without a copy.)
        for k in document.lines.indices where document.lines[k].periods.count >= 2 {
            // (Role and kind read in place: the line is copied only when it is read.)
            let role = document.lines[k].role, kind = document.lines[k].kind
            guard (role == .body || role == .intro) && kind != .meeting && kind != .session else { continue }
            let line = document.lines[k]
            let t = line.tokens
            for (a, b) in zip(line.periods, line.periods.dropFirst()) {
                var (outer, inner) = (a.period, b.period)
                // *Quý III (tháng 6/2027)*: a period written without its year is of the year in
                // its brackets.
                if outer.inferred, outer.year != nil, !inner.inferred { outer.year = inner.year }
                // (The brackets first: most pairs of periods are not written so.)
                guard t.isPunct(a.tokens.upperBound, "("), b.tokens.lowerBound == a.tokens.upperBound + 1, t.isPunct(b.tokens.upperBound, ")"),
                      outer.kind == "quarter" || outer.kind == "half" || outer.kind == "month", inner.kind == "month" || inner.kind == "day",
                      !(outer.kind == "month" && inner.kind == "month"), !inner.inferred,
                      let covered = TimeWords.months(outer),
                      let iy = inner.year, let im = inner.month, (1...12).contains(im) else { continue }
                let at = LintDocument.monthIndex(iy, im)
                guard !covered.contains(at) else { continue }
                report.add("bracket", [inner.raw, outer.raw], at: t.span(tokens: b.tokens.lowerBound, b.tokens.upperBound - 1))
            }
        }
    }

    static func eventClosings(_ document: LintDocument, _ report: inout Report) {
        // The words resolved to the document's IDs once (`FoldedWordIDs`, compared as
        // `matchesFolded`): a line without *kết* costs one look-up per token (issue 17).
        let f = document.foldedIDs
        let ket = f.id("kết"), closing = f.ids([["tổng", "kết"], ["sơ", "kết"]]), heads = f.ids(YearOutOfScope.eventHeads)
        for index in document.lines.indices where !document.lines[index].periods.isEmpty {
            // (Read in place: a line outside an explicit dated block is not copied.)
            let scope = document.lines[index].scope
            guard document.lines[index].role == .body, scope.year != nil, scope.month != nil, scope.isExplicit else { continue }
            let line = document.lines[index]
            guard let y = line.scope.year, let m = line.scope.month else { continue }
            let t = line.tokens
            let ids = FoldedWordIDs.lineIDs(document, index)
            for i in t.tokens.indices where i + 1 < ids.count && f.key[Int(ids[i + 1])] == ket
                && (f.matches(closing[0], ids, at: i) || f.matches(closing[1], ids, at: i)) {
                let start = i + 2
                guard heads.contains(where: { f.matches($0, ids, at: start) }),
                      let (p, tokens) = line.periods.first(where: { $0.tokens.lowerBound > start }),
                      p.kind == "year", !p.inferred, p.year == y - 1, tokens.lowerBound - start <= 8,
                      t.matchesFolded(["năm"], at: tokens.lowerBound),
                      (start..<tokens.lowerBound).allSatisfy({ t.isWord($0) }) else { continue }
                let event = (start..<tokens.lowerBound).map { foldKey(t.tokens[$0].lower) }
                let here = LintDocument.monthIndex(y, m)
                let held = document.lines.contains { other in
                    guard other.role == .body, let oy = other.scope.year, oy == y, let om = other.scope.month,
                          LintDocument.monthIndex(oy, om) < here else { return false }
                    return other.periods.contains { q in
                        q.period.kind == "year" && !q.period.inferred && q.period.year == y && q.tokens.lowerBound >= event.count
                            && (0..<event.count).allSatisfy { foldKey(other.tokens.tokens[q.tokens.lowerBound - event.count + $0].lower) == event[$0] }
                    }
                }
                // A yearly campaign month already over in this block (`Campaigns`): this year's
                // was held, whether the document says so or not.
                let campaign = Campaigns.all.first { c in c.words == Array(event.prefix(c.words.count)) && m > c.lastMonth }
                let text = t.text(from: t.tokens[i].range.lowerBound, to: t.tokens[tokens.upperBound - 1].range.upperBound)
                if held {
                    report.add("eventClosing", [text, YearOutOfScope.name(line.scope), "\(y)"], at: t.span(tokens: i, tokens.upperBound - 1))
                } else if let campaign {
                    report.add("campaignClosing", [text, YearOutOfScope.name(line.scope), "\(y)", "\(campaign.lastMonth)"], at: t.span(tokens: i, tokens.upperBound - 1))
                }
            }
        }
    }

    static func malformedYear(_ document: LintDocument, _ report: inout Report) {
        // `năm`, `tháng` and `/` by ID: no String comparison per token.
        let year = document.words.id("năm") ?? -1, month = document.words.id("tháng") ?? -1
        let slash = document.words.id("/") ?? -1
        guard year >= 0 || slash >= 0 else { return }
        // A year position follows *năm* or a `/` (`isYearPosition`): a token after neither is
        // passed over on its ID alone, without reading its range or kind, and a line without
        // one is not read at all (issue 17; `LintDocLinesTests` compares with `checkEveryToken`).
        for n in document.ids.indices {
            let id = document.ids[n]
            let first = id.withUnsafeBufferPointer { ids -> Int in
                var i = 1
                while i < ids.count {
                    if ids[i - 1] == year || ids[i - 1] == slash { return i }
                    i += 1
                }
                return -1
            }
            guard first > 0 else { continue }
            let t = document.textLines[n]
            for i in first..<id.count where id[i - 1] == year || id[i - 1] == slash { MalformedYear.check(t, id, i, year: year, month: month, &report) }
        }
    }

    static func weekdayMismatch(_ document: LintDocument, _ report: inout Report) {
        for (t, periods) in zip(document.textLines, document.textPeriods) {
            for (p, tokens) in periods where p.kind == "day" {
                guard let y = p.year, let m = p.month, let d = p.day, !p.inferred,
                      InvalidDate.exists(d, m, y) else { continue }
                // "(Thứ Tư)" right after, or "Thứ Tư, ngày" right before.
                var candidates: [Int] = []
                if t.isPunct(tokens.upperBound, "(") { candidates.append(tokens.upperBound + 1) }
                // "Thứ Năm, ngày 18/12/2026", "thứ Năm ngày 18/12/2026": the word `ngày` and a
                // comma may stand between the weekday and the date.
                var before = tokens.lowerBound - 1
                if before >= 0, t.tokens[before].lower == "ngày" { before -= 1 }
                // "Thứ Năm, ngày …", "Thứ Năm (ngày …)", "Thứ Năm - ngày …".
                if t.isPunct(before, ",") || t.isPunct(before, "(") || t.isPunct(before, "-") || t.isPunct(before, "–") { before -= 1 }
                candidates.append(before - 1)
                for at in candidates {
                    guard let (stated, last) = WeekdayMismatch.weekday(t, at: at) else { continue }
                    let actual = WeekdayMismatch.dayOfWeek(y, m, d)
                    if stated != actual {
                        let span = t.span(tokens: at, last)
                        report.add("weekday", [p.raw, WeekdayMismatch.names[actual], t.text(from: t.tokens[at].range.lowerBound, to: t.tokens[last].range.upperBound),
                                               WeekdayMismatch.english[actual]],
                                   at: span)
                    }
                }
            }
        }
    }

    static func rangeOrder(_ document: LintDocument, _ report: inout Report) {
        for (t, periods) in zip(document.textLines, document.textPeriods) {
            for (p, tokens) in periods {
                guard p.kind == "range" || p.kind == "dateRange", let a = p.year, let b = p.endYear else { continue }
                var wrong = b < a
                if p.kind == "dateRange", b == a, let iso = p.iso {
                    let parts = iso.split(separator: "/")
                    wrong = parts.count == 2 && parts[1] < parts[0]
                }
                if wrong { report.add("order", [p.raw], at: t.span(tokens: tokens.lowerBound, tokens.upperBound - 1)) }
            }
        }
    }

    static func sessionCount(_ document: LintDocument, _ report: inout Report) {
        let listed = document.record.meetings.count
        guard listed > 0 else { return }
        for line in document.lines where line.scope.meeting == nil && line.scope.plan == nil && line.role != .appendix {
            let t = line.tokens
            for i in t.tokens.indices {
                guard let n = t.int(i), n > 1, n < 200, SessionCount.nouns.contains(where: { t.matches($0, at: i + 1) }),
                      t.contains(SessionCount.verbs, in: max(0, i - 3)..<i) else { continue }
                if n != listed { report.add("count", ["\(n)", "\(listed)"], at: t.span(tokens: i, i + 2)) }
            }
        }
    }

    static func nationalTerm(_ document: LintDocument, _ report: inout Report) {
        // Every token compared as a word ID (issue 17); a line none of whose words could
        // start a mention costs one pass over its IDs.
        let v = NationalTerm.Words(RuleWords(document, numbering: NationalTerm.mayMention))
        var mentions: [NationalTerm.Mention] = []
        var mayStart = [Bool](repeating: false, count: document.lines.count)
        // (By index: a line is copied only when it is read.)
        for index in document.lines.indices {
            let ids = v.w.lines[index]
            // Every mention but a term starts at *Quốc hội*, *toàn quốc*, *Đại hội* or *Đảng bộ*
            // (`Words.startPairs`): the pairs the line holds, one bit each, found in one pass;
            // each scan below starts at one of them and runs only on a line that holds it.
            let pairs = v.pairs(ids)
            // (A committee's congress starts at *Đảng bộ*: `committeeCongresses`.)
            if pairs != 0 { mayStart[index] = pairs & NationalTerm.Words.dangBoBit != 0 } else {
                // (Both read only the line's terms: ranges of years.)
                if document.lines[index].periods.contains(where: { $0.period.kind == "range" }) {
                    let line = document.lines[index]
                    NationalTerm.councilAndPartyTerms(line, ids, v, &report)
                    NationalTerm.councilTermInTime(line, ids, v, &report)
                }
                continue
            }
            let line = document.lines[index]
            let t = line.tokens
            for i in ids.indices where pairs & NationalTerm.Words.quocHoiBit != 0 && v.w.matches(v.quocHoi, ids, at: i) {
                guard i + 3 < t.tokens.count, ids[i + 2] == v.khoa || ids[i + 2] == v.khoa2,
                      let n = RomanNumeral.value(of: t.text(i + 3).uppercased()) ?? t.int(i + 3), let term = Terms.nationalAssembly[n] else { continue }
                let clause = t.clauseStart(before: i)
                let election = v.w.find(v.bauCuExact, ids, from: clause).map { $0 < i } ?? false
                var flagged = false
                // The term written after it in the same clause (nhiệm kỳ 2026-2031).
                if let (p, tokens) = line.periods.first(where: { $0.period.kind == "range" && $0.tokens.lowerBound >= i + 4 && $0.tokens.lowerBound < i + 20 }), let a = p.year, let b = p.endYear,
                   (a, b) != term, !NationalTerm.crossesClause(t, from: i + 4, to: tokens.lowerBound),
                   // A term written after another body is that body's; at an election of both
                   // (the Councils are elected with the Assembly) it is the Assembly's too,
                   // when it fits the year of the election.
                   !NationalTerm.namesOtherBody(ids, v, from: i + 4, to: tokens.lowerBound) || election && line.scope.year.map({ a == $0 || a == $0 + 1 }) == true {
                    report.add("range", [t.text(i + 3), "\(term.start)", "\(term.end)", p.raw], at: t.span(tokens: i, i + 3))
                    flagged = true
                } else if let (p, tokens) = NationalTerm.sessionDate(line, ids, v, after: i + 4, name: i), let y = p.year, y > term.end || y < term.start {
                    // A session or a vote of the term dated outside it (*Quốc hội khóa XV thông
                    // qua tại kỳ họp thứ 4 (tháng 10/2027)*).
                    report.add("dated", [t.text(i + 3), "\(term.start)", "\(term.end)", p.raw], at: t.span(tokens: i, tokens.upperBound - 1))
                    flagged = true
                } else if election, let y = line.scope.year, line.scope.isExplicit || line.scope.month != nil,
                          y != term.start, y != term.start - 1 {
                    report.add("election", [t.text(i + 3), "\(term.start)", "\(y)"], at: t.span(tokens: i, i + 3))
                    flagged = true
                }
                mentions.append(NationalTerm.Mention(line: line, number: n, token: i, election: election, flagged: flagged))
            }
            // (*toàn quốc lần thứ*; *Đại hội*, and *Nghị quyết* before a *Đại hội*.)
            if pairs & NationalTerm.Words.toanQuocBit != 0 { NationalTerm.congress(line, ids, v, &report) }
            if pairs & NationalTerm.Words.daiHoiBit != 0 {
                NationalTerm.congressResolution(line, ids, v, year: line.scope.year ?? document.year, &report)
                NationalTerm.forwardCongress(line, ids, v, year: line.scope.year ?? document.year, &report)
            }
            NationalTerm.councilAndPartyTerms(line, ids, v, &report)
            NationalTerm.councilTermInTime(line, ids, v, &report)
        }
        NationalTerm.committeeCongressNumbers(document, v, mayStart, &report)
        // Election mentions that disagree with the document's majority.
        let elections = mentions.filter(\.election)
        var counts: [Int: Int] = [:]
        for m in elections { counts[m.number, default: 0] += 1 }
        guard counts.count >= 2, let (majority, top) = counts.max(by: { $0.value < $1.value }),
              counts.values.filter({ $0 == top }).count == 1 else { return }
        let example = elections.first { $0.number == majority }!
        for m in elections where m.number != majority && !m.flagged {
            let t = m.line.tokens
            report.add("other", [t.text(m.token + 3), RomanNumeral.numeral(for: majority), "\(example.line.tokens.line.firstLine)"],
                       at: t.span(tokens: m.token, m.token + 3))
        }
    }

    static func headingPeriodMismatch(_ document: LintDocument, _ report: inout Report) {
        var reported = Set<Int>()
        defer { HeadingPeriodMismatch.checkOrder(document, skipping: reported, &report) }
        // (The time words are resolved at the first heading with a period to judge.)
        var words: TimeWords.IDs? = nil
        for (index, meeting) in document.record.meetings.enumerated() {
            guard let year = meeting.period?.year, let month = meeting.period?.month else { continue }
            let line = document.lines[document.meetingLines[index]]
            let t = line.tokens
            guard line.periods.count > 1 || line.periods.count == 1 && line.periods[0].period.kind != "month" else { continue }
            let ids = FoldedWordIDs.lineIDs(document, document.meetingLines[index])
            if words == nil { words = TimeWords.IDs(document) }
            let w = words!
            // The meeting's own date is the last month period of the heading.
            let own = line.periods.lastIndex { $0.period.kind == "month" }
            var previousEnd = t.bodyStart
            for (k, (period, tokens)) in line.periods.enumerated() where k != own {
                defer { previousEnd = tokens.upperBound }
                // A part of the year the meeting reviews or plans at the wrong time, even in its
                // own year (*sơ kết 6 tháng cuối năm 2026 (tháng 7/2026)*).
                if TimeWords.hasReviewWindow(period.kind), !TimeWords.isCited(t, ids, w, year: tokens.lowerBound),
                   TimeWords.windowSlip(period, in: LintDocument.monthIndex(year, month), t, ids, w, tokens: tokens, after: previousEnd) != nil {
                    report.add("heading", [period.raw, "tháng \(month)/\(year)"], at: t.span(tokens: tokens.lowerBound, tokens.upperBound - 1))
                    reported.insert(index)
                    continue
                }
                guard let y = period.year, !period.inferred, ["year", "quarter", "month", "half", "months"].contains(period.kind),
                      y != year, !TimeWords.isCited(t, ids, w, year: tokens.lowerBound) else { continue }
                let direction = TimeWords.direction(t, ids, w, before: tokens.lowerBound, stopAt: previousEnd)
                if y == year - 1, direction == .backward, month <= 3 { continue }
                if y == year + 1, direction == .forward, month >= 10 { continue }
                report.add("heading", [period.raw, "tháng \(month)/\(year)"], at: t.span(tokens: tokens.lowerBound, tokens.upperBound - 1))
                reported.insert(index)
            }
        }
        // Month blocks against their year group.
        var groupYear: Int? = nil
        // (Lines read by index: only headings are copied.)
        for k in document.lines.indices where document.lines[k].role == .body && document.lines[k].kind != nil {
            let line = document.lines[k]
            if line.kind == .yearGroup { groupYear = line.scope.year }
            if line.kind == .section || line.kind == .part { groupYear = nil }
            guard line.kind == .month, let g = groupYear, let plan = line.scope.plan else { continue }
            let period = document.record.monthlyPlans[plan].period
            guard let y = period.year, !period.inferred, y != g, let m = period.month else { continue }
            let t = line.tokens
            report.add("group", ["\(m)", "\(y)", "\(g)"], at: t.line.span(t.bodyOffset..<t.line.scalars.count))
        }
    }

    static func sessionSequence(_ document: LintDocument, _ report: inout Report) {
        // Scheduled meetings of each body, in document order.
        var byBody: [String: [(index: Int, session: Int, line: TokenizedLine)]] = [:]
        var order: [String] = []
        for (index, meeting) in document.record.meetings.enumerated() {
            guard let session = meeting.session else { continue }
            let body = foldKey(meeting.body ?? "")
            let line = document.meetingLine(index)
            // Only scheduled meetings: a line that is a meeting, not prose that mentions the
            // rounds of one (*… tại Hội nghị lần thứ 10 và lần thứ 11 …*).
            guard SessionSequence.isHeading(line) else { continue }
            if byBody[body] == nil { order.append(body) }
            byBody[body, default: []].append((index, session, line))
        }
        for body in order {
            let meetings = byBody[body] ?? []
            for (k, finding) in SequenceCheck.findings(meetings.map { [$0.session] }).enumerated() {
                guard let finding else { continue }
                let (index, session, line) = meetings[k]
                let span = SessionSequence.sessionSpan(line) ?? line.line.span
                let raw = document.record.meetings[index].sessionRaw ?? "\(session)"
                switch finding {
                case .repeatOf:
                    let first = meetings[..<k].first { $0.session == session }?.line ?? meetings[k - 1].line
                    report.add("repeat", [raw, "\(first.line.firstLine)"], at: span)
                case .backwards(let after):
                    report.add("backwards", [raw, "\(after)"], at: span)
                case .skip(let after, let missing):
                    report.add("gap", [raw, "\(after)", missing.map(String.init).joined(separator: ", ")], at: span)
                }
            }
        }
    }

    static func abolishedUnitLines(_ document: LintDocument, afterEnd: Bool, _ report: inout Report) {
        let end = AdministrativeUnits.districtLevelEnd
        // The tables resolved to the document's word IDs, compared as the folded keys were
        // (`PhraseIDs`): a token that starts none of them costs one look-up (issue 17).
        // (The tables' words numbered once per process: `PhraseIDs.Table`.)
        let bodies = PhraseIDs(AbolishedUnit.bodyTable, in: document.words, folded: true)
        let units = PhraseIDs(AbolishedUnit.unitTable, in: document.words, folded: true)
        let cities = PhraseIDs(AbolishedUnit.cityTable, in: document.words, folded: true)
        let standing = PhraseIDs(AbolishedUnit.standingTable, in: document.words, folded: true)
        let f = document.foldedIDs
        let past = f.ids(AbolishedUnit.pastWords)
        let quan = document.id("quận")
        let folded = document.words.folded
        // The scope year of the first line of `document.lines` starting on each physical line,
        // built at the first mention (it was a search of every line per mention), by physical
        // line (`unsetYear`: no line starts there; `noYear`: its scope has no year).
        var scopeYears: [Int]? = nil
        // Each ID that may start a mention, in one array.
        var mayStart = [Bool](repeating: false, count: document.words.count)
        for id in 0..<document.words.count {
            let k = Int32(id)
            mayStart[id] = bodies.mayStart(k) || units.mayStart(k) || cities.mayStart(k) || folded[id] == quan
        }
        for n in document.textLines.indices {
            let ids = document.ids[n]
            // (A line without a possible start is passed over before its tokens are read.)
            guard RuleWords.anyMarked(ids, mayStart) else { continue }
            let t = document.textLines[n], periods = document.textPeriods[n]
            let lineAfter = afterEnd
            var covered = -1
            for i in t.tokens.indices where i > covered && mayStart[Int(ids[i])] && t.tokens[i].kind == .word {
                // A fixed body (*Huyện ủy*, *UBND huyện*), or a district by its name —
                // *huyện Thủy Nguyên*, and so any agency named after one (*Trung tâm Y tế
                // huyện X*, *Ban Chỉ huy Quân sự quận Y*).
                let length: Int
                if let p = bodies.first(ids, at: i) {
                    let words = AdministrativeUnits.districtBodies[p]
                    length = words.count + AbolishedUnit.namedLength(t, after: i + words.count)
                } else if let p = units.first(ids, at: i), AbolishedUnit.namedLength(t, after: i + AdministrativeUnits.districtUnits[p].count) > 0 {
                    let unit = AdministrativeUnits.districtUnits[p]
                    length = unit.count + AbolishedUnit.namedLength(t, after: i + unit.count)
                } else if folded[Int(ids[i])] == quan, let n = t.int(i + 1), (1...12).contains(n), !t.isPunct(i + 2, "/"), !t.isPunct(i + 2, "."),
                          t.tokens[i + 1].range.lowerBound > t.tokens[i].range.upperBound {
                    // The numbered districts of Thành phố Hồ Chí Minh (*Quận 3*, *Trung tâm Y tế
                    // Quận 10*), which ended with the district level.
                    length = 2
                } else if let p = cities.first(ids, at: i) {
                    let unit = AdministrativeUnits.cityUnits[p]
                    // *TP. Thủ Đức*: the abbreviation's full stop.
                    let name = i + unit.count + (unit == ["tp"] && t.isPunct(i + unit.count, ".") ? 1 : 0)
                    let n = AbolishedUnit.namedLength(t, after: name)
                    guard n > 0, AbolishedUnit.isDistrictCity(t, name: name, length: n) else { continue }
                    length = name - i + n
                } else {
                    continue
                }
                let last = i + length - 1
                covered = last
                if scopeYears == nil { scopeYears = AbolishedUnit.scopeYears(document) }
                let scopeYear = AbolishedUnit.scopeYear(scopeYears!, t.line.firstLine)
                guard lineAfter || (scopeYear ?? 0) > end.year else { continue }
                let before = max(t.bodyStart, i - 3)..<i
                // Archives and handed-over files of the former body (*hồ sơ lưu trữ của Huyện ủy
                // X*, *tài sản do UBND quận Y bàn giao*) speak of the past too.
                let clause = t.clauseStart(before: i)
                if (clause..<min(t.tokens.count, last + 4)).contains(where: { k in past.contains { f.matches($0, ids, at: k) } }) { continue }
                if t.contains(["nguyên"], in: before) || (i >= 2 && t.matches(["trước", "đây"], at: i - 2)) || (i >= 3 && t.matches(["trước", "đây"], at: i - 3)) ||
                    (last + 1 < t.tokens.count && t.tokens[last + 1].lower == "cũ")
                    || (t.isPunct(last + 1, "(") && last + 2 < t.tokens.count && t.tokens[last + 2].lower == "cũ") { continue }
                // A mention dated before the end, near it, speaks of the past: "Đảng bộ quận X nhiệm
                // kỳ 2020 - 2025", "trước ngày 01/7/2025, … Ủy ban nhân dân quận Y", "hồ sơ của
                // Quận ủy Z giai đoạn 2020 - 2025".
                if periods.contains(where: { p in
                    abs(p.tokens.lowerBound - i) <= AbolishedUnit.historyReach && AbolishedUnit.isBeforeEnd(p.period, end: end, t: t, at: p.tokens.lowerBound)
                }) { continue }
                // "huyện ủy" inside "Ban Thường vụ Huyện ủy" is reported once, from the longer phrase.
                if i >= 3, standing.matches(0, ids, at: i - 3) { continue }
                report.add("district", [t.text(from: t.tokens[i].range.lowerBound, to: t.tokens[last].range.upperBound)], at: t.span(tokens: i, last))
            }
        }
    }
}
