/// `national-term`: a National Assembly term number that contradicts its years or
/// another mention in the same document (*khoá XV* next to *khoá XVI* for the
/// 2026–2031 election), or a national Party Congress number that contradicts the
/// term written with it.
public enum NationalTerm: Rule {
    public static let id = "national-term"
    public static let nameVi = "sai số khóa, nhiệm kỳ"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Số khóa Quốc hội / Đại hội Đảng toàn quốc mâu thuẫn với nhiệm kỳ hoặc với chỗ khác trong văn bản",
        en: "A National Assembly / Party Congress term number that contradicts its years or another mention")
    public static let details = LocalizedText(
        vi: "Bảng khóa Quốc hội (XV: 2021–2026, XVI: 2026–2031) và Đại hội toàn quốc (XIII: 2021, XIV: 2026). Xét nhiệm kỳ ghi cùng câu, năm của mục khi nói về bầu cử, và các lần nhắc khác về bầu cử trong văn bản; nhiệm kỳ 5 năm của Hội đồng nhân dân (2021–2026, 2026–2031) và của Đảng bộ (2020–2025, 2025–2030) ghi sau tên cơ quan.",
        en: "Tables of National Assembly terms (XV: 2021–2026, XVI: 2026–2031) and national Congresses (XIII: 2021, XIV: 2026). Checks the term written in the same clause, the block's year for elections, and other election mentions in the document; the five-year terms of People's Councils (2021–2026, 2026–2031) and Party committees (2020–2025, 2025–2030) written after the body.")
    public static let messages: [String: LocalizedText] = [
        "range": LocalizedText(vi: "Quốc hội khóa {0} là nhiệm kỳ {1}–{2}, không phải '{3}'", en: "National Assembly term {0} is {1}–{2}, not '{3}'"),
        "election": LocalizedText(vi: "Bầu cử Quốc hội khóa {0} diễn ra năm {1}, không phải {2}", en: "The election of National Assembly term {0} is in {1}, not {2}"),
        "other": LocalizedText(vi: "Quốc hội khóa {0} ở đây, nhưng văn bản ghi khóa {1} cho cùng cuộc bầu cử (dòng {2})",
                               en: "National Assembly term {0} here, but the document names term {1} for the same election (line {2})"),
        "term": LocalizedText(vi: "Nhiệm kỳ '{1}' không phải là nhiệm kỳ của {0} (5 năm: HĐND 2021–2026, 2026–2031; Đảng bộ 2020–2025, 2025–2030)",
                              en: "'{1}' is not a term of the {0} (five years: People's Councils 2021–2026, 2026–2031; Party committees 2020–2025, 2025–2030)"),
        "congress": LocalizedText(vi: "Đại hội toàn quốc lần thứ {0} họp năm {1}, không khớp với '{2}'",
                                  en: "The {0}th national Congress was held in {1}, which does not match '{2}'"),
    ]

    struct Mention {
        var line: LintDocument.Line
        var number: Int
        var token: Int
        var election: Bool
        var flagged: Bool
    }

    public static func check(_ document: LintDocument, _ report: inout Report) {
        var mentions: [Mention] = []
        for line in document.lines {
            let t = line.tokens
            for i in t.tokens.indices where t.matches(["quốc", "hội"], at: i) {
                guard i + 3 < t.tokens.count, ["khóa", "khoá"].contains(t.tokens[i + 2].lower),
                      let n = RomanNumeral.value(of: t.text(i + 3).uppercased()) ?? t.int(i + 3), let term = Terms.nationalAssembly[n] else { continue }
                let clause = t.clauseStart(before: i)
                let election = t.find(["bầu", "cử"], from: clause).map { $0 < i } ?? false
                var flagged = false
                // The term written after it in the same clause (nhiệm kỳ 2026-2031).
                if let (p, tokens) = line.periods.first(where: { $0.period.kind == "range" && $0.tokens.lowerBound >= i + 4 && $0.tokens.lowerBound < i + 20 }), let a = p.year, let b = p.endYear,
                   (a, b) != term, !crossesClause(t, from: i + 4, to: tokens.lowerBound) {
                    report.add("range", [t.text(i + 3), "\(term.start)", "\(term.end)", p.raw], at: t.span(tokens: i, i + 3))
                    flagged = true
                } else if election, let y = line.scope.year, line.scope.isExplicit || line.scope.month != nil,
                          y != term.start, y != term.start - 1 {
                    report.add("election", [t.text(i + 3), "\(term.start)", "\(y)"], at: t.span(tokens: i, i + 3))
                    flagged = true
                }
                mentions.append(Mention(line: line, number: n, token: i, election: election, flagged: flagged))
            }
            congress(line, &report)
            councilAndPartyTerms(line, &report)
        }
        // Election mentions that disagree with the document's majority.
        let elections = mentions.filter(\.election)
        var counts: [Int: Int] = [:]
        for m in elections { counts[m.number, default: 0] += 1 }
        guard counts.count >= 2, let (majority, top) = counts.max(by: { $0.value < $1.value }),
              counts.values.filter({ $0 == top }).count == 1 else { return }
        let example = elections.first { $0.number == majority }!
        for m in elections where m.number != majority && !m.flagged {
            let t = m.line.tokens
            report.add("other", [t.text(m.token + 3), RomanNumeral.numeral(for: majority), "\(example.line.tokens.line.firstLine)"],
                       at: t.span(tokens: m.token, m.token + 3))
        }
    }

    /// `Đại hội … toàn quốc lần thứ N … nhiệm kỳ A - B` with A not the Congress's year.
    static func congress(_ line: LintDocument.Line, _ report: inout Report) {
        let t = line.tokens
        for i in t.tokens.indices where t.matches(["toàn", "quốc", "lần", "thứ"], at: i) {
            guard i + 4 < t.tokens.count, let n = RomanNumeral.value(of: t.text(i + 4).uppercased()) ?? t.int(i + 4),
                  let held = Terms.partyCongress[n] else { continue }
            if let (p, tokens) = line.periods.first(where: { $0.period.kind == "range" && $0.tokens.lowerBound >= i + 5 && $0.tokens.lowerBound < i + 10 }),
               let a = p.year, a != held,
               !crossesClause(t, from: i + 5, to: tokens.lowerBound) {
                report.add("congress", [t.text(i + 4), "\(held)", p.raw], at: t.span(tokens: i, i + 4))
            }
        }
    }

    /// `Hội đồng nhân dân … nhiệm kỳ A - B` and `Đại hội Đảng bộ … nhiệm kỳ A - B` whose
    /// years are not a term of the body (`Terms.councilTerm`, `Terms.partyTerm`).
    static func councilAndPartyTerms(_ line: LintDocument.Line, _ report: inout Report) {
        let t = line.tokens
        for (p, tokens) in line.periods where p.kind == "range" {
            guard let a = p.year, let b = p.endYear, tokens.lowerBound >= 2,
                  t.matchesFolded(["nhiệm", "kỳ"], at: tokens.lowerBound - 2) || t.matchesFolded(["nhiệm", "kì"], at: tokens.lowerBound - 2) else { continue }
            // The body named just before (within the clause, 12 words).
            let from = max(t.clauseStart(before: tokens.lowerBound), tokens.lowerBound - 14)
            var body: (name: String, valid: (Int, Int) -> Bool)? = nil
            for k in from..<(tokens.lowerBound - 2) {
                if t.matchesFolded(["hội", "đồng", "nhân", "dân"], at: k) || t.matchesFolded(["hđnd"], at: k) {
                    body = ("Hội đồng nhân dân", Terms.councilTerm)
                } else if t.matchesFolded(["đại", "hội"], at: k),
                          t.matchesFolded(["đảng"], at: k + 2) || t.matchesFolded(["đại", "biểu", "đảng"], at: k + 2),
                          !(k..<tokens.lowerBound).contains(where: { t.matchesFolded(["toàn", "quốc"], at: $0) }) {
                    body = ("Đại hội Đảng bộ", Terms.partyTerm)
                }
            }
            guard let (name, valid) = body, !valid(a, b) else { continue }
            report.add("term", [name, p.raw], at: t.span(tokens: tokens.lowerBound, tokens.upperBound - 1))
        }
    }

    /// True when a `;` or `.` lies between tokens `from` and `to`.
    static func crossesClause(_ t: TokenizedLine, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return (from..<to).contains { t.isPunct($0, ";") || t.isPunct($0, ".") }
    }
}
