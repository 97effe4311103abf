import Foundation

// The bench's reference row: the least work any reader of the text must do.
//
// One pass over a document's bytes that decodes UTF-8 (checking every sequence), splits
// lines at LF, splits words (runs of ASCII letters and digits and of non-ASCII scalars) and
// gives every word an integer ID from one table kept for the whole process — the pass
// issue 17 names as the floor a byte-and-ID design is measured against. Nothing of VanBan
// runs in it, so its speed is that of the machine and the compiler: the ratio of a stage's
// time to this one's says how many such passes the stage costs.

/// Word IDs for the bare pass: open addressing on a 64-bit FNV-1a hash of the word's
/// bytes, the words themselves in one byte arena.
struct BareInterner {
    private var slots: [Int32]            // word ID + 1, or 0 for an empty slot
    private var hashes: [UInt64] = []     // by word ID
    private var starts: [Int32] = []      // by word ID: offset in `arena`
    private var lengths: [Int32] = []
    private var arena: [UInt8] = []
    private var mask: Int

    init() {
        slots = [Int32](repeating: 0, count: 1 << 16)
        mask = (1 << 16) - 1
    }

    /// The number of distinct words seen.
    var count: Int { hashes.count }

    /// The ID of the word `bytes[start..<end]`, added if new.
    mutating func id(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let id = Int(entry - 1)
            if hashes[id] == hash && Int(lengths[id]) == end - start {
                let s = Int(starts[id])
                let same = arena.withUnsafeBufferPointer { a in
                    memcmp(a.baseAddress! + s, bytes.baseAddress! + start, end - start) == 0
                }
                if same { return Int32(id) }
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        slots[slot] = id + 1
        hashes.append(hash)
        starts.append(Int32(arena.count))
        lengths.append(Int32(end - start))
        arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for id in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }
}

enum BarePass {
    /// Decodes, splits and interns `document`; returns its number of lines, words and
    /// invalid UTF-8 sequences, so that the work cannot be optimised away.
    static func run(_ document: [UInt8], _ interner: inout BareInterner) -> (lines: Int, words: Int, invalid: Int) {
        var lines = 1, words = 0, invalid = 0
        document.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            var wordStart = -1
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            @inline(__always) func endWord(_ end: Int) {
                if wordStart >= 0 {
                    _ = interner.id(p, wordStart, end, hash: hash)
                    words += 1
                    wordStart = -1
                    hash = 0xcbf2_9ce4_8422_2325
                }
            }
            while i < n {
                let b = p[i]
                var length = 1
                var isWordScalar: Bool
                if b < 0x80 {
                    isWordScalar = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
                    if b == 0x0A { lines += 1 }
                } else {
                    // A multi-byte sequence, checked: lead byte, continuation bytes, no overlong
                    // two-byte form (the check a validating decoder makes).
                    if b >= 0xC2 && b < 0xE0 { length = 2 } else if b >= 0xE0 && b < 0xF0 { length = 3 } else if b >= 0xF0 && b < 0xF5 { length = 4 } else { length = 0 }
                    if length == 0 || i + length > n { invalid += 1; length = 1; isWordScalar = false }
                    else {
                        var ok = true
                        for k in 1..<length where p[i + k] & 0xC0 != 0x80 { ok = false }
                        if !ok { invalid += 1; length = 1; isWordScalar = false } else { isWordScalar = true }
                    }
                }
                if isWordScalar {
                    if wordStart < 0 { wordStart = i }
                    for k in 0..<length { hash = (hash ^ UInt64(p[i + k])) &* 0x0000_0100_0000_01B3 }
                } else {
                    endWord(i)
                }
                i += length
            }
            endWord(n)
        }
        return (lines, words, invalid)
    }
}
