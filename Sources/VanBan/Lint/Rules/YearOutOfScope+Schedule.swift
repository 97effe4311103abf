/// The schedule table of a plan (*Tiến độ thực hiện*: task, agency, time): its time cells.
extension YearOutOfScope {
    /// Words of a column header that make a table a schedule (lower case, one tone style).
    static let scheduleColumnWords = ["thời gian", "thời hạn", "tiến độ"]
    /// The document types whose tables schedule work ahead of the issue date: plans and
    /// programmes (codes of `DocumentTypes`).
    static let schedulingTypes: Set<String> = ["KH", "CTr"]

    /// A row of the schedule table of a plan or programme whose time cell (the last cell,
    /// nothing but a period) ended before the month before the one the document was issued in: *Quý III/2028*
    /// in a plan of January 2029 schedules work in the past. Rows are tab-separated (web
    /// copies) or pipe tables; the table's first row must name a time column
    /// (`scheduleColumnWords`), and the title must name the one year the plan is for.
    static func pastScheduleRows(_ document: LintDocument, _ report: inout Report) {
        let header = document.record.header
        guard let code = header.typeCode, schedulingTypes.contains(code), let y = header.date?.year, let m = header.date?.month,
              (1...12).contains(m), let planYear = document.titleYear, planYear >= y else { return }
        let issued = LintDocument.monthIndex(y, m)
        let source = document.source
        // (The layout may join a table's rows into one logical line: each period is placed
        // on its own physical line.)
        for line in document.lines where line.role == .body || line.role == .appendix {
            let t = line.tokens
            for (p, tokens) in line.periods where !p.inferred {
                // (The month before the issue month is left alone: work under way while the plan
                // was drafted.)
                guard let covered = TimeWords.months(p), covered.upperBound < issued - 1 else { continue }
                let span = t.span(tokens: tokens.lowerBound, tokens.upperBound - 1)
                guard span.start.line == span.end.line else { continue }
                let k = span.start.line - 1
                let row = source.line(k)
                guard let cell = lastCellStart(row), span.start.column == cell + 1,
                      row.dropFirst(span.end.column - 1).allSatisfy({ $0 == " " || $0 == "\t" || $0 == "|" || $0 == "." }),
                      isScheduleTable(source, row: k) else { continue }
                report.add("pastRow", [p.raw, "\(pad(header.date?.day ?? 1))/\(pad(m))/\(y)"], at: span)
            }
        }
    }

    static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// The scalar offset (0-based) where the last cell of a table row begins: after its last
    /// tab or bar that has text after it; nil for a line with fewer than two cells.
    static func lastCellStart(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        let s = Array(scalars)
        var end = s.count
        while end > 0, s[end - 1] == " " || s[end - 1] == "\t" || s[end - 1] == "|" { end -= 1 }
        guard end > 0, let sep = s[..<end].lastIndex(where: { $0 == "\t" || $0 == "|" }) else { return nil }
        // Two separators at least: an index, a task and a time.
        guard s[..<sep].contains(where: { $0 == "\t" || $0 == "|" }) else { return nil }
        var start = sep + 1
        while start < end, s[start] == " " { start += 1 }
        return start
    }

    /// True when the rows above `row` (the same kind of table, consecutive) begin with one
    /// naming a time column.
    static func isScheduleTable(_ source: SourceText, row: Int) -> Bool {
        func isRow(_ k: Int) -> Bool {
            let s = source.line(k)
            return s.filter({ $0 == "\t" }).count >= 2 || s.first(where: { $0 != " " }) == "|"
        }
        var k = row
        while k > 0, isRow(k - 1) { k -= 1 }
        // (A Markdown rule of dashes under the header is a row too: the first row is the header.)
        let head = foldKey(String(String.UnicodeScalarView(source.line(k))).lowercased())
        return scheduleColumnWords.contains { head.contains(foldKey($0)) }
    }
}
