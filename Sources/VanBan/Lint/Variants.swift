import Synchronization

/// Spelling variants of one syllable, for `misspelling`: one tone changed, one vowel
/// mark changed (*a ă â*, *e ê*, *o ô ơ*, *u ư*), `d`/`đ`, and — with `finals` — one
/// final consonant swapped (*m n ng nh c ch t p*).
enum Variants {
    static let markGroups: [[Int]] = {
        let b = Alphabet.Base.self
        return [[b.a, b.ă, b.â], [b.e, b.ê], [b.o, b.ô, b.ơ], [b.u, b.ư]]
    }()
    static let finals = ["m", "n", "ng", "nh", "c", "ch", "t", "p"]

    static let finalBytes: [[UInt8]] = finals.map { Array($0.utf8) }

    /// The variants of `word` (lower case), in a fixed order: for each vowel, the other
    /// tones, then the other vowels of its group; `d`/`đ`; then the finals. Each variant is
    /// the word's UTF-8 bytes with one piece replaced: no scalar array or String is copied
    /// per variant (this ran once per frequent bigram of every document: issue 17).
    static func of(_ word: String, finals withFinals: Bool) -> [String] {
        // A language has a few thousand syllables, and every document asks for the same
        // ones: each is spelt out once per process (bounded, shared by the batch workers).
        if let known = cache.withLock({ $0[withFinals ? 1 : 0][word] }) { return known }
        let variants = spell(word, finals: withFinals)
        cache.withLock { tables in
            if tables[withFinals ? 1 : 0].count < cacheLimit { tables[withFinals ? 1 : 0][word] = variants }
        }
        return variants
    }

    /// `of`'s results by word, without and with the finals.
    private static let cache = Mutex<[[String: [String]]]>([[:], [:]])
    /// At most this many words are kept per table (Vietnamese has fewer than 8,000
    /// syllables, so real text stays far below).
    static let cacheLimit = 100_000

    /// `of` without the cache.
    static func spell(_ word: String, finals withFinals: Bool) -> [String] {
        var word = word
        var out: [String] = []
        word.withUTF8 { bytes in
            forEachVariant(bytes, finals: withFinals) { v in out.append(String(decoding: v, as: UTF8.self)) }
        }
        return out
    }

    /// The variants `spell` lists, in its order, each as UTF-8 bytes written into one buffer
    /// (valid only during the call): a caller that looks them up by their bytes makes no
    /// `String` per variant (a new word's variants were a `String` each, most of them then
    /// found in the register by their bytes again: issue 17).
    static func forEachVariant(_ bytes: UnsafeBufferPointer<UInt8>, finals withFinals: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var buffer = [UInt8](repeating: 0, count: bytes.count + 8)
        /// `bytes` with `bytes[from..<to]` replaced by `scalar`'s bytes or `piece`.
        func emit(_ from: Int, _ to: Int, _ scalar: Unicode.Scalar?, _ piece: [UInt8] = []) {
            var encoded: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
            var length = 0
            if let scalar {
                let v = scalar.value
                if v < 0x80 {
                    encoded.0 = UInt8(v); length = 1
                } else if v < 0x800 {
                    encoded = (UInt8(0xC0 | v >> 6), UInt8(0x80 | v & 0x3F), 0, 0); length = 2
                } else if v < 0x1_0000 {
                    encoded = (UInt8(0xE0 | v >> 12), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F), 0); length = 3
                } else {
                    encoded = (UInt8(0xF0 | v >> 18), UInt8(0x80 | v >> 12 & 0x3F), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F))
                    length = 4
                }
            } else {
                length = piece.count
            }
            let total = from + length + (bytes.count - to)
            if buffer.count < total { buffer = [UInt8](repeating: 0, count: total) }
            buffer.withUnsafeMutableBufferPointer { out in
                var n = 0
                for k in 0..<from { out[n] = bytes[k]; n += 1 }
                if scalar != nil {
                    withUnsafeBytes(of: encoded) { e in for k in 0..<length { out[n] = e[k]; n += 1 } }
                } else {
                    for b in piece { out[n] = b; n += 1 }
                }
                for k in to..<bytes.count { out[n] = bytes[k]; n += 1 }
                body(UnsafeBufferPointer(rebasing: out[0..<n]))
            }
        }
        // Scalars with their byte offsets.
        var scalars: [(scalar: Unicode.Scalar, start: Int, end: Int)] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            var v = length == 1 ? UInt32(b) : UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length where i + k < bytes.count { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
            scalars.append((Unicode.Scalar(v) ?? "\u{FFFD}", i, min(i + length, bytes.count)))
            i += length
        }
        for c in scalars {
            guard let v = Alphabet.vowel(c.scalar) else { continue }
            for tone in 0...5 where tone != v.tone {
                emit(c.start, c.end, Alphabet.letter(Alphabet.Vowel(base: v.base, tone: tone, upper: false)))
            }
            if let group = markGroups.first(where: { $0.contains(v.base) }) {
                for base in group where base != v.base {
                    emit(c.start, c.end, Alphabet.letter(Alphabet.Vowel(base: base, tone: v.tone, upper: false)))
                }
            }
        }
        if let first = scalars.first, first.scalar == "d" { emit(first.start, first.end, "đ") }
        if let first = scalars.first, first.scalar == "đ" { emit(first.start, first.end, "d") }
        if withFinals {
            func hasSuffix(_ f: [UInt8]) -> Bool {
                f.count <= bytes.count && f.indices.allSatisfy { bytes[bytes.count - f.count + $0] == f[$0] }
            }
            let ng = hasSuffix(finalBytes[2]) || hasSuffix(finalBytes[3]) || hasSuffix(finalBytes[5])
            for (f, fb) in zip(finals, finalBytes) where hasSuffix(fb) {
                // Longest final only: "ng" not "g".
                if (f == "n" || f == "c") && ng { continue }
                let stemEnd = bytes.count - fb.count
                guard let last = scalars.last(where: { $0.end <= stemEnd }), last.end == stemEnd,
                      Alphabet.vowel(last.scalar) != nil else { continue }
                for (g, gb) in zip(finals, finalBytes) where g != f { emit(stemEnd, bytes.count, nil, gb) }
            }
        }
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
