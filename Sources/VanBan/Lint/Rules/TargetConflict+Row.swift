import Foundation

extension TargetConflict {
    /// A pipe row's cells as `tableMentions` reads them (issue 17: no String built for a
    /// cell that is not read). When every scalar of the row is a `Character` of its own
    /// (`isOwnCharacter`) and every bar is one too (`barsStandAlone`), the cells are scalar
    /// ranges, trimmed scalar by scalar as `trimmingCharacters(in: .whitespaces)` trims, and
    /// the `Character` tests of the String form (`split(separator: " ")`, `first?.isLetter`,
    /// `contains("%")`, `allSatisfy { $0 == "-" … }`) are the same tests on scalars. Any other
    /// row is cut into Strings by `cells` and read exactly as before.
    struct Row {
        let scalars: ArraySlice<Unicode.Scalar>
        /// The trimmed cells as ranges of `scalars`' indices (nil: the row is read as `strings`).
        private let ranges: [Range<Int>]?
        private let strings: [String]

        init(_ scalars: ArraySlice<Unicode.Scalar>) {
            self.scalars = scalars
            guard TargetConflict.barsStandAlone(scalars), scalars.allSatisfy(Row.isOwnCharacter) else {
                ranges = nil
                strings = TargetConflict.cells(scalars)
                return
            }
            var ranges: [Range<Int>] = []
            var start: Int? = nil
            var k = scalars.startIndex
            while k < scalars.endIndex {
                if scalars[k] == "|" {
                    if let start { ranges.append(Row.trimmed(scalars, start..<k)) }
                    start = k + 1
                }
                k += 1
            }
            if let start { ranges.append(Row.trimmed(scalars, start..<scalars.endIndex)) }
            self.ranges = ranges
            strings = []
        }

        /// True when a scalar can join no neighbour into one `Character` (grapheme cluster),
        /// whatever they are, provided they are of this kind too: Latin letters (Vietnamese
        /// included, composed), ASCII other than CR and LF, general punctuation and
        /// mathematical signs. Combining marks, joiners, Hangul, Indic and emoji modifiers are
        /// not among them.
        @inline(__always)
        static func isOwnCharacter(_ s: Unicode.Scalar) -> Bool {
            let v = s.value
            if v < 0x300 { return v != 0x0D && v != 0x0A }
            return (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E) || (v >= 0x2190 && v <= 0x22FF)
        }

        /// True for a scalar of `CharacterSet.whitespaces` (general category Zs, and tab).
        @inline(__always)
        static func isBlank(_ s: Unicode.Scalar) -> Bool {
            s.value == 0x20 || s.value == 0x09 || (s.value >= 0x80 && CharacterSet.whitespaces.contains(s))
        }

        static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>, _ r: Range<Int>) -> Range<Int> {
            var a = r.lowerBound, b = r.upperBound
            while a < b, isBlank(scalars[a]) { a += 1 }
            while b > a, isBlank(scalars[b - 1]) { b -= 1 }
            return a..<b
        }

        var count: Int { ranges?.count ?? strings.count }

        /// The trimmed text of cell `c`.
        func string(_ c: Int) -> String {
            guard let ranges else { return strings[c] }
            // (UTF-8 bytes decoded once: a label cell may run to hundreds of scalars.)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(ranges[c].count + 8)
            for s in scalars[ranges[c]] { Normalizer.append(s.value, to: &bytes) }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// The number of scalars of cell `c`.
        func scalarCount(_ c: Int) -> Int { ranges?[c].count ?? strings[c].unicodeScalars.count }

        /// True for a table's separator row: every cell empty or dashes and colons.
        var isSeparator: Bool {
            guard let ranges else { return strings.allSatisfy { $0.isEmpty || $0.allSatisfy { $0 == "-" || $0 == ":" } } }
            return ranges.allSatisfy { r in scalars[r].allSatisfy { $0 == "-" || $0 == ":" } }
        }

        /// True when cell `c` holds a `%`.
        func hasPercent(_ c: Int) -> Bool {
            guard let ranges else { return strings[c].contains("%") }
            return scalars[ranges[c]].contains("%")
        }

        /// True when a cell holds a `%`.
        var hasPercent: Bool { (0..<count).contains(where: hasPercent) }

        /// The first cell of two words or more starting with a letter and without `%`: the
        /// indicator's name.
        var labelCell: Int? {
            guard let ranges else {
                return strings.firstIndex { c in c.split(separator: " ").filter { $0.first?.isLetter == true }.count >= 2 && !c.contains("%") }
            }
            return ranges.indices.first { c in
                var words = 0
                var previous: Unicode.Scalar = " "
                for s in scalars[ranges[c]] {
                    if s == "%" { return false }
                    if previous == " ", s != " ", s.properties.isAlphabetic { words += 1 }
                    previous = s
                }
                return words >= 2
            }
        }

        /// The percentage a value cell holds (*96,5%*), or nil when the cell is not a value
        /// alone (a comparator before it, *trở lên* after it, nothing else).
        func percentValue(_ c: Int) -> String? {
            if let ranges, let known = TargetConflict.plainPercent(scalars[ranges[c]]) { return known }
            let cell = string(c)
            guard let value = cell.range(of: TargetConflict.valuePattern, options: .regularExpression),
                  cell.range(of: TargetConflict.cellPattern, options: .regularExpression) != nil else { return nil }
            return String(cell[value])
        }

        /// The scalar offset of cell `c` (0 = after the first bar) in the row, its leading
        /// spaces skipped (`cellStart`).
        func cellStart(_ c: Int) -> Int {
            var bars = 0
            var n = scalars.startIndex
            while n < scalars.endIndex {
                if scalars[n] == "|" {
                    bars += 1
                    if bars == c + 1 {
                        var start = n + 1
                        while start < scalars.endIndex, scalars[start] == " " || scalars[start] == "\t" { start += 1 }
                        return start - scalars.startIndex
                    }
                }
                n += 1
            }
            return 0
        }
    }

