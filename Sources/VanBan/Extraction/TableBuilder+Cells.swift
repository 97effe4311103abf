/// Tables whose cells are marked: a pipe table (`| 1 | Tiềm lực … | Thứ bậc |`, one row a
/// line, a `| --- |` rule under the header row), a scraped table (`|` alone on a line between
/// cells, `|` `|` between rows) and an HTML `<table>` (`<tr>`, `<td>`, `<th>`, possibly over
/// several lines). Each becomes rows of cells; the index column opens a row, a Roman index
/// (`I`, `**II.**`) with no other filled cell but its title is a group, a row without an
/// index continues the row above it (`subRows`: its merged cells' rest).
extension TableBuilder {
    /// One table row as printed: its cells and where it is.
    struct CellRow {
        var cells: [String]
        var span: SourceSpan
        /// Under a header rule (`| --- |`): the rows above it are the header.
        var afterRule = false
    }

    /// The header row and the data rows of `lines` when they hold a marked table; nil else.
    static func markedRows(_ lines: [TokenizedLine]) -> (header: [String], rows: [CellRow])? { markedRows(lines, []) }

    /// `markedRows(columns + cells)`, the two arrays joined only for a marked table: the join
    /// copied every cell line of every appendix, and an appendix may hold the rest of a long
    /// document (issue 17).
    static func markedRows(_ columns: [TokenizedLine], _ cells: ArraySlice<TokenizedLine>) -> (header: [String], rows: [CellRow])? {
        func either(_ test: (TokenizedLine) -> Bool) -> Bool { columns.contains(where: test) || cells.contains(where: test) }
        if either({ isHTMLRow($0.line.scalars) }) { return split(htmlRows(columns + cells)) }
        if either({ LineShape.isPipeRow($0.line.scalars) && !LineShape.isTableChrome($0.line.scalars) }) {
            return split(pipeRows(columns + cells))
        }
        var lonePipes = 0
        for line in columns where isLonePipe(line.line.scalars) { lonePipes += 1 }
        for line in cells where isLonePipe(line.line.scalars) { lonePipes += 1 }
        if lonePipes >= 4 { return split(scrapedRows(columns + cells)) }
        return nil
    }

    /// The header (the rows above the rule, else the first row if it has no index) and the rest.
    static func split(_ rows: [CellRow]) -> (header: [String], rows: [CellRow])? {
        guard !rows.isEmpty else { return nil }
        if let ruled = rows.firstIndex(where: \.afterRule), ruled > 0 {
            return (rows[ruled - 1].cells, Array(rows[ruled...]))
        }
        if let first = rows.first, !isIndex(first.cells.first ?? ""), !isGroupIndex(first.cells.first ?? "") {
            return (first.cells, Array(rows.dropFirst()))
        }
        return ([], rows)
    }

    /// `| a | b |` lines; a `| --- |` rule marks the rows after it.
    static func pipeRows(_ lines: [TokenizedLine]) -> [CellRow] {
        var rows: [CellRow] = []
        var ruled = false
        for line in lines {
            let s = line.line.scalars
            if LineShape.isTableChrome(s) { if s.contains("-") { ruled = true }; continue }
            guard LineShape.isPipeRow(s) else { continue }
            rows.append(CellRow(cells: pipeCellRanges(s).map { cleanCell(scalars: s[$0]) }, span: line.line.span, afterRule: ruled))
        }
        return rows
    }

    /// `LineShape.pipeCellSlices(s)` as ranges of `s`: the scalars between the bars, the outer
    /// bars dropped. One loop, and no slice (with its reference to the line's storage) per
    /// cell: the generic split was a third of a pipe table's cost (issue 17).
    static func pipeCellRanges(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var lo = 0, hi = s.count
        if lo < hi, s[lo] == "|" { lo += 1 }
        if lo < hi, s[hi - 1] == "|" { hi -= 1 }
        var result: [Range<Int>] = []
        s.withUnsafeBufferPointer { b in
            var start = lo
            var i = lo
            while i < hi {
                if b[i] == "|" {
                    result.append(start..<i)
                    start = i + 1
                }
                i += 1
            }
            result.append(start..<hi)
        }
        return result
    }

