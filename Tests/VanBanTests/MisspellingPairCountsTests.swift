import Foundation
import Testing
@testable import VanBan

/// Session 9 (issue 17): the spelling rule's pair counts in a table of its own
/// (`PairCounts`) and one-mark variants spelt byte by byte (`Variants.forEachVariant`,
/// `VariantSplit(variantsOf:)`), each against the form it replaced (kept here:
/// `BigramCounts` = `PackedKeyTable`, `spellBefore`).
@Suite("Misspelling: pair counts and byte variants equal the old forms")
struct MisspellingPairCountsTests {
    /// `increment`, `insert`, `index(of:)` and the subscripts as a dictionary and the old
    /// table answer, across growth far past the first capacity; numbers in the order first met.
    @Test func pairCountsCountAsTheOldTable() {
        let table = PairCounts(capacity: 4)
        var old = BigramCounts(capacity: 4)
        var reference: [Int64: Int] = [:]
        var state: UInt64 = 987_654_321
        for step in 0..<40_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let key = Int64(state >> 52) << 32 | Int64(state >> 40 & 0x1FF)
            if step % 7 == 0 {
                let k = table.insert(key)
                if reference[key] == nil { old.set(key, 0); reference[key] = 0 }
                #expect(k == old.index(of: key))
            } else {
                let k = table.increment(key)
                #expect(k == old.incrementIndex(key))
                reference[key, default: 0] += 1
            }
        }
        #expect(table.count == old.count)
        #expect(reference.count > 3_000)
        for k in 0..<table.count {
            #expect(table.key(at: k) == old.keys[k])
            #expect(table.value(at: k) == old.values[k])
        }
        #expect(table.values == old.values)
        for (key, n) in reference {
            #expect(table[key, default: -1] == n)
            #expect(table[key] == n)
            #expect(table.index(of: key) == old.index(of: key))
        }
        #expect(table.index(of: -1) == nil)
        #expect(table[Int64(1) << 40, default: 7] == 7)
        let k = table.insert(Int64(5) << 32 | 5)
        table.increment(at: k)
        #expect(table[Int64(5) << 32 | 5] == (reference[Int64(5) << 32 | 5] ?? 0) + 1)
    }

    /// `countPairs` gives every place the number the old per-place `incrementIndex` gave, and
    /// the same counts, on random lines with non-words (-1), empty lines and one-word lines.
    @Test func countPairsEqualsTheOldPerPlaceCount() {
        var state: UInt64 = 42
        func next(_ n: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % n
        }
        for round in 0..<20 {
            var flat: [Int32] = []
            var lineStart: [Int] = []
            for _ in 0..<(50 + round * 40) {
                lineStart.append(flat.count)
                for _ in 0..<Int(next(round % 3 == 0 ? 3 : 40)) { flat.append(next(5) == 0 ? -1 : Int32(next(UInt64(20 + round * 300)))) }
            }
            lineStart.append(flat.count)
            // The old form: the flat pass's per-place count.
            var old = BigramCounts(capacity: flat.count / 2)
            var oldAt = [Int32](repeating: -1, count: flat.count)
            for n in 0..<(lineStart.count - 1) {
                var previous: Int32 = -1
                for g in lineStart[n]..<lineStart[n + 1] {
                    let f = flat[g]
                    if f >= 0, previous >= 0 { oldAt[g - 1] = Int32(old.incrementIndex(Int64(previous) << 32 | Int64(f))) }
                    previous = f
                }
            }
            let table = PairCounts(capacity: round % 2 == 0 ? flat.count / 2 : 1)
            var at = [Int32](repeating: -1, count: flat.count)
            flat.withUnsafeBufferPointer { fl in
                lineStart.withUnsafeBufferPointer { ls in at.withUnsafeMutableBufferPointer { table.countPairs(fl, ls, $0) } }
            }
            #expect(at == oldAt, "round \(round)")
            #expect(table.values == old.values, "round \(round)")
            #expect((0..<table.count).map { table.key(at: $0) } == old.keys, "round \(round)")
        }
    }

    /// The words whose variants are compared: every syllable of the register, in lower
    /// case, in capitals, decomposed (NFD), in the new tone style, and random scalars.
    static var words: [String] {
        var out: [String] = []
        let count = RegisterLexicon.tables.starts.count - 1
        for id in 0..<count {
            let w = RegisterLexicon.syllable(Int32(id))
            out.append(w)
            if id % 17 == 0 {
                out.append(w.uppercased())
                out.append(w.decomposedStringWithCanonicalMapping)
                var s = Array(w.unicodeScalars)
                _ = ToneMarks.apply(.new, to: &s)
                out.append(String(String.UnicodeScalarView(s)))
            }
        }
        var state: UInt64 = 7
        let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ\u{301}\u{300}ng".unicodeScalars)
        for _ in 0..<3_000 {
            var s = String.UnicodeScalarView()
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for k in 0..<Int(state >> 61) + 1 { s.append(alphabet[Int((state >> (UInt64(k) * 7 + 3)) % UInt64(alphabet.count))]) }
            out.append(String(s))
        }
        out.append("")
        return out
    }

    /// `Variants.spell`, now made of `forEachVariant`, lists what the old String-building form
    /// listed, in its order, with and without the finals.
    @Test func spellEqualsTheOldForm() {
        var checked = 0
        for w in Self.words {
            for finals in [false, true] {
                let now = Variants.spell(w, finals: finals), before = Self.spellBefore(w, finals: finals)
                if now.map({ Array($0.utf8) }) != before.map({ Array($0.utf8) }) {
                    Issue.record("\(w) finals \(finals): \(now) before \(before)")
                }
                checked += 1
            }
        }
        #expect(checked > 10_000)
    }

    /// `VariantSplit(variantsOf:)` (bytes, a String only outside the register) equals the split
    /// of the old variant list.
    @Test func byteSplitEqualsTheStringSplit() {
        var withOthers = 0
        for w in Self.words {
            var s = w
            let now = s.withUTF8 { Misspelling.VariantSplit(variantsOf: $0) }
            let before = Misspelling.VariantSplit(Self.spellBefore(w, finals: false))
            #expect(now.register == before.register, "\(w)")
            #expect(now.others.map { Array($0.utf8) } == before.others.map { Array($0.utf8) }, "\(w)")
            #expect(now.otherHashes == before.otherHashes, "\(w)")
            if !before.others.isEmpty { withOthers += 1 }
        }
        #expect(withOthers > 100)
    }

    /// `Variants.spell` as it was on main 8fc79fa (a `String` built per variant).
    static func spellBefore(_ word: String, finals withFinals: Bool) -> [String] {
        var word = word
        return word.withUTF8 { bytes in
            var out: [String] = []
            /// `bytes` with `bytes[from..<to]` replaced by `scalar`'s bytes or `piece`.
            func emit(_ from: Int, _ to: Int, _ scalar: Unicode.Scalar?, _ piece: [UInt8] = []) {
                var encoded: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
                var length = 0
                if let scalar {
                    let v = scalar.value
                    if v < 0x80 {
                        encoded.0 = UInt8(v); length = 1
                    } else if v < 0x800 {
                        encoded = (UInt8(0xC0 | v >> 6), UInt8(0x80 | v & 0x3F), 0, 0); length = 2
                    } else if v < 0x1_0000 {
                        encoded = (UInt8(0xE0 | v >> 12), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F), 0); length = 3
                    } else {
                        encoded = (UInt8(0xF0 | v >> 18), UInt8(0x80 | v >> 12 & 0x3F), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F))
                        length = 4
                    }
                } else {
                    length = piece.count
                }
                let total = from + length + (bytes.count - to)
                out.append(String(unsafeUninitializedCapacity: max(total, 1)) { buffer in
                    var n = 0
                    for k in 0..<from { buffer[n] = bytes[k]; n += 1 }
                    if scalar != nil {
                        withUnsafeBytes(of: encoded) { e in for k in 0..<length { buffer[n] = e[k]; n += 1 } }
                    } else {
                        for b in piece { buffer[n] = b; n += 1 }
                    }
                    for k in to..<bytes.count { buffer[n] = bytes[k]; n += 1 }
                    return n
                })
            }
            // Scalars with their byte offsets.
            var scalars: [(scalar: Unicode.Scalar, start: Int, end: Int)] = []
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                var v = length == 1 ? UInt32(b) : UInt32(b) & (0xFF >> (length + 1))
                for k in 1..<length where i + k < bytes.count { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
                scalars.append((Unicode.Scalar(v) ?? "\u{FFFD}", i, min(i + length, bytes.count)))
                i += length
            }
            for c in scalars {
                guard let v = Alphabet.vowel(c.scalar) else { continue }
                for tone in 0...5 where tone != v.tone {
                    emit(c.start, c.end, Alphabet.letter(Alphabet.Vowel(base: v.base, tone: tone, upper: false)))
                }
                if let group = Variants.markGroups.first(where: { $0.contains(v.base) }) {
                    for base in group where base != v.base {
                        emit(c.start, c.end, Alphabet.letter(Alphabet.Vowel(base: base, tone: v.tone, upper: false)))
                    }
                }
            }
            if let first = scalars.first, first.scalar == "d" { emit(first.start, first.end, "đ") }
            if let first = scalars.first, first.scalar == "đ" { emit(first.start, first.end, "d") }
            if withFinals {
                func hasSuffix(_ f: [UInt8]) -> Bool {
                    f.count <= bytes.count && f.indices.allSatisfy { bytes[bytes.count - f.count + $0] == f[$0] }
                }
                let ng = hasSuffix(Variants.finalBytes[2]) || hasSuffix(Variants.finalBytes[3]) || hasSuffix(Variants.finalBytes[5])
                for (f, fb) in zip(Variants.finals, Variants.finalBytes) where hasSuffix(fb) {
                    // Longest final only: "ng" not "g".
                    if (f == "n" || f == "c") && ng { continue }
                    let stemEnd = bytes.count - fb.count
                    guard let last = scalars.last(where: { $0.end <= stemEnd }), last.end == stemEnd,
                          Alphabet.vowel(last.scalar) != nil else { continue }
                    for (g, gb) in zip(Variants.finals, Variants.finalBytes) where g != f { emit(stemEnd, bytes.count, nil, gb) }
                }
            }
            return out
        }
    }
}

