/// appendix := "Phụ lục số" NUMBER TITLE table
extension Parser {
    /// Splits the table part of a document into appendices: heading, title lines,
    /// column-header lines, then the cells, one per line as the dump gave them.
    static func parseAppendices(_ lines: [TokenizedLine]) -> [AppendixLines] { parseAppendices(lines[...], of: lines.count) }

    /// `parseAppendices` of the table part as a slice of the document's lines (not a copy),
    /// which number `documentLines`.
    static func parseAppendices(_ lines: ArraySlice<TokenizedLine>, of documentLines: Int) -> [AppendixLines] {
        var result: [AppendixLines] = []
        let slicing = lines.count * 2 >= documentLines
        var i = lines.startIndex
        while i < lines.endIndex {
            guard LineShape.isAppendixHeading(lines[i].line.scalars) else { i += 1; continue }
            let heading = lines[i]
            i += 1
            var title: [TokenizedLine] = []
            while i < lines.endIndex, !LineShape.isAppendixHeading(lines[i].line.scalars), !isColumnHeaderStart(lines[i]),
                  !isRowStart(lines[i]), !isMarkedTableLine(lines[i]) {
                if LineShape.isSeparator(lines[i].line.scalars) { i += 1; break }
                title.append(lines[i])
                i += 1
            }
            var columns: [TokenizedLine] = []
            while i < lines.endIndex, !LineShape.isAppendixHeading(lines[i].line.scalars), !isRowStart(lines[i]), !isMarkedTableLine(lines[i]) {
                if !LineShape.isSeparator(lines[i].line.scalars) { columns.append(lines[i]) }
                i += 1
            }
            // The cells of tables that are most of the document are a slice of the document's
            // lines, not a copy (appendices holding the rest of a long document were held
            // twice: issue 17); those of smaller tables are copied at their size, so that a
            // slice does not keep every line of the document alive once it is parsed.
            var end = i
            while end < lines.endIndex, !LineShape.isAppendixHeading(lines[end].line.scalars) { end += 1 }
            let cells = slicing ? lines[i..<end] : Array(lines[i..<end])[...]
            i = end
            result.append(AppendixLines(heading: heading, title: title, columns: columns, cells: cells))
        }
        return result
    }

    /// A line of a table whose cells are marked: `| … |`, `|` alone, `<table>`, `<tr>`.
    static func isMarkedTableLine(_ line: TokenizedLine) -> Bool {
        let s = line.line.scalars
        if s.first == "|" { return true }
        guard s.first == "<" else { return false }
        let lower = String(scalars: s.prefix(8)).lowercased()
        return lower.hasPrefix("<table") || lower.hasPrefix("<tr") || lower.hasPrefix("<thead") || lower.hasPrefix("<tbody")
    }

    /// `STT`, `Stt`, `ST` / `T`, `TT`: the first column header.
    static func isColumnHeaderStart(_ line: TokenizedLine) -> Bool {
        guard let first = line.tokens.first?.lower else { return false }
        return first == "stt" || first == "st" || first == "tt"
    }

    /// A row begins with its index: `1`, `12`, `I`, `II`, possibly followed by text.
    static func isRowStart(_ line: TokenizedLine) -> Bool {
        guard let first = line.tokens.first else { return false }
        if first.kind == .number { return first.range.count <= 3 && (line.tokens.count == 1 || line.tokens[1].kind != .punct) }
        if first.kind == .word, isRomanLetters(line, first), RomanNumeral.value(of: line.text(0)) != nil {
            return line.tokens.count == 1 || line.tokens[1].kind == .word
        }
        return false
    }

    /// `line.text(0).allSatisfy { "IVX".contains($0) }`, read on the token's scalars: a
    /// Character of I, V and X alone is one of those scalars, and a Character with any other
    /// scalar (a mark after `I`) is none of them. Tested before `RomanNumeral.value`, which built
    /// the word's String twice for every word-led line of an appendix (issue 17).
    @inline(__always)
    static func isRomanLetters(_ line: TokenizedLine, _ token: Token) -> Bool {
        let r = token.range
        guard !r.isEmpty else { return true }
        return line.line.scalars.withUnsafeBufferPointer { b in
            var k = r.lowerBound
            while k < r.upperBound {
                let v = b[k].value
                guard v == 0x49 || v == 0x56 || v == 0x58 else { return false }
                k += 1
            }
            return true
        }
    }
}
