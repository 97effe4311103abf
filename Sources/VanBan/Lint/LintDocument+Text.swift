import Foundation

extension LintDocument {
    /// The lines text rules read: every logical line outside the appendix tables, and
    /// each appendix table joined into one line, so that a word wrapped inside a cell
    /// (`vi phạm pháp` / `pháp luật`) is seen whole.
    static func textLines(_ lines: [Line], _ parsed: ParsedDocument) -> [TokenizedLine] {
        var result: [TokenizedLine] = []
        result.reserveCapacity(lines.count)
        // (By index: a `Line` copied whole retains its periods too.)
        for k in lines.indices where lines[k].role != .appendix { result.append(lines[k].tokens) }
        guard !parsed.appendices.isEmpty else { return result }
        // Each distinct word of the tables lower-cased into one string (as the lexer does for
        // the document), which the word table then numbers once (`intern(tokensOfLines:)`).
        let words = LowerCaseWords()
        for appendix in parsed.appendices {
            if let joined = Self.joinTokens(appendix.cells, words: words) { result.append(joined) }
        }
        return result
    }

    /// The lines joined into one logical line (positions still map to the file).
    static func join(_ lines: some Sequence<TokenizedLine>, words: LowerCaseWords? = nil) -> TokenizedLine? {
        var pieces = lines.flatMap { $0.line.pieces.map(\.line) }
        guard !pieces.isEmpty else { return nil }
        var joined = LogicalLine(pieces.removeFirst())
        for piece in pieces { joined.append(piece) }
        return Lexer.tokenize(joined, words: words)
    }

    /// `join(lines, words:)` with the tokens of `lines` moved to their place in the joined line
    /// rather than found again by the lexer (the tables were lexed a second time: issue 17).
    ///
    /// The joined line is built as `join` builds it; a line's tokens are its tokens there when
    /// its text stands unchanged at the end of the line joined so far, shifted by where it
    /// starts. The lexer reads a token from its scalars alone (`spaceBefore`: a space, U+0020,
    /// just before it), so only the first token of a line can differ: its `spaceBefore` is read
    /// in the joined text, and where it would run on from the last token (two words or
    /// numbers without a space between: the join adds a space, or none after a `-`) the line
    /// is lexed again, as it is when a text is not found unchanged or the line is longer than
    /// the lexer reads. `LintDocJoinEquivalenceTests` compares with `join`.
    static func joinTokens(_ lines: some Collection<TokenizedLine>, words: LowerCaseWords? = nil) -> TokenizedLine? {
        var joined: LogicalLine? = nil
        var tokens: [Token] = []
        tokens.reserveCapacity(lines.reduce(0) { $0 + $1.tokens.count })
        for cell in lines {
            for piece in cell.line.pieces {
                if joined == nil { joined = LogicalLine(piece.line) } else { joined!.append(piece.line) }
            }
            guard let scalars = joined?.scalars, !cell.tokens.isEmpty else { continue }
            let own = cell.line.scalars
            let start = scalars.count - own.count
            guard start >= 0, scalars.count <= Token.maxOffset,
                  scalars.withUnsafeBufferPointer({ all in
                      own.withUnsafeBufferPointer { o in
                          o.count == 0 || memcmp(all.baseAddress! + start, o.baseAddress!, o.count * MemoryLayout<Unicode.Scalar>.stride) == 0
                      }
                  }) else { return join(lines, words: words) }
            var first = true
            for var t in cell.tokens {
                let r = t.range
                let at = start + r.lowerBound
                t.range = at..<(start + r.upperBound)
                if first {
                    first = false
                    t.spaceBefore = at > 0 && scalars[at - 1] == " "
                    // A word or number right after another would be one token of the joined line.
                    if at > 0, !t.spaceBefore, t.kind != .punct, let last = tokens.last, last.kind != .punct,
                       last.range.upperBound == at { return join(lines, words: words) }
                }
                tokens.append(t)
            }
        }
        guard let joined else { return nil }
        let marker = ListMarker.recognize(joined.scalars)
        var bodyStart = 0
        if let m = marker {
            while bodyStart < tokens.count, tokens[bodyStart].range.lowerBound < m.length { bodyStart += 1 }
        }
        return TokenizedLine(line: joined, marker: marker, tokens: tokens, bodyStart: bodyStart)
    }

    /// The line of `record.meetings[index]`.
    public func meetingLine(_ index: Int) -> TokenizedLine { lines[meetingLines[index]].tokens }

    /// Month index (year × 12 + month − 1) of a scope with a known month.
    static func monthIndex(_ year: Int, _ month: Int) -> Int { year * 12 + month - 1 }
}