extension Misspelling {
    /// `forEachConfusion` as it was before session 9 (an array of scalars per candidate),
    /// kept for the equivalence test.
    static func forEachConfusionBefore(of word: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        let s = Array(word.unicodeScalars)
        guard !s.isEmpty else { return }
        var classic = true
        var utf8: [UInt8] = []
        utf8.reserveCapacity(s.count * 3 + 4)
        func emit(_ v: [Unicode.Scalar]) {
            utf8.removeAll(keepingCapacity: true)
            for c in v { UTF8.encode(c) { utf8.append($0) } }
            utf8.withUnsafeBufferPointer { body($0, classic) }
        }
        // Initials.
        let rest: ArraySlice<Unicode.Scalar>
        if s.count > 1, s[0] == "t", s[1] == "r" {
            emit(["c", "h"] + s[2...])
        } else if s.count > 1, s[0] == "c", s[1] == "h" {
            emit(["t", "r"] + s[2...])
        } else if s[0] == "s" {
            emit(["x"] + s[1...])
        } else if s[0] == "x" {
            emit(["s"] + s[1...])
        }
        // d, r and gi: "gi" before a vowel is the initial (*giữ*); before a consonant or
        // alone it shares its i with the vowel (*gì*, *gìn*).
        if s.count > 1, s[0] == "g", let v = Alphabet.vowel(s[1]), v.base == Alphabet.Base.i {
            rest = s.count > 2 && Alphabet.vowel(s[2]) != nil ? s[2...] : s[1...]
            emit(["d"] + rest)
            emit(["r"] + rest)
        } else if s[0] == "d" || s[0] == "r" {
            rest = s[1...]
            if let first = rest.first, let v = Alphabet.vowel(first), v.base == Alphabet.Base.i {
                emit(["g"] + rest)
            } else {
                emit(["g", "i"] + rest)
            }
            emit([s[0] == "d" ? "r" : "d"] + rest)
        }
        if s[0] == "d" { emit(["đ"] + s[1...]) }
        if s[0] == "đ" { emit(["d"] + s[1...]) }
        // Tones and vowel marks.
        let toned = s.firstIndex { Alphabet.vowel($0).map { $0.tone != 0 } ?? false }
        for (k, c) in s.enumerated() {
            guard let v = Alphabet.vowel(c) else { continue }
            if toned == nil || toned == k {
                for tone in 0...5 where tone != v.tone {
                    var copy = s
                    copy[k] = Alphabet.letter(Alphabet.Vowel(base: v.base, tone: tone, upper: false))
                    // Only hỏi (3) and ngã (4) are the classic pair: huyền (2) and nặng (5)
                    // also sum to 7, and *dùng*/*dụng* is no slip writers are known for.
                    classic = isHoiNga(v.tone, tone)
                    emit(copy)
                }
                classic = false
            }
            if let group = Variants.markGroups.first(where: { $0.contains(v.base) }) {
                for base in group where base != v.base {
                    var copy = s
                    copy[k] = Alphabet.letter(Alphabet.Vowel(base: base, tone: v.tone, upper: false))
                    emit(copy)
                }
            }
        }
    }
}

extension MisspellingPairCountsTests {
    /// `forEachConfusion` (bytes written into one buffer) gives the candidates of the old form
    /// (an array of scalars per candidate), in its order, with the same classic flags.
    @Test func confusionsEqualTheOldForm() {
        var checked = 0
        for w in Self.words + ["gi", "gì", "gìn", "giữ", "d", "r", "đ", "tr", "ch", "s", "x", "uống", "rià", "dì"] {
            var now: [([UInt8], Bool)] = [], before: [([UInt8], Bool)] = []
            Misspelling.forEachConfusion(of: w) { now.append((Array($0), $1)) }
            Misspelling.forEachConfusionBefore(of: w) { before.append((Array($0), $1)) }
            if now.map(\.0) != before.map(\.0) || now.map(\.1) != before.map(\.1) {
                Issue.record("\(w): \(now.count) candidates, before \(before.count)")
            }
            checked += before.count
        }
        #expect(checked > 50_000)
    }
}
