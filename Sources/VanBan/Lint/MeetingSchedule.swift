/// The document's own schedule of meetings (*Hội nghị … lần thứ N (tháng M/Y)*), with each
/// date judged against the order of the meetings around it.
///
/// A programme lists the meetings of a body in the order they are held, so their dates go up
/// with the list. A date that breaks that order (*lần thứ 4 … (tháng 7 năm 2025)* between March
/// and October 2026) is a slip in that heading, not the schedule: the rules that read the
/// schedule (`conference-reference`, `year-out-of-scope`) take the longest run of dates that
/// agrees with the order as the schedule, and give a meeting outside it only the window
/// between its neighbours.
struct MeetingSchedule {
    struct Entry {
        /// Index in `record.meetings`.
        var index: Int
        var session: Int
        /// Month index (`LintDocument.monthIndex`) of the date in its heading.
        var month: Int
        /// False when the date contradicts the order of the body's other meetings.
        var trusted: Bool
        /// The months the meeting can be held in: its own month when trusted, otherwise the
        /// months between the trusted meetings before and after it.
        var window: ClosedRange<Int>
        /// For a meeting outside the order: its month moved by whole years when exactly one
        /// such move lands inside its window (*lần thứ 21 (tháng 4/2029)* between January and
        /// June 2030: April 2030) — the common slip is the year copied from last year's
        /// programme, not the month. Nil when trusted or when no single move fits.
        var likely: Int? = nil
    }

    /// Meetings with a session number and a month, in document order.
    let entries: [Entry]
    /// Indexes (in `record.meetings`) of the meetings whose date breaks the order.
    let untrusted: Set<Int>

    /// The one year all the document's dated meetings are held in (two or more, years
    /// written), when the document gives no year of its own (an unread header, a title
    /// without a year): a yearly programme dates its bare month blocks (*Tháng 6*) by its
    /// meetings (*Hội nghị … lần thứ XVI (tháng 6/2029)*).
    static func soleYear(_ document: LintDocument) -> Int? {
        guard document.year == nil else { return nil }
        let years = document.record.meetings.compactMap { m in m.period.flatMap { $0.inferred ? nil : $0.year } }
        guard years.count >= 2, let first = years.first, years.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// The schedule of `document`, built once per document (several rules read it).
    init(_ document: LintDocument) {
        self = LintDocument.fill(document.derived.schedule) { MeetingSchedule(building: document) }
    }

    private init(building document: LintDocument) {
        var byBody: [String: [Entry]] = [:]
        var order: [String] = []
        // Each distinct body's key, folded once: a programme names the same body at every
        // meeting, and lower-casing its name cost ~15,000 instructions a meeting (issue 17).
        var keys: [[UInt8]: String] = [:]  // by the name's bytes: canonically equal names may fold apart
        for (k, m) in document.record.meetings.enumerated() {
            guard let s = m.session, let y = m.period?.year, let mo = m.period?.month, (1...12).contains(mo) else { continue }
            let name = m.body ?? ""
            let body: String
            if let known = keys[Array(name.utf8)] {
                body = known
            } else {
                body = foldKey(name)
                keys[Array(name.utf8)] = body
            }
            if byBody[body] == nil { order.append(body) }
            let month = LintDocument.monthIndex(y, mo)
            byBody[body, default: []].append(Entry(index: k, session: s, month: month, trusted: true, window: month...month))
        }
        var all: [Entry] = []
        for body in order {
            var list = byBody[body] ?? []
            let keep = Self.longestNonDecreasing(list.map(\.month))
            // The trusted month before and after each entry, in two linear passes.
            var before = [Int](repeating: Int.min / 2, count: list.count)
            var after = [Int](repeating: Int.max / 2, count: list.count)
            var last = Int.min / 2
            for k in list.indices { before[k] = last; if keep.contains(k) { last = list[k].month } }
            last = Int.max / 2
            for k in list.indices.reversed() { after[k] = last; if keep.contains(k) { last = list[k].month } }
            for k in list.indices where !keep.contains(k) {
                list[k].trusted = false
                list[k].window = before[k]...max(before[k], after[k])
                let fits = (-3...3).filter { $0 != 0 }.map { list[k].month + 12 * $0 }
                    .filter { $0 > before[k] && $0 < after[k] }
                if fits.count == 1 { list[k].likely = fits[0] }
            }
            all += list
        }
        entries = all.sorted { $0.index < $1.index }
        untrusted = Set(all.filter { !$0.trusted }.map(\.index))
    }

    /// False for a meeting whose date contradicts the schedule (lines in it have no reliable
    /// month to be judged against).
    func isTrusted(meeting index: Int) -> Bool {
        !untrusted.contains(index)
    }

    /// Indexes (into `values`) of a longest non-decreasing subsequence. Among equally long ones,
    /// the one closest to the median of all values: in *March 2026, July 2025, October 2026,
    /// December 2026* either the first or the second date breaks the order, and the one a
    /// year away from the others is the slip.
    static func longestNonDecreasing(_ values: [Int]) -> Set<Int> {
        let n = values.count
        guard n > 1 else { return Set(values.indices) }
        let median = values.sorted()[n / 2]
        // O(n²) dynamic programme: a body holds a few dozen meetings; beyond `maxExact` the
        // order alone is read (patience sorting), without the tie-break.
        guard n <= maxExact else { return patience(values) }
        var length = [Int](repeating: 1, count: n)
        var cost = values.map { abs($0 - median) }
        var parent = [Int](repeating: -1, count: n)
        for i in 0..<n {
            let own = abs(values[i] - median)
            for j in 0..<i where values[j] <= values[i] {
                let l = length[j] + 1, c = cost[j] + own
                if l > length[i] || (l == length[i] && c < cost[i]) { length[i] = l; cost[i] = c; parent[i] = j }
            }
        }
        var end = 0
        for i in 1..<n where length[i] > length[end] || (length[i] == length[end] && cost[i] < cost[end]) { end = i }
        var result = Set<Int>()
        var k = end
        while k >= 0 { result.insert(k); k = parent[k] }
        return result
    }

    /// The largest schedule read with the tie-break of `longestNonDecreasing`.
    static let maxExact = 400

    /// A longest non-decreasing subsequence by patience sorting, O(n log n).
    static func patience(_ values: [Int]) -> Set<Int> {
        var tails: [Int] = []       // index into values of the smallest tail of each length
        var parent = [Int](repeating: -1, count: values.count)
        for (i, v) in values.enumerated() {
            // First length whose tail is greater than v (upper bound: equal values extend).
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if values[tails[mid]] <= v { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { parent[i] = tails[lo - 1] }
            if lo == tails.count { tails.append(i) } else { tails[lo] = i }
        }
        var result = Set<Int>()
        var k = tails.last ?? -1
        while k >= 0 { result.insert(k); k = parent[k] }
        return result
    }
}
