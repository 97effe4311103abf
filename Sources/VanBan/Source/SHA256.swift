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
    /// first form copied the whole input and indexed checked arrays (about 76 instructions a
    /// byte); the second read in place (68, 8% of a whole batch of the corpus: callgrind,
    /// issue 17). This one writes each round with the roles of the eight working words
    /// passed in turn instead of moved, and each Σ and σ with one copy of its word (about 46).
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
                    let (h, k, w) = (h.baseAddress!, k.baseAddress!, w.baseAddress!)
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

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }

    /// One round of FIPS 180-4 §6.2.2 step 3, with the eight working words in the roles
    /// a … h: `d` becomes the next round's e and `h` its a, and the caller passes the words
    /// one role further on each round. Σ1(e) = ror(ror(ror(e, 14) ^ e, 5) ^ e, 6) and
    /// Σ0(a) = ror(ror(ror(a, 9) ^ a, 11) ^ a, 2) are the standard's sums of three rotations;
    /// Ch is g ^ (e & (f ^ g)) and Maj ((a ^ b) & (b ^ c)) ^ b, the same bits.
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32,
                              _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let t1 = h &+ rotr(rotr(rotr(e, 14) ^ e, 5) ^ e, 6) &+ (g ^ (e & (f ^ g))) &+ kw
        d &+= t1
        h = t1 &+ rotr(rotr(rotr(a, 9) ^ a, 11) ^ a, 2) &+ (((a ^ b) & (b ^ c)) ^ b)
    }

    /// One 64-byte block into the state `h`.
    @inline(__always)
    private static func compress(_ p: UnsafePointer<UInt8>, _ h: UnsafeMutablePointer<UInt32>,
                                 _ k: UnsafePointer<UInt32>, _ w: UnsafeMutablePointer<UInt32>) {
        let raw = UnsafeRawPointer(p)
        for t in 0..<16 { w[t] = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: t &* 4, as: UInt32.self)) }
        var t = 16
        while t < 64 {
            // σ0(x) = ror(x, 7) ^ ror(x, 18) ^ x >> 3 and σ1(y) = ror(y, 17) ^ ror(y, 19) ^ y >> 10.
            let x = w[t &- 15], y = w[t &- 2]
            let s0 = rotr(rotr(x, 11) ^ x, 7) ^ (x &>> 3)
            let s1 = rotr(rotr(y, 2) ^ y, 17) ^ (y &>> 10)
            w[t] = w[t &- 16] &+ s0 &+ w[t &- 7] &+ s1
            t &+= 1
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
        t = 0
        while t < 64 {
            round(a, b, c, &d, e, f, g, &hh, k[t] &+ w[t])
            round(hh, a, b, &c, d, e, f, &g, k[t &+ 1] &+ w[t &+ 1])
            round(g, hh, a, &b, c, d, e, &f, k[t &+ 2] &+ w[t &+ 2])
            round(f, g, hh, &a, b, c, d, &e, k[t &+ 3] &+ w[t &+ 3])
            round(e, f, g, &hh, a, b, c, &d, k[t &+ 4] &+ w[t &+ 4])
            round(d, e, f, &g, hh, a, b, &c, k[t &+ 5] &+ w[t &+ 5])
            round(c, d, e, &f, g, hh, a, &b, k[t &+ 6] &+ w[t &+ 6])
            round(b, c, d, &e, f, g, hh, &a, k[t &+ 7] &+ w[t &+ 7])
            t &+= 8
        }
        h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
    }
}

extension String {
    /// The string with zeros in front up to `width` characters (hex digits).
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
