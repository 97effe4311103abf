/// Finds periods of time in a line: `tháng 3/2026`, `quý II năm 2026`,
/// `6 tháng đầu năm`, `2025 - 2030`, `ngày 14/01/2026`, `Hằng năm` …
///
/// A period without its year takes `scopeYear` (the year of the meeting, month or
/// year group it stands in) and is marked `inferred`.
public struct PeriodExtractor {
    let line: TokenizedLine
    let scopeYear: Int?

    /// Creates an extractor for `line` with the scope's year.
    public init(line: TokenizedLine, scopeYear: Int?) {
        self.line = line
        self.scopeYear = scopeYear
    }

    /// All periods in tokens `range` (default: after the marker), in order.
    public func extract(in range: Range<Int>? = nil) -> [Period] {
        // The periods collected directly: the array of located periods, mapped into a second
        // array, was built and copied for every item (issue 17).
        var result: [Period] = []
        forEachPeriod(in: range) { period, _ in result.append(period) }
        return result
    }

    /// All periods in tokens `range` with the tokens each one takes.
    public func located(in range: Range<Int>? = nil) -> [(period: Period, tokens: Range<Int>)] {
        var result: [(period: Period, tokens: Range<Int>)] = []
        forEachPeriod(in: range) { period, tokens in result.append((period, tokens)) }
        return result
    }

    /// Calls `body` with each period in tokens `range` (default: after the marker) and the
    /// tokens it takes, in order.
    @inline(__always)
    func forEachPeriod(in range: Range<Int>?, _ body: (Period, Range<Int>) -> Void) {
        let r = range ?? line.bodyStart..<line.tokens.count
        var i = r.lowerBound
        let tokens = line.tokens
        let ids = Self.ids
        while i < r.upperBound {
            // `match`'s own first tests, before the call: it returns a large optional (a
            // period with its Strings) for every token, and most tokens are punctuation or words
            // that cannot open a period (issue 17). A word opens one only when its interner ID
            // is one of the opening words' (`match` compares it with them): the ID alone is
            // read, not the word's range and scalars (`isOpener`; `LintDocLinesTests` compares
            // with `locatedByLetters`, the test on the first letters).
            if i >= 0, i < tokens.count, tokens[i].kind != .number {
                guard tokens[i].kind == .word, ids.isOpener(tokens[i].word) else { i += 1; continue }
            } else if i >= 0, i < tokens.count, !mayOpenNumber(i) {
                i += 1
                continue
            }
            if let (period, next) = match(at: i, end: r.upperBound) {
                body(period, i..<next)
                i = next
            } else {
                i += 1
            }
        }
    }

    /// The words a period opens with (`match`): the cases of its `switch` over the lower-cased word.
    static let openingWords = ["ngày", "tháng", "quý", "năm", "hằng", "hàng", "thường"]

    /// Each opening word's first scalar with bit 5 set (as `match` tests it), second scalar and
    /// length in scalars.
    static let openers: [(first: UInt32, second: UInt32, count: Int)] = openingWords.map { w in
        let u = Array(w.unicodeScalars)
        return (u[0].value | 0x20, u[1].value, u.count)
    }

    /// False when a word whose first scalar is `first` (bit 5 set), second `second` and length
    /// `count` cannot be an opening word: its lower-cased form (`Token.lower`: `Alphabet.lower`
    /// scalar by scalar, so of the same length) then differs from every one. `match` was called
    /// for every word starting with n, t, q or h (about a third of all words), each call
    /// returning a large optional (issue 17); `ParseSharedLinesTests` compares the periods found.
    @inline(__always)
    static func mayOpen(first: UInt32, second: Unicode.Scalar, count: Int) -> Bool {
        let s = Alphabet.lower(second).value
        for o in openers where o.first == first && o.second == s && o.count == count { return true }
        return false
    }

    /// False when number token `i` cannot open a period (`match`'s tests for a number, read
    /// first): every period a number opens has a `/` after it (`dayDate`, `3/2026`), four
    /// digits (a year) or is 3, 6 or 9 before a word (`monthsSpan`: *6 tháng*). Most numbers
    /// of a text are none of these (*Điều 5*, *khoản 2*, *30 ngày*), and `match` returned a
    /// large optional for each (issue 17); `PeriodExtractorEquivalenceTests` compares.
    @inline(__always)
    func mayOpenNumber(_ i: Int) -> Bool {
        let tokens = line.tokens
        let r = tokens[i].range
        if r.count == 4 { return true }
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        if next.kind == .punct { return line.line.scalars[next.range.lowerBound] == "/" }
        guard next.kind == .word, let v = line.int(i) else { return false }
        return v == 3 || v == 6 || v == 9
    }

