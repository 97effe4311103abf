/// `tone-style-mixed`: both tone-mark styles in one document (*Đảng uỷ* and *Đảng ủy*).
/// Reported once, at the first word in the minority style; the fix moves the mark of
/// every such word to the majority style (KNOWLEDGE.md "Tone-mark styles").
public enum ToneStyleMixed: Rule {
    public static let id = "tone-style-mixed"
    public static let nameVi = "lẫn kiểu bỏ dấu"
    public static let severity = Severity.info
    public static let summary = LocalizedText(
        vi: "Văn bản dùng lẫn hai kiểu bỏ dấu thanh (Đảng uỷ và Đảng ủy)",
        en: "Both tone-mark styles in one document (Đảng uỷ and Đảng ủy)")
    public static let details = LocalizedText(
        vi: "Đếm các âm tiết tận cùng oa, oe, uy theo kiểu cũ (hòa, thủy) và kiểu mới (hoà, thuỷ). Sửa: đưa về kiểu chiếm đa số.",
        en: "Counts syllables ending in oa, oe, uy in the old style (hòa, thủy) and the new (hoà, thuỷ). Fix: the majority style.")
    public static let messages: [String: LocalizedText] = [
        "mixed": LocalizedText(vi: "Dùng lẫn hai kiểu bỏ dấu: {0} từ kiểu cũ (hòa, ủy), {1} từ kiểu mới (hoà, uỷ); nên thống nhất theo kiểu {2}",
                               en: "Both tone-mark styles: {0} words old style (hòa, ủy), {1} new style (hoà, uỷ); use the {3} style throughout"),
    ]
    public static let fixable = true

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let source = document.source
        let (old, new) = styledWords(source)
        guard !old.isEmpty, !new.isEmpty, old.count != new.count else { return }
        let target: ToneStyle = old.count > new.count ? .old : .new
        let minority = target == .old ? new : old
        var edits: [TextEdit] = []
        // The minority's words are in line order: each of their lines is decoded once.
        var lineIndex = -1
        var line: ArraySlice<Unicode.Scalar> = []
        for (index, r) in minority {
            if index != lineIndex { line = source.line(index); lineIndex = index }
            var word = Array(line[r])
            guard ToneMarks.restyle(&word, range: 0..<word.count, to: target) else { continue }
            let start = r.lowerBound
            let span = SourceSpan(start: SourceLocation(line: index + 1, column: source.column(line: index, offset: start)),
                                  end: SourceLocation(line: index + 1, column: source.column(line: index, offset: start + r.count)))
            edits.append(TextEdit(span: span, replacement: String(scalars: word)))
        }
        guard let first = edits.first else { return }
        let name = target == .old ? ("cũ", "old") : ("mới", "new")
        report.add("mixed", ["\(old.count)", "\(new.count)", name.0, name.1], at: first.span, fix: Fix(edits))
    }

    /// The words of `source` in the old and in the new style, as (0-based line, scalar range in
    /// the line), in text order: the runs of two to five letters that `style(of:)` gives a
    /// style. Found from the toned vowels next to their *oa/oe/uy* partner
    /// (`ToneMarks.forEachTonedWord`, one compare for most scalars) instead of walking every
    /// letter of every line (`Alphabet.isLetter` per scalar: issue 17).
    static func styledWords(_ source: SourceText) -> (old: [(Int, Range<Int>)], new: [(Int, Range<Int>)]) {
        var old: [(Int, Range<Int>)] = []
        var new: [(Int, Range<Int>)] = []
        for index in 0..<source.lineCount {
            source.withLine(index) { s in
                ToneMarks.forEachTonedWord(s) { r in
                    switch ToneMarks.style(of: UnsafeBufferPointer(rebasing: s[r])) {
                    case .old?: old.append((index, r))
                    case .new?: new.append((index, r))
                    default: break
                    }
                }
            }
        }
        return (old, new)
    }

    /// False when a word ending in `a`, `b` cannot be in either tone style
    /// (`ToneMarks.style`): that needs an *o* or *u* then an *a*, *e* or *y* (any case), one
    /// of them carrying a tone mark, so not both ASCII; an ASCII letter must be one of those.
    @inline(__always)
    static func mayHaveStyle(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let x = a.value, y = b.value
        if x < 0x80 && y < 0x80 { return false }
        if x < 0x80 { let l = x | 0x20; if l != 0x6F && l != 0x75 { return false } }
        if y < 0x80 { let l = y | 0x20; if l != 0x61 && l != 0x65 && l != 0x79 { return false } }
        return true
    }
}
