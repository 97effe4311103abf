/// `unbalanced-bracket`: an opening `(` with no partner in the same logical line, or a `“`
/// with none in the same or a later line (quotations of amending clauses run over lines).
public enum UnbalancedBracket: Rule {
    public static let id = "unbalanced-bracket"
    public static let nameVi = "ngoặc chưa đóng"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Mở ngoặc '(' mà không đóng trong cùng dòng, hoặc mở ngoặc kép '“' mà không đóng",
        en: "An opening '(' with no partner in the same logical line, or a '“' never closed")
    public static let details = LocalizedText(
        vi: "Chỉ báo dấu mở thiếu dấu đóng; dấu ')' lẻ như trong 'a)' không bị báo. Bảng phụ lục không xét (ô bị tách dòng).",
        en: "Only openers without a partner are reported; a lone ')' as in 'a)' is not. Appendix tables are skipped (cells are split).")
    public static let messages: [String: LocalizedText] = [
        "open": LocalizedText(vi: "Dấu '{0}' chưa được đóng", en: "'{0}' is never closed"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        // A quotation may run over several lines: an amending clause quotes whole articles
        // (`“Điều 5. …` … `… năm 2026.”.`). Opening quotes still open at a line's end wait
        // for a closing one on a later line; those never closed are reported at the end.
        var openQuotes: [(line: Int, offset: Int)] = []
        var reported: [(line: Int, offset: Int)] = []
        let lines = document.lines
        var parens: [Int] = []
        for k in lines.indices where lines[k].role != .appendix {
            parens.removeAll(keepingCapacity: true)
            // (The line's tokens and scalars read in place: the line is not copied, issue 17.)
            let scalars = lines[k].tokens.line.scalars
            let start = min(lines[k].tokens.marker?.length ?? 0, scalars.count)
            brackets(lines[k].tokens.tokens, scalars, start: start) { c, i in
                switch c {
                case "(": parens.append(i)
                case ")": if !parens.isEmpty { parens.removeLast() }
                case "“": openQuotes.append((k, i))
                case "”": if !openQuotes.isEmpty { openQuotes.removeLast() }
                default: break
                }
            }
            for i in parens.prefix(Linter.maxPerRuleAndLine) { reported.append((k, i)) }
        }
        reported += openQuotes
        var perLine: [Int: Int] = [:]
        for (k, i) in reported.sorted(by: { ($0.line, $0.offset) < ($1.line, $1.offset) }) {
            perLine[k, default: 0] += 1
            guard perLine[k]! <= Linter.maxPerRuleAndLine else { continue }
            let line = lines[k].tokens.line
            report.add("open", [String(line.scalars[i])], at: line.span(i..<(i + 1)))
        }
    }

    /// Calls `body` with each `(`, `)`, `“` and `”` of `t` after its marker and its offset, in
    /// order, read on the tokens: a sign is a token of one scalar, so only punctuation tokens
    /// are looked at, not every scalar of the line (issue 17). A line longer than the lexer
    /// reads is read scalar by scalar (`bracketsByScalar`, the old loop, which
    /// `UnbalancedBracketTokenTests` compares with this on every line).
    @inline(__always)
    static func brackets(_ t: TokenizedLine, _ body: (Unicode.Scalar, Int) -> Void) {
        brackets(t.tokens, t.line.scalars, start: t.bodyOffset, body)
    }

    /// `brackets` of the line whose tokens and scalars are given, its marker ending at offset
    /// `start` (`bodyOffset`).
    @inline(__always)
    static func brackets(_ tokenList: [Token], _ scalars: [Unicode.Scalar], start: Int, _ body: (Unicode.Scalar, Int) -> Void) {
        guard scalars.count <= Token.maxOffset else {
            for i in start..<scalars.count {
                let c = scalars[i]
                if c == "(" || c == ")" || c == "“" || c == "”" { body(c, i) }
            }
            return
        }
        tokenList.withUnsafeBufferPointer { tokens in
            scalars.withUnsafeBufferPointer { s in
                for token in tokens where token.kind == .punct {
                    let i = token.range.lowerBound
                    guard i >= start else { continue }
                    let c = s[i]
                    if c == "(" || c == ")" || c == "“" || c == "”" { body(c, i) }
                }
            }
        }
    }

    /// `brackets` scalar by scalar, as the rule read every line before.
    static func bracketsByScalar(_ t: TokenizedLine, _ body: (Unicode.Scalar, Int) -> Void) {
        let s = t.line.scalars
        for i in t.bodyOffset..<s.count {
            let c = s[i]
            if c == "(" || c == ")" || c == "“" || c == "”" { body(c, i) }
        }
    }
}
