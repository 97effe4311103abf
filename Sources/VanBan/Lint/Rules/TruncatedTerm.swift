/// `truncated-term`: a fixed name cut short — *Ủy ban nhân,* → *Ủy ban nhân dân*;
/// *Ban Thường Đảng ủy* → *Ban Thường vụ Đảng ủy*.
///
/// Names are held as compounds (`Lexicon.bodies`); a name is truncated when the text
/// stops inside a compound (a punctuation mark or the end follows) or skips the rest
/// of a compound and goes on with the next one. Anything else after the cut (*Ban
/// Thường trực*) is another word, not a truncation.
public enum TruncatedTerm: Rule {
    public static let id = "truncated-term"
    public static let nameVi = "tên cơ quan viết thiếu"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Tên cơ quan cố định bị viết thiếu (Ủy ban nhân, → Ủy ban nhân dân)",
        en: "A fixed name cut short (Ủy ban nhân, → Ủy ban nhân dân)")
    public static let details = LocalizedText(
        vi: "Tên được lưu theo từ ghép; báo khi văn bản dừng giữa một từ ghép (sau đó là dấu câu) hoặc bỏ mất nửa từ ghép rồi viết tiếp phần sau của tên.",
        en: "Names are held as compounds; reported when the text stops inside a compound (punctuation follows) or drops half a compound and goes on with the rest of the name.")
    public static let messages: [String: LocalizedText] = [
        "cut": LocalizedText(vi: "'{0}' bị viết thiếu; đúng là '{1}'", en: "'{0}' is cut short; it should be '{1}'"),
    ]
    public static let fixable = true

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let firstWords = Set(Lexicon.bodies.map { $0[0][0] })
        let firstBytes = Set(firstWords.compactMap { $0.utf8.first })
        let lines = document.textLines
        for (n, (t, keys)) in zip(lines, document.keys).enumerated() {
            var i = t.bodyStart
            while i < t.tokens.count {
                if let b = keys[i].utf8.first, firstBytes.contains(b), firstWords.contains(keys[i]), let (last, replacement, written) = truncation(t, at: i),
                   !continuesOnNextLine(t, from: i, last: last, replacement: replacement, next: n + 1 < lines.count ? lines[n + 1] : nil) {
                    let span = t.span(tokens: i, last)
                    // A name cut by the end of the line may go on where the copy lost text
                    // (an OCR dump's cut line): reported, but not fixed.
                    let atEnd = (last + 1..<t.tokens.count).allSatisfy { t.tokens[$0].kind != .word && t.isPunct($0, "*") }
                    let fix = span.start.line == span.end.line && !atEnd ? Fix(span: span, replacement: replacement) : nil
                    report.add("cut", [written, replacement], at: span, fix: fix)
                    i = last + 1
                } else {
                    i += 1
                }
            }
        }
    }

    /// True when the name only breaks with the line: the next logical line (a table cell
    /// or a signature block wrapped by the web copy: *TM. ỦY BAN NHÂN* / *DÂN*) starts
    /// with the word the name lacks.
    static func continuesOnNextLine(_ t: TokenizedLine, from i: Int, last: Int, replacement: String, next: TokenizedLine?) -> Bool {
        guard let next, (last + 1..<t.tokens.count).allSatisfy({ t.tokens[$0].kind != .word }),
              let first = next.tokens.firstIndex(where: { $0.kind == .word }) else { return false }
        let have = t.tokens[i...last].filter { $0.kind == .word }.count
        let words = replacement.split(separator: " ")
        guard have < words.count else { return false }
        return foldKey(String(words[have])) == foldKey(next.tokens[first].lower)
    }

    /// A truncated name starting at token `i`: its last token, the full name in the
    /// writer's capitals, and the text as written.
    static func truncation(_ t: TokenizedLine, at i: Int) -> (Int, String, String)? {
        for name in Lexicon.bodies {
            var k = i
            var full: [String] = []
            for (c, compound) in name.enumerated() {
                if t.matchesFolded(compound, at: k) {
                    full.append(contentsOf: (k..<(k + compound.count)).map { t.text($0) })
                    k += compound.count
                    continue
                }
                // Inside a compound: the first syllables match, the rest is missing.
                guard c > 0, compound.count >= 2, t.matchesFolded([compound[0]], at: k) else { break }
                let next = k + 1
                let stopped = next >= t.tokens.count || (t.tokens[next].kind == .punct && !t.isPunct(next, "-"))
                let skipped = c + 1 < name.count && t.matchesFolded(name[c + 1], at: next)
                guard stopped || skipped else { break }
                var words = full + [t.text(k)] + compound.dropFirst().map { capitalized($0, like: t.text(k)) }
                var last = k
                if skipped {
                    let rest = name[c + 1]
                    words += (next..<(next + rest.count)).map { t.text($0) }
                    last = next + rest.count - 1
                }
                let written = t.text(from: t.tokens[i].range.lowerBound, to: t.tokens[last].range.upperBound)
                return (last, words.joined(separator: " "), written)
            }
        }
        return nil
    }

    /// `word` in capitals when `model` is written in capitals (*BAN THƯỜNG VỤ*); otherwise as
    /// it is, since names keep the second syllable of a compound in lower case.
    static func capitalized(_ word: String, like model: String) -> String {
        let letters = model.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count > 1, letters.allSatisfy({ $0.properties.isUppercase }) { return word.uppercased() }
        return word
    }
}
