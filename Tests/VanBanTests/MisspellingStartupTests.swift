import Foundation
import Testing
@testable import VanBan

/// The spelling rule's start-up tables built over bytes (issue 17, session 8) hold exactly
/// what the String-built ones held: the register tables as the old loader filled them
/// (kept below), and the lexicon's vocabulary, variant phrases and misspelt words as
/// `MisspellingBefore.lexiconTables` (the rule as it was) numbers them.
@Suite("Misspelling start-up tables equal the old ones")
struct MisspellingStartupTests {
    @Test func registerTablesAsTheOldLoader() {
        let new = RegisterLexicon.tables, old = Self.tablesByAppending()
        #expect(new.bytes == old.bytes)
        #expect(new.starts == old.starts)
        #expect(new.syllableCounts == old.syllableCounts)
        #expect(new.confusionStarts == old.confusionStarts)
        #expect(new.confusions == old.confusions)
        #expect(new.confusionIsClassic == old.confusionIsClassic)
        #expect(new.pairs == old.pairs)
        #expect(new.pairCounts == old.pairCounts)
        #expect(new.pairIsWord == old.pairIsWord)
        #expect(new.pairSlots == old.pairSlots)
        #expect(new.syllableSlots == old.syllableSlots)
        #expect(new.triples == old.triples)
        #expect(new.tripleCounts == old.tripleCounts)
        #expect(new.pairs.count > 20_000 && new.triples.count > 5_000 && new.starts.count > 5_000)
    }

