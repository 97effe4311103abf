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

    /// Open addressing over `text`: slot → ID + 1 (0 empty), and each ID's hash (of its
    /// UTF-8 bytes, which the interner holds: `WordInterner.utf8`, compared there).
    private var slots: [Int32] = []
    private var hashes: [UInt64] = []
    /// Each text's interner ID (`WordInterner`, `Token.word`) → its ID, for every text of the
    /// table: a word absent from it is absent from the table. Copied before a change when
    /// another table shares it (a copy of the table numbering more words: `RuleWords`).
    private var global: GlobalWordIDs
    /// The interner ID of each ID's text.
    private var globalOf: [UInt32] = []

    init(capacity: Int = 1024) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        global = GlobalWordIDs(capacity: capacity)
        // (Room for the words at once: five arrays grown one word at a time were reallocated
        // and copied a dozen times each per document.)
        text.reserveCapacity(capacity)
        folded.reserveCapacity(capacity)
        isMarked.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        globalOf.reserveCapacity(capacity)
    }

    /// The ID of the text whose interner ID is `word` (`Token.word`), if the document has it:
    /// an integer look-up, no String hashed.
    public func id(global word: UInt32) -> Int32? { global.id(word) }

    /// Number of distinct texts.
    public var count: Int { text.count }

    /// The ID of `s`, if the document has it.
    public func id(_ s: String) -> Int32? {
        var s = s
        return s.withUTF8 { find($0, byteHash($0)) }
    }

    /// The ID of `s`, numbered now if new. `s` need not be a word: punctuation and numbers
    /// are numbered too (a duplicate clause compares its numbers and commas).
    mutating func intern(_ s: String) -> Int32 {
        if let found = id(s) { return found }
        if !isKnownUniquelyReferenced(&global) { global = global.copy() }
        let word = WordInterner.shared.intern(s)
        return append(word, into: global, at: global.find(word))
    }

    /// Numbers the text of interner ID `word`, which the table lacks (`map`, which is `global`
    /// and not shared with another table, has no entry for it: `slot` is where it goes).
    ///
    /// Every text of the table has its interner ID in `global`, and equal interner IDs are
    /// equal bytes: a word absent from `global` is new, so its bytes are not searched for,
    /// nor copied (the interner holds them for the life of the process).
    private mutating func append(_ word: UInt32, into map: GlobalWordIDs, at slot: Int) -> Int32 {
        let interner = WordInterner.shared
        let buffer = interner.utf8(word)
        let h = byteHash(buffer)
        let id = Int32(text.count)
        map.insert(word, id, at: slot)
        globalOf.append(word)
        text.append(interner.string(word))
        hashes.append(h)
        var marked = false
        for b in buffer where b >= 0x80 { marked = true; break }
        isMarked.append(marked)
        folded.append(id)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = id + 1
        if text.count * 2 > slots.count { grow() }
        return id
    }

    /// The IDs of `line`'s tokens (their `lower` texts), numbering the new ones.
    mutating func intern(tokensOf line: TokenizedLine) -> [Int32] {
        let tokens = line.tokens
        var ids = [Int32](repeating: 0, count: tokens.count)
        for k in tokens.indices { ids[k] = intern(tokens[k].lower) }
        return ids
    }

    /// `intern(tokensOf:)` of each of `lines`, in order (the same IDs), reading a token's text
    /// only the first time its interner ID (`Token.word`) is met.
    ///
    /// Equal interner IDs are equal texts, so a token is numbered by looking its `UInt32`
    /// interner ID up in an integer table (`GlobalWordIDs`), without building its string,
    /// reading its UTF-8 or comparing bytes — the hash of the text runs once per distinct word
    /// of the document, not once per token (issue 17). The document's IDs are given in token
    /// order, as by text: the interner's values never decide them.
    mutating func intern(tokensOfLines lines: [TokenizedLine]) -> [[Int32]] {
        var result: [[Int32]] = []
        result.reserveCapacity(lines.count)
        if !isKnownUniquelyReferenced(&global) { global = global.copy() }
        let seen = global
        for line in lines {
            let tokens = line.tokens
            let ids = [Int32](unsafeUninitializedCapacity: tokens.count) { out, initialized in
                tokens.withUnsafeBufferPointer { tb in
                    for k in 0..<tb.count {
                        let word = tb[k].word
                        let slot = seen.find(word)
                        let id = seen.id(at: slot)
                        // (A text absent from the map is new to the table: `append` adds both.)
                        out[k] = id >= 0 ? id : append(word, into: seen, at: slot)
                    }
                }
                initialized = tokens.count
            }
            result.append(ids)
        }
        return result
    }

    /// Numbers the folded form of every ID not yet folded (from `from` on).
    ///
    /// The folded form is the interner's (`WordInterner.folded`, computed once per process);
    /// a folded text the table already has is found by its interner ID, no String hashed.
    mutating func fold(from: Int) {
        let interner = WordInterner.shared
        var k = from
        while k < text.count {
            // Only a marked word can be in the new style; a word already in the old style is
            // its own folded form (`folded[k] == k` from `intern`), not looked up again.
            if isMarked[k] {
                let word = globalOf[k], f = interner.folded(word)
                if f != word {
                    if let id = id(global: f) {
                        folded[k] = id
                    } else {
                        if !isKnownUniquelyReferenced(&global) { global = global.copy() }
                        folded[k] = append(f, into: global, at: global.find(f))
                    }
                }
            }
            k += 1
        }
    }


    /// The ID of the text whose UTF-8 is `buffer` (hash `h`), if any.
    private func find(_ buffer: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        let interner = WordInterner.shared
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let id = Int(entry - 1)
            if hashes[id] == h {
                let bytes = interner.utf8(globalOf[id])
                if bytes.count == buffer.count, buffer.count == 0 || memcmp(bytes.baseAddress!, buffer.baseAddress!, buffer.count) == 0 {
                    return Int32(id)
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

/// The map of a `WordTable`: a word's interner ID (`Token.word`) → its document ID, by open
/// addressing over plain memory (one look-up per token). Changed only by the table that holds
/// the only reference to it (copy on write), before the table is shared across threads.
final class GlobalWordIDs: @unchecked Sendable {
    @exclusivity(unchecked) private var keys: UnsafeMutablePointer<UInt32>
    /// The document ID of each slot, or -1 when empty.
    @exclusivity(unchecked) private var ids: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var mask: Int
    @exclusivity(unchecked) private var count = 0

    init(capacity: Int) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        keys = .allocate(capacity: size)
        ids = .allocate(capacity: size)
        ids.initialize(repeating: -1, count: size)
        mask = size - 1
    }

    private init(copying other: GlobalWordIDs) {
        let size = other.mask + 1
        keys = .allocate(capacity: size)
        keys.update(from: other.keys, count: size)
        ids = .allocate(capacity: size)
        ids.update(from: other.ids, count: size)
        mask = other.mask
        count = other.count
    }

    /// A copy of the map.
    func copy() -> GlobalWordIDs { GlobalWordIDs(copying: self) }

    deinit {
        keys.deallocate()
        ids.deallocate()
    }

    @inline(__always)
    private static func hash(_ key: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    /// The slot of `key`: its own, or the empty one where it would go.
    @inline(__always)
    func find(_ key: UInt32) -> Int {
        var slot = Self.hash(key) & mask
        while ids[slot] >= 0 {
            if keys[slot] == key { return slot }
            slot = (slot &+ 1) & mask
        }
        return slot
    }

    /// The document ID at `slot`, or -1.
    @inline(__always)
    func id(at slot: Int) -> Int32 { ids[slot] }

    /// The document ID of `key`, or nil.
    func id(_ key: UInt32) -> Int32? {
        let id = ids[find(key)]
        return id >= 0 ? id : nil
    }

    /// Stores `key` → `id` at the empty `slot` that `find` gave.
    func insert(_ key: UInt32, _ id: Int32, at slot: Int) {
        keys[slot] = key
        ids[slot] = id
        count += 1
        guard count * 2 > mask else { return }
        let oldKeys = keys, oldIDs = ids, oldSize = mask + 1
        let size = oldSize * 2
        keys = .allocate(capacity: size)
        ids = .allocate(capacity: size)
        ids.initialize(repeating: -1, count: size)
        mask = size - 1
        for k in 0..<oldSize where oldIDs[k] >= 0 {
            let s = find(oldKeys[k])
            keys[s] = oldKeys[k]
            ids[s] = oldIDs[k]
        }
        oldKeys.deallocate()
        oldIDs.deallocate()
    }
}
