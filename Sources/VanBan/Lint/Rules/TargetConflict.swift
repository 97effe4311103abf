import Foundation

/// `target-conflict`: the same indicator stated with different values in one document
/// (*gia đình văn hoá đạt 98%* in the targets, *≥97%* in an appendix).
///
/// An indicator is the words of its clause before the value (*tỷ lệ*, *hằng năm*,
/// *đạt*, comparators aside) and the words right after it, compared in lower case and
/// one tone style; two mentions conflict only for the same indicator, the same year
/// (if the clause names one) and the same kind (a target, or a result: *đã đạt*,
/// *ước đạt*). Only percentages are compared, and only indicators of two words or more.
public enum TargetConflict: Rule {
    public static let id = "target-conflict"
    public static let nameVi = "chỉ tiêu mâu thuẫn"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Cùng một chỉ tiêu được nêu với giá trị khác nhau trong văn bản",
        en: "The same indicator stated with different values in one document")
    public static let details = LocalizedText(
        vi: "Chỉ tiêu là cụm từ đứng trước giá trị phần trăm trong cùng vế câu (bỏ 'tỷ lệ', 'hằng năm', 'đạt', từ so sánh) cùng các từ ngay sau giá trị. Chỉ so hai lần nêu cùng chỉ tiêu, cùng năm (nếu vế câu ghi năm; mục tiêu không ghi năm là của năm ghi ở tên văn bản) và cùng loại (mục tiêu hay kết quả đã đạt, ước đạt). Báo ở lần nêu sau.",
        en: "An indicator is the phrase before a percentage in its clause ('tỷ lệ', 'hằng năm', 'đạt', comparators aside) with the words right after the value. Only mentions of the same indicator, the same year (if the clause names one; a target without a year is for the year of the title) and the same kind (a target, or a result: 'đã đạt', 'ước đạt') are compared. Reported at the later mention.")
    public static let messages: [String: LocalizedText] = [
        "conflict": LocalizedText(vi: "'{0}' ở đây là {1}, nhưng dòng {2} ghi {3}", en: "'{0}' is {1} here, but line {2} says {3}"),
    ]

    static let skipped: Set<String> = ["đạt", "≥", ">", "≤", "<", "trên", "dưới", "từ", "ít", "nhất", "tối", "thiểu", "là", "khoảng",
                                       "còn", "phấn", "đấu", "có", "chiếm", "lên", "tới", "đến"]
    static let leading: Set<String> = ["tỷ", "lệ", "tỉ", "hằng", "hàng", "năm", "phấn", "đấu", "có", "đạt", "duy", "trì", "giữ", "vững",
                                       "kết", "quả", "ước", "đã"]

    /// Words after a value that qualify it instead of naming what it is of (*95% trở lên*).
    static let trailing: Set<String> = ["trở", "lên", "xuống", "đi", "so", "với", "trong", "vào", "năm", "của", "và", "hoặc"]

    /// Words that make a figure a result, not a target (*đã đạt*, *ước đạt*).
    static let resultWords: Set<String> = ["đã", "ước"]

    /// `skipped`, `leading`, `resultWords` and the year's words as interner IDs (`Token.word`):
    /// a token is compared by its ID instead of building its String and hashing it (issue 17).
    /// The same answers: an ID is its token's lower-case text, which is NFC, as the words are.
    struct WordIDs {
        let skipped, leading, resultWords, yearLead: [UInt32]
        let nam: UInt32

        init() {
            let interner = WordInterner.shared
            func ids(_ words: some Sequence<String>) -> [UInt32] { words.map { interner.intern($0) } }
            skipped = ids(TargetConflict.skipped)
            leading = ids(TargetConflict.leading)
            resultWords = ids(TargetConflict.resultWords)
            yearLead = ids(["đến", "vào", "trong"])
            nam = interner.intern("năm")
        }
    }

    /// `WordIDs`, numbered once per process.
    static let wordIDs = WordIDs()

    struct Mention {
        var key: String
        var label: String
        var value: String
        var line: Int
        var span: SourceSpan
        /// The indicator's words (folded) and what else the key holds (the words after the
        /// value, the year, the kind), for the looser comparison of `sameIndicator`.
        var words: [String] = []
        var rest = ""
    }

    public static func check(_ document: LintDocument, _ report: inout Report) {
        var mentions: [Mention] = []
        // The one year the title names (*Chương trình công tác năm 2027*): the year of a
        // target written without one, in the text or under a column that names none.
        let planYear = document.titleYear
        // The prose of an appendix that is not a table (*PHỤ LỤC … 2- Tỷ lệ đô thị hóa năm
        // 2030: 50%.*) is read too: the parser keeps it as the appendix's title.
        let titles = document.parsed.appendices.flatMap(\.title)
        // A value is a number before a `%`: the text lines are scanned for the sign's word ID
        // (issue 17), and most have none; the few title lines are read as they are.
        let percent = document.id("%")
        let v = wordIDs
        for n in 0..<(document.textLines.count + titles.count) {
            // (The line is read only when it holds the sign.)
            if n < document.textLines.count, !document.ids[n].contains(percent) { continue }
            let t = n < document.textLines.count ? document.textLines[n] : titles[n - document.textLines.count]
            for i in t.tokens.indices where t.isPunct(i + 1, "%") && t.int(i) != nil {
                var first = i
                if t.isPunct(i - 1, ","), t.int(i - 2) != nil, t.tokens[i - 1].range.lowerBound == t.tokens[i - 2].range.upperBound { first = i - 2 }
                if t.isPunct(first - 1, "."), t.int(first - 2) != nil { continue }
                // Walk back over comparators, then collect the subject.
                var k = first - 1
                while k >= t.bodyStart, v.skipped.contains(t.tokens[k].word) || t.isPunct(k, "≥") || t.isPunct(k, ">") || t.isPunct(k, "≤")
                        || t.isPunct(k, "=") || t.isPunct(k, ":") { k -= 1 }
                var words: [String] = []
                var labelStart = k
                var labelEnd = k
                var nameYear: Int? = nil
                while k >= t.bodyStart {
                    // The year of the indicator inside its name (*tỷ lệ hồ sơ … năm 2027 đạt
                    // 98%*) is read apart, with *đến*, *vào*, *trong* before it.
                    if let y = t.int(k), y >= 1945, y <= 2100, k - 1 >= t.bodyStart, t.tokens[k - 1].word == v.nam {
                        if nameYear == nil { nameYear = y }
                        k -= 2
                        while k >= t.bodyStart, v.yearLead.contains(t.tokens[k].word) { k -= 1 }
                        if words.isEmpty { labelEnd = k }
                        continue
                    }
                    guard t.tokens[k].kind == .word else { break }
                    words.append(t.tokens[k].lower)
                    labelStart = k
                    k -= 1
                }
                // The subject must start the clause.
                guard k < t.bodyStart || t.tokens[k].kind == .punct else { continue }
                words.reverse()
                while let w = words.first, leading.contains(w) { words.removeFirst(); labelStart += 1 }
                guard words.count >= 2, words.count <= 12 else { continue }
                // What the value is of: the words right after it (*3% tổng chi ngân sách* is not
                // *15% ngân sách nhà nước chi sự nghiệp khoa học*).
                var after: [String] = []
                var a = i + 2
                while a < t.tokens.count, t.tokens[a].kind == .word, after.count < 4, !trailing.contains(t.tokens[a].lower) {
                    after.append(t.tokens[a].lower)
                    a += 1
                }
                // The year it is for and whether it is a target or a result.
                let clause = t.clauseStart(before: first)
                // (A year in the name counts even when a colon stands between it and the value:
                // *Tỷ lệ đô thị hóa năm 2030: 50%*.)
                // (`matchesFolded` first rejects a token whose byte length is not that of *kết*, 5.)
                let isResult = (clause..<first).contains {
                    v.resultWords.contains(t.tokens[$0].word) || t.tokens[$0].lowerUTF8.count == 5 && t.matchesFolded(["kết", "quả"], at: $0)
                }
                let year = nameYear ?? (clause..<min(t.tokens.count, a + 3)).compactMap { t.int($0) }.first { $0 >= 1945 && $0 <= 2100 }
                    ?? (isResult ? nil : planYear)
                let rest = foldKey((["|"] + after).joined(separator: " ")) + "|\(year.map(String.init) ?? "")|\(isResult)"
                let key = foldKey(words.joined(separator: " ")) + " " + rest
                let value = t.text(from: t.tokens[first].range.lowerBound, to: t.tokens[i + 1].range.upperBound)
                let label = t.text(from: t.tokens[labelStart].range.lowerBound, to: t.tokens[labelEnd].range.upperBound)
                mentions.append(Mention(key: key, label: label,
                                        value: value, line: t.line.location(at: t.tokens[first].range.lowerBound).line,
                                        span: t.span(tokens: first, i + 1), words: words.map(foldKey), rest: rest))
            }
        }
        mentions += tableMentions(document.source, documentYear: document.year, planYear: planYear)
        var firstByKey: [String: Mention] = [:]
        // The first mention of each key, grouped by what the key holds besides the words
        // (`rest`), in document order: the looser comparison looks only at its own group, not
        // at every indicator of the document (issue 17: no loop quadratic in the document).
        var firstsByRest: [String: [Mention]] = [:]
        for m in mentions.sorted(by: { $0.span.start < $1.span.start }) {
            if let first = firstByKey[m.key] {
                if first.value != m.value {
                    report.add("conflict", [m.label, m.value, "\(first.line)", first.value], at: m.span)
                }
                continue
            }
            // The same indicator named more fully in one place (*tỷ lệ hồ sơ giải quyết đúng
            // hạn* and *tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn*): information only,
            // since the added words may also name a narrower indicator.
            if let first = firstsByRest[m.rest]?.first(where: { $0.value != m.value && sameIndicator($0.words, m.words) }) {
                report.add("conflict", [m.label, m.value, "\(first.line)", first.value], at: m.span, severity: .info)
            }
            firstByKey[m.key] = m
            firstsByRest[m.rest, default: []].append(m)
        }
    }

    /// True when one name is the other with one block of two words or more added inside
    /// it, both keeping their first two and last two words (four words at least).
    static func sameIndicator(_ a: [String], _ b: [String]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        let extra = long.count - short.count
        guard short.count >= 4, extra >= 2 else { return false }
        for cut in 2...(short.count - 2) {
            if Array(long[..<cut]) == Array(short[..<cut]), Array(long[(cut + extra)...]) == Array(short[cut...]) { return true }
        }
        return false
    }

    /// True when the source's text has a `%` anywhere (a byte search, no line read).
    static func holdsPercent(_ source: SourceText) -> Bool {
        source.utf8.withUnsafeBufferPointer { $0.count > 0 && memchr($0.baseAddress!, 0x25, $0.count) != nil }
    }

    /// The percentages of pipe tables (*| 1 | Tỷ lệ hồ sơ … đúng hạn | 96,5% | ≥ 95% |*):
    /// the indicator is the row's first cell of words, the year and the kind those of the
    /// column's header (*Kết quả năm 2026* a result, *Kế hoạch năm 2027* a target). A column
    /// whose header says neither is not read.
    ///
    /// A column headed by a year alone (*Năm 2029*) holds targets when the year is not
    /// before the document's (a plan sets targets for its own and later years) and results
    /// when it is; when the document's year is unknown, when the title above the table
    /// says targets (*chỉ tiêu*, *mục tiêu*, *kế hoạch*) and not results.
    ///
    /// A target column that names no year (*Chỉ tiêu*, *Kế hoạch*) is for `planYear`, the
    /// year of the title, as a target written without a year in the text.
    static func tableMentions(_ source: SourceText, documentYear: Int? = nil, planYear: Int? = nil) -> [Mention] {
        // A mention is a row's cell holding `%` (`Row.hasPercent`, below): a source without the
        // sign has none, and its lines are not read (most documents; `%` is one ASCII byte,
        // never part of another scalar's UTF-8).
        guard Self.holdsPercent(source) else { return [] }
        return readTableMentions(source, documentYear: documentYear, planYear: planYear)
    }

    /// `tableMentions` without its test for a `%` (every line read; kept for the test that
    /// the test passes over no mention).
    static func readTableMentions(_ source: SourceText, documentYear: Int?, planYear: Int?) -> [Mention] {
        var mentions: [Mention] = []
        var header: [String]? = nil
        // What each column of `header` says (`Column`), worked out at its first value.
        var columns: [Column??] = []
        // The last pipe row that was no separator (its cells are built only if a separator
        // row makes it a header), -1 at the start of a table.
        var previousRow = -1
        // The last three lines with text before the table (its title), by index: read only
        // for a column headed by a year alone.
        var title: [Int] = []
        let utf8 = source.utf8
        for k in 0..<source.lineCount {
            // The first scalar other than a space or a tab, read on the line's bytes (both are
            // ASCII): only a pipe row is decoded to scalars (`SourceText` holds UTF-8).
            let bytes = source.byteRange(ofLine: k)
            var bar = bytes.lowerBound
            while bar < bytes.upperBound, utf8[bar] == 0x20 || utf8[bar] == 0x09 { bar += 1 }
            guard bar < bytes.upperBound, utf8[bar] == 0x7C else {
                header = nil; previousRow = -1
                // (A line with a scalar other than a space or a tab: `bar` found one. The last
                // three kept in place, not by removing the first of the list each time.)
                if bar < bytes.upperBound {
                    if title.count == 3 {
                        title[0] = title[1]; title[1] = title[2]; title[2] = k
                    } else {
                        title.append(k)
                    }
                }
                continue
            }
            // Most rows hold no percentage and are no separator: they only become the
            // previous row; so does a row with a percentage before any header. Asked on the
            // row's bytes (`mayMatter(bytes:)`): a row that does not matter is not decoded.
            let matters = utf8.withUnsafeBufferPointer { b in
                mayMatter(bytes: UnsafeBufferPointer(rebasing: b[bytes]), header: header != nil)
            }
            guard matters else {
                previousRow = k
                continue
            }
            let scalars = source.line(k)
            // The row's cells as scalar ranges; as Strings (`cells`) only when a bar or a `%`
            // could join a neighbour into one `Character`, or a scalar could join another.
            let row = Row(scalars)
            if row.isSeparator {
                header = previousRow >= 0 ? Self.cells(source.line(previousRow)) : nil
                columns = Array(repeating: nil, count: header?.count ?? 0)
                continue
            }
            previousRow = k
            guard let header, row.hasPercent, let labelCell = row.labelCell else { continue }
            // The indicator's words, read at the row's first value (most rows with a `%`
            // have none under a column that is read).
            var label: [String]? = nil
            for c in 0..<row.count where c < header.count && c != labelCell && row.hasPercent(c) {
                if columns[c] == nil { columns[c] = Column(header[c], source: source, title: title, documentYear: documentYear, planYear: planYear) }
                guard let column = columns[c]!, let raw = row.percentValue(c) else { continue }
                if label == nil {
                    var words = row.string(labelCell).lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
                    while let w = words.first, leading.contains(w) { words.removeFirst() }
                    label = words
                }
                let words = label!
                guard words.count >= 2, words.count <= 12 else { break }
                let rest = "||\(column.year)|\(column.isResult)"
                let key = foldKey(words.joined(separator: " ")) + " " + rest
                // Columns are counted in scalars: the cell starts after its bar and spaces.
                let offset = row.cellStart(c)
                let start = SourceLocation(line: k + 1, column: offset + 1)
                let end = SourceLocation(line: k + 1, column: offset + row.scalarCount(c) + 1)
                mentions.append(Mention(key: key, label: row.string(labelCell), value: raw, line: k + 1, span: SourceSpan(start: start, end: end),
                                        words: words.map(foldKey), rest: rest))
            }
        }
        return mentions
    }

    /// What a column's header says: whether its values are results or targets, and the year.
    /// Nil for a column whose header says neither (or both), which is not read.
    struct Column {
        var isResult: Bool
        var year: String

        init?(_ header: String, source: SourceText, title: [Int], documentYear: Int?, planYear: Int?) {
            let head = foldKey(header.lowercased())
            var isResult = ["kết quả", "thực hiện", "ước", "đã đạt"].contains { head.contains($0) }
            var isTarget = ["kế hoạch", "chỉ tiêu", "mục tiêu", "phấn đấu"].contains { head.contains($0) }
            if !isResult, !isTarget, let y = TargetConflict.bareYear(head) {
                if let documentYear {
                    (isTarget, isResult) = (y >= documentYear, y < documentYear)
                } else {
                    let above = title.map { foldKey(String(String.UnicodeScalarView(source.line($0)))) }.joined(separator: " ")
                    isTarget = ["chỉ tiêu", "mục tiêu", "kế hoạch"].contains { above.contains($0) }
                        && !["kết quả", "thực hiện", "ước"].contains { above.contains($0) }
                }
            }
            guard isResult != isTarget else { return nil }
            self.isResult = isResult
            year = TargetConflict.firstYear(head) ?? (isTarget ? planYear.map(String.init) ?? "" : "")
        }
    }

    /// The cells of a pipe row, trimmed (the text before the first bar dropped).
    ///
    /// A bar whose neighbours are ASCII (or the row's ends) is a `Character` of its own, so
    /// the row is cut at its bar scalars without breaking the whole row into `Character`s
    /// (a padded row of a Markdown table runs to thousands of scalars: issue 17); a row with
    /// a bar next to another scalar is split as a `String`.
    static func cells(_ scalars: ArraySlice<Unicode.Scalar>) -> [String] {
        guard barsStandAlone(scalars) else {
            let text = String(String.UnicodeScalarView(scalars))
            return text.split(separator: "|", omittingEmptySubsequences: false).dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        }
        var cells: [String] = []
        var start: Int? = nil
        for k in scalars.indices where scalars[k] == "|" {
            if let start { cells.append(String(String.UnicodeScalarView(scalars[start..<k])).trimmingCharacters(in: .whitespaces)) }
            start = k + 1
        }
        if let start { cells.append(String(String.UnicodeScalarView(scalars[start...])).trimmingCharacters(in: .whitespaces)) }
        return cells
    }

    /// True when every bar of `scalars` has ASCII scalars (or nothing) on both sides: no
    /// `Character` then joins a bar with its neighbour (only CR LF joins two ASCII scalars).
    static func barsStandAlone(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var previous: UInt32 = 0x20
        for s in scalars {
            let v = s.value
            if v == 0x7C, previous >= 0x80 || previous == 0x0D { return false }
            if previous == 0x7C, v >= 0x80 || v == 0x0A { return false }
            previous = v
        }
        return true
    }

    /// False when pipe row `scalars` can neither be a separator row (`| --- | :-: |`) nor
    /// hold a cell with `%`, read from its scalars without building its cells (issue 17):
    /// it has no `%`, it has an ASCII character other than a bar, `-`, `:`, a space or a
    /// tab (it stays in its cell after trimming, so that cell is neither empty nor dashes),
    /// and no bar touches a character outside ASCII (which could join the bar into one
    /// `Character` that `split(separator:)` would not split at).
    ///
    /// Without a `header`, a row is read only as a separator: a `%` does not matter.
    static func mayMatter(_ scalars: ArraySlice<Unicode.Scalar>, header: Bool = true) -> Bool {
        var other = false
        var previous: UInt32 = 0x20
        for s in scalars {
            let v = s.value
            if v == 0x25, header { return true }
            if v == 0x7C, previous >= 0x80 { return true }
            if previous == 0x7C, v >= 0x80 { return true }
            if v < 0x80, v != 0x7C, v != 0x2D, v != 0x3A, v != 0x20, v != 0x09 { other = true }
            previous = v
        }
        return !other
    }

    /// The year of a header cell that is a year alone (*Năm 2029*, *2029*).
    ///
    /// Read from the scalars (issue 17: no regular expression), as the pattern
    /// `^(năm )?(19|20)[0-9]{2}$` reads it; a text ending in a line terminator, which the
    /// pattern's `$` may stand before, is read with the pattern.
    /// `mayMatter(_:header:)` on the line's valid UTF-8 (issue 17: most pipe rows were decoded
    /// to scalars only to be passed over). The same answer: an ASCII scalar is its one byte,
    /// and a scalar of U+0080 or above is bytes of 0x80 or above only, so the scalar next to a
    /// bar is non-ASCII exactly when the byte next to it is.
    static func mayMatter(bytes: UnsafeBufferPointer<UInt8>, header: Bool = true) -> Bool {
        // Each answer looked for with `memchr` over the row, then the first ASCII byte other
        // than a bar, `-`, `:`, a space or a tab: a padded row runs to thousands of bytes, and
        // the byte-at-a-time walk (kept in `RulesBSession10EquivalenceTests`) was most of the rule's table time
        // (issue 17). A `true` anywhere wins over `other`, so the order of the searches does
        // not change the answer.
        guard let base = bytes.baseAddress, bytes.count > 0 else { return true }
        let n = bytes.count
        if header, memchr(base, 0x25, n) != nil { return true }
        var from = 0
        while from < n, let hit = memchr(base + from, 0x7C, n - from) {
            let bar = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if bar > 0, bytes[bar - 1] >= 0x80 { return true }
            if bar + 1 < n, bytes[bar + 1] >= 0x80 { return true }
            from = bar + 1
        }
        for v in bytes where v < 0x80 && v != 0x7C && v != 0x2D && v != 0x3A && v != 0x20 && v != 0x09 { return false }
        return true
    }

    static func bareYear(_ head: String) -> Int? {
        let s = Array(head.unicodeScalars)
        if let last = s.last, lineTerminators.contains(last) {
            guard head.range(of: #"^(năm )?(19|20)[0-9]{2}$"#, options: .regularExpression) != nil else { return nil }
            return Int(head.suffix(4))
        }
        let prefix: [Unicode.Scalar] = ["n", "ă", "m", " "]
        let start = s.count == 8 && Array(s[0..<4]) == prefix ? 4 : 0
        guard s.count == start + 4, isYear(s, start) else { return nil }
        return Int(String(String.UnicodeScalarView(s[start...])))
    }

    /// The scalars a pattern's `$` may stand before at the end of a text.
    static let lineTerminators: Set<Unicode.Scalar> = ["\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    /// True when `s[k..<k + 4]` is a year as `(19|20)[0-9]{2}` reads one.
    static func isYear(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        guard k >= 0, k + 4 <= s.count else { return false }
        func digit(_ j: Int) -> Bool { s[j].value >= 0x30 && s[j].value <= 0x39 }
        return (s[k] == "1" && s[k + 1] == "9" || s[k] == "2" && s[k + 1] == "0") && digit(k + 2) && digit(k + 3)
    }

    /// The first year in a text as the pattern `(19|20)[0-9]{2}` finds it. A year beside
    /// a scalar that may join it into one `Character` is read with the pattern (the match
    /// would start or end inside a `Character`).
    static func firstYear(_ head: String) -> String? {
        let s = Array(head.unicodeScalars)
        guard let k = s.indices.first(where: { isYear(s, $0) }) else { return nil }
        if k > 0 && !Row.isOwnCharacter(s[k - 1]) || k + 4 < s.count && !Row.isOwnCharacter(s[k + 4]) {
            return head.range(of: #"(19|20)[0-9]{2}"#, options: .regularExpression).map { String(head[$0]) }
        }
        return String(String.UnicodeScalarView(s[k..<(k + 4)]))
    }

    /// The scalar offset of cell `cell` (0 = after the first bar) in a pipe row, its
    /// leading spaces skipped.
    static func cellStart(_ scalars: [Unicode.Scalar], cell: Int) -> Int {
        var bars = 0
        for (n, c) in scalars.enumerated() where c == "|" {
            bars += 1
            guard bars == cell + 1 else { continue }
            var start = n + 1
            while start < scalars.count, scalars[start] == " " || scalars[start] == "\t" { start += 1 }
            return start
        }
        return 0
    }
}
