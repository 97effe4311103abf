/// `unbalanced-bracket`: an opening `(` or `“` with no partner in the same logical line.
public enum UnbalancedBracket: Rule {
    public static let id = "unbalanced-bracket"
    public static let nameVi = "ngoặc chưa đóng"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Mở ngoặc '(' hoặc '“' mà không đóng trong cùng dòng",
        en: "An opening '(' or '“' with no partner in the same logical line")
    public static let details = LocalizedText(
        vi: "Chỉ báo dấu mở thiếu dấu đóng; dấu ')' lẻ như trong 'a)' không bị báo. Bảng phụ lục không xét (ô bị tách dòng).",
        en: "Only openers without a partner are reported; a lone ')' as in 'a)' is not. Appendix tables are skipped (cells are split).")
    public static let messages: [String: LocalizedText] = [
        "open": LocalizedText(vi: "Dấu '{0}' chưa được đóng", en: "'{0}' is never closed"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        for line in document.lines where line.role != .appendix {
            let s = line.tokens.line.scalars
            var parens: [Int] = []
            var quotes: [Int] = []
            for i in line.tokens.bodyOffset..<s.count {
                switch s[i] {
                case "(": parens.append(i)
                case ")": if !parens.isEmpty { parens.removeLast() }
                case "“": quotes.append(i)
                case "”": if !quotes.isEmpty { quotes.removeLast() }
                default: break
                }
            }
            for i in (parens + quotes).sorted().prefix(Linter.maxPerRuleAndLine) {
                report.add("open", [String(s[i])], at: line.tokens.line.span(i..<(i + 1)))
            }
        }
    }
}
