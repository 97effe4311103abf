import Foundation
import Testing
@testable import VanBan

/// A logical line of one piece keeps it in the line, not in an array of one (issue 17): its
/// text, pieces and every position's location must be those of the array form, kept here.
@Suite("Logical line pieces")
struct LogicalLinePiecesTests {
    /// The logical line as it was before: every piece in one array.
    struct Reference {
        var scalars: [Unicode.Scalar] = []
        var pieces: [LogicalLine.Piece] = []
        var openParentheses = 0

        init(_ first: CleanLine) { append(first) }

        mutating func append(_ line: CleanLine) {
            if !scalars.isEmpty {
                if let last = scalars.last, last == "-", scalars.count >= 2,
                   scalars[scalars.count - 2].properties.numericType != nil || isLetter(scalars[scalars.count - 2]),
                   let f = line.scalars.first, Alphabet.isUppercase(f) || f.properties.numericType != nil,
                   LogicalLine.isSymbolContinuation(line.scalars) {
                } else {
                    scalars.append(" ")
                }
            }
            pieces.append(LogicalLine.Piece(offset: scalars.count, line: line))
            scalars.append(contentsOf: line.scalars)
            for c in line.scalars {
                if c == "(" { openParentheses += 1 } else if c == ")", openParentheses > 0 { openParentheses -= 1 }
            }
        }

        func piece(at offset: Int) -> LogicalLine.Piece {
            var lo = 0, hi = pieces.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if pieces[mid].offset <= offset { lo = mid } else { hi = mid - 1 }
            }
            return pieces[lo]
        }

        func location(at offset: Int) -> [Int] {
            let piece = piece(at: offset)
            let local = offset - piece.offset
            let column = local >= piece.line.scalars.count ? piece.line.endColumn : piece.line.column(at: max(0, local))
            return [piece.line.index + 1, column]
        }

        func endLocation(after offset: Int) -> [Int] {
            let piece = piece(at: offset)
            let local = offset - piece.offset
            let column = local >= piece.line.scalars.count ? piece.line.endColumn : piece.line.columnEnd(at: max(0, local))
            return [piece.line.index + 1, column]
        }
    }

    static let text = """
        
          **Quyết định số 28-
        NQ/TU (về việc   tổ chức
        (Hội nghị) lần thứ (3
        e\u{301} Hoa\u{300} ** đậm **
        
        # Tiêu đề
        - 2030 của tỉnh)
        ))((
        """

    @Test func piecesAndLocationsAreThoseOfTheArrayForm() {
        let source = SourceText(name: "t", text: Self.text)
        let clean = (0..<source.lineCount).map { CleanLine(source: source, index: $0) }
        // Every run of consecutive physical lines, blank ones included, as one logical line.
        var checked = 0
        for start in clean.indices {
            var line = LogicalLine(clean[start])
            var reference = Reference(clean[start])
            for end in start..<clean.count {
                if end > start {
                    line.append(clean[end])
                    reference.append(clean[end])
                }
                var fitted = line
                fitted.fitCapacity()
                for l in [line, fitted] {
                    #expect(l.scalars == reference.scalars)
                    #expect(l.openParentheses == reference.openParentheses)
                    #expect(l.pieces.count == reference.pieces.count)
                    #expect(l.pieces.map(\.offset) == reference.pieces.map(\.offset))
                    #expect(l.pieces.map(\.line.index) == reference.pieces.map(\.line.index))
                    #expect(l.pieces.map(\.line.scalars) == reference.pieces.map(\.line.scalars))
                    #expect(l.firstLine == reference.pieces[0].line.index + 1)
                    for offset in -1...(l.scalars.count + 1) {
                        #expect([l.location(at: offset).line, l.location(at: offset).column] == reference.location(at: offset), "\(start)…\(end) at \(offset)")
                        #expect([l.endLocation(after: offset).line, l.endLocation(after: offset).column] == reference.endLocation(after: offset))
                    }
                }
                checked += 1
            }
        }
        #expect(checked == clean.count * (clean.count + 1) / 2)
    }
}
