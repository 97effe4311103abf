/// Quantities of a target (*chỉ tiêu*): `đạt ít nhất 3%`, `từ 90% … trở lên`,
/// `trên 150 triệu đồng/ha`, `dưới 0,5%`, `≥97%`, `20 doanh nghiệp/1.000 dân`.
public enum TargetExtractor {
    /// Words before a number that give a comparator.
    static let before: [([String], String)] = [
        (["ít", "nhất"], ">="), (["tối", "thiểu"], ">="), (["không", "dưới"], ">="), (["không", "quá"], "<="),
        (["tối", "đa"], "<="), (["trên"], ">"), (["dưới"], "<"), (["hơn"], ">"), (["từ"], ">="),
    ]

    /// Words that end a unit.
    static let unitStops: Set<String> = [
        "trong", "của", "trên", "và", "có", "được", "theo", "đạt", "tại", "ở", "cho", "với", "là", "thì", "mà",
        "từ", "đến", "trở", "lên", "tăng", "giảm", "năm", "so", "mỗi", "hằng", "còn", "sử", "tham", "thành", "xây",
    ]

    /// Values in tokens after the marker of `line`.
    public static func values(in line: TokenizedLine) -> [TargetValue] {
        var result: [TargetValue] = []
        let t = line.tokens
        var i = line.bodyStart
        while i < t.count {
            guard t[i].kind == .number else { i += 1; continue }
            // Years, dates and document numbers are not quantities.
            if t[i].range.count == 4, let y = line.int(i), (1900...2100).contains(y) { i += 1; continue }
            if line.isPunct(i + 1, "/") && line.int(i + 2) != nil || line.isPunct(i - 1, "/") { i += 1; continue }
            if i > 0, ["thứ", "khóa", "khoá", "số"].contains(t[i - 1].lower) { i += 1; continue }
            // Vietnamese number: 1.000 (thousands), 10,5 (decimal).
            var end = i
            var text = line.text(i)
            while (line.isPunct(end + 1, ".") || line.isPunct(end + 1, ",")), !t[end + 1].spaceBefore,
                  end + 2 < t.count, t[end + 2].kind == .number, !t[end + 2].spaceBefore {
                let sep = line.isPunct(end + 1, ".")
                if sep && t[end + 2].range.count != 3 { break }
                text += (sep ? "" : ".") + line.text(end + 2)
                end += 2
            }
            guard let value = Double(text) else { i = end + 1; continue }
            var comparator: String? = nil
            var comparatorText: String? = nil
            var first = i
            if line.isPunct(i - 1, "≥") { comparator = ">="; comparatorText = "≥"; first = i - 1 }
            else if line.isPunct(i - 1, "≤") { comparator = "<="; comparatorText = "≤"; first = i - 1 }
            else if line.isPunct(i - 1, ">") { comparator = ">"; comparatorText = ">"; first = i - 1 }
            else if line.isPunct(i - 1, "<") { comparator = "<"; comparatorText = "<"; first = i - 1 }
            else {
                for (words, c) in before where i >= words.count && line.matches(words, at: i - words.count) {
                    comparator = c
                    comparatorText = words.joined(separator: " ")
                    first = i - words.count
                    break
                }
            }
            // Unit.
            var last = end
            var unit: String? = nil
            if line.isPunct(end + 1, "%") {
                unit = "%"
                last = end + 1
            } else {
                var k = end + 1
                var words = 0
                while k < t.count, words < 5 {
                    if t[k].kind == .word, !unitStops.contains(t[k].lower) { words += 1; k += 1; continue }
                    // "doanh nghiệp/1.000 dân", "triệu đồng/ha"
                    if line.isPunct(k, "/"), words > 0, k + 1 < t.count, t[k + 1].kind != .punct {
                        k += 1
                        while k < t.count, t[k].kind == .number || line.isPunct(k, ".") { k += 1 }
                        continue
                    }
                    break
                }
                if k > end + 1 {
                    unit = line.text(from: t[end + 1].range.lowerBound, to: t[k - 1].range.upperBound)
                    last = k - 1
                }
            }
            // "… 95% trở lên", "từ 10% trở lên"
            if line.matches(Phrases.trởLên, at: last + 1) || (comparator == ">=" && comparatorText == "từ" && line.find(Phrases.trởLên, from: last + 1) != nil) {
                if comparator == nil || comparatorText == "từ" {
                    comparator = ">="
                    comparatorText = comparatorText == "từ" ? "từ … trở lên" : "trở lên"
                }
            } else if comparatorText == "từ" {
                // "từ" alone is a start, not a comparator ("từ 3-5%").
                comparator = nil
                comparatorText = nil
                first = i
            }
            let rawRange = t[first].range.lowerBound..<t[last].range.upperBound
            result.append(TargetValue(value: value, raw: line.text(from: t[i].range.lowerBound, to: t[last].range.upperBound),
                                      unit: unit, comparator: comparator, comparatorText: comparatorText,
                                      span: line.line.span(rawRange)))
            i = last + 1
        }
        return result
    }
}
