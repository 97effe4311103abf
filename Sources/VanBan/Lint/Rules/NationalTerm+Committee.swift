/// The congresses of Party committees (*Đại hội đại biểu Đảng bộ tỉnh X lần thứ N, nhiệm
/// kỳ A - B*) and the committees they elect (*Ban Chấp hành Đảng bộ tỉnh X khóa N, nhiệm kỳ
/// A - B*, numbered after the congress, Điều lệ Đảng): the same committee's congress of one
/// term cited with two numbers in one document, and the first congress of a province merged
/// in 2025 numbered other than I.
extension NationalTerm {
    /// One citation of a Party committee's congress with its number and term.
    struct CommitteeCongress {
        var line: LintDocument.Line
        /// The committee's words from *Đảng bộ* on, folded (*đảng bộ tỉnh đồng nai*).
        var body: [String]
        /// Tokens of the committee's name (from *Đảng bộ*) and of the number.
        var bodyTokens: Range<Int>
        var numberToken: Int
        var number: Int
        var term: (start: Int, end: Int)
    }

    /// How many words a committee's name may have after *Đảng bộ*.
    static let committeeNameReach = 10

    /// The committee congresses cited in `line`, in both orders: *Đảng bộ X lần thứ N,
    /// nhiệm kỳ A - B* and *lần thứ N Đảng bộ X, nhiệm kỳ A - B*.
    static func committeeCongresses(_ line: LintDocument.Line, _ ids: [Int32], _ v: Words) -> [CommitteeCongress] {
        let t = line.tokens
        var found: [CommitteeCongress] = []
        for i in ids.indices where v.w.matchesFolded(v.dangBo, ids, at: i) {
            // The name: words (no punctuation) up to *lần thứ*, or up to the term.
            var j = i + 2
            while j < t.tokens.count, j < i + 2 + committeeNameReach, t.isWord(j), !v.w.matchesFolded(v.lanThu, ids, at: j),
                  !v.w.matchesFolded(v.nhiemKy, ids, at: j), !isTermWord(t, ids, v, j) { j += 1 }
            let numberToken: Int
            var after: Int
            if v.w.matchesFolded(v.lanThu, ids, at: j) {
                numberToken = j + 2
                after = j + 3
            } else if isTermWord(t, ids, v, j), i >= 4, v.w.matchesFolded(v.banChapHanh, ids, at: i - 3) {
                // *Ban Chấp hành Đảng bộ X khóa N*: the committee elected by the N-th congress.
                numberToken = j + 1
                after = j + 2
            } else if i >= 3, v.w.matchesFolded(v.lanThu, ids, at: i - 3) {
                numberToken = i - 1
                after = j
            } else {
                continue
            }
            guard numberToken < t.tokens.count, t.isWord(numberToken) || t.int(numberToken) != nil,
                  let n = RomanNumeral.value(of: t.text(numberToken).uppercased()) ?? t.int(numberToken), n > 0, n < 60 else { continue }
            if t.isPunct(after, ",") { after += 1 }
            guard v.w.matchesFolded(v.nhiemKy, ids, at: after),
                  let (p, _) = line.periods.first(where: { $0.period.kind == "range" && $0.tokens.lowerBound == after + 2 }),
                  let a = p.year, let b = p.endYear, Terms.partyTerm(a, b) else { continue }
            let nameEnd = j
            let body = (i..<nameEnd).map { foldKey(t.tokens[$0].lower) }
            found.append(CommitteeCongress(line: line, body: body, bodyTokens: i..<nameEnd, numberToken: numberToken, number: n, term: (a, b)))
        }
        return found
    }

    /// *khóa* / *khoá* at token `k` followed by a number.
    static func isTermWord(_ t: TokenizedLine, _ ids: [Int32], _ v: Words, _ k: Int) -> Bool {
        k + 1 < t.tokens.count && (ids[k] == v.khoa || ids[k] == v.khoa2)
            && (RomanNumeral.value(of: t.text(k + 1).uppercased()) != nil || t.int(k + 1) != nil)
    }

    /// Reports a committee congress whose number contradicts another citation of the same
    /// committee's congress of the same term in the document (the later of a tie, else the
    /// fewer), and the first congress of a merged province (2025–2030) numbered other than I.
    static func committeeCongressNumbers(_ document: LintDocument, _ v: Words, _ mayStart: [Bool], _ report: inout Report) {
        var all: [CommitteeCongress] = []
        for n in document.lines.indices where mayStart[n] { all += committeeCongresses(document.lines[n], v.w.lines[n], v) }
        var flagged = Set<[Int]>()
        func key(_ c: CommitteeCongress) -> [Int] { [c.line.tokens.line.firstLine, c.numberToken] }
        // The merged provinces: *Đảng bộ tỉnh X* / *Đảng bộ thành phố X*, X a merged unit.
        for c in all where c.term == (2025, 2030) && c.number != 1 {
            var k = 2
            if c.body.count > k, ["tỉnh", "tp"].contains(c.body[k]) { k += 1 } else if c.body.count > k + 1, c.body[k] == "thành", c.body[k + 1] == "phố" { k += 2 } else { continue }
            if c.body.count > k, c.body[k] == "." { k += 1 }
            let name = c.body[k...].map { Skeleton.of($0.unicodeScalars) }
            guard !name.isEmpty, AdministrativeUnits.mergedProvinces.contains(where: { $0 == Array(name) }) else { continue }
            let t = c.line.tokens
            report.add("mergedCongress", [t.text(from: t.tokens[c.bodyTokens.lowerBound].range.lowerBound, to: t.tokens[c.bodyTokens.upperBound - 1].range.upperBound),
                                          t.text(c.numberToken)], at: t.span(tokens: c.numberToken, c.numberToken))
            flagged.insert(key(c))
        }
        // The same committee and term with two numbers.
        var groups: [String: [CommitteeCongress]] = [:]
        var order: [String] = []
        for c in all {
            let k = c.body.joined(separator: " ") + " \(c.term.start)-\(c.term.end)"
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(c)
        }
        for k in order {
            let list = groups[k]!
            var counts: [Int: Int] = [:]
            for c in list { counts[c.number, default: 0] += 1 }
            guard counts.count == 2 else { continue }
            let top = counts.values.max()!
            // The number more citations agree on, or on a tie the first one written.
            let kept = counts.values.filter({ $0 == top }).count == 1 ? counts.first { $0.value == top }!.key : list[0].number
            let example = list.first { $0.number == kept }!
            for c in list where c.number != kept && !flagged.contains(key(c)) {
                let t = c.line.tokens
                report.add("committeeCongress", [t.text(c.numberToken), RomanNumeral.numeral(for: kept), "\(example.line.tokens.line.firstLine)"],
                           at: t.span(tokens: c.numberToken, c.numberToken))
                flagged.insert(key(c))
            }
        }
    }
}
