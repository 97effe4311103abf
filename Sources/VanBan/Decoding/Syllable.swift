/// Is a word a well-formed Vietnamese syllable? The test encoding detection scores
/// candidates with: a right decoding turns nearly every word with a non-ASCII
/// letter into a syllable, a wrong one into symbols and impossible vowel runs; and the
/// test `misspelling` finds typos with (*ngiệm*, *quyêt*, *Luuật*).
///
/// Structure: onset + vowel nucleus (with its glides) + final, at most one tone mark,
/// and the orthographic rules of Vietnamese spelling that tie them together (Quy tắc
/// chính tả, as taught in school and set out in Đoàn Thiện Thuật, *Ngữ âm tiếng Việt*):
/// * *k*, *gh*, *ngh* stand before *i e ê* (*y* for *k*), *c*, *g*, *ng* before the other
///   vowels (*ngiệm*, *ghà*, *cính* are no syllables; *gì*, *gìn* are *gi* + *i*);
/// * *q* is always *qu*, and *qu* takes no second *u*/*o* glide;
/// * the stop finals *p t c ch* take only the sắc or nặng tone (*quyêt*, *hoc*);
/// * *ch*, *nh* follow only the nuclei *a oa ê uê i y uy* (*anh*, *ếch*, *inh*, *uynh*), and
///   *c*, *ng* never those but *a*, *oa* (*việc*, *tiếng* have the nucleus *iê*);
/// * the nuclei *iê yê uô ươ uâ ă â* need a final, the vowel pairs that end in a glide
///   (*ai ao ia ưa …*) take none, and *yê* only begins a syllable or follows the glide *u*.
///
/// `isValid(_:strict: false)` skips the orthographic rules, for names of places of the
/// minority languages that break them (*Kơ Nia*) and for encoding detection.
public enum Syllable {
    static let onsets: [String] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ]
    static let nuclei: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi",
        "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
        "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu",
    ]
    static let finals: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]

    /// Nuclei that end in a glide (*ai*, *ưa*, *iêu*): no final follows them.
    static let closedNuclei: Set<String> = [
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu",
        "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu",
    ]
    /// Nuclei that need a final (*tiên*, not *tiê*; *ăn*, not *ă*).
    static let openingNuclei: Set<String> = ["iê", "yê", "uô", "ươ", "uâ", "oă", "ă", "â", "uyê"]
    /// The nuclei *ch* and *nh* follow (*anh*, *oanh*, *ếch*, *inh*, *uynh*, *huếch*); but for *a*
    /// and *oa*, *c* and *ng* never follow them (*việc*, *tiếng*: *iê* is no such nucleus).
    static let frontFinalNuclei: Set<String> = ["a", "oa", "ê", "uê", "i", "y", "uy"]
    /// Onsets that stand only before a front vowel, and those that never do.
    static let beforeFront: Set<String> = ["k", "gh", "ngh"]
    static let notBeforeFront: Set<String> = ["c", "ng"]

    /// True when `word` (letters only, any case, any tone) is one Vietnamese syllable
    /// spelt by the rules of the orthography (`strict`), or at least one whose letters
    /// make an onset, a nucleus and a final (`strict: false`).
    ///
    /// Works on letter codes (a vowel's base as 1…12, a consonant as its ASCII byte) packed
    /// into integers: building and hashing a `String` per split was most of the time
    /// `misspelling` spent on a document.
    public static func isValid<C: Collection>(_ word: C, strict: Bool = true) -> Bool where C.Element == Unicode.Scalar {
        guard !word.isEmpty, word.count <= 7 else { return false }
        var plain: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var tone = 0
        var tones = 0
        let table = Alphabet.infoTable
        for s in word {
            let code: UInt8
            if let v = Alphabet.vowel(s, table) {
                if v.tone != 0 { tones += 1; tone = v.tone }
                code = UInt8(v.base + 1)
            } else if s.value == 0x110 || s.value == 0x111 {
                code = Codes.đ
            } else if s.value < 0x80, Alphabet.isVietnameseLetter(s) {
                code = UInt8(s.value | 0x20)
            } else {
                return false
            }
            withUnsafeMutableBytes(of: &plain) { $0[count] = code }
            count += 1
        }
        guard tones <= 1 else { return false }
        let c = codes
        return withUnsafeBytes(of: &plain) { letters -> Bool in
            // Every onset that fits is tried: "gì" is g + i, "giá" is gi + a.
            for (onset, length) in c.onsets where length <= count {
                var o = 0
                for k in 0..<length { o = o << 8 | Int(letters[k]) }
                guard o == onset else { continue }
                // Split the rest into vowels then consonants.
                var k = length, nucleus = 0, vowels = 0
                while k < count, letters[k] >= 1, letters[k] <= 12 { nucleus = nucleus << 8 | Int(letters[k]); k += 1; vowels += 1 }
                guard vowels >= 1, vowels <= 3, count - k <= 2 else { continue }
                var final = 0
                while k < count { final = final << 8 | Int(letters[k]); k += 1 }
                guard c.nuclei.contains(nucleus), c.finals.contains(final) else { continue }
                if !strict || isSpelledRight(onset: onset, nucleus: nucleus, vowels: vowels, final: final, tone: tone, c) { return true }
            }
            return false
        }
    }

    /// The tables above as packed letter codes.
    struct Codes: Sendable {
        static let đ: UInt8 = 0x7F
        var onsets: [(Int, Int)] = []
        var nuclei = Set<Int>(), finals = Set<Int>(), closed = Set<Int>(), opening = Set<Int>(), frontFinal = Set<Int>()

        static func code(_ s: Unicode.Scalar) -> UInt8 {
            if let b = Alphabet.bases.firstIndex(of: s) { return UInt8(b + 1) }
            return s == "đ" ? đ : UInt8(s.value)
        }
        static func pack(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 << 8 | Int(code($1)) } }
    }
    static let codes: Codes = {
        var c = Codes()
        c.onsets = onsets.map { (Codes.pack($0), $0.unicodeScalars.count) }
        c.nuclei = Set(nuclei.map(Codes.pack))
        c.finals = Set(finals.map(Codes.pack))
        c.closed = Set(closedNuclei.map(Codes.pack))
        c.opening = Set(openingNuclei.map(Codes.pack))
        c.frontFinal = Set(frontFinalNuclei.map(Codes.pack))
        return c
    }()
    private static let k = Codes.pack("k"), gh = Codes.pack("gh"), ngh = Codes.pack("ngh"), c = Codes.pack("c"), ng = Codes.pack("ng")
    private static let g = Codes.pack("g"), qu = Codes.pack("qu"), y = Codes.pack("y"), a = Codes.pack("a"), oa = Codes.pack("oa")
    private static let iê = Codes.pack("iê"), p = Codes.pack("p"), t = Codes.pack("t"), ch = Codes.pack("ch"), nh = Codes.pack("nh")

    /// The orthographic rules of the type comment, for one split of a syllable.
    static func isSpelledRight(onset: Int, nucleus: Int, vowels: Int, final: Int, tone: Int, _ codes: Codes) -> Bool {
        let first = UInt8(nucleus >> (8 * (vowels - 1)) & 0xFF)
        let (vi, ve, vê, vy, vo, vu, vư) = (UInt8(6), UInt8(4), UInt8(5), UInt8(12), UInt8(7), UInt8(10), UInt8(11))
        let front = first == vi || first == ve || first == vê || first == vy
        if onset == k || onset == gh || onset == ngh, !front { return false }
        if onset == c || onset == ng, front { return false }
        // *gi* + *i* is written *gi* (*gì*); *g* before *e ê* is *gh*.
        if onset == g, first == ve || first == vê { return false }
        if onset == k, first == vy, nucleus != y { return false }
        if onset == qu, first == vu || first == vư || first == vo { return false }
        if onset != qu, onset != 0, first == vy, nucleus != y { return false }
        if onset == 0, vowels >= 2, nucleus >> (8 * (vowels - 2)) == iê { return false }
        // A stop final only with sắc or nặng.
        if final == p || final == t || final == c || final == ch, tone != 1 && tone != 5 { return false }
        if final == 0 {
            if codes.opening.contains(nucleus) { return false }
        } else {
            if codes.closed.contains(nucleus) { return false }
            if final == ch || final == nh, !codes.frontFinal.contains(nucleus) { return false }
            if final == c || final == ng, codes.frontFinal.contains(nucleus), nucleus != a, nucleus != oa { return false }
        }
        return true
    }
}
