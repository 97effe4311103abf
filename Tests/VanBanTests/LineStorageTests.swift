import Foundation
import Testing
@testable import VanBan

/// The line tables and line structs held through a lint run, made smaller (issue 17): the
/// source's line table as 32-bit offsets, a logical line of 48 bytes, and the logical lines
/// let go once tokenised when the caller only lints (`Options.keepsLogicalLines`).
@Suite("Line storage")
struct LineStorageTests {
    /// A line of one piece, kept for every logical line of the document (and copied into
    /// every tokenised line): 64 bytes before.
    @Test func linesAreSmall() {
        #expect(MemoryLayout<CleanLine>.size <= 28)
        #expect(MemoryLayout<LogicalLine>.stride <= 48)
        #expect(MemoryLayout<ListMarker?>.size <= 32)
        #expect(MemoryLayout<TokenizedLine>.stride <= 96)
    }

    /// The wide table (a text of 4 GiB or more) answers as the narrow one.
    @Test func wideLineTableIsTheNarrowOne() {
        var narrow = SourceText.Lines.Builder(wide: false), wide = SourceText.Lines.Builder(wide: true)
        let lines: [(Int, Range<Int>)] = [(0, 0..<3), (5, 4..<4), (6, 5..<90), (200, 100..<101)]
        for (start, range) in lines {
            narrow.append(byteStart: start, scalars: range)
            wide.append(byteStart: start, scalars: range)
        }
        let a = narrow.finished(), b = wide.finished()
        #expect(a == lines.map(\.1))
        #expect(b == lines.map(\.1))
        #expect(a.count == 4 && b.count == 4)
        for k in 0..<4 { #expect(a.byteStart(k) == lines[k].0 && b.byteStart(k) == lines[k].0) }
    }

    /// Flags packed with the parenthesis count keep both.
    @Test func tableFlagAndParenthesesArePackedApart() {
        var line = LogicalLine(CleanLine(source: SourceText(name: "t", text: "a (b (c"), index: 0))
        #expect(line.openParentheses == 2 && !line.isTableLine)
        line.isTableLine = true
        #expect(line.openParentheses == 2 && line.isTableLine)
        line.append(CleanLine(source: SourceText(name: "t", text: "d) e"), index: 0))
        #expect(line.openParentheses == 1 && line.isTableLine)
        line.isTableLine = false
        #expect(line.openParentheses == 1 && !line.isTableLine)
    }

    /// Processing that lets the logical lines go gives the record, the physical → logical
    /// map and the findings of processing that keeps them.
    @Test func releasedLogicalLinesChangeNothingTheLinterReads() throws {
        var names = Array(Support.corpusFiles.prefix(8))
        names.append(contentsOf: Support.corpusFiles.suffix(4))
        for name in names {
            let bytes = Array(try Data(contentsOf: Support.corpus.appendingPathComponent(name)))
            let kept = try VanBan.process(bytes, name: name)
            var options = VanBan.Options()
            options.keepsLogicalLines = false
            let released = try VanBan.process(bytes, name: name, options: options)
            #expect(released.layout.lines.isEmpty)
            #expect(!kept.layout.lines.isEmpty)
            let count = max(kept.source.lineCount, 1)
            #expect(released.layout.physicalLineOwners(count: count) == kept.layout.physicalLineOwners(count: count))
            // Some physical line is a piece of a logical line (the map is not the identity).
            #expect(kept.layout.physicalLineOwners(count: count).contains { $0 < 0 })
            let a = try JSONWriter.encode(kept.record, pretty: false), b = try JSONWriter.encode(released.record, pretty: false)
            #expect(a == b, "\(name)")
            let d1 = Linter.lint(kept).map { "\($0.ruleID)@\($0.span)#\($0.messageKey)" }
            let d2 = Linter.lint(released).map { "\($0.ruleID)@\($0.span)#\($0.messageKey)" }
            #expect(d1 == d2, "\(name)")
        }
    }
}
