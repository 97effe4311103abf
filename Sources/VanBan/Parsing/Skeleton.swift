/// The letters of Vietnamese text without their diacritics (`Điều` → `dieu`, `THÔNG TƯ` →
/// `thong tu`), for reading words that OCR or a keyboard without Vietnamese input printed
/// without their marks (`THONG TU`, `Dieu 19`, `Điêu 19`) or with a look-alike letter
/// (`Ðiều`, an Icelandic eth U+00D0 for `Đ`).
///
/// Only used where the word is known from a table (a type name, a legal division word)
/// and the rest of the line fixes its role, never to read running text.
enum Skeleton {
    /// Each marked letter and its plain base, both cases.
    private static let table: [Unicode.Scalar: Unicode.Scalar] = {
        var t: [Unicode.Scalar: Unicode.Scalar] = [:]
        let groups: [(String, Unicode.Scalar)] = [
            ("àáảãạăằắẳẵặâầấẩẫậ", "a"), ("èéẻẽẹêềếểễệ", "e"), ("ìíỉĩị", "i"),
            ("òóỏõọôồốổỗộơờớởỡợ", "o"), ("ùúủũụưừứửữự", "u"), ("ỳýỷỹỵ", "y"), ("đð", "d"),
        ]
        for (letters, base) in groups {
            for s in letters.unicodeScalars {
                t[s] = base
                if let upper = s.properties.uppercaseMapping.unicodeScalars.first { t[upper] = base }
            }
        }
        return t
    }()

    /// `s` in lower case without diacritics; other scalars unchanged.
    static func of(_ s: some Sequence<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        for c in s {
            if let base = table[c] { out.append(base); continue }
            if c.isASCII, Alphabet.isUppercase(c) { out.append(Unicode.Scalar(c.value + 0x20)!) } else { out.append(c) }
        }
        return String(out)
    }

    /// True when the skeleton of `s` starts with `word` (lower case, no marks), without
    /// building the skeleton.
    static func starts(_ s: ArraySlice<Unicode.Scalar>, with word: [Unicode.Scalar]) -> Bool {
        guard s.count >= word.count else { return false }
        var i = s.startIndex
        for w in word {
            let c = s[i]
            let base = table[c] ?? (c.isASCII && Alphabet.isUppercase(c) ? Unicode.Scalar(c.value + 0x20)! : c)
            guard base == w else { return false }
            i += 1
        }
        return true
    }

    /// True when `s` has a letter with a diacritic (a marked vowel or `đ`).
    static func hasMarks(_ s: some Sequence<Unicode.Scalar>) -> Bool {
        s.contains { table[$0] != nil }
    }
}
