import Foundation
import Testing
@testable import VanBan

/// The lint document's numbering of words rebuilt for speed (issue 17, fifth session): each
/// new form is compared with the old one, kept here, on real documents and tricky input.
@Suite("Lint: one numbering of the document's words")
struct LintDocumentIDTests {
    /// Text that exercises the string identities: words longer than 15 bytes (a shared
    /// buffer, not stored inline), both tone styles, decomposed marks, capitals, numbers,
    /// signs, an appendix table (its cells joined and lexed again: other buffers, same text).
    static let tricky = """
        ĐẢNG CỘNG SẢN VIỆT NAM
        Số: 12-KH/TU                     Hà Nội, ngày 5 tháng 3 năm 2026
        KẾ HOẠCH
        thực hiện nghị quyết
        I. MỤC ĐÍCH
        1. Nghiêng nghiêng NGHIÊNG nghiêngnghiêngnghiêng, hoà hòa HOÀ Hoà uỷ ủy thuỷ thủy.
        2. Khuyếnkhíchkhuyếnkhích khuyếnkhíchkhuyếnkhích ngườingườingười (Ban Thường vụ) 2026, 2026; ≥ 5 % « ».
        3. Tiếng Việt viết tách dấu: hoa\u{300} hòa ho\u{300}a.
        4. Cùng tám byte đầu: abcdefghij abcdefghik trườngx trườngy ABCDEFGHIJ; cùng độ dài, khác chữ:
        aaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbb ngườingườingườix ngườingườingườiy.
        PHỤ LỤC I
        | STT | Nội dung | Thời gian |
        | 1 | Khuyếnkhíchkhuyếnkhích nghiêngnghiêngnghiêng | Quý I/2026 |
        | 2 | Hội nghị lần thứ 4 hoà giải | tháng 3/2026 |
        """

    /// Tokenised lines whose equal words do not share storage: each line lexed on its own
    /// (no `LowerCaseWords`), with copies of the same lines lexed together (shared).
    static func mixedStorage(_ text: String) -> [TokenizedLine] {
        let logical = VanBan.process(text: text, name: "t.txt").layout.lines
        return logical.map { Lexer.tokenize($0) } + Lexer.tokenize(logical) + logical.map { Lexer.tokenize($0) }
    }

