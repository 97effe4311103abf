import Testing
@testable import VanBan

/// The helpers of the spelling rule's flat layout (issue 17, session 6).
@Suite("Misspelling: flat layout helpers")
struct MisspellingFlatTests {
    /// `incrementIndex` counts as a dictionary does and answers the key's index in `keys`
    /// and `values`, across the table's growth; `index(of:)` finds the same index.
    @Test func incrementIndexCountsAsADictionary() {
        var table = BigramCounts(capacity: 4)
        var reference: [Int64: Int] = [:]
        var order: [Int64] = []
        var state: UInt64 = 12_345
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let key = Int64(state >> 54) << 32 | Int64(state >> 40 & 0xFF)
            let index = table.incrementIndex(key)
            if reference[key] == nil { order.append(key) }
            reference[key, default: 0] += 1
            #expect(table.keys[index] == key)
            #expect(table.values[index] == reference[key])
        }
        #expect(table.keys == order)
        #expect(reference.count > 2_000)
        for (key, n) in reference {
            #expect(table.index(of: key).map { table.values[$0] } == n)
            #expect(table[key, default: 0] == n)
        }
        #expect(table.index(of: -1) == nil)
    }
}
