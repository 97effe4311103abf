/// Shape predicates on cleaned lines, shared by layout recovery and the lexer.
public enum LineShape {
    /// `.` `;` `:` `!` `?` `…` — a line ending with one of these finished its sentence.
    public static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        switch s { case ".", ";", ":", "!", "?", "…": return true; default: return false }
    }

    /// At least two letters and none of them lower-case: `BAN THƯỜNG VỤ ĐẢNG UỶ`, `T/M BAN CHẤP HÀNH`.
    public static func isAllCaps(_ s: [Unicode.Scalar]) -> Bool {
        isAllCaps(s[...])
    }

    /// `isAllCaps` of part of a line, read in place.
    static func isAllCaps(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = 0
        for c in s where Alphabet.isAlphabetic(c) {
            if Alphabet.isLowercase(c) { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// `-----`, `___`, `===`: a rule drawn under a title.
    public static func isSeparator(_ s: [Unicode.Scalar]) -> Bool {
        s.count >= 3 && s.allSatisfy { $0 == "-" || $0 == "_" || $0 == "=" || $0 == "–" || $0 == " " }
    }

    /// A page number alone on a line: `5`, `- 5 -`, `Trang 5`.
    public static func isPageNumber(_ s: [Unicode.Scalar]) -> Bool {
        var t = s[...]
        // A String literal's scalars are decoded at each `starts(with:)`: asked only of a `T` line.
        if t.first == "T", t.starts(with: Prefix.trang) { t = t.dropFirst(6) }
        while let f = t.first, f == "-" || f == " " { t = t.dropFirst() }
        while let l = t.last, l == "-" || l == " " { t = t.dropLast() }
        return !t.isEmpty && t.count <= 3 && t.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 } && t.first != "0"
    }

    /// A whole-line year heading: `Năm 2026`, `NĂM 2026` (capital N: a wrapped
    /// "năm 2026" is a continuation, never a heading).
    public static func isYearHeading(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count == 8 || (s.count == 9 && s[8] == ":"),
              s[0] == "N", s[1] == "ă" || s[1] == "Ă", s[2] == "m" || s[2] == "M", s[3] == " " else { return false }
        return (4..<8).allSatisfy { s[$0].value >= 0x30 && s[$0].value <= 0x39 }
    }

    /// A whole-line month heading with a capital T: `Tháng 3/2028`, `THÁNG 01 NĂM 2028`,
    /// `Tháng 12:` (a wrapped "tháng 3/2028" starts in lower case and is a continuation).
    public static func isMonthHeading(_ s: [Unicode.Scalar]) -> Bool {
        var t = s[...]
        while let l = t.last, l == " " || l == ":" || l == "." { t = t.dropLast() }
        guard t.count >= 7, t.first == "T", hasPrefix(t, Prefix.thang) || hasPrefix(t, Prefix.thangCaps) else { return false }
        t = t.dropFirst(6)
        func digits(_ n: ClosedRange<Int>) -> Int? {
            var value = 0, count = 0
            while let f = t.first, f.value >= 0x30, f.value <= 0x39, count < n.upperBound {
                value = value * 10 + Int(f.value - 0x30); count += 1; t = t.dropFirst()
            }
            return n.contains(count) ? value : nil
        }
        guard let month = digits(1...2), (1...12).contains(month) else { return false }
        if t.first == "/" {
            t = t.dropFirst()
            guard digits(4...4) != nil else { return false }
        } else if t.first == " " {
            t = t.dropFirst()
            guard hasPrefix(t, Prefix.nam) || hasPrefix(t, Prefix.namCaps) else { return false }
            t = t.dropFirst(4)
            guard digits(4...4) != nil else { return false }
        }
        return t.isEmpty
    }

    /// True when `s` starts with `prefix`, ignoring case of the first letter only.
    public static func hasPrefix(_ s: [Unicode.Scalar], _ prefix: String) -> Bool {
        var i = 0
        for p in prefix.unicodeScalars {
            guard i < s.count else { return false }
            if s[i] != p {
                guard i == 0, sameIgnoringCase(s[i], p) else { return false }
            }
            i += 1
        }
        return true
    }

    /// `hasPrefix(_:_:)` of part of a line, read in place, with the prefix's scalars made once
    /// (`Prefix`): layout recovery asks it of every line it may join, and decoding a String
    /// literal's scalars and copying the line's head into an array at each call were most of
    /// the cost (issue 17, tenth session).
    static func hasPrefix(_ s: ArraySlice<Unicode.Scalar>, _ prefix: [Unicode.Scalar]) -> Bool {
        guard s.count >= prefix.count else { return false }
        var i = s.startIndex
        for k in prefix.indices {
            if s[i] != prefix[k] {
                guard k == 0, sameIgnoringCase(s[i], prefix[k]) else { return false }
            }
            i += 1
        }
        return true
    }

    /// The prefixes layout recovery compares lines with, as scalars.
    enum Prefix {
        static let thang = Array("Tháng ".unicodeScalars), thangCaps = Array("THÁNG ".unicodeScalars)
        static let nam = Array("năm ".unicodeScalars), namCaps = Array("NĂM ".unicodeScalars)
        static let recipients = Array("Nơi nhận".unicodeScalars), recipientsCaps = Array("NƠI NHẬN".unicodeScalars)
        static let trenDay = Array("Trên đây".unicodeScalars)
        static let trang = Array("Trang ".unicodeScalars)
    }

    /// Equal full lower-case mappings; ASCII without building the mapping strings.
    @inline(__always)
    static func sameIgnoringCase(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        if a.value < 0x80 && b.value < 0x80 { return Alphabet.lower(a) == Alphabet.lower(b) }
        // One ASCII and one not: the only scalar outside ASCII whose full lower-case mapping is
        // an ASCII scalar is the Kelvin sign, `k` (`FrontSession10EquivalenceTests`); the
        // mapping strings cost a few hundred instructions, and a line's capital with a mark
        // (`Đ`, `Ủ`) meets an ASCII prefix on most lines layout recovery asks.
        if a.value < 0x80 { return b.value == 0x212A && Alphabet.lower(a) == "k" }
        if b.value < 0x80 { return a.value == 0x212A && Alphabet.lower(b) == "k" }
        return a.properties.lowercaseMapping == b.properties.lowercaseMapping
    }

    /// `Phụ lục số 01`, `PHỤ LỤC 2`, `Phụ lục I`: the start of an appendix.
    public static func isAppendixHeading(_ s: [Unicode.Scalar]) -> Bool {
        // Every line is asked: the first letter rejects nearly all before a string is built.
        guard s.count <= 60, let first = s.first, first == "p" || first == "P" else { return false }
        // `ph` must open the lower-case text: a line that has no `h` second is rejected before its
        // String is built (`h` with a mark is another Character, so no such line matched).
        guard s.count >= 2, Alphabet.lower(s[1]) == "h" else { return false }
        let lower = String(scalars: s, lowercased: true)
        guard lower.hasPrefix("phụ lục") else { return false }
        var rest = lower.dropFirst(7).drop(while: { $0 == " " })
        if rest.hasPrefix("số") { rest = rest.dropFirst(2).drop(while: { $0 == " " }) }
        guard let f = rest.first else { return true }
        return f.isNumber || "ivx".contains(f)
    }

    /// `Nơi nhận:` — the recipients block, in any typography: `__Nơi nhận__:`,
    /// `# Nơi nhận:`, `Nơi nhận :` (bold and italics are already gone).
    public static func isRecipientsHeading(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, s[i] == "#" || s[i] == "_" || s[i] == " " { i += 1 }
        return hasPrefix(s[i...], Prefix.recipients) || hasPrefix(s[i...], Prefix.recipientsCaps)
    }
}
