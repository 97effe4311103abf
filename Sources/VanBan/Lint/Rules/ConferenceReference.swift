/// `conference-reference`: a month that prepares meeting N (*Kế hoạch tổ chức Hội nghị
/// … lần thứ N*, *nội dung trình Hội nghị … lần thứ N*) when the meeting that month
/// prepares, by the document's own schedule, is another one.
///
/// Month blocks written without a year (*Tháng 9*) in a document that gives none take the
/// year all its meetings are dated in (`MeetingSchedule.soleYear`).
///
/// A month prepares the meeting held in that month (or one held the month after) or, if
/// none, the next one. The schedule is read from the order of the meetings, so one heading
/// with a wrong date does not move it (`MeetingSchedule`). Only preparing phrases count: a
/// month may well implement the resolution of an earlier meeting.
public enum ConferenceReference: Rule {
    public static let id = "conference-reference"
    public static let nameVi = "chuẩn bị nhầm Hội nghị"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Tháng chuẩn bị cho Hội nghị lần thứ N trong khi theo lịch của văn bản tháng đó chuẩn bị Hội nghị khác",
        en: "A month prepares meeting N while, by the document's own schedule, it prepares another meeting")
    public static let details = LocalizedText(
        vi: "Lịch Hội nghị lấy từ chính văn bản, theo thứ tự các Hội nghị (một ngày họp ghi sai không làm lệch lịch; nếu chỉ sai năm — dời đúng một số năm thì nằm giữa hai Hội nghị bên cạnh — Hội nghị được xem là họp ở tháng đó). Tháng có Hội nghị thì chuẩn bị Hội nghị đó (hoặc Hội nghị họp tháng sau); tháng không có thì chuẩn bị Hội nghị kế tiếp. Chỉ xét cụm 'kế hoạch tổ chức', 'chuẩn bị', 'trình' Hội nghị; số lần họp viết bằng chữ số, số La Mã hay chữ (lần thứ tư), trước hoặc sau tên cơ quan.",
        en: "The schedule is the document's own, read from the order of the meetings (one wrong meeting date does not move it; when only its year is wrong — exactly one shift by whole years puts it between its neighbours — the meeting is taken to be held in that month). A month with a meeting prepares that meeting (or one held the month after); a month without prepares the next one. Only 'kế hoạch tổ chức', 'chuẩn bị', 'trình' phrases count; the number in digits, Roman numerals or words (lần thứ tư), before or after the body's name.")
    public static let messages: [String: LocalizedText] = [
        "reference": LocalizedText(vi: "Tháng {0} chuẩn bị Hội nghị lần thứ {1} ({2}), không phải lần thứ {3}",
                                   en: "Month {0} prepares meeting {1} ({2}), not meeting {3}"),
    ]

    /// Ordinal numbers in words after *lần thứ* (*lần thứ tư*); tens are read by `number`.
    static let ordinals: [String: Int] = [
        "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    ]

    static let preparing: [[String]] = [["kế", "hoạch", "tổ", "chức"], ["chuẩn", "bị"], ["trình"], ["tổ", "chức"]]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let schedule = MeetingSchedule(document)
        guard !schedule.entries.isEmpty else { return }
        let lastSession = schedule.entries.map(\.session).max() ?? 0
        let fallbackYear = MeetingSchedule.soleYear(document)
        // Words compared as IDs (issue 17).
        let w = RuleWords(words: document)
        let hoiNghi = w.ids(["hội", "nghị"]), lanThu = w.ids(["lần", "thứ"])
        let phrases = preparing.map(w.ids)
        for index in document.lines.indices where document.lines[index].role == .body && document.lines[index].kind == .item && document.lines[index].scope.plan != nil {
            let line = document.lines[index]
            guard let y = line.scope.year ?? fallbackYear, let m = line.scope.month, let ids = document.ids(ofLine: index) else { continue }
            let month = LintDocument.monthIndex(y, m)
            let t = line.tokens
            for i in ids.indices where w.matches(hoiNghi, ids, at: i) {
                let clause = t.clauseStart(before: i)
                // "lần thứ N" may come before the body or after it, with a term between
                // (*Hội nghị lần thứ tư Ban Chấp hành …*, *Hội nghị Ban Chấp hành … khóa I,
                // nhiệm kỳ 2025 - 2030 lần thứ 4*); N in digits, Roman numerals or words.
                guard (max(clause, i - 8)..<i).contains(where: { k in phrases.contains { w.matches($0, ids, at: k) } }),
                      let at = w.find(lanThu, ids, from: i + 2), at < i + 20, at + 2 < t.tokens.count,
                      !(i + 2..<at).contains(where: { t.tokens[$0].kind == .punct && !",-–".unicodeScalars.contains(t.line.scalars[t.tokens[$0].range.lowerBound]) }),
                      !(i + 2..<at).contains(where: { w.matches(hoiNghi, ids, at: $0) }),
                      let (n, last) = number(t, at: at + 2) else { continue }
                let allowed = prepared(schedule, in: month)
                guard let expected = allowed.first, !allowed.contains(where: { $0.session == n }),
                      // The referenced meeting must be one the document schedules elsewhere, or beyond it.
                      schedule.entries.contains(where: { $0.session == n }) || n > lastSession else { continue }
                let meeting = document.record.meetings[expected.index]
                let raw = t.text(from: t.tokens[at + 2].range.lowerBound, to: t.tokens[last].range.upperBound)
                let period = meeting.period.map { "tháng \($0.month ?? 0)/\($0.year ?? 0)" } ?? ""
                report.add("reference", ["\(m)/\(y)", "\(expected.session)", period, raw], at: t.span(tokens: at + 2, last))
            }
        }
    }

    /// The meetings a month block may prepare, the expected one first.
    ///
    /// A month with a meeting of its own prepares that meeting (and one held the month after);
    /// a month without prepares the next meeting. A meeting whose date breaks the order of the
    /// schedule may be prepared in any month of its window (between its neighbours).
    static func prepared(_ schedule: MeetingSchedule, in month: Int) -> [MeetingSchedule.Entry] {
        // A meeting whose year is the slip (`Entry.likely`) is held in its likely month.
        let trusted = schedule.entries.compactMap { e -> MeetingSchedule.Entry? in
            if e.trusted { return e }
            guard let likely = e.likely else { return nil }
            var moved = e
            moved.month = likely
            return moved
        }
        let uncertain = schedule.entries.filter { !$0.trusted && $0.likely == nil && $0.window.contains(month) }
        let same = trusted.filter { $0.month == month }
        if !same.isEmpty {
            return same + trusted.filter { $0.month == month + 1 } + uncertain
        }
        guard let nextMonth = trusted.map(\.month).filter({ $0 > month }).min() else { return uncertain }
        return trusted.filter { $0.month == nextMonth } + uncertain
    }

    /// The number after *lần thứ* at token `i` and its last token: digits, a Roman numeral or
    /// words (*tư*, *mười hai*, *hai mươi mốt*).
    static func number(_ t: TokenizedLine, at i: Int) -> (Int, Int)? {
        if let n = t.int(i) { return (n, i) }
        if let n = RomanNumeral.value(of: t.text(i).uppercased()) { return (n, i) }
        func word(_ k: Int) -> String? { k < t.tokens.count && t.tokens[k].kind == .word ? t.tokens[k].lower : nil }
        guard let first = word(i) else { return nil }
        if first == "mười" {
            if let u = word(i + 1), let v = units[u] { return (10 + v, i + 1) }
            return (10, i)
        }
        guard let tens = ordinals[first] else { return nil }
        if (2...9).contains(tens), word(i + 1) == "mươi" {
            if let u = word(i + 2), let v = units[u] { return (tens * 10 + v, i + 2) }
            return (tens * 10, i + 1)
        }
        return (tens, i)
    }

    /// Units after *mười* / *mươi* (*mười một*, *hai mươi mốt*, *mười lăm*).
    static let units: [String: Int] = [
        "một": 1, "mốt": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    ]
}
