import Foundation
import Testing
@testable import VanBan

/// Session 10 of issue 17, the spelling part: the pieces of `misspelling` rewritten for
/// speed must answer as their old forms did (kept here, renamed), and the whole rule must
/// report what the old rule (`MisspellingBefore`) reports on every document as written,
/// decomposed (NFD) and in capitals.
@Suite("Misspelling session 10 equivalence")
struct MisspellingSession10EquivalenceTests {
    // MARK: Old forms

    /// `Misspelling.slip` as it was on main 1d79f1e: the candidates gathered in an array.
    static func oldSlip(_ x: Int32, _ y: Int32, _ a: Int32, _ b: Int32, before: Int32, after: Int32, lexicon: RegisterLexicon.Tables,
                        slips: (Int32) -> [(id: Int32, evidence: Bool)], classicVariants: (Int32) -> [(id: Int32, classic: Bool)],
                        documentCount: (Int32, Int32, Bool) -> Int, writtenElsewhere: (Bool) -> Bool = { _ in false })
        -> (changedFirst: Bool, id: Int32, register: Int, document: Int, word: Bool)? {
        let firstBound = before >= 0 && a >= 0 && (lexicon.pair(before, a).word || lexicon.pair(before, a).count > 0)
        let secondBound = after >= 0 && b >= 0 && (lexicon.pair(b, after).word || lexicon.pair(b, after).count > 0)
        var found: [(changedFirst: Bool, id: Int32, register: Int, document: Int, word: Bool)] = []
        var needsEvidence = false
        if b >= 0, !firstBound {
            for v in slips(x) where v.id != a {
                let p = lexicon.pair(v.id, b)
                if p.word { found.append((true, v.id, p.count, documentCount(v.id, y, true), true)); needsEvidence = v.evidence }
            }
        }
        if a >= 0, !secondBound {
            for v in slips(y) where v.id != b {
                let p = lexicon.pair(a, v.id)
                if p.word { found.append((false, v.id, p.count, documentCount(v.id, x, false), true)); needsEvidence = v.evidence }
            }
        }
        if a < 0, b >= 0 {
            for v in classicVariants(x) where v.classic {
                let p = lexicon.pair(v.id, b)
                let d = documentCount(v.id, y, true)
                if !p.word, p.count >= 2 || d >= 1 { found.append((true, v.id, p.count, d, false)) }
            }
        }
        if b < 0, a >= 0 {
            for v in classicVariants(y) where v.classic {
                let p = lexicon.pair(a, v.id)
                let d = documentCount(v.id, x, false)
                if !p.word, p.count >= 2 || d >= 1 { found.append((false, v.id, p.count, d, false)) }
            }
        }
        guard found.count == 1 else { return nil }
        if needsEvidence, found[0].register < 2, found[0].document < 1 { return nil }
        if needsEvidence, writtenElsewhere(found[0].changedFirst) { return nil }
        return found[0]
    }

    /// The words of a correction as `Misspelling.add` split them on main 1d79f1e.
    static func oldWords(_ phrase: String) -> [String] { phrase.split(separator: " ").map(String.init) }

    // MARK: Helpers

    /// A deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    /// Every document of the corpus, the hold-out set, the shared real documents and seeds.
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

    /// Lines of syllables drawn at random from the register, with slips put in.
    static func randomSyllableText(_ random: inout Random, lines: Int) -> String {
        let t = RegisterLexicon.tables
        let count = t.starts.count - 1
        var out: [String] = []
        for _ in 0..<lines {
            var words: [String] = []
            for _ in 0..<(random.below(14) + 2) {
                var w = RegisterLexicon.syllable(Int32(random.below(count)))
                switch random.below(10) {
                case 0: if let v = Misspelling.confusions(of: w).map(\.word).randomElement(using: &random) { w = v }
                case 1: if let v = Variants.of(w, finals: true).randomElement(using: &random) { w = v }
                case 2: w = w.prefix(1).uppercased() + w.dropFirst()
                default: break
                }
                words.append(w)
            }
            out.append("- " + words.joined(separator: " ") + (random.below(3) == 0 ? "," : "."))
        }
        return out.joined(separator: "\n")
    }

    // MARK: Tests

    /// The whole rule against the old rule, on every document as written, NFD and in capitals,
    /// and on documents of random register syllables with slips.
    @Test func sameFindingsAsTheOldRule() {
        var total = 0
        let docs = Self.documents
        #expect(docs.count >= 25)
        for (name, text) in docs {
            total += MisspellingEquivalenceTests.expectSame(Support.process(text), name)
            _ = MisspellingEquivalenceTests.expectSame(Support.process(text.decomposedStringWithCanonicalMapping), name + " NFD")
            _ = MisspellingEquivalenceTests.expectSame(Support.process(text.uppercased()), name + " upper")
        }
        var random = Random(state: 10)
        for k in 0..<40 {
            let text = "KẾ HOẠCH\ncông tác năm 2026\nI. NỘI DUNG\n" + Self.randomSyllableText(&random, lines: 60)
            total += MisspellingEquivalenceTests.expectSame(Support.process(text), "random \(k)")
        }
        #expect(total > 1_000)
    }

