import Foundation
import Testing
@testable import VanBan

/// The parse stage's changes of the tenth session of issue 17, each against its old form (kept
/// here as the reference) on every corpus, hold-out, real and seed document, their NFD and
/// upper-case variants (`ParseSession9EquivalenceTests.texts`), and strings made to hit the
/// edges: the header segmenter's opening-word test by interner ID, the appendix row-start test
/// on scalars, the table-column and header searches on plain scalars, type-name folding, and
/// the periods collected without the located array.
@Suite("Parse stage equivalence (issue 17, session 10)")
struct ParseSession10EquivalenceTests {
    /// Every logical line of every text, tokenised (built once for the suite's tests).
    static func allLines() throws -> [(String, TokenizedLine)] { try cachedLines.get() }

    static let cachedLines: Result<[(String, TokenizedLine)], any Error> = Result {
        var result: [(String, TokenizedLine)] = []
        for (name, text) in try ParseSession9EquivalenceTests.texts() + [("extra", Self.extra), ("extra NFD", Self.extra.decomposedStringWithCanonicalMapping)] {
            for (i, line) in ParseSession8EquivalenceTests.lines(text).enumerated() { result.append(("\(name) \(i)", line)) }
        }
        return result
    }

    /// Header lines joined by the layout, Roman indices with marks, table headers.
    static let extra = """
    ĐẢNG BỘ TỈNH X ĐẢNG CỘNG SẢN VIỆT NAM
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/QĐ-UBND Hà Nội, ngày 3 tháng 4 năm 2026
    UBND TỈNH Y Số 04-CTr/ĐU # THÔNG BÁO ## Kết luận (Kèm theo Quyết định số 5)
    Độc lập – Tự do – Hạnh phúc V/v góp ý
    I
    II Trật tự đô thị
    IĨ
    XIV. Nội dung
    VX
    MCM
    XL Nội dung
    L
    ST T Nội dung Thời gian thực hiện Đơn vị chủ trì Ghi chú
    Stt Nhiệm vụ Cơ quan thực hiện Hoàn thành
    THOẢ THUẬN LIÊN TỊCH
    QUYẾT ĐỊNH
    Uỷ ban nhân dân phường, Thoả thuận
    """

    // MARK: header segments

    /// `Parser.segments(of:)` against the old form that compared each token's `lower` String.
    @Test func headerSegmentsAgreeWithTheStringSwitch() throws {
        var cut = 0, lines = 0
        for (name, line) in try Self.allLines() where line.tokens.count <= 200 {
            let new = Parser.segments(of: line), old = Parser.oldSegments(of: line)
            let a = new.map { "\($0.line.text) @\($0.line.span)" }, b = old.map { "\($0.line.text) @\($0.line.span)" }
            #expect(a == b, "\(name): \(line.line.text)")
            if new.count > 1 { cut += 1 }
            lines += 1
        }
        #expect(cut > 20 && lines > 10_000)
    }

    /// `matchesWords` by interner IDs against the String form, for every prefix and suffix of
    /// the motto and Party-line tables (as `headerRole` and `mergeWrapped` read them) at every token.
    @Test func wordTablesMatchAsTheStringForm() throws {
        var matched = 0
        for (name, line) in try Self.allLines() where line.tokens.count <= 80 {
            for i in 0...line.tokens.count {
                for (words, ids) in [(Parser.nationWords, Parser.nationWordIDs), (Parser.partyWords, Parser.partyWordIDs)] {
                    for n in 0...words.count + 1 {
                        let a = Parser.matchesWords(line, Array(words.prefix(n)), at: i), b = Parser.matchesWords(line, ids: ids.prefix(n), at: i)
                        #expect(a == b, "\(name) \(i) \(n)")
                        let c = Parser.matchesWords(line, Array(words.dropFirst(n)), at: i), d = Parser.matchesWords(line, ids: ids.dropFirst(n), at: i)
                        #expect(c == d, "\(name) \(i) \(n)")
                        if a { matched += 1 }
                    }
                }
            }
        }
        #expect(matched > 100)
    }

