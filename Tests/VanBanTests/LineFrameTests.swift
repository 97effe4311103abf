import Foundation
import Testing
@testable import VanBan

/// A logical line of one piece keeps the piece's frame (its map to the original) beside its
/// text, not the piece itself (issue 17, eighth session: 8 bytes a line), and reads positions
/// from the frame. Every position of every line of every document, decomposed and in both tone
/// styles, must map where the anchors and widths of its piece say, read here the plain way.
@Suite("Logical line frames")
struct LineFrameTests {
    /// `location(at:)` and `endLocation(after:)` as the pieces say (`pieces` and each piece's
    /// anchors and widths read once per line).
    struct Expected {
        let pieces: [LogicalLine.Piece]
        let anchors: [[(offset: Int, column: Int)]]
        let widths: [[Int: Int]]

        init(_ line: LogicalLine) {
            pieces = Array(line.pieces)
            anchors = pieces.map { $0.line.anchors }
            widths = pieces.map { $0.line.widths }
        }

        func at(_ offset: Int) -> (start: [Int], end: [Int]) {
            let k = pieces.lastIndex { $0.offset <= offset } ?? 0
            let piece = pieces[k]
            let local = offset - piece.offset
            guard local < piece.line.scalars.count else {
                return ([piece.line.index + 1, piece.line.endColumn], [piece.line.index + 1, piece.line.endColumn])
            }
            let at = max(0, local)
            let anchor = anchors[k].last { $0.offset <= at } ?? anchors[k][0]
            let column = anchor.column + (at - anchor.offset)
            return ([piece.line.index + 1, column], [piece.line.index + 1, column + (widths[k][at] ?? 1)])
        }
    }

    static var texts: [(name: String, text: String)] {
        var out: [(String, String)] = []
        let folders = [Support.corpus, Support.root.appendingPathComponent("Tests/Holdout"), URL(fileURLWithPath: "/work/shared/real")]
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
                      let text = String(data: data, encoding: .utf8) else { continue }
                out.append((name, text))
                out.append((name + " NFD", text.decomposedStringWithCanonicalMapping))
            }
        }
        return out
    }

    @Test func everyPositionMapsAsItsPieceSays() {
        let texts = Self.texts
        #expect(texts.count >= 50)
        var checked = 0, multi = 0
        for (name, text) in texts {
            for style in [ToneStyle.keep, .old] {
                let result = VanBan.process(text: text, name: name, options: VanBan.Options(toneStyle: style))
                for line in result.layout.lines {
                    if line.pieces.count > 1 { multi += 1 }
                    #expect(line.firstLine == line.pieces[0].line.index + 1)
                    #expect(line.pieces.map(\.line.scalars).joined().count <= line.scalars.count)
                    let expected = Expected(line)
                    for offset in -1...(line.scalars.count + 1) {
                        let (start, end) = expected.at(offset)
                        let a = line.location(at: offset), b = line.endLocation(after: offset)
                        #expect([a.line, a.column] == start, "\(name): \(line.text.prefix(50)) at \(offset)")
                        #expect([b.line, b.column] == end, "\(name): \(line.text.prefix(50)) after \(offset)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 1_000_000 && multi > 100)
    }

    /// A logical line is 40 bytes, a tokenised line 88.
    @Test func linesAreSmaller() {
        #expect(MemoryLayout<LogicalLine>.size == 40)
        #expect(MemoryLayout<TokenizedLine>.stride == 88)
    }
}
