import Foundation

/// Strings made from scalars fast: encoded straight into the string's UTF-8 storage.
/// `String(scalars: slice)` appends scalar by scalar through a generic
/// path and was the largest single cost of lexing (callgrind, issue 5).
extension String {
    /// The string of `scalars`.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        self.init(scalars: scalars, lowercased: false)
    }

    /// The string of `scalars`, lower-cased scalar by scalar when `lowercased`
    /// (`Alphabet.lower`: simple case mapping, enough for Vietnamese and Latin text).
    @inlinable
    public init<C: Collection>(scalars: C, lowercased: Bool) where C.Element == Unicode.Scalar {
        // Arrays and their slices (every line and token) are read through a buffer pointer:
        // the generic indexing with its bounds checks was most of the cost of building a
        // record's titles and texts (callgrind, issue 17).
        if let s = scalars.withContiguousStorageIfAvailable({ String(scalarBuffer: $0, lowercased: lowercased) }) {
            self = s
            return
        }
        self.init(slowScalars: scalars, lowercased: lowercased)
    }

    /// `init(scalars:lowercased:)` over a buffer: one loop per case, and the bytes written
    /// through a pointer with wrapping arithmetic (the checked `UInt8(_:)` conversions and
    /// index arithmetic of the generic form cost a branch each).
    @usableFromInline
    init(scalarBuffer scalars: UnsafeBufferPointer<Unicode.Scalar>, lowercased: Bool) {
        if lowercased {
            self.init(encoding: scalars, LowerCase.self)
        } else {
            self.init(encoding: scalars, AsWritten.self)
        }
    }

    /// A scalar's value as written or lower-cased: a type, so that each loop is specialised.
    private protocol ScalarValue { static func of(_ s: Unicode.Scalar) -> UInt32 }
    private enum AsWritten: ScalarValue { @inline(__always) static func of(_ s: Unicode.Scalar) -> UInt32 { s.value } }
    private enum LowerCase: ScalarValue { @inline(__always) static func of(_ s: Unicode.Scalar) -> UInt32 { Alphabet.lower(s).value } }

    @inline(__always)
    private init<V: ScalarValue>(encoding scalars: UnsafeBufferPointer<Unicode.Scalar>, _: V.Type) {
        func value(_ s: Unicode.Scalar) -> UInt32 { V.of(s) }
        let n = scalars.count
        // The exact length (see `slowScalars`): one byte a scalar, plus one per step up;
        // scalars taken as written are counted eight at a time (`extraBytes`).
        var capacity = n
        var k = 0
        if V.self == AsWritten.self {
            let (extra, done) = String.extraBytes(scalars)
            capacity &+= extra
            k = done
        }
        while k < n {
            let v = value(scalars[k])
            if v >= 0x80 { capacity &+= v < 0x800 ? 1 : v < 0x1_0000 ? 2 : 3 }
            k &+= 1
        }
        guard capacity > 0 else { self = ""; return }
        // The bytes are written to a temporary buffer (on the stack for a short string) and
        // the String made from them without validation: they are UTF-8 by construction
        // (`writeUTF8` of scalar values), and the validation inside
        // `String(unsafeUninitializedCapacity:)` was a third of the cost of building a
        // record's Strings (callgrind, issue 17). The bytes are written scalar by scalar: a
        // vector store of eight ASCII scalars cost more than it saved on Vietnamese text,
        // where most runs of eight hold a letter with a mark (measured).
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            let start = buffer.baseAddress!
            var p = start
            var k = 0
            while k < n { writeUTF8(value(scalars[k]), at: &p); k &+= 1 }
            return String(validUTF8: UnsafeBufferPointer(start: start, count: p - start), isASCII: capacity == n)
        }
    }

    /// A String of `bytes`, which must be valid UTF-8 (and ASCII when `isASCII`): copied
    /// without the validation of the checked initialisers.
    @inline(__always)
    init(validUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        self = unsafe String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
    }

    /// The UTF-8 bytes beyond one a scalar of `scalars`, counted eight scalars at a time with
    /// vector comparisons, and how many scalars that counted (a remainder of fewer than eight
    /// is left to the caller).
    @inline(__always)
    static func extraBytes(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> (extra: Int, counted: Int) {
        let n = scalars.count
        guard n >= 8 else { return (0, 0) }
        let raw = UnsafeRawPointer(scalars.baseAddress!)
        let two = SIMD8<UInt32>(repeating: 0x80), three = SIMD8<UInt32>(repeating: 0x800)
        let four = SIMD8<UInt32>(repeating: 0x1_0000)
        let zero = SIMD8<UInt32>(repeating: 0), one = SIMD8<UInt32>(repeating: 1)
        var sum = zero
        var k = 0
        while k &+ 8 <= n {
            let v = raw.loadUnaligned(fromByteOffset: k &* 4, as: SIMD8<UInt32>.self)
            if any(v .>= two) {
                sum &+= zero.replacing(with: one, where: v .>= two)
                    &+ zero.replacing(with: one, where: v .>= three)
                    &+ zero.replacing(with: one, where: v .>= four)
            }
            k &+= 8
        }
        return (Int(sum.wrappedSum()), k)
    }

    @inlinable
    init<C: Collection>(slowScalars scalars: C, lowercased: Bool) where C.Element == Unicode.Scalar {
        // The exact UTF-8 length, not a bound: a string of up to 15 bytes (most words)
        // is then stored inline, where a bound of four bytes a scalar made nearly every
        // word a heap allocation (issue 17).
        var capacity = 0
        for scalar in scalars {
            let v = (lowercased ? Alphabet.lower(scalar) : scalar).value
            capacity += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
        }
        guard capacity > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var n = 0
            for scalar in scalars {
                let v = (lowercased ? Alphabet.lower(scalar) : scalar).value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | v >> 6); buffer[n + 1] = UInt8(0x80 | v & 0x3F); n += 2
                } else if v < 0x1_0000 {
                    buffer[n] = UInt8(0xE0 | v >> 12); buffer[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v & 0x3F); n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | v >> 18); buffer[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
                }
            }
            return n
        }
    }
}

