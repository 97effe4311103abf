import Testing
@testable import VanBan

/// The cheaper representations of issue 17 say the same as the ones they replace.
@Suite("Representation")
struct RepresentationTests {
    @Test func whitespaceAgreesWithUnicode() {
        var disagreements: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if Alphabet.isWhitespace(s) != s.properties.isWhitespace { disagreements.append(v) }
        }
        #expect(disagreements.isEmpty)
    }

    @Test func letterCasesAgreeWithUnicode() {
        var disagreements: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let p = s.properties
            if Alphabet.isAlphabetic(s) != p.isAlphabetic || Alphabet.isLowercase(s) != p.isLowercase
                || Alphabet.isUppercase(s) != p.isUppercase {
                disagreements.append(v)
            }
        }
        #expect(disagreements.isEmpty)
    }

    /// One anchor for a line whose columns run on one for one: an anchor per word was
    /// 16 bytes a word kept for the whole run.
    @Test func ordinaryLineKeepsOneAnchor() {
        let line = CleanLine(source: SourceText(name: "t", text: "Một hai ba, bốn năm."), index: 0)
        #expect(line.anchors.count == 1)
        #expect((0..<line.scalars.count).allSatisfy { line.column(at: $0) == $0 + 1 })
    }

    /// Columns after dropped, merged and recomposed scalars.
    @Test func columnsAfterCleaning() {
        // "  a \t b **c**" → "a b c": a at 3, the space at 4 (the first blank), b at 7, c at 11.
        let spaced = CleanLine(source: SourceText(name: "t", text: "  a \t b **c**"), index: 0)
        #expect(String(scalars: spaced.scalars) == "a b c")
        #expect((0..<5).map(spaced.column(at:)) == [3, 4, 7, 8, 11])
        #expect(spaced.endColumn == 12)
        // NFD "Hội" (o, circumflex, dot below: three scalars) composes to one letter of width 3.
        let nfd = CleanLine(source: SourceText(name: "t", text: "Ho\u{302}\u{323}i nghi\u{323}"), index: 0)
        #expect(String(scalars: nfd.scalars) == "Hội nghị")
        #expect((0..<nfd.scalars.count).map(nfd.column(at:)) == [1, 2, 5, 6, 7, 8, 9, 10])
        #expect(nfd.columnEnd(at: 1) == 5)
        #expect(nfd.columnEnd(at: 2) == 6)
        #expect(nfd.endColumn == 12)
        // Dropping the first word keeps the map.
        let rest = nfd.dropping(first: 4)
        #expect(String(scalars: rest.scalars) == "nghị")
        #expect((0..<rest.scalars.count).map(rest.column(at:)) == [7, 8, 9, 10])
        #expect(rest.columnEnd(at: 3) == 12)
    }

    /// `hasTime` reads only a row's last words; it must say what reading the whole row says.
    @Test func rowTimeFromTheTail() {
        let lines = ["1 Xây dựng kế hoạch", "triển khai", "Văn phòng", "2026", "2025 -", "2030", "Hằng", "năm",
                     "Quý", "IV/2025", "sách nhà", "8 phòng học", "Thường", "xuyên", "2025-", "2026", "tháng", "5"]
            .map(Support.line)
        for start in lines.indices {
            for end in (start + 1)...lines.count {
                let row = Array(lines[start..<end])
                let whole = TableBuilder.trailingTime(TableBuilder.rowWords(row).map(\.text)) != nil
                #expect(TableBuilder.hasTime(row) == whole, "rows \(start)..<\(end)")
            }
        }
    }
}