    func year(_ i: Int) -> Int? {
        guard i < line.tokens.count, line.tokens[i].range.count == 4, let y = line.int(i), (1900...2100).contains(y) else { return nil }
        return y
    }

    func word(_ i: Int) -> String? { i < line.tokens.count && line.tokens[i].kind == .word ? line.tokens[i].lower : nil }

    /// `word(i) == w`, on bytes (the text is NFC: String `==` compares canonically).
    func isWord(_ i: Int, _ w: String) -> Bool {
        i >= 0 && i < line.tokens.count && line.tokens[i].kind == .word && sameBytes(line.tokens[i].lower, w)
    }

    /// `isWord(i, w)` for the interner ID `id` of `w` (`Token.word`): equal IDs are equal
    /// bytes, so it is the same test without a String read or compared.
    @inline(__always)
    func isWord(_ i: Int, id: UInt32) -> Bool {
        i >= 0 && i < line.tokens.count && line.tokens[i].kind == .word && line.tokens[i].word == id
    }

    /// The interner IDs of the words `match` compares, resolved once per process.
    struct WordIDs: Sendable {
        let ngay, thang, quy, nam, hang, hang2, thuong, hoc, xuyen, dau, cuoi: UInt32
        /// `recurringUnits`, in order.
        let recurring: [UInt32]
        init() {
            let w = WordInterner.shared
            ngay = w.intern("ngày"); thang = w.intern("tháng"); quy = w.intern("quý"); nam = w.intern("năm")
            hang = w.intern("hằng"); hang2 = w.intern("hàng"); thuong = w.intern("thường"); hoc = w.intern("học")
            xuyen = w.intern("xuyên"); dau = w.intern("đầu"); cuoi = w.intern("cuối")
            recurring = PeriodExtractor.recurringUnits.map { w.intern($0) }
        }

        /// True when `word` is one of the words a period opens with (`openingWords`: the IDs
        /// `match` compares a word with).
        @inline(__always)
        func isOpener(_ word: UInt32) -> Bool {
            word == ngay || word == thang || word == quy || word == nam || word == hang || word == hang2 || word == thuong
        }
    }
    static let ids = WordIDs()

    func isDash(_ i: Int) -> Bool { line.isPunct(i, "-") || line.isPunct(i, "–") || line.isPunct(i, "—") }

    /// Roman or Arabic quarter number.
    func quarter(_ i: Int) -> Int? {
        if let n = line.int(i), (1...4).contains(n) { return n }
        guard i < line.tokens.count, line.tokens[i].kind == .word, let v = RomanNumeral.value(of: line.text(i).uppercased()),
              (1...4).contains(v) else { return nil }
        return v
    }

    /// `/2026` or `năm 2026` (also `năm2026`-less forms): returns the year and tokens used.
    func yearSuffix(_ i: Int) -> (Int, Int)? {
        if line.isPunct(i, "/"), let y = year(i + 1) { return (y, 2) }
        if isWord(i, id: Self.ids.nam), let y = year(i + 1) { return (y, 2) }
        return nil
    }

    func make(_ kind: String, _ first: Int, _ last: Int, year: Int?, month: Int? = nil, day: Int? = nil,
              quarter: Int? = nil, endYear: Int? = nil, iso: String?, inferred: Bool = false) -> Period {
        let range = line.tokens[first].range.lowerBound..<line.tokens[last].range.upperBound
        return Period(kind: kind, raw: line.text(from: range.lowerBound, to: range.upperBound), iso: iso, year: year,
                      month: month, day: day, quarter: quarter, endYear: endYear, inferred: inferred,
                      span: line.line.span(range))
    }