extension Unicode.Scalar {
    /// A scalar that is a Character of its own in any text made only of such scalars, and that
    /// such a text is NFC with: ASCII and Latin-1/Latin Extended below the combining marks
    /// (U+0300) but CR and LF (`\r\n` is one Character), the Vietnamese letters, and general
    /// punctuation (U+2010…U+206F: dashes, quotes, no joiner). On such text, Character-wise
    /// String operations (`split`, `hasPrefix`, `count`, Foundation's search) agree with the
    /// same operations on scalars, which are an order of magnitude cheaper (issue 17).
    @inline(__always)
    var isPlain: Bool {
        let v = value
        if v < 0x300 { return v != 0x0A && v != 0x0D }
        return (0x2010...0x206F).contains(v) || Alphabet.isVietnameseLetter(self)
    }
}

/// `switch` over words compares UTF-8 bytes: every text VanBan compares is NFC (the
/// normaliser makes it so, and the source literals are NFC), so equal bytes is equality.
/// The standard library's String `==` checks canonical equivalence instead, and a
/// mismatch between two non-ASCII words costs it about a thousand instructions —
/// a fifth of all pipeline time, mostly in `switch token.lower` (callgrind, issue 5).
@inline(__always)
func ~= (pattern: String, value: String) -> Bool {
    sameBytes(pattern, value)
}

/// Byte equality of two strings (see `~=` above for why it is enough here).
@inline(__always)
func sameBytes(_ a: String, _ b: String) -> Bool {
    // Lengths first (a native string knows its UTF-8 count): most compared words differ in
    // length, and this spares the two buffer accesses (issue 17).
    guard a.utf8.count == b.utf8.count else { return false }
    var a = a, b = b
    return a.withUTF8 { x in
        b.withUTF8 { y in
            x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
        }
    }
}

/// Writes the UTF-8 of the scalar value `v` at `p` (room for four bytes) and moves `p` past it.
@inline(__always)
func writeUTF8(_ v: UInt32, at p: inout UnsafeMutablePointer<UInt8>) {
    if v < 0x80 {
        p.pointee = UInt8(truncatingIfNeeded: v); p += 1
    } else if v < 0x800 {
        p[0] = UInt8(truncatingIfNeeded: 0xC0 | v &>> 6); p[1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F); p += 2
    } else if v < 0x1_0000 {
        p[0] = UInt8(truncatingIfNeeded: 0xE0 | v &>> 12); p[1] = UInt8(truncatingIfNeeded: 0x80 | v &>> 6 & 0x3F)
        p[2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F); p += 3
    } else {
        p[0] = UInt8(truncatingIfNeeded: 0xF0 | v &>> 18); p[1] = UInt8(truncatingIfNeeded: 0x80 | v &>> 12 & 0x3F)
        p[2] = UInt8(truncatingIfNeeded: 0x80 | v &>> 6 & 0x3F); p[3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F); p += 4
    }
}
