/// How a heading or list item is numbered. The style, not indentation (which PDF
/// dumps lose), decides the level of a line in the document tree.
public enum NumberingStyle: String, Sendable, Codable, CaseIterable {
    /// `A.` `B.` — parts (*phần*).
    case upperLatin
    /// `I.` `II.` — sections (*mục*).
    case roman
    /// `1.` `2.`
    case arabic
    /// `2.1.` `1.2.3.`
    case dotted
    /// `1)` `2)`
    case arabicParen
    /// `(1)` `(2)`
    case parenthesized
    /// `a)` `b)`
    case letter
    /// `-` `–`
    case dash
    /// `•` (also a Markdown `* ` bullet)
    case bullet
    /// `+`
    case plus
}

/// A numbering marker at the start of a line: `II.`, `2.1.`, `(3)`, `a)`, `-`; the central
/// Party forms `II-`, `1-`, `a-` (Hướng dẫn 36-HD/VPTW) have the style of `II.`, `1.`, `a)`.
public struct ListMarker: Sendable, Equatable {
    /// The numbering style.
    public var style: NumberingStyle
    /// `length`'s storage, next to `style` (a marker is 32 bytes, not 40, in every tokenised
    /// line: issue 17); a marker of 2³¹ scalars or more keeps `Int32.max`.
    private var storedLength: Int32
    /// The marker as written, without trailing white space (`2.1.`, `(3)`, `-`).
    public var label: String
    /// Numeric value(s): `[2, 1]` for `2.1.`, `[4]` for `IV.`, `[2]` for `b)`; empty for bullets.
    public var values: [Int]
    /// Scalars taken by the marker and the white space after it.
    public var length: Int {
        get { Int(storedLength) }
        set { storedLength = Int32(clamping: newValue) }
    }

    public init(style: NumberingStyle, label: String, values: [Int], length: Int) {
        self.style = style
        self.storedLength = Int32(clamping: length)
        self.label = label
        self.values = Self.shared(values)
    }

    /// One array for each value of a one-value marker below 1,000 (`1.`, `(3)`, `IV.`, `b)`),
    /// shared by every marker of the process that has it: an array of its own in every
    /// numbered line was an allocation of 48 bytes or more per line, held for the whole run
    /// (issue 17). Built on first use.
    static let singles: [[Int]] = (0..<1000).map { [$0] }

    /// `values`, as the shared array of `singles` when there is one.
    @inline(__always)
    static func shared(_ values: [Int]) -> [Int] {
        guard values.count == 1, case let v = values[0], v >= 0, v < 1000 else { return values }
        return singles[v]
    }

    /// `[value]`, shared when it can be (`singles`).
    @inline(__always)
    static func single(_ value: Int) -> [Int] { value >= 0 && value < 1000 ? singles[value] : [value] }

