import Foundation
import Testing
@testable import VanBan

/// `PeriodExtractor.match` (issue 17, seventh session) compares a word's interner ID with the
/// IDs of its keywords, resolved once per process, where it compared the word's lower-case
/// String with each keyword's bytes; and writes ISO dates as bytes. The old form is kept here
/// (`stringMatch`, with interpolated ISO dates); both find the same periods, with and without
/// a scope year, at every token of every line of every document and of tricky lines.
@Suite("Extraction: periods matched on word IDs, against matching Strings")
struct PeriodWordIDEquivalenceTests {
    static func located(_ x: PeriodExtractor, _ r: Range<Int>, old: Bool) -> [(period: Period, tokens: Range<Int>)] {
        var result: [(period: Period, tokens: Range<Int>)] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if let (period, next) = old ? x.stringMatch(at: i, end: r.upperBound) : x.match(at: i, end: r.upperBound) {
                result.append((period, i..<next))
                i = next
            } else {
                i += 1
            }
        }
        return result
    }

    static func check(_ lines: [TokenizedLine]) -> Int {
        var periods = 0
        for t in lines {
            for year in [nil, 2026, 99, 12_345] as [Int?] {
                let x = PeriodExtractor(line: t, scopeYear: year)
                let r = 0..<t.tokens.count
                let new = located(x, r, old: false), old = located(x, r, old: true)
                #expect(new.map(\.period) == old.map(\.period) && new.map(\.tokens) == old.map(\.tokens), "\(t.line.text)")
                #expect(x.located(in: r).map(\.period) == old.map(\.period), "\(t.line.text)")
                periods += old.count
            }
        }
        return periods
    }

    @Test("every line of every document")
    func documents() throws {
        var periods = 0
        for (_, text) in try RuleBytesEquivalenceTests.texts() {
            periods += Self.check(LintDocument(Support.process(text)).lines.map(\.tokens))
        }
        #expect(periods > 5000, "\(periods)")
    }

    @Test("tricky lines")
    func tricky() {
        let texts = [
            "NGÀY 14 THÁNG 01 NĂM 2026", "Ngày 14 tháng 1 năm 2026", "ngày 31 tháng 2 năm 2026", "THÁNG 3/2026", "Tháng 13",
            "tháng 3 năm 2026", "tháng 3", "tháng 3/", "Quý II năm 2026", "QUÝ 4/2026", "quý iv", "quý V", "Năm học 2025 - 2026",
            "năm 2025 – 2030", "NĂM 2026", "năm nay", "Hằng năm", "HÀNG THÁNG", "hằng tuần", "hàng quý", "hằng ngày", "hằng giờ",
            "Thường xuyên", "THƯỜNG XUYÊN", "thường kỳ", "6 tháng đầu năm 2026", "6 THÁNG CUỐI NĂM", "9 tháng", "3 tháng cuối năm 2026",
            "6 tháng", "9 tháng năm 2026", "3 Tháng Đầu 2026", "27/7/1947 - 27/7/2026", "30/4", "30/4/2026", "199/2025/QH15",
            "2025 - 2030", "3/2026", "tháng  năm 2026", "ngày   tháng   năm 2026", "nga\u{300}y 5 tha\u{301}ng 6 năm 2026",
            "Thu\u{31B}\u{300}ng xuyên", "đầu năm", "cuối tháng 6",
        ]
        #expect(Self.check(texts.map(Support.line)) > 40)
    }
}

extension PeriodExtractor {
    /// `yearSuffix` as it was: *năm* compared as bytes.
    func stringYearSuffix(_ i: Int) -> (Int, Int)? {
        if line.isPunct(i, "/"), let y = year(i + 1) { return (y, 2) }
        if isWord(i, "năm"), let y = year(i + 1) { return (y, 2) }
        return nil
    }

