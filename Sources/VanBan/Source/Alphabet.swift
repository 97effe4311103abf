import Foundation

/// The Vietnamese alphabet as data: every vowel letter as (base vowel, tone, case).
///
/// Twelve base vowels (`a ă â e ê i o ô ơ u ư y`) times six tones (none, sắc,
/// huyền, hỏi, ngã, nặng) times two cases: 144 letters. Decoders, the composer and
/// the tone-style code all read these tables instead of spelling letters out.
public enum Alphabet {
    /// The twelve lowercase base vowels.
    public static let bases: [Unicode.Scalar] = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    /// Combining marks of the five tones, in tone order 1…5 (sắc, huyền, hỏi, ngã, nặng).
    public static let toneMarks: [UInt32] = [0x301, 0x300, 0x309, 0x303, 0x323]

    /// A vowel letter taken apart.
    public struct Vowel: Sendable, Equatable {
        /// Index into `bases`.
        public var base: Int
        /// 0 none, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng.
        public var tone: Int
        /// Capital letter.
        public var upper: Bool
    }

    /// Base indices by name, for readable code.
    public enum Base {
        public static let a = 0, ă = 1, â = 2, e = 3, ê = 4, i = 5, o = 6, ô = 7, ơ = 8, u = 9, ư = 10, y = 11
    }

    /// Packed vowel info by scalar value (0 = not a vowel), and letters by (base, tone, case).
    /// A pointer that lives as long as the process: hot loops read it without
    /// reference counting.
    nonisolated(unsafe) public static let infoTable: UnsafePointer<UInt16> = {
        let p = UnsafeMutablePointer<UInt16>.allocate(capacity: 0x1F00)
        p.initialize(from: tables.info, count: 0x1F00)
        return UnsafePointer(p)
    }()
    nonisolated(unsafe) private static let letterTable: UnsafePointer<UInt32> = {
        let p = UnsafeMutablePointer<UInt32>.allocate(capacity: 144)
        p.initialize(from: tables.letters, count: 144)
        return UnsafePointer(p)
    }()

    private static var tables: (info: [UInt16], letters: [UInt32]) {
        var info = [UInt16](repeating: 0, count: 0x1F00)
        var letters = [UInt32](repeating: 0, count: 12 * 6 * 2)
        for (b, base) in bases.enumerated() {
            for upper in [false, true] {
                let letter = upper ? String(base).uppercased() : String(base)
                for tone in 0...5 {
                    let text = tone == 0 ? letter
                        : (letter + String(Unicode.Scalar(toneMarks[tone - 1])!)).precomposedStringWithCanonicalMapping
                    let v = text.unicodeScalars.first!.value
                    letters[(b * 6 + tone) * 2 + (upper ? 1 : 0)] = v
                    info[Int(v)] = UInt16(b + 1) | UInt16(tone) << 4 | (upper ? 0x100 : 0)
                }
            }
        }
        return (info, letters)
    }

    /// The vowel `s` is, or nil for anything else.
    @inline(__always)
    public static func vowel(_ s: Unicode.Scalar) -> Vowel? { vowel(s, infoTable) }

    /// `vowel(_:)` reading a table the caller holds (see `infoTable`).
    @inline(__always)
    public static func vowel(_ s: Unicode.Scalar, _ table: UnsafePointer<UInt16>) -> Vowel? {
        let v = Int(s.value)
        guard v < 0x1F00 else { return nil }
        let packed = table[v]
        guard packed != 0 else { return nil }
        return Vowel(base: Int(packed & 0xF) - 1, tone: Int(packed >> 4 & 0xF), upper: packed & 0x100 != 0)
    }

    /// The letter for `vowel`.
    @inline(__always)
    public static func letter(_ vowel: Vowel) -> Unicode.Scalar {
        Unicode.Scalar(letterTable[(vowel.base * 6 + vowel.tone) * 2 + (vowel.upper ? 1 : 0)])!
    }

    /// Tone 1…5 of a combining tone mark, or nil.
    @inline(__always)
    public static func tone(ofMark v: UInt32) -> Int? {
        switch v {
        case 0x301, 0x341: return 1
        case 0x300, 0x340: return 2
        case 0x309: return 3
        case 0x303: return 4
        case 0x323: return 5
        default: return nil
        }
    }

