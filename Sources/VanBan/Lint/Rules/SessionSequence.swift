/// `session-sequence`: meeting numbers (*Hội nghị … lần thứ N*) across the whole
/// document must run on by one, whether written in Arabic or Roman numerals.
public enum SessionSequence: Rule {
    public static let id = "session-sequence"
    public static let nameVi = "số Hội nghị không liên tục"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Số thứ tự Hội nghị (lần thứ N) không liên tục, lặp lại hoặc đảo thứ tự",
        en: "Meeting numbers (lần thứ N) not consecutive, repeated or out of order")
    public static let details = LocalizedText(
        vi: "Đọc các Hội nghị theo thứ tự trong văn bản, số La Mã hay Ả Rập, riêng cho từng cơ quan họp. Chỉ xét dòng là một Hội nghị (bắt đầu bằng 'Hội nghị', 'Kỳ họp' …), không xét câu văn nhắc đến các lần họp.",
        en: "Reads the meetings in document order, Roman or Arabic numbers, separately for each meeting body. Only lines that are a meeting (starting with 'Hội nghị', 'Kỳ họp' …), not prose that mentions the rounds of one.")
    public static let messages: [String: LocalizedText] = [
        "gap": LocalizedText(vi: "Hội nghị lần thứ {0} đứng sau lần thứ {1}: thiếu lần thứ {2}",
                             en: "Meeting {0} follows meeting {1}: {2} is missing"),
        "repeat": LocalizedText(vi: "Hội nghị lần thứ {0} đã có ở dòng {1}",
                                en: "Meeting {0} is already scheduled on line {1}"),
        "backwards": LocalizedText(vi: "Hội nghị lần thứ {0} đứng sau lần thứ {1}: thứ tự bị ngược",
                                   en: "Meeting {0} follows meeting {1}: out of order"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        var last: [String: (session: Int, line: Int)] = [:]
        for (index, meeting) in document.record.meetings.enumerated() {
            guard let session = meeting.session else { continue }
            let body = foldKey(meeting.body ?? "")
            let line = document.meetingLine(index)
            // Only scheduled meetings: a line that is a meeting, not prose that mentions the
            // rounds of one (*… tại Hội nghị lần thứ 10 và lần thứ 11 …*).
            guard isHeading(line) else { continue }
            defer { last[body] = (session, line.line.firstLine) }
            guard let previous = last[body] else { continue }
            let span = sessionSpan(line) ?? line.line.span
            let raw = meeting.sessionRaw ?? "\(session)"
            if session == previous.session {
                report.add("repeat", [raw, "\(previous.line)"], at: span)
            } else if session < previous.session {
                report.add("backwards", [raw, "\(previous.session)"], at: span)
            } else if session > previous.session + 1 {
                let missing = (previous.session + 1..<session).map(String.init).joined(separator: ", ")
                report.add("gap", [raw, "\(previous.session)", missing], at: span)
            }
        }
    }

    /// Words a scheduled meeting's line starts with, after its number.
    static let meetingWords: [[String]] = [["hội", "nghị"], ["kỳ", "họp"], ["kì", "họp"], ["phiên", "họp"], ["đại", "hội"]]

    /// True when `line` starts (after its list marker and any markup) with a meeting word.
    static func isHeading(_ line: TokenizedLine) -> Bool {
        guard let first = (line.bodyStart..<line.tokens.count).first(where: { line.isWord($0) }) else { return false }
        return meetingWords.contains { line.matchesFolded($0, at: first) }
    }

    /// Span of `N` in `lần thứ N`.
    static func sessionSpan(_ line: TokenizedLine) -> SourceSpan? {
        guard let at = line.find(["lần", "thứ"]), at + 2 < line.tokens.count else { return nil }
        return line.span(at + 2)
    }
}
