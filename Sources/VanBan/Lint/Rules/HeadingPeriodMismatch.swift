/// `heading-period-mismatch`: a meeting or month heading that contradicts itself
/// (*tổng kết công tác năm 2026 (tháng 12 năm 2029)*, *sơ kết 6 tháng cuối năm (tháng 7/2026)*), or a month heading whose year
/// is not its year group's, or a meeting dated against the order of the document's own
/// schedule (`MeetingSchedule`).
public enum HeadingPeriodMismatch: Rule {
    public static let id = "heading-period-mismatch"
    public static let nameVi = "tiêu đề tự mâu thuẫn thời gian"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Tiêu đề Hội nghị hoặc tháng tự mâu thuẫn về thời gian",
        en: "A meeting or month heading that contradicts itself about its period")
    public static let details = LocalizedText(
        vi: "So năm nêu trong tiêu đề Hội nghị với thời điểm họp trong ngoặc (cho phép tổng kết năm trước đầu năm, phương hướng năm sau cuối năm), năm của khối tháng với nhóm năm chứa nó, và ngày họp của Hội nghị với thứ tự các Hội nghị trong lịch của văn bản.",
        en: "Compares the years a meeting heading names with its own date in brackets (allowing last year's review early in the year and next year's direction late in it), a month heading's year with its year group, and a meeting's date with the order of the meetings in the document's schedule.")
    public static let messages: [String: LocalizedText] = [
        "heading": LocalizedText(vi: "Tiêu đề nêu '{0}' nhưng Hội nghị họp {1}", en: "The heading names '{0}' but the meeting is held in {1}"),
        "order": LocalizedText(vi: "Hội nghị lần thứ {0} ghi họp {1}, trái thứ tự lịch Hội nghị của văn bản (các Hội nghị trước và sau: {2})",
                               en: "Meeting {0} is dated {1}, against the order of the document's schedule (the meetings around it: {2})"),
        "group": LocalizedText(vi: "Tháng {0}/{1} nằm trong nhóm năm {2}", en: "Month {0}/{1} stands in the year group {2}"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        var reported = Set<Int>()
        defer { checkOrder(document, skipping: reported, &report) }
        // (The time words are resolved at the first heading with a period to judge.)
        var words: TimeWords.IDs? = nil
        for (index, meeting) in document.record.meetings.enumerated() {
            guard let year = meeting.period?.year, let month = meeting.period?.month else { continue }
            let line = document.lines[document.meetingLines[index]]
            let t = line.tokens
            guard line.periods.count > 1 || line.periods.count == 1 && line.periods[0].period.kind != "month" else { continue }
            let ids = FoldedWordIDs.lineIDs(document, document.meetingLines[index])
            if words == nil { words = TimeWords.IDs(document) }
            let w = words!
            // The meeting's own date is the last month period of the heading.
            let own = line.periods.lastIndex { $0.period.kind == "month" }
            var previousEnd = t.bodyStart
            for (k, (period, tokens)) in line.periods.enumerated() where k != own {
                defer { previousEnd = tokens.upperBound }
                // A part of the year the meeting reviews or plans at the wrong time, even in its
                // own year (*sơ kết 6 tháng cuối năm 2026 (tháng 7/2026)*).
                if TimeWords.hasReviewWindow(period.kind), !TimeWords.isCited(t, ids, w, year: tokens.lowerBound),
                   TimeWords.windowSlip(period, in: LintDocument.monthIndex(year, month), t, ids, w, tokens: tokens, after: previousEnd) != nil {
                    report.add("heading", [period.raw, "tháng \(month)/\(year)"], at: t.span(tokens: tokens.lowerBound, tokens.upperBound - 1))
                    reported.insert(index)
                    continue
                }
                guard let y = period.year, !period.inferred, ["year", "quarter", "month", "half", "months"].contains(period.kind),
                      y != year, !TimeWords.isCited(t, ids, w, year: tokens.lowerBound) else { continue }
                let direction = TimeWords.direction(t, ids, w, before: tokens.lowerBound, stopAt: previousEnd)
                if y == year - 1, direction == .backward, month <= 3 { continue }
                if y == year + 1, direction == .forward, month >= 10 { continue }
                report.add("heading", [period.raw, "tháng \(month)/\(year)"], at: t.span(tokens: tokens.lowerBound, tokens.upperBound - 1))
                reported.insert(index)
            }
        }
        // Month blocks against their year group.
        var groupYear: Int? = nil
        // (Lines read by index, their kind and scope in place: only a month heading whose year
        // differs from its group's is copied. A copy of every heading was most of the rule,
        // issue 17.)
        for k in document.lines.indices where document.lines[k].role == .body && document.lines[k].kind != nil {
            let kind = document.lines[k].kind
            if kind == .yearGroup { groupYear = document.lines[k].scope.year }
            if kind == .section || kind == .part { groupYear = nil }
            guard kind == .month, let g = groupYear, let plan = document.lines[k].scope.plan else { continue }
            let period = document.record.monthlyPlans[plan].period
            guard let y = period.year, !period.inferred, y != g, let m = period.month else { continue }
            let t = document.lines[k].tokens
            report.add("group", ["\(m)", "\(y)", "\(g)"], at: t.line.span(t.bodyOffset..<t.line.scalars.count))
        }
    }

    /// A meeting whose date breaks the order of its body's schedule (`MeetingSchedule`):
    /// *lần thứ 4 (tháng 7/2025)* between *lần thứ 3 (tháng 3/2026)* and *lần thứ 5 (tháng
    /// 10/2026)*. Not repeated for a heading already reported above.
    static func checkOrder(_ document: LintDocument, skipping reported: Set<Int>, _ report: inout Report) {
        let schedule = MeetingSchedule(document)
        for (k, entry) in schedule.entries.enumerated() where !entry.trusted && !reported.contains(entry.index) {
            guard let period = document.record.meetings[entry.index].period, let y = period.year, let m = period.month else { continue }
            let neighbours = [schedule.entries[..<k].last { $0.trusted }, schedule.entries[(k + 1)...].first { $0.trusted }]
                .compactMap { $0 }.map { e in "lần thứ \(e.session) tháng \(e.month % 12 + 1)/\(e.month / 12)" }
            guard !neighbours.isEmpty else { continue }
            let t = document.meetingLine(entry.index)
            let own = document.lines[document.meetingLines[entry.index]].periods.last { $0.period.kind == "month" }
            let span = own.map { t.span(tokens: $0.tokens.lowerBound, $0.tokens.upperBound - 1) } ?? t.line.span
            report.add("order", [document.record.meetings[entry.index].sessionRaw ?? "\(entry.session)", "tháng \(m)/\(y)",
                                 neighbours.joined(separator: ", ")], at: span)
        }
    }
}
