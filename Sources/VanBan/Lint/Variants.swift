/// Spelling variants of one syllable, for `misspelling`: one tone changed, one vowel
/// mark changed (*a ă â*, *e ê*, *o ô ơ*, *u ư*), `d`/`đ`, and — with `finals` — one
/// final consonant swapped (*m n ng nh c ch t p*).
enum Variants {
    static let markGroups: [[Int]] = {
        let b = Alphabet.Base.self
        return [[b.a, b.ă, b.â], [b.e, b.ê], [b.o, b.ô, b.ơ], [b.u, b.ư]]
    }()
    static let finals = ["m", "n", "ng", "nh", "c", "ch", "t", "p"]

    static func of(_ word: String, finals withFinals: Bool) -> [String] {
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
            if let group = markGroups.first(where: { $0.contains(v.base) }) {
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
            for f in finals where text.hasSuffix(f) {
                // Longest final only: "ng" not "g".
                if (f == "n" || f == "c") && (text.hasSuffix("ng") || text.hasSuffix("nh") || text.hasSuffix("ch")) { continue }
                let stem = String(text.unicodeScalars.dropLast(f.unicodeScalars.count))
                guard let last = stem.unicodeScalars.last, Alphabet.vowel(last) != nil else { continue }
                for g in finals where g != f { out.append(stem + g) }
            }
        }
        return out
    }

    /// Levenshtein distance, for short words.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let temp = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = temp
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
