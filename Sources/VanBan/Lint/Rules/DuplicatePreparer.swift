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

    /// The comparison key of tokens `r`: `UBND` and `Ủy ban nhân dân` compare equal.
    static func key(_ t: TokenizedLine, _ r: Range<Int>) -> String {
        var words: [String] = []
        for k in r where t.tokens[k].kind == .word {
            words.append(expansions[t.text(k)] ?? foldLower(t.tokens[k].lower))
        }
        return words.joined(separator: " ")
    }

    public static func check(_ document: LintDocument, _ report: inout Report) {
        // A document names the same few agencies in item after item: each name is judged
        // once (`looksLikeAgency` tries every head word with Unicode prefix tests).
        var isAgency: [String: Bool] = [:]
        // The agency columns of the pipe table being read (nil outside a table): its first
        // row is its header.
        var columns: [Bool]? = nil
        for line in document.lines where line.role == .body || line.role == .appendix {
            let t = line.tokens
            // `| 12. | Nhiệm vụ | Sở Y tế | Sở Tài chính, Công an tỉnh, Sở Tài chính | … |`: the cells
            // of the columns whose header names who leads or takes part.
            if let cells = pipeCells(t) {
                if isSeparator(t) { continue }
                if let columns {
                    for (c, cell) in cells.enumerated() where c < columns.count && columns[c] {
                        check(t, cell, named: true, &isAgency, &report)
                    }
                } else {
                    columns = cells.map { isAgencyHeader(t, $0) }
                }
                continue
            }
            columns = nil
            guard line.role == .body else { continue }
            // The bracket that closes the line: on an item, or on any line when it ends with
            // a role (`1. Kiểm tra đê điều (Sở Y tế, … chủ trì chuẩn bị).` in a state plan).
            for group in PreparerExtractor.parentheses(in: t) where group.isLast {
                var end = group.inner.upperBound
                while end > group.inner.lowerBound, t.tokens[end - 1].kind == .punct { end -= 1 }
                let role = PreparerExtractor.trailingRole(t, group.inner.lowerBound..<end) != nil
                guard line.kind == .item || role else { continue }
                check(t, group.inner, named: role, &isAgency, &report)
            }
            // `- Cơ quan chuẩn bị: A, B, C, B.`: the list after a label, to the next label.
            if let colon = labelColon(t) {
                var end = colon + 1
                while end < t.tokens.count, !t.isPunct(end, ":") { end += 1 }
                check(t, (colon + 1)..<end, named: true, &isAgency, &report)
            }
        }
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

    /// The colon of a label that opens the line's body (*Cơ quan chuẩn bị, phối hợp:*), if any.
    static func labelColon(_ t: TokenizedLine) -> Int? {
        var k = t.bodyStart
        while k < t.tokens.count, t.tokens[k].kind == .punct, !t.isPunct(k, ":") { k += 1 }  // `* *Cơ quan …*`
        guard t.matchesFolded(["cơ", "quan"], at: k) || t.matchesFolded(["đơn", "vị"], at: k) else { return nil }
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
    static func check(_ t: TokenizedLine, _ range: Range<Int>, named: Bool, _ isAgency: inout [String: Bool], _ report: inout Report) {
        var seen = Set<String>()
        for part in PreparerExtractor.parts(t, range) {
            var r = part
            while r.count > 0, t.tokens[r.lowerBound].kind == .punct { r = (r.lowerBound + 1)..<r.upperBound }
            if t.matches(["phối", "hợp"], at: r.lowerBound) { r = (r.lowerBound + 2)..<r.upperBound }
            if t.matches(["với"], at: r.lowerBound) { r = (r.lowerBound + 1)..<r.upperBound }
            if let (_, at) = PreparerExtractor.trailingRole(t, r) { r = r.lowerBound..<at }
            while r.count > 0, t.tokens[r.upperBound - 1].kind == .punct { r = r.lowerBound..<(r.upperBound - 1) }
            guard r.count > 0 else { continue }
            let name = PreparerExtractor.text(t, r)
            let agency: Bool
            if let known = isAgency[name] { agency = known } else {
                agency = AgencyNames.looksLikeAgency(name)
                isAgency[name] = agency
            }
            guard agency || (named && t.line.scalars[t.tokens[r.lowerBound].range.lowerBound].properties.isUppercase) else { continue }
            if !seen.insert(key(t, r)).inserted {
                report.add("agency", [name], at: t.span(tokens: r.lowerBound, r.upperBound - 1))
            }
        }
    }
}
