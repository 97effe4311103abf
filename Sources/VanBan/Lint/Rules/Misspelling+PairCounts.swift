/// How often a document writes each pair of its words (`a << 32 | b` of two document word
/// IDs, or of a pair's number and a word for the three-word counts), numbered in the order
/// first met: a pass reads a pair's count by its number with one array read.
///
/// Open addressing over storage of its own, allocated once per document at the size the
/// document needs (it grows only past that): the generic `PackedKeyTable` cost ~73
/// instructions a counted place (two closures over its arrays per call, their uniqueness
/// checks, an `Int` count), which was half of `misspelling`'s flat pass (issue 17). Counts
/// are `Int32` (a document has fewer than 2³¹ places).
///
/// Not `Sendable` and never shared: one document's rule run owns it.
final class PairCounts {
    /// Number of distinct keys.
    private(set) var count = 0
    private var capacity: Int
    private var keys: UnsafeMutablePointer<Int64>
    private var counts: UnsafeMutablePointer<Int32>
    /// Slot → number + 1 (0 empty).
    private var slots: UnsafeMutablePointer<Int32>
    private var mask: Int

    /// A table with room for `capacity` keys before it grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        var size = 1024
        while size < self.capacity * 2 { size <<= 1 }
        mask = size - 1
        keys = .allocate(capacity: self.capacity)
        counts = .allocate(capacity: self.capacity)
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
    }

    deinit {
        keys.deallocate()
        counts.deallocate()
        slots.deallocate()
    }

    /// `PackedKeyTable`'s slot of `key`.
    @inline(__always)
    private static func slot(_ key: Int64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The number of `key`, or nil.
    @inline(__always)
    func index(of key: Int64) -> Int? {
        var s = Self.slot(key, mask)
        while true {
            let entry = Int(slots[s])
            if entry == 0 { return nil }
            if keys[entry - 1] == key { return entry - 1 }
            s = (s + 1) & mask
        }
    }

    /// The count of `key`, or `value` when it was never counted.
    subscript(key: Int64, default value: Int) -> Int {
        index(of: key).map { Int(counts[$0]) } ?? value
    }

    /// The count of `key`, or nil.
    subscript(key: Int64) -> Int? {
        index(of: key).map { Int(counts[$0]) }
    }

    /// The count of the pair numbered `index`.
    @inline(__always)
    func value(at index: Int) -> Int { Int(counts[index]) }

    /// The key numbered `index`.
    @inline(__always)
    func key(at index: Int) -> Int64 { keys[index] }

    /// The counts by number.
    var values: [Int] { (0..<count).map { Int(counts[$0]) } }

    /// Counts one more `key`; its number.
    @inline(__always)
    func increment(_ key: Int64) -> Int {
        var s = Self.slot(key, mask)
        while true {
            let entry = Int(slots[s])
            if entry == 0 { break }
            if keys[entry - 1] == key { counts[entry - 1] &+= 1; return entry - 1 }
            s = (s + 1) & mask
        }
        return append(key, 1, at: s)
    }

    /// The number of `key`, entered with a count of 0 when new.
    func insert(_ key: Int64) -> Int {
        var s = Self.slot(key, mask)
        while true {
            let entry = Int(slots[s])
            if entry == 0 { break }
            if keys[entry - 1] == key { return entry - 1 }
            s = (s + 1) & mask
        }
        return append(key, 0, at: s)
    }

    /// Counts one more of the key numbered `index`.
    @inline(__always)
    func increment(at index: Int) { counts[index] &+= 1 }

    /// Adds a key not yet in the table at its empty slot `s`.
    private func append(_ key: Int64, _ value: Int32, at s: Int) -> Int {
        if count == capacity {
            let room = capacity * 2
            let k = UnsafeMutablePointer<Int64>.allocate(capacity: room)
            k.moveInitialize(from: keys, count: count)
            keys.deallocate()
            keys = k
            let c = UnsafeMutablePointer<Int32>.allocate(capacity: room)
            c.moveInitialize(from: counts, count: count)
            counts.deallocate()
            counts = c
            capacity = room
        }
        let number = count
        keys[number] = key
        counts[number] = value
        slots[s] = Int32(number + 1)
        count += 1
        if count * 2 > mask + 1 {
            let size = (mask + 1) * 2
            slots.deallocate()
            slots = .allocate(capacity: size)
            slots.initialize(repeating: 0, count: size)
            mask = size - 1
            for k in 0..<count {
                var t = Self.slot(keys[k], mask)
                while slots[t] != 0 { t = (t + 1) & mask }
                slots[t] = Int32(k + 1)
            }
        }
        return number
    }

    /// Counts the pairs of neighbouring words of `flat` (document word IDs, -1: no word),
    /// line n's at `lineStart[n]..<lineStart[n + 1]`, and writes each place's pair number
    /// (the word there and the next one) to `pairAt` (left as it is where either is no word).
    func countPairs(_ flat: UnsafeBufferPointer<Int32>, _ lineStart: UnsafeBufferPointer<Int>, _ pairAt: UnsafeMutableBufferPointer<Int32>) {
        guard lineStart.count > 1 else { return }
        // (The storage read into locals, again only after a new key, which may move it: a
        // class's stored properties were read again, with their access checks, per place.)
        var slots = self.slots, keys = self.keys, counts = self.counts, mask = self.mask
        for n in 0..<(lineStart.count - 1) {
            let end = lineStart[n + 1]
            var g = lineStart[n]
            guard g < end else { continue }
            var previous = flat[g]
            g += 1
            while g < end {
                let f = flat[g]
                if f >= 0, previous >= 0 {
                    let key = Int64(previous) << 32 | Int64(f)
                    var s = Self.slot(key, mask)
                    var number = -1
                    while true {
                        let entry = Int(slots[s])
                        if entry == 0 { break }
                        if keys[entry - 1] == key { number = entry - 1; counts[number] &+= 1; break }
                        s = (s + 1) & mask
                    }
                    if number < 0 {
                        number = append(key, 1, at: s)
                        slots = self.slots; keys = self.keys; counts = self.counts; mask = self.mask
                    }
                    pairAt[g - 1] = Int32(truncatingIfNeeded: number)
                }
                previous = f
                g += 1
            }
        }
    }
}
