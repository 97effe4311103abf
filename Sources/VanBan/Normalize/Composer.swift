/// NFC for Vietnamese text without Foundation in the hot path.
///
/// Decomposed Vietnamese (from PDFs and Macs) is a vowel followed by up to two
/// combining marks: a shape (circumflex U+0302, breve U+0306, horn U+031B) and a
/// tone (U+0300 U+0301 U+0303 U+0309 U+0323). The composer folds them into the
/// letter by its attributes, so mark order does not matter (canonical reordering
/// puts the dot below first; the result is the same letter). Any other combining
/// sequence makes `compose` return false, and the caller uses Foundation's full
/// NFC for that stretch: correct first, fast for the common case.
public enum Composer {
    /// True when `v` may change under NFC: a combining mark, or a scalar outside
    /// the blocks known to be NFC-stable.
    @inline(__always)
    public static func mayChange(_ v: UInt32) -> Bool {
        if v < 0x300 { return false }
        if v >= 0x1E00 && v <= 0x1EFF { return false }
        if v >= 0x2002 && v <= 0x2125 { return false }
        if v >= 0x2130 && v <= 0x2BFF { return false }
        if v == 0xFEFF || v == 0xFFFD { return false }
        return true
    }

    /// Folds combining mark `mark` into `letter`; nil when it cannot.
    @inline(__always)
    public static func fold(_ letter: Unicode.Scalar, _ mark: UInt32) -> Unicode.Scalar? {
        guard var v = Alphabet.vowel(letter) else { return nil }
        if let tone = Alphabet.tone(ofMark: mark) {
            guard v.tone == 0 else { return nil }
            v.tone = tone
            return Alphabet.letter(v)
        }
        switch (mark, v.base) {
        case (0x302, Alphabet.Base.a): v.base = Alphabet.Base.â
        case (0x302, Alphabet.Base.e): v.base = Alphabet.Base.ê
        case (0x302, Alphabet.Base.o): v.base = Alphabet.Base.ô
        case (0x306, Alphabet.Base.a): v.base = Alphabet.Base.ă
        case (0x31B, Alphabet.Base.o): v.base = Alphabet.Base.ơ
        case (0x31B, Alphabet.Base.u): v.base = Alphabet.Base.ư
        default: return nil
        }
        return Alphabet.letter(v)
    }

    /// Composes `input` into `output`, and for each output scalar how many input
    /// scalars it stands for into `lengths`. False (output unspecified) when a
    /// sequence needs the full algorithm.
    public static func compose(_ input: ArraySlice<Unicode.Scalar>, into output: inout [Unicode.Scalar],
                               lengths: inout [Int32]) -> Bool {
        for s in input {
            let v = s.value
            if !mayChange(v) {
                output.append(s)
                lengths.append(1)
                continue
            }
            guard v <= 0x36F, let last = output.last, let folded = fold(last, v) else { return false }
            output[output.count - 1] = folded
            lengths[lengths.count - 1] += 1
        }
        return true
    }
}
