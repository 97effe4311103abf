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
        for v in UInt32(0)..<0x2000 {
            var lower = v
            // The binary property first: building the mapping's String for each of the 8,192
            // scalars cost 5 million instructions a process (10% of `vanban parse` of a
            // small document: issue 17); about one in ten has a lower case of its own.
            if let s = Unicode.Scalar(v), s.properties.changesWhenLowercased {
                let mapped = s.properties.lowercaseMapping.unicodeScalars
                if mapped.count == 1 { lower = mapped.first!.value }
            }
            p[Int(v)] = lower
        }
        return UnsafePointer(p)
    }()
}