    /// `repeatsIssuer` with each issuer line's letters folded once, against the old form, for
    /// every capitalised line and the one to four capitalised lines before it.
    @Test func issuerRepeatsAgree() throws {
        var repeats = 0, asked = 0
        let lines = try Self.allLines()
        for k in lines.indices where lines[k].1.isAllCaps && lines[k].1.tokens.count <= 30 {
            for n in 0...4 where k - n >= 0 {
                let issuer = lines[(k - n)..<k].map(\.1)
                let line = lines[k].1
                let new = Parser.repeatsIssuer(line, issuer), old = Parser.oldRepeatsIssuer(line, issuer)
                #expect(new == old, "\(lines[k].0)")
                asked += 1
                if new { repeats += 1 }
            }
            // The line itself among the issuer lines, and alone.
            for issuer in [[lines[k].1], k > 0 ? [lines[k - 1].1, lines[k].1] : []] {
                #expect(Parser.repeatsIssuer(lines[k].1, issuer) == Parser.oldRepeatsIssuer(lines[k].1, issuer), "\(lines[k].0)")
            }
        }
        #expect(asked > 1_000 && repeats > 0)
    }

    // MARK: appendix row starts

    @Test func rowStartsAgreeWithTheStringTest() throws {
        var starts = 0, roman = 0
        for (name, line) in try Self.allLines() {
            let new = Parser.isRowStart(line), old = Parser.oldIsRowStart(line)
            #expect(new == old, "\(name): \(line.line.text)")
            if new { starts += 1 }
            if new, line.tokens.first?.kind == .word { roman += 1 }
        }
        #expect(starts > 10 && roman > 0, "\(starts) \(roman)")
        var groups = 0
        for (name, line) in try Self.allLines() {
            let new = TableBuilder.groupTitle(line), old = TableBuilder.oldGroupTitle(line)
            #expect(new == old, "\(name): \(line.line.text)")
            if new != nil { groups += 1 }
        }
        #expect(groups > 3, "\(groups)")
    }

    // MARK: plain-scalar searches

    /// Strings with marks composed and decomposed, other scripts, empty and repeated needles.
    static let searchTexts: [String] = [
        "", "a", "thời gian thực hiện", "thời gian thực hiện", "thời gian thực hiện".decomposedStringWithCanonicalMapping,
        "cơ quan chủ trì", "đơn vị chủ trì, phối hợp", "chủ trìa", "achủ trì", "tiến độ", "tiến độ".decomposedStringWithCanonicalMapping,
        "ST T", "ST  T", "STT", "Stt", "stt", "S T T", "ST T Nội dung ST T", "e\u{301}", "é", "ế", "hoàn thành", "kết thúc",
        "thời hạn\u{300}", "ﬁ thời gian", "時間 thời gian", "thời\ngian", "thời\r\ngian", "bắt đầu", "bắt đầu hoàn thành",
    ]
    static let searchWords: [String] = TableBuilder.ownerWords + TableBuilder.startWords + TableBuilder.endWords
        + ["ST T", "Stt", "e", "é", "ế", "", "a", "thời", " ", "T"]

    @Test func columnSearchAgreesWithFoundation() throws {
        var texts = Self.searchTexts
        // Every third line as written and lower-cased (Foundation's search of every line for
        // every word took minutes in a debug build).
        for (k, (_, line)) in try Self.allLines().enumerated() where k % 3 == 0 {
            let text = line.line.text
            texts.append(text)
            texts.append(TableBuilder.lowercasedCell(text))
        }
        var found = 0, plain = 0
        for h in texts {
            for w in Self.searchWords {
                let new = TableBuilder.contains(h, w), old = h.contains(w)
                #expect(new == old, "\(h) / \(w)")
                if new { found += 1 }
                if let p = TableBuilder.plainContains(h, w) {
                    #expect(p == old, "\(h) / \(w)")
                    plain += 1
                }
            }
        }
        #expect(found > 1_000 && plain > 100_000)
    }

    /// `headerColumns`' replacement with its plain-scalar test, against `replacingAll` alone.
    @Test func headerReplacementsAgree() throws {
        var texts = Self.searchTexts
        for (_, line) in try Self.allLines() { texts.append(line.line.text) }
        for text in texts {
            for target in ["ST T", "Stt"] {
                let new = TableBuilder.plainContains(text, target) == false ? text : text.replacingAll(target, with: "STT")
                #expect(sameBytes(new, text.replacingAll(target, with: "STT")), "\(text)")
            }
        }
        for (_, line) in try Self.allLines() where line.tokens.count < 80 {
            let text = line.line.text
            #expect(TableBuilder.headerColumns(text) == Self.oldHeaderColumns(text), "\(text)")
        }
    }

    // MARK: type names

