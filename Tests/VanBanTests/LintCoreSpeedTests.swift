import Foundation
import Testing
@testable import VanBan

/// The lint core rewritten for speed (issue 17, session 4): each faster form must answer
/// exactly what the form it replaced answered, on tricky input.
@Suite("Lint core: fast forms equal the old ones")
struct LintCoreSpeedTests {
    /// Every syllable of both tables, their variants (mostly not in the tables) and edge
    /// cases: the hash index finds the same number as the binary search.
    @Test func registerIDsMatchTheBinarySearch() {
        let t = RegisterLexicon.tables
        var words = Set((0..<Int32(t.starts.count - 1)).map(RegisterLexicon.syllable))
        let list = RegisterLexicon.listSyllables
        for k in 0..<(list.starts.count - 1) {
            words.insert(String(decoding: list.bytes[Int(list.starts[k])..<Int(list.starts[k + 1] - 1)], as: UTF8.self))
        }
        #expect(words.count > 6_000)
        for w in Array(words) { for v in Variants.of(w, finals: true) { words.insert(v) } }
        words.formUnion(["", " ", "a", "A", "Đảng", "uỷ", "ủy", "x𝔸a", "\n", "hoà", "hòa", "giám sát", "zzzz"])
        var found = 0
        for w in words {
            let id = RegisterLexicon.id(w)
            #expect(id == RegisterLexicon.searchID(w), "\(w)")
            #expect(RegisterLexicon.isListSyllable(w) == RegisterLexicon.searchListSyllable(w), "\(w)")
            if id != nil { found += 1 }
        }
        #expect(found >= t.starts.count - 1)
    }

    /// `LineSet` (bytes and a hash index) holds exactly what `Set(table.split(separator: "\n"))`
    /// held: every entry of the three-syllable table, and none of the document's three-word
    /// keys that the String set lacked.
    @Test func lineSetIsTheSetOfTheTableLines() throws {
        let table = RepeatedWord.threeSyllableTable
        let reference = Set(table.split(separator: "\n").map(String.init))
        let fast = RepeatedWord.threeSyllableWords
        #expect(fast.count == reference.count)
        for entry in reference { #expect(fast.contains(entry), "\(entry)") }
        // Near misses: prefixes, suffixes, doubled spaces, the other tone style, empty.
        var probes = ["", " ", "\n", "câu lạc", "lạc bộ", "câu  lạc bộ", "hợp tác xã\n", "hợp tác xã "]
        for entry in reference.prefix(300) {
            probes.append(String(entry.dropLast()))
            probes.append(String(entry.dropFirst()))
            probes.append(entry + "x")
            probes.append(foldLower(entry.replacingOccurrences(of: "ủy", with: "uỷ")))
        }
        // Every three consecutive folded words of two real documents.
        for name in ["14_nq-03-nqcp-ctr-hanh-dong.txt", "000_3eaa0e434add0cf8.txt"] {
            let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)
            for t in LintDocument(result).textLines where t.tokens.count >= 3 {
                for i in 0..<(t.tokens.count - 2) {
                    probes.append((i..<(i + 3)).map { foldKey(t.tokens[$0].lower) }.joined(separator: " "))
                }
            }
        }
        var hits = 0
        for p in probes {
            #expect(fast.contains(p) == reference.contains(p), "\(p)")
            if reference.contains(p) { hits += 1 }
        }
        #expect(hits > 0)
    }

