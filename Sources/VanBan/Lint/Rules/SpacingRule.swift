/// `spacing`: a space inside brackets (`( Văn phòng`), before punctuation, missing
/// after a comma, or a lopsided dash (`2030 -2035`). The edits are those of
/// `Spacing.edits`, the same the normaliser's `--reflow` applies.
public enum SpacingRule: Rule {
    public static let id = "spacing"
    public static let nameVi = "khoảng trắng sai"
    public static let severity = Severity.info
    public static let summary = LocalizedText(
        vi: "Khoảng trắng sai: trong ngoặc, trước dấu câu, thiếu sau dấu phẩy, gạch nối lệch (2030 -2035)",
        en: "Misplaced space: inside brackets, before punctuation, missing after a comma, lopsided dash (2030 -2035)")
    public static let details = LocalizedText(
        vi: "Chỉ báo chỗ chắc chắn; không xét chỗ xuống dòng của bản PDF và bảng phụ lục. Sửa được tự động.",
        en: "Only certain cases; line breaks of a PDF dump and appendix tables are not considered. Fixable.")
    public static let messages: [String: LocalizedText] = [
        "insideBracket": LocalizedText(vi: "Thừa khoảng trắng sát dấu ngoặc: '{0}'", en: "Space just inside a bracket: '{0}'"),
        "beforePunctuation": LocalizedText(vi: "Thừa khoảng trắng trước dấu câu: '{0}'", en: "Space before punctuation: '{0}'"),
        "afterComma": LocalizedText(vi: "Thiếu khoảng trắng sau dấu phẩy: '{0}'", en: "Missing space after a comma: '{0}'"),
        "lopsidedDash": LocalizedText(vi: "Dấu gạch nối lệch khoảng trắng: '{0}'", en: "Lopsided space around a dash: '{0}'"),
    ]
    public static let fixable = true

    public static func check(_ document: LintDocument, _ report: inout Report) {
        for line in document.lines where line.role != .appendix {
            let logical = line.tokens.line
            let s = logical.scalars
            // Offsets of the spaces that join physical lines: not in the file.
            let joins = Set(logical.pieces.dropFirst().map { $0.offset - 1 })
            for edit in Spacing.edits(s) where !edit.range.contains(where: joins.contains) {
                let span = logical.span(edit.range)
                guard span.start.line == span.end.line, span.end.column > span.start.column else { continue }
                let lo = max(0, edit.range.lowerBound - 6), hi = min(s.count, edit.range.upperBound + 6)
                let context = String(scalars: s[lo..<hi])
                report.add(edit.kind.rawValue, [context], at: span, fix: Fix(span: span, replacement: edit.replacement))
            }
        }
    }
}
