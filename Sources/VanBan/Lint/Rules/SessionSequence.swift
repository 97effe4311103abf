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
        // Scheduled meetings of each body, in document order.
        var byBody: [String: [(index: Int, session: Int, line: TokenizedLine)]] = [:]
        var order: [String] = []
        // Each distinct body's key, folded once (as `MeetingSchedule` does): lower-casing a
        // body's name cost ~15,000 instructions a meeting (issue 17).
        var keys: [[UInt8]: String] = [:]  // by the name's bytes: canonically equal names may fold apart
        for (index, meeting) in document.record.meetings.enumerated() {
            guard let session = meeting.session else { continue }
            let name = meeting.body ?? ""
            let body: String
            if let known = keys[Array(name.utf8)] {
                body = known
            } else {
                body = foldKey(name)
                keys[Array(name.utf8)] = body
            }
            let line = document.meetingLine(index)
            // Only scheduled meetings: a line that is a meeting, not prose that mentions the
            // rounds of one (*… tại Hội nghị lần thứ 10 và lần thứ 11 …*).
            guard isHeading(line) else { continue }
            if byBody[body] == nil { order.append(body) }
            byBody[body, default: []].append((index, session, line))
        }
        for body in order {
            let meetings = byBody[body] ?? []
            for (k, finding) in SequenceCheck.findings(meetings.map { [$0.session] }).enumerated() {
                guard let finding else { continue }
                let (index, session, line) = meetings[k]
                let span = sessionSpan(line) ?? line.line.span
                let raw = document.record.meetings[index].sessionRaw ?? "\(session)"
                switch finding {
                case .repeatOf:
                    let first = meetings[..<k].first { $0.session == session }?.line ?? meetings[k - 1].line
                    report.add("repeat", [raw, "\(first.line.firstLine)"], at: span)
                case .backwards(let after):
                    report.add("backwards", [raw, "\(after)"], at: span)
                case .skip(let after, let missing):
                    report.add("gap", [raw, "\(after)", missing.map(String.init).joined(separator: ", ")], at: span)
                }
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
