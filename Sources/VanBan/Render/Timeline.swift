/// The calendar of a programme: its meetings, monthly plans and event placed on years ×
/// months, each with the findings that concern it. The HTML report draws it as a grid.
public struct Timeline: Sendable, Equatable {
    /// What an entry stands for.
    public enum Kind: String, Sendable {
        /// A meeting (*Hội nghị … lần thứ N*).
        case meeting
        /// A monthly plan (*Tháng 3/2026*).
        case plan
        /// The event of a plan (*Thời gian: … ngày 14/01/2026*).
        case event
    }

    /// One meeting, monthly plan or event.
    public struct Entry: Sendable, Equatable {
        public var kind: Kind
        /// Year and month; nil when the document does not say.
        public var year: Int?
        public var month: Int?
        /// Day, for an event.
        public var day: Int?
        /// Meeting number.
        public var session: Int?
        /// *mở rộng*.
        public var extended: Bool
        /// The body that meets or whose plan it is.
        public var body: String?
        /// The heading as written (meeting), or the month as written.
        public var heading: String
        /// Number of agenda or plan items.
        public var itemCount: Int
        /// Physical lines the entry occupies: heading to last item.
        public var lines: ClosedRange<Int>
        /// Indices (into the diagnostics given) of the findings on those lines.
        public var findings: [Int]
    }

    /// Rows of the grid, ascending: every year an entry falls in, and the term's years when
    /// the entries span more than one year.
    public var years: [Int]
    /// The years of the term (*nhiệm kỳ 2025–2030*), when the header gives one.
    public var term: ClosedRange<Int>?
    /// Entries with a year and month, in document order.
    public var dated: [Entry]
    /// Entries without a usable year or month, in document order.
    public var undated: [Entry]

    /// True when there is nothing to draw.
    public var isEmpty: Bool { dated.isEmpty && undated.isEmpty }

    /// The entries of one cell, in document order.
    public func entries(year: Int, month: Int) -> [Entry] {
        dated.filter { $0.year == year && $0.month == month }
    }

    /// Builds the timeline of `record`; `diagnostics` are matched to entries by line.
    public init(record: DocumentRecord, diagnostics: [Diagnostic]) {
        var entries: [Entry] = []
        for m in record.meetings {
            entries.append(Entry(kind: .meeting, year: m.period?.year, month: m.period?.month, day: nil,
                                 session: m.session, extended: m.extended, body: m.body ?? m.group,
                                 heading: m.heading, itemCount: m.items.count,
                                 lines: Timeline.extent(m.span, m.items), findings: []))
        }
        for p in record.monthlyPlans {
            entries.append(Entry(kind: .plan, year: p.period.year, month: p.period.month, day: nil,
                                 session: nil, extended: false, body: p.body,
                                 heading: "", itemCount: p.items.count,
                                 lines: Timeline.extent(p.span, p.items), findings: []))
        }
        if let e = record.event, let date = e.date {
            entries.append(Entry(kind: .event, year: date.year, month: date.month, day: date.day,
                                 session: nil, extended: false, body: nil,
                                 heading: record.header.title ?? e.time ?? date.raw, itemCount: 0,
                                 lines: e.span.start.line...max(e.span.start.line, e.span.end.line), findings: []))
        }
        entries.sort { $0.lines.lowerBound < $1.lines.lowerBound }

        // Findings by line: an entry owns the findings that start inside its lines. Entries
        // do not overlap in practice; when they do (a plan inside a meeting's lines), the
        // one starting last owns them.
        let starts = entries.map(\.lines.lowerBound)
        for (k, d) in diagnostics.enumerated() {
            let line = d.span.start.line
            // The last entry starting at or before `line`, then back over a few overlaps.
            var low = 0, high = starts.count
            while low < high {
                let mid = (low + high) / 2
                if starts[mid] <= line { low = mid + 1 } else { high = mid }
            }
            var i = low - 1
            while i >= 0 && i >= low - 8 {
                if entries[i].lines.contains(line) {
                    entries[i].findings.append(k)
                    break
                }
                i -= 1
            }
        }

        var term: ClosedRange<Int>? = nil
        if let t = record.header.term, let a = t.startYear, let b = t.endYear, a <= b, b - a <= 10 {
            term = a...b
        }
        self.term = term
        func placed(_ e: Entry) -> Bool {
            guard let y = e.year, let m = e.month else { return false }
            return (1...12).contains(m) && (1000...9999).contains(y)
        }
        dated = entries.filter(placed)
        undated = entries.filter { !placed($0) }
        // A multi-year programme shows every year of its term, so that a year it plans nothing
        // for stands out; an annual programme shows its own year only.
        var years = Set(dated.compactMap(\.year))
        if let term, years.count > 1 { years.formUnion(term) }
        self.years = years.sorted()
    }

    /// Heading line to the last line of the last item.
    static func extent(_ heading: SourceSpan, _ items: [Item]) -> ClosedRange<Int> {
        let first = heading.start.line
        let last = items.reduce(max(first, heading.end.line)) { max($0, $1.span.end.line) }
        return first...last
    }
}
