import Foundation
import Testing
@testable import VanBan

/// What one large document keeps through the run is kept at its size (issue 17).
@Suite("Memory")
struct MemoryTests {
    @Test func logicalLinesAreKeptAtTheirSize() {
        // 1,100 paragraphs: an array grown by doubling would hold room for 2,048.
        let text = (1...1100).map { "Đoạn văn thứ \($0) của văn bản." }.joined(separator: "\n\n")
        let lines = LayoutRecovery.recover(SourceText(name: "t", text: text)).lines
        #expect(lines.count == 1100)
        #expect(lines.capacity <= lines.count + 64 + lines.count / 8)
        #expect(lines.map(\.text) == (1...1100).map { "Đoạn văn thứ \($0) của văn bản." })
    }
}