    /// True for a letter of the Vietnamese alphabet (with or without tone), `đ` included.
    @inline(__always)
    public static func isVietnameseLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return v == 0x110 || v == 0x111 || vowel(s) != nil
    }

    /// True for a scalar with the Unicode `White_Space` property, as
    /// `properties.isWhitespace` says, without its table look-up (~300 instructions a call,
    /// once per scalar of the input in line cleaning: issue 17).
    @inline(__always)
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v < 0x1680 { return v == 0x85 || v == 0xA0 }
        return v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029
            || v == 0x202F || v == 0x205F || v == 0x3000
    }

    /// `properties.isAlphabetic`, answered from the ASCII range and the alphabet table
    /// before the Unicode tables (a few hundred instructions a call).
    @inline(__always)
    public static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v < 0x1F00, infoTable[Int(v)] != 0 || v == 0x110 || v == 0x111 { return true }
        return s.properties.isAlphabetic
    }

    /// `properties.isLowercase`, Vietnamese and ASCII letters from the tables.
    @inline(__always)
    public static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v == 0x111 { return true }
        if v == 0x110 { return false }
        if v < 0x1F00, case let packed = infoTable[Int(v)], packed != 0 { return packed & 0x100 == 0 }
        return s.properties.isLowercase
    }

    /// `properties.isUppercase`, Vietnamese and ASCII letters from the tables.
    @inline(__always)
    public static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v == 0x110 { return true }
        if v == 0x111 { return false }
        if v < 0x1F00, case let packed = infoTable[Int(v)], packed != 0 { return packed & 0x100 != 0 }
        return s.properties.isUppercase
    }

    /// True for a letter of any script (used to find word boundaries).
    @inline(__always)
    public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if vowel(s) != nil || v == 0x110 || v == 0x111 { return true }
        return s.properties.isAlphabetic
    }

    /// The lower-case form of one scalar (simple case mapping; a scalar whose lower case
    /// is several scalars, or lies outside U+0000–U+1FFF, is returned unchanged).
    @inline(__always)
    public static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v | 0x20)! : s }
        guard v < 0x2000 else { return s }
        return Unicode.Scalar(lowerTable[Int(v)])!
    }

    /// Like `infoTable`, a pointer for the life of the process: read once per scalar of
    /// every word, an array here cost a retain and release each time.
    nonisolated(unsafe) private static let lowerTable: UnsafePointer<UInt32> = {
        let p = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x2000)
        for v in 0..<0x2000 { p[v] = UInt32(v) }
        for v in 0x41...0x5A { p[v] = UInt32(v + 0x20) }
        for (first, last, delta, step) in lowerRuns {
            for v in stride(from: Int(first), through: Int(last), by: Int(step)) { p[v] = UInt32(v + Int(delta)) }
        }
        return UnsafePointer(p)
    }()

    /// The simple lower-case mappings of U+0080–U+1FFF, as runs `(first, last, delta, step)`:
    /// every `step`-th scalar from `first` to `last` maps to itself plus `delta`; a scalar in
    /// no run maps to itself. Source: the Unicode Character Database's simple lowercase
    /// mapping (UnicodeData.txt, field 13), as the Swift runtime's
    /// `Unicode.Scalar.Properties.lowercaseMapping` gives it where that is one scalar (a
    /// scalar whose lower case is several, U+0130, maps to itself). Built from those String
    /// look-ups, the table cost 5 million instructions in every process (10% of `vanban
    /// parse` of a small document: issue 17); `LowerTableTests` compares the two.
    private static let lowerRuns: [(UInt16, UInt16, Int32, UInt8)] = [
        (0xC0, 0xD6, 32, 1), (0xD8, 0xDE, 32, 1), (0x100, 0x12E, 1, 2), (0x132, 0x136, 1, 2),
        (0x139, 0x147, 1, 2), (0x14A, 0x176, 1, 2), (0x178, 0x178, -121, 1), (0x179, 0x17D, 1, 2),
        (0x181, 0x181, 210, 1), (0x182, 0x184, 1, 2), (0x186, 0x186, 206, 1), (0x187, 0x187, 1, 1),
        (0x189, 0x18A, 205, 1), (0x18B, 0x18B, 1, 1), (0x18E, 0x18E, 79, 1), (0x18F, 0x18F, 202, 1),
        (0x190, 0x190, 203, 1), (0x191, 0x191, 1, 1), (0x193, 0x193, 205, 1), (0x194, 0x194, 207, 1),
        (0x196, 0x196, 211, 1), (0x197, 0x197, 209, 1), (0x198, 0x198, 1, 1), (0x19C, 0x19C, 211, 1),
        (0x19D, 0x19D, 213, 1), (0x19F, 0x19F, 214, 1), (0x1A0, 0x1A4, 1, 2), (0x1A6, 0x1A6, 218, 1),
        (0x1A7, 0x1A7, 1, 1), (0x1A9, 0x1A9, 218, 1), (0x1AC, 0x1AC, 1, 1), (0x1AE, 0x1AE, 218, 1),
        (0x1AF, 0x1AF, 1, 1), (0x1B1, 0x1B2, 217, 1), (0x1B3, 0x1B5, 1, 2), (0x1B7, 0x1B7, 219, 1),
        (0x1B8, 0x1B8, 1, 1), (0x1BC, 0x1BC, 1, 1), (0x1C4, 0x1C4, 2, 1), (0x1C5, 0x1C5, 1, 1),
        (0x1C7, 0x1C7, 2, 1), (0x1C8, 0x1C8, 1, 1), (0x1CA, 0x1CA, 2, 1), (0x1CB, 0x1DB, 1, 2),
        (0x1DE, 0x1EE, 1, 2), (0x1F1, 0x1F1, 2, 1), (0x1F2, 0x1F4, 1, 2), (0x1F6, 0x1F6, -97, 1),
        (0x1F7, 0x1F7, -56, 1), (0x1F8, 0x21E, 1, 2), (0x220, 0x220, -130, 1), (0x222, 0x232, 1, 2),
        (0x23A, 0x23A, 10795, 1), (0x23B, 0x23B, 1, 1), (0x23D, 0x23D, -163, 1), (0x23E, 0x23E, 10792, 1),
        (0x241, 0x241, 1, 1), (0x243, 0x243, -195, 1), (0x244, 0x244, 69, 1), (0x245, 0x245, 71, 1),
        (0x246, 0x24E, 1, 2), (0x370, 0x372, 1, 2), (0x376, 0x376, 1, 1), (0x37F, 0x37F, 116, 1),
        (0x386, 0x386, 38, 1), (0x388, 0x38A, 37, 1), (0x38C, 0x38C, 64, 1), (0x38E, 0x38F, 63, 1),
        (0x391, 0x3A1, 32, 1), (0x3A3, 0x3AB, 32, 1), (0x3CF, 0x3CF, 8, 1), (0x3D8, 0x3EE, 1, 2),
        (0x3F4, 0x3F4, -60, 1), (0x3F7, 0x3F7, 1, 1), (0x3F9, 0x3F9, -7, 1), (0x3FA, 0x3FA, 1, 1),
        (0x3FD, 0x3FF, -130, 1), (0x400, 0x40F, 80, 1), (0x410, 0x42F, 32, 1), (0x460, 0x480, 1, 2),
        (0x48A, 0x4BE, 1, 2), (0x4C0, 0x4C0, 15, 1), (0x4C1, 0x4CD, 1, 2), (0x4D0, 0x52E, 1, 2),
        (0x531, 0x556, 48, 1), (0x10A0, 0x10C5, 7264, 1), (0x10C7, 0x10C7, 7264, 1),
        (0x10CD, 0x10CD, 7264, 1), (0x13A0, 0x13EF, 38864, 1), (0x13F0, 0x13F5, 8, 1),
        (0x1C89, 0x1C89, 1, 1), (0x1C90, 0x1CBA, -3008, 1), (0x1CBD, 0x1CBF, -3008, 1),
        (0x1E00, 0x1E94, 1, 2), (0x1E9E, 0x1E9E, -7615, 1), (0x1EA0, 0x1EFE, 1, 2),
        (0x1F08, 0x1F0F, -8, 1), (0x1F18, 0x1F1D, -8, 1), (0x1F28, 0x1F2F, -8, 1), (0x1F38, 0x1F3F, -8, 1),
        (0x1F48, 0x1F4D, -8, 1), (0x1F59, 0x1F5F, -8, 2), (0x1F68, 0x1F6F, -8, 1), (0x1F88, 0x1F8F, -8, 1),
        (0x1F98, 0x1F9F, -8, 1), (0x1FA8, 0x1FAF, -8, 1), (0x1FB8, 0x1FB9, -8, 1),
        (0x1FBA, 0x1FBB, -74, 1), (0x1FBC, 0x1FBC, -9, 1), (0x1FC8, 0x1FCB, -86, 1),
        (0x1FCC, 0x1FCC, -9, 1), (0x1FD8, 0x1FD9, -8, 1), (0x1FDA, 0x1FDB, -100, 1),
        (0x1FE8, 0x1FE9, -8, 1), (0x1FEA, 0x1FEB, -112, 1), (0x1FEC, 0x1FEC, -7, 1),
        (0x1FF8, 0x1FF9, -128, 1), (0x1FFA, 0x1FFB, -126, 1), (0x1FFC, 0x1FFC, -9, 1)
    ]
}