    func match(at i: Int, end: Int) -> (Period, Int)? {
        guard i >= 0, i < min(end, line.tokens.count) else { return nil }
        // The token's kind and first letter before its text: every word of every item comes
        // here, and only words starting with n, t, q or h can open a period (issue 17).
        let kind = line.tokens[i].kind
        if kind == .number {
            if let p = dayDate(at: i) { return p }
            if let p = monthsSpan(at: i) { return p }
            if let y = year(i) {
                // 2025 - 2030
                if isDash(i + 1), let y2 = year(i + 2) {
                    return (make("range", i, i + 2, year: y, endYear: y2, iso: "\(y)/\(y2)"), i + 3)
                }
                // Part of a symbol such as 199/2025/QH15 or 30/2020/NĐ-CP: not a period.
                if line.isPunct(i - 1, "/") || line.isPunct(i + 1, "/") { return nil }
                return (make("year", i, i, year: y, iso: "\(y)"), i + 1)
            }
            // 3/2026 without "tháng".
            if let m = line.int(i), (1...12).contains(m), line.tokens[i].range.count <= 2, line.isPunct(i + 1, "/"),
               let y = year(i + 2), !line.isPunct(i + 3, "/"), !line.isPunct(i - 1, "/") {
                return (make("month", i, i + 2, year: y, month: m, iso: Self.iso(y, m)), i + 3)
            }
            return nil
        }
        guard kind == .word else { return nil }
        let first = line.line.scalars[line.tokens[i].range.lowerBound].value | 0x20
        guard first == 0x6E || first == 0x74 || first == 0x71 || first == 0x68 else { return nil }
        // The first letter, then the word's interner ID (`Token.word`): the same test as its
        // lower-case text against the keyword's bytes, no String read (issue 17).
        let ids = Self.ids
        let w = line.tokens[i].word
        switch first {
        case 0x6E where w == ids.ngay:
            // ngày 14 tháng 01 năm 2026
            if let d = line.int(i + 1), isWord(i + 2, id: ids.thang), let m = line.int(i + 3), isWord(i + 4, id: ids.nam), let y = year(i + 5) {
                return (make("day", i, i + 5, year: y, month: m, day: d, iso: Self.iso(y, m, d)), i + 6)
            }
            return nil
        case 0x74 where w == ids.thang:
            guard let m = line.int(i + 1), line.tokens[i + 1].range.count <= 2, (1...13).contains(m) else { return nil }
            if let (y, used) = yearSuffix(i + 2) {
                return (make("month", i, i + 1 + used, year: y, month: m, iso: m <= 12 ? Self.iso(y, m) : nil), i + 2 + used)
            }
            if line.isPunct(i + 2, "/") { return nil }
            return (make("month", i, i + 1, year: scopeYear, month: m, iso: scopeYear.flatMap { m <= 12 ? Self.iso($0, m) : nil },
                         inferred: scopeYear != nil), i + 2)
        case 0x71 where w == ids.quy:
            guard let q = quarter(i + 1) else { return nil }
            if let (y, used) = yearSuffix(i + 2) {
                return (make("quarter", i, i + 1 + used, year: y, quarter: q, iso: "\(y)-Q\(q)"), i + 2 + used)
            }
            return (make("quarter", i, i + 1, year: scopeYear, quarter: q, iso: scopeYear.map { "\($0)-Q\(q)" },
                         inferred: scopeYear != nil), i + 2)
        case 0x6E where w == ids.nam:
            if isWord(i + 1, id: ids.hoc), let y = year(i + 2), isDash(i + 3), let y2 = year(i + 4) {
                return (make("range", i, i + 4, year: y, endYear: y2, iso: "\(y)/\(y2)"), i + 5)
            }
            if let y = year(i + 1) {
                if isDash(i + 2), let y2 = year(i + 3) {
                    return (make("range", i, i + 3, year: y, endYear: y2, iso: "\(y)/\(y2)"), i + 4)
                }
                return (make("year", i, i + 1, year: y, iso: "\(y)"), i + 2)
            }
            return nil
        case 0x68 where w == ids.hang || w == ids.hang2:
            if i + 1 < line.tokens.count, line.tokens[i + 1].kind == .word, ids.recurring.contains(line.tokens[i + 1].word) {
                return (make("recurring", i, i + 1, year: nil, iso: nil), i + 2)
            }
            return nil
        case 0x74 where w == ids.thuong:
            if isWord(i + 1, id: ids.xuyen) { return (make("continuous", i, i + 1, year: nil, iso: nil), i + 2) }
            return nil
        default:
            return nil
        }
    }

    /// The units *hằng*/*hàng* makes a recurring period of (*hằng năm*).
    static let recurringUnits = ["năm", "tháng", "quý", "tuần", "ngày"]

    /// `14/01/2026`, `27/7/1947 - 27/7/2026`, `30/4` (year from the scope).
    func dayDate(at i: Int) -> (Period, Int)? {
        guard let d = line.int(i), line.tokens[i].range.count <= 2, (1...31).contains(d), line.isPunct(i + 1, "/"),
              let m = line.int(i + 2), line.tokens[i + 2].range.count <= 2, (1...12).contains(m) else { return nil }
        if line.isPunct(i - 1, "/") { return nil }
        if line.isPunct(i + 3, "/"), let y = year(i + 4) {
            // A range of dates: 27/7/1947 - 27/7/2026.
            if isDash(i + 5), let d2 = line.int(i + 6), line.isPunct(i + 7, "/"), let m2 = line.int(i + 8),
               line.isPunct(i + 9, "/"), let y2 = year(i + 10) {
                let a = Self.iso(y, m, d), b = Self.iso(y2, m2, d2)
                return (make("dateRange", i, i + 10, year: y, month: m, day: d, endYear: y2,
                             iso: a != nil && b != nil ? "\(a!)/\(b!)" : nil), i + 11)
            }
            return (make("day", i, i + 4, year: y, month: m, day: d, iso: Self.iso(y, m, d)), i + 5)
        }
        if line.isPunct(i + 3, "/") { return nil }
        // d/m without a year, as in "ngày Thương binh - Liệt sĩ 27/7": only 1-2 digit parts.
        if i + 2 < line.tokens.count, line.tokens[i + 2].range.count <= 2 {
            if line.int(i + 2).map({ $0 > 12 }) ?? true { return nil }
            return (make("day", i, i + 2, year: scopeYear, month: m, day: d,
                         iso: scopeYear.flatMap { Self.iso($0, m, d) }, inferred: scopeYear != nil), i + 3)
        }
        return nil
    }

