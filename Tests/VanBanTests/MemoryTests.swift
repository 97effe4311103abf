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

    @Test func wrappedLinesAreKeptAtTheirSize() {
        // A paragraph hard-wrapped over 300 physical lines (a PDF dump): appending the pieces
        // one by one grows the logical line's arrays by doubling.
        let words = (1...300).map { "dòng thứ \($0) của đoạn văn bản dài," }
        let text = words.joined(separator: "\n") + "\n\nĐoạn sau."
        let lines = LayoutRecovery.recover(SourceText(name: "t", text: text)).lines
        #expect(lines.count == 2)
        #expect(lines[0].text == words.joined(separator: " "))
        #expect(lines[0].pieces.count == 300)
        #expect(lines[0].scalars.capacity <= lines[0].scalars.count + 8)
        #expect(lines[0].piecesCapacity <= lines[0].pieces.count + 1)
        #expect(lines[1].text == "Đoạn sau.")
    }
}

/// `VanBan.record`, which releases the source's text after layout, builds the record
/// `VanBan.process` builds (issue 17: the text is not held through lexing and parsing).
@Suite("Record without the source")
struct RecordWithoutSourceTests {
    /// Every corpus document, and one in each legacy encoding (origins map scalars to
    /// several input bytes there), in old and new tone style.
    @Test(arguments: [ToneStyle.keep, .old, .new])
    func recordIsTheProcessRecord(_ style: ToneStyle) throws {
        var inputs: [(String, [UInt8])] = try Support.corpusFiles.map {
            ($0, try [UInt8](Data(contentsOf: Support.corpus.appendingPathComponent($0))))
        }
        let sample = String(decoding: inputs[0].1, as: UTF8.self)
        for kind in LegacyEncoders.Kind.allCases {
            inputs.append(("legacy-\(kind.rawValue)", LegacyEncoders.encode(sample, as: kind)))
        }
        let options = VanBan.Options(toneStyle: style)
        for (name, bytes) in inputs {
            let old = try VanBan.process(bytes, name: name, options: options).record
            let new = VanBan.record(try TextDecoder.decode(bytes, name: name), name: name, options: options).record
            #expect(try JSONRenderer.bytes(new) == JSONRenderer.bytes(old), "\(name)")
        }
    }

    @Test func summaryKeepsNameLinesAndEncoding() {
        let source = SourceText(name: "a.txt", text: "một\r\nhai\rba\n", encoding: .vni)
        let summary = source.summary
        #expect(summary.name == "a.txt" && summary.encoding == .vni)
        #expect(summary.lineCount == 3 && summary.scalars.isEmpty && summary.origins == nil)
        #expect((0..<3).allSatisfy { summary.line($0).isEmpty })
    }
}

/// `Alphabet.lower` reads a table built once per process; it must be the simple lower-case
/// mapping the table was first built from (every scalar of U+0000–U+1FFF).
@Suite("Lower-case table")
struct LowerTableTests {
    /// The table as it was built before issue 17 (a String per scalar).
    static func oldLower(_ v: UInt32) -> UInt32 {
        guard let s = Unicode.Scalar(v) else { return v }
        let mapped = s.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : v
    }

    @Test func everyScalarBelow0x2000() {
        var differing: [UInt32] = []
        for v in UInt32(0)..<0x2000 {
            guard let s = Unicode.Scalar(v) else { continue }
            if Alphabet.lower(s).value != Self.oldLower(v) { differing.append(v) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20).map { String($0, radix: 16) })")
    }
}
