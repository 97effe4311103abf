/// Spacing mistakes inside one logical line, and their fixes.
///
/// Only what is certain: a space just inside brackets or quotes (`( Văn phòng`),
/// a space before `, ; : ! ?` or a closing full stop, a missing space after a comma
/// or semicolon between two words (`a,b`; never between digits: `1,5`), and a dash
/// between two numbers spaced on one side only (`2030 -2035`, `1955 -13/5`).
/// The `spacing` lint rule reports the same edits that `--reflow` and `--fix` apply.
public enum Spacing {
    /// One fix: replace `range` of the line's scalars by `replacement`.
    public struct Edit: Sendable, Equatable {
        public enum Kind: String, Sendable { case insideBracket, beforePunctuation, afterComma, lopsidedDash }
        public var kind: Kind
        public var range: Range<Int>
        public var replacement: String
    }

    // Switches, not sets: hashing a scalar for every space of every line was a tenth of
    // the spacing rule's cost (callgrind, issue 17).
    static func isOpener(_ s: Unicode.Scalar) -> Bool { s == "(" || s == "[" || s == "“" }
    static func isCloser(_ s: Unicode.Scalar) -> Bool { s == ")" || s == "]" || s == "”" }
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool { s == "," || s == ";" || s == ":" || s == "!" || s == "?" }

    /// The edits `s` needs, in order, not overlapping.
    public static func edits(_ s: [Unicode.Scalar]) -> [Edit] {
        var edits: [Edit] = []
        let n = s.count
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < n && s[i].value >= 0x30 && s[i].value <= 0x39 }
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < n && Alphabet.isLetter(s[i]) }
        var i = 0
        while i < n {
            let c = s[i]
            if c == " " {
                let next: Unicode.Scalar? = i + 1 < n ? s[i + 1] : nil
                if i > 0, isOpener(s[i - 1]), next != nil, next != " " {
                    edits.append(Edit(kind: .insideBracket, range: i..<(i + 1), replacement: ""))
                } else if i > 0, let next, isCloser(next), !isOpener(s[i - 1]) {
                    edits.append(Edit(kind: .insideBracket, range: i..<(i + 1), replacement: ""))
                } else if i > 0, let next, isPunctuation(next) || (next == "." && (i + 2 >= n || s[i + 2] == " ")),
                          isLetter(i - 1) || isDigit(i - 1) || isCloser(s[i - 1]) {
                    if next == "," || next == ";", isLetter(i - 1), isLetter(i + 2) {
                        // "tháng ,Š": the space moves after the comma, as `a,b` would get one.
                        edits.append(Edit(kind: .beforePunctuation, range: i..<(i + 2), replacement: "\(next) "))
                        i += 2
                        continue
                    }
                    edits.append(Edit(kind: .beforePunctuation, range: i..<(i + 1), replacement: ""))
                } else if (next == "-" || next == "–"), isDigit(i - 1), isDigit(i + 2) {
                    edits.append(Edit(kind: .lopsidedDash, range: (i + 1)..<(i + 2), replacement: "\(next!) "))
                    i += 2
                    continue
                }
            } else if (c == "," || c == ";"), isLetter(i - 1), isLetter(i + 1) {
                edits.append(Edit(kind: .afterComma, range: i..<(i + 1), replacement: "\(c) "))
            } else if (c == "-" || c == "–"), isDigit(i - 1), i + 2 < n, s[i + 1] == " ", isDigit(i + 2) {
                edits.append(Edit(kind: .lopsidedDash, range: i..<(i + 1), replacement: " \(c)"))
            }
            i += 1
        }
        return edits
    }

    /// `s` with every edit applied.
    public static func fixed(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let list = edits(s)
        guard !list.isEmpty else { return s }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count + list.count)
        var at = 0
        for e in list {
            out.append(contentsOf: s[at..<e.range.lowerBound])
            out.append(contentsOf: e.replacement.unicodeScalars)
            at = e.range.upperBound
        }
        out.append(contentsOf: s[at...])
        return out
    }
}
