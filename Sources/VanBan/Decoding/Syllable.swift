/// Is a word a well-formed Vietnamese syllable? The test encoding detection scores
/// candidates with: a right decoding turns nearly every word with a non-ASCII
/// letter into a syllable, a wrong one into symbols and impossible vowel runs.
///
/// Structure: onset + vowel nucleus + final, at most one tone mark. The tables are
/// the standard phonotactics of Vietnamese orthography.
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

    /// True when `word` (letters only, any case, any tone) is one Vietnamese syllable.
    public static func isValid<C: Collection>(_ word: C) -> Bool where C.Element == Unicode.Scalar {
        guard !word.isEmpty, word.count <= 7 else { return false }
        var plain = String.UnicodeScalarView()
        var tones = 0
        for s in word {
            if let v = Alphabet.vowel(s) {
                if v.tone != 0 { tones += 1 }
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
            let vowels = rest.prefix { Alphabet.vowel(($0.unicodeScalars.first)!) != nil }
            let final = rest.dropFirst(vowels.count)
            if nuclei.contains(String(vowels)), finals.contains(String(final)) { return true }
        }
        return false
    }
}