    @Test func foldAgreesWithTheSetFirstForm() throws {
        var styled = 0
        var inputs: [[Unicode.Scalar]] = try Self.allLines().map { $0.1.line.scalars }
        inputs += ["THOẢ", "Uỷ", "oà", "uÝ", "ỎA", "ÒA", "ọa", "Ồ", "", "a", "oa"].map { Array($0.unicodeScalars) }
        for s in inputs {
            for upper in [false, true] {
                let new = DocumentTypes.fold(s, upper: upper), old = Self.oldFold(s, upper: upper)
                #expect(new == old, "\(String(String.UnicodeScalarView(s)))")
                if new != (upper ? DocumentTypes.upperCased(s) : s) { styled += 1 }
            }
        }
        #expect(styled > 20)
    }

    // MARK: periods

    @Test func extractedPeriodsAgreeWithTheLocatedOnes() throws {
        var periods = 0
        for (name, line) in try Self.allLines() {
            for year in [nil, 2026] as [Int?] {
                let p = PeriodExtractor(line: line, scopeYear: year)
                let new = p.extract(), old = p.located().map(\.period)
                #expect(new == old, "\(name)")
                let all = 0..<line.tokens.count
                #expect(p.extract(in: all) == p.located(in: all).map(\.period), "\(name)")
                periods += new.count
            }
        }
        #expect(periods > 1_000)
    }

    // MARK: old forms

    /// `DocumentTypes.fold` as it was: every scalar looked up in the Set, then the letter before.
    static func oldFold(_ s: [Unicode.Scalar], upper: Bool = false) -> [Unicode.Scalar] {
        var scalars = upper ? DocumentTypes.upperCased(s) : s
        var styled = false
        for k in scalars.indices.dropFirst() where oldMarkedVowels.contains(scalars[k]) {
            let p = scalars[k - 1]
            if p == "O" || p == "U" || p == "o" || p == "u" { styled = true; break }
        }
        if styled { _ = ToneMarks.apply(.old, to: &scalars) }
        return scalars
    }

    static let oldMarkedVowels: Set<Unicode.Scalar> = Set("ÀÁẢÃẠàáảãạÈÉẺẼẸèéẻẽẹỲÝỶỸỴỳýỷỹỵ".unicodeScalars)

    /// `TableBuilder.headerColumns` as it was: `replacingAll` searched with Foundation first.
    static func oldHeaderColumns(_ text: String) -> [String] {
        var rest = Substring(text.replacingAll("ST T", with: "STT").replacingAll("Stt", with: "STT"))
        var result: [String] = []
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " }
            let initial = rest.unicodeScalars.first.map { c in
                c.isASCII ? Alphabet.lower(c) : c.properties.lowercaseMapping.unicodeScalars.first ?? c
            }
            let phrase: String? = initial.map { TableBuilder.headerInitials.contains($0) } ?? false ? {
                if let k = TableBuilder.plainPhraseIndex(rest) { return k < 0 ? nil : TableBuilder.headerPhrases[k] }
                let head = rest.prefix(64).lowercased()
                return TableBuilder.headerPhrasesLower.firstIndex { head.hasPrefix($0) }.map { TableBuilder.headerPhrases[$0] }
            }() : nil
            if let p = phrase {
                result.append(p)
                rest = rest.dropFirst(p.count)
            } else {
                let word = rest.prefix { $0 != " " }
                if let last = result.last, !TableBuilder.headerPhrases.contains(last) { result[result.count - 1] += " " + word }
                else if !word.isEmpty { result.append(String(word)) }
                rest = rest.dropFirst(word.count)
            }
        }
        return result
    }
}

extension TableBuilder {
    /// `groupTitle` as it was: the first word's String built, its Characters tested, then read.
    static func oldGroupTitle(_ line: TokenizedLine) -> String? {
        guard let first = line.tokens.first, first.kind == .word else { return nil }
        let word = line.text(0)
        guard word.allSatisfy({ "IVX".contains($0) }), RomanNumeral.value(of: word) != nil else { return nil }
        if line.tokens.count == 1 { return "" }
        guard line.tokens[1].kind == .word, line.line.scalars[line.tokens[1].range.lowerBound].properties.isUppercase else { return nil }
        return line.text(from: line.tokens[1].range.lowerBound, to: line.line.scalars.count)
    }
}