    /// `slip` counts its candidates instead of gathering them: the same answer as the old form
    /// on random pairs of register syllables (and syllables it lacks), neighbours and counts.
    @Test func slipAnswersAsTheOldForm() {
        let t = RegisterLexicon.tables
        let count = Int32(t.starts.count - 1)
        var random = Random(state: 1)
        var slipCache: [Int32: [(id: Int32, evidence: Bool)]] = [:]
        func slips(_ w: Int32) -> [(id: Int32, evidence: Bool)] {
            if let known = slipCache[w] { return known }
            let found = w >= 0 ? Misspelling.spellSlips(RegisterLexicon.syllable(w)) : []
            slipCache[w] = found
            return found
        }
        func classic(_ w: Int32) -> [(id: Int32, classic: Bool)] { w >= 0 ? RegisterLexicon.confusions(w) : [] }
        var answers = 0
        for k in 0..<60_000 {
            // Mostly a real pair of the register with one syllable changed, so that slips are found.
            let x = Int32(random.below(Int(count))), y = Int32(random.below(Int(count)))
            var a: Int32 = random.below(8) == 0 ? -1 : x
            var b: Int32 = random.below(8) == 0 ? -1 : y
            if k % 2 == 0, let c = classic(x).first { a = random.below(8) == 0 ? -1 : c.id }
            if k % 3 == 0, let s = slips(y).first { b = s.id }
            let before: Int32 = random.below(3) == 0 ? -1 : Int32(random.below(Int(count)))
            let after: Int32 = random.below(3) == 0 ? -1 : Int32(random.below(Int(count)))
            let seed = random.next()
            let documentCount: (Int32, Int32, Bool) -> Int = { v, other, first in
                Int((UInt64(UInt32(bitPattern: v)) &* 31 &+ UInt64(UInt32(bitPattern: other)) &+ (first ? 7 : 0) &+ seed) % 3)
            }
            let elsewhere: (Bool) -> Bool = { first in (seed >> (first ? 3 : 5)) & 1 == 1 }
            let new = Misspelling.slip(x, y, a, b, before: before, after: after, lexicon: t, slips: slips, classicVariants: classic,
                                       documentCount: documentCount, writtenElsewhere: elsewhere)
            let old = Self.oldSlip(x, y, a, b, before: before, after: after, lexicon: t, slips: slips, classicVariants: classic,
                                   documentCount: documentCount, writtenElsewhere: elsewhere)
            let same = new?.changedFirst == old?.changedFirst && new?.id == old?.id && new?.register == old?.register
                && new?.document == old?.document && new?.word == old?.word && (new == nil) == (old == nil)
            #expect(same, "\(x) \(y) \(a) \(b) \(before) \(after)")
            if new != nil { answers += 1 }
        }
        #expect(answers > 100)
    }

    /// The corrections' words split on the space byte: as `split(separator:)` on every
    /// collocation, valid phrase and known correction, every register pair, and random text
    /// with combining marks, joiners and other scripts (which take the old path).
    @Test func correctionWordsAsTheOldSplit() {
        var phrases = Lexicon.collocations + Array(Lexicon.valid) + Array(Lexicon.compounds) + Array(Lexicon.known.values)
        let t = RegisterLexicon.tables
        var random = Random(state: 3)
        for _ in 0..<20_000 {
            let a = RegisterLexicon.syllable(Int32(random.below(t.starts.count - 1)))
            let b = RegisterLexicon.syllable(Int32(random.below(t.starts.count - 1)))
            phrases.append(a + " " + b)
            phrases.append((a + " " + b).uppercased())
            phrases.append((a + " " + b).decomposedStringWithCanonicalMapping)
        }
        let pieces = ["a", "đ", "Đ", "ư", "ệ", "hoà", "thuỷ", " ", "  ", "\u{300}", "\u{301}", "\u{309}", "\u{200D}", "\u{FE0F}",
                      "\u{A0}", "é", "ß", "Ω", "😀", "👍🏽", "\u{0600}", "\u{094D}", "\u{0903}", "ก", "\u{0E33}", "\r\n", "\t", "x"]
        for _ in 0..<20_000 {
            var s = ""
            for _ in 0..<(random.below(12) + 1) { s += pieces[random.below(pieces.count)] }
            phrases.append(s)
        }
        phrases += ["", " ", "   ", " a", "a ", "a  b", " \u{301}a", "a \u{301}b", "a\u{200D} b", "a \u{200D}b"]
        for p in phrases {
            let new = Misspelling.spaceSeparatedWords(p), old = Self.oldWords(p)
            #expect(new == old && new.map { Array($0.utf8) } == old.map { Array($0.utf8) }, "\(Array(p.unicodeScalars))")
        }
    }

    /// A register syllable's variants read by number (`knownRegisterSplit`) are the ones
    /// spelt out from its text.
    @Test func variantSplitByNumberAsSpeltOut() {
        let t = RegisterLexicon.tables
        var random = Random(state: 5)
        for _ in 0..<3_000 {
            let r = Int32(random.below(t.starts.count - 1))
            let word = RegisterLexicon.syllable(r)
            let id = WordInterner.shared.intern(word)
            let split = Misspelling.variantSplit(id, register: r)
            var bytes = word
            let fresh = bytes.withUTF8 { Misspelling.VariantSplit(variantsOf: $0) }
            #expect(split.register == fresh.register && split.others == fresh.others && split.otherHashes == fresh.otherHashes, "\(word)")
            // Asked again, now from the number.
            let again = Misspelling.variantSplit(id, register: r)
            #expect(again.register == fresh.register && again.others == fresh.others, "\(word)")
        }
    }
}

extension Array {
    /// A random element drawn with the suite's generator.
    fileprivate func randomElement(using random: inout MisspellingSession10EquivalenceTests.Random) -> Element? {
        isEmpty ? nil : self[random.below(count)]
    }
}
