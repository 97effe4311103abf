/// SHA-256 (FIPS 180-4): whether an input changed since its output was made (`batch
/// --resume`), and the hashes of the HTML report's inline style and script in its
/// Content-Security-Policy. The toolchain ships no hash on Linux; VanBan takes no packages.
public enum SHA256 {
    static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The digest of `bytes`, as 64 lower-case hexadecimal digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        words(bytes).map { String($0, radix: 16).leftPadded(to: 8) }.joined()
    }

    /// The digest of `bytes`, as 32 bytes.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        words(bytes).flatMap { w in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: w >> UInt32($0)) } }
    }

    /// The eight words of the digest of `bytes`.
    ///
    /// The blocks are read from the input in place and only the last one or two (with the
    /// padding) are copied; the schedule and the constants are read through pointers. The
    /// earlier form copied the whole input and indexed checked arrays: about 76
    /// instructions a byte, 3% of a whole batch (callgrind, issue 17).
    static func words(_ bytes: [UInt8]) -> [UInt32] {
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        let count = bytes.count
        let full = count / 64 * 64
        // The tail: the bytes after the last full block, 0x80, zeros, the length in bits.
        let rest = count - full
        let tailLength = rest < 56 ? 64 : 128
        var tail = [UInt8](repeating: 0, count: tailLength)
        let bitLength = UInt64(count) &* 8
        bytes.withUnsafeBufferPointer { input in
            tail.withUnsafeMutableBufferPointer { t in
                for k in 0..<rest { t[k] = input[full + k] }
                t[rest] = 0x80
                for k in 0..<8 { t[tailLength - 1 - k] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * k)) }
            }
        }
        h.withUnsafeMutableBufferPointer { h in
            k.withUnsafeBufferPointer { k in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                    bytes.withUnsafeBufferPointer { input in
                        var block = 0
                        while block < full {
                            compress(input.baseAddress! + block, h, k, w)
                            block += 64
                        }
                    }
                    tail.withUnsafeBufferPointer { t in
                        compress(t.baseAddress!, h, k, w)
                        if tailLength == 128 { compress(t.baseAddress! + 64, h, k, w) }
                    }
                }
            }
        }
        return h
    }

    /// One 64-byte block into the state `h`.
    @inline(__always)
    private static func compress(_ p: UnsafePointer<UInt8>, _ h: UnsafeMutableBufferPointer<UInt32>,
                                 _ k: UnsafeBufferPointer<UInt32>, _ w: UnsafeMutableBufferPointer<UInt32>) {
        @inline(__always) func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
        for t in 0..<16 {
            let i = t &* 4
            w[t] = UInt32(p[i]) &<< 24 | UInt32(p[i &+ 1]) &<< 16 | UInt32(p[i &+ 2]) &<< 8 | UInt32(p[i &+ 3])
        }
        for t in 16..<64 {
            let s0 = rotr(w[t &- 15], 7) ^ rotr(w[t &- 15], 18) ^ (w[t &- 15] &>> 3)
            let s1 = rotr(w[t &- 2], 17) ^ rotr(w[t &- 2], 19) ^ (w[t &- 2] &>> 10)
            w[t] = w[t &- 16] &+ s0 &+ w[t &- 7] &+ s1
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
        for t in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ ch &+ k[t] &+ w[t]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
        }
        h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
    }
}

extension String {
    /// The string with zeros in front up to `width` characters (hex digits).
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
