import Foundation

/// Byte strings numbered from 1 in the order first added, found by their UTF-8 bytes
/// through open addressing (FNV-1a): the lexicon's vocabulary (`Misspelling.LexiconTables`).
/// An `[[UInt8]: UInt64]` dictionary allocated an array per look-up and hashed it with
/// SipHash element by element: ~1,000 instructions a word, at start-up for every variant of
/// every collocation and then for every new word of a document (issue 17).
struct ByteKeyTable: Sendable {
    /// The strings one after the other: number `n`'s at `bytes[starts[n - 1]..<starts[n]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Slot → number (0 empty).
    private var slots: [Int32]

    /// A table with room for about `capacity` strings before it grows.
    init(capacity: Int = 0) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        starts.reserveCapacity(capacity + 1)
        bytes.reserveCapacity(capacity * 8)
    }

    /// Number of strings.
    var count: Int { starts.count - 1 }

    /// `byteHash` of a string's UTF-8.
    static func fnv(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { byteHash($0) }
    }

    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int { Int(truncatingIfNeeded: byteHash(key)) }

    /// The number of `key`, or the empty slot where it would go.
    @inline(__always)
    private func find(_ key: UnsafeBufferPointer<UInt8>) -> (number: Int32, slot: Int) {
        let mask = slots.count - 1
        var s = Self.hash(key) & mask
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { all in
                starts.withUnsafeBufferPointer { starts in
                    while true {
                        let n = slots[s]
                        if n == 0 { return (0, s) }
                        let a = Int(starts[Int(n) - 1]), b = Int(starts[Int(n)])
                        if b - a == key.count, key.count == 0 || memcmp(all.baseAddress! + a, key.baseAddress!, key.count) == 0 {
                            return (n, s)
                        }
                        s = (s + 1) & mask
                    }
                }
            }
        }
    }

    /// The number of `key`, or nil.
    func number(_ key: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let n = find(key).number
        return n == 0 ? nil : UInt64(n)
    }

    /// The number of `key`, numbered now if new (`inserted`).
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (number: UInt64, inserted: Bool) {
        let (n, s) = find(key)
        if n != 0 { return (UInt64(n), false) }
        bytes.append(contentsOf: key)
        starts.append(Int32(bytes.count))
        let number = Int32(count)
        slots[s] = number
        if count * 2 > slots.count { rehash(slots.count * 2) }
        return (UInt64(number), true)
    }

    /// Every string in slots of `size`.
    private mutating func rehash(_ size: Int) {
        var fresh = [Int32](repeating: 0, count: size)
        let mask = size - 1
        bytes.withUnsafeBufferPointer { all in
            for n in 1...count {
                let a = Int(starts[n - 1]), b = Int(starts[n])
                var s = Self.hash(UnsafeBufferPointer(rebasing: all[a..<b])) & mask
                while fresh[s] != 0 { s = (s + 1) & mask }
                fresh[s] = Int32(n)
            }
        }
        slots = fresh
    }

    /// The number of `key`, or nil.
    subscript(key: [UInt8]) -> UInt64? { key.withUnsafeBufferPointer { number($0) } }

    /// The strings, in the order of their numbers.
    var keys: [[UInt8]] { (1..<(count + 1)).map { Array(bytes[Int(starts[$0 - 1])..<Int(starts[$0])]) } }
}
