/// Guesses the legacy encoding of bytes that are not UTF-8.
///
/// Each candidate decodes a sample; the words that contain a non-ASCII letter are
/// checked against Vietnamese syllable structure. The right encoding turns nearly
/// all of them into syllables, a wrong one into symbols (`§¶ng`) and impossible
/// vowel runs. Below the threshold, or too close to call, the answer is nil and the
/// caller asks the user to name the encoding.
public enum EncodingDetector {
    /// The evidence for one candidate.
    public struct Score: Sendable, Equatable {
        public var encoding: TextEncoding
        /// Words with a non-ASCII letter that are valid syllables.
        public var valid: Int
        /// Words with a non-ASCII character (plus undefined bytes).
        public var total: Int
        public var ratio: Double { total == 0 ? 0 : Double(valid) / Double(total) }
    }

    /// Bytes sampled for a guess.
    static let sampleSize = 262_144
    /// Share of words that must be syllables.
    static let threshold = 0.8
    /// Syllables needed at least.
    static let minimumEvidence = 3

    /// Scores of every legacy single-byte candidate on `bytes`, best first.
    public static func scores(_ bytes: ArraySlice<UInt8>) -> [Score] {
        let sample = bytes.prefix(sampleSize)
        return [TextEncoding.tcvn3, .vni, .cp1258].map { e in
            let decoded = LegacyDecoder.decode(sample, as: e)
            var s = score(decoded.scalars, encoding: e)
            s.total += decoded.unknown
            return s
        }.sorted { $0.valid != $1.valid ? $0.valid > $1.valid : $0.ratio > $1.ratio }
    }

    /// The encoding to use for non-UTF-8 `bytes`, or nil when no candidate convinces.
    public static func detect(_ bytes: ArraySlice<UInt8>) -> TextEncoding? {
        let ranked = scores(bytes)
        guard let best = ranked.first, best.valid >= minimumEvidence, best.ratio >= threshold else { return nil }
        if ranked.count > 1 {
            let second = ranked[1]
            // Too close to call: the runner-up explains nearly as many words.
            if Double(second.valid) > Double(best.valid) * 0.9 { return nil }
        }
        return best.encoding
    }

    /// True when pure-ASCII `bytes` read as VIQR give many Vietnamese syllables.
    public static func looksLikeVIQR(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(sampleSize)
        let decoded = LegacyDecoder.decode(sample, as: .viqr)
        let s = score(decoded.scalars, encoding: .viqr)
        var words = 0
        var inWord = false
        for b in sample {
            let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            if letter && !inWord { words += 1 }
            inWord = letter
        }
        // Marked syllables must be a visible share of the words, and nearly all valid.
        return s.valid >= minimumEvidence && s.ratio >= threshold && s.valid * 10 >= words
    }

    /// Counts words with a non-ASCII scalar, and how many are syllables.
    static func score(_ scalars: [Unicode.Scalar], encoding: TextEncoding) -> Score {
        var result = Score(encoding: encoding, valid: 0, total: 0)
        var word: [Unicode.Scalar] = []
        var composed: [Unicode.Scalar] = []
        var lengths: [Int32] = []
        var nonASCII = false
        func finish() {
            if nonASCII {
                result.total += 1
                composed.removeAll(keepingCapacity: true)
                lengths.removeAll(keepingCapacity: true)
                // Windows-1258 writes many letters as letter + combining tone mark.
                if Composer.compose(word[...], into: &composed, lengths: &lengths),
                   composed.allSatisfy(Alphabet.isVietnameseLetter), Syllable.isValid(composed) { result.valid += 1 }
            }
            word.removeAll(keepingCapacity: true)
            nonASCII = false
        }
        for s in scalars {
            let v = s.value
            let separator = v < 0x80 ? !((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) : (v == 0xA0 || s.properties.isWhitespace)
            if separator { finish(); continue }
            if v >= 0x80 { nonASCII = true }
            word.append(s)
        }
        finish()
        return result
    }
}
