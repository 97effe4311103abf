import Foundation
import Testing
@testable import VanBan

/// `JSONWriter` must write byte for byte what Foundation's `JSONEncoder` writes.
@Suite("JSON writer")
struct JSONWriterTests {
    static func foundation<T: Encodable>(_ value: T, compact: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test(arguments: Support.corpusFiles)
    func recordsAndDiagnosticsMatchFoundation(_ file: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(file)))
        let result = try VanBan.process(bytes, name: file)
        for compact in [false, true] {
            #expect(try JSONRenderer.render(result.record, compact: compact) == Self.foundation(result.record, compact: compact))
        }
        let diagnostics = DiagnosticRenderer.jsonDiagnostics(FileDiagnostics(file: file, diagnostics: Linter.lint(result)), language: .vi)
        #expect(try JSONRenderer.render(diagnostics) == Self.foundation(diagnostics, compact: false))
    }

    struct Sample: Codable {
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var doubles: [Double] = [10, 10.5, 1e20, 0.1, 1e-7, 123_456_789_012, -0.0, 3e16, 1.5e300, -2.25]
        var text = "a\"\\/\u{1}\u{1f}\n\t\r\u{8}\u{c}\u{7f}\u{2028}é Đảng ủy"
        var absent: Int?
        var present: Int? = -42
        var flag = true
        var float: Float = 1.1
        var nested = [[1, 2], []]
        var objects: [[String: Int]] = [[:], ["b": 1, "B": 2, "a_": 3, "a": 4, "ä": 5, "a10": 6, "a2": 7]]
        var optionals: [String?] = [nil, "x"]
        var big = Int.max
        var small = Int.min
    }

    @Test func edgeCasesMatchFoundation() throws {
        for compact in [false, true] {
            #expect(try JSONRenderer.render(Sample(), compact: compact) == Self.foundation(Sample(), compact: compact))
            #expect(try JSONRenderer.render("top", compact: compact) == Self.foundation("top", compact: compact))
            #expect(try JSONRenderer.render([Sample(), Sample()], compact: compact) == Self.foundation([Sample(), Sample()], compact: compact))
        }
    }

    /// Spans and locations are written directly, not through containers: the same bytes at any depth.
    @Test func spansAndLocationsMatchFoundationAtAnyDepth() throws {
        let span = SourceSpan(start: SourceLocation(line: 7, column: 1), end: SourceLocation(line: 12345, column: 10))
        let location = SourceLocation(line: -3, column: 0)
        for compact in [false, true] {
            #expect(try JSONRenderer.render(span, compact: compact) == Self.foundation(span, compact: compact))
            #expect(try JSONRenderer.render(location, compact: compact) == Self.foundation(location, compact: compact))
            #expect(try JSONRenderer.render([[span]], compact: compact) == Self.foundation([[span]], compact: compact))
            #expect(try JSONRenderer.render(["a": [location]], compact: compact) == Self.foundation(["a": [location]], compact: compact))
        }
    }

    @Test func nonFiniteNumbersThrowLikeFoundation() {
        #expect(throws: EncodingError.self) { try JSONRenderer.render([Double.nan]) }
        #expect(throws: EncodingError.self) { try JSONRenderer.render([Double.infinity]) }
    }
}
