/// `heading-period-mismatch`: a meeting or month heading that contradicts itself
/// (*tổng kết công tác năm 2026 (tháng 12 năm 2029)*), or a month heading whose year
/// is not its year group's.
public enum HeadingPeriodMismatch: Rule {
    public static let id = "heading-period-mismatch"
    public static let nameVi = "tiêu đề tự mâu thuẫn thời gian"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Tiêu đề Hội nghị hoặc tháng tự mâu thuẫn về thời gian",
        en: "A meeting or month heading that contradicts itself about its period")
    public static let details = LocalizedText(
        vi: "So năm nêu trong tiêu đề Hội nghị với thời điểm họp trong ngoặc (cho phép tổng kết năm trước đầu năm, phương hướng năm sau cuối năm), và năm của khối tháng với nhóm năm chứa nó.",
        en: "Compares the years a meeting heading names with its own date in brackets (allowing last year's review early in the year and next year's direction late in it), and a month heading's year with its year group.")
    public static let messages: [String: LocalizedText] = [
        "heading": LocalizedText(vi: "Tiêu đề nêu '{0}' nhưng Hội nghị họp {1}", en: "The heading names '{0}' but the meeting is held in {1}"),
        "group": LocalizedText(vi: "Tháng {0}/{1} nằm trong nhóm năm {2}", en: "Month {0}/{1} stands in the year group {2}"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        for (index, meeting) in document.record.meetings.enumerated() {
            guard let year = meeting.period?.year, let month = meeting.period?.month else { continue }
            let line = document.lines[document.meetingLines[index]]
            let t = line.tokens
            // The meeting's own date is the last month period of the heading.
            let own = line.periods.lastIndex { $0.period.kind == "month" }
            var previousEnd = t.bodyStart
            for (k, (period, tokens)) in line.periods.enumerated() where k != own {
                defer { previousEnd = tokens.upperBound }
                guard let y = period.year, !period.inferred, ["year", "quarter", "month", "half", "months"].contains(period.kind),
                      y != year, !TimeWords.isCited(t, year: tokens.lowerBound) else { continue }
                let direction = TimeWords.direction(t, before: tokens.lowerBound, stopAt: previousEnd)
                if y == year - 1, direction == .backward, month <= 3 { continue }
                if y == year + 1, direction == .forward, month >= 10 { continue }
                report.add("heading", [period.raw, "tháng \(month)/\(year)"], at: t.span(tokens: tokens.lowerBound, tokens.upperBound - 1))
            }
        }
        // Month blocks against their year group.
        var groupYear: Int? = nil
        for line in document.lines where line.role == .body {
            if line.kind == .yearGroup { groupYear = line.scope.year }
            if line.kind == .section || line.kind == .part { groupYear = nil }
            guard line.kind == .month, let g = groupYear, let plan = line.scope.plan else { continue }
            let period = document.record.monthlyPlans[plan].period
            guard let y = period.year, !period.inferred, y != g, let m = period.month else { continue }
            let t = line.tokens
            report.add("group", ["\(m)", "\(y)", "\(g)"], at: t.line.span(t.bodyOffset..<t.line.scalars.count))
        }
    }
}
