/// Values keyed by a packed integer (two word IDs `a << 32 | b`, a phrase's word numbers), by
/// open addressing: a `Dictionary` hashed each key with SipHash, a tenth of `misspelling`
/// for the bigram counts and a twentieth for the lexicon's phrases (issue 17). Keys and
/// values are kept in the order first set, which is the order of iteration.
struct PackedKeyTable<Key: FixedWidthInteger & Sendable, Value: Sendable>: Sequence, Sendable {
    private(set) var keys: [Key] = []
    private(set) var values: [Value] = []
    /// Slot → index + 1 (0 empty).
    private var slots: [Int32]

    /// A table with room for about `capacity` keys before it grows.
    init(capacity: Int = 0) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    @inline(__always)
    private static func slot(_ key: Key, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The index of `key` in `keys`, or the empty slot where it would go.
    @inline(__always)
    private func find(_ key: Key) -> (index: Int?, slot: Int) {
        let mask = slots.count - 1
        var s = Self.slot(key, mask)
        while true {
            let entry = slots[s]
            if entry == 0 { return (nil, s) }
            if keys[Int(entry - 1)] == key { return (Int(entry - 1), s) }
            s = (s + 1) & mask
        }
    }

    /// The value of `key`, or nil.
    subscript(key: Key) -> Value? {
        find(key).index.map { values[$0] }
    }

    /// The value of `key`, or `value` when it was never set.
    subscript(key: Key, default value: Value) -> Value {
        find(key).index.map { values[$0] } ?? value
    }

    /// Sets the value of `key` (the last one set wins, as a dictionary's assignment).
    mutating func set(_ key: Key, _ value: Value) {
        let (index, s) = find(key)
        if let index { values[index] = value } else { append(key, value, at: s) }
    }

    /// Adds a key not yet in the table at its empty slot `s`.
    private mutating func append(_ key: Key, _ value: Value, at s: Int) {
        keys.append(key)
        values.append(value)
        slots[s] = Int32(keys.count)
        guard keys.count * 2 > slots.count else { return }
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (k, key) in keys.enumerated() {
            var s = Self.slot(key, mask)
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = Int32(k + 1)
        }
    }

    /// Number of keys.
    var count: Int { keys.count }

    /// (key, value) in the order first set.
    func makeIterator() -> Zip2Sequence<[Key], [Value]>.Iterator { zip(keys, values).makeIterator() }
}

extension PackedKeyTable where Value == Int {
    /// Counts one more `key` and answers its index in `keys` and `values`: a bigram's
    /// number, by which a pass finds its count or its facts with an array read.
    mutating func incrementIndex(_ key: Key) -> Int {
        // (The probe written out over the buffers: `find`'s optional and the arrays'
        // uniqueness checks were half of its cost, once per word pair of the document.)
        let mask = slots.count - 1
        var s = Self.slot(key, mask)
        let index: Int = slots.withUnsafeBufferPointer { sl in
            keys.withUnsafeBufferPointer { k in
                while true {
                    let entry = Int(sl[s])
                    if entry == 0 { return -1 }
                    if k[entry - 1] == key { return entry - 1 }
                    s = (s + 1) & mask
                }
            }
        }
        if index >= 0 { values[index] += 1; return index }
        append(key, 1, at: s)
        return keys.count - 1
    }

    /// Counts one more `key`.
    mutating func increment(_ key: Key) { _ = incrementIndex(key) }
}

extension PackedKeyTable {
    /// The index of `key` in `keys` and `values`, or nil.
    func index(of key: Key) -> Int? { find(key).index }
}

/// FNV-1a of `bytes`, its high bits folded down: the hash of the byte-keyed tables
/// (`ByteKeyTable`, `WordTable`, the register's syllable index).
@inline(__always)
func byteHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h ^ (h >> 29)
}
