/// The Unicode scalars of decoded text, read straight from its UTF-8 bytes.
///
/// `Array(text.unicodeScalars)` counts the scalars through the index machinery of
/// `String.UnicodeScalarView` and then decodes them one at a time through it again: about
/// 65 instructions a byte, a third of the decode + normalise stage (callgrind, issue 17).
/// Here the count is one pass over the bytes eight at a time, and the decoding a loop
/// over a pointer with a run of ASCII copied without a branch per byte.
public enum ScalarDecoder {
    /// The scalars of `text`, as `Array(text.unicodeScalars)` gives them.
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { scalars(ofValidUTF8: $0) }
    }

    /// The scalars of `bytes`, which must be valid UTF-8 (a String's storage is).
    static func scalars(ofValidUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        let n = bytes.count
        let count = scalarCount(base, n)
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
            decode(count, from: bytes, at: 0, into: out.baseAddress!)
            initialized = count
        }
    }

    /// Decodes `count` scalars from valid UTF-8 `bytes`, starting at byte `start`, into `out`
    /// (one line of a `SourceText`, or the whole text).
    @inline(__always)
    static func decode(_ count: Int, from bytes: UnsafeBufferPointer<UInt8>, at start: Int,
                       into out: UnsafeMutablePointer<Unicode.Scalar>) {
        let base = bytes.baseAddress!
        let n = bytes.count
        let o = UnsafeMutableRawPointer(out).assumingMemoryBound(to: UInt32.self)
        var i = start, w = 0
        while w < count {
            if w + 8 <= count, i + 8 <= n {
                // The run of ASCII bytes among the next eight copied at once: all eight, or those
                // before the first byte with its high bit set (then decoded below).
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let high = x & 0x8080_8080_8080_8080
                let ascii = high == 0 ? 8 : high.trailingZeroBitCount >> 3
                for k in 0..<ascii { o[w + k] = UInt32(base[i + k]) }
                i += ascii
                w += ascii
                if ascii == 8 { continue }
            }
            let b = UInt32(base[i])
            if b < 0x80 {
                o[w] = b
                i += 1
            } else if b < 0xE0 {
                o[w] = (b & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F)
                i += 2
            } else if b < 0xF0 {
                o[w] = (b & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
                i += 3
            } else {
                o[w] = (b & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12 | UInt32(base[i + 2] & 0x3F) << 6
                    | UInt32(base[i + 3] & 0x3F)
                i += 4
            }
            w += 1
        }
    }

    /// Scalars in `n` valid UTF-8 bytes at `base`: the bytes that are not continuation bytes (10xxxxxx).
    static func scalarCount(_ base: UnsafePointer<UInt8>, _ n: Int) -> Int {
        var continuations = 0
        var i = 0
        while i + 8 <= n {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // A continuation byte has bit 7 set and bit 6 clear.
            continuations &+= (x & ~(x << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < n {
            if base[i] & 0xC0 == 0x80 { continuations += 1 }
            i += 1
        }
        return n - continuations
    }
}
