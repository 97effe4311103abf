import Foundation
import Synchronization

/// Every distinct token text of the process as a `UInt32` ID (issue 17): a token holds its
/// word's ID (`Token.word`), and the word's `String` is built once per process, not once per
/// token or per document.
///
/// - IDs stand for equality only: equal IDs, equal text (the UTF-8 bytes of the scalars as
///   the lexer gives them). Their values depend on which document, and under `vanban batch`
///   which worker, met a word first, so no output may depend on them (order, numbering): a
///   document's own numbering is `WordTable`'s, in token order.
/// - The 128 ASCII scalars are interned first: the ID of a one-scalar ASCII text is its value.
/// - Reading takes no lock: an ID's entry (its string and bytes) is written before the ID is
///   handed out, under the lock, in storage that never moves (chunks of doubling size, from a
///   fixed table of chunk pointers; bytes in blocks never freed), and whoever holds an ID got
///   it from a lock release (the interner's, or the one that passed the tokens to its thread).
/// - Writing takes the lock once per look-up: the lexer keeps a per-document cache in front
///   (`LowerCaseWords`), so the lock is taken about once per distinct word per document.
///
/// Entries are never removed: the interner holds the distinct words of every document the
/// process has read (a few tens of thousands for administrative text; about 40 bytes a word).
/// `WordInterner.shared.chunks`, set when `shared` is made (a global with a constant initial
/// value, read without a lazy-initialisation check). Every token's word comes from `shared`, so
/// it is set before any token is read; it never changes after.
@usableFromInline @exclusivity(unchecked) nonisolated(unsafe) var sharedInternerChunks: UnsafeMutablePointer<UnsafeMutablePointer<WordInterner.Entry>?>? = nil

public final class WordInterner: @unchecked Sendable {
    /// The interner of the process.
    public static let shared: WordInterner = {
        let interner = WordInterner()
        sharedInternerChunks = interner.chunks
        return interner
    }()

    /// The scalar count of `id`'s text in `shared` (`scalarCount`), read through
    /// `sharedInternerChunks`: without the lazy access to `shared` that each read of it costs
    /// (`Token.range` reads it for every token's end).
    @inlinable @inline(__always)
    static func sharedScalarCount(_ id: UInt32) -> Int {
        let j = Int(id) &+ (1 << firstChunkShift)
        let c = (Int.bitWidth &- 1 &- j.leadingZeroBitCount) &- firstChunkShift
        let chunk = sharedInternerChunks.unsafelyUnwrapped[c].unsafelyUnwrapped
        return Int((chunk + (j &- (1 << (c &+ firstChunkShift)))).pointee.scalarCount)
    }

    /// An ID's entry.
    @usableFromInline struct Entry {
        @usableFromInline var string: String
        @usableFromInline var bytes: UnsafePointer<UInt8>
        @usableFromInline var count: Int
        /// The ID of the text in the old tone style (`foldLower`); the ID itself when the
        /// text is already so (most words, signs and numbers).
        @usableFromInline var folded: UInt32
        /// The number of scalars of the text (a token's range is as long: `Token.range`); in
        /// the four bytes after `folded`, so an entry is no larger.
        @usableFromInline var scalarCount: UInt32
    }

    /// Chunk `c` holds the entries of IDs `firstID(c) ..< firstID(c + 1)`: `firstChunk << c` of
    /// them. 22 chunks hold every `UInt32`.
    @usableFromInline static let firstChunkShift = 10
    @usableFromInline static let chunkCount = 23
    @usableFromInline let chunks: UnsafeMutablePointer<UnsafeMutablePointer<Entry>?>

    // Under `lock` only.
    private let lock = Mutex<Void>(())
    /// Number of IDs handed out.
    @exclusivity(unchecked) private var count = 0
    /// Open addressing: ID + 1 (0 empty), and each ID's hash.
    @exclusivity(unchecked) private var slots: UnsafeMutablePointer<UInt32>
    @exclusivity(unchecked) private var mask: Int
    @exclusivity(unchecked) private var hashes: [UInt32] = []
    /// The current block of bytes, and how much of it is used.
    @exclusivity(unchecked) private var block: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var blockUsed = 0, blockSize = 1 << 16
    /// A scratch buffer for a word's UTF-8.
    @exclusivity(unchecked) private var scratch: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var scratchSize = 256

    init() {
        chunks = .allocate(capacity: Self.chunkCount)
        chunks.initialize(repeating: nil, count: Self.chunkCount)
        let size = 1 << 12
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        mask = size - 1
        block = .allocate(capacity: blockSize)
        scratch = .allocate(capacity: scratchSize)
        lock.withLock { _ in
            var scalar = Unicode.Scalar(UInt8(0))
            for v in 0..<128 {
                scalar = Unicode.Scalar(UInt8(truncatingIfNeeded: v))
                withUnsafePointer(to: &scalar) { p in
                    let buffer = UnsafeBufferPointer(start: p, count: 1)
                    _ = lockedIntern(buffer, Self.hash(buffer), depth: 0)
                }
            }
        }
    }

    /// The hash of a text's scalars (FNV-1a; `LowerCaseWords` keys its cache with it too).
    @inline(__always)
    static func hash(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for s in scalars { h = (h ^ s.value) &* 0x0100_0193 }
        return h
    }

