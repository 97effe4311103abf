extension NationalTerm {
    /// `mayMention(document.lines[k])`, the line's periods and tokens read in place (issue 17:
    /// the test copied every appendix line).
    static func mayMention(_ document: LintDocument, _ k: Int) -> Bool {
        document.lines[k].periods.contains { $0.period.kind == "range" }
            || document.lines[k].tokens.tokens.contains { t in
                let a = t.lowerUTF8
                return Words.startBytes.contains { a.count == $0.count && ($0.count == 0 || a[0] == $0.first) }
            }
    }
}

extension RuleWords {
    /// `init(document, numbering:)` whose test of an appendix line is given the line's index,
    /// so that it can read the line's fields in place instead of a copy of the line (issue 17;
    /// the same numbering: `RulesBSession10EquivalenceTests`).
    init(_ document: LintDocument, numberingLine: (Int) -> Bool) {
        var lines: [[Int32]] = []
        lines.reserveCapacity(document.lines.count)
        var missing: [Int] = []
        for k in document.lines.indices {
            if let ids = document.ids(ofLine: k) {
                lines.append(ids)
            } else {
                lines.append([])
                if numberingLine(k) { missing.append(k) }
            }
        }
        guard !missing.isEmpty else {
            table = document.words
            self.lines = lines
            extra = []
            return
        }
        var copy = document.words
        let before = copy.count
        let numbered = copy.intern(tokensOfLines: missing.map { document.lines[$0].tokens })
        for (n, k) in missing.enumerated() { lines[k] = numbered[n] }
        copy.fold(from: before)
        table = copy
        self.lines = lines
        extra = []
    }
}