    /// `|` / cell lines / `|` … with `|` `|` between rows (a cell may take several lines).
    static func scrapedRows(_ lines: [TokenizedLine]) -> [CellRow] {
        var rows: [CellRow] = []
        var cells: [String] = []
        var cell: [String] = []
        var span: SourceSpan? = nil
        var previousPipe = false
        func endRow() {
            if let span, !cells.isEmpty { rows.append(CellRow(cells: cells, span: span)) }
            cells = []
            span = nil
        }
        for line in lines {
            let s = line.line.scalars
            if isLonePipe(s) {
                if !cell.isEmpty { cells.append(cleanCell(cell.joined(separator: " "))); cell = [] }
                if previousPipe { endRow() }
                previousPipe = true
                continue
            }
            previousPipe = false
            cell.append(line.line.text)
            span = span.map { $0.union(line.line.span) } ?? line.line.span
        }
        if !cell.isEmpty { cells.append(cleanCell(cell.joined(separator: " "))) }
        endRow()
        return rows
    }

    /// `<tr>` … `</tr>` with `<td>` / `<th>` cells, tags possibly spread over lines.
    static func htmlRows(_ lines: [TokenizedLine]) -> [CellRow] {
        var rows: [CellRow] = []
        var cells: [String] = []
        var text = ""
        var inCell = false
        var span: SourceSpan? = nil
        var header = false
        var headerRows = 0
        for line in lines {
            let s = line.line.scalars
            var i = 0
            span = span.map { $0.union(line.line.span) } ?? line.line.span
            while i < s.count {
                if s[i] == "<", let close = s[i...].firstIndex(of: ">") {
                    let tag = String(scalars: s[(i + 1)..<close]).lowercased()
                    let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
                    let closing = tag.hasPrefix("/")
                    switch (name, closing) {
                    case ("td", false), ("th", false):
                        inCell = true
                        text = ""
                        if name == "th" { header = true }
                    case ("tr", false):
                        cells = []
                        span = line.line.span
                        header = false
                    case ("tr", true):
                        if let span, !cells.isEmpty {
                            rows.append(CellRow(cells: cells, span: span))
                            if header, headerRows == rows.count - 1 { headerRows = rows.count }
                        }
                        cells = []
                    default:
                        if tag.hasPrefix("/td") || tag.hasPrefix("/th") {
                            cells.append(cleanCell(decodeEntities(text)))
                            inCell = false
                        } else if name == "br" || name == "p", inCell {
                            text += " "
                        }
                    }
                    i = close + 1
                    continue
                }
                if inCell { text.unicodeScalars.append(s[i]) }
                i += 1
            }
            if inCell { text += " " }
        }
        // The rows under the leading `<th>` rows are data rows, marked for `split`.
        if headerRows > 0 { for k in rows.indices { rows[k].afterRule = k >= headerRows } }
        return rows
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&nbsp;`, `&#39;` in cell text.
    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var t = s
        for (entity, value) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            t = t.replacingAll(entity, with: value)
        }
        return t
    }

    static func isHTMLRow(_ s: [Unicode.Scalar]) -> Bool {
        // `<tr` in any case, read from the scalars (no String built per table line); blocks of
        // eight scalars without a `<` let go at once (`ScalarScan`: this ran over every scalar
        // of every appendix, issue 17).
        guard s.count >= 3 else { return false }
        return s.withUnsafeBufferPointer { b in
            let open = SIMD8<UInt32>(repeating: 0x3C)
            return ScalarScan.candidates(b, end: b.count - 2, mayMatch: { any($0 .== open) }) { i in
                b[i] == "<" && (b[i + 1] == "t" || b[i + 1] == "T") && (b[i + 2] == "r" || b[i + 2] == "R")
            }
        }
    }

    static func isLonePipe(_ s: [Unicode.Scalar]) -> Bool {
        s.count >= 1 && s.allSatisfy { $0 == "|" || $0 == " " } && s.contains("|") && s.filter({ $0 == "|" }).count == 1
    }

    /// A cell without Markdown emphasis and escapes, its spaces collapsed.
    static func cleanCell(_ s: String) -> String {
        cleanCell(scalars: Array(s.unicodeScalars)[...])
    }

    /// `cleanCell` of a cell's scalars, as cut from the line: no String is built but the
    /// result, and a cell with nothing to clean (the usual case) is copied in one pass.
    static func cleanCell(scalars cell: ArraySlice<Unicode.Scalar>) -> String {
        if !cell.contains(where: { $0 == "*" || $0 == "_" || $0 == "\\" || $0 == "\t" }) {
            // Nothing but spaces to clean (a padded pipe cell): trim, and collapse runs only
            // where there are any.
            var lo = cell.startIndex, hi = cell.endIndex
            while lo < hi, cell[lo] == " " { lo += 1 }
            while hi > lo, cell[hi - 1] == " " { hi -= 1 }
            let core = cell[lo..<hi]
            var previousSpace = false
            var runs = false
            for c in core {
                if c == " " { if previousSpace { runs = true; break }; previousSpace = true } else { previousSpace = false }
            }
            if !runs { return String(scalars: core) }
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(core.count)
            var space = false
            for c in core {
                if c == " " { space = true; continue }
                if space { out.append(" "); space = false }
                out.append(c)
            }
            return String(scalars: out)
        }
        // `**` and `__` pairs (left to right, as `components(separatedBy:)` finds them), then
        // every backslash, then runs of spaces and tabs as one space: one pass each over the
        // scalars, no Foundation search (this ran per cell and was most of a pipe table's cost).
        func droppingPairs(_ u: [Unicode.Scalar], _ c: Unicode.Scalar) -> [Unicode.Scalar] {
            guard u.contains(c) else { return u }
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(u.count)
            var i = 0
            while i < u.count {
                if u[i] == c, i + 1 < u.count, u[i + 1] == c { i += 2; continue }
                out.append(u[i])
                i += 1
            }
            return out
        }
        var u = droppingPairs(droppingPairs(Array(cell), "*"), "_")
        u.removeAll { $0 == "\\" }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(u.count)
        var space = false
        for c in u {
            if c == " " || c == "\t" { space = !out.isEmpty; continue }
            if space { out.append(" "); space = false }
            out.append(c)
        }
        return String(scalars: out)
    }

    /// `1`, `12.`, `11.1`: a row index.
    static func isIndex(_ s: String) -> Bool {
        // Most cells are text: a first scalar that is no ASCII digit makes a first Character
        // that is none, and `.` alone leaves nothing; either way false, without the Character
        // walk below (this ran for every cell and row: issue 17).
        guard let f = s.unicodeScalars.first, f.value >= 0x30, f.value <= 0x39 else { return false }
        var t = Substring(s)
        if t.last == "." { t = t.dropLast() }
        guard let f = t.first, f.isASCIIDigit, t.count <= 8 else { return false }
        return t.allSatisfy { $0.isASCIIDigit || $0 == "." }
    }

    /// `I`, `II.`: a group index.
    static func isGroupIndex(_ s: String) -> Bool {
        // A first scalar that is none of the letters makes a first Character that is none
        // (or a lone `.`, leaving nothing): false, without the Character walk (issue 17).
        guard let f = s.unicodeScalars.first, f == "I" || f == "V" || f == "X" || f == "L" else { return false }
        var t = s
        if t.last == "." { t.removeLast() }
        return !t.isEmpty && t.allSatisfy { "IVXL".contains($0) } && RomanNumeral.value(of: t) != nil
    }

    /// The owner, start and end columns of `header`, its cells lower-cased once for the three
    /// look-ups (lower-casing a header cell three times was a third of `vanban parse` of a
    /// 3.7 MB document whose one header cell had run on for 59,000 characters: issue 17).
    static func timeAndOwnerColumns(_ header: [String]) -> (owner: Int?, start: Int?, end: Int?) {
        let lower = header.map(lowercasedCell)
        return (column(lower: lower, ownerWords), column(lower: lower, startWords, unless: endWords), column(lower: lower, endWords))
    }

    /// `cell.lowercased()`, mapped scalar by scalar when every scalar is ASCII, a Vietnamese
    /// letter, a Latin-1 sign (`½`, `§`, `°`, `×`) or general punctuation: the lower case of
    /// each such scalar is one scalar (`Alphabet.lower`), the same as the full mapping
    /// `lowercased()` applies. Other cells (U+0130 `İ` lower-cases to two scalars, for one)
    /// go through `lowercased()`.
    static func lowercasedCell(_ cell: String) -> String {
        let u = cell.unicodeScalars
        guard u.allSatisfy({ s in
            let v = s.value
            return v < 0x80 || (0xA0...0xBF).contains(v) || v == 0xD7 || v == 0xF7 || Alphabet.isVietnameseLetter(s)
                || (0x2010...0x206F).contains(v)
        }) else {
            return cell.lowercased()
        }
        return String(scalars: u, lowercased: true)
    }

    /// The first column, after the index and task columns, whose lower-cased header holds one
    /// of `words` (lower case; earlier words first) and none of `unless`.
    static func column(lower: [String], _ words: [String], unless: [String] = []) -> Int? {
        for w in words {
            for (k, h) in lower.enumerated() where k >= 2 && contains(h, w) && !unless.contains(where: { contains(h, $0) }) { return k }
        }
        return nil
    }

    /// `text.contains(word)` (Foundation's search, about ten thousand instructions a call: the
    /// column look-ups were a fifth of a marked table's cost, issue 17): on text and word of
    /// plain scalars (`Unicode.Scalar.isPlain`: one scalar a Character, NFC, no combining mark)
    /// the canonical search finds exactly the runs of equal scalars, so the scalars are searched;
    /// anything else is searched as before.
    static func contains(_ text: String, _ word: String) -> Bool {
        plainContains(text, word) ?? text.contains(word)
    }

    /// Whether `word`'s scalars occur as a run in `text`'s, when both are plain scalars
    /// (`Unicode.Scalar.isPlain`); nil when either is not (the caller asks Foundation).
    static func plainContains(_ text: String, _ word: String) -> Bool? {
        let h = Array(text.unicodeScalars), w = Array(word.unicodeScalars)
        guard h.allSatisfy(\.isPlain), w.allSatisfy(\.isPlain) else { return nil }
        guard !w.isEmpty else { return nil }
        guard w.count <= h.count else { return false }
        var i = 0
        while i + w.count <= h.count {
            if h[i] == w[0] {
                var k = 1
                while k < w.count, h[i + k] == w[k] { k += 1 }
                if k == w.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Column headers of the owner and time cells, most specific first (`Đơn vị` alone is a
    /// unit of measure in a table of targets, not an owner).
    static let ownerWords = ["cơ quan chủ trì", "đơn vị chủ trì", "chủ trì", "cơ quan thực hiện", "đơn vị thực hiện", "cơ quan", "chủ quản"]
    static let startWords = ["thời gian bắt đầu", "bắt đầu", "thời gian thực hiện", "tiến độ", "thời gian", "thời hạn"]
    static let endWords = ["hoàn thành", "kết thúc"]

    /// Builds the rows of a marked table.
    static func buildMarked(_ header: [String], _ cellRows: [CellRow]) -> [AppendixRow] {
        let (owner, start, end) = timeAndOwnerColumns(header)
        var rows: [AppendixRow] = []
        var group: String? = nil
        func cell(_ cells: [String], _ k: Int?) -> String? {
            guard let k, k < cells.count, !cells[k].isEmpty else { return nil }
            return cells[k]
        }
        for r in cellRows {
            let first = r.cells.first ?? ""
            let filled = r.cells.dropFirst().filter { !$0.isEmpty }
            if isGroupIndex(first), filled.count <= 1 {
                group = filled.first
                continue
            }
            if isIndex(first) {
                var index = first
                if index.last == "." { index.removeLast() }
                var row = AppendixRow(index: index, group: group, task: r.cells.count > 1 ? r.cells[1] : "", owner: cell(r.cells, owner),
                                      start: cell(r.cells, start), end: cell(r.cells, end), span: r.span)
                row.cells = r.cells
                rows.append(row)
            } else if !rows.isEmpty {
                // Appended in place: a new array per sub-row was quadratic in a long row.
                if rows[rows.count - 1].subRows == nil { rows[rows.count - 1].subRows = [r.cells] }
                else { rows[rows.count - 1].subRows!.append(r.cells) }
                rows[rows.count - 1].span = rows[rows.count - 1].span.union(r.span)
            }
        }
        return rows
    }
}

/// A table dumped one cell per line whose every cell is one line: the header gives the number
/// of columns (`STT` / `Tên dự án` / … one a line), each row is its index line (`1.`) and the
/// next cells, a Roman line (`I`, `II.`) with the lines after it opens a group. Read this way
/// only when every row has exactly as many cells as the header; else the dump is left to the
/// wrapped-cell reader (`TableBuilder.build`).
extension TableBuilder {
    static func columnarRows(columns: [TokenizedLine], cells: ArraySlice<TokenizedLine>) -> (header: [String], rows: [AppendixRow])? {
        let header = columns.map { cleanCell(scalars: $0.line.scalars[...]) }.filter { !$0.isEmpty }
        let n = header.count
        guard n >= 3, !cells.isEmpty else { return nil }
        // The header is the table's: its columns are looked up once, at the first complete
        // row, not per row (the look-ups lower-case and search every header cell: issue 17).
        var found: (owner: Int?, start: Int?, end: Int?)? = nil
        var rows: [AppendixRow] = []
        var group: String? = nil
        var collectingGroup = false
        // The current row's cells and where they are.
        var current: [(text: String, span: SourceSpan)] = []
        func flush() -> Bool {
            defer { current = [] }
            guard !current.isEmpty else { return true }
            guard current.count == n else { return false }
            let texts = current.map(\.text)
            var index = texts[0]
            if index.last == "." { index.removeLast() }
            var row = AppendixRow(index: index, group: group, task: texts[1], owner: nil, start: nil, end: nil,
                                  span: current[0].span.union(current[current.count - 1].span))
            let columns = found ?? timeAndOwnerColumns(header)
            found = columns
            if let k = columns.owner, !texts[k].isEmpty { row.owner = texts[k] }
            if let k = columns.start, !texts[k].isEmpty { row.start = texts[k] }
            if let k = columns.end, !texts[k].isEmpty { row.end = texts[k] }
            row.cells = texts
            rows.append(row)
            return true
        }
        for line in cells {
            let text = cleanCell(scalars: line.line.scalars[...])
            if isGroupIndex(text) {
                guard flush() else { return nil }
                group = nil
                collectingGroup = true
                continue
            }
            if isIndex(text) {
                guard flush() else { return nil }
                collectingGroup = false
                current = [(text, line.line.span)]
                continue
            }
            if collectingGroup {
                group = group.map { $0 + " " + text } ?? text
            } else if current.isEmpty {
                return nil
            } else if current.count >= 2, let f = text.first, f.isLowercase {
                // `Hội đồng Dân tộc, các Ủy ban khác` / `của Quốc hội`: a cell wrapped onto a second line.
                current[current.count - 1].text += " " + text
                current[current.count - 1].span = current[current.count - 1].span.union(line.line.span)
            } else {
                current.append((text, line.line.span))
            }
        }
        guard flush(), !rows.isEmpty else { return nil }
        return (header, rows)
    }
}