    /// The entry of `id` (an ID this interner handed out).
    @inlinable @inline(__always)
    func entry(_ id: UInt32) -> UnsafeMutablePointer<Entry> {
        let j = Int(id) &+ (1 << Self.firstChunkShift)
        let c = (Int.bitWidth &- 1 &- j.leadingZeroBitCount) &- Self.firstChunkShift
        return chunks[c].unsafelyUnwrapped + (j &- (1 << (c &+ Self.firstChunkShift)))
    }

    /// The text of `id`.
    @inlinable @inline(__always)
    public func string(_ id: UInt32) -> String { entry(id).pointee.string }

    /// The UTF-8 bytes of `id`'s text (valid for the life of the process).
    @inlinable @inline(__always)
    public func utf8(_ id: UInt32) -> UnsafeBufferPointer<UInt8> {
        let e = entry(id)
        return UnsafeBufferPointer(start: e.pointee.bytes, count: e.pointee.count)
    }

    /// The ID of `id`'s text in the old tone style (`foldLower`: *hoà* → *hòa*, *uỷ* → *ủy*),
    /// computed once per process; `id` itself when the text is already in that style.
    @inlinable @inline(__always)
    public func folded(_ id: UInt32) -> UInt32 { entry(id).pointee.folded }

    /// The number of scalars of `id`'s text: the length of the range of a token of that word
    /// (`Token.range`, which is not stored in the token).
    @inlinable @inline(__always)
    public func scalarCount(_ id: UInt32) -> Int { Int(entry(id).pointee.scalarCount) }

    /// The number of UTF-8 bytes of `id`'s text.
    @inlinable @inline(__always)
    public func utf8Count(_ id: UInt32) -> Int { entry(id).pointee.count }

    /// The ID of the text of `scalars` (taken as they are, not lower-cased), interned now if new.
    public func intern(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> UInt32 {
        intern(scalars, hash: Self.hash(scalars))
    }

    /// `intern(_:)` with the scalars' `hash(_:)` already computed.
    func intern(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, hash h: UInt32) -> UInt32 {
        lock.withLock { _ in lockedIntern(scalars, h, depth: 0) }
    }

    /// The ID of `text`, interned now if new.
    public func intern(_ text: String) -> UInt32 {
        if text.utf8.count == 1, let b = text.utf8.first, b < 0x80 { return UInt32(b) }
        let scalars = Array(text.unicodeScalars)
        return scalars.withUnsafeBufferPointer { intern($0) }
    }

    /// The number of distinct texts interned so far.
    public var distinctCount: Int { lock.withLock { _ in count } }

    private func lockedIntern(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ h: UInt32, depth: Int) -> UInt32 {
        // The UTF-8 of the scalars, to compare with the stored texts.
        let needed = scalars.count &* 4
        if needed > scratchSize {
            scratch.deallocate()
            scratchSize = max(needed, scratchSize * 2)
            scratch = .allocate(capacity: scratchSize)
        }
        let n = Self.encode(scalars, into: scratch)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = slots[slot]
            if e == 0 { break }
            let id = e &- 1
            if hashes[Int(id)] == h {
                let entry = entry(id)
                if entry.pointee.count == n, n == 0 || memcmp(entry.pointee.bytes, scratch, n) == 0 { return id }
            }
            slot = (slot &+ 1) & mask
        }
        // A new text: its bytes into the block (a new block when it does not fit), then its entry.
        let bytes: UnsafeMutablePointer<UInt8>
        if n > blockSize / 4 {
            bytes = .allocate(capacity: max(n, 1))
        } else {
            if blockUsed + n > blockSize {
                block = .allocate(capacity: blockSize)
                blockUsed = 0
            }
            bytes = block + blockUsed
            blockUsed += n
        }
        bytes.update(from: scratch, count: n)
        let string = String(decoding: UnsafeBufferPointer(start: bytes, count: n), as: UTF8.self)
        let id = UInt32(truncatingIfNeeded: count)
        let j = count + (1 << Self.firstChunkShift)
        let c = (Int.bitWidth - 1 - j.leadingZeroBitCount) - Self.firstChunkShift
        if chunks[c] == nil { chunks[c] = .allocate(capacity: 1 << (c + Self.firstChunkShift)) }
        let entry = chunks[c]! + (j - (1 << (c + Self.firstChunkShift)))
        entry.initialize(to: Entry(string: string, bytes: bytes, count: n, folded: id,
                                   scalarCount: UInt32(truncatingIfNeeded: scalars.count)))
        hashes.append(h)
        count += 1
        slots[slot] = id &+ 1
        if count * 2 > mask { grow() }
        // The old-style form, interned too (before `id` is handed out). The fold is
        // idempotent (a folded form is its own); the depth only bounds the recursion.
        if depth < 4, let f = foldedIfChanged(string) {
            let scalars = Array(f.unicodeScalars)
            entry.pointee.folded = scalars.withUnsafeBufferPointer { lockedIntern($0, Self.hash($0), depth: depth + 1) }
        }
        return id
    }

    /// Twice the slots.
    private func grow() {
        let size = (mask + 1) * 2
        slots.deallocate()
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        mask = size - 1
        for id in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while slots[slot] != 0 { slot = (slot &+ 1) & mask }
            slots[slot] = UInt32(truncatingIfNeeded: id) &+ 1
        }
    }

    /// Writes the UTF-8 of `scalars` to `out` (room for four bytes a scalar); returns the count.
    @inline(__always)
    static func encode(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var p = out
        for scalar in scalars { writeUTF8(scalar.value, at: &p) }
        return p - out
    }
}