    /// `ToneStyleMixed.mayHaveStyle` rules out only words that `ToneMarks.style` gives no style:
    /// every word of two to five letters over o/u/a/e/y in every tone and case, after the
    /// onsets that matter (none, q, g, th, ngh, đ), and every word of four documents.
    @Test func tonePrefilterKeepsEveryStyledWord() throws {
        var letters: [Unicode.Scalar] = Array("aeyouAEYOUiIbBdĐđqgh".unicodeScalars)
        for base in 0..<12 {
            for tone in 0...5 {
                for upper in [false, true] { letters.append(Alphabet.letter(Alphabet.Vowel(base: base, tone: tone, upper: upper))) }
            }
        }
        var words: [[Unicode.Scalar]] = []
        for onset in ["", "q", "g", "th", "ngh", "đ", "Đ", "H"] {
            for a in letters { for b in letters { words.append(Array(onset.unicodeScalars) + [a, b]) } }
        }
        for name in ["06_hd-45-hdbtctw.txt", "14_nq-03-nqcp-ctr-hanh-dong.txt", "19_ocr-vbhn-46-bqp-tesseract.txt", "000_3eaa0e434add0cf8.txt"] {
            let text = try String(contentsOf: Support.corpus.appendingPathComponent(name), encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            ToneMarks.forEachWord(scalars[...]) { r in words.append(Array(scalars[r])) }
        }
        var styled = 0
        for w in words where w.count >= 2 && w.count <= 5 {
            let style = ToneMarks.style(of: w)
            if style != nil { styled += 1 }
            if !ToneStyleMixed.mayHaveStyle(w[w.count - 2], w[w.count - 1]) { #expect(style == nil, "\(String(scalars: w))") }
        }
        #expect(styled > 100)
    }

    /// A syllable dropped from a phrase the document writes again and again (*Báo cáo hình*
    /// beside three *Báo cáo tình hình*): the three-word count now comes from one pass over
    /// the document, and must be what the scan per candidate counted — three makes a finding
    /// (with the count), two does not.
    @Test(arguments: [3, 2]) func droppedSyllableCountsTheWholePhrase(times: Int) {
        let topics = ["kinh tế", "xã hội", "an ninh", "quốc phòng"]
        var text = "KẾ HOẠCH\nCông tác năm 2026\n\n"
        for k in 0..<times { text += "\(k + 1). Báo cáo tình hình \(topics[k]) quý I năm 2026.\n" }
        text += "\(times + 1). Báo cáo hình thực hiện nhiệm vụ quý IV năm 2026.\n"
        let found = Linter.lint(Support.process(text)).filter { $0.ruleID == Misspelling.id && $0.messageKey == "missing" }
        if times >= 3 {
            #expect(found.count == 1)
            #expect(found.first?.arguments == ["cáo hình", "cáo tình hình", "\(times)"])
            #expect(found.first?.span.start.line == times + 4)
        } else {
            #expect(found.isEmpty)
        }
    }

    /// The process's word entry (`Misspelling.entries`, by interner ID) answers what the
    /// three lookups answered: the register number, the lexicon's vocabulary number and
    /// whether the word is a function word; and its other facts as the tables give them.
    @Test func wordEntriesAnswerAsTheTables() throws {
        let tables = Misspelling.lexiconTables
        var probes = Set(tables.vocabulary.keys.map { String(decoding: $0, as: UTF8.self) })
        probes.formUnion(Lexicon.functionWords)
        probes.formUnion((0..<Int32(RegisterLexicon.tables.starts.count - 1)).map(RegisterLexicon.syllable))
        probes.formUnion(["", " ", "các ", "Các", "zz", "uỷ", "ủy", "hình", "luuật", "dảm"])
        probes.formUnion(Lexicon.known.keys.map(foldLower))
        let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent("14_nq-03-nqcp-ctr-hanh-dong.txt"))), name: "14")
        probes.formUnion(LintDocument(result).words.text)
        let words = Array(probes)
        let ids = words.map { WordInterner.shared.intern($0) }
        var entries = [Misspelling.WordEntry](repeating: Misspelling.WordEntry(), count: ids.count)
        ids.withUnsafeBufferPointer { i in entries.withUnsafeMutableBufferPointer { Misspelling.entries(i, into: $0) } }
        let acronyms = Set(Lexicon.known.keys.map(foldLower))
        for (w, e) in zip(words, entries) {
            let r = RegisterLexicon.id(w) ?? -1
            let lexicon = tables.vocabulary[Array(w.utf8)] ?? 0
            #expect(e.register == r, "\(w)")
            #expect(UInt64(e.lexicon) == lexicon, "\(w)")
            #expect(e.roles == Misspelling.lexiconRoles[Int(lexicon)], "\(w)")
            #expect(e.has(Misspelling.Flag.function) == Lexicon.functionWords.contains(w), "\(w)")
            #expect(e.has(Misspelling.Flag.misspelt) == tables.misspelt[Int(lexicon)], "\(w)")
            #expect(e.has(Misspelling.Flag.droppable) == (Misspelling.droppedBefore[w] != nil), "\(w)")
            #expect(e.has(Misspelling.Flag.acronym) == acronyms.contains(w), "\(w)")
            if w.utf8.contains(where: { $0 >= 0x80 }) {
                let valid = Misspelling.isSyllable(w, strict: true), plausible = Misspelling.isSyllable(w, strict: false)
                // A register word's verdicts are worked out with its entry; another word's
                // when a place asks (perhaps already, in another test of this process).
                if r >= 0 { #expect(e.has(Misspelling.Flag.validKnown) && e.has(Misspelling.Flag.plausibleKnown), "\(w)") }
                let strict = Misspelling.syllableVerdict(WordInterner.shared.intern(w), strict: true)
                let loose = Misspelling.syllableVerdict(WordInterner.shared.intern(w), strict: false)
                #expect(strict & Misspelling.Flag.validKnown != 0 && loose & Misspelling.Flag.plausibleKnown != 0, "\(w)")
                #expect((strict & Misspelling.Flag.valid != 0) == valid, "\(w)")
                #expect((loose & Misspelling.Flag.plausible != 0) == plausible, "\(w)")
                #expect(e.has(Misspelling.Flag.judged) == !(r >= 0 && valid && plausible), "\(w)")
            }
        }
    }

