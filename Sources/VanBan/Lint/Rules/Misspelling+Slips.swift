import Synchronization

/// Slips beyond the classic confusions (issue 15's recall on new documents), tried only
/// where no classic confusion of the pair makes a word:
///
/// * a glide or vowel letter added before the nucleus (*chuẩn đoán* for *chẩn đoán*): one
///   unmarked vowel letter that another vowel follows deleted;
/// * a vowel changed, its tone kept (*quần chóng* for *quần chúng*): another vowel outside
///   the mark groups that the classic confusions already try (*o* → *u*, *a* → *ơ* …),
///   toward a syllable the register writes more often than the written one;
/// * the initials *l/n* swapped (*nực lượng* for *lực lượng*), a consonant letter added to
///   the initial (*trách nghiệm* for *trách nhiệm*), a wrong final consonant (*ngăn chặng*
///   for *ngăn chặn*, *buôn lận* for *buôn lậu*) — each toward a syllable the register
///   writes more often than the written one;
/// * a syllable that no word of the list and no phrase of the register has (*dảm*), one
///   classic confusion away from a pair that is no word of the list but that the register
///   or the document writes (*giảm nghèo*, which pyvi's list lacks).
///
/// Precision first: the written pair is no word and no phrase of the register (the caller's
/// gates), exactly one candidate across all these slips makes a word, and the finding is a
/// warning only when the register (twice or more) or the document (elsewhere) writes the
/// corrected pair; otherwise it is `info`. Never a fix.
extension Misspelling {
    /// The slips of `syllable` (a folded key) that the first two kinds give, as syllables
    /// of the register's table (any other spelling is no word of the list).
    /// A changed vowel is tried only toward a syllable the register writes more often than
    /// the written one (a writer slips toward the rarer spelling, not away from it: *công*
    /// is no slip for *cung*).
    /// `evidence`: a slip of a sound (*l/n*, an initial letter, a final), reported only where
    /// the register or the document writes the corrected pair (*hàng giả* is no slip for
    /// *hành giả*, a word the list has and the genre never writes).
    /// Every document asks for the same few thousand syllables: the rule reads them from
    /// the process's cache by the word's interner ID (`slipIDs(ofWord:)`).
    static func spellSlips(_ syllable: String) -> [(id: Int32, evidence: Bool)] {
        let s = Array(syllable.unicodeScalars)
        var out: [(id: Int32, evidence: Bool)] = []
        var sound = false
        // (The tables read once: each static access is a `swift_once`.)
        let tables = RegisterLexicon.tables
        func count(_ id: Int32) -> Int { Int(id) < tables.syllableCounts.count ? Int(tables.syllableCounts[Int(id)]) : 0 }
        let writtenCount = RegisterLexicon.id(syllable).map(count) ?? 0
        var changingVowel = false
        // Each candidate is looked up by its UTF-8 bytes, written into one buffer from the
        // bytes of the written syllable and the one changed letter: a String, then an array
        // of scalars built per candidate were most of this function's instructions.
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        for c in s {
            UTF8.encode(c) { bytes.append($0) }
            offsets.append(bytes.count)
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + 8)
        /// The written bytes of scalars `from..<to`.
        func copy(_ from: Int, _ to: Int) { utf8.append(contentsOf: bytes[offsets[from]..<offsets[to]]) }
        func emitBuffer() {
            guard let id = utf8.withUnsafeBufferPointer({ RegisterLexicon.lookup($0, tables.bytes, tables.starts, tables.syllableSlots) }),
                  !out.contains(where: { $0.id == id }) else { return }
            if changingVowel && count(id) <= writtenCount { return }
            out.append((id, sound))
        }
        /// The syllable with scalar `k` replaced by `c`.
        func emitReplacing(_ k: Int, _ c: Unicode.Scalar) {
            utf8.removeAll(keepingCapacity: true)
            copy(0, k)
            UTF8.encode(c) { utf8.append($0) }
            copy(k + 1, s.count)
            emitBuffer()
        }
        /// The syllable without scalar `k`.
        func emitDeleting(_ k: Int) {
            utf8.removeAll(keepingCapacity: true)
            copy(0, k)
            copy(k + 1, s.count)
            emitBuffer()
        }
        let vowels = s.indices.filter { Alphabet.vowel(s[$0]) != nil }
        // A glide or vowel letter added before the nucleus (*chuẩn* for *chẩn*): delete one
        // that carries no tone and stands before another vowel. (The last vowel is the
        // nucleus or an off-glide: deleting it changes the word's sound, *thuê* → *thu*.)
        if vowels.count >= 2 {
            for k in vowels where Alphabet.vowel(s[k])!.tone == 0 && k + 1 < s.count && Alphabet.vowel(s[k + 1]) != nil {
                emitDeleting(k)
            }
        }
        // The other slips change a sound the writer may have meant: each only toward a
        // syllable the register writes more often than the written one.
        changingVowel = true
        // A vowel changed, its tone kept: the bases outside its mark group.
        for k in vowels {
            let v = Alphabet.vowel(s[k])!
            let group = Variants.markGroups.first { $0.contains(v.base) } ?? [v.base]
            for base in 0..<Alphabet.bases.count where !group.contains(base) {
                emitReplacing(k, Alphabet.letter(Alphabet.Vowel(base: base, tone: v.tone, upper: false)))
            }
        }
        guard let firstVowel = vowels.first, let lastVowel = vowels.last else { return out }
        sound = true
        // The initials *l* and *n*, which northern speech merges (*nực lượng* for *lực
        // lượng*, *lăng lực* for *năng lực*). (*ng*, *nh* are other initials.)
        if firstVowel == 1, s[0] == "l" { emitReplacing(0, "n") }
        if firstVowel == 1, s[0] == "n" { emitReplacing(0, "l") }
        // A consonant letter added to the initial (*nghiệm* for *nhiệm*): one letter of an
        // initial of two or three deleted.
        if firstVowel >= 2 {
            for k in 0..<firstVowel { emitDeleting(k) }
        }
        // A wrong final consonant (`finalSlips`: *chặng* for *chặn*, *lận* for *lậu*).
        if lastVowel + 1 < s.count {
            let final = String(String.UnicodeScalarView(s[(lastVowel + 1)...]))
            for other in finalSlips[final] ?? [] {
                utf8.removeAll(keepingCapacity: true)
                copy(0, lastVowel + 1)
                utf8.append(contentsOf: other.utf8)
                emitBuffer()
            }
        }
        return out
    }

