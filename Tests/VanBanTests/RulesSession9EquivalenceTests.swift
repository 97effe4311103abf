import Foundation
import Testing
@testable import VanBan

/// Session 9 of issue 17, the `rules` part: the six mid-sized rules rewritten for speed must
/// find what their old forms found. The old forms are kept here as the reference.
@Suite("Rules session 9 equivalence")
struct RulesSession9EquivalenceTests {
    /// Every document of the corpus, the hold-out set, the seeds and the shared real documents.
    static var documents: [(name: String, text: String)] {
        var out: [(String, String)] = []
        let folders = [Support.corpus, Support.root.appendingPathComponent("Tests/Holdout"),
                       URL(fileURLWithPath: "/work/shared/real"), URL(fileURLWithPath: "/work/shared/seeds")]
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { continue }
                out.append((name, String(decoding: data, as: UTF8.self)))
            }
        }
        return out
    }

    /// Each document as written, decomposed (NFD), in capitals, and with its *oa/oe/uy* words
    /// in each tone style.
    static var variants: [(name: String, text: String)] {
        var out: [(String, String)] = []
        for (name, text) in documents {
            out.append((name, text))
            out.append((name + " NFD", text.decomposedStringWithCanonicalMapping))
            out.append((name + " upper", text.uppercased()))
            for style in [ToneStyle.old, .new] {
                var scalars = Array(text.unicodeScalars)
                _ = ToneMarks.restyle(&scalars, range: 0..<scalars.count, to: style)
                out.append((name + " \(style)", String(String.UnicodeScalarView(scalars))))
            }
        }
        return out
    }

    /// Random lines of Vietnamese letters (toned vowels next to their partners, in both
    /// styles and both cases), ASCII, digits, punctuation, combining marks, two-, three- and
    /// four-byte scalars, at every alignment to eight bytes.
    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let pieces = ["hoà", "hòa", "thuỷ", "thủy", "khoẻ", "khỏe", "HOÀ", "THỦY", "Uỷ", "ủy", "oà", "óa", "uý", "úy", "qoà", "giỏi",
                      "a", "b", "o", "u", "y", "e", " ", "  ", ",", ".", "-", "|", "\t", "1", "2025", "đ", "Đ", "ư", "ơ", "ă", "ệ",
                      "\u{300}", "\u{309}", "\u{301}", "«", "»", "\u{A0}", "–", "“", "”", "😀", "α", "привет", "aaaaaaa", "ờoà", "ooà",
                      "uuỷ", "hoàn", "toà", "thuỷt", "©", "\u{2028}", "\r", "\n"]
        var out: [String] = []
        for _ in 0..<count {
            var s = ""
            for _ in 0..<(Int(next() % 40) + 1) { s += pieces[Int(next() % UInt64(pieces.count))] }
            out.append(s)
        }
        return out
    }

    static func words(_ source: SourceText, old: Bool) -> [String] {
        var out: [String] = []
        source.utf8.withUnsafeBufferPointer { text in
            for index in 0..<source.lineCount {
                let r = source.byteRange(ofLine: index)
                guard !r.isEmpty else { continue }
                let line = ToneStyleMixed.UTF8Line(base: text.baseAddress! + r.lowerBound, count: r.count)
                let body: (UnsafeBufferPointer<Unicode.Scalar>, Range<Int>) -> Void = { word, range in
                    out.append("\(index):\(range):" + String(String.UnicodeScalarView(Array(word))))
                }
                if old { Self.oldForEachTonedWord(line, body) } else { ToneStyleMixed.forEachTonedWord(line, body) }
            }
        }
        return out
    }

    /// `ToneStyleMixed.forEachTonedWord` reads eight bytes at a time up to the next lead
    /// byte: it finds the words, with their scalar ranges, that the byte-at-a-time walk found.
    @Test func tonedWordsAsTheByteWalkFoundThem() {
        var found = 0, texts = 0
        for (name, text) in Self.variants + Self.randomTexts(count: 3000, seed: 17).map({ ("random", $0) }) {
            for prefix in ["", "x", "xy", "xyz", "ab cd", "đ", "ồ"] {
                let source = SourceText(name: name, text: prefix + text)
                let new = Self.words(source, old: false), old = Self.words(source, old: true)
                #expect(new == old, "\(name) after '\(prefix)'")
                found += old.count
                texts += 1
            }
        }
        #expect(texts > 1000)
        #expect(found > 10000)
    }


    /// Lint documents: every document, the tricky texts of the rule gate tests, random lines.
    static func lintDocuments() throws -> [(String, LintDocument)] {
        var out: [(String, LintDocument)] = []
        for (name, text) in try RuleGateTests.texts() { out.append((name, LintDocument(Support.process(text)))) }
        for (name, text) in Self.documents where name.hasPrefix("h") || name.hasPrefix("0") || !name.first!.isNumber {
            out.append((name + " new style", LintDocument(Support.process(Self.restyled(text, .new)))))
        }
        var random = ""
        for (n, line) in Self.randomLines(count: 400, seed: 9).enumerated() { random += (n % 7 == 0 ? "\n| " : "\n") + line }
        out.append(("random", LintDocument(Support.process(random))))
        return out
    }

    static func restyled(_ text: String, _ style: ToneStyle) -> String {
        var scalars = Array(text.unicodeScalars)
        _ = ToneMarks.restyle(&scalars, range: 0..<scalars.count, to: style)
        return String(String.UnicodeScalarView(scalars))
    }

    /// Random lines of the rules' words (names of bodies, Congress and Assembly mentions,
    /// district units, abbreviations) in any order, case and tone style, with numbers,
    /// numerals, periods and punctuation.
    static func randomLines(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        var words = ["Quốc", "hội", "khóa", "khoá", "XV", "XVI", "toàn", "quốc", "lần", "thứ", "XIV", "Đại", "hội", "đại", "biểu", "Đảng", "bộ",
                     "đảng", "của", "nhiệm", "kỳ", "kì", "2021", "-", "2026", "2025", "2030", "Hội", "đồng", "nhân", "dân", "HĐND", "Ủy", "Uỷ", "ban",
                     "UBND", "Nghị", "quyết", "bầu", "cử", "huyện", "Huyện", "ủy", "uỷ", "quận", "Quận", "3", "thị", "xã", "thành", "phố", "TP", ".",
                     "Thủ", "Đức", "Thủy", "Nguyên", "Ba", "Đình", "Ban", "Thường", "vụ", "vũ", "trực", "Mặt", "trận", "Tổ", "Việt", "Nam", "Kiểm",
                     "tra", "Liên", "hiệp", "hợp", "Phụ", "nữ", "Chỉ", "huy", "Quân", "sự", ",", ";", ":", "(", ")", "%", "chủ", "trì", "phối",
                     "Cơ", "quan", "chuẩn", "bị", "Sở", "Y", "tế", "tỷ", "lệ", "đạt", "95", "nguyên", "cũ", "trước", "đây", "tháng", "7/2025",
                     "năm", "hướng", "tới", "chào", "mừng", "kỳ", "họp", "thông", "qua", "Tỉnh", "tỉnh", "HOÀ", "hòa", "hoà"]
        words += BodyNames.names.prefix(40).flatMap { $0.compounds.joined() }
        var out: [String] = []
        for _ in 0..<count {
            var line = ""
            for _ in 0..<(next() % 24 + 1) {
                var w = words[next() % words.count]
                switch next() % 9 {
                case 0: w = w.uppercased()
                case 1: w = w.lowercased()
                case 2: w = w.decomposedStringWithCanonicalMapping
                default: break
                }
                line += (next() % 5 == 0 ? "" : " ") + w
            }
            out.append(line)
        }
        return out
    }

    /// `TargetConflict.mayMatter(bytes:)` gives `mayMatter(_:)`'s answer on every line of
    /// every document (as written, decomposed, in capitals, in each style), of random text and
    /// of random pipe rows, with and without a header.
    @Test func targetRowTestOnBytesAsOnScalars() {
        var rows = Self.randomTexts(count: 2000, seed: 5).map { "| " + $0.replacingOccurrences(of: "\n", with: " ") + " | 5% |" }
        rows += ["|", "||", "| --- | :-: |", "|-|", "| 5% |", "|\u{301}|", "|á|", "á|", "| Tỷ lệ | 95% |", "|\t-\t|", "| - | x |", "|\u{2028}|"]
        var checked = 0, matter = 0
        for (name, text) in Self.variants + [("rows", rows.joined(separator: "\n"))] {
            let source = SourceText(name: name, text: text)
            source.utf8.withUnsafeBufferPointer { b in
                for k in 0..<source.lineCount {
                    let bytes = UnsafeBufferPointer(rebasing: b[source.byteRange(ofLine: k)])
                    let scalars = source.line(k)
                    for header in [false, true] {
                        let old = TargetConflict.mayMatter(scalars, header: header)
                        #expect(TargetConflict.mayMatter(bytes: bytes, header: header) == old, "\(name) line \(k + 1)")
                        if old { matter += 1 }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 100_000)
        #expect(matter > 1000)
    }

    /// A word looked up by its interner ID (`WordTable.id(global:)`) has the ID its text has
    /// (`WordTable.id(_:)`): in every document's table and in `NationalTerm`'s copy that also
    /// numbers appendix lines, for every word of the tables now numbered once per process,
    /// and for every token's text.
    @Test func globalLookUpsAsTextLookUps() throws {
        var tableWords = Set(NationalTerm.Words.phrases.joined()).union(NationalTerm.Words.startPairs.joined())
        for table in [AdministrativeUnits.districtBodies, AdministrativeUnits.districtUnits, AdministrativeUnits.cityUnits] { tableWords.formUnion(table.joined()) }
        for e in DuplicatePreparer.expansionWords { tableWords.insert(e.lower); tableWords.formUnion(e.words) }
        var found = 0
        for (name, document) in try Self.lintDocuments() {
            for table in [document.words, RuleWords(document, numbering: NationalTerm.mayMention).table] {
                var words = tableWords
                words.formUnion(table.text)
                for w in words {
                    let id = table.id(w)
                    #expect(table.id(global: WordInterner.shared.intern(w)) == id, "\(name): \(w)")
                    if id != nil { found += 1 }
                }
            }
        }
        #expect(found > 10000)
    }

    /// `PhraseIDs` of a table numbered once per process resolves as the table of Strings.
    @Test func phraseTablesAsStringTables() throws {
        let tables = [AdministrativeUnits.districtBodies, AdministrativeUnits.districtUnits, AdministrativeUnits.cityUnits, [["ban", "thường", "vụ"]],
                      [["12", "a"], ["%"], ["quận", "1"]]]
        for (name, document) in try Self.lintDocuments() {
            for table in tables {
                for folded in [false, true] {
                    let old = PhraseIDs(table, in: document.words, folded: folded)
                    let new = PhraseIDs(PhraseIDs.Table(table), in: document.words, folded: folded)
                    #expect(old.phrases == new.phrases, "\(name)")
                    for id in 0..<Int32(document.words.count) { #expect(old.mayStart(id) == new.mayStart(id)) }
                }
            }
        }
    }

    /// `NationalTerm`'s scans run only on a line holding the pair they start with
    /// (`Words.pairs`): on a line without it, each finds nothing, as do `mayStart` and
    /// `pairs` agree.
    @Test func nationalTermPairGates() throws {
        var skipped = 0, read = 0
        for (name, document) in try Self.lintDocuments() {
            let v = NationalTerm.Words(RuleWords(document, numbering: NationalTerm.mayMention))
            for index in document.lines.indices {
                let ids = v.w.lines[index]
                let pairs = v.pairs(ids)
                #expect((pairs != 0) == v.mayStart(ids), "\(name) line \(index)")
                let line = document.lines[index]
                var report = Report(rule: NationalTerm.self)
                if pairs & NationalTerm.Words.quocHoiBit == 0 {
                    #expect(!ids.indices.contains { v.w.matches(v.quocHoi, ids, at: $0) })
                }
                if pairs & NationalTerm.Words.toanQuocBit == 0 { NationalTerm.congress(line, ids, v, &report) }
                if pairs & NationalTerm.Words.daiHoiBit == 0 {
                    for year in [line.scope.year ?? document.year, 2020, 2026, 2029, 2032] {
                        NationalTerm.congressResolution(line, ids, v, year: year, &report)
                        NationalTerm.forwardCongress(line, ids, v, year: year, &report)
                    }
                }
                if pairs & NationalTerm.Words.dangBoBit == 0 {
                    #expect(NationalTerm.committeeCongresses(line, ids, v).isEmpty, "\(name) line \(index)")
                    skipped += 1
                } else {
                    read += 1
                }
                #expect(report.diagnostics.isEmpty, "\(name) line \(index): \(report.diagnostics)")
            }
        }
        #expect(skipped > 1000)
        #expect(read > 50)
    }

    /// `TruncatedTerm.Resolved.second` is a necessary condition of a name's first compound
    /// matching (and of the `needsSecond` test) at every token, and `startOf` is `mayStart`.
    @Test func truncatedTermSecondWordGate() throws {
        var passed = 0
        for (_, document) in try Self.lintDocuments() {
            let r = TruncatedTerm.Resolved(document)
            for id in 0..<Int32(document.words.count) { #expect(r.startOf[Int(id)] == r.mayStart(id)) }
            for ids in document.ids {
                for i in ids.indices where r.mayStart(ids[i]) {
                    let g = Int(r.startGroup[Int(r.f.key[Int(ids[i])])])
                    for q in Int(r.groupStart[g])..<Int(r.groupStart[g + 1]) {
                        let n = Int(r.groupNames[q])
                        var full = r.firstMatches(n, ids, at: i)
                        if full, TruncatedTerm.needsSecond[n] {
                            let w = r.compounds[TruncatedTerm.compoundStart[n] + 1][0]
                            full = i + 1 < ids.count && (r.f.key[Int(ids[i + 1])] == w || ids[i + 1] == w)
                        }
                        let w = r.second[n]
                        let gate = w == TruncatedTerm.Resolved.anySecond || i + 1 < ids.count && (r.f.key[Int(ids[i + 1])] == w || ids[i + 1] == w)
                        if full { #expect(gate); passed += 1 }
                    }
                }
            }
        }
        #expect(passed > 100)
    }

    /// `AbolishedUnit.scopeYears` holds what the dictionary of the first line starting on each
    /// physical line held.
    @Test func abolishedUnitScopeYears() throws {
        for (name, document) in try Self.lintDocuments() {
            var map: [Int: Int?] = [:]
            for line in document.lines where map[line.tokens.line.firstLine] == nil { map[line.tokens.line.firstLine] = line.scope.year }
            let years = AbolishedUnit.scopeYears(document)
            for first in -1...(document.source.lineCount + 2) {
                #expect(AbolishedUnit.scopeYear(years, first) == (map[first] ?? nil), "\(name) line \(first)")
            }
        }
    }

    /// `DuplicatePreparer.Keys` numbered once per process compares words as the old one did:
    /// two words get the same ID in one exactly when they do in the other, and each
    /// abbreviation expands to the same words.
    @Test func duplicatePreparerKeysAsBefore() throws {
        for (name, document) in try Self.lintDocuments() {
            var old = OldKeys(document), new = DuplicatePreparer.Keys(document)
            var oldToNew: [Int32: Int32] = [:], newToOld: [Int32: Int32] = [:]
            func same(_ a: Int32, _ b: Int32) {
                #expect((oldToNew[a] ?? b) == b && (newToOld[b] ?? a) == a, "\(name)")
                oldToNew[a] = b
                newToOld[b] = a
            }
            for e in DuplicatePreparer.expansionWords {
                let a = old.expansion(e.abbreviation), b = new.expansion(e.abbreviation)
                #expect(a?.count == b?.count)
                for (x, y) in zip(a ?? [], b ?? []) { same(x, y) }
                #expect(old.expansion(e.lower) == nil && new.expansion(e.lower) == nil || e.lower == e.abbreviation)
            }
            var words = DuplicatePreparer.expansionWords.flatMap(\.words) + ["không có", "xyz", "ủy", "uỷ"]
            words += document.lines.flatMap { $0.tokens.tokens.map { foldLower($0.lower) } }
            for w in words + words.reversed() { same(old.id(w), new.id(w)) }
            #expect(old.mayExpand == new.mayExpand)
        }
    }

    /// `DuplicatePreparer.Keys` as it was (at 8fc79fa): each abbreviation looked up by its text.
    struct OldKeys {
        let words: WordTable
        let folded: [Int32]
        /// For each ID: true when it is the lower case of an abbreviation of `expansions`.
        let mayExpand: [Bool]
        /// Each abbreviation's expansion as word IDs.
        var expansions: [String: [Int32]] = [:]
        /// IDs (from -10 down) of words the document's table lacks.
        var extra: [String: Int32] = [:]

        init(_ document: LintDocument) {
            words = document.words
            folded = document.words.folded
            var may = [Bool](repeating: false, count: words.count)
            for e in DuplicatePreparer.expansionWords {
                if let id = words.id(e.lower) { may[Int(id)] = true }
            }
            mayExpand = may
            for e in DuplicatePreparer.expansionWords {
                var words: [Int32] = []
                for w in e.words { words.append(id(w)) }
                expansions[e.abbreviation] = words
            }
        }

        /// The ID of a folded word: the table's, or one of its own for a word the table lacks.
        mutating func id(_ word: String) -> Int32 {
            if let id = words.id(word) { return id }
            if let id = extra[word] { return id }
            let id = Int32(-10 - extra.count)
            extra[word] = id
            return id
        }

        func expansion(_ text: String) -> [Int32]? { expansions[text] }
    }

    /// The byte-at-a-time walk `ToneStyleMixed.forEachTonedWord` was (at 8fc79fa).
    static func oldForEachTonedWord(_ line: ToneStyleMixed.UTF8Line, _ body: (UnsafeBufferPointer<Unicode.Scalar>, Range<Int>) -> Void) {
        let table = Alphabet.infoTable
        let n = line.count, base = line.base
        var i = 0        // byte position
        var k = 0        // scalar offset of byte `i`
        var word: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) = (" ", " ", " ", " ", " ")
        while i < n {
            // Below U+00C0 (ASCII, continuation bytes, lead bytes C0–C2) no scalar is a toned
            // vowel: one scalar for every byte that is not a continuation byte.
            if i + 8 <= n {
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if x & 0x8080_8080_8080_8080 == 0 { i += 8; k += 8; continue }
            }
            let b = base[i]
            if b < 0xC3 {
                if b & 0xC0 != 0x80 { k += 1 }
                i += 1
                continue
            }
            let (s, length) = line.scalar(at: i)
            let v = s.value
            guard v < 0x1F00, case let packed = table[Int(v)], packed & 0xF0 != 0 else { i += length; k += 1; continue }
            // `ToneMarks.pair`: the partner after an o/u, before an a/e/y.
            let vowelBase = Int(packed & 0xF) - 1
            var endByte = 0, endScalar = 0
            switch vowelBase {
            case Alphabet.Base.o, Alphabet.Base.u:
                guard i + length < n, case let (next, nextLength) = line.scalar(at: i + length),
                      let partner = Alphabet.vowel(next, table),
                      vowelBase == Alphabet.Base.o ? (partner.base == Alphabet.Base.a || partner.base == Alphabet.Base.e)
                                                   : partner.base == Alphabet.Base.y
                else { i += length; k += 1; continue }
                endByte = i + length + nextLength
                endScalar = k + 2
            case Alphabet.Base.a, Alphabet.Base.e, Alphabet.Base.y:
                guard i > 0, let partner = Alphabet.vowel(line.scalar(at: line.previous(i)).0, table),
                      partner.base == (vowelBase == Alphabet.Base.y ? Alphabet.Base.u : Alphabet.Base.o)
                else { i += length; k += 1; continue }
                endByte = i + length
                endScalar = k + 1
            default:
                i += length
                k += 1
                continue
            }
            // The word ends at the pair: nothing more if a letter follows.
            guard endByte == n || !Alphabet.isLetter(line.scalar(at: endByte).0) else {
                i = endByte
                k = endScalar
                continue
            }
            // Its start: back over letters, at most five scalars in all.
            var loByte = line.previous(line.previous(endByte))
            var loScalar = endScalar - 2
            while loByte > 0, endScalar - loScalar <= 5 {
                let before = line.previous(loByte)
                guard Alphabet.isLetter(line.scalar(at: before).0) else { break }
                loByte = before
                loScalar -= 1
            }
            if endScalar - loScalar <= 5 && (loByte == 0 || !Alphabet.isLetter(line.scalar(at: line.previous(loByte)).0)) {
                withUnsafeMutablePointer(to: &word) { tuple in
                    tuple.withMemoryRebound(to: Unicode.Scalar.self, capacity: 5) { p in
                        var j = loByte, w = 0
                        while j < endByte {
                            let (c, l) = line.scalar(at: j)
                            p[w] = c
                            w += 1
                            j += l
                        }
                        body(UnsafeBufferPointer(start: p, count: w), loScalar..<endScalar)
                    }
                }
            }
            i = endByte
            k = endScalar
        }
    }

}
