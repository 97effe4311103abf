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
        // Lines by index: most are passed over, and a copy of each (`for line in`) cost as much.
        for k in document.lines.indices where document.lines[k].role != .appendix {
            // Most lines need no edit, and the tokens tell it without reading the scalars
            // (`Spacing.edits` was three quarters of the rule: issue 17).
            // (The tokens and scalars read in place: the line is not copied, issue 17.)
            guard mayNeedEdits(document.lines[k].tokens.tokens, document.lines[k].tokens.line.scalars) else { continue }
            let logical = document.lines[k].tokens.line
            let s = logical.scalars
            // Offsets of the spaces that join physical lines: not in the file.
            // (Most lines are one physical line: nothing is built for them; the others have a
            // few joins, searched in a list rather than hashed into a set.)
            let joins: [Int] = logical.pieces.count > 1 ? logical.pieces.dropFirst().map { $0.offset - 1 } : []
            for var edit in Spacing.edits(s) where joins.isEmpty || !edit.range.contains(where: joins.contains) {
                // "tháng ,năm": removing the space would leave the comma without one after it
                // (the next run reports that); the fix moves the space instead.
                // "KH,CN,ĐMST": a cluster of acronyms is written without spaces on purpose.
                if edit.kind == .afterComma, edit.range.lowerBound > 0, edit.range.upperBound < s.count,
                   s[edit.range.lowerBound - 1].properties.isUppercase, s[edit.range.upperBound].properties.isUppercase { continue }
                let after = edit.range.upperBound
                if edit.kind == .beforePunctuation, after + 1 < s.count, s[after] == "," || s[after] == ";",
                   Alphabet.isLetter(s[after + 1]) {
                    edit.range = edit.range.lowerBound..<(after + 1)
                    edit.replacement = "\(s[after]) "
                }
                var span = logical.span(edit.range)
                guard span.start.line == span.end.line, span.end.column > span.start.column else { continue }
                // The logical line holds one space where the file may have a run (an OCR
                // dump's `5        .`): a removal takes the whole run, or the fix would
                // leave spaces for the next run to report again.
                if edit.replacement.isEmpty { span = wholeRun(span, in: document.source) }
                let lo = max(0, edit.range.lowerBound - 6), hi = min(s.count, edit.range.upperBound + 6)
                let context = String(scalars: s[lo..<hi])
                report.add(edit.kind.rawValue, [context], at: span, fix: Fix(span: span, replacement: edit.replacement))
            }
        }
    }

    /// False when `Spacing.edits(line.line.scalars)` is surely empty, read on the tokens: every
    /// edit stands at a punctuation token (a sign other than a letter or a digit is a token
    /// of one scalar, and only a space, U+0020, sets `spaceBefore`):
    /// - a space before a closer, `, ; : ! ?` or `.` (that token has `spaceBefore`);
    /// - a space after an opener `( [ “` (the next token has `spaceBefore`);
    /// - `,` or `;` between two letters (the next token has no `spaceBefore`);
    /// - a dash spaced on one side only between digits (`2030 -2035`, `1955- 13/5`: the dash
    ///   and the next token differ in `spaceBefore`, a digit ends the token before and starts
    ///   the one after).
    /// A line longer than the lexer reads (`Token.maxOffset`) is always read.
    /// `SpacingPrefilterTests` checks it against `Spacing.edits` on every document and on
    /// random text.
    static func mayNeedEdits(_ line: TokenizedLine) -> Bool { mayNeedEdits(line.tokens, line.line.scalars) }

    /// `mayNeedEdits` of the line whose tokens and scalars are given.
    static func mayNeedEdits(_ tokenList: [Token], _ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count <= Token.maxOffset else { return true }
        return tokenList.withUnsafeBufferPointer { tokens in
            scalars.withUnsafeBufferPointer { s in
                let n = tokens.count
                var k = 0
                while k < n {
                    let t = tokens[k]
                    if t.kind == .punct {
                        let c = s[t.range.lowerBound]
                        let nextSpaced = k + 1 < n ? tokens[k + 1].spaceBefore : nil
                        switch c {
                        case ")", "]", "”", ":", "!", "?", ".":
                            if t.spaceBefore { return true }
                        case ",", ";":
                            if t.spaceBefore || nextSpaced == false { return true }
                        case "(", "[", "“":
                            if nextSpaced == true { return true }
                        case "-", "–":
                            // Between two digits (`2030 -2035`), not a bullet (`- Nội dung`).
                            if let nextSpaced, nextSpaced != t.spaceBefore, k > 0,
                               isDigit(s[tokens[k + 1].range.lowerBound]), isDigit(s[tokens[k - 1].range.upperBound - 1]) { return true }
                        default:
                            break
                        }
                    }
                    k += 1
                }
                return false
            }
        }
    }

    @inline(__always)
    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// `span` (spaces on one line) widened over the spaces and tabs around it in the file.
    static func wholeRun(_ span: SourceSpan, in source: SourceText) -> SourceSpan {
        let line = Array(source.line(span.start.line - 1))
        func blank(_ c: Int) -> Bool { c >= 1 && c <= line.count && (line[c - 1] == " " || line[c - 1] == "\t") }
        var start = span.start.column, end = span.end.column
        guard (start..<end).allSatisfy(blank) else { return span }
        while blank(start - 1) { start -= 1 }
        while blank(end) { end += 1 }
        return SourceSpan(start: SourceLocation(line: span.start.line, column: start), end: SourceLocation(line: span.end.line, column: end))
    }
}
