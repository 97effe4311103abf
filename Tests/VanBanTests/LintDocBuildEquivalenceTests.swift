import Foundation
import Testing
@testable import VanBan

/// The lint document build and the mid-sized rules of the sixth session of issue 17: each
/// rewrite is checked against its old form, kept here.
@Suite("Lint document build equivalence (issue 17, session 6)")
struct LintDocBuildEquivalenceTests {
    /// The lines of every corpus document and some made to hold numbers of every shape.
    static func lines() throws -> [TokenizedLine] {
        let odd = [
            "6 tháng đầu năm 2026", "06 tháng cuối năm", "9 tháng", "09 tháng 2026", "3 tháng cuối năm 2025", "006 tháng đầu năm",
            "3/2026", "03/2026/", "/3/2026", "30/4", "30/4/", "1/5/2026", "27/7/1947 - 27/7/2026", "14/01/2026 – 15/02/2027",
            "2025 - 2030", "2025–2030", "năm 2026", "năm học 2025 - 2026", "199/2025/QH15", "12345", "1234567890123", "Điều 5 khoản 2",
            "30 ngày", "ngày 14 tháng 01 năm 2026", "tháng 3", "tháng 13/2026", "quý II năm 2026", "quý 4", "hằng năm", "Hàng tháng",
            "thường xuyên", "9", "6 tháng", "3", "3 /", "2026", "2026/", "1900 1899 2100 2101", "3 6 9 tháng", "7/", "12/31/2026",
            "6 Tháng đầu NĂM 2026", "- 2030", "5 - 6", "0003 tháng", "3 3 3 tháng tháng",
        ]
        var lines = odd.map { Support.line($0) }
        for name in Support.corpusFiles {
            let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)
            lines += LintDocument(result).lines.map(\.tokens)
        }
        return lines
    }

    /// `located` as it was before any token was passed over: `match` at every token.
    static func referenceLocated(_ x: PeriodExtractor, _ line: TokenizedLine, in r: Range<Int>) -> [(period: Period, tokens: Range<Int>)] {
        var result: [(period: Period, tokens: Range<Int>)] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if let (period, next) = x.match(at: i, end: r.upperBound) {
                result.append((period, i..<next))
                i = next
            } else {
                i += 1
            }
        }
        return result
    }

    /// The number tokens `located` passes over open no period: the periods found are those of
    /// `match` tried at every token, with and without a scope year, from the marker and from 0.
    @Test func periodsAreThoseOfMatchAtEveryToken() throws {
        var periods = 0, numbers = 0
        for t in try Self.lines() {
            numbers += t.tokens.count { $0.kind == .number }
            for year in [nil, 2026] as [Int?] {
                let x = PeriodExtractor(line: t, scopeYear: year)
                for r in [t.bodyStart..<t.tokens.count, 0..<t.tokens.count] {
                    let new = x.located(in: r), old = Self.referenceLocated(x, t, in: r)
                    #expect(new.map(\.period) == old.map(\.period), "\(t.line.text)")
                    #expect(new.map(\.tokens) == old.map(\.tokens), "\(t.line.text)")
                    periods += old.count
                }
            }
        }
        #expect(periods > 1000 && numbers > 1000)
    }

    /// The periods of every line are those the old build read (the extractor with the line's
    /// scope year, where `mayHoldPeriod` on its text allows), and those of each joined table
    /// those of the extractor over all its tokens; the test on IDs agrees with the one on text.
    @Test func linePeriodsAreThoseOfTheTextTest() throws {
        var periods = 0, lines = 0
        for name in Support.corpusFiles {
            let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)
            let document = LintDocument(result)
            let test = LintDocument.PeriodWords(document.words)
            for (k, line) in document.lines.enumerated() {
                let t = line.tokens
                let old = LintDocument.mayHoldPeriod(t) ? PeriodExtractor(line: t, scopeYear: line.scope.year).located() : []
                #expect(line.periods.map(\.period) == old.map(\.period) && line.periods.map(\.tokens) == old.map(\.tokens), "\(name) \(t.line.text)")
                if document.textIndex[k] >= 0 {
                    #expect(document.textPeriods[document.textIndex[k]].map(\.period) == old.map(\.period))
                }
                periods += old.count
                lines += 1
            }
            for n in document.textLines.indices {
                let t = document.textLines[n]
                #expect(test.mayHoldPeriod(t, document.ids[n]) == LintDocument.mayHoldPeriod(t), "\(t.line.text)")
                let all = PeriodExtractor(line: t, scopeYear: nil).located(in: 0..<t.tokens.count)
                #expect(test.mayHoldAnyPeriod(t, document.ids[n]) || all.isEmpty, "\(t.line.text)")
                if document.textIndex.firstIndex(of: n) == nil {
                    #expect(document.textPeriods[n].map(\.period) == all.map(\.period) && document.textPeriods[n].map(\.tokens) == all.map(\.tokens))
                    periods += all.count
                }
            }
        }
        #expect(periods > 1000 && lines > 1000, "\(periods) periods, \(lines) lines")
    }

    /// `duplicate-preparer` judges a part on the line's scalars, where it judged the part's
    /// String (cached by text): the two answers agree on every run of up to six tokens of
    /// every corpus line, and on lines of agencies written oddly.
    @Test func agencyOnScalarsIsAgencyOnText() throws {
        let odd = ["(Ủy ban nhân dân, UBND tỉnh, Uỷ ban MTTQ, ĐẢNG ỦY, đảng uỷ, Văn phòng, Ban)", "(Các cơ quan; các Ban; BCH; TT; VPĐU)",
                   "(Phòng, phòng Tư pháp, Hội, hội đồng nhân dân, HĐND, Đoàn, đoàn TN, Chi bộ 3, Đảng bộ xã)", "(U\u{31B} ban; Ủy  ban; Ủy\tban)",
                   "(Thường trực HĐND; Tiểu ban Văn kiện; Mặt trận; UBKT Đảng ủy; Trung tâm Y tế; Đồng chí Bí thư; Các đồng chí)"]
        var lines = odd.map { Support.line($0) }
        // (Ten documents: the parts of every run of tokens, hundreds of thousands.)
        for name in Support.corpusFiles.prefix(10) {
            let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)
            lines += LintDocument(result).lines.map(\.tokens)
        }
        var agencies = 0, parts = 0
        for t in lines {
            for i in t.tokens.indices {
                for j in (i + 1)...min(t.tokens.count, i + 6) {
                    let text = AgencyNames.looksLikeAgency(PreparerExtractor.text(t, i..<j))
                    #expect(PreparerExtractor.looksLikeAgency(t, i..<j) == text, "\(PreparerExtractor.text(t, i..<j))")
                    if text { agencies += 1 }
                    parts += 1
                }
            }
        }
        #expect(agencies > 500 && parts > 50_000, "\(agencies) of \(parts)")
    }

    /// `duplicate-preparer`'s label on IDs finds the colon the String form found, on every
    /// body line of the corpus and on labels written oddly (tone styles, capitals, a role
    /// missing, the colon too far).
    @Test func labelColonOnIDsIsTheStringOne() throws {
        let odd = ["- Cơ quan chuẩn bị: Văn phòng", "Cơ quan chuẩn bị, phối hợp: A, B", "* *Cơ quan chủ trì:* Sở Y tế", "Đơn vị thực hiện: xã",
                   "CƠ QUAN THAM MƯU: Ban Tổ chức", "Cơ quan: A", "Đơn vị: B", "Cơ quan một hai ba bốn năm sáu bảy tám chuẩn bị: C",
                   "cơ quan phối hợp với: D", "Cơ quan chuẩn bị", "Đơn vị chủ trì, phối hợp: E", "- Đơn vị phối hợp:: F"]
        var compared = 0, found = 0
        var documents: [LintDocument] = [LintDocument(Support.process(odd.joined(separator: "\n") + "\n"))]
        for name in Support.corpusFiles {
            documents.append(LintDocument(try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)))
        }
        for document in documents {
            var label: DuplicatePreparer.LabelIDs? = nil
            for k in document.lines.indices {
                let t = document.lines[k].tokens
                guard let ids = document.ids(ofLine: k) else { continue }
                let old = DuplicatePreparer.labelColon(t)
                #expect(DuplicatePreparer.labelColon(t, ids, &label, document) == old, "\(t.line.text)")
                if old != nil { found += 1 }
                compared += 1
            }
        }
        #expect(compared > 1000 && found >= 10, "\(found) of \(compared)")
    }

    /// `truncated-term` tries the names of a first word on flat lists: the truncations found
    /// at every token that may start a name are those of the old loop (every name of the
    /// table in order, its first compound as a nested list), on the corpus and on names cut,
    /// changed and left out in every way the rule knows.
    @Test func truncationsAreThoseOfTheNestedLoop() throws {
        let odd = [
            "Ủy ban nhân phường Tân Định", "Ban Thường Đảng ủy xã", "Ban Thường vũ Đảng ủy phường", "Hội Liên hợp Phụ nữ tỉnh", "Ủy ban Kiểm Đảng ủy Sở",
            "Ủy ban Mặt trận Tổ quốc phường", "BAN THƯỜNG VỤ ĐẢNG UỶ", "Ban Chấp hành Đảng bộ", "Ủy ban dân xã", "Uỷ ban nhân, Hội đồng nhân",
            "Viện kiểm soát nhân dân tỉnh", "Ủy ban Mặt trận Việt Nam xã", "Ban Tuyên Đảng ủy", "Ban Tổ Tỉnh ủy", "Hội Nông xã", "Đoàn Thanh niên Cộng",
            "Mặt trận Tổ quốc Việt", "Ban Thường trực", "Ủy ban nhân dân", "Ban", "Hội",
        ]
        var documents: [LintDocument] = [LintDocument(Support.process(odd.joined(separator: "\n") + "\n"))]
        for name in Support.corpusFiles {
            documents.append(LintDocument(try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)))
        }
        var starts = 0, found = 0
        for document in documents {
            let r = TruncatedTerm.Resolved(document)
            for (t, ids) in zip(document.textLines, document.ids) {
                for i in t.tokens.indices where r.mayStart(ids[i]) {
                    // The old loop: the names whose first word is the token's key, in table order.
                    var old: [TruncatedTerm.Truncation] = []
                    for n in BodyNames.names.indices {
                        let compounds = Array(r.name(n))
                        guard compounds[0][0] >= 0, compounds[0][0] == r.f.key[Int(ids[i])], r.f.matches(compounds[0], ids, at: i) else { continue }
                        if TruncatedTerm.needsSecond[n] {
                            let next = i + 1, w = compounds[1][0]
                            guard next < ids.count, r.f.key[Int(ids[next])] == w || ids[next] == w else { continue }
                        }
                        if let c = TruncatedTerm.truncation(t, ids, r, at: i, name: BodyNames.names[n], compounds[...]) { old.append(c) }
                    }
                    let best = old.max(by: { $0.last < $1.last })
                    let new = TruncatedTerm.truncation(t, ids, r, at: i)
                    #expect(new?.0.last == best?.last && new?.0.replacement == best?.replacement && new?.0.written == best?.written
                            && new?.0.certain == best?.certain && new?.0.key == best?.key, "\(t.line.text)")
                    if let best { #expect(new?.unique == old.allSatisfy { $0.last != best.last || $0.replacement == best.replacement }) }
                    starts += 1
                    if best != nil { found += 1 }
                }
            }
        }
        #expect(starts > 1000 && found >= 15, "\(found) of \(starts)")
    }

    /// `recurring-year-drift`'s rarest words, sorted as packed integers, are those of the old
    /// sort over (frequency, ID) pairs: on sets of every size with frequencies that tie, are
    /// zero or up to the top of `Int32`.
    @Test func rarePrefixIsThePairSort() {
        func old(_ words: [Int32], _ frequency: [Int32]) -> ArraySlice<Int32> {
            let ordered = words.sorted { (frequency[Int($0)], $0) < (frequency[Int($1)], $1) }
            let required = Int((RecurringYearDrift.threshold * Double(ordered.count)).rounded(.up))
            return ordered.prefix(max(0, ordered.count - required + 1))
        }
        var generator = SystemRandomNumberGenerator()
        var compared = 0
        for size in [0, 1, 2, 3, 5, 8, 13, 40, 200] {
            for spread in [1, 3, 1000, Int(Int32.max)] {
                for _ in 0..<20 {
                    let universe = 300
                    var frequency = [Int32](repeating: 0, count: universe)
                    for k in frequency.indices { frequency[k] = Int32(Int.random(in: 0...min(spread, Int(Int32.max)), using: &generator)) }
                    let words = Array(Set((0..<size).map { _ in Int32.random(in: 0..<Int32(universe), using: &generator) })).sorted()
                    #expect(Array(RecurringYearDrift.rarePrefix(words, frequency)) == Array(old(words, frequency)), "\(words) \(words.map { frequency[Int($0)] })")
                    compared += 1
                }
            }
        }
        #expect(compared == 9 * 4 * 20)
    }
}
