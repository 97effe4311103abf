import Foundation
import Testing
@testable import VanBan

/// The lint stage's integer representation (issue 17): the word table of a document and the
/// rules rewritten over it must say exactly what the String versions said.
@Suite("Lint: word table and ID-based rules")
struct LintWordTableTests {
    /// `Variants.of` as it was written over scalar arrays and Strings (before issue 17):
    /// the byte-built version must give the same variants in the same order.
    static func referenceVariants(_ word: String, finals withFinals: Bool) -> [String] {
        let s = Array(word.unicodeScalars)
        var out: [String] = []
        func emit(_ v: [Unicode.Scalar]) { out.append(String(scalars: v)) }
        for (k, c) in s.enumerated() {
            guard let v = Alphabet.vowel(c) else { continue }
            for tone in 0...5 where tone != v.tone {
                var copy = s
                copy[k] = Alphabet.letter(Alphabet.Vowel(base: v.base, tone: tone, upper: false))
                emit(copy)
            }
            if let group = Variants.markGroups.first(where: { $0.contains(v.base) }) {
                for base in group where base != v.base {
                    var copy = s
                    copy[k] = Alphabet.letter(Alphabet.Vowel(base: base, tone: v.tone, upper: false))
                    emit(copy)
                }
            }
        }
        if s.first == "d" { var c = s; c[0] = "đ"; emit(c) }
        if s.first == "đ" { var c = s; c[0] = "d"; emit(c) }
        if withFinals {
            let text = word
            for f in Variants.finals where text.hasSuffix(f) {
                if (f == "n" || f == "c") && (text.hasSuffix("ng") || text.hasSuffix("nh") || text.hasSuffix("ch")) { continue }
                let stem = String(text.unicodeScalars.dropLast(f.unicodeScalars.count))
                guard let last = stem.unicodeScalars.last, Alphabet.vowel(last) != nil else { continue }
                for g in Variants.finals where g != f { out.append(stem + g) }
            }
        }
        return out
    }

    @Test func variantsAreTheReferenceVariants() {
        // The lexicon's words and the register's (thousands of real words, both tone styles).
        var words = Set(Lexicon.collocations.flatMap { $0.split(separator: " ").map(String.init) })
        words.formUnion((0..<Int32(RegisterLexicon.tables.starts.count - 1)).map(RegisterLexicon.syllable))
        // Edge cases: a final alone, no vowel, a 4-byte scalar, d/đ, every final after a vowel.
        words.formUnion(["", "ng", "c", "n", "đ", "d", "dân", "đường", "x𝔸a", "tp", "khuya", "nghiêng", "thuỷ", "hoà"])
        for f in Variants.finals { words.insert("a" + f); words.insert("ươ" + f) }
        #expect(words.count > 900)
        for w in words.sorted() {
            for finals in [false, true] {
                #expect(Variants.spell(w, finals: finals) == Self.referenceVariants(w, finals: finals), "\(w) finals: \(finals)")
                #expect(Variants.of(w, finals: finals) == Self.referenceVariants(w, finals: finals), "\(w) finals: \(finals)")
            }
        }
    }

    @Test func wordTableNumbersEachTextOnce() {
        var table = WordTable(capacity: 4)
        var ids: [Int32] = []
        // Enough distinct texts to grow the table several times.
        for k in 0..<5000 { ids.append(table.intern("từ\(k)")) }
        #expect(Set(ids).count == 5000)
        for k in stride(from: 0, to: 5000, by: 7) {
            #expect(table.intern("từ\(k)") == ids[k])
            #expect(table.id("từ\(k)") == ids[k])
            #expect(table.text[Int(ids[k])] == "từ\(k)")
        }
        #expect(table.id("không có") == nil)
        #expect(table.count == 5000)
    }

    @Test func wordTableFoldsTheToneStyleOncePerText() {
        var table = WordTable()
        let new = table.intern("hoà"), old = table.intern("hòa"), plain = table.intern("hoa"), uy = table.intern("uỷ")
        let comma = table.intern(","), number = table.intern("2026")
        table.fold(from: 0)
        #expect(new != old)
        #expect(table.folded[Int(new)] == old)
        #expect(table.folded[Int(old)] == old)
        #expect(table.folded[Int(plain)] == plain)
        #expect(table.text[Int(table.folded[Int(uy)])] == foldLower("uỷ"))
        #expect(table.folded[Int(comma)] == comma && table.folded[Int(number)] == number)
        #expect(table.isMarked[Int(new)] && !table.isMarked[Int(plain)] && !table.isMarked[Int(comma)])
    }

