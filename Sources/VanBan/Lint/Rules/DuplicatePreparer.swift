/// `duplicate-preparer`: the same agency twice in one preparer list (*Ban Chỉ huy Quân
/// sự phường, Ban Chỉ huy Quân sự phường chuẩn bị*): the bracket closing an item, a list
/// after a label (*Cơ quan chuẩn bị, phối hợp: …*), a cell of a table's agency column.
public enum DuplicatePreparer: Rule {
    public static let id = "duplicate-preparer"
    public static let nameVi = "trùng cơ quan chuẩn bị"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Một cơ quan được ghi hai lần trong danh sách cơ quan chuẩn bị",
        en: "The same agency twice in one preparer list")
    public static let details = LocalizedText(
        vi: "Danh sách trong ngoặc cuối mục (hoặc ngoặc kết thúc bằng vai trò: chủ trì, chuẩn bị, phối hợp …) danh sách sau nhãn (Cơ quan chuẩn bị, phối hợp: …) và ô bảng ở cột có tiêu đề cơ quan (Cơ quan chủ trì, Cơ quan phối hợp, Đơn vị thực hiện). So tên cơ quan sau khi mở chữ viết tắt và thống nhất kiểu bỏ dấu (UBND = Ủy ban nhân dân).",
        en: "Lists in the bracket that closes an item (or any bracket ending with a role: chủ trì, chuẩn bị, phối hợp …) after a label (Cơ quan chuẩn bị, phối hợp: …) and in the table cells of a column headed by agencies (Cơ quan chủ trì, Cơ quan phối hợp, Đơn vị thực hiện). Compares agency names with abbreviations expanded and one tone style (UBND = Ủy ban nhân dân).")
    public static let messages: [String: LocalizedText] = [
        "agency": LocalizedText(vi: "'{0}' đã có trong danh sách cơ quan chuẩn bị", en: "'{0}' is already in the preparer list"),
    ]

    /// Abbreviations expanded word by word (UBND → ủy ban nhân dân), lower case, old tone style.
    static let expansions: [String: String] = Dictionary(
        AgencyNames.abbreviations.filter { !$0.0.contains(" ") }.map { ($0.0, foldKey($0.1)) }, uniquingKeysWith: { a, _ in a })

    /// The comparison key of tokens `r`: `UBND` and `Ủy ban nhân dân` compare equal. The words
    /// (each abbreviation's expansion split at its spaces) as IDs (`Keys`): equal keys are equal
    /// joined texts, `foldLower` of each word or its expansion (issue 17: no String built per word).
    static func key(_ t: TokenizedLine, _ ids: [Int32], _ r: Range<Int>, _ keys: inout Keys) -> [Int32] {
        var out: [Int32] = []
        for k in r where t.tokens[k].kind == .word {
            let id = ids[k]
            if Int(id) >= keys.folded.count {
                // A word of an appendix table the word table lacks.
                if let e = keys.expansion(t.text(k)) { out += e } else { out.append(keys.id(foldLower(t.tokens[k].lower))) }
            } else if keys.mayExpand[Int(id)], let e = keys.expansion(t.text(k)) {
                out += e
            } else {
                out.append(keys.folded[Int(id)])
            }
        }
        return out
    }

    /// Each abbreviation of `expansions`, its lower case (as `Token.lower` holds it) and its
    /// expansion's words (split at its spaces: the joined key compares them so).
    static let expansionWords: [(abbreviation: String, lower: String, words: [String])] = expansions.map { abbreviation, expansion in
        (abbreviation, String(scalars: Array(abbreviation.unicodeScalars), lowercased: true),
         expansion.split(separator: " ", omittingEmptySubsequences: false).map(String.init))
    }

    /// `expansionWords` numbered once per process (issue 17: they were looked up by their
    /// text in every document): each abbreviation's lower case and expansion words as interner
    /// IDs (`WordInterner`); for each expansion word, the ID `Keys` gives it where the
    /// document lacks it (one per distinct word, from -10 down); each abbreviation's index.
    static let expansionGlobals: [(lower: UInt32, words: [UInt32])] = expansionWords.map { e in
        (WordInterner.shared.intern(e.lower), e.words.map { WordInterner.shared.intern($0) })
    }
    static let absentIDs: [String: Int32] = {
        var ids: [String: Int32] = [:]
        for e in expansionWords {
            for w in e.words where ids[w] == nil { ids[w] = Int32(-10 - ids.count) }
        }
        return ids
    }()
    static let expansionAbsentIDs: [[Int32]] = expansionWords.map { $0.words.map { absentIDs[$0]! } }
    static let abbreviationIndex: [String: Int] = Dictionary(expansionWords.enumerated().map { ($1.abbreviation, $0) }, uniquingKeysWith: { a, _ in a })

    /// What `key` reads, resolved to the document's word IDs once.
    struct Keys {
        let words: WordTable
        let folded: [Int32]
        /// For each ID: true when it is the lower case of an abbreviation of `expansions`.
        let mayExpand: [Bool]
        /// Each abbreviation's expansion as word IDs, in the order of `expansionWords`.
        let expansions: [[Int32]]
        /// IDs (below those of `absentIDs`) of other words the document's table lacks.
        var extra: [String: Int32] = [:]

        init(_ document: LintDocument) {
            words = document.words
            folded = document.words.folded
            var may = [Bool](repeating: false, count: words.count)
            for e in DuplicatePreparer.expansionGlobals {
                if let id = words.id(global: e.lower) { may[Int(id)] = true }
            }
            mayExpand = may
            let words = self.words
            expansions = zip(DuplicatePreparer.expansionGlobals, DuplicatePreparer.expansionAbsentIDs).map { e, absent in
                e.words.indices.map { words.id(global: e.words[$0]) ?? absent[$0] }
            }
        }

        /// The ID of a folded word: the table's, or one of its own for a word the table lacks
        /// (the same for the same text: equal keys are equal texts).
        mutating func id(_ word: String) -> Int32 {
            if let id = words.id(word) { return id }
            if let id = DuplicatePreparer.absentIDs[word] { return id }
            if let id = extra[word] { return id }
            let id = Int32(-10 - DuplicatePreparer.absentIDs.count - extra.count)
            extra[word] = id
            return id
        }

        func expansion(_ text: String) -> [Int32]? { DuplicatePreparer.abbreviationIndex[text].map { expansions[$0] } }
    }

    public static func check(_ document: LintDocument, _ report: inout Report) {
        // The agency columns of the pipe table being read (nil outside a table): its first
        // row is its header.
        var columns: [Bool]? = nil
        // (Resolved at the first list: most lines hold none.)
        var keys: Keys? = nil
        let lead = (phoiHop: [document.id("phối"), document.id("hợp")], voi: [document.id("với")])
        // The label words as IDs (`labelColon`), resolved at the first line that may hold a label.
        var label: LabelIDs? = nil
        // (By index: a line's tokens are copied only when it is read, not the whole line.)
        for index in document.lines.indices {
            let role = document.lines[index].role
            guard role == .body || role == .appendix else { continue }
            // A line that is no pipe row and can hold neither a closing bracket nor a label is
            // passed over before it is copied (most lines; its fields read in place, issue 17).
            if !startsWithBar(document.lines[index].tokens.tokens, document.lines[index].tokens.line.scalars) {
                columns = nil
                guard role == .body,
                      mayHoldList(document.lines[index].tokens.tokens, document.lines[index].tokens.line.scalars,
                                  bodyStart: document.lines[index].tokens.bodyStart) else { continue }
            }
            let t = document.lines[index].tokens
            // (An appendix line's IDs are looked up only if it holds a list.)
            let ids = document.ids(ofLine: index)
            // `| 12. | Nhiệm vụ | Sở Y tế | Sở Tài chính, Công an tỉnh, Sở Tài chính | … |`: the cells
            // of the columns whose header names who leads or takes part.
            if let cells = pipeCells(t) {
                if isSeparator(t) { continue }
                if let columns {
                    for (c, cell) in cells.enumerated() where c < columns.count && columns[c] {
                        check(t, ids ?? FoldedWordIDs.lineIDs(document, index), cell, named: true, &keys, document, lead, &report)
                    }
                } else {
                    columns = cells.map { isAgencyHeader(t, $0) }
                }
                continue
            }
            columns = nil
            guard role == .body else { continue }
            // The bracket that closes the line: on an item, or on any line when it ends with
            // a role (`1. Kiểm tra đê điều (Sở Y tế, … chủ trì chuẩn bị).` in a state plan).
            // Only a bracket closed in the line's trailing punctuation can be its last group
            // (`isLast`): lines without one are not scanned for brackets.
            var closes = false
            var j = t.tokens.count - 1
            while j >= t.bodyStart, t.tokens[j].kind == .punct {
                if t.isPunct(j, ")") { closes = true; break }
                j -= 1
            }
            // (The one group that closes the line, found without listing the others:
            // `closingGroup`.)
            if closes, let inner = closingGroup(t.tokens, t.line.scalars, bodyStart: t.bodyStart) {
                var end = inner.upperBound
                while end > inner.lowerBound, t.tokens[end - 1].kind == .punct { end -= 1 }
                let role = PreparerExtractor.trailingRole(t, inner.lowerBound..<end) != nil
                if document.lines[index].kind == .item || role {
                    check(t, ids ?? FoldedWordIDs.lineIDs(document, index), inner, named: role, &keys, document, lead, &report)
                }
            }
            // `- Cơ quan chuẩn bị: A, B, C, B.`: the list after a label, to the next label.
            if let colon = labelColon(t, ids, &label, document) {
                var end = colon + 1
                while end < t.tokens.count, !t.isPunct(end, ":") { end += 1 }
                check(t, ids ?? FoldedWordIDs.lineIDs(document, index), (colon + 1)..<end, named: true, &keys, document, lead, &report)
            }
        }
    }

    /// True when `pipeCells` reads the line whose tokens and scalars are given as a row: its
    /// first token is a `|`.
    static func startsWithBar(_ tokens: [Token], _ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = tokens.first else { return false }
        return first.kind == .punct && scalars[first.range.lowerBound] == "|"
    }

    /// False when a body line (not a pipe row) can hold no list `check` reads: no `)` among
    /// its trailing punctuation (the closing bracket's test) and no word starting with byte
    /// `c` or 0xC4 (*đ*) where `labelColon` looks for its label. Both are the first tests of
    /// the full reading, on the line's fields in place.
    static func mayHoldList(_ tokens: [Token], _ scalars: [Unicode.Scalar], bodyStart: Int) -> Bool {
        var j = tokens.count - 1
        while j >= bodyStart, tokens[j].kind == .punct {
            if scalars[tokens[j].range.lowerBound] == ")" { return true }
            j -= 1
        }
        var k = bodyStart
        while k < tokens.count, tokens[k].kind == .punct, scalars[tokens[k].range.lowerBound] != ":" { k += 1 }
        guard k < tokens.count, let b = tokens[k].lowerUTF8.first else { return false }
        return b == 0x63 || b == 0xC4
    }

    /// The inner tokens of the group of `PreparerExtractor.parentheses(in:)` that closes the
    /// line (`isLast`), or nil: one pass with no list of groups (issue 17). At most one group
    /// closes the line: after it come only punctuation tokens other than `(`, so no group
    /// opens after it.
    static func closingGroup(_ tokens: [Token], _ scalars: [Unicode.Scalar], bodyStart: Int) -> Range<Int>? {
        @inline(__always) func isPunct(_ i: Int, _ p: Unicode.Scalar) -> Bool {
            tokens[i].kind == .punct && scalars[tokens[i].range.lowerBound] == p
        }
        var found: Range<Int>? = nil
        var depth = 0
        var open = 0
        var i = bodyStart
        while i < tokens.count {
            if isPunct(i, "(") {
                if depth == 0 { open = i }
                depth += 1
            } else if depth > 0, isPunct(i, ")") {
                depth -= 1
                if depth == 0 {
                    var k = i + 1
                    while k < tokens.count, tokens[k].kind == .punct, !isPunct(k, "(") { k += 1 }
                    if k == tokens.count { found = (open + 1)..<i }
                }
            }
            i += 1
        }
        return found
    }

    /// The token ranges of the cells of a pipe-table row (`| a | b |`), or nil for another line.
    static func pipeCells(_ t: TokenizedLine) -> [Range<Int>]? {
        guard let first = t.tokens.first, t.isPunct(0, "|") || (first.kind == .punct && t.line.scalars[first.range.lowerBound] == "|") else { return nil }
        var cells: [Range<Int>] = []
        var start = 1
        for i in 1..<t.tokens.count where t.isPunct(i, "|") {
            cells.append(start..<i)
            start = i + 1
        }
        if start < t.tokens.count { cells.append(start..<t.tokens.count) }
        return cells
    }

    /// True for a table's separator row (`| --- | :---: |`).
    static func isSeparator(_ t: TokenizedLine) -> Bool {
        let s = t.line.scalars
        return s.contains("-") && s.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " || $0 == "\t" }
    }

    /// Header words of a column of agencies: *Cơ quan chủ trì*, *Cơ quan phối hợp*, *Đơn vị thực
    /// hiện*, *Chủ trì*, *Phối hợp*; not *Đơn vị* (of measure) or *Đơn vị tính*.
    static func isAgencyHeader(_ t: TokenizedLine, _ cell: Range<Int>) -> Bool {
        for i in cell {
            if t.matchesFolded(["cơ", "quan"], at: i) { return true }
            if t.matchesFolded(["đơn", "vị"], at: i), i + 2 < cell.upperBound, t.isWord(i + 2), !t.matchesFolded(["tính"], at: i + 2) { return true }
            if labelRoles.contains(where: { t.matchesFolded($0, at: i) }) && !t.matchesFolded(["thực", "hiện"], at: i) { return true }
        }
        return false
    }

    /// The words a preparer label holds besides *cơ quan* / *đơn vị*: `Cơ quan chuẩn bị, phối hợp:`,
    /// `Đơn vị chủ trì:`, `Cơ quan thực hiện:`.
    static let labelRoles: [[String]] = [["chuẩn", "bị"], ["chủ", "trì"], ["phối", "hợp"], ["thực", "hiện"], ["tham", "mưu"]]

    /// The label's words as the document's IDs, compared as `matchesFolded` compares
    /// (`FoldedWordIDs`): *cơ quan*, *đơn vị* and `labelRoles`.
    /// The label's words, numbered once per process (`FoldedWordIDs.WordIndex`).
    static let headIndex = FoldedWordIDs.WordIndex([["cơ", "quan"], ["đơn", "vị"]])
    static let roleIndex = FoldedWordIDs.WordIndex(labelRoles)

    struct LabelIDs {
        let f: FoldedWordIDs
        let heads: [[Int32]]
        let roles: [[Int32]]
        init(_ document: LintDocument) {
            f = document.foldedIDs
            heads = f.ids(DuplicatePreparer.headIndex)
            roles = f.ids(DuplicatePreparer.roleIndex)
        }
    }

    /// `labelColon(t)` on the line's word IDs, when it has them (`ids`: a body line's); the
    /// IDs are resolved into `label` at the first line whose body starts with a *c* or a *đ*.
    static func labelColon(_ t: TokenizedLine, _ ids: [Int32]?, _ label: inout LabelIDs?, _ document: LintDocument) -> Int? {
        guard let ids else { return labelColon(t) }
        var k = t.bodyStart
        while k < t.tokens.count, t.tokens[k].kind == .punct, !t.isPunct(k, ":") { k += 1 }
        // (The first letter before the IDs, as below.)
        guard k < t.tokens.count, let b = t.tokens[k].lowerUTF8.first, b == 0x63 || b == 0xC4 else { return nil }
        if label == nil { label = LabelIDs(document) }
        let l = label!
        guard l.f.matches(l.heads[0], ids, at: k) || l.f.matches(l.heads[1], ids, at: k) else { return nil }
        var role = false
        for c in (k + 2)..<min(t.tokens.count, k + 10) {
            if t.isPunct(c, ":") { return role ? c : nil }
            if l.roles.contains(where: { l.f.matches($0, ids, at: c) }) { role = true }
        }
        return nil
    }

    /// The colon of a label that opens the line's body (*Cơ quan chuẩn bị, phối hợp:*), if any.
    static func labelColon(_ t: TokenizedLine) -> Int? {
        var k = t.bodyStart
        while k < t.tokens.count, t.tokens[k].kind == .punct, !t.isPunct(k, ":") { k += 1 }  // `* *Cơ quan …*`
        // (Both words start with byte `c` or 0xC4 (*đ*), folded or not: most lines are
        // rejected without a String compare.)
        guard k < t.tokens.count, let b = t.tokens[k].lower.utf8.first, b == 0x63 || b == 0xC4,
              t.matchesFolded(["cơ", "quan"], at: k) || t.matchesFolded(["đơn", "vị"], at: k) else { return nil }
        var role = false
        for c in (k + 2)..<min(t.tokens.count, k + 10) {
            if t.isPunct(c, ":") { return role ? c : nil }
            if labelRoles.contains(where: { t.matchesFolded($0, at: c) }) { role = true }
        }
        return nil
    }

    /// Reports each agency of the list in `range` (split at commas and semicolons) that an
    /// earlier part of the same list already names. `named`: the list says it names bodies (a
    /// label, a role at its end), so a capitalised part counts as one even when its head word
    /// is not among `AgencyNames.heads` (*Sở Xây dựng*, *Trạm Y tế xã*, *Bệnh viện Đa khoa*).
    ///
    /// `lead`: the IDs of *phối hợp* and *với*, which a part may start with (`ids` are the
    /// line's: equal IDs are equal texts).
    static func check(_ t: TokenizedLine, _ ids: [Int32], _ range: Range<Int>, named: Bool,
                      _ keys: inout Keys?, _ document: LintDocument, _ lead: (phoiHop: [Int32], voi: [Int32]), _ report: inout Report) {
        // The keys seen so far: a list holds a few parts, compared one by one; a long one is
        // hashed (no loop quadratic in a line).
        var seen: [[Int32]] = []
        var seenSet = Set<[Int32]>()
        for part in PreparerExtractor.parts(t, range) {
            var r = part
            while r.count > 0, t.tokens[r.lowerBound].kind == .punct { r = (r.lowerBound + 1)..<r.upperBound }
            if FoldedWordIDs.matchesExact(lead.phoiHop, ids, at: r.lowerBound) { r = (r.lowerBound + 2)..<r.upperBound }
            if FoldedWordIDs.matchesExact(lead.voi, ids, at: r.lowerBound) { r = (r.lowerBound + 1)..<r.upperBound }
            if let (_, at) = PreparerExtractor.trailingRole(t, r) { r = r.lowerBound..<at }
            while r.count > 0, t.tokens[r.upperBound - 1].kind == .punct { r = r.lowerBound..<(r.upperBound - 1) }
            guard r.count > 0 else { continue }
            // Judged on the line's scalars (`looksLikeAgency(scalars:)`, the String form's
            // answer): no String is built, hashed or lower-cased for a part that is not
            // reported (a `[String: Bool]` cache of the String form was a third of this rule: issue 17).
            let agency = PreparerExtractor.looksLikeAgency(t, r)
            guard agency || (named && t.line.scalars[t.tokens[r.lowerBound].range.lowerBound].properties.isUppercase) else { continue }
            if keys == nil { keys = Keys(document) }
            let k = key(t, ids, r, &keys!)
            let repeated: Bool
            if seen.count < 16 {
                repeated = seen.contains(k)
                if !repeated { seen.append(k) }
            } else {
                if seenSet.isEmpty { seenSet = Set(seen) }
                repeated = !seenSet.insert(k).inserted
            }
            if repeated {
                report.add("agency", [PreparerExtractor.text(t, r)], at: t.span(tokens: r.lowerBound, r.upperBound - 1))
            }
        }
    }
}