    /// `intern(tokensOfLines:)` (by string identity) gives every token the ID, and the table
    /// the texts, in the order that `intern(tokensOf:)` line by line (by text) gives.
    @Test func internByIdentityIsInternByText() throws {
        var inputs: [(String, [TokenizedLine])] = [("tricky", Self.mixedStorage(Self.tricky))]
        for name in ["06_hd-45-hdbtctw.txt", "14_nq-03-nqcp-ctr-hanh-dong.txt", "19_ocr-vbhn-46-bqp-tesseract.txt",
                     "000_3eaa0e434add0cf8.txt", "35_cv-ubnd-lam-dong-pdf-markdown-che-do-bao-cao.txt"] {
            let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)
            inputs.append((name, LintDocument(result).textLines))
            inputs.append((name + " mixed", Self.mixedStorage(String(decoding: try Data(contentsOf: Support.corpus.appendingPathComponent(name)), as: UTF8.self))))
        }
        for (name, lines) in inputs {
            var byText = WordTable(capacity: 4)
            var old: [[Int32]] = []
            for t in lines { old.append(byText.intern(tokensOf: t)) }
            // A small capacity, so that the identity map grows while it is read.
            var byIdentity = WordTable(capacity: 4)
            let new = byIdentity.intern(tokensOfLines: lines)
            #expect(new == old, "\(name)")
            #expect(byIdentity.text == byText.text, "\(name)")
            #expect(byIdentity.count == byText.count && byText.count > 20, "\(name)")
            for (t, ids) in zip(lines, new) {
                #expect(ids.map { byIdentity.text[Int($0)] } == t.tokens.map(\.lower), "\(name)")
            }
        }
    }

    /// The table keeps no copy of a word's bytes (issue 17, eighth session: it compares the
    /// interner's, `WordInterner.utf8`): every text it numbered, by identity or by text, is
    /// found again by its text and by its interner ID; a text it lacks is not (also one of the
    /// same bytes decomposed, or differing in its last byte); a copy that numbers more words
    /// leaves the original as it was.
    @Test func wordTableFindsEveryTextItNumbered() throws {
        var inputs: [[TokenizedLine]] = [Self.mixedStorage(Self.tricky)]
        for name in ["06_hd-45-hdbtctw.txt", "19_ocr-vbhn-46-bqp-tesseract.txt"] {
            let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)
            inputs.append(LintDocument(result).textLines)
        }
        for lines in inputs {
            var table = WordTable(capacity: 4)
            let ids = table.intern(tokensOfLines: lines)
            for (t, row) in zip(lines, ids) {
                for (token, id) in zip(t.tokens, row) {
                    #expect(table.id(token.lower) == id)
                    #expect(table.id(global: token.word) == id)
                }
            }
            for k in 0..<table.count {
                let text = table.text[k]
                #expect(table.id(text) == Int32(k))
                #expect(table.id(text + "\u{1}") == nil)
                let decomposed = text.decomposedStringWithCanonicalMapping
                if Array(decomposed.utf8) != Array(text.utf8) { #expect(table.id(decomposed) == nil) }
            }
            let count = table.count
            var copy = table
            let extra = ["từchưacó\(count)", "hoà\(count)", "x"]
            let added = extra.map { copy.intern($0) }
            copy.fold(from: count)
            #expect(table.count == count)
            for w in extra where table.id(w) == nil { #expect(table.id(global: WordInterner.shared.intern(w)) == nil) }
            for (w, id) in zip(extra, added) { #expect(copy.id(w) == id && copy.text[Int(id)] == w) }
            #expect(copy.text[Int(copy.folded[Int(added[1])])] == foldLower("hoà\(count)"))
        }
    }

    /// `InlineMarkers.scan` as it was before the Horspool search (a scalar-by-scalar loop).
    static func referenceMarkers(_ source: SourceText) -> (lines: [Int: Set<String>], file: Set<String>?, unknown: [String]) {
        var lines: [Int: Set<String>] = [:]
        var file: Set<String>? = nil
        var unknown: [String] = []
        let s = source.scalars
        let k = InlineMarkers.keyword
        for (index, range) in source.lines.enumerated() {
            var i = range.lowerBound
            while i + k.count <= range.upperBound {
                if s[i] == "v", s[i..<(i + k.count)].elementsEqual(k) {
                    var j = i + k.count
                    let form = InlineMarkers.form(s, at: j, end: range.upperBound)
                    j += form.length
                    if j < range.upperBound, s[j] == ":" { j += 1 }
                    var ids = Set<String>()
                    var named = 0
                    var p = j
                    while p < range.upperBound {
                        if s[p] == "," || s[p] == ";" || s[p] == " " || s[p] == "\t" { p += 1; continue }
                        let start = p
                        while p < range.upperBound, s[p] != ",", s[p] != ";", s[p] != " ", s[p] != "\t" { p += 1 }
                        var end = p
                        let word = s[start..<end]
                        if word.starts(with: ["-", "-"]) || word.starts(with: ["*", "/"]) { break }
                        while end > start, s[end - 1] == "." { end -= 1 }
                        guard end > start else { continue }
                        let name = String(scalars: s[start..<end])
                        named += 1
                        if Linter.rule(name) != nil {
                            ids.insert(name)
                        } else {
                            let span = SourceSpan(
                                start: SourceLocation(line: index + 1, column: source.column(line: index, offset: start - range.lowerBound)),
                                end: SourceLocation(line: index + 1, column: source.column(line: index, offset: end - range.lowerBound)))
                            unknown.append("\(name)@\(span)")
                        }
                    }
                    if named == 0 || !ids.isEmpty {
                        switch form.target {
                        case .line: lines[index + 1] = InlineMarkers.merge(lines[index + 1], ids)
                        case .nextLine: lines[index + 2] = InlineMarkers.merge(lines[index + 2], ids)
                        case .file: file = InlineMarkers.merge(file, ids)
                        }
                    }
                    break
                }
                i += 1
            }
        }
        return (lines, file, unknown)
    }

    /// The markers found by the Horspool search are those the scalar loop found: every form,
    /// near misses, several on one line (the first counts), at a line's start and end, after
    /// Vietnamese text and repeated letters of the keyword.
    @Test func markerSearchFindsWhatTheScalarLoopFound() throws {
        let text = """
            - Họp lần thứ 4 (tháng 3/2026)   vanban-ignore: session-sequence, spacing
            vanban-ignore
            vvanban-ignore-next-line: spacing. vanban-ignore: repeated-word
            vanban-ignor vanbanvanban-ignore-file: sesion-sequence -- lý do
            <!-- vanban-ignore: spacing -->vanban-ignore
            đường vanban‑ignore vanban-ignorevanban-ignore /* vanban-ignore-file */
            nnnnnnnnnnnnnnnnnnnnnvanban-ignore:misspelling;tone-style-mixed
            vanban-ignore-next-line
            Ủy ban nhân dân vanban-ignore-file: repeated-word, khong-co
            eeeeeeeeeeeeeevanban-ignore-
            vanban-ignor
            """
        var sources = [text, "", "vanban-ignore", "anban-ignore", "v", String(repeating: "vanban-", count: 40) + "ignore"]
        for name in Support.corpusFiles.prefix(8) {
            sources.append(String(decoding: try Data(contentsOf: Support.corpus.appendingPathComponent(name)), as: UTF8.self))
        }
        var found = 0
        for text in sources {
            let source = VanBan.process(text: text, name: "t.txt").source
            let markers = InlineMarkers.scan(source)
            let reference = Self.referenceMarkers(source)
            #expect(markers.lines == reference.lines, "\(text.prefix(40))")
            #expect(markers.file == reference.file)
            #expect(markers.unknown.map { "\($0.id)@\($0.span)" } == reference.unknown)
            found += reference.lines.count
        }
        #expect(found >= 6)
    }

    /// The meeting schedule and the numbering events are built once per document and read by
    /// every rule that asks: the same value each time.
    @Test func scheduleAndNumberingAreBuiltOnce() throws {
        let name = "01_kh-3260-ddqh15-nq57.txt"
        let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)
        let document = LintDocument(result)
        #expect(document.derived.schedule.withLock { $0 == nil })
        let first = MeetingSchedule(document)
        #expect(document.derived.schedule.withLock { $0 != nil })
        let second = MeetingSchedule(document)
        #expect(first.entries.map(\.index) == second.entries.map(\.index) && first.untrusted == second.untrusted)
        #expect(document.derived.numbering.withLock { $0 == nil })
        let events = NumberingSequences.events(document)
        #expect(document.derived.numbering.withLock { $0?.count } == events.count)
    }

    /// `DuplicateSentence.clauses` as it was written before the flat word list (a nested
    /// function closing each clause into an array of its own).
    static func referenceClauses(_ t: TokenizedLine) -> [(words: [Int], range: Range<Int>)] {
        var clauses: [(words: [Int], range: Range<Int>)] = []
        var start = t.bodyStart
        var words: [Int] = []
        func close(_ end: Int) {
            if words.count >= 5, start < end { clauses.append((words, start..<end)) }
            words.removeAll(keepingCapacity: true)
        }
        var k = t.bodyStart
        while k < t.tokens.count {
            let c: Unicode.Scalar = t.tokens[k].kind == .punct ? t.line.scalars[t.tokens[k].range.lowerBound] : "a"
            if c == ";" || (c == "." && !(t.int(k - 1) != nil && t.int(k + 1) != nil)) {
                close(k)
                start = k + 1
            } else if c == "(" {
                var depth = 0
                while k < t.tokens.count {
                    if t.isPunct(k, "(") { depth += 1 }
                    if t.isPunct(k, ")") { depth -= 1; if depth == 0 { break } }
                    k += 1
                }
            } else if t.tokens[k].kind != .punct || c == "," {
                words.append(k)
            }
            k += 1
        }
        close(t.tokens.count)
        return clauses
    }

    /// The clauses read into one flat word list are the clauses of the old function, on every
    /// line of the corpus and on lines made to end, nest and number oddly.
    @Test func clausesAreTheReferenceClauses() throws {
        let odd = [
            "1. Một hai ba bốn năm; sáu bảy tám chín mười. Mười một 1.2 mười hai mười ba mười bốn",
            "a b c d e (f g (h) i) j k; ( l m n o p q", "(((", ")))) a b c d e f", "1.2.3.4.5.6.7.8.9.10",
            "12345678901.2 a b c d; . ; . e f g h i , , , ,", "a", "- Năm 2026. 2027. Kiện toàn, củng cố, sắp xếp, tổ chức lại bộ máy",
        ]
        var lines = odd.map { Support.line($0) }
        for name in Support.corpusFiles {
            let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)
            lines += LintDocument(result).textLines
        }
        var words: [Int] = [], found: [DuplicateSentence.Clause] = [], clauses = 0
        for t in lines {
            let reference = Self.referenceClauses(t)
            DuplicateSentence.clauses(t, &words, &found)
            #expect(found.map { Array(words[$0.words]) } == reference.map(\.words))
            #expect(found.map(\.range) == reference.map(\.range))
            clauses += reference.count
        }
        #expect(clauses > 1000)
    }

    /// `RepeatedWord.nextRepeat` stops at the tokens the old per-token test (the same ID among
    /// the five after it) stopped at, and only there.
    @Test func nextRepeatStopsWhereThePerTokenTestStopped() throws {
        var lines: [([Int32], [Token]?)] = [[], [1], [1, 1], [1, 2, 3, 4, 5, 1], [1, 2, 3, 4, 5, 6, 1], [7, 7, 7, 7], [1, 2, 1, 2, 3, 3]].map { ($0, nil) }
        for name in Support.corpusFiles.prefix(10) {
            let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)
            let document = LintDocument(result)
            for (t, ids) in zip(document.textLines, document.ids) { lines += [(ids, nil), (ids, t.tokens)] }
        }
        var stops = 0, wordStops = 0
        for (ids, tokens) in lines {
            let n = ids.count
            let expected = (0..<max(0, n - 1)).filter { i in
                (tokens == nil || tokens![i].kind == .word) && (i + 1...min(n - 1, i + 5)).contains { ids[$0] == ids[i] }
            }
            var found: [Int] = []
            var i = 0
            while true {
                i = ids.withUnsafeBufferPointer { ids in
                    if let tokens { return tokens.withUnsafeBufferPointer { RepeatedWord.nextRepeat(ids, words: $0, from: i) } }
                    return RepeatedWord.nextRepeat(ids, from: i)
                }
                guard i + 1 < n else { break }
                found.append(i)
                i += 1
            }
            #expect(found == expected)
            if tokens == nil { stops += expected.count } else { wordStops += expected.count }
        }
        #expect(stops > 100 && wordStops > 100 && wordStops < stops)
    }

    /// `ClauseTable` (its own open addressing, no `Dictionary`) answers as a `Set` of the
    /// clauses' folded IDs, in units of every size: small ones reset and reused (slots cleared
    /// in place), large ones let go, each clause inserted twice and by its prefixes.
    @Test func clauseTableAnswersAsTheSetInUnitsOfEverySize() throws {
        let name = "14_nq-03-nqcp-ctr-hanh-dong.txt"
        let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)
        let document = LintDocument(result)
        let folded = document.words.folded
        var all: [([Int], [Int32])] = []
        for (n, t) in document.textLines.enumerated() {
            for c in DuplicateSentence.clauses(t) {
                for k in 1...c.words.count { all.append((Array(c.words.prefix(k)), document.ids[n])) }
            }
        }
        #expect(all.count > 1000)
        var table = ClauseTable()
        var repeats = 0
        for size in [1, 2, 5, 9, 40, 64, 65, 300, all.count] {
            var start = 0
            while start < all.count {
                table.removeAll()
                var reference = Set<[Int32]>()
                for (words, id) in all[start..<min(all.count, start + size)] {
                    for _ in 0..<2 {
                        let old = reference.insert(words.map { folded[Int(id[$0])] }).inserted
                        #expect(table.insert(words, id, folded) == old)
                        if !old { repeats += 1 }
                    }
                }
                start += size
            }
        }
        #expect(repeats > 5000)
    }
}