    @Test func lexiconTablesAsTheOldOnes() {
        let new = Misspelling.lexiconTables, old = MisspellingBefore.lexiconTables
        #expect(new.vocabulary.count == old.vocabulary.count)
        for (key, number) in old.vocabulary { #expect(new.vocabulary[key] == number, "\(String(decoding: key, as: UTF8.self))") }
        for (k, key) in new.vocabulary.keys.enumerated() { #expect(old.vocabulary[key] == UInt64(k + 1)) }
        #expect(new.misspelt == old.misspelt)
        #expect(new.variantsByID.count == old.variantsByID.count)
        for (key, phrase) in old.variantsByID { #expect(new.variantsByID[key] == phrase, "\(phrase)") }
        #expect(new.variantsByID.count > 1_000)
    }

    /// A byte table numbers strings as a dictionary would, through growth and for the empty
    /// string, and finds nothing it was not given.
    @Test func byteKeyTableNumbersLikeADictionary() {
        var table = ByteKeyTable(capacity: 4)
        var reference: [[UInt8]: UInt64] = [:]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let word = (0..<Int.random(in: 0...6, using: &generator)).map { _ in UInt8.random(in: 0x61...0x66, using: &generator) }
            let (n, inserted) = word.withUnsafeBufferPointer { table.insert($0) }
            if let known = reference[word] {
                #expect(!inserted && n == known)
            } else {
                #expect(inserted && n == UInt64(reference.count + 1))
                reference[word] = n
            }
        }
        #expect(table.count == reference.count)
        for (word, n) in reference { #expect(table[word] == n) }
        #expect(table[Array("g".utf8)] == nil)
        #expect(table.keys.count == reference.count)
    }

    /// `tables` as the loader before issue 17's eighth session built them (kept for the
    /// equivalence test: the same arrays, element for element).
    static func tablesByAppending() -> RegisterLexicon.Tables {
        var t = RegisterLexicon.Tables()
        t.bytes = Array(RegisterLexicon.syllableTable.utf8)
        t.bytes.append(0x0A)
        t.starts.append(0)
        for (i, b) in t.bytes.enumerated() where b == 0x0A { t.starts.append(Int32(i + 1)) }
        var counts = RegisterLexicon.syllableCountTable
        counts.withUTF8 { p in
            var n: Int32 = 0
            for b in p {
                if b == 0x0A { t.syllableCounts.append(n); n = 0 } else { n = n &* 10 &+ Int32(b &- 0x30) }
            }
            t.syllableCounts.append(n)
        }
        var confusions = RegisterLexicon.confusionTable
        confusions.withUTF8 { p in
            t.confusionStarts.append(0)
            var i = 0
            while i < p.count {
                if p[i] == 0x0A { t.confusionStarts.append(Int32(t.confusions.count)); i += 1; continue }
                guard i + 5 <= p.count else { break }
                t.confusions.append(Int32(hex(p, i, 4)))
                t.confusionIsClassic.append(p[i + 4] == UInt8(ascii: "c"))
                i += 5
            }
            t.confusionStarts.append(Int32(t.confusions.count))
        }
        var text = RegisterLexicon.pairTable
        text.withUTF8 { p in
            var i = 0
            while i + 9 <= p.count {
                let key = hex(p, i, 8)
                let word = p[i + 8] == UInt8(ascii: "w")
                i += 9
                var n = 0
                while i < p.count, p[i] != 0x0A { n = n * 10 + Int(p[i] &- 0x30); i += 1 }
                i += 1
                t.pairs.append(UInt32(key))
                t.pairCounts.append(UInt16(min(n, 0xFFFF)))
                t.pairIsWord.append(word)
            }
        }
        t.syllableSlots = RegisterLexicon.hashIndex(t.bytes, t.starts)
        var size = 1024
        while size < t.pairs.count * 2 { size <<= 1 }
        t.pairSlots = [Int32](repeating: 0, count: size)
        for (k, key) in t.pairs.enumerated() {
            var slot = RegisterLexicon.Tables.slot(key, size - 1)
            while t.pairSlots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            t.pairSlots[slot] = Int32(k + 1)
        }
        var triples = RegisterLexicon.tripleTable
        triples.withUTF8 { p in
            var i = 0
            while i + 12 <= p.count {
                let key = hex(p, i, 12)
                i += 12
                var n = 0
                while i < p.count, p[i] != 0x0A { n = n * 10 + Int(p[i] &- 0x30); i += 1 }
                i += 1
                t.triples.append(key)
                t.tripleCounts.append(UInt16(min(n, 0xFFFF)))
            }
        }
        return t
    }

    private static func hex(_ p: UnsafeBufferPointer<UInt8>, _ at: Int, _ length: Int) -> UInt64 {
        var v: UInt64 = 0
        for k in at..<(at + length) {
            let c = p[k]
            v = v << 4 | UInt64(c <= 0x39 ? c &- 0x30 : c &- 0x57)
        }
        return v
    }
}

extension MisspellingStartupTests {
    /// The words dropped before each word, in the order the old table listed them (its
    /// collocations sorted as `String`s; now by their bytes).
    @Test func droppedBeforeAsTheOldTable() {
        #expect(Misspelling.droppedBefore == MisspellingBefore.droppedBefore)
        #expect(!Misspelling.droppedBefore.isEmpty)
        // Byte order is `String` order for the NFC text of the tables, capitals, marks and all.
        let words = Lexicon.collocations + ["Ủy ban", "ủy ban", "uỷ ban", "a b", "ă", "â", "b", "Đ", "đ", "z"]
        #expect(words.sorted() == words.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }
}

extension MisspellingStartupTests {
    /// The confusions of a word, now made from UTF-8 bytes, are the old ones (scalar view
    /// appends), in order, for every syllable of the register and of the word list, and for
    /// odd words (capitals, decomposed marks, the new tone style, empty, non-Vietnamese).
    @Test func confusionsAsBefore() {
        let t = RegisterLexicon.tables
        var words = (0..<Int32(t.starts.count - 1)).map(RegisterLexicon.syllable)
        let list = RegisterLexicon.listSyllables
        words += (0..<(list.starts.count - 1)).map { String(decoding: list.bytes[Int(list.starts[$0])..<Int(list.starts[$0 + 1] - 1)], as: UTF8.self) }
        words += ["", "a", "Trường", "gì", "gìn", "giữ", "dùng", "đ", "r", "x", "s", "tr", "ch", "hoà", "hòa", "thuỷ",
                  "tru\u{301}ng", "xyz", "日本", "d\u{300}", "gi", "GIÁO"]
        var compared = 0
        for w in words {
            let new = Misspelling.confusions(of: w), old = MisspellingBefore.confusions(of: w)
            #expect(new.map(\.word) == old.map(\.word), "\(w)")
            #expect(new.map(\.classic) == old.map(\.classic), "\(w)")
            compared += new.count
        }
        #expect(compared > 50_000)
    }
}

extension MisspellingStartupTests {
    /// The table numbers of a word's confusions, now looked up by bytes, are the old ones.
    @Test func confusionIDsAsBefore() {
        let t = RegisterLexicon.tables
        var words = (0..<Int32(t.starts.count - 1)).map(RegisterLexicon.syllable)
        words += ["", "a", "Trường", "gì", "gìn", "giữ", "dùng", "tru\\u{301}ng", "tru\u{301}ng", "u\u{301}", "hoà", "thuỷ", "xyz", "GIÁO"]
        var found = 0
        for w in words {
            let new = Misspelling.confusionIDs(of: w), old = MisspellingBefore.confusionIDs(of: w)
            #expect(new.map(\.id) == old.map(\.id), "\(w)")
            #expect(new.map(\.classic) == old.map(\.classic), "\(w)")
            found += new.count
        }
        #expect(found > 10_000)
    }
}

extension MisspellingStartupTests {
    /// The rare-syllable note's suggestions, now found from the candidates' bytes, are the old
    /// ones for every word-list syllable and odd words.
    @Test func rareSyllableAsBefore() {
        // Words outside the word list: the confusions of every tenth register syllable.
        let t = RegisterLexicon.tables
        var words: [String] = []
        for id in stride(from: Int32(0), to: Int32(t.starts.count - 1), by: 10) {
            words += Misspelling.confusions(of: RegisterLexicon.syllable(id)).map(\.word)
        }
        words += ["dảm", "", "a", "tru\u{301}ng", "xũng", "giãm", "rảm", "sỉu", "xỉu", "trẻm", "chẻm"]
        var found = 0
        for w in words {
            var cache = [String??](repeating: nil, count: 1)
            let new = Misspelling.rareSyllable(w), old = MisspellingBefore.rareSyllable(0, [w], &cache)
            #expect(new == old, "\(w)")
            if new != nil { found += 1 }
        }
        #expect(found > 10)
    }
}
