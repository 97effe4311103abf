/// `weekday-mismatch`: a date whose stated weekday is wrong — `14/01/2026 (Thứ Năm)`
/// (it is a Wednesday). The weekday is read next to the date: in brackets right after
/// it, or right before it (`Thứ Tư, ngày 14/01/2026`).
public enum WeekdayMismatch: Rule {
    public static let id = "weekday-mismatch"
    public static let nameVi = "sai thứ trong tuần"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Thứ trong tuần không khớp với ngày (14/01/2026 là Thứ Tư)",
        en: "A date whose stated weekday is wrong (14/01/2026 is a Wednesday)")
    public static let details = LocalizedText(
        vi: "Đọc 'Thứ Hai'…'Thứ Bảy', 'Thứ 2'…'Thứ 7', 'Chủ nhật' ngay trước ngày hoặc trong ngoặc ngay sau ngày; tính thứ theo lịch Gregory.",
        en: "Reads 'Thứ Hai'…'Thứ Bảy', 'Thứ 2'…'Thứ 7', 'Chủ nhật' right before the date or in brackets right after it; computes the Gregorian weekday.")
    public static let messages: [String: LocalizedText] = [
        "weekday": LocalizedText(vi: "Ngày {0} là {1}, không phải {2}", en: "{0} is a {3}, not '{2}'"),
    ]

    /// Vietnamese weekday names, index 0 = Sunday.
    static let names = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
    static let english = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let words: [String: Int] = ["hai": 1, "ba": 2, "tư": 3, "năm": 4, "sáu": 5, "bảy": 6, "bẩy": 6,
                                       "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        // (By index: a line without a day is passed over before it is copied, issue 17.)
        for n in document.textLines.indices where document.textPeriods[n].contains(where: { $0.period.kind == "day" }) {
            let t = document.textLines[n]
            for (p, tokens) in document.textPeriods[n] where p.kind == "day" {
                guard let y = p.year, let m = p.month, let d = p.day, !p.inferred,
                      InvalidDate.exists(d, m, y) else { continue }
                // "(Thứ Tư)" right after, or "Thứ Tư, ngày" right before.
                var candidates: [Int] = []
                if t.isPunct(tokens.upperBound, "(") { candidates.append(tokens.upperBound + 1) }
                // "Thứ Năm, ngày 18/12/2026", "thứ Năm ngày 18/12/2026": the word `ngày` and a
                // comma may stand between the weekday and the date.
                var before = tokens.lowerBound - 1
                if before >= 0, t.tokens[before].lower == "ngày" { before -= 1 }
                // "Thứ Năm, ngày …", "Thứ Năm (ngày …)", "Thứ Năm - ngày …".
                if t.isPunct(before, ",") || t.isPunct(before, "(") || t.isPunct(before, "-") || t.isPunct(before, "–") { before -= 1 }
                candidates.append(before - 1)
                for at in candidates {
                    guard let (stated, last) = weekday(t, at: at) else { continue }
                    let actual = dayOfWeek(y, m, d)
                    if stated != actual {
                        let span = t.span(tokens: at, last)
                        report.add("weekday", [p.raw, names[actual], t.text(from: t.tokens[at].range.lowerBound, to: t.tokens[last].range.upperBound),
                                               english[actual]],
                                   at: span)
                    }
                }
            }
        }
    }

    /// The weekday (0 = Sunday) written at token `i`, and its last token.
    static func weekday(_ t: TokenizedLine, at i: Int) -> (Int, Int)? {
        guard i >= 0, i + 1 < t.tokens.count else { return nil }
        if t.tokens[i].lower == "chủ", t.tokens[i + 1].lower == "nhật" { return (0, i + 1) }
        // "lần thứ năm" is the fifth time, not Thursday.
        guard t.tokens[i].lower == "thứ", let v = words[t.tokens[i + 1].lower], i == 0 || t.tokens[i - 1].lower != "lần" else { return nil }
        return (v, i + 1)
    }

    /// Day of the week, 0 = Sunday (Sakamoto's method, Gregorian).
    static func dayOfWeek(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }
}
