import Foundation

/// Every distinct token text of a document's text lines, numbered once: the rules compare
/// and hash integers instead of Strings (issue 17). A token's ID stands for its lower-case
/// text (`Token.lower`); its folded ID for that text in the old tone style (`foldLower`),
/// computed once per distinct word, not once per token.
///
/// IDs compare UTF-8 bytes: every text VanBan compares is NFC (the normaliser makes it
/// so; see `~=` in `ScalarString.swift`), so equal bytes is equal text.
public struct WordTable: Sendable {
    /// The lower-case text of each ID.
    public private(set) var text: [String] = []
    /// The ID of each ID's folded form (lower case, old tone style); itself when the text
    /// is already in the old style.
    public private(set) var folded: [Int32] = []
    /// True for each ID whose text has a byte outside ASCII (a Vietnamese mark, `đ`).
    public private(set) var isMarked: [Bool] = []

    /// Open addressing over `text`: slot → ID + 1 (0 empty).
    private var slots: [Int32] = []
    private var hashes: [UInt64] = []
    /// The UTF-8 bytes of every text, one after the other, and where each starts.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]

    init(capacity: Int = 1024) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        bytes.reserveCapacity(capacity * 6)
    }

    /// Number of distinct texts.
    public var count: Int { text.count }

    /// The ID of `s`, if the document has it.
    public func id(_ s: String) -> Int32? {
        var s = s
        return s.withUTF8 { find($0, Self.hash($0)).id }
    }

    /// The ID of `s`, numbered now if new. `s` need not be a word: punctuation and numbers
    /// are numbered too (a duplicate clause compares its numbers and commas).
    mutating func intern(_ s: String) -> Int32 {
        var copy = s
        return copy.withUTF8 { buffer in
            let h = Self.hash(buffer)
            let (found, slot) = find(buffer, h)
            if let found { return found }
            let id = Int32(text.count)
            text.append(s)
            hashes.append(h)
            bytes.append(contentsOf: buffer)
            starts.append(Int32(bytes.count))
            isMarked.append(buffer.contains { $0 >= 0x80 })
            folded.append(id)
            slots[slot] = id + 1
            if text.count * 2 > slots.count { grow() }
            return id
        }
    }

    /// The IDs of `line`'s tokens (their `lower` texts), numbering the new ones.
    mutating func intern(tokensOf line: TokenizedLine) -> [Int32] {
        let tokens = line.tokens
        var ids = [Int32](repeating: 0, count: tokens.count)
        for k in tokens.indices { ids[k] = intern(tokens[k].lower) }
        return ids
    }

    /// Numbers the folded form of every ID not yet folded (from `from` on).
    mutating func fold(from: Int) {
        var k = from
        while k < text.count {
            // Only a marked word can be in the new style; `intern` returns `k` itself when the
            // folded text is the same.
            if isMarked[k] { folded[k] = intern(foldLower(text[k])) }
            k += 1
        }
    }

    @inline(__always)
    static func hash(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in buffer { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h ^ (h >> 29)
    }

    private func find(_ buffer: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> (id: Int32?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (nil, slot) }
            let id = Int(entry - 1)
            if hashes[id] == h {
                let start = Int(starts[id]), end = Int(starts[id + 1])
                if end - start == buffer.count, bytes.withUnsafeBufferPointer({ all in
                    buffer.count == 0 || memcmp(all.baseAddress! + start, buffer.baseAddress!, buffer.count) == 0
                }) {
                    return (Int32(id), slot)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for id in text.indices {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(id + 1)
        }
        slots = larger
    }
}