    /// For each final consonant, the finals a writer may have meant: the other finals of
    /// its class (the nasals *m n ng nh*, the stops *p t c ch*: the class keeps the tone
    /// rule of the syllable — a stop only with sắc or nặng), and an off-glide or no final
    /// at all (a final added: *lận* for *lậu*). The merges of the southern finals (*n/ng*,
    /// *t/c*) and of typing; source: Đoàn Thiện Thuật, *Ngữ âm tiếng Việt* (1977), the
    /// finals of Vietnamese and their dialect merges.
    static let finalSlips: [String: [String]] = {
        let nasals = ["m", "n", "ng", "nh"], stops = ["p", "t", "c", "ch"]
        let open = ["", "i", "y", "o", "u"]
        var map: [String: [String]] = [:]
        for group in [nasals, stops] {
            for f in group { map[f] = group.filter { $0 != f } + open }
        }
        return map
    }()

    /// A slip of the pair `x y` (table numbers `a`, `b`; -1 for a syllable the tables lack),
    /// if exactly one candidate makes a word: which syllable changed, its new table number,
    /// and how often the register and the document write the corrected pair.
    /// `classicVariants` gives the classic confusions of a document word;
    /// `documentCount` counts a pair of folded keys in the document; `writtenElsewhere` tells
    /// whether the document writes the first (true) or second written syllable outside this pair.
    static func slip(_ x: Int32, _ y: Int32, _ a: Int32, _ b: Int32, before: Int32, after: Int32, lexicon: RegisterLexicon.Tables,
                     slips: (Int32) -> [(id: Int32, evidence: Bool)], classicVariants: (Int32) -> [(id: Int32, classic: Bool)],
                     documentCount: (Int32, Int32, Bool) -> Int, writtenElsewhere: (Bool) -> Bool = { _ in false })
        -> (changedFirst: Bool, id: Int32, register: Int, document: Int, word: Bool)? {
        // A seam is no slip: a written syllable that makes a word or a phrase of the register
        // with its outer neighbour is not the one that changed (*đầu tư công | cấp xã*).
        let firstBound = before >= 0 && a >= 0 && (lexicon.pair(before, a).word || lexicon.pair(before, a).count > 0)
        let secondBound = after >= 0 && b >= 0 && (lexicon.pair(b, after).word || lexicon.pair(b, after).count > 0)
        // (Counted, the first kept: only a single candidate is returned, and an array per
        // call was an allocation per judged place.)
        var foundCount = 0
        var first: (changedFirst: Bool, id: Int32, register: Int, document: Int, word: Bool) = (false, -1, 0, 0, false)
        func found(_ f: (changedFirst: Bool, id: Int32, register: Int, document: Int, word: Bool)) {
            if foundCount == 0 { first = f }
            foundCount += 1
        }
        var needsEvidence = false
        // A vowel added or changed, to a word of the list.
        if b >= 0, !firstBound {
            for v in slips(x) where v.id != a {
                let p = lexicon.pair(v.id, b)
                if p.word { found((true, v.id, p.count, documentCount(v.id, y, true), true)); needsEvidence = v.evidence }
            }
        }
        if a >= 0, !secondBound {
            for v in slips(y) where v.id != b {
                let p = lexicon.pair(a, v.id)
                if p.word { found((false, v.id, p.count, documentCount(v.id, x, false), true)); needsEvidence = v.evidence }
            }
        }
        // A syllable the tables lack, a classic confusion away from a phrase the register or
        // the document writes.
        if a < 0, b >= 0 {
            for v in classicVariants(x) where v.classic {
                let p = lexicon.pair(v.id, b)
                let d = documentCount(v.id, y, true)
                if !p.word, p.count >= 2 || d >= 1 { found((true, v.id, p.count, d, false)) }
            }
        }
        if b < 0, a >= 0 {
            for v in classicVariants(y) where v.classic {
                let p = lexicon.pair(a, v.id)
                let d = documentCount(v.id, x, false)
                if !p.word, p.count >= 2 || d >= 1 { found((false, v.id, p.count, d, false)) }
            }
        }
        guard foundCount == 1 else { return nil }
        if needsEvidence, first.register < 2, first.document < 1 { return nil }
        // A sound slip's written syllable that the document writes elsewhere is a word of
        // the writer's (*đường liên thôn* beside *thôn*, *buôn* of the same document), not
        // a slip toward *liên thông*.
        if needsEvidence, writtenElsewhere(first.changedFirst) { return nil }
        return first
    }
}
