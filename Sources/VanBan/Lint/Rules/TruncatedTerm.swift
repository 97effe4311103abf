/// `truncated-term`: a fixed name cut short — *Ủy ban nhân,* → *Ủy ban nhân dân*;
/// *Ban Thường Đảng ủy* → *Ban Thường vụ Đảng ủy*.
///
/// Names are held as compounds (`BodyNames.names`, with their sources); a name is
/// truncated when one compound is cut, changed or left out: the text stops inside a
/// compound (a punctuation mark, the end, or an administrative level follows: *Ủy ban
/// nhân phường*), skips the rest of a compound and goes on with the next one (*Ủy ban
/// Kiểm Đảng ủy*), writes a near spelling of its second syllable (*Thường vũ*) or, inside
/// the name, another syllable with the same initial and final (*Liên hợp Phụ nữ*), or leaves
/// a whole compound out between two parts of the name. Anything else after the cut (*Ban
/// Thường trực*) is another word, not a truncation. A fix is offered only when one name
/// reads the text.
public enum TruncatedTerm: Rule {
    public static let id = "truncated-term"
    public static let nameVi = "tên cơ quan viết thiếu"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Tên cơ quan cố định bị viết thiếu (Ủy ban nhân, → Ủy ban nhân dân)",
        en: "A fixed name cut short (Ủy ban nhân, → Ủy ban nhân dân)")
    public static let details = LocalizedText(
        vi: "Bảng tên cơ quan cố định (có nguồn), lưu theo từ ghép; báo khi một từ ghép bị viết thiếu, viết sai hoặc bỏ mất: văn bản dừng giữa từ ghép (sau đó là dấu câu, cấp hành chính hay cấp ủy: 'Ủy ban nhân phường'), bỏ nửa từ ghép rồi viết tiếp phần sau của tên, đổi một âm tiết thành từ khác cùng phụ âm đầu và cuối khi phần sau của tên viết đúng ('Hội Liên hợp Phụ nữ'), hoặc bỏ cả một từ ghép giữa tên. Thiếu 'Việt Nam' trước cấp hành chính ('Ủy ban Mặt trận Tổ quốc phường') chỉ là lưu ý. Chỉ sửa khi chỉ một tên khớp.",
        en: "A table of fixed body names (with sources), held as compounds; reported when one compound is cut, misspelt or left out: the text stops inside a compound (punctuation, an administrative level or a Party committee follows: 'Ủy ban nhân phường'), drops half a compound and goes on with the rest of the name, changes a syllable into another with the same initial and final while the rest of the name follows ('Hội Liên hợp Phụ nữ'), or leaves a whole compound out inside the name. A missing 'Việt Nam' before a level ('Ủy ban Mặt trận Tổ quốc phường') is information only. Fixed only when one name reads the text.")
    public static let messages: [String: LocalizedText] = [
        "cut": LocalizedText(vi: "'{0}' bị viết thiếu; đúng là '{1}'", en: "'{0}' is cut short; it should be '{1}'"),
        "changed": LocalizedText(vi: "'{0}' viết sai một từ của tên; đúng là '{1}'", en: "'{0}' has a word of the name misspelt; it should be '{1}'"),
    ]
    public static let fixable = true

    /// Where each name's compounds start in the list of every name's compounds (name after
    /// name: `Table.compounds`), and the end (one more entry).
    static let compoundStart: [Int] = BodyNames.names.reduce(into: [0]) { $0.append($0.last! + $1.compounds.count) }
    /// For each name: its first compound is one word, it has a second, and it is not
    /// `wholeBeforeLevel` — found only when the second compound's first word follows.
    static let needsSecond: [Bool] = BodyNames.names.map { $0.compounds[0].count == 1 && $0.compounds.count > 1 && !$0.wholeBeforeLevel }

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let r = Names(document)
        let lines = document.textLines
        let startOf = r.startOf
        for n in lines.indices {
            let ids = document.ids[n]
            // (A line none of whose tokens may start a name is passed over before it is read.)
            guard RuleWords.anyMarked(ids, startOf) else { continue }
            let t = lines[n]
            var i = t.bodyStart
            while i < t.tokens.count {
                if r.mayStart(ids[i]), let (cut, unique) = truncation(t, ids, r, at: i),
                   !continuesOnNextLine(t, from: i, last: cut.last, replacement: cut.replacement, next: n + 1 < lines.count ? lines[n + 1] : nil) {
                    let last = cut.last
                    let span = t.span(tokens: i, last)
                    // A name cut by the end of the line may go on where the copy lost text
                    // (an OCR dump's cut line): reported, but not fixed.
                    let atEnd = (last + 1..<t.tokens.count).allSatisfy { t.tokens[$0].kind != .word && t.isPunct($0, "*") }
                    let fix = span.start.line == span.end.line && !atEnd && unique && cut.certain ? Fix(span: span, replacement: cut.replacement) : nil
                    report.add(cut.key, [cut.written, cut.replacement], at: span, fix: fix, severity: cut.certain ? nil : .info)
                    i = last + 1
                } else {
                    i += 1
                }
            }
        }
    }

    /// True when the name only breaks with the line: the next logical line (a table cell
    /// or a signature block wrapped by the web copy: *TM. ỦY BAN NHÂN* / *DÂN*) starts
    /// with the word the name lacks.
    static func continuesOnNextLine(_ t: TokenizedLine, from i: Int, last: Int, replacement: String, next: TokenizedLine?) -> Bool {
        guard let next, (last + 1..<t.tokens.count).allSatisfy({ t.tokens[$0].kind != .word }),
              let first = next.tokens.firstIndex(where: { $0.kind == .word }) else { return false }
        let have = t.tokens[i...last].filter { $0.kind == .word }.count
        let words = replacement.split(separator: " ")
        guard have < words.count else { return false }
        return foldKey(String(words[have])) == foldKey(next.tokens[first].lower)
    }

    /// A truncated name found at a token.
    struct Truncation {
        /// The last token of the text taken as the cut name.
        var last: Int
        /// The full name in the writer's capitals.
        var replacement: String
        /// The text as written.
        var written: String
        /// False when the short form is also in use (a whole final compound left out
        /// before a level): reported as `info`, without a fix.
        var certain: Bool
        /// The message: `cut` (a word missing) or `changed` (a syllable misspelt).
        var key = "cut"
    }

    /// The truncated name starting at token `i`, if any: the text follows a name of
    /// `BodyNames.names` with one compound cut short, changed into a near spelling, or left
    /// out. When two names read the cut text differently, the finding has no fix.
    static func truncation<R: NameMatching>(_ t: TokenizedLine, _ ids: [Int32], _ r: R, at i: Int) -> (Truncation, unique: Bool)? {
        var found: [Truncation] = []
        // (`mayStart` was true: the key is a first word of the table.) The group's names in
        // table order, each first compound compared on the flat lists; a name's compounds are
        // gathered only for one that passes (issue 17: a common first word such as *Ban* heads
        // dozens of names, and most of its tokens start none).
        let g = r.group(ids[i])
        // The token after the first: each name's `second` word is compared with it first.
        let next = i + 1 < ids.count ? ids[i + 1] : -3
        let groupStart = r.groupStart, groupNames = r.groupNames, second = r.second
        for q in Int(groupStart[g])..<Int(groupStart[g + 1]) {
            let n = Int(groupNames[q])
            let w = second[n]
            if w != TruncatedTerm.anySecond, next < 0 || !r.isWord(next, w) { continue }
            guard r.firstMatches(n, ids, at: i) else { continue }
            // A name whose first compound is one word (*Ban*, *Hội*) is only found when the next
            // token is the first word of its second compound: cut inside it or written whole
            // (`truncation(…, name:)` needs two syllables of the name before any other reading,
            // and none of these names is `wholeBeforeLevel`). Most *Ban …* are other bodies.
            if Self.needsSecond[n] {
                let next = i + 1, w = r.compounds[Self.compoundStart[n] + 1][0]
                guard next < ids.count, r.isWord(ids[next], w) else { continue }
            }
            if let c = truncation(t, ids, r, at: i, name: BodyNames.names[n], r.name(n)) { found.append(c) }
        }
        guard let best = found.max(by: { $0.last < $1.last }) else { return nil }
        let unique = found.allSatisfy { $0.last != best.last || $0.replacement == best.replacement }
        return (best, unique)
    }

    /// True when an administrative level or a Party committee (`BodyNames.levels`) starts
    /// at token `k`: what follows a complete name.
    static func levelFollows<R: NameMatching>(_ ids: [Int32], _ r: R, at k: Int) -> Bool {
        r.levels.contains { r.matches($0, ids, at: k) }
    }

    /// True when token `k` ends the phrase: the line ends or a punctuation mark other
    /// than a hyphen follows.
    static func stops(_ t: TokenizedLine, at k: Int) -> Bool {
        k >= t.tokens.count || (t.tokens[k].kind == .punct && !t.isPunct(k, "-"))
    }

    /// `name` matched at token `i` with one compound cut, changed or dropped.
    /// `ids`: the line's word IDs; `resolved`: the name's compounds as IDs.
    static func truncation<R: NameMatching>(_ t: TokenizedLine, _ ids: [Int32], _ r: R, at i: Int, name: BodyNames.Name,
                                            _ resolved: ArraySlice<[Int32]>) -> Truncation? {
        // (The name's compounds as a slice of `r.compounds`, not copied: compound `c`
        // is `resolved[base + c]`.)
        let base = resolved.startIndex
        let compounds = name.compounds
        /// `t.matchesFolded([word], at: k)` for the word of ID `w`.
        func word(_ w: Int32, at k: Int) -> Bool { k >= 0 && k < ids.count && r.isWord(ids[k], w) }
        /// True when token `k`'s folded text is not the word of ID `w` (`foldKey(lower) != w`).
        func notFolded(_ k: Int, _ w: Int32) -> Bool { !r.foldsTo(ids[k], w) }
        var k = i
        // The name's compounds matched so far are the tokens `i..<k`; their words are only
        // built for a finding.
        var full: [String] { (i..<k).map { t.text($0) } }
        func result(last: Int, words: [String], certain: Bool = true, key: String = "cut") -> Truncation {
            let written = t.text(from: t.tokens[i].range.lowerBound, to: t.tokens[last].range.upperBound)
            return Truncation(last: last, replacement: words.joined(separator: " "), written: written, certain: certain, key: key)
        }
        /// The rest of the name from compound `c` on, as written at token `at`.
        func rest(from c: Int, at: Int) -> (words: [String], last: Int)? {
            var j = at
            var words: [String] = []
            for (compound, cids) in zip(compounds[c...], resolved[(base + c)...]) {
                guard r.matches(cids, ids, at: j) else { return nil }
                words += (j..<(j + compound.count)).map { t.text($0) }
                j += compound.count
            }
            return (words, j - 1)
        }
        for (c, compound) in compounds.enumerated() {
            let cids = resolved[base + c]
            if r.matches(cids, ids, at: k) {
                k += compound.count
                continue
            }
            guard c > 0, t.isWord(k) else { return nil }
            let isLast = c + 1 == compounds.count
            if compound.count >= 2, word(cids[0], at: k) {
                let completed = full + [t.text(k)] + compound.dropFirst().map { capitalized($0, like: t.text(k)) }
                // Cut inside the compound: the text stops, goes on with the rest of the name
                // (*Ban Thường Đảng ủy*), or — the compound being the last — with a level
                // (*Ủy ban nhân phường*, *Ủy ban Kiểm Đảng ủy Sở*).
                let next = k + 1
                if stops(t, at: next) || isLast && levelFollows(ids, r, at: next) {
                    return result(last: k, words: completed)
                }
                if !isLast, let (words, last) = rest(from: c + 1, at: next) {
                    return result(last: last, words: completed + words)
                }
                // One syllable changed into a near spelling (*Ban Thường vũ Đảng ủy*): the same
                // letters once tone, vowel marks and confusable initials are folded.
                let changed = k + compound.count - 1
                if compound.count == 2, t.isWord(next), notFolded(next, cids[1]),
                   BodyNames.skeleton(foldKey(t.tokens[next].lower)) == BodyNames.skeleton(compound[1]) {
                    let fixed = full + [t.text(k), capitalized(compound[1], like: t.text(next))]
                    if stops(t, at: changed + 1) || isLast && levelFollows(ids, r, at: changed + 1) {
                        return result(last: changed, words: fixed, key: "changed")
                    }
                    if !isLast, let (words, last) = rest(from: c + 1, at: changed + 1) {
                        return result(last: last, words: fixed + words, key: "changed")
                    }
                }
                // One syllable changed into another word with the same initial and final
                // (*Hội Liên hợp Phụ nữ* for *Liên hiệp*, *Viện kiểm soát nhân dân* for
                // *kiểm sát*): only inside the name, the rest of it following as written
                // (two syllables at least), since the changed word is a word of its own.
                if compound.count == 2, !isLast, t.isWord(next), notFolded(next, cids[1]),
                   BodyNames.sameFrame(foldKey(t.tokens[next].lower), compound[1]),
                   let (words, last) = rest(from: c + 1, at: changed + 1), words.count >= 2 {
                    let fixed = full + [t.text(k), capitalized(compound[1], like: t.text(next))]
                    return result(last: last, words: fixed + words, key: "changed")
                }
                return nil
            }
            // The compound's first syllable left out (*Ủy ban dân xã*): the rest of it written,
            // then a level or the rest of the name — after two syllables of the name at least,
            // and not where the two words meeting are a phrase of their own (*Ban hành*).
            if compound.count == 2, k - i >= 2, word(cids[1], at: k),
               !RegisterLexicon.isPhrase(foldKey(t.tokens[k - 1].lower), foldKey(t.tokens[k].lower)) {
                let completed = full + inserted([compound[0]], like: t.text(k - 1)) + [t.text(k)]
                if isLast && levelFollows(ids, r, at: k + 1) {
                    return result(last: k, words: completed)
                }
                if !isLast, let (words, last) = rest(from: c + 1, at: k + 1) {
                    return result(last: last, words: completed + words)
                }
                return nil
            }
            // A whole compound left out between two parts of the name (*Ủy ban Mặt trận Việt
            // Nam*): at least three syllables before and two after.
            if !isLast, k - i >= 3, let (words, last) = rest(from: c + 1, at: k), words.count >= 2 {
                let missing = inserted(compound, like: t.text(k))
                return result(last: last, words: full + missing + words)
            }
            // The last compound left out before a level, where the name must be whole
            // (*Ủy ban Mặt trận Tổ quốc phường* for *… Tổ quốc Việt Nam phường*). The short
            // form is in use, so this is information only.
            if isLast, name.wholeBeforeLevel, levelFollows(ids, r, at: k) {
                let missing = inserted(compound, like: t.text(k - 1))
                return result(last: k - 1, words: full + missing, certain: false)
            }
            return nil
        }
        return nil
    }

    /// `word` in capitals when `model` is written in capitals (*BAN THƯỜNG VỤ*); otherwise as
    /// it is, since names keep the second syllable of a compound in lower case.
    static func capitalized(_ word: String, like model: String) -> String {
        if properWords.contains(word) { return word.prefix(1).uppercased() + word.dropFirst() }
        let letters = model.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count > 1, letters.allSatisfy({ $0.properties.isUppercase }) { return word.uppercased() }
        return word
    }

    /// Syllables of proper names, always capitalised (*Việt Nam*, *Hồ Chí Minh*).
    static let properWords: Set<String> = ["việt", "nam", "hồ", "chí", "minh"]

    /// A left-out compound as the writer would have written it beside `model`: capitals
    /// when the text is in capitals, the first syllable capitalised in a name written in
    /// title case (*Tổ quốc*).
    static func inserted(_ compound: [String], like model: String) -> [String] {
        let titled = model.unicodeScalars.first?.properties.isUppercase == true
        return compound.enumerated().map { n, word in
            let w = capitalized(word, like: model)
            return n == 0 && titled && w == word ? word.prefix(1).uppercased() + word.dropFirst() : w
        }
    }
}
