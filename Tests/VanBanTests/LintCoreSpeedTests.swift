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

    /// One lookup in `wordFacts` answers what the three lookups answered: the register
    /// number, the lexicon's vocabulary number and whether the word is a function word.
    @Test func wordFactsAnswerAsTheThreeTables() throws {
        let facts = Misspelling.wordFacts
        let tables = Misspelling.lexiconTables
        var probes = Set(tables.vocabulary.keys.map { String(decoding: $0, as: UTF8.self) })
        probes.formUnion(Lexicon.functionWords)
        probes.formUnion((0..<Int32(RegisterLexicon.tables.starts.count - 1)).map(RegisterLexicon.syllable))
        probes.formUnion(["", " ", "các ", "Các", "zz", "uỷ", "ủy"])
        let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent("14_nq-03-nqcp-ctr-hanh-dong.txt"))), name: "14")
        probes.formUnion(LintDocument(result).words.text)
        for w in probes {
            let f = facts.of(w)
            #expect(f.register == RegisterLexicon.id(w) ?? -1, "\(w)")
            #expect(f.vocabulary == tables.vocabulary[Array(w.utf8)] ?? 0, "\(w)")
            #expect(f.function == Lexicon.functionWords.contains(w), "\(w)")
        }
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
