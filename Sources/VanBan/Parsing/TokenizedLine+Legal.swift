/// A legal division heading: `Chương II`, `Mục 1. …`, `Điều 5. Phạm vi điều chỉnh`.
public struct LegalHeading: Sendable, Equatable {
    /// The node kind it opens (`part`, `chapter`, `section`, `subsection`, `article`).
    public var kind: NodeKind
    /// Rank in `NumberingHierarchy`.
    var rank: Int
    /// The number.
    public var value: Int
    /// How the number is written: `.roman` or `.arabic`.
    public var style: NumberingStyle
    /// The label as written (`Chương II`, `Điều 5.`).
    public var label: String
    /// Offset in the line where the title starts (the line's length when the title is on the next line).
    public var titleOffset: Int
}

extension TokenizedLine {
    /// part | chapter | section | subsection | article := WORD NUMBER ("." | ":" | "-")? TITLE?
    ///
    /// The word is one of `NumberingHierarchy.legal`, capitalised (a line starting in lower
    /// case is running text); the number Arabic, Roman or (for *Phần*) *thứ* + ordinal.
    /// `Điều 5 của Luật …` (a word, not a title, after the number) and `Mục tiêu` (no number)
    /// are not headings; a line opening with a quotation mark never is.
    var legalHeading: LegalHeading? {
        guard marker == nil, !tokens.isEmpty else { return nil }
        // OCR leaves specks before a heading (": Chương I", "._ Điều 8."): up to two are skipped.
        var w = 0
        while w < 2, w < tokens.count, tokens[w].kind == .punct, Self.ocrSpecks.contains(line.scalars[tokens[w].range.lowerBound]) { w += 1 }
        // Quick reject: Phần, Chương, Mục, Tiểu mục, Điều (either case of the word) start with P C M T Đ.
        guard w < tokens.count, let first = line.scalars[tokens[w].range].first,
              first == "P" || first == "C" || first == "M" || first == "T" || first == "Đ" else { return nil }
        guard let level = NumberingHierarchy.legal.first(where: { matches($0.words, at: w) }) else { return nil }
        let labelStart = tokens[w].range.lowerBound
        var i = w + level.words.count
        if level.kind == .part, matches(["thứ"], at: i) { i += 1 }
        guard let (value, count) = ordinal(at: i) else { return nil }
        let isRoman = tokens[i].kind == .word
        // The ordinal words are for "Phần thứ nhất"; "Chương hai" is not a heading shape.
        if isRoman, RomanNumeral.value(of: text(i)) == nil, level.kind != .part { return nil }
        i += count
        let numberEnd = tokens[i - 1].range.upperBound
        var labelEnd = numberEnd
        var titleStart = line.scalars.count
        if i < tokens.count {
            if tokens[i].kind == .punct, isPunct(i, ".") || isPunct(i, ":") || isPunct(i, "-") || isPunct(i, "–") {
                labelEnd = tokens[i].range.upperBound
                titleStart = i + 1 < tokens.count ? tokens[i + 1].range.lowerBound : line.scalars.count
            } else if level.kind != .article, tokens[i].kind == .word, LineShape.isCapitalsTitle(line.scalars[tokens[i].range.lowerBound...]) {
                // "Chương I QUY ĐỊNH CHUNG": a capitalised title follows without punctuation
                // ("Chương V Thông tư này." is a wrapped reference, not a heading).
                titleStart = tokens[i].range.lowerBound
            } else {
                return nil
            }
        }
        return LegalHeading(kind: level.kind, rank: level.rank, value: value, style: isRoman ? .roman : .arabic,
                            label: String(scalars: line.scalars[labelStart..<labelEnd]), titleOffset: titleStart)
    }

    /// Stray marks OCR puts before a line (never a quotation mark or a bracket).
    static let ocrSpecks: Set<Unicode.Scalar> = [":", ".", "_", "¬", "`", "'", "~", ",", "·"]

    /// The title after a legal heading's number ("" when it is on the next line).
    var legalTitle: String {
        guard let h = legalHeading, h.titleOffset < line.scalars.count else { return "" }
        return String(scalars: line.scalars[h.titleOffset...])
    }
}