extension TokenizedLine {
    /// Index of the first token of the clause token `i` stands in: after the nearest
    /// `;`, `.`, `(`, `)` or `:` before it (commas do not end a clause).
    func clauseStart(before i: Int) -> Int {
        var j = i - 1
        while j >= bodyStart {
            if tokens[j].kind == .punct {
                let c = line.scalars[tokens[j].range.lowerBound]
                if c == ";" || c == "." || c == "(" || c == ")" || c == ":" { return j + 1 }
            }
            j -= 1
        }
        return bodyStart
    }

    /// True when a token in `range` is one of `words` (lower case).
    func contains(_ words: Set<String>, in range: Range<Int>) -> Bool {
        for k in range where k >= 0 && k < tokens.count && words.contains(tokens[k].lower) { return true }
        return false
    }

    /// Original span of token `i`.
    func span(_ i: Int) -> SourceSpan { line.span(tokens[i].range) }

    /// True when token `i` is a word (letters).
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
}

/// Lower case and the old tone style, so that `Đảng uỷ` and `đảng ủy` compare equal.
/// Lower-case *a*, *e*, *y* with a tone mark: the vowels a new-style mark sits on.
private let newStyleVowels: Set<Unicode.Scalar> = Set("àáảãạèéẻẽẹỳýỷỹỵ".unicodeScalars)

/// True when lower-case `text` has an *o* or *u* before a marked *a*, *e* or *y* — the only
/// places a tone mark can be in the new style.
func mayBeNewStyle(_ text: String) -> Bool {
    var previous: Unicode.Scalar = " "
    for s in text.unicodeScalars {
        if (previous == "o" || previous == "u"), s.value >= 0x80, newStyleVowels.contains(s) { return true }
        previous = s
    }
    return false
}

func foldKey(_ s: String) -> String {
    foldLower(s.lowercased())
}

/// `foldKey` of text already in lower case. Only a word ending in a vowel can be in the
/// new style, so everything else is returned as it is, without copying.
func foldLower(_ lower: String) -> String { foldedIfChanged(lower) ?? lower }

/// `foldLower(lower)` when that is not `lower` itself, nil when `lower` is returned as it is
/// (most words: `WordTable.fold` then knows the word is its own folded form without looking
/// the same text up again).
func foldedIfChanged(_ lower: String) -> String? {
    // Read from the UTF-8 bytes (a call per token of some rules: issue 17). The last
    // scalar is outside ASCII exactly when the last byte is; and only an *o* or *u* before
    // a marked *a*, *e* or *y* (a byte ≥ 0xC3 leads it) can be in the new style (*hoà*,
    // *uỷ*): most words have none, and are returned without building an array.
    let candidate = lower.utf8.withContiguousStorageIfAvailable { b -> Bool in
        guard let last = b.last, last >= 0x80 || last == 0x61 || last == 0x65 || last == 0x6F || last == 0x79 else { return false }
        var k = 0
        while k + 1 < b.count {
            if (b[k] == 0x6F || b[k] == 0x75) && b[k + 1] >= 0xC3 { return true }
            k += 1
        }
        return false
    }
    guard candidate ?? true else { return nil }
    guard let last = lower.unicodeScalars.last, last.value >= 0x80 || "aeoy".unicodeScalars.contains(last) else { return nil }
    guard mayBeNewStyle(lower) else { return nil }
    var scalars = Array(lower.unicodeScalars)
    guard ToneMarks.apply(.old, to: &scalars) > 0 else { return nil }
    return String(scalars: scalars)
}

extension TokenizedLine {
    /// `matches` that also accepts the other tone style (*uỷ* for *ủy*); `words` are in
    /// lower case and the old style.
    func matchesFolded(_ words: [String], at i: Int) -> Bool {
        guard i >= 0, i + words.count <= tokens.count else { return false }
        // Bytes compared, not Strings (`~=` in ScalarString.swift: the text is NFC), so a
        // mismatch between two marked words costs a few instructions, not a Unicode
        // comparison; a rule calls this at every token (issue 17).
        // A word of another byte length is rejected first, as it always was (note: this
        // also rejects *thuỳ* for *thùy*, whose folding changes the length; left as is).
        // (Indices, not `enumerated()`; the length test before anything else: most calls end
        // at the first word, and a rule makes a million of them on a large corpus.)
        var k = 0
        while k < words.count {
            let lower = tokens[i + k].lower
            let w = words[k]
            if lower.utf8.count != w.utf8.count { return false }
            if !sameBytes(w, lower) && !sameBytes(w, foldLower(lower)) { return false }
            k += 1
        }
        return true
    }

    /// `matchesFolded` against the line's folded keys (`LintDocument.keys`).
    func matches(_ words: [String], at i: Int, keys: [String]) -> Bool {
        guard i >= 0, i + words.count <= keys.count else { return false }
        for (k, w) in words.enumerated() where keys[i + k].utf8.count != w.utf8.count || !(w ~= keys[i + k]) { return false }
        return true
    }
}
