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
        let capacity = scalars.count * 4
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
