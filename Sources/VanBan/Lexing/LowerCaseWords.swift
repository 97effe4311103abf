import Foundation

/// The lower-case strings of one document's words, each built once.
///
/// Building a `String` costs the standard library's UTF-8 validation and set-up, about 350
/// instructions however short the word (callgrind, issue 17) — most of the lexer's time when
/// every token built its own. A document repeats a few thousand distinct words: here each
/// word's lower-case scalars are hashed and looked up, and only a word not seen before builds
/// its string; the tokens of a word then share one string (one buffer for a word of more than
/// 15 bytes, which the standard library does not store inline).
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
    @exclusivity(unchecked) private var strings: [String] = []
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
        arenaCapacity = capacity * 8
        arena = .allocate(capacity: arenaCapacity)
    }

    deinit {
        slots.deallocate()
        starts.deallocate()
        hashes.deallocate()
        arena.deallocate()
    }

    /// The string of `lowered` (scalars already in lower case).
    func string(_ lowered: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var h: UInt32 = 0x811C_9DC5
        for s in lowered { h = (h ^ s.value) &* 0x0100_0193 }
        let count = lowered.count
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[slot])
            if e < 0 { break }
            if hashes[e] == h {
                let start = Int(starts[e])
                if Int(starts[e &+ 1]) &- start == count, memcmp(arena + start, lowered.baseAddress!, count &* 4) == 0 {
                    return strings[e]
                }
            }
            slot = (slot &+ 1) & mask
        }
        let string = String(scalarBuffer: lowered, lowercased: false)
        let k = strings.count
        if arenaCount + count > arenaCapacity {
            let capacity = max(arenaCapacity * 2, arenaCount + count)
            let grown = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: capacity)
            grown.update(from: arena, count: arenaCount)
            arena.deallocate()
            arena = grown
            arenaCapacity = capacity
        }
        (arena + arenaCount).update(from: lowered.baseAddress!, count: count)
        arenaCount += count
        starts[k + 1] = Int32(truncatingIfNeeded: arenaCount)
        hashes[k] = h
        strings.append(string)
        slots[slot] = Int32(truncatingIfNeeded: k)
        if strings.count * 2 > mask { grow() }
        return string
    }

    /// Twice the slots, and room for as many words as they may hold.
    private func grow() {
        let size = (mask + 1) * 2
        slots.deallocate()
        slots = .allocate(capacity: size)
        slots.initialize(repeating: -1, count: size)
        mask = size - 1
        for k in 0..<strings.count {
            var slot = Int(truncatingIfNeeded: hashes[k]) & mask
            while slots[slot] >= 0 { slot = (slot &+ 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: k)
        }
        let capacity = size / 2 + 1
        let newStarts = UnsafeMutablePointer<Int32>.allocate(capacity: capacity + 1)
        newStarts.update(from: starts, count: strings.count + 1)
        starts.deallocate()
        starts = newStarts
        let newHashes = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        newHashes.update(from: hashes, count: strings.count)
        hashes.deallocate()
        hashes = newHashes
        wordCapacity = capacity
    }
}
