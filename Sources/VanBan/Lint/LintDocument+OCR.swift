extension LintDocument {
    /// Misread words per word with a diacritic above which a document is taken for OCR
    /// output. Misread words: the non-syllables (`Syllable.isValid`, acronyms aside) and the
    /// certain lexicon misspellings (`misspelling`'s *tô chức*, *địa ban*: OCR mostly misreads
    /// into other syllables).
    ///
    /// Measured on the corpus (FalseAlarmBudgetTests prints it): the typed and converted
    /// real documents stay under 1 per 1,000; the two OCR dumps are at 7 and 10; a typed
    /// draft with five slips in 1,500 words is at 3.
    public static let ocrThreshold = 0.005

    /// Words with a diacritic, and how many of them are not syllables (acronyms aside): a
    /// diagnostic for the tests' table.
    public var syllableEvidence: (words: Int, nonSyllables: Int) {
        var seen: [String: Bool] = [:]
        var words = 0, bad = 0
        for (t, key) in zip(textLines, keys) {
            for (i, w) in key.enumerated() where !w.isEmpty && w.utf8.contains(where: { $0 >= 0x80 }) {
                let range = t.tokens[i].range
                guard range.count >= 2 else { continue }
                let ok: Bool
                if let known = seen[w] { ok = known } else { ok = Syllable.isValid(w.unicodeScalars); seen[w] = ok }
                // Acronyms (*QĐ*, *HĐND*, *ĐMST*) and single letters are not syllables to judge
                // (a word with a lower-case letter is no acronym).
                if ok {
                    if !t.line.scalars[range.lowerBound].properties.isUppercase { words += 1; continue }
                    if t.line.scalars[range].allSatisfy({ !$0.properties.isLowercase }) { continue }
                    words += 1
                } else if !t.line.scalars[range].allSatisfy({ !$0.properties.isLowercase }) {
                    words += 1
                    bad += 1
                }
            }
        }
        return (words, bad)
    }

    /// Words with a Vietnamese mark (a byte outside ASCII in the folded key).
    /// (The folded key of a word is marked when its text is: folding moves a mark. Counted
    /// when the document is built: `countMarkedWords`.)
    public var markedWords: Int { markedWordCount }

    /// True when the text reads like OCR output: many words that no correct text has
    /// (*lẾ*, *Diéu*, *tô chức*) — the document's own evidence that its letters, quotes and
    /// line structure cannot be trusted. `misreadings`: the `misspelling` findings (its
    /// non-syllables included).
    public func looksLikeOCR(misreadings: Int) -> Bool {
        let words = markedWords
        return words >= 200 && Double(misreadings) / Double(words) > Self.ocrThreshold
    }
}
