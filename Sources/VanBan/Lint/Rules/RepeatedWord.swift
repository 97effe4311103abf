import Synchronization

/// `repeated-word`: an accidental repeat of a word or a phrase of up to four words, also
/// across a line wrap and regardless of case — *đúng đúng*, *dự thảo Dự thảo*, *Ban Chấp hành
/// Ban Chấp hành*, *pháp / pháp luật*.
public enum RepeatedWord: Rule {
    public static let id = "repeated-word"
    public static let nameVi = "lặp từ"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Từ hoặc cụm từ (đến bốn tiếng) bị lặp liền nhau (đúng đúng, dự thảo Dự thảo, Ban Chấp hành Ban Chấp hành)",
        en: "A word or a phrase of up to four words repeated back to back (đúng đúng, dự thảo Dự thảo, Ban Chấp hành Ban Chấp hành)")
    public static let details = LocalizedText(
        vi: "Không phân biệt hoa thường, kể cả khi lặp qua chỗ xuống dòng (cả dấu ngắt dòng '\\' của bản Word→Markdown) hay trong ô bảng. Bỏ qua từ láy hợp lệ (dần dần, người người, đời đời …; từ láy của từ điển như song song, chung chung khi không dính với từ bên cạnh: đa đa dạng vẫn báo), hai từ ghép gặp nhau (giao thông thông minh, nội thành Thành phố, Câu lạc bộ Bộ đội, Đảng bộ Bộ đội Biên phòng), tên bắt đầu bằng chính từ đó (Luật Luật sư, Phòng Phòng chống ma túy) và hai ô bảng liền nhau. Chỉ tự sửa khi phần còn lại là cụm từ thường gặp.",
        en: "Case-insensitive, also across a line wrap (also a Word→Markdown hard break '\\') or inside a table cell. Leaves alone legitimate reduplication (dần dần, người người, đời đời …; a reduplicative of the word list such as song song, chung chung when it makes no word with its neighbours: đa đa dạng is still reported), two compounds meeting (giao thông thông minh, nội thành Thành phố, Câu lạc bộ Bộ đội, Đảng bộ Bộ đội Biên phòng), a name starting with the same word (Luật Luật sư, Phòng Phòng chống ma túy) and two adjacent table cells. Fixed only when what is left is a frequent phrase.")
    public static let messages: [String: LocalizedText] = [
        "word": LocalizedText(vi: "Từ '{0}' bị lặp", en: "'{0}' is repeated"),
    ]
    public static let fixable = true

    /// Words Vietnamese doubles on purpose.
    static let reduplicated: Set<String> = [
        "dần", "người", "nhà", "đời", "mãi", "ngày", "đêm", "tháng", "năm", "xa", "thường", "lâu", "từ", "nhiều", "ai", "đâu",
        "gì", "sao", "vừa", "càng", "hàng", "lớp", "đâu", "khắp", "mọi", "thật", "luôn", "chầm", "nhanh", "chậm", "to", "nhỏ",
        "đông", "vui", "rất", "cao", "xanh", "đỏ", "đầy", "nơi", "ngành", "chốn",
    ]

    /// True when *w w* is a reduplicative of the word list (*song song*, *chung chung*, *trùng
    /// trùng*: the doubled entries of pyvi's word list, read through `RegisterLexicon`) standing
    /// on its own: the first *w* ends no word with the word before it and the second begins
    /// none with the word after it. *đa đa dạng*, *thanh thanh niên*, *thống nhất nhất trí* are
    /// a word with a syllable doubled, and stay reported. A syllable the register writes often
    /// (`reduplicativeCeiling`: *là*, *nhất*, *sáng*) is doubled far more often by a slip (*đây
    /// là là*) than in its rare reduplicative (*là là* 'flying low'); only `reduplicated` vouches
    /// for those.
    static func isReduplicative(_ t: TokenizedLine, _ i: Int, _ j: Int) -> Bool {
        let key = foldKey(t.tokens[i].lower)
        guard let a = RegisterLexicon.id(key), RegisterLexicon.pair(a, a).word, RegisterLexicon.count(a) < reduplicativeCeiling else { return false }
        if i > t.bodyStart, t.isWord(i - 1), RegisterLexicon.isWord(foldKey(t.tokens[i - 1].lower), key) { return false }
        if t.isWord(j + 1), RegisterLexicon.isWord(key, foldKey(t.tokens[j + 1].lower)) { return false }
        return true
    }

    /// `reduplicated.contains(t.tokens[i].lower) || isReduplicative(t, i, j)`, with what depends
    /// on the word alone read once per ID (`known`, a slot per ID of the document: 0 not yet
    /// read, 1 a word of `reduplicated`, 2 a word `isReduplicative` turns away whatever its
    /// neighbours, 3 one whose neighbours decide). Both tests hashed or folded the word's
    /// String at each repeat (issue 17); `LintDocLinesTests` compares with the two.
    static func doubledOnPurpose(_ t: TokenizedLine, _ id: [Int32], _ i: Int, _ j: Int, _ known: inout [Int8]) -> Bool {
        let x = Int(id[i])
        if known[x] == 0 {
            // Once per word of the process (`wordKinds`, by interner ID), not once per document.
            let word = t.tokens[i].word
            if let kind = wordKinds.withLock({ $0[word] }) {
                known[x] = kind
            } else {
                let lower = t.tokens[i].lower
                if reduplicated.contains(lower) {
                    known[x] = 1
                } else if let a = RegisterLexicon.id(foldKey(lower)), RegisterLexicon.pair(a, a).word, RegisterLexicon.count(a) < reduplicativeCeiling {
                    known[x] = 3
                } else {
                    known[x] = 2
                }
                let kind = known[x]
                wordKinds.withLock { $0[word] = kind }
            }
        }
        switch known[x] {
        case 1: return true
        case 2: return false
        default: return isReduplicative(t, i, j)
        }
    }

    /// What `doubledOnPurpose` read of each word met doubled (1, 2 or 3), by its interner ID
    /// (`Token.word`: equal IDs, equal lower-case text), for the life of the process: the
    /// register look-up folds and hashes the word's String (issue 17).
    static let wordKinds = Mutex<[UInt32: Int8]>([:])

    /// The register count of a syllable from which its doubling in the word list is no longer
    /// trusted: of the 203 doubled entries, only *sáng* (245), *nhà*, *là* (130), *ngày*, *nhất*
    /// (97), *người* and *từ* (81) reach it (the rest are below 35), and the three not in
    /// `reduplicated` are frequent words whose reduplicative is rare in the register.
    static let reduplicativeCeiling = 50

    /// Compounds a word can end and the same word begin: *hành vi vi phạm*.
    static let compounds: Set<String> = ["hành vi", "vi phạm", "phạm vi", "tác phong", "phong trào"]
    /// Kinds that head a name anywhere in a sentence (*giới thiệu Luật Luật sư*, *Quỹ Quỹ …*):
    /// laws (Luật Ban hành văn bản quy phạm pháp luật, Điều 4) and bodies (NĐ 30/2020, Phụ lục I).
    static let headKinds: Set<String> = ["luật", "bộ", "ban", "hội", "viện", "quỹ", "sở", "cục", "vụ", "trường", "báo", "đài",
                                         "phòng", "khoa", "đoàn"]
    /// Levels of local government and of settlement that head a place name (*xã Phú Lộc*).
    static let levels: Set<String> = ["xã", "phường", "tỉnh", "huyện", "quận", "thôn", "ấp", "bản"]
    /// *Ban Xây dựng Đảng Đảng ủy*: the body of a Party committee named after it.
    static let partyBodies: Set<String> = ["ủy", "uỷ", "bộ", "đoàn", "viên"]

    /// True when the repeat is two words meeting: the first ends a compound with the word
    /// before it and the second starts one with the word after it.
    static func isJoint(_ t: TokenizedLine, _ i: Int, _ j: Int) -> Bool {
        let w = t.tokens[j].lower
        // A word ending in *w*, then a name of a body or a place starting with it: *Đại hội
        // Hội Nông dân*, *Phó Trưởng ban Ban Tổ chức*, *Đảng bộ Bộ Công an*, *Trưởng phòng
        // Phòng Tư pháp*, *Hợp tác xã xã Phú Lộc*. The name is a capitalised kind or a level
        // before a capitalised word.
        // A level is written in lower case: the word before it must then be one of the word
        // list (*hợp tác xã*), not only a phrase of the register (*Đảng ủy xã xã Tân Phú* is a slip).
        if t.isWord(j + 1), isCapitalised(t, j + 1),
           (isCapitalised(t, j) && headKinds.contains(w) && endsWord(t, i, listOnly: false))
            || (levels.contains(w) && endsWord(t, i, listOnly: true)) { return true }
        if w == "đảng", j + 1 < t.tokens.count, partyBodies.contains(t.tokens[j + 1].lower) { return true }
        guard j + 1 < t.tokens.count, t.isWord(j + 1) else { return false }
        let next = foldKey(t.tokens[j + 1].lower), key = foldKey(w)
        // *w B* must be a word of its own, not *w* before a word *B C* (*đúng thẩm quyền*).
        var tight = RegisterLexicon.isPhrase(key, next)
        if tight, j + 2 < t.tokens.count, t.isWord(j + 2),
           RegisterLexicon.count(next, foldKey(t.tokens[j + 2].lower)) > RegisterLexicon.count(key, next) { tight = false }
        // A capitalised second *w* before a lower-case syllable it makes a word of the list
        // with begins a name written in sentence case (*Phòng Phòng chống ma túy*, *Đảng bộ Bộ
        // đội Biên phòng*): the word of the list is evidence enough there, where a lower-case
        // *w* needs a phrase of the register. A line in capitals says nothing by its case.
        if !tight, isCapitalised(t, j), !isCapitalised(t, j + 1), RegisterLexicon.isWord(key, next) { tight = true }
        let startsName = compounds.contains(w + " " + t.tokens[j + 1].lower) || tight
        // A word of three ending in *w* before a word starting with it: *Câu lạc bộ Bộ đội
        // Cụ Hồ*, *hợp tác xã xã viên*. The word of three is the evidence the first *w*
        // ends a word; the second need only begin a word of the list.
        if i >= 2, t.isWord(i - 1), t.isWord(i - 2),
           threeSyllableWords.contains(foldKey(t.tokens[i - 2].lower) + " " + foldKey(t.tokens[i - 1].lower) + " " + key),
           startsName || RegisterLexicon.isWord(key, next) { return true }
        guard startsName else { return false }
        // A capitalised head word before a name that starts with the same word: *Luật
        // Luật sư*, *Bộ Bộ đội …* — the first word is the kind, the second begins the name.
        if isCapitalised(t, j), isCapitalised(t, i),
           i == t.bodyStart || !t.isWord(i - 1) || headKinds.contains(t.tokens[i].lower) { return true }
        // Two table cells or lines joined, the second starting a name of its own.
        if isCapitalised(t, j), t.span(i).start.line != t.span(j).start.line { return true }
        guard i > 0, t.isWord(i - 1) else { return false }
        let before = t.tokens[i - 1].lower + " " + t.tokens[i].lower
        // Two compounds meeting: *giao thông thông minh*, *nội thành Thành phố*, and two
        // table cells joined (*… của Quốc hội* | *Hội đồng Dân tộc*).
        // But when the register writes the three words with one *w* (*vi phạm pháp luật*,
        // *theo đúng thẩm quyền*), the two phrases are one phrase with a word doubled.
        let previous = foldKey(t.tokens[i - 1].lower)
        if RegisterLexicon.count(previous + " " + key + " " + next) >= 2 { return false }
        return compounds.contains(before) || RegisterLexicon.isPhrase(previous, key)
    }

    /// True when word `i` ends a word with the one or two before it: a word of the list
    /// (*đại hội*, *hợp tác xã*) or, unless `listOnly`, a phrase of the register (*trưởng ban*).
    static func endsWord(_ t: TokenizedLine, _ i: Int, listOnly: Bool) -> Bool {
        guard i > 0, t.isWord(i - 1) else { return false }
        let key = foldKey(t.tokens[i].lower), previous = foldKey(t.tokens[i - 1].lower)
        if listOnly {
            if let a = RegisterLexicon.id(previous), let b = RegisterLexicon.id(key), RegisterLexicon.pair(a, b).word { return true }
        } else if RegisterLexicon.isWord(previous, key) { return true }
        return i >= 2 && t.isWord(i - 2) && threeSyllableWords.contains(foldKey(t.tokens[i - 2].lower) + " " + previous + " " + key)
    }

    /// The three-syllable words of `threeSyllableTable` (*câu lạc bộ*, *hợp tác xã*).
    /// (Held as bytes with a hash index: a `Set<String>` of Vietnamese text normalises every
    /// entry to hash it, 17 M instructions at each start of the process.)
    static let threeSyllableWords = LineSet(threeSyllableTable)

    /// The token after `k` that a reader sees: a Markdown hard break (a `\\` ending a line of
    /// a Word→Markdown conversion, `… công tác\\` / `công tác vận động …`) is not read.
    static func after(_ t: TokenizedLine, _ k: Int) -> Int {
        let n = k + 1
        guard n + 1 < t.tokens.count, t.tokens[n].kind == .punct, t.line.scalars[t.tokens[n].range.lowerBound] == "\\",
              t.tokens[n].range.count == 1, t.span(n).start.line != t.span(n + 1).start.line else { return n }
        return n + 1
    }

    static func isCapitalised(_ t: TokenizedLine, _ i: Int) -> Bool {
        t.line.scalars[t.tokens[i].range.lowerBound].properties.isUppercase
    }

    public static func check(_ document: LintDocument, _ report: inout Report) {
        // Whether each distinct text can be a repeated word (`same`), decided once per ID.
        var repeatable = [Int8](repeating: -1, count: document.words.count)
        let text = document.words.text
        func same(_ id: [Int32], _ a: Int, _ b: Int) -> Bool {
            let x = Int(id[a])
            guard x == Int(id[b]) else { return false }
            if repeatable[x] < 0 {
                let w = text[x].unicodeScalars
                repeatable[x] = w.contains(where: Alphabet.isLetter) && !w.allSatisfy({ $0.properties.numericType != nil }) ? 1 : 0
            }
            return repeatable[x] == 1
        }
        // The appendix tables come last in `textLines`, each joined into one line of cells.
        let tables = document.lines.count { $0.role != .appendix }
        // Where each ID was last met (`nextRepeat(_:words:from:last:stamp:)`), one slot per ID.
        var last = [Int](repeating: -1, count: document.words.count)
        var stamp = 0
        // What `doubledOnPurpose` knows of each ID without its neighbours, decided once per ID.
        var doubled = [Int8](repeating: 0, count: document.words.count)
        // (By index, not `zip`: a pair of the line and its IDs copied per line was an eighth of
        // this rule.)
        for index in document.textLines.indices {
            let id = document.ids[index]
            // The first repeat is found on the line's tokens and IDs alone: a line without one
            // (most) is not copied (issue 17).
            let n = id.count
            var i = nextRepeat(id, document.textLines[index].tokens, from: document.textLines[index].bodyStart, &last, &stamp)
            guard i + 1 < n else { continue }
            let t = document.textLines[index]
            var found = true
            scan: while i + 1 < n {
                // Every repeat below pairs token `i` with one of the five after it (a phrase of
                // up to four words, a hard break or a slash between): when none has its ID,
                // there is none (most tokens), and nothing else is read.
                // (Only a word can start a repeat: every test below asks `isWord(i)` first.)
                // (Found already for the first: see above.)
                if !found { i = nextRepeat(id, t.tokens, from: i, &last, &stamp) }
                found = false
                guard i + 1 < n else { break }
                let first = id[i]
                // A phrase of four, three or two words: "Ban Chấp hành Ban Chấp hành", "dự thảo Dự
                // thảo", also over a Markdown hard break (only between the two halves: `add`
                // reads each half as adjacent tokens).
                for k in stride(from: 4, through: 2, by: -1) {
                    // (The IDs compared first: most tokens start no repeat.)
                    let c = after(t, i + k - 1)
                    guard c + k <= n, id[c] == first, same(id, i, c), (0..<k).allSatisfy({ t.isWord(i + $0) && t.isWord(c + $0) }),
                          (1..<k).allSatisfy({ same(id, i + $0, c + $0) }), !same(id, i, i + 1) else { continue }
                    // Two cells of an appendix table, the second starting a name of its own.
                    if index >= tables, isCapitalised(t, c), t.span(c).start.line != t.span(c - 1).start.line { continue }
                    add(t, first: i, second: c, length: k, &report)
                    i = c + k
                    continue scan
                }
                var j = after(t, i)
                // "pháp / pháp luật": a slash written for the line break.
                // Not `V/v` (*về việc*): the slash of a line break stands apart from a word.
                if t.isPunct(j, "/"), t.isWord(i), t.isWord(j + 1), t.tokens[j].spaceBefore || t.tokens[j + 1].spaceBefore { j += 1 }
                if t.isWord(i), t.isWord(j), same(id, i, j), !doubledOnPurpose(t, id, i, j, &doubled), !isJoint(t, i, j),
                   t.tokens[i].range.count > 1 || t.tokens[i].lower.unicodeScalars.first.map(Alphabet.isVietnameseLetter) == true {
                    add(t, first: i, second: j, length: 1, &report)
                    i = j + 1
                    continue
                }
                i += 1
            }
        }
    }

    /// `nextRepeat(_:words:from:last:stamp:)` of a line's IDs and tokens.
    @inline(__always)
    static func nextRepeat(_ id: [Int32], _ tokens: [Token], from i: Int, _ last: inout [Int], _ stamp: inout Int) -> Int {
        id.withUnsafeBufferPointer { ids in
            tokens.withUnsafeBufferPointer { words in
                last.withUnsafeMutableBufferPointer { nextRepeat(ids, words: words, from: i, last: $0, stamp: &stamp) }
            }
        }
    }

    /// The first token from `i` on whose ID comes again among the five tokens after it, or
    /// the line's length when none does (one pass over the IDs, most lines in full).
    static func nextRepeat(_ id: UnsafeBufferPointer<Int32>, from i: Int) -> Int {
        nextRepeat(id, words: nil, from: i)
    }

    /// `nextRepeat(_:from:)` that, given the line's tokens, also passes over every token that
    /// is not a word.
    static func nextRepeat(_ id: UnsafeBufferPointer<Int32>, words tokens: UnsafeBufferPointer<Token>?, from i: Int) -> Int {
        let n = id.count
        var i = i
        while i + 1 < n {
            if let tokens, tokens[i].kind != .word { i += 1; continue }
            let first = id[i]
            var near = i + 1
            let last = min(n - 1, i + 5)
            while near <= last, id[near] != first { near += 1 }
            if near <= last { return i }
            i += 1
        }
        return n
    }

    /// `nextRepeat(_:words:from:)` in one pass over the IDs from `i`, by where each ID was last
    /// met (`last`, a slot per ID: the token's position plus `stamp`, which each call moves
    /// past every position it stores, so that a slot written before this call reads as unmet).
    ///
    /// A word token `p` starts a repeat when the next token with its ID is at most five after
    /// it; at that token the ID was last met at `p`. The first such `p` is found by the time
    /// the scan is five tokens past the earliest found so far (a smaller one would have had its
    /// repeat before). One look-up per token instead of up to five comparisons.
    static func nextRepeat(_ id: UnsafeBufferPointer<Int32>, words tokens: UnsafeBufferPointer<Token>, from i: Int,
                           last: UnsafeMutableBufferPointer<Int>, stamp: inout Int) -> Int {
        let n = id.count
        let base = stamp
        stamp += n + 6
        var best = n
        var j = max(i, 0)
        while j < n, j <= best + 4 {
            let w = Int(id[j])
            let p = last[w] - base
            if p >= i, j - p <= 5, p < best, tokens[p].kind == .word { best = p }
            last[w] = base + j
            j += 1
        }
        return best
    }

    static func add(_ t: TokenizedLine, first: Int, second: Int, length: Int, _ report: inout Report) {
        let text = t.text(from: t.tokens[second].range.lowerBound, to: t.tokens[second + length - 1].range.upperBound)
        let span = t.span(tokens: second, second + length - 1)
        // Delete the repeat and the space before it, when both are on one line of the file.
        let removal = t.line.span(t.tokens[first + length - 1].range.upperBound..<t.tokens[second + length - 1].range.upperBound)
        let fix = removal.start.line == removal.end.line && second == first + length && readsRight(t, first: first, second: second, length: length)
            ? Fix(span: removal, replacement: "") : nil
        report.add("word", [text], at: span, fix: fix)
    }

    /// True when deleting the repeat is the correction: a two-word repeat, or a word that,
    /// once alone, makes a phrase of the register with a neighbour (*Nhà nước nước giao* →
    /// *Nhà nước giao*). *đào tạo tiến tiến chuyên sâu* is a slip for *tiên tiến*: deleting
    /// one *tiến* would leave *tiến chuyên sâu*, so it is reported without a fix.
    static func readsRight(_ t: TokenizedLine, first: Int, second: Int, length: Int) -> Bool {
        guard length == 1 else { return true }
        let w = foldKey(t.tokens[first].lower)
        if first > 0, t.isWord(first - 1), RegisterLexicon.isPhrase(foldKey(t.tokens[first - 1].lower), w) { return true }
        // On the right only a word of its own counts, not *w* before a phrase *B C*.
        guard t.isWord(second + 1) else { return false }
        let next = foldKey(t.tokens[second + 1].lower)
        let after = t.isWord(second + 2) ? RegisterLexicon.count(next, foldKey(t.tokens[second + 2].lower)) : 0
        return RegisterLexicon.isPhrase(w, next) && RegisterLexicon.count(w, next) >= after
    }
}