    /// Recognises a marker at the start of `s` (a cleaned line), or returns nil.
    public static func recognize(_ s: [Unicode.Scalar]) -> ListMarker? {
        let n = s.count
        guard n > 0 else { return nil }
        func isSpace(_ i: Int) -> Bool { i >= n || s[i] == " " }
        func skipSpace(_ i: Int) -> Int { var j = i; while j < n && s[j] == " " { j += 1 }; return j }
        func label(_ end: Int) -> String { String(scalars: s[0..<end]) }
        let first = s[0]
        switch first {
        case "-", "–", "—", "−":
            // "-Thảo luận" (no space) is still a dash item; "--" or "-----" is not.
            if n > 1, s[1] == "-" || s[1] == "–" { return nil }
            return ListMarker(style: .dash, label: "-", values: [], length: skipSpace(1))
        case "•", "●", "▪", "◦":
            return ListMarker(style: .bullet, label: "•", values: [], length: skipSpace(1))
        case "+":
            guard isSpace(1) else { return nil }
            return ListMarker(style: .plus, label: "+", values: [], length: skipSpace(1))
        case "(":
            var j = 1
            var value = 0
            while j < n, j < 4, let d = digit(s[j]) { value = value * 10 + d; j += 1 }
            guard j > 1, j < n, s[j] == ")", isSpace(j + 1) else { return nil }
            return ListMarker(style: .parenthesized, label: label(j + 1), values: single(value), length: skipSpace(j + 1))
        default:
            break
        }
        if digit(first) != nil {
            var values: [Int] = []
            var j = 0
            while true {
                var value = 0, digits = 0
                while j < n, digits < 4, let d = digit(s[j]) { value = value * 10 + d; j += 1; digits += 1 }
                guard digits > 0, digits <= (values.isEmpty ? 3 : 2) else { return nil }
                values.append(value)
                guard j < n else { return nil }
                if s[j] == ")" {
                    guard values.count == 1, isSpace(j + 1) else { return nil }
                    return ListMarker(style: .arabicParen, label: label(j + 1), values: values, length: skipSpace(j + 1))
                }
                // Central Party numbering "1- " (Hướng dẫn 36-HD/VPTW) reads like "1. ".
                if s[j] == "-", values.count == 1, j + 1 < n, s[j + 1] == " " {
                    return ListMarker(style: .arabic, label: label(j + 1), values: values, length: skipSpace(j + 1))
                }
                guard s[j] == "." else { return nil }
                j += 1
                if j >= n || s[j] == " " || isLetter(s[j]) {
                    // "1." "2.1." "2.1.Tập trung" (missing space after the marker).
                    return ListMarker(style: values.count == 1 ? .arabic : .dotted, label: label(j),
                                      values: values, length: skipSpace(j))
                }
                if digit(s[j]) == nil { return nil }
                // "2.1 Tập trung": dotted without the final dot.
                var k = j, more = 0
                while k < n, digit(s[k]) != nil { k += 1; more += 1 }
                if more <= 2, k < n, s[k] == " ", values.count >= 1 {
                    var v = 0
                    for q in j..<k { v = v * 10 + digit(s[q])! }
                    // Only as a heading: "2.1 X" where X starts with an upper-case letter.
                    let next = skipSpace(k)
                    if next < n, isUpper(s[next]) {
                        return ListMarker(style: .dotted, label: label(k), values: values + [v], length: next)
                    }
                    return nil
                }
            }
        }
        // Roman (I, V, X only: "C." and "D." are parts, not 100 and 500).
        if isRomanLetter(first) {
            var j = 0
            while j < n, isRomanLetter(s[j]) { j += 1 }
            if j < n, s[j] == "." && isSpace(j + 1) || s[j] == "-" && j + 1 < n && s[j + 1] == " ", let value = RomanNumeral.value(of: String(scalars: s[0..<j])) {
                return ListMarker(style: .roman, label: label(j + 1), values: single(value), length: skipSpace(j + 1))
            }
        }
        if first.value >= 0x41, first.value <= 0x5A, n > 1, s[1] == ".", isSpace(2) {
            return ListMarker(style: .upperLatin, label: label(2), values: single(Int(first.value - 0x40)), length: skipSpace(2))
        }
        // The letter looked up only after the `)` or `-` that must follow it (most lines start
        // with a letter, and the search of the alphabet came first: issue 17, tenth session).
        if n > 1, s[1] == ")" && isSpace(2) || n > 2 && s[1] == "-" && s[2] == " ", let index = ListMarker.vietnameseAlphabet.firstIndex(of: first) {
            let value = ListMarker.vietnameseAlphabet.distance(from: ListMarker.vietnameseAlphabet.startIndex, to: index) + 1
            return ListMarker(style: .letter, label: label(2), values: single(value), length: skipSpace(2))
        }
        return nil
    }

    /// Letter items follow the Vietnamese alphabet: a) b) c) d) đ) e) g) …
    static let vietnameseAlphabet = Array("abcdđeghiklmnopqrstuvxy".unicodeScalars)

    /// `I`, `V` or `X` (compared as values: the scalars of a String literal were decoded at
    /// each call, for the first scalar of every line).
    @inline(__always)
    static func isRomanLetter(_ c: Unicode.Scalar) -> Bool { c == "I" || c == "V" || c == "X" }

    static func digit(_ s: Unicode.Scalar) -> Int? {
        s.value >= 0x30 && s.value <= 0x39 ? Int(s.value - 0x30) : nil
    }
}

func isLetter(_ s: Unicode.Scalar) -> Bool { Alphabet.isAlphabetic(s) }
func isUpper(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }
func isLower(_ s: Unicode.Scalar) -> Bool { s.properties.isLowercase }
