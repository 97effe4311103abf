/// The stretches of a line's UTF-8 that may hold a word in either tone style, decoded one
/// stretch at a time: the rest of the line is ASCII and is skipped without being decoded.
///
/// A stretch is a maximal run of ASCII letters and non-ASCII scalars that holds at least one
/// non-ASCII scalar. A word as the tone-mark code reads it (`ToneMarks.forEachTonedWord`,
/// `ToneStyleMixed`: a run of letters) never crosses an ASCII byte other than a letter, since
/// `Alphabet.isLetter` of an ASCII scalar is true of `A–Z`, `a–z` only; and a word in either
/// style holds a toned vowel, which is not ASCII. So every such word lies whole in one stretch,
/// bounded there as in the line (the line's scalar next to a stretch is an ASCII non-letter,
/// neither a letter nor a vowel). Counting the tone styles of a mostly ASCII or mostly plain
/// text no longer decodes every line into scalars (issue 17: the majority count decoded each
/// line once, and cleaning decoded it again; `tone-style-mixed` decoded every line too).
final class ToneStretches {
    /// Scratch room for one stretch's scalars, grown as needed.
    private var buffer: UnsafeMutablePointer<Unicode.Scalar>
    private var capacity: Int

    init() {
        capacity = 256
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// True for the bytes of `A–Z` and `a–z`.
    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    /// Calls `body` with each stretch of `line` (the valid UTF-8 of one line, break excluded)
    /// as the scalar offset in the line of its first scalar and its scalars (valid during the
    /// call only). Stops when `body` returns false, and returns false then.
    @discardableResult
    func forEach(in line: UnsafeBufferPointer<UInt8>,
                 _ body: (_ offset: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool) -> Bool {
        let n = line.count
        guard n > 0, let base = line.baseAddress else { return true }
        var i = 0          // byte position
        var scalar = 0     // scalar offset of byte `i` (every byte before it skipped is ASCII)
        var floor = 0      // end of the last stretch: the backward scan stops there
        while i < n {
            // ASCII, eight bytes at a time: one scalar a byte.
            if i + 8 <= n {
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let high = x & 0x8080_8080_8080_8080
                if high == 0 { i += 8; scalar += 8; continue }
                let ascii = high.trailingZeroBitCount >> 3
                i += ascii
                scalar += ascii
            } else if base[i] < 0x80 {
                i += 1
                scalar += 1
                continue
            }
            // `i` is the first byte of a non-ASCII scalar: the stretch starts at the ASCII
            // letters just before it and runs to the next ASCII byte that is not a letter.
            var start = i
            while start > floor, Self.isASCIILetter(base[start - 1]) { start -= 1 }
            var count = i - start
            var j = i
            while j < n {
                let b = base[j]
                if b < 0x80 {
                    guard Self.isASCIILetter(b) else { break }
                    count += 1
                } else if b & 0xC0 != 0x80 {
                    count += 1
                }
                j += 1
            }
            if count > capacity {
                buffer.deallocate()
                capacity = max(count, capacity * 2)
                buffer = .allocate(capacity: capacity)
            }
            ScalarDecoder.decode(count, from: line, at: start, into: buffer)
            let offset = scalar - (i - start)
            if !body(offset, UnsafeBufferPointer(start: buffer, count: count)) { return false }
            scalar = offset + count
            i = j
            floor = j
        }
        return true
    }
}
