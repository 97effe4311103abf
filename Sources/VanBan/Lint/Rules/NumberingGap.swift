/// `numbering-gap`: a list or section sequence that skips (`1.` then `3.`; `II.` then
/// `IV.`) or goes backwards. A sequence restarting at 1 is a new list, not a gap.
public enum NumberingGap: Rule {
    public static let id = "numbering-gap"
    public static let nameVi = "số thứ tự nhảy cóc"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Số thứ tự mục hoặc danh sách bị nhảy cóc (1. rồi 3.; II. rồi IV.)",
        en: "A list or section sequence that skips (1. then 3.; II. then IV.)")
    public static let details = LocalizedText(
        vi: "So các mục cùng cấp, cùng kiểu đánh số (I., 1., 1.1., (1), a)). Danh sách bắt đầu lại từ 1 là danh sách mới; chữ cái theo bảng chữ Việt (d, đ, e) hay La-tinh (d, e) đều đúng; một số nhảy quá 5 bậc (khóa / XVII. bị xuống dòng) không coi là mục của danh sách.",
        en: "Compares siblings with the same numbering style (I., 1., 1.1., (1), a)). A list that restarts at 1 is a new list; letters may follow the Vietnamese (d, đ, e) or the Latin alphabet (d, e); a number more than 5 ahead (a wrapped 'khóa' / 'XVII.') is not taken as an item of the list.")
    public static let messages: [String: LocalizedText] = [
        "gap": LocalizedText(vi: "Số thứ tự '{0}' đứng sau '{1}': thiếu {2}",
                             en: "Number '{0}' follows '{1}': {2} is missing"),
        "backwards": LocalizedText(vi: "Số thứ tự '{0}' đứng sau '{1}': thứ tự bị ngược",
                                   en: "Number '{0}' follows '{1}': the order goes backwards"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        for case let .gap(line, previous, value) in NumberingSequences.events(document) {
            guard let marker = line.marker else { continue }
            // Letters in the Latin alphabet (d) then e), without đ)) are a style of their own.
            if marker.style == .letter, let a = latinIndex(previous), let b = latinIndex(value), b == a + 1 { continue }
            let before = label(marker, previous)
            if value > previous {
                let missing = (previous + 1..<value).map { label(marker, $0) }.joined(separator: ", ")
                report.add("gap", [marker.label, before, missing], at: NumberingSequences.markerSpan(line))
            } else {
                report.add("backwards", [marker.label, before], at: NumberingSequences.markerSpan(line))
            }
        }
    }

    /// The label `marker` would have with last value `value`.
    static func label(_ marker: ListMarker, _ value: Int) -> String {
        switch marker.style {
        case .roman: return RomanNumeral.numeral(for: value) + "."
        case .upperLatin: return String(UnicodeScalar(UInt8(64 + min(max(value, 1), 26)))) + "."
        case .letter:
            let alphabet = ListMarker.vietnameseAlphabet
            return String(alphabet[min(max(value, 1), alphabet.count) - 1]) + ")"
        case .parenthesized: return "(\(value))"
        case .arabicParen: return "\(value))"
        case .dotted: return (marker.values.dropLast().map(String.init) + ["\(value)"]).joined(separator: ".") + "."
        default: return "\(value)."
        }
    }

    /// Position in the Latin alphabet of the letter with Vietnamese-alphabet value `value`
    /// (nil for đ).
    static func latinIndex(_ value: Int) -> Int? {
        let alphabet = ListMarker.vietnameseAlphabet
        guard value >= 1, value <= alphabet.count, alphabet[value - 1].isASCII else { return nil }
        return Int(alphabet[value - 1].value) - 0x60
    }
}
