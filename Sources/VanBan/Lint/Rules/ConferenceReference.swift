/// `conference-reference`: a month that prepares meeting N (*Kế hoạch tổ chức Hội nghị
/// … lần thứ N*, *nội dung trình Hội nghị … lần thứ N*) when the meeting that month
/// prepares, by the document's own schedule, is another one.
///
/// A month prepares the meeting held in that month or, if none, the next one; either
/// is accepted. Only preparing phrases count: a month may well implement the
/// resolution of an earlier meeting.
public enum ConferenceReference: Rule {
    public static let id = "conference-reference"
    public static let nameVi = "chuẩn bị nhầm Hội nghị"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Tháng chuẩn bị cho Hội nghị lần thứ N trong khi theo lịch của văn bản tháng đó chuẩn bị Hội nghị khác",
        en: "A month prepares meeting N while, by the document's own schedule, it prepares another meeting")
    public static let details = LocalizedText(
        vi: "Lịch Hội nghị lấy từ chính văn bản. Tháng được chuẩn bị Hội nghị họp trong tháng đó hoặc Hội nghị kế tiếp. Chỉ xét cụm 'kế hoạch tổ chức', 'chuẩn bị', 'trình' Hội nghị; số lần họp viết bằng chữ số, số La Mã hay chữ (lần thứ tư), trước hoặc sau tên cơ quan.",
        en: "The schedule is the document's own. A month may prepare the meeting held that month or the next one. Only 'kế hoạch tổ chức', 'chuẩn bị', 'trình' phrases count; the number in digits, Roman numerals or words (lần thứ tư), before or after the body's name.")
    public static let messages: [String: LocalizedText] = [
        "reference": LocalizedText(vi: "Tháng {0} chuẩn bị Hội nghị lần thứ {1} ({2}), không phải lần thứ {3}",
                                   en: "Month {0} prepares meeting {1} ({2}), not meeting {3}"),
    ]

    /// Ordinal numbers in words after *lần thứ* (*lần thứ tư*, *lần thứ mười hai* is rare
    /// enough to leave out).
    static let ordinals: [String: Int] = [
        "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    ]

    static let preparing: [[String]] = [["kế", "hoạch", "tổ", "chức"], ["chuẩn", "bị"], ["trình"], ["tổ", "chức"]]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let meetings = document.record.meetings.enumerated().compactMap { (k, m) -> (index: Int, session: Int, month: Int)? in
            guard let s = m.session, let y = m.period?.year, let mo = m.period?.month else { return nil }
            return (k, s, LintDocument.monthIndex(y, mo))
        }
        guard !meetings.isEmpty else { return }
        for line in document.lines where line.role == .body && line.kind == .item && line.scope.plan != nil {
            guard let y = line.scope.year, let m = line.scope.month else { continue }
            let month = LintDocument.monthIndex(y, m)
            let t = line.tokens
            for i in t.tokens.indices where t.matches(["hội", "nghị"], at: i) {
                let clause = t.clauseStart(before: i)
                // "lần thứ N" may come before the body or after it, with a term between
                // (*Hội nghị lần thứ tư Ban Chấp hành …*, *Hội nghị Ban Chấp hành … khóa I,
                // nhiệm kỳ 2025 - 2030 lần thứ 4*); N in digits, Roman numerals or words.
                guard (max(clause, i - 8)..<i).contains(where: { k in preparing.contains { t.matches($0, at: k) } }),
                      let at = t.find(["lần", "thứ"], from: i + 2), at < i + 20, at + 2 < t.tokens.count,
                      !(i + 2..<at).contains(where: { t.tokens[$0].kind == .punct && !",-–".unicodeScalars.contains(t.line.scalars[t.tokens[$0].range.lowerBound]) }),
                      !(i + 2..<at).contains(where: { t.matches(["hội", "nghị"], at: $0) }),
                      let n = t.int(at + 2) ?? RomanNumeral.value(of: t.text(at + 2).uppercased()) ?? ordinals[t.tokens[at + 2].lower] else { continue }
                let same = meetings.first { $0.month == month }
                let next = meetings.first { $0.month > month }
                let allowed = [same, next].compactMap { $0 }
                guard let expected = allowed.first, !allowed.contains(where: { $0.session == n }),
                      // The referenced meeting must be one the document schedules elsewhere, or beyond it.
                      meetings.contains(where: { $0.session == n }) || n > (meetings.last?.session ?? 0) else { continue }
                let meeting = document.record.meetings[expected.index]
                let raw = t.text(at + 2)
                let period = meeting.period.map { "tháng \($0.month ?? 0)/\($0.year ?? 0)" } ?? ""
                report.add("reference", ["\(m)/\(y)", "\(expected.session)", period, raw], at: t.span(at + 2))
            }
        }
    }
}
