/// A scan of a line's scalars that lets eight of them go at a time.
///
/// Some per-line tests look for a rare scalar (a quotation mark, `<`) over whole lines, and ran
/// over every scalar of the document (issue 17). `candidates` compares eight scalars at once
/// with one vector test and looks at them one by one only when the test says one of them may
/// match: the same indices are visited, in order, as by a loop over each one.
enum ScalarScan {
    /// Calls `visit` with each index `i < end` of `buffer` (in order) that lies in an
    /// eight-scalar block where `mayMatch` holds, and with every index of the tail past the last
    /// whole block; stops when `visit` returns true. `mayMatch` must hold for a block when
    /// `visit` could do anything at one of its indices. Returns true when `visit` stopped it.
    @inline(__always)
    static func candidates(_ buffer: UnsafeBufferPointer<Unicode.Scalar>, end: Int,
                           mayMatch: (SIMD8<UInt32>) -> Bool, _ visit: (Int) -> Bool) -> Bool {
        let n = min(end, buffer.count)
        var i = 0
        if let base = buffer.baseAddress, n >= 8 {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                if mayMatch(raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self)) {
                    for k in i..<(i + 8) where visit(k) { return true }
                }
                i += 8
            }
        }
        while i < n {
            if visit(i) { return true }
            i += 1
        }
        return false
    }
}
