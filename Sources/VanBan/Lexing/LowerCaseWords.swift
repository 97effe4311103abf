import Foundation

/// The interner IDs of one document's words, each looked up in `WordInterner` once.
///
/// The process-wide interner takes a lock per look-up; a document repeats a few thousand
/// distinct words: here each word's lower-case scalars are hashed and looked up without a
/// lock, and only a word not seen before in the document asks the interner (which builds its
/// string once per process: issue 17).
///
/// One instance serves one document on one thread (`Lexer.tokenize(_:)` of a line list).
final class LowerCaseWords {
    // Plain memory owned by the instance, not arrays: one call per word token, and each
    // array access from a class method retained and released its buffer.
    /// The lower-case scalars of every distinct word, one after another.
    @exclusivity(unchecked) private var arena: UnsafeMutablePointer<Unicode.Scalar>
    @exclusivity(unchecked) private var arenaCount = 0, arenaCapacity: Int
    /// Per distinct word: where its scalars start in `arena` (one extra entry for the end), and its hash.
    @exclusivity(unchecked) private var starts: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var hashes: UnsafeMutablePointer<UInt32>
    @exclusivity(unchecked) private var wordCapacity: Int
    /// Per distinct word: its interner ID.
    @exclusivity(unchecked) private var ids: UnsafeMutablePointer<UInt32>
    @exclusivity(unchecked) private var count = 0
    /// Open addressing: a word's index, or -1.
    @exclusivity(unchecked) private var slots: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = .allocate(capacity: size)
        slots.initialize(repeating: -1, count: size)
        mask = size - 1
        wordCapacity = size / 2 + 1
        starts = .allocate(capacity: wordCapacity + 1)
        starts[0] = 0
        hashes = .allocate(capacity: wordCapacity)
        ids = .allocate(capacity: wordCapacity)
        arenaCapacity = capacity * 8
        arena = .allocate(capacity: arenaCapacity)
    }

    deinit {
        slots.deallocate()
        starts.deallocate()
        hashes.deallocate()
        ids.deallocate()
        arena.deallocate()
    }

    /// The interner ID of `lowered` (scalars already in lower case).
    func id(_ lowered: UnsafeBufferPointer<Unicode.Scalar>) -> UInt32 {
        id(lowered, hash: WordInterner.hash(lowered))
    }

    /// `id(_:)` with `WordInterner.hash(lowered)` computed by the caller (the lexer, while
    /// it lowers the word): the look-up of a word seen before, inlined into the lexer.
    @inline(__always)
    func id(_ lowered: UnsafeBufferPointer<Unicode.Scalar>, hash h: UInt32) -> UInt32 {
        let n = lowered.count
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[slot])
            if e < 0 { break }
            if hashes[e] == h {
                let start = Int(starts[e])
                if Int(starts[e &+ 1]) &- start == n {
                    // (Scalar by scalar: most words are a few scalars, shorter than a call.)
                    let a = arena + start, b = lowered.baseAddress!
                    var k = 0
                    while k < n && a[k] == b[k] { k &+= 1 }
                    if k == n { return ids[e] }
                }
            }
            slot = (slot &+ 1) & mask
        }
        return add(lowered, hash: h, at: slot)
    }

    /// A word not seen before in the document, at its empty `slot`: its ID from the interner.
    @inline(never)
    private func add(_ lowered: UnsafeBufferPointer<Unicode.Scalar>, hash h: UInt32, at slot: Int) -> UInt32 {
        let n = lowered.count
        let id = WordInterner.shared.intern(lowered, hash: h)
        let k = count
        if arenaCount + n > arenaCapacity {
            let capacity = max(arenaCapacity * 2, arenaCount + n)
            let grown = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: capacity)
            grown.update(from: arena, count: arenaCount)
            arena.deallocate()
            arena = grown
            arenaCapacity = capacity
        }
        (arena + arenaCount).update(from: lowered.baseAddress!, count: n)
        arenaCount += n
        starts[k + 1] = Int32(truncatingIfNeeded: arenaCount)
        hashes[k] = h
        ids[k] = id
        count += 1
        slots[slot] = Int32(truncatingIfNeeded: k)
        if count * 2 > mask { grow() }
        return id
    }

    /// Twice the slots, and room for as many words as they may hold.
    private func grow() {
        let size = (mask + 1) * 2
        slots.deallocate()
        slots = .allocate(capacity: size)
        slots.initialize(repeating: -1, count: size)
        mask = size - 1
        for k in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[k]) & mask
            while slots[slot] >= 0 { slot = (slot &+ 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: k)
        }
        let capacity = size / 2 + 1
        let newStarts = UnsafeMutablePointer<Int32>.allocate(capacity: capacity + 1)
        newStarts.update(from: starts, count: count + 1)
        starts.deallocate()
        starts = newStarts
        let newHashes = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        newHashes.update(from: hashes, count: count)
        hashes.deallocate()
        hashes = newHashes
        let newIDs = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        newIDs.update(from: ids, count: count)
        ids.deallocate()
        ids = newIDs
        wordCapacity = capacity
    }
}
