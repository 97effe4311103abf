import Testing
@testable import VanBan

/// The test helpers themselves.
@Suite("Test support")
struct SupportTests {
    /// `Support.line("")` is an empty line, not a crash (two engineers had to avoid empty text
    /// in their tests because the source of "" has no line 0).
    @Test func lineOfEmptyTextIsAnEmptyLine() {
        let empty = Support.line("")
        #expect(empty.tokens.isEmpty)
        #expect(empty.line.scalars.isEmpty)
        #expect(Support.line("Điều 1").tokens.count == 2)
    }
}
