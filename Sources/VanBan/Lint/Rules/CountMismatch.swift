/// `count-mismatch`: a stated total that differs from the parts listed after it —
/// *05 tham luận: 01 …, 01 …*; *12 phòng … gồm 8 … và 4 …*; *03 đảng viên (01 …, 01 …)*.
public enum CountMismatch: Rule {
    public static let id = "count-mismatch"
    public static let nameVi = "tổng số không khớp"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Tổng số nêu ra khác tổng các phần liệt kê sau nó",
        en: "A stated total that differs from the sum of the parts listed after it")
    public static let details = LocalizedText(
        vi: "Mẫu 'N danh từ: a …, b …', 'N danh từ (a …, b …)' hoặc 'N danh từ … (bao) gồm a … và b …'; chỉ cộng các số đứng đầu mỗi phần, cần ít nhất hai phần.",
        en: "Pattern 'N noun: a …, b …', 'N noun (a …, b …)' or 'N noun … (bao) gồm a … và b …'; only numbers that start a part are added, at least two parts.")
    public static let messages: [String: LocalizedText] = [
        "sum": LocalizedText(vi: "Tổng '{0}' nhưng các phần cộng lại {1} ({2})", en: "Total '{0}' but the parts add up to {1} ({2})"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        for t in document.textLines {
            let n = t.tokens.count
            for i in t.tokens.indices {
                guard let total = t.int(i), total > 1, !t.isPunct(i - 1, "/"), !t.isPunct(i + 1, "/"), !t.isPunct(i + 1, ","),
                      !t.isPunct(i - 1, ","), t.isWord(i + 1) else { continue }
                // The separator within a few words: ":" or "gồm" / "bao gồm".
                var j = i + 1
                var separator: Int? = nil
                while j < min(n, i + 9) {
                    if t.isPunct(j, ":") || t.isPunct(j, "(") || t.tokens[j].lower == "gồm" { separator = j; break }
                    if t.tokens[j].kind != .word { break }
                    j += 1
                }
                guard var sep = separator, sep > i + 1 else { continue }
                // "(gồm 01 …, 01 …)": the bracket and the word are one separator.
                if t.isPunct(sep, "("), sep + 1 < n, t.tokens[sep + 1].lower == "gồm" { sep += 1 }
                if t.isPunct(sep, "("), sep + 2 < n, t.tokens[sep + 1].lower == "bao", t.tokens[sep + 2].lower == "gồm" { sep += 2 }
                // Parts: segments split by "," "và" up to ";" "." ")" or the end.
                var parts: [Int] = []
                var atSegmentStart = true
                var k = sep + 1
                var firstSegmentNumbered = false
                var segments = 0
                while k < n {
                    if t.isPunct(k, ";") || t.isPunct(k, ")") || (t.isPunct(k, ".") && !(t.int(k - 1) != nil && t.int(k + 1) != nil)) { break }
                    if t.isPunct(k, ",") || t.tokens[k].lower == "và" { atSegmentStart = true; k += 1; continue }
                    if atSegmentStart {
                        segments += 1
                        if let v = t.int(k), !t.isPunct(k + 1, "/"), !t.isPunct(k + 1, ","), !t.isPunct(k + 1, "%"), t.isWord(k + 1) {
                            parts.append(v)
                            if segments == 1 { firstSegmentNumbered = true }
                        }
                        atSegmentStart = false
                    }
                    k += 1
                }
                guard firstSegmentNumbered, parts.count >= 2 else { continue }
                // A breakdown in brackets (*03 đảng viên mới (01 giáo viên, 01 nhân viên)*) is
                // read only when every part is counted: a bracket may also single out some of
                // the total (*25 đảng viên (2 đảng viên dự bị)*) or add a remark.
                if t.isPunct(sep, "("), parts.count != segments || !t.isPunct(k, ")") { continue }
                let sum = parts.reduce(0, +)
                if sum != total {
                    report.add("sum", [t.text(i), "\(sum)", parts.map(String.init).joined(separator: " + ")], at: t.span(i))
                }
            }
        }
    }
}
