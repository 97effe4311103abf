/// Headings that declare targets (*chỉ tiêu*): under them, a numbered line stating a
/// measurable value (a number with a unit or a percentage) is a target, whatever
/// its numbering (`(1)`, `-`, `a)`, `+`, `1.`).
///
/// The wordings are those of the two systems' planning documents: Party resolutions
/// and programmes (Hướng dẫn 36-HD/VPTW: *Mục tiêu*, *Các chỉ tiêu chủ yếu*,
/// *Phấn đấu đến năm …*) and state plans and programmes (*Mục tiêu cụ thể*,
/// *Chỉ tiêu*); seen in corpus 02, 003, 14, 21.
enum TargetHeadings {
    /// Opening words, lower case.
    static let openings: [[String]] = [
        ["chỉ", "tiêu"],
        ["các", "chỉ", "tiêu"],
        ["một", "số", "chỉ", "tiêu"],
        ["nhóm", "chỉ", "tiêu"],
        ["mục", "tiêu"],
        ["các", "mục", "tiêu"],
        ["phấn", "đấu"],
    ]

    /// `openings` as interner IDs.
    static let openingPhrases: [WordPhrase] = openings.map(WordPhrase.init)

    /// True when the heading's words from token `start` open with a target wording.
    static func declares(_ line: TokenizedLine, from start: Int) -> Bool {
        // The first word by ID first: most headings open with none of the openings' first
        // words, and the walk over the phrases retained each (issue 17).
        guard start >= 0, start < line.tokens.count, openingFirstWords.contains(line.tokens[start].word) else { return false }
        return openingPhrases.contains { line.matches($0, at: start) }
    }

    /// The first word of each of `openingPhrases`, as IDs.
    static let openingFirstWords: [UInt32] = openingPhrases.map { $0.ids[0] }
}
