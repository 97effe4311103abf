import Foundation

/// `abolished-unit`: a body of an administrative level that no longer exists at the
/// document's date — the district level after 01/07/2025: its fixed bodies (*Huyện ủy*,
/// *UBND huyện*) and any unit or agency named after a district (*huyện Thủy Nguyên*,
/// *Trung tâm Y tế quận Ba Đình*, *Ban Chỉ huy Quân sự thị xã X*).
public enum AbolishedUnit: Rule {
    public static let id = "abolished-unit"
    public static let nameVi = "cơ quan đã không còn"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Nhắc tới cơ quan của cấp hành chính đã không còn tại thời điểm văn bản (cấp huyện sau 01/7/2025)",
        en: "A body of an administrative level that no longer exists at the document's date (district level after 01/07/2025)")
    public static let details = LocalizedText(
        vi: "Thời điểm: ngày ban hành, năm của mục, năm văn bản nói tới, hoặc nhiệm kỳ bắt đầu từ 2025. Bỏ qua khi có 'nguyên', 'trước đây', 'cũ' / '(cũ)', 'lưu trữ', 'bàn giao' (nói về quá khứ). Đọc các cơ quan cố định (Huyện ủy, UBND huyện, Huyện đoàn) và mọi 'huyện', 'quận', 'thị xã' kèm tên riêng viết hoa (và 'Quận 1'–'Quận 12' của Thành phố Hồ Chí Minh), nên cả cơ quan mang tên một huyện; 'thành phố', 'TP.', 'Thành ủy' kèm tên một thành phố không trực thuộc trung ương (thành phố thuộc tỉnh, thành phố thuộc thành phố: Thủ Đức).",
        en: "The date is the document's date, the block's year, the year the document is about, or a term starting in 2025. Skipped after 'nguyên', 'trước đây', before 'cũ' / '(cũ)', or in a clause about archives or a handover ('lưu trữ', 'bàn giao'): speaking of the past. Reads fixed bodies (Huyện ủy, UBND huyện, Huyện đoàn) and any 'huyện', 'quận', 'thị xã' followed by a capitalised name (and 'Quận 1'–'Quận 12' of Thành phố Hồ Chí Minh), so also agencies named after a district; 'thành phố', 'TP.', 'Thành ủy' followed by the name of a city that is not centrally run (a city of a province, or inside a city: Thủ Đức).")
    public static let messages: [String: LocalizedText] = [
        "district": LocalizedText(vi: "'{0}': cấp huyện đã kết thúc hoạt động từ 01/7/2025", en: "'{0}': the district level ceased on 01/07/2025"),
    ]

    /// Words of a clause about the former body's records: archives and handovers.
    static let pastWords: [[String]] = [["lưu", "trữ"], ["bàn", "giao"]]

    /// How many capitalised words (a place name) follow token `k`: *Thủy Nguyên*, *Ba Đình*.
    /// How many words from the body a date may stand and still date the mention.
    static let historyReach = 16

    /// A period that ends before the district level did (a term or span ending in 2025 or
    /// earlier, a year, month or day before July 2025), or a day on the end date that
    /// `trước` (before) precedes.
    static func isBeforeEnd(_ p: Period, end: (year: Int, month: Int, day: Int), t: TokenizedLine, at k: Int) -> Bool {
        guard !p.inferred, let year = p.year else { return false }
        if let endYear = p.endYear { return endYear <= end.year }
        if year != end.year { return year < end.year }
        guard let month = p.month else { return false }
        if month != end.month { return month < end.month }
        return p.day == 1 && k >= 1 && t.tokens[k - 1].lower == "trước" || k >= 2 && t.tokens[k - 2].lower == "trước"
    }

    static func namedLength(_ t: TokenizedLine, after k: Int) -> Int {
        var n = 0
        while k + n < t.tokens.count, n < 4, t.isWord(k + n), t.line.scalars[t.tokens[k + n].range.lowerBound].properties.isUppercase { n += 1 }
        return n
    }

    /// True when the capitalised words at `name` name a city of district level: not one
    /// of the centrally-run cities, and Vietnamese (a foreign city — *thành phố Vientiane*
    /// — is not a Vietnamese unit).
    static func isDistrictCity(_ t: TokenizedLine, name: Int, length: Int) -> Bool {
        let words = (name..<(name + length)).map { Skeleton.of(t.tokens[$0].lower.unicodeScalars) }
        // A heading in capitals (*HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ KHÓA XVI*) does not tell a
        // name from the next words; *Thành ủy Thành phố Hồ Chí Minh* names the city after.
        let unit = t.text(name - 1).unicodeScalars.filter { $0.properties.isAlphabetic }
        if unit.count > 1, unit.allSatisfy({ $0.properties.isUppercase }) { return false }
        if words.starts(with: ["thanh", "pho"]) || words.first == "tp" { return false }
        if AdministrativeUnits.provincialCities.contains(where: { words.starts(with: $0) }) { return false }
        return (name..<(name + length)).allSatisfy { Syllable.isValid(t.tokens[$0].lower.unicodeScalars) }
    }

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let end = AdministrativeUnits.districtLevelEnd
        let header = document.record.header
        var afterEnd = false
        if let y = header.date?.year {
            afterEnd = y > end.year || (y == end.year && (header.date?.month ?? 0) >= end.month)
        } else if let y = document.year {
            afterEnd = y > end.year
        } else if let start = header.term?.startYear {
            afterEnd = start >= end.year
        } else if let y = MeetingSchedule.soleYear(document) {
            // An unread header: the year all the document's meetings are dated in.
            afterEnd = y > end.year
        }
        // A mention is reported only in a document dated after the end or on a line whose
        // scope is (`scopeYear`, below, is some line's `scope.year`): a document with neither
        // has nothing to report, and its lines are not read.
        if !afterEnd, !mayReport(document) { return }
        checkLines(document, afterEnd: afterEnd, &report)
    }

    /// True when some line's scope is after the end of the district level: a document dated
    /// before it can report a mention only on such a line.
    static func mayReport(_ document: LintDocument) -> Bool {
        let end = AdministrativeUnits.districtLevelEnd
        return document.lines.contains { ($0.scope.year ?? 0) > end.year }
    }

    /// The tables the mentions are read with (`AdministrativeUnits`), numbered once per process.
    static let bodyTable = PhraseIDs.Table(AdministrativeUnits.districtBodies)
    static let unitTable = PhraseIDs.Table(AdministrativeUnits.districtUnits)
    static let cityTable = PhraseIDs.Table(AdministrativeUnits.cityUnits)
    static let standingTable = PhraseIDs.Table([["ban", "thường", "vụ"]])

    /// `scopeYears`' marks: no line of the document starts on the physical line, or the first
    /// one's scope has no year.
    static let unsetYear = Int.min, noYear = Int.min + 1

    /// For each physical line number (`LogicalLine.firstLine`, from 0 to the largest), the scope
    /// year of the first of `document.lines` starting there (in the order of `lines`), read
    /// without copying a line (it was a dictionary filled from a copy of every line).
    static func scopeYears(_ document: LintDocument) -> [Int] {
        var largest = -1
        for k in document.lines.indices { largest = max(largest, document.lines[k].tokens.line.firstLine) }
        var years = [Int](repeating: unsetYear, count: largest + 1)
        for k in document.lines.indices {
            let first = document.lines[k].tokens.line.firstLine
            guard first >= 0, years[first] == unsetYear else { continue }
            years[first] = document.lines[k].scope.year ?? noYear
        }
        return years
    }

    /// The scope year `scopeYears` holds for physical line `first` (nil where none is known).
    static func scopeYear(_ years: [Int], _ first: Int) -> Int? {
        guard first >= 0, first < years.count else { return nil }
        let y = years[first]
        return y == unsetYear || y == noYear ? nil : y
    }

    /// The mentions, every line read (`check` passes over a document that `mayReport` says
    /// cannot hold one).
    static func checkLines(_ document: LintDocument, afterEnd: Bool, _ report: inout Report) {
        let end = AdministrativeUnits.districtLevelEnd
        // The tables resolved to the document's word IDs, compared as the folded keys were
        // (`PhraseIDs`): a token that starts none of them costs one look-up (issue 17).
        // (The tables' words numbered once per process: `PhraseIDs.Table`.)
        let bodies = PhraseIDs(Self.bodyTable, in: document.words, folded: true)
        let units = PhraseIDs(Self.unitTable, in: document.words, folded: true)
        let cities = PhraseIDs(Self.cityTable, in: document.words, folded: true)
        let standing = PhraseIDs(Self.standingTable, in: document.words, folded: true)
        let f = document.foldedIDs
        let past = f.ids(Self.pastWords)
        let quan = document.id("quận")
        let folded = document.words.folded
        // The scope year of the first line of `document.lines` starting on each physical line,
        // built at the first mention (it was a search of every line per mention), by physical
        // line (`unsetYear`: no line starts there; `noYear`: its scope has no year).
        var scopeYears: [Int]? = nil
        // Each ID that may start a mention, in one array.
        var mayStart = [Bool](repeating: false, count: document.words.count)
        for id in 0..<document.words.count {
            let k = Int32(id)
            mayStart[id] = bodies.mayStart(k) || units.mayStart(k) || cities.mayStart(k) || folded[id] == quan
        }
        for n in document.textLines.indices {
            let ids = document.ids[n]
            // (A line without a possible start is passed over before its tokens are read.)
            guard RuleWords.anyMarked(ids, mayStart) else { continue }
            // (Nor one where no phrase of the tables stands at such a word: each branch below
            // starts with one of these tests on IDs. Read before the line is copied, issue 17.)
            guard ids.indices.contains(where: { i in
                mayStart[Int(ids[i])] && (bodies.first(ids, at: i) != nil || units.first(ids, at: i) != nil || folded[Int(ids[i])] == quan
                    || cities.first(ids, at: i) != nil)
            }) else { continue }
            let t = document.textLines[n], periods = document.textPeriods[n]
            let lineAfter = afterEnd
            var covered = -1
            for i in t.tokens.indices where i > covered && mayStart[Int(ids[i])] && t.tokens[i].kind == .word {
                // A fixed body (*Huyện ủy*, *UBND huyện*), or a district by its name —
                // *huyện Thủy Nguyên*, and so any agency named after one (*Trung tâm Y tế
                // huyện X*, *Ban Chỉ huy Quân sự quận Y*).
                let length: Int
                if let p = bodies.first(ids, at: i) {
                    let words = AdministrativeUnits.districtBodies[p]
                    length = words.count + namedLength(t, after: i + words.count)
                } else if let p = units.first(ids, at: i), namedLength(t, after: i + AdministrativeUnits.districtUnits[p].count) > 0 {
                    let unit = AdministrativeUnits.districtUnits[p]
                    length = unit.count + namedLength(t, after: i + unit.count)
                } else if folded[Int(ids[i])] == quan, let n = t.int(i + 1), (1...12).contains(n), !t.isPunct(i + 2, "/"), !t.isPunct(i + 2, "."),
                          t.tokens[i + 1].range.lowerBound > t.tokens[i].range.upperBound {
                    // The numbered districts of Thành phố Hồ Chí Minh (*Quận 3*, *Trung tâm Y tế
                    // Quận 10*), which ended with the district level.
                    length = 2
                } else if let p = cities.first(ids, at: i) {
                    let unit = AdministrativeUnits.cityUnits[p]
                    // *TP. Thủ Đức*: the abbreviation's full stop.
                    let name = i + unit.count + (unit == ["tp"] && t.isPunct(i + unit.count, ".") ? 1 : 0)
                    let n = namedLength(t, after: name)
                    guard n > 0, isDistrictCity(t, name: name, length: n) else { continue }
                    length = name - i + n
                } else {
                    continue
                }
                let last = i + length - 1
                covered = last
                if scopeYears == nil { scopeYears = Self.scopeYears(document) }
                let scopeYear = Self.scopeYear(scopeYears!, t.line.firstLine)
                guard lineAfter || (scopeYear ?? 0) > end.year else { continue }
                let before = max(t.bodyStart, i - 3)..<i
                // Archives and handed-over files of the former body (*hồ sơ lưu trữ của Huyện ủy
                // X*, *tài sản do UBND quận Y bàn giao*) speak of the past too.
                let clause = t.clauseStart(before: i)
                if (clause..<min(t.tokens.count, last + 4)).contains(where: { k in past.contains { f.matches($0, ids, at: k) } }) { continue }
                if t.contains(["nguyên"], in: before) || (i >= 2 && t.matches(["trước", "đây"], at: i - 2)) || (i >= 3 && t.matches(["trước", "đây"], at: i - 3)) ||
                    (last + 1 < t.tokens.count && t.tokens[last + 1].lower == "cũ")
                    || (t.isPunct(last + 1, "(") && last + 2 < t.tokens.count && t.tokens[last + 2].lower == "cũ") { continue }
                // A mention dated before the end, near it, speaks of the past: "Đảng bộ quận X nhiệm
                // kỳ 2020 - 2025", "trước ngày 01/7/2025, … Ủy ban nhân dân quận Y", "hồ sơ của
                // Quận ủy Z giai đoạn 2020 - 2025".
                if periods.contains(where: { p in
                    abs(p.tokens.lowerBound - i) <= Self.historyReach && Self.isBeforeEnd(p.period, end: end, t: t, at: p.tokens.lowerBound)
                }) { continue }
                // "huyện ủy" inside "Ban Thường vụ Huyện ủy" is reported once, from the longer phrase.
                if i >= 3, standing.matches(0, ids, at: i - 3) { continue }
                report.add("district", [t.text(from: t.tokens[i].range.lowerBound, to: t.tokens[last].range.upperBound)], at: t.span(tokens: i, last))
            }
        }
    }
}
