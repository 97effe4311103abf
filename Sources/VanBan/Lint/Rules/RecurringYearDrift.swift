/// `recurring-year-drift`: an item that recurs every year with a fixed year offset
/// (each August: *gọi công dân nhập ngũ … năm Y+1*) where one year breaks the pattern.
///
/// Items are matched across years by their month and wording (years and numbers
/// aside); the years inside them are compared as offsets from the block's year,
/// slot by slot. With three or more years agreeing and one differing, the one is
/// reported; with two agreeing, only when the odd one's own meeting or month names the
/// year the pattern expects. A schedule written as one item a year, each starting with
/// its month (*- Tháng 12/2027: …; giao nhiệm vụ năm 2028.*), is read the same way.
public enum RecurringYearDrift: Rule {
    public static let id = "recurring-year-drift"
    public static let nameVi = "lệch năm nội dung hằng năm"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Mục lặp lại hằng năm mà một năm lệch khỏi quy luật năm của các năm khác",
        en: "A yearly recurring item where one year breaks the year pattern of the others")
    public static let details = LocalizedText(
        vi: "Ghép các mục cùng tháng, cùng nội dung (bỏ qua số) qua các năm (tháng của khối, hoặc tháng mở đầu mục: 'Tháng 12/2027: …'); so độ lệch năm của từng vị trí năm. Cần ít nhất ba năm giống nhau, hoặc hai năm giống nhau và chính Hội nghị/tháng của năm lệch có nêu năm đúng theo quy luật.",
        en: "Matches items of the same month and wording (numbers aside) across years (the block's month, or the month an item starts with: 'Tháng 12/2027: …') and compares each year slot's offset from the block's year. Needs at least three agreeing years, or two when the odd year's own meeting or month names the year the pattern expects.")
    public static let messages: [String: LocalizedText] = [
        "drift": LocalizedText(vi: "'{0}' trong mục {1}: các năm khác cùng mục này ghi năm {2} (ví dụ dòng {3})",
                               en: "'{0}' in {1}: the same item in other years names year {2} (e.g. line {3})"),
    ]

    struct Instance {
        var line: LintDocument.Line
        var year: Int
        /// The folded word IDs of the item (distinct, ascending): `foldLower` of each word,
        /// numbered by the document's word table (issue 17: no Strings hashed or sorted).
        var words: [Int32]
        var years: [(year: Int, tokens: Range<Int>)]
        /// The block or lead month, as the message names it.
        var place: String
    }

    public static func check(_ document: LintDocument, _ report: inout Report) { check(document, &report, gated: true) }

    /// The rule; without `gated`, every line is read as before the line gate (kept for
    /// `LintDocLinesTests`).
    static func check(_ document: LintDocument, _ report: inout Report, gated: Bool) {
        var byMonth: [Int: [Instance]] = [:]
        let table = document.words
        // Words of an appendix line (not in the word table's text lines) that the table lacks:
        // numbered after the table's IDs.
        var extra: [String: Int32] = [:]
        var scratch: [Int32] = []
        for index in document.lines.indices {
            let role = document.lines[index].role, kind = document.lines[index].kind
            guard role == .body && (kind == .item || kind == nil) || role == .appendix else { continue }
            // An instance names a year (`years` below): a line that names none is passed over
            // before it is copied (its periods read in place; issue 17).
            if gated, !document.lines[index].periods.contains(where: { $0.period.kind == "year" && !$0.period.inferred && $0.period.year != nil }) { continue }
            let line = document.lines[index]
            let t = line.tokens
            // The block's month, or the month an item of a yearly schedule starts with
            // (*- Tháng 12/2027: Sơ kết …; giao nhiệm vụ năm 2028.*).
            let lead = leadMonth(line)
            guard line.kind == .item && line.role == .body || lead != nil else { continue }
            let y: Int, m: Int
            if let lead {
                (y, m) = (lead.year, lead.month)
            } else if let sy = line.scope.year, let sm = line.scope.month, line.scope.isExplicit {
                (y, m) = (sy, sm)
            } else {
                continue
            }
            let years = line.periods.filter { $0.period.kind == "year" && !$0.period.inferred && $0.period.year != nil && $0.tokens != lead?.tokens }
                .map { (year: $0.period.year!, tokens: $0.tokens) }
            guard !years.isEmpty else { continue }
            scratch.removeAll(keepingCapacity: true)
            if let ids = document.ids(ofLine: index) {
                for k in t.bodyStart..<t.tokens.count where t.tokens[k].kind == .word { scratch.append(table.folded[Int(ids[k])]) }
            } else {
                for k in t.bodyStart..<t.tokens.count where t.tokens[k].kind == .word {
                    let folded = foldLower(t.tokens[k].lower)
                    if let id = table.id(folded) {
                        scratch.append(id)
                    } else if let id = extra[folded] {
                        scratch.append(id)
                    } else {
                        let id = Int32(table.count + extra.count)
                        extra[folded] = id
                        scratch.append(id)
                    }
                }
            }
            scratch.sort()
            var words: [Int32] = []
            words.reserveCapacity(scratch.count)
            for w in scratch where words.last != w { words.append(w) }
            let place = YearOutOfScope.name(lead == nil ? line.scope : LintDocument.Scope(year: y, month: m == 0 ? nil : m, isExplicit: true))
            byMonth[m, default: []].append(Instance(line: line, year: y, words: words, years: years, place: place))
        }
        for (_, instances) in byMonth.sorted(by: { $0.key < $1.key }) where instances.count >= 3 {
            for cluster in clusters(instances) where cluster.count >= 3 {
                let slots = cluster[0].years.count
                guard cluster.allSatisfy({ $0.years.count == slots }) else { continue }
                for slot in 0..<slots {
                    let offsets = cluster.map { $0.years[slot].year - $0.year }
                    var counts: [Int: Int] = [:]
                    for o in offsets { counts[o, default: 0] += 1 }
                    guard counts.count == 2, let (common, n) = counts.max(by: { $0.value < $1.value }), n >= 2, n == offsets.count - 1,
                          let odd = offsets.firstIndex(where: { $0 != common }) else { continue }
                    let bad = cluster[odd]
                    // With only two years agreeing, the odd one's own block must confirm the
                    // pattern: another line of the same meeting or month names the year the
                    // pattern expects (*phương hướng, nhiệm vụ năm 2029* beside *Thông qua
                    // Chương trình công tác năm 2028* in December 2028).
                    if n < 3, !blockNames(document, bad.line, year: bad.year + common) { continue }
                    let example = cluster[offsets.firstIndex(of: common)!]
                    let tokens = bad.years[slot].tokens
                    report.add("drift", [bad.line.tokens.text(from: bad.line.tokens.tokens[tokens.lowerBound].range.lowerBound,
                                                               to: bad.line.tokens.tokens[tokens.upperBound - 1].range.upperBound),
                                         bad.place, "\(bad.year + common)", "\(example.line.tokens.line.firstLine)"],
                               at: bad.line.tokens.span(tokens: tokens.lowerBound, tokens.upperBound - 1))
                }
            }
        }
    }

    /// The month and year an item starts with, followed by a colon (*Tháng 12/2027:*, or a
    /// year alone: *Năm 2027:*; *Quý IV/2027 - tháng 12/2027:* is not one): a schedule
    /// written as one item a year.
    static func leadMonth(_ line: LintDocument.Line) -> (year: Int, month: Int, tokens: Range<Int>)? {
        let t = line.tokens
        guard line.scope.month == nil, let (p, tokens) = line.periods.first, tokens.lowerBound == t.bodyStart, p.kind == "month" || p.kind == "year",
              !p.inferred, let y = p.year, t.isPunct(tokens.upperBound, ":") else { return nil }
        // A year alone (*- Năm 2027: …*) stands for month 0: such items are matched with each
        // other, not with the months.
        return (y, p.kind == "year" ? 0 : p.month ?? 0, tokens)
    }

    /// True when a line of the meeting or month block of `line` other than `line` itself names
    /// `year` as a year, not inferred.
    static func blockNames(_ document: LintDocument, _ line: LintDocument.Line, year: Int) -> Bool {
        guard line.scope.meeting != nil || line.scope.plan != nil else { return false }
        let first = line.tokens.line.firstLine
        return document.lines.contains { other in
            other.tokens.line.firstLine != first && other.scope.meeting == line.scope.meeting && other.scope.plan == line.scope.plan
                && other.periods.contains { $0.period.kind == "year" && !$0.period.inferred && $0.period.year == year }
        }
    }

    /// The least share of words two wordings have in common to be the same item.
    static let threshold = 0.6

    /// Groups instances of similar wording, at most one per year: each instance joins the most
    /// similar cluster (by its first instance) with no instance of its year yet.
    ///
    /// Candidates come from prefix filtering (the set-similarity join of Chaudhuri et al.,
    /// 2006): with every word set ordered by rarity, two sets with a Jaccard similarity of at
    /// least `threshold` share a word among the first |a| − ⌈t·|a|⌉ + 1 of each. Only clusters
    /// sharing such a rare word are compared, instead of every cluster (issue 17).
    ///
    /// Words are ordered by (frequency, ID): prefix filtering finds every pair at or above the
    /// threshold whatever the global order, so the clusters are the same as with any other.
    static func clusters(_ instances: [Instance]) -> [[Instance]] {
        var size = 0
        for instance in instances { if let w = instance.words.last { size = max(size, Int(w) + 1) } }
        var frequency = [Int32](repeating: 0, count: size)
        for instance in instances { for w in instance.words { frequency[Int(w)] += 1 } }
        func prefix(_ words: [Int32]) -> ArraySlice<Int32> { rarePrefix(words, frequency) }
        var clusters: [[Instance]] = []
        var index: [[Int32]] = Array(repeating: [], count: size)   // prefix word of a cluster's first instance → clusters
        var mark: [Int] = []          // per cluster: the instance that last took it as a candidate
        var candidates: [Int32] = []
        for (n, instance) in instances.enumerated() {
            let rare = prefix(instance.words)
            candidates.removeAll(keepingCapacity: true)
            for w in rare {
                for k in index[Int(w)] where mark[Int(k)] != n {
                    mark[Int(k)] = n
                    candidates.append(k)
                }
            }
            candidates.sort()
            var best: (index: Int, score: Double)? = nil
            for k32 in candidates {
                let k = Int(k32)
                guard !clusters[k].contains(where: { $0.year == instance.year }) else { continue }
                let score = similarity(clusters[k][0].words, instance.words)
                if score >= threshold, score > (best?.score ?? 0) { best = (k, score) }
            }
            if let best {
                clusters[best.index].append(instance)
            } else {
                clusters.append([instance])
                mark.append(-1)
                for w in rare { index[Int(w)].append(Int32(clusters.count - 1)) }
            }
        }
        return clusters
    }

    /// The rarest words of an instance (ordered by `frequency`, then ID), as many as a cluster
    /// at `threshold` must share with it. Sorted as one packed integer per word (frequency in
    /// the high half, ID in the low: both are at least 0, so the integers order as the pairs),
    /// not with a comparison closure over pairs, which was most of this rule (issue 17).
    static func rarePrefix(_ words: [Int32], _ frequency: [Int32]) -> ArraySlice<Int32> {
        var keys = [UInt64](unsafeUninitializedCapacity: words.count) { buffer, initialized in
            for (k, w) in words.enumerated() {
                buffer[k] = UInt64(UInt32(bitPattern: frequency[Int(w)])) << 32 | UInt64(UInt32(bitPattern: w))
            }
            initialized = words.count
        }
        keys.sort()
        let ordered = keys.map { Int32(bitPattern: UInt32(truncatingIfNeeded: $0)) }
        let required = Int((threshold * Double(ordered.count)).rounded(.up))
        return ordered.prefix(max(0, ordered.count - required + 1))
    }

    /// Jaccard similarity of two ascending sets of IDs.
    static func similarity(_ a: [Int32], _ b: [Int32]) -> Double {
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        let union = a.count + b.count - common
        return union == 0 ? 0 : Double(common) / Double(union)
    }
}