    /// `6 tháng đầu năm 2026`, `9 tháng`, `3 tháng cuối năm`.
    func monthsSpan(at i: Int) -> (Period, Int)? {
        let ids = Self.ids
        guard let n = line.int(i), n == 3 || n == 6 || n == 9, isWord(i + 1, id: ids.thang) else { return nil }
        var j = i + 2
        // *đầu* (the first months) unless the word says *cuối*.
        var early = true
        if isWord(j, id: ids.dau) || isWord(j, id: ids.cuoi) { early = line.tokens[j].word == ids.dau; j += 1 }
        var y: Int? = nil
        if isWord(j, id: ids.nam) {
            j += 1
            if let v = year(j) { y = v; j += 1 }
        } else if let v = year(j) {
            y = v
            j += 1
        } else if !isWord(j - 1, id: ids.dau) && !isWord(j - 1, id: ids.cuoi) && n != 9 {
            // "6 tháng" alone is a duration, not a period.
            return nil
        }
        let inferred = y == nil && scopeYear != nil
        let year = y ?? scopeYear
        let firstMonth = early ? 1 : 13 - n
        let lastMonth = early ? n : 12
        let kind = n == 6 ? "half" : (n == 3 ? "quarter" : "months")
        var iso: String? = nil
        if let year {
            switch n {
            case 6: iso = "\(year)-H\(early ? 1 : 2)"
            case 3: iso = "\(year)-Q\(early ? 1 : 4)"
            default: iso = "\(Self.iso(year, firstMonth)!)/\(Self.iso(year, lastMonth)!)"
            }
        }
        return (make(kind, i, j - 1, year: year, quarter: n == 3 ? (early ? 1 : 4) : nil, iso: iso, inferred: inferred), j)
    }

    /// ISO date of what exists; nil for an impossible date (31/02).
    static func iso(_ y: Int, _ m: Int, _ d: Int? = nil) -> String? {
        guard (1...12).contains(m) else { return nil }
        if y >= 1000, y <= 9999 {
            // A year of four digits (every year `year(_:)` reads): the ASCII written into the
            // string at once, not three interpolated pieces (issue 17; `PeriodISOTests`
            // compares with `isoInterpolated`).
            if let d {
                guard d >= 1, d <= daysIn(month: m, year: y) else { return nil }
                return String(unsafeUninitializedCapacity: 10) { b in
                    writeYearMonth(y, m, b)
                    b[7] = 0x2D; b[8] = UInt8(0x30 + d / 10); b[9] = UInt8(0x30 + d % 10)
                    return 10
                }
            }
            return String(unsafeUninitializedCapacity: 7) { b in
                writeYearMonth(y, m, b)
                return 7
            }
        }
        return isoInterpolated(y, m, d)
    }

    /// `yyyy-mm` at the start of `b` (a year of four digits, a month of 1 to 12).
    @inline(__always)
    private static func writeYearMonth(_ y: Int, _ m: Int, _ b: UnsafeMutableBufferPointer<UInt8>) {
        b[0] = UInt8(0x30 + y / 1000); b[1] = UInt8(0x30 + y / 100 % 10); b[2] = UInt8(0x30 + y / 10 % 10)
        b[3] = UInt8(0x30 + y % 10); b[4] = 0x2D; b[5] = UInt8(0x30 + m / 10); b[6] = UInt8(0x30 + m % 10)
    }

    /// `iso` as it was written first (every year): interpolated.
    static func isoInterpolated(_ y: Int, _ m: Int, _ d: Int? = nil) -> String? {
        guard (1...12).contains(m) else { return nil }
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        guard let d else { return "\(y)-\(pad(m))" }
        guard d >= 1, d <= daysIn(month: m, year: y) else { return nil }
        return "\(y)-\(pad(m))-\(pad(d))"
    }

    /// Days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