extension Parser {
    /// `repeatsIssuer` as it was: each issuer line's letters folded for the whole and again
    /// for each comparison.
    static func oldRepeatsIssuer(_ line: TokenizedLine, _ issuer: [TokenizedLine]) -> Bool {
        guard line.isAllCaps, !issuer.isEmpty else { return false }
        let key = oldLetters(line.line.scalars)
        let whole = issuer.flatMap { oldLetters($0.line.scalars) }
        return key == whole || issuer.contains { oldLetters($0.line.scalars) == key }
            || (issuer.count >= 2 && oldLetters(issuer[issuer.count - 2].line.scalars + issuer[issuer.count - 1].line.scalars) == key)
    }

    static func oldLetters(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        ParseSession10EquivalenceTests.oldFold(s.filter { $0.properties.isAlphabetic }, upper: true)
    }

    /// `isRowStart` as it was: the first word's String built and read by `RomanNumeral` first.
    static func oldIsRowStart(_ line: TokenizedLine) -> Bool {
        guard let first = line.tokens.first else { return false }
        if first.kind == .number { return first.range.count <= 3 && (line.tokens.count == 1 || line.tokens[1].kind != .punct) }
        if first.kind == .word, RomanNumeral.value(of: line.text(0)) != nil, line.text(0).allSatisfy({ "IVX".contains($0) }) {
            return line.tokens.count == 1 || line.tokens[1].kind == .word
        }
        return false
    }

    /// `segments(of:)` as it was: each token's `lower` String switched over.
    static func oldSegments(of line: TokenizedLine) -> [TokenizedLine] {
        guard let stripped = strip(line) else { return [line] }
        var cuts: [Int] = []
        let t = stripped
        let nationStart = Array(nationWords.prefix(4))
        for i in 1..<max(1, t.tokens.count) where t.tokens[i].spaceBefore {
            switch t.tokens[i].lower {
            case "cộng", "độc", "đảng", "số", "v", "(", "#": break
            default: if i < 2 || t.tokens[i - 1].lower != "phúc" || t.tokens[i - 2].lower != "hạnh" { continue }
            }
            if matchesWords(t, nationStart, at: i) && t.isAllCaps && !startsWithType(t) { cuts.append(i); continue }
            if t.matches(Phrases.độcLập, at: i), t.find(Phrases.hạnhPhúc, from: i) != nil { cuts.append(i); continue }
            if i >= 2, t.matches(Phrases.hạnhPhúc, at: i - 2), t.find(Phrases.độcLập).map({ $0 < i - 2 }) ?? false { cuts.append(i); continue }
            if t.text(i) == "Số", let rest = sub(t, i..<t.tokens.count), numberSymbol(in: rest) != nil { cuts.append(i); continue }
            if t.matches(Phrases.vv, at: i) { cuts.append(i); continue }
            if t.isPunct(i, "#"), !t.isPunct(i - 1, "#") { cuts.append(i); continue }
            if t.isPunct(i, "("), t.matches(Phrases.kèmTheo, at: i + 1) || t.matches(Phrases.banHànhKèmTheo, at: i + 1) {
                cuts.append(i)
                continue
            }
            if matchesWords(t, partyWords, at: i), t.tokens.count == i + partyWords.count || cuts.contains(i + partyWords.count),
               t.isAllCaps, !startsWithType(t) { cuts.append(i); continue }
        }
        if let d = t.find(Phrases.ngày), d >= 2, t.isPunct(d - 1, ",") {
            var j = d - 1
            while j >= 1, t.tokens[j - 1].kind == .word, !isCapsWord(t, j - 1) { j -= 1 }
            if j >= 2, t.isPunct(j - 1, "."), isPlacePrefix(t, j - 2) { j -= 2 }
            let placeStart = j
            let before = cuts.last(where: { $0 < placeStart }) ?? 0
            if placeStart > before, placeStart <= d - 1 {
                let head = sub(t, before..<placeStart)
                let role = head.map(headerRole) ?? .other
                if [.number, .caps, .slogan, .nation(prefix: false), .subject].contains(role) { cuts.append(placeStart) }
            }
        }
        if let sym = numberSymbol(in: t), sym.tokens.upperBound < t.tokens.count, !cuts.contains(sym.tokens.upperBound) {
            cuts.append(sym.tokens.upperBound)
        }
        cuts = Array(Set(cuts)).sorted()
        guard !cuts.isEmpty else { return [t] }
        var result: [TokenizedLine] = []
        var from = 0
        for c in cuts + [t.tokens.count] where c > from {
            if let piece = sub(t, from..<c), let clean = strip(piece) { result.append(clean) }
            from = c
        }
        return result.isEmpty ? [t] : result
    }
}