    /// Every document's keys are the folded keys, token by token, as `foldLower` makes them.
    @Test func keysAreTheFoldedLowerCaseOfEveryWord() throws {
        for name in ["06_hd-45-hdbtctw.txt", "14_nq-03-nqcp-ctr-hanh-dong.txt", "19_ocr-vbhn-46-bqp-tesseract.txt"] {
            let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)
            let document = LintDocument(result)
            #expect(document.textIndex.count == document.lines.count)
            for (n, t) in document.textLines.enumerated() {
                #expect(document.keys[n] == t.tokens.map { $0.kind == .word ? foldLower($0.lower) : "" })
                #expect(document.ids[n].map { document.words.text[Int($0)] } == t.tokens.map(\.lower))
            }
            for (k, line) in document.lines.enumerated() where line.role != .appendix {
                #expect(document.textLines[document.textIndex[k]].line.scalars == line.tokens.line.scalars)
            }
        }
    }

    /// `PhraseIDs` finds a table's phrases exactly where the String helpers do (`matches(_:at:)`
    /// for exact, `matches(_:at:keys:)` for folded comparison), on every token of real documents,
    /// with phrases of both tone styles, numbers, signs and words no document writes.
    @Test func phraseIDsMatchWhereTheStringHelpersMatch() throws {
        let table: [[String]] = [["ủy", "ban", "nhân", "dân"], ["uỷ", "ban"], ["ban", "thường", "vụ"], ["hội", "đồng"],
                                 ["năm", "2025"], ["2025"], ["("], ["thủ", "tướng", "chính", "phủ"], ["tp"], ["hòa"], ["hoà", "bình"],
                                 ["không", "có", "trong", "văn", "bản", "nào", "zzq"], ["nghị", "quyết"], ["nghị"], ["quốc", "phòng"]]
        for name in ["06_hd-45-hdbtctw.txt", "14_nq-03-nqcp-ctr-hanh-dong.txt", "19_ocr-vbhn-46-bqp-tesseract.txt", "000_3eaa0e434add0cf8.txt"] {
            let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)
            let document = LintDocument(result)
            let exact = PhraseIDs(table, in: document.words, folded: false)
            let folded = PhraseIDs(table, in: document.words, folded: true)
            var hits = 0
            for (n, t) in document.textLines.enumerated() {
                let ids = document.ids[n]
                for i in t.tokens.indices {
                    for (p, phrase) in table.enumerated() {
                        #expect(exact.matches(p, ids, at: i) == t.matches(phrase, at: i), "\(name) \(phrase) at \(i)")
                        #expect(folded.matches(p, ids, at: i) == t.matches(phrase, at: i, keys: document.keys[n]), "\(name) \(phrase) at \(i)")
                        if folded.matches(p, ids, at: i) { hits += 1 }
                    }
                    #expect(exact.first(ids, at: i) == table.firstIndex { t.matches($0, at: i) })
                    #expect(folded.first(ids, at: i) == table.firstIndex { t.matches($0, at: i, keys: document.keys[n]) })
                }
            }
            #expect(hits > 10, "\(name)")
            for (k, line) in document.lines.enumerated() where line.role != .appendix {
                #expect(document.ids(ofLine: k) == document.ids[document.textIndex[k]])
            }
        }
    }

    static let cases: [RuleCase] = [
        // duplicate-sentence: compared regardless of case and tone style, numbers and commas included
        RuleCase(rule: "duplicate-sentence",
                 text: programme("I. A\n- Kiện toàn Ban Chỉ đạo hoà giải ở cơ sở năm 2026; kiện toàn ban chỉ đạo hòa giải ở cơ sở năm 2026."),
                 at: ["Kiện toàn"]),
        RuleCase(rule: "duplicate-sentence",
                 text: programme("I. A\n- Kiện toàn Ban Chỉ đạo hoà giải ở cơ sở năm 2026; kiện toàn Ban Chỉ đạo hòa giải ở cơ sở năm 2027."),
                 at: []),
        RuleCase(rule: "duplicate-sentence",
                 text: programme("I. A\n- Rà soát, sửa đổi quy chế làm việc; rà soát sửa đổi quy chế làm việc."),
                 at: []),
        // … and one unit is an item with the paragraphs after it, not the whole document
        RuleCase(rule: "duplicate-sentence",
                 text: programme("I. A\n- Rà soát, sửa đổi quy chế làm việc của Ban.\n- Rà soát, sửa đổi quy chế làm việc của Ban."),
                 at: []),
        // repeated-word: case-insensitive, numbers are not words
        RuleCase(rule: "repeated-word", text: programme("I. A\n- Tổ chức Hội nghị hội nghị sơ kết."), at: ["Hội nghị hội nghị"]),
        RuleCase(rule: "repeated-word", text: programme("I. A\n- Chỉ tiêu 15 15 năm 2026."), at: []),
        // malformed-year: the year positions after năm and tháng M/
        RuleCase(rule: "malformed-year", text: programme("I. A\n- Hoàn thành trong năm 20260."), at: ["20260"]),
        RuleCase(rule: "malformed-year", text: programme("I. A\n- Hoàn thành trong tháng 3/226."), at: ["3/226"]),
        RuleCase(rule: "malformed-year", text: programme("I. A\n- Hoàn thành 20260 hồ sơ."), at: []),
    ]

    @Test(arguments: cases)
    func rule(_ c: RuleCase) {
        c.check()
    }
}
