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
    var legalHeading: LegalHeading? { legalHeading(afterDash: false) }

    /// `- Điều 20. Chuẩn bị …`: an article heading behind a dash, which OCR puts before a
    /// heading as often as a list puts it before an item. The parser takes it for an
    /// article only when its number is the next in the sequence.
    var dashedArticle: LegalHeading? {
        guard marker?.style == .dash, let h = legalHeading(afterDash: true), h.kind == .article else { return nil }
        return h
    }

    private func legalHeading(afterDash: Bool) -> LegalHeading? {
        guard !tokens.isEmpty else { return nil }
        var w = 0
        var specked = false
        if let m = marker {
            // OCR: a dash speck far before a chapter heading (`-      ChươngV Ô   :`); the gap is
            // read after the quick reject below (it maps offsets to columns, and every dash item
            // of the body came here: issue 17).
            guard m.style == .dash else { return nil }
            w = bodyStart
            specked = !afterDash
        }
        // OCR leaves specks before a heading (": Chương I", "._ Điều 8."): up to two are skipped.
        while w < 2, w < tokens.count, tokens[w].kind == .punct, Self.ocrSpecks.contains(line.scalars[tokens[w].range.lowerBound]) { w += 1 }
        // Quick reject: Phần, Chương, Mục, Tiểu mục, Điều (either case of the word) start with
        // P C M T Đ; OCR prints Điều as `Dieu` or with an eth (`Ðiều`).
        guard w < tokens.count, let first = line.scalars[tokens[w].range].first,
              first == "P" || first == "C" || first == "M" || first == "T" || first == "Đ" || first == "D" || first == "Ð"
        else { return nil }
        // `legalWord` finds a level only at one of its opening words (by ID), or at a word of
        // four or more scalars opening with C, D, Đ or Ð (its OCR forms): other words (`Các`,
        // `Tổ chức`, `Thực hiện` …) are let go here, before the marker's gap is measured and the
        // levels' phrases are compared one by one (issue 17).
        guard NumberingHierarchy.legalFirstWords.contains(tokens[w].word)
                || ((first == "C" || first == "D" || first == "Đ" || first == "Ð") && tokens[w].range.count >= 4)
        else { return nil }
        if marker != nil, !afterDash, !isWideGapAfterMarker { return nil }
        guard let (level, glued) = legalWord(at: w) else { return nil }
        if specked, level.kind != .chapter && level.kind != .part { return nil }
        let labelStart = tokens[w].range.lowerBound
        let value: Int
        let isRoman: Bool
        var i: Int
        if let glued {
            // `ChươngVH`, `Điều5.`: the number glued to the word.
            guard let v = glued.value else { return nil }
            (value, isRoman, i) = (v, glued.roman, w + 1)
        } else {
            i = w + level.words.count
            if level.kind == .part, matches(Phrases.thứ, at: i) { i += 1 }
            if let (v, count) = ordinal(at: i) {
                isRoman = tokens[i].kind == .word
                // The ordinal words are for "Phần thứ nhất"; "Chương hai" is not a heading shape.
                if isRoman, RomanNumeral.value(of: text(i)) == nil, level.kind != .part { return nil }
                value = v
                i += count
            } else if level.kind == .chapter, i < tokens.count, let v = Self.ocrRoman(text(i)) {
                // `Chương VỊ`: OCR marks or doubles a Roman letter.
                (value, isRoman) = (v, true)
                i += 1
            } else {
                return nil
            }
        }
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
            } else if level.kind == .chapter, Self.isNoise(line.scalars[tokens[i].range.lowerBound...]) {
                // `ChươngV Ô   :` — OCR specks after the number; the title is on the next line.
            } else {
                return nil
            }
        }
        return LegalHeading(kind: level.kind, rank: level.rank, value: value, style: isRoman ? .roman : .arabic,
                            label: String(scalars: line.scalars[labelStart..<labelEnd]), titleOffset: titleStart)
    }

    /// The legal level whose word starts at token `w`: as written, or (for the words in
    /// `ocrWords`) without or with the wrong diacritics, or with its number glued on
    /// (`ChươngV`); `glued` then holds the number read from the rest of the token.
    func legalWord(at w: Int) -> (NumberingHierarchy.LegalLevel, glued: (value: Int?, roman: Bool)?)? {
        if let k = NumberingHierarchy.legalPhrases.firstIndex(where: { matches($0, at: w) }) { return (NumberingHierarchy.legal[k], nil) }
        let raw = line.scalars[tokens[w].range]
        // Only a capitalised word: `dieu` in running text is not a heading. Most lines start
        // with no such word: they are let go before any letter is looked up.
        guard let f = raw.first, f == "C" || f == "D" || f == "Đ" || f == "Ð", raw.count >= 4 else { return nil }
        for (word, kind) in Self.ocrWords where Skeleton.starts(raw, with: word) {
            guard let level = NumberingHierarchy.legal.first(where: { $0.kind == kind }) else { continue }
            if raw.count == word.count { return (level, nil) }
            let rest = String(scalars: raw.dropFirst(word.count))
            if let v = Int(rest) { return (level, (v, false)) }
            guard rest.unicodeScalars.allSatisfy({ Alphabet.isUppercase($0) || $0 == "1" }) else { continue }
            return (level, (RomanNumeral.value(of: rest) ?? (kind == .chapter ? Self.ocrRoman(rest) : nil), true))
        }
        return nil
    }

    /// At most two letters, none in lower case: what OCR leaves of a speck (`Ô   :`).
    static func isNoise(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = 0
        for c in s where Alphabet.isAlphabetic(c) {
            if Alphabet.isLowercase(c) { return false }
            letters += 1
        }
        return letters <= 2
    }

    /// Legal words OCR damages, by their skeleton (`Skeleton`), with the level they open.
    /// Only words whose skeleton is no other common word at the start of a line: *Mục*
    /// (*mức*) and *Phần* (*phân*) are left out.
    static let ocrWords: [([Unicode.Scalar], NodeKind)] = [(Array("chuong".unicodeScalars), .chapter), (Array("dieu".unicodeScalars), .article)]

    /// A Roman number as OCR prints it: a marked `I` (`VỊ`, `XÍ`, `IỊ`), `H` for `II` (`VH`),
    /// `l` or `1` for `I`. At least one true Roman letter (I, V or X) is needed and every
    /// letter must be one of these, so that a word (`Ô`, `HỘI`) is never read as a number.
    static func ocrRoman(_ raw: String) -> Int? {
        guard raw.unicodeScalars.contains(where: { $0 == "I" || $0 == "V" || $0 == "X" }) else { return nil }
        var fixed = ""
        for c in raw.unicodeScalars {
            switch c {
            case "I", "V", "X": fixed.unicodeScalars.append(c)
            // Also in lower case: a TCVN3 file in the lower-case font set has no accented capitals.
            case "Ị", "Í", "Ì", "Ỉ", "Ĩ", "ị", "í", "ì", "ỉ", "ĩ", "l", "1", "|": fixed += "I"
            case "H": fixed += "II"
            default: return nil
            }
        }
        return RomanNumeral.value(of: fixed)
    }

    /// The original line has three or more blanks between the list marker and the text.
    var isWideGapAfterMarker: Bool {
        guard bodyStart > 0, bodyStart < tokens.count else { return false }
        let a = line.endLocation(after: tokens[bodyStart - 1].range.upperBound - 1)
        let b = line.location(at: tokens[bodyStart].range.lowerBound)
        return a.line == b.line && b.column - a.column >= 3
    }

    /// Stray marks OCR puts before a line (never a quotation mark or a bracket).
    static let ocrSpecks: Set<Unicode.Scalar> = [":", ".", "_", "¬", "`", "'", "~", ",", "·"]
}
