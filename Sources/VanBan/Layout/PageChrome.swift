/// Lines that belong to the page or the tool that produced the text, not to the
/// document: OCR page banners and web-copy table chrome. Layout recovery drops
/// them (banners are listed with the page numbers in `source.pageNumberLines`).
extension LineShape {
    /// Words that open a page banner, with the dialect that prints them.
    static let pageWords: [(word: String, seenIn: String)] = [
        ("page", "OCR and PDF tools (`Page 3`, `--- Page 3 ---`, `Page 3 of 12`)"),
        ("trang", "Vietnamese PDF printers (`Trang 3/12`)"),
    ]

    /// `Page 3`, `--- Page 3 ---`, `=== Page 3 of 12 ===`, `Trang 3/12`, `[OCR Result]`, `[Page 3]`,
    /// and an OCR tool's status line (`text_chars=148 | images=1 | ocr_ran=True`).
    public static func isPageBanner(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count <= 100 else { return false }
        // `-=*#_ ` trimmed from both ends, compared as values (a String's scalars searched for
        // each end scalar, and the Unicode property of the first, were most of layout
        // recovery's cost: this runs on every line; issue 17).
        @inline(__always) func isFrame(_ c: Unicode.Scalar) -> Bool {
            c == "-" || c == "=" || c == "*" || c == "#" || c == "_" || c == " "
        }
        var lo = 0, hi = s.count
        while lo < hi, isFrame(s[lo]) { lo += 1 }
        // Quick reject: a banner starts with `[` or an ASCII letter.
        guard lo < hi, case let f = s[lo], f == "[" || (f.value | 0x20 >= 0x61 && f.value | 0x20 <= 0x7A) else { return false }
        while hi > lo, isFrame(s[hi - 1]) { hi -= 1 }
        let t = s[lo..<hi]
        // "[OCR Result]", "[Page 3]": a short bracketed ASCII label alone on a line.
        if t.first == "[", t.last == "]", t.count <= 30, t.contains(where: { $0.properties.isAlphabetic }),
           t.dropFirst().dropLast().allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == " " || ("0"..."9").contains($0)) }) {
            return true
        }
        if isToolStatusLine(t) { return true }
        guard f == "P" || f == "p" || f == "T" || f == "t" else { return false }
        // Only a page word and a space, in any case, can open what follows: no scalar outside
        // ASCII lower-cases to an ASCII letter but the Kelvin sign (`k`, in no page word), so the
        // lower-case String is built only for such a line.
        guard pageWords.contains(where: { startsASCIIWord(t, $0.word) }) else { return false }
        let lower = String(scalars: t, lowercased: true)
        for (word, _) in pageWords where lower.hasPrefix(word + " ") {
            // The rest: N, N/M, N of M, N trên M.
            let rest = lower.dropFirst(word.count + 1).split(separator: " ")
            guard let first = rest.first else { return false }
            let numbers = first.split(separator: "/")
            guard !numbers.isEmpty, numbers.count <= 2, numbers.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }) else { return false }
            if rest.count == 1 { return true }
            return rest.count == 3 && (rest[1] == "of" || rest[1] == "trên" || rest[1] == "/") && rest[2].allSatisfy(\.isASCIIDigit)
        }
        return false
    }

    /// `text_chars=148 | images=1 | ocr_ran=True`: ASCII `key=value` fields, at least two.
    static func isToolStatusLine(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        // ASCII throughout and an `=`: one pass, stopping at the first non-ASCII scalar.
        var equals = false
        for c in t {
            if c.value >= 0x80 { return false }
            if c == "=" { equals = true }
        }
        guard equals else { return false }
        let fields = String(scalars: t).split(whereSeparator: { $0 == "|" || $0 == " " || $0 == "," })
        return fields.count >= 2 && fields.allSatisfy { f in
            let kv = f.split(separator: "=", omittingEmptySubsequences: false)
            return kv.count == 2 && !kv[0].isEmpty && !kv[1].isEmpty && kv[0].allSatisfy { $0.isLetter || $0 == "_" }
        }
    }

    /// True when `t` starts with `word` (ASCII lower case) and a space, ASCII letters of `t`
    /// compared in lower case.
    static func startsASCIIWord(_ t: ArraySlice<Unicode.Scalar>, _ word: String) -> Bool {
        var i = t.startIndex
        for b in word.utf8 {
            guard i < t.endIndex else { return false }
            var v = t[i].value
            if v >= 0x41 && v <= 0x5A { v |= 0x20 }
            guard v == UInt32(b) else { return false }
            i += 1
        }
        return i < t.endIndex && t[i] == " "
    }

    /// `|` alone, `| --- | :---: |`: the frame of a web-copy table, no content.
    public static func isTableChrome(_ s: [Unicode.Scalar]) -> Bool {
        guard s.first == "|" else { return false }
        return s.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " || $0 == "=" || $0 == "+" }
    }

    /// `| 1 | Tiềm lực … | Thứ bậc |`: a row of a pipe table, kept as a line of its own.
    public static func isPipeRow(_ s: [Unicode.Scalar]) -> Bool {
        s.count >= 3 && s.first == "|" && s.last == "|"
    }

    /// The cells of a pipe row, trimmed (`| a | b |` → `["a", "b"]`).
    public static func pipeCells(_ s: [Unicode.Scalar]) -> [String] {
        pipeCellSlices(s).map(trimmedCell)
    }

    /// The cells of a pipe row as printed, untrimmed: the scalars between the bars.
    static func pipeCellSlices(_ s: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
        var inner = s[...]
        if inner.first == "|" { inner = inner.dropFirst() }
        if inner.last == "|" { inner = inner.dropLast() }
        return inner.split(separator: "|", omittingEmptySubsequences: false)
    }

    /// A cell without its leading and trailing spaces, trimmed on the scalars: the same as
    /// trimming the String by Character (`trimmingSpaces`, which walked grapheme clusters
    /// and was a tenth of a pipe table's cost: issue 17) wherever the scalar next to the
    /// cut cannot join a space into one Character (below U+0300, or a Vietnamese letter);
    /// anything else takes the Character path.
    static func trimmedCell(_ cell: ArraySlice<Unicode.Scalar>) -> String {
        var t = cell
        while t.first == " " { t = t.dropFirst() }
        while t.last == " " { t = t.dropLast() }
        func simple(_ c: Unicode.Scalar?) -> Bool { c.map { $0.value < 0x300 || Alphabet.isVietnameseLetter($0) } ?? true }
        guard t.count == cell.count || (simple(t.first) && simple(t.last)) else { return String(scalars: cell).trimmingSpaces }
        return String(scalars: t)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension LineShape {
    /// The words that open a legal division heading (`NumberingHierarchy.legal` in the parser,
    /// which Layout cannot see): such a line starts a logical line, never continues one.
    static let legalHeadingWords = ["phần ", "chương ", "mục ", "tiểu mục ", "điều "]
    /// `legalHeadingWords` as scalars, made once.
    static let legalHeadingScalars = legalHeadingWords.map { Array($0.unicodeScalars) }

    /// `Điều 5.`, `Chương II`, `Mục 2`: the start of a legal heading. `Điều 20 và khoản 2`
    /// (a reference wrapped to the start of a line) has no dot after the number and is not.
    public static func startsLegalHeading(_ s: [Unicode.Scalar]) -> Bool {
        guard let f = s.first, f == "P" || f == "C" || f == "M" || f == "T" || f == "Đ" else { return false }
        // Compared in lower case (`Alphabet.lower`, scalar by scalar, in place: a lower-case
        // String of the line's head was built for every line starting with one of these
        // capitals): `ĐIỀU`, `Điều`, and `ĐIềU` from a legacy font that lost accented capitals.
        let words = legalHeadingScalars
        for w in words.indices where startsLowercased(s, words[w]) {
            var i = words[w].count
            let start = i
            while i < s.count, isDigitOrRomanCapital(s[i]) { i += 1 }
            guard i > start else { return false }
            if i == s.count { return true }
            if s[i] == "." || s[i] == ":" { return true }
            // "Chương I QUY ĐỊNH CHUNG"; not "Điều 20 và …" (the last word).
            guard w != words.count - 1, s[i] == " " else { return false }
            return isCapitalsTitle(s[(i + 1)...])
        }
        return false
    }

    /// True when `s` lower-cased scalar by scalar (`Alphabet.lower`) starts with `word`.
    @inline(__always)
    static func startsLowercased(_ s: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
        guard s.count >= word.count else { return false }
        for k in word.indices where Alphabet.lower(s[k]) != word[k] { return false }
        return true
    }

    /// `0`–`9` or one of `IVXLC`.
    @inline(__always)
    static func isDigitOrRomanCapital(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x30...0x39, 0x49, 0x56, 0x58, 0x4C, 0x43: return true
        default: return false
        }
    }

    /// A title in capitals (`QUY ĐỊNH CHUNG`), also when a legacy font lost the case of accented
    /// capitals (`QUY ĐịNH CHUNG`, TCVN3 without its capital block): it starts with a capital and
    /// has no lower-case ASCII letter. `Thông tư này.` is not one.
    public static func isCapitalsTitle(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = 0
        for c in s where c.properties.isAlphabetic {
            if letters == 0, !c.properties.isUppercase { return false }
            if c.isASCII, c.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}
