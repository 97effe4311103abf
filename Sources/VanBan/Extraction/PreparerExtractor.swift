/// responsibility := "(" agency ("," agency)* role ")"
///
/// Finds who prepares an item from its parentheses: `(Văn phòng Đảng ủy chủ trì
/// chuẩn bị)`, `(UBND phường, Văn phòng Đảng uỷ chuẩn bị)`, `(Ban X chủ trì,
/// phối hợp các ban tham mưu)`. A parenthesis counts when it ends with a role
/// phrase, or, if it closes the item, when every part of it names a body.
public enum PreparerExtractor {
    /// Role phrases, longest first, with the role they give.
    static let roles: [([String], String)] = [
        (["chủ", "trì", "chuẩn", "bị"], "lead"), (["chủ", "trì", "tham", "mưu"], "advise"),
        (["chủ", "trì", "thực", "hiện"], "lead"), (["chủ", "trì"], "lead"), (["chuẩn", "bị"], "prepare"),
        (["tham", "mưu"], "advise"), (["phối", "hợp"], "coordinate"),
    ]

    /// `roles` with their words as interner IDs (`WordPhrase`), in the same order.
    static let rolePhrases: [(WordPhrase, String)] = roles.map { (WordPhrase($0.0), $0.1) }

    /// Preparers named in `line`'s parentheses.
    public static func extract(from line: TokenizedLine) -> [Preparer] {
        extract(from: line, names: nil)
    }

    /// `extract(from:)` with the canonical names of the record so far (`AgencyNames.Cache`).
    static func extract(from line: TokenizedLine, names: AgencyNames.Cache?) -> [Preparer] {
        var result: [Preparer] = []
        for group in parentheses(in: line) {
            result.append(contentsOf: preparers(in: line, group.inner, isLast: group.isLast, names: names))
        }
        return result
    }

    /// Token ranges inside top-level parentheses, and whether each closes the line.
    static func parentheses(in line: TokenizedLine) -> [(inner: Range<Int>, isLast: Bool)] {
        var groups: [(Range<Int>, Bool)] = []
        var depth = 0
        var open = 0
        for i in line.bodyStart..<line.tokens.count {
            if line.isPunct(i, "(") {
                if depth == 0 { open = i }
                depth += 1
            } else if line.isPunct(i, ")"), depth > 0 {
                depth -= 1
                if depth == 0 {
                    var k = i + 1
                    while k < line.tokens.count, line.tokens[k].kind == .punct, !line.isPunct(k, "(") { k += 1 }
                    groups.append((open + 1..<i, k == line.tokens.count))
                }
            }
        }
        return groups
    }

    /// Splits `range` at commas and semicolons into token ranges.
    static func parts(_ line: TokenizedLine, _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for i in range where line.isPunct(i, ",") || line.isPunct(i, ";") {
            if i > start { result.append(start..<i) }
            start = i + 1
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }

    /// The last word of each of `rolePhrases`, as IDs: a part whose last token is none of them
    /// ends with no role phrase.
    static let roleLastWords: [UInt32] = rolePhrases.map { $0.0.ids[$0.0.ids.count - 1] }

    static func trailingRole(_ line: TokenizedLine, _ part: Range<Int>) -> (String, Int)? {
        // The last token first, by ID: most parts end with no role word, and the walk over the
        // role table copied each entry (issue 17).
        guard !part.isEmpty, roleLastWords.contains(line.tokens[part.upperBound - 1].word) else { return nil }
        for (words, role) in rolePhrases where part.count >= words.count {
            let at = part.upperBound - words.count
            if line.matches(words, at: at) { return (role, at) }
        }
        return nil
    }

    static func preparers(in line: TokenizedLine, _ inner: Range<Int>, isLast: Bool,
                          names: AgencyNames.Cache? = nil) -> [Preparer] {
        var end = inner.upperBound
        while end > inner.lowerBound, line.tokens[end - 1].kind == .punct { end -= 1 }
        let content = inner.lowerBound..<end
        guard !content.isEmpty else { return [] }
        let hasRole = trailingRole(line, content) != nil
        // "Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy": a comma inside a name.
        var pieces: [Range<Int>] = []
        for part in parts(line, content) {
            if let previous = pieces.last, let first = part.first, line.tokens[first].kind == .word,
               Alphabet.isLowercase(line.line.scalars[line.tokens[first].range.lowerBound]),
               !line.matches(Phrases.phốiHợp, at: first), !looksLikeAgency(line, part) {
                pieces[pieces.count - 1] = previous.lowerBound..<part.upperBound
            } else {
                pieces.append(part)
            }
        }
        if !hasRole {
            guard isLast, !pieces.isEmpty, pieces.allSatisfy({ looksLikeAgency(line, $0) }) else { return [] }
        }
        var result: [Preparer] = []
        var pending: [Range<Int>] = []
        func flush(_ role: String?) {
            for p in pending where !p.isEmpty {
                let name = agencyName(line, p)
                guard !name.isEmpty else { continue }
                result.append(Preparer(name: name, canonical: names?.canonical(name) ?? AgencyNames.canonical(name), role: role))
            }
            pending = []
        }
        for var piece in pieces {
            if line.matches(Phrases.phốiHợp, at: piece.lowerBound) {
                piece = piece.lowerBound + 2..<piece.upperBound
                if line.matches(Phrases.với, at: piece.lowerBound) { piece = piece.lowerBound + 1..<piece.upperBound }
                flush(nil)
                pending = [piece]
                flush("coordinate")
                continue
            }
            if let (role, at) = trailingRole(line, piece) {
                pending.append(piece.lowerBound..<at)
                flush(role)
            } else {
                pending.append(piece)
            }
        }
        flush(nil)
        return result
    }

    /// The name in a part, dropping a leading condition (`khi có chỉ đạo của … - Ủy ban X`).
    static func agencyName(_ line: TokenizedLine, _ part: Range<Int>) -> String {
        var start = part.lowerBound
        if let first = part.first, line.tokens[first].kind == .word,
           Alphabet.isLowercase(line.line.scalars[line.tokens[first].range.lowerBound]),
           !looksLikeAgency(line, part) {
            if let dash = part.last(where: { line.isPunct($0, "-") || line.isPunct($0, "–") }) { start = dash + 1 }
        }
        return start < part.upperBound ? text(line, start..<part.upperBound) : ""
    }

    /// `AgencyNames.looksLikeAgency(text(line, r))`, read on the line's scalars.
    static func looksLikeAgency(_ line: TokenizedLine, _ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return AgencyNames.looksLikeAgency("") }
        let lo = line.tokens[r.lowerBound].range.lowerBound, hi = line.tokens[r.upperBound - 1].range.upperBound
        let s = line.line.scalars
        return AgencyNames.looksLikeAgency(scalars: s[max(0, lo)..<min(hi, s.count)])
    }

    static func text(_ line: TokenizedLine, _ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return line.text(from: line.tokens[r.lowerBound].range.lowerBound, to: line.tokens[r.upperBound - 1].range.upperBound)
    }
}
