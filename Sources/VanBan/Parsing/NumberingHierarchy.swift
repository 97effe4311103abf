/// The numbering hierarchies of the two systems, as data. The one body parser
/// (`Parser.parseBody`) reads these tables: a line's numbering decides the node
/// kind it opens and its rank (lower = outer); a line closes every open node of
/// the same or a deeper rank. No document gets a branch of its own.
enum NumberingHierarchy {
    /// A level of the legal hierarchy, opened by a word: *Phần*, *Chương*, *Mục*, *Tiểu mục*, *Điều*.
    struct LegalLevel: Sendable {
        /// The opening words, lower case (`["tiểu", "mục"]`).
        let words: [String]
        /// The node kind in the tree and the JSON.
        let kind: NodeKind
        /// Rank among all headings.
        let rank: Int
        /// Where the source sets this level.
        let source: String
    }

    /// Legal divisions, longest words first so *Tiểu mục* wins over *Mục*.
    /// Luật Ban hành văn bản quy phạm pháp luật 2025 (số 64/2025/QH15), bố cục văn bản:
    /// phần, chương, mục, tiểu mục, điều, khoản, điểm; Nghị định 30/2020/NĐ-CP Phụ lục I
    /// (thể thức và kỹ thuật trình bày: "Phần", "Chương", "Mục", "Điều" on a line of their own).
    /// *Điều* is numbered across the whole document; *Mục* restarts in each *Chương*.
    static let legal: [LegalLevel] = [
        LegalLevel(words: ["tiểu", "mục"], kind: .subsection, rank: 4, source: "Luật 64/2025/QH15: tiểu mục within a mục"),
        LegalLevel(words: ["phần"], kind: .part, rank: 1, source: "Luật 64/2025/QH15; NĐ 30/2020 Phụ lục I"),
        LegalLevel(words: ["chương"], kind: .chapter, rank: 2, source: "Luật 64/2025/QH15; NĐ 30/2020 Phụ lục I"),
        LegalLevel(words: ["mục"], kind: .section, rank: 3, source: "Luật 64/2025/QH15; NĐ 30/2020 Phụ lục I"),
        LegalLevel(words: ["điều"], kind: .article, rank: 5, source: "Luật 64/2025/QH15; NĐ 30/2020 Phụ lục I"),
    ]

    /// `legal`'s opening words as interner IDs (`WordPhrase`), in the same order.
    static let legalPhrases: [WordPhrase] = legal.map { WordPhrase($0.words) }

    /// The first word of each of `legalPhrases` (`tiểu`, `phần`, `chương`, `mục`, `điều`), as IDs.
    static let legalFirstWords: [UInt32] = legalPhrases.map { $0.ids[0] }

    /// Inside an article: *khoản* `1.` (from 1 in each article) and *điểm* `a)` (from a in each
    /// khoản, Vietnamese letter order). Luật 64/2025/QH15; NĐ 30/2020 Phụ lục I.
    static let clause = (kind: NodeKind.clause, rank: 6)
    static let point = (kind: NodeKind.point, rank: 11)

    /// Numbering by marker style outside articles: administrative documents (NĐ 30/2020
    /// Phụ lục I: `I.`, `1.`, `a)`, `-`, `+`) and Party documents (Hướng dẫn 36-HD/VPTW, 2018:
    /// `A.`, `I.` or `I-`, `1.` or `1-`, `1.1.`, `a)` or `a-`, `-`, `+`). The central Party
    /// dash forms share the style of their dotted forms (`ListMarker`).
    static func level(of style: NumberingStyle, values: Int) -> (kind: NodeKind, rank: Int) {
        switch style {
        case .upperLatin: return (.part, 1)
        case .roman: return (.section, 2)
        case .arabic, .arabicParen: return (.subsection, 5)
        case .dotted: return (.subsection, 4 + values)
        case .parenthesized: return (.item, 10)
        case .letter: return (.item, 11)
        case .bullet: return (.item, 12)
        case .dash: return (.item, 13)
        case .plus: return (.item, 14)
        }
    }

    /// Schedule headings: a year group (`Năm 2026`), a body group (`BAN THƯỜNG VỤ`), a meeting
    /// or month (numbered `1.` in the seeds' programmes), a session (*Kỳ họp thứ N*).
    static let yearGroupRank = 3
    static let bodyGroupRank = 4
    static let scheduleRank = 5
}

/// Vietnamese ordinal words (*thứ nhất*, *thứ tư*, *thứ mười hai*) as numbers.
enum Ordinals {
    /// After *thứ*: *nhất* and *tư* are the ordinal forms of one and four.
    static let words: [String: Int] = [
        "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    ]
    /// Units after *mười* (*mười một* 11, *mười lăm* 15).
    static let units: [String: Int] = [
        "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    ]
}

extension TokenizedLine {
    /// The number at token `i` — Arabic (`2`), Roman (`XVI`) or an ordinal word (`nhất`,
    /// `mười hai`) — with the number of tokens it takes.
    func ordinal(at i: Int) -> (value: Int, count: Int)? {
        guard i >= 0, i < tokens.count else { return nil }
        if let v = int(i) { return (v, 1) }
        guard tokens[i].kind == .word else { return nil }
        let raw = text(i)
        if let v = RomanNumeral.value(of: raw) { return (v, 1) }
        if tokens[i].lower == "mười", i + 1 < tokens.count, let u = Ordinals.units[tokens[i + 1].lower] { return (10 + u, 2) }
        if let v = Ordinals.words[tokens[i].lower] { return (v, 1) }
        return nil
    }
}