    func stringMatch(at i: Int, end: Int) -> (Period, Int)? {
        guard i >= 0, i < min(end, line.tokens.count) else { return nil }
        // The token's kind and first letter before its text: every word of every item comes
        // here, and only words starting with n, t, q or h can open a period (issue 17).
        let kind = line.tokens[i].kind
        if kind == .number {
            if let p = dayDate(at: i) { return p }
            if let p = stringMonthsSpan(at: i) { return p }
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
                return (make("month", i, i + 2, year: y, month: m, iso: PeriodExtractor.isoInterpolated(y, m)), i + 3)
            }
            return nil
        }
        guard kind == .word else { return nil }
        let first = line.line.scalars[line.tokens[i].range.lowerBound].value | 0x20
        guard first == 0x6E || first == 0x74 || first == 0x71 || first == 0x68 else { return nil }
        // The first letter in the pattern too: a word is compared with the one or two keywords
        // of its letter, not with all seven.
        switch (first, line.tokens[i].lower) {
        case (0x6E, "ngày"):
            // ngày 14 tháng 01 năm 2026
            if let d = line.int(i + 1), isWord(i + 2, "tháng"), let m = line.int(i + 3), isWord(i + 4, "năm"), let y = year(i + 5) {
                return (make("day", i, i + 5, year: y, month: m, day: d, iso: PeriodExtractor.isoInterpolated(y, m, d)), i + 6)
            }
            return nil
        case (0x74, "tháng"):
            guard let m = line.int(i + 1), line.tokens[i + 1].range.count <= 2, (1...13).contains(m) else { return nil }
            if let (y, used) = stringYearSuffix(i + 2) {
                return (make("month", i, i + 1 + used, year: y, month: m, iso: m <= 12 ? PeriodExtractor.isoInterpolated(y, m) : nil), i + 2 + used)
            }
            if line.isPunct(i + 2, "/") { return nil }
            return (make("month", i, i + 1, year: scopeYear, month: m, iso: scopeYear.flatMap { m <= 12 ? PeriodExtractor.isoInterpolated($0, m) : nil },
                         inferred: scopeYear != nil), i + 2)
        case (0x71, "quý"):
            guard let q = quarter(i + 1) else { return nil }
            if let (y, used) = stringYearSuffix(i + 2) {
                return (make("quarter", i, i + 1 + used, year: y, quarter: q, iso: "\(y)-Q\(q)"), i + 2 + used)
            }
            return (make("quarter", i, i + 1, year: scopeYear, quarter: q, iso: scopeYear.map { "\($0)-Q\(q)" },
                         inferred: scopeYear != nil), i + 2)
        case (0x6E, "năm"):
            if isWord(i + 1, "học"), let y = year(i + 2), isDash(i + 3), let y2 = year(i + 4) {
                return (make("range", i, i + 4, year: y, endYear: y2, iso: "\(y)/\(y2)"), i + 5)
            }
            if let y = year(i + 1) {
                if isDash(i + 2), let y2 = year(i + 3) {
                    return (make("range", i, i + 3, year: y, endYear: y2, iso: "\(y)/\(y2)"), i + 4)
                }
                return (make("year", i, i + 1, year: y, iso: "\(y)"), i + 2)
            }
            return nil
        case (0x68, "hằng"), (0x68, "hàng"):
            if let unit = word(i + 1), PeriodExtractor.recurringUnits.contains(where: { sameBytes($0, unit) }) {
                return (make("recurring", i, i + 1, year: nil, iso: nil), i + 2)
            }
            return nil
        case (0x74, "thường"):
            if isWord(i + 1, "xuyên") { return (make("continuous", i, i + 1, year: nil, iso: nil), i + 2) }
            return nil
        default:
            return nil
        }
    }


    func stringMonthsSpan(at i: Int) -> (Period, Int)? {
        guard let n = line.int(i), n == 3 || n == 6 || n == 9, isWord(i + 1, "tháng") else { return nil }
        var j = i + 2
        var side = "đầu"
        if let w = word(j), sameBytes(w, "đầu") || sameBytes(w, "cuối") { side = w; j += 1 }
        var y: Int? = nil
        if isWord(j, "năm") {
            j += 1
            if let v = year(j) { y = v; j += 1 }
        } else if let v = year(j) {
            y = v
            j += 1
        } else if !isWord(j - 1, "đầu") && !isWord(j - 1, "cuối") && n != 9 {
            // "6 tháng" alone is a duration, not a period.
            return nil
        }
        let inferred = y == nil && scopeYear != nil
        let year = y ?? scopeYear
        let firstMonth = side == "đầu" ? 1 : 13 - n
        let lastMonth = side == "đầu" ? n : 12
        let kind = n == 6 ? "half" : (n == 3 ? "quarter" : "months")
        var iso: String? = nil
        if let year {
            switch n {
            case 6: iso = "\(year)-H\(side == "đầu" ? 1 : 2)"
            case 3: iso = "\(year)-Q\(side == "đầu" ? 1 : 4)"
            default: iso = "\(PeriodExtractor.isoInterpolated(year, firstMonth)!)/\(PeriodExtractor.isoInterpolated(year, lastMonth)!)"
            }
        }
        return (make(kind, i, j - 1, year: year, quarter: n == 3 ? (side == "đầu" ? 1 : 4) : nil, iso: iso, inferred: inferred), j)
    }

}
