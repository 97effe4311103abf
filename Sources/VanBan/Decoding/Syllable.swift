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
    public static func isValid<C: Collection>(_ word: C, strict: Bool = true) -> Bool where C.Element == Unicode.Scalar {
        guard !word.isEmpty, word.count <= 7 else { return false }
        var plain = String.UnicodeScalarView()
        var tone = 0
        var tones = 0
        for s in word {
            if let v = Alphabet.vowel(s) {
                if v.tone != 0 { tones += 1; tone = v.tone }
                plain.append(Alphabet.bases[v.base])
            } else if s.value == 0x110 || s.value == 0x111 {
                plain.append("đ")
            } else if s.value < 0x80, Alphabet.isVietnameseLetter(s) {
                plain.append(Unicode.Scalar(s.value | 0x20)!)
            } else {
                return false
            }
        }
        guard tones <= 1 else { return false }
        let text = String(plain)
        // Every onset that fits is tried: "gì" is g + i, "giá" is gi + a.
        for onset in onsets where text.hasPrefix(onset) {
            let rest = text.dropFirst(onset.count)
            // Split the rest into vowels then consonants.
            let vowels = String(rest.prefix { Alphabet.vowel(($0.unicodeScalars.first)!) != nil })
            let final = String(rest.dropFirst(vowels.count))
            guard nuclei.contains(vowels), finals.contains(final) else { continue }
            if !strict || isSpelledRight(onset: onset, nucleus: vowels, final: final, tone: tone) { return true }
        }
        return false
    }

    /// The orthographic rules of the type comment, for one split of a syllable.
    static func isSpelledRight(onset: String, nucleus: String, final: String, tone: Int) -> Bool {
        let first = nucleus.unicodeScalars.first!
        let front = first == "i" || first == "e" || first == "ê" || first == "y"
        if beforeFront.contains(onset), !front { return false }
        if notBeforeFront.contains(onset), front { return false }
        // *gi* + *i* is written *gi* (*gì*); *g* before *e ê* is *gh*.
        if onset == "g", first == "e" || first == "ê" { return false }
        if onset == "k", first == "y", nucleus != "y" { return false }
        if onset == "qu", first == "u" || first == "ư" || first == "o" { return false }
        if onset != "qu", onset != "", first == "y", nucleus != "y" { return false }
        if onset == "", nucleus.hasPrefix("iê") { return false }
        // A stop final only with sắc or nặng.
        if final == "p" || final == "t" || final == "c" || final == "ch", tone != 1 && tone != 5 { return false }
        if final.isEmpty {
            if openingNuclei.contains(nucleus) { return false }
        } else {
            if closedNuclei.contains(nucleus) { return false }
            if final == "ch" || final == "nh", !frontFinalNuclei.contains(nucleus) { return false }
            if final == "c" || final == "ng", frontFinalNuclei.contains(nucleus), nucleus != "a", nucleus != "oa" { return false }
        }
        return true
    }
}