    /// The two-word phrases by interner IDs answer as the three `Set<String>`s, whose
    /// entries are NFC (equal bytes, equal text: the interner compares bytes).
    @Test func twoWordPhrasesAnswerAsTheSets() throws {
        let phrases = Misspelling.twoWordPhrases
        let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent("14_nq-03-nqcp-ctr-hanh-dong.txt"))), name: "14")
        var pairs: [(String, String)] = []
        for set in [Lexicon.valid, Lexicon.collocationSet, Lexicon.compounds] {
            for p in set {
                #expect(Array(p.unicodeScalars) == Array(p.precomposedStringWithCanonicalMapping.unicodeScalars), "\(p)")
                let w = p.split(separator: " ").map(String.init)
                if w.count == 2 { pairs.append((w[0], w[1])); pairs.append((w[1], w[0])) }
            }
        }
        for t in LintDocument(result).textLines {
            let keys = t.tokens.map { foldLower($0.lower) }
            for k in keys.indices.dropLast() where !keys[k].isEmpty && !keys[k + 1].isEmpty { pairs.append((keys[k], keys[k + 1])) }
        }
        var found = 0
        for (a, b) in pairs {
            let key = UInt64(WordInterner.shared.intern(a)) << 32 | UInt64(WordInterner.shared.intern(b))
            let kinds = phrases[key, default: 0]
            let s = a + " " + b
            #expect((kinds & Misspelling.PhraseKind.valid != 0) == Lexicon.valid.contains(s), "\(s)")
            #expect((kinds & Misspelling.PhraseKind.collocation != 0) == Lexicon.collocationSet.contains(s), "\(s)")
            #expect((kinds & Misspelling.PhraseKind.compound != 0) == Lexicon.compounds.contains(s), "\(s)")
            if kinds != 0 { found += 1 }
        }
        #expect(found > 100)
    }

    /// `ClauseTable.insert` answers as `Set<[Int32]>.insert(_:).inserted` did: on every clause
    /// of two documents in one unit, each written twice, with prefixes (same IDs, shorter),
    /// and after a reset.
    @Test func clauseTableAnswersAsTheSet() throws {
        for name in ["14_nq-03-nqcp-ctr-hanh-dong.txt", "000_3eaa0e434add0cf8.txt"] {
            let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)
            let document = LintDocument(result)
            let folded = document.words.folded
            var table = ClauseTable()
            var reference = Set<[Int32]>()
            var repeats = 0
            for round in 0..<3 {
                if round == 2 { table.removeAll(); reference.removeAll() }
                for (n, t) in document.textLines.enumerated() {
                    let id = document.ids[n]
                    for c in DuplicateSentence.clauses(t) {
                        for words in [c.words, Array(c.words.dropLast()), [c.words[0]]] {
                            let old = reference.insert(words.map { folded[Int(id[$0])] }).inserted
                            #expect(table.insert(words, id, folded) == old, "\(name) line \(n)")
                            if !old { repeats += 1 }
                        }
                    }
                }
            }
            #expect(repeats > 100)
        }
    }
}