    /// The comparators `cellPattern` accepts before a value, in its order (none last), and
    /// the words it accepts after one.
    static let comparators: [[Unicode.Scalar]] = ["≥", ">=", ">", "≤", "<=", "<", "trên", "từ", "ít nhất", "dưới", "đạt", ""].map { Array($0.unicodeScalars) }
    static let upward = Array("trở lên".unicodeScalars)

    /// A percentage in a cell, and a cell that is one percentage alone.
    static let valuePattern = #"[0-9]+(,[0-9]+)?%"#
    static let cellPattern = #"^(≥|>=|>|≤|<=|<|trên|từ|ít nhất|dưới|đạt)?\s*[0-9]+(,[0-9]+)?\s*%\s*(trở lên)?$"#

    /// `percentValue` without the regular expressions, for a cell whose scalars are each a
    /// `Character` of its own: `.some(nil)` when the cell is not one value alone, nil when it
    /// holds a scalar whose reading as `\s` or before `$` is not settled here (a control
    /// character, a space outside ASCII), which the patterns then read.
    static func plainPercent(_ s: ArraySlice<Unicode.Scalar>) -> String?? {
        for x in s where x.value < 0x20 && x.value != 0x09 || x.value >= 0x7F && (x.value <= 0xA0 || x.properties.isWhitespace
            || [.spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format].contains(x.properties.generalCategory)) {
            return nil
        }
        @inline(__always) func isDigit(_ k: Int) -> Bool { k < s.endIndex && s[k].value >= 0x30 && s[k].value <= 0x39 }
        // `cellPattern`: an optional comparator, then the value, `%`, *trở lên*, spaces
        // between them, and nothing else.
        func rest(_ from: Int) -> Bool {
            var k = from
            while k < s.endIndex, s[k] == " " || s[k] == "\t" { k += 1 }
            guard isDigit(k) else { return false }
            while isDigit(k) { k += 1 }
            if k < s.endIndex, s[k] == ",", isDigit(k + 1) {
                k += 1
                while isDigit(k) { k += 1 }
            }
            while k < s.endIndex, s[k] == " " || s[k] == "\t" { k += 1 }
            guard k < s.endIndex, s[k] == "%" else { return false }
            k += 1
            while k < s.endIndex, s[k] == " " || s[k] == "\t" { k += 1 }
            return k == s.endIndex || s.endIndex - k == upward.count && zip(s[k...], upward).allSatisfy { $0 == $1 }
        }
        let signs = comparators
        let whole = signs.contains { sign in
            s.count >= sign.count && zip(s, sign).allSatisfy { $0 == $1 } && rest(s.startIndex + sign.count)
        }
        guard whole else { return .some(nil) }
        // `valuePattern`: the first run of digits followed by `%`, or by a comma, digits and `%`.
        var k = s.startIndex
        while k < s.endIndex {
            guard isDigit(k) else { k += 1; continue }
            let start = k
            while isDigit(k) { k += 1 }
            var end = k
            if end < s.endIndex, s[end] == ",", isDigit(end + 1) {
                end += 1
                while isDigit(end) { end += 1 }
                if end < s.endIndex, s[end] == "%" { return .some(String(String.UnicodeScalarView(s[start...end]))) }
            }
            if k < s.endIndex, s[k] == "%" { return .some(String(String.UnicodeScalarView(s[start...k]))) }
            // (A match starting inside this run would end where it ends.)
        }
        return .some(nil)
    }
}
