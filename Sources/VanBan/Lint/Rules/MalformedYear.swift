/// `malformed-year`: a token in a year position that is not a plausible year —
/// `năm 20230`, `tháng 3/226`, `2O26` (a letter O for a zero).
public enum MalformedYear: Rule {
    public static let id = "malformed-year"
    public static let nameVi = "năm viết sai"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Số ở vị trí năm không phải một năm hợp lý (năm 20230, 2O26)",
        en: "A token in a year position that is not a plausible year (năm 20230, 2O26)")
    public static let details = LocalizedText(
        vi: "Vị trí năm: sau 'năm' (trừ 'mỗi năm', 'hằng năm' … trước một số lượng), sau 'tháng M/' hoặc 'ngày D/M/'. Năm hợp lý: 4 chữ số từ 1000 đến 2100 (năm lịch sử như 1010, 1288 là năm thật). Chữ O, o, l, I lẫn trong số được sửa chắc chắn.",
        en: "Year positions: after 'năm' (not 'mỗi năm', 'hằng năm' … before a count), after 'tháng M/' or 'D/M/'. Plausible: four digits from 1000 to 2100 (historical years such as 1010 and 1288 are real). Letters O, o, l, I among digits get a certain fix.")
    public static let messages: [String: LocalizedText] = [
        "digits": LocalizedText(vi: "'{0}' không phải là năm hợp lệ", en: "'{0}' is not a valid year"),
        "letters": LocalizedText(vi: "'{0}' có chữ cái lẫn trong số năm; sửa thành '{1}'", en: "'{0}' has a letter among the digits; should be '{1}'"),
    ]
    public static let fixable = true

    static let lookalikes: [Unicode.Scalar: Unicode.Scalar] = ["O": "0", "o": "0", "l": "1", "I": "1"]

    /// Words before *năm* that make it 'per year' (*mỗi năm*, *hằng năm*, *bình quân năm*):
    /// the number after it is a count, not a year.
    static let perYear: [[String]] = [["mỗi"], ["hằng"], ["hàng"], ["mọi"], ["từng"], ["bình", "quân"], ["trung", "bình"]]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        // `năm`, `tháng` and `/` by ID: no String comparison per token.
        let year = document.words.id("năm") ?? -1, month = document.words.id("tháng") ?? -1
        let slash = document.words.id("/") ?? -1
        guard year >= 0 || slash >= 0 else { return }
        // A year position follows *năm* or a `/` (`isYearPosition`): a token after neither is
        // passed over on its ID alone, without reading its range or kind, and a line without
        // one is not read at all (issue 17; `LintDocLinesTests` compares with `checkEveryToken`).
        for n in document.ids.indices {
            let id = document.ids[n]
            let first = id.withUnsafeBufferPointer { ids -> Int in
                var i = 1
                while i < ids.count {
                    if ids[i - 1] == year || ids[i - 1] == slash { return i }
                    i += 1
                }
                return -1
            }
            guard first > 0 else { continue }
            // (Nor copied when no token at a year position can be reported: `mayReport`, on the
            // line's tokens and scalars in place. Most years are written right.)
            guard mayReport(document.textLines[n].tokens, document.textLines[n].line.scalars, id, from: first, year: year, slash: slash) else { continue }
            let t = document.textLines[n]
            for i in first..<id.count where id[i - 1] == year || id[i - 1] == slash { check(t, id, i, year: year, month: month, &report) }
        }
    }

    /// False when no token from `first` on that follows *năm* or a `/` (IDs `year`, `slash`)
    /// can be reported by `check(_:_:_:year:month:_:)`, whatever its position: a number
    /// reported has 3 to 6 digits and starts with 1 or 2 (4 digits: a 2 not followed by a 0,
    /// or 2100 and above), a word reported has four scalars. Read on the line's fields in place.
    static func mayReport(_ tokens: [Token], _ scalars: [Unicode.Scalar], _ id: [Int32], from first: Int, year: Int32, slash: Int32) -> Bool {
        var i = first
        while i < id.count, i < tokens.count {
            if id[i - 1] == year || id[i - 1] == slash {
                let token = tokens[i]
                if token.kind == .word, token.range.count == 4 { return true }
                if token.kind == .number {
                    let r = token.range
                    if r.count >= 3, r.count <= 6 {
                        let head = scalars[r.lowerBound]
                        if r.count != 4, head == "2" || head == "1" { return true }
                        if r.count == 4, head == "2", scalars[r.lowerBound + 1] != "0" { return true }
                    }
                }
            }
            i += 1
        }
        return false
    }

    /// The rule's test of token `i` of `t` (whose IDs are `id`).
    @inline(__always)
    static func check(_ t: borrowing TokenizedLine, _ id: [Int32], _ i: Int, year: Int32, month: Int32, _ report: inout Report) {
        let token = t.tokens[i]
        // (Only a number, or a word of four letters, can be reported: the position is read
        // for those alone.)
        guard token.kind == .number || token.kind == .word && token.range.count == 4,
              isYearPosition(t, id, i, year: year, month: month) else { return }
        let s = t.line.scalars[token.range]
        if token.kind == .number {
            if s.count >= 3 && s.count <= 6 && s.count != 4 && (s.first == "2" || s.first == "1") && !(t.isPunct(i + 1, "/")) {
                report.add("digits", [t.text(i)], at: t.span(i))
            } else if s.count == 4, let v = t.int(i), !(1000...2100).contains(v), s.first == "2" {
                report.add("digits", [t.text(i)], at: t.span(i))
            }
        } else if token.kind == .word, s.count == 4 {
            let digits = s.filter { $0.value >= 0x30 && $0.value <= 0x39 }.count
            guard digits >= 2, s.allSatisfy({ ($0.value >= 0x30 && $0.value <= 0x39) || lookalikes[$0] != nil }) else { return }
            let fixed = String(scalars: s.map { lookalikes[$0] ?? $0 })
            guard let v = Int(fixed), (1900...2100).contains(v) else { return }
            report.add("letters", [t.text(i), fixed], at: t.span(i), fix: Fix(span: t.span(i), replacement: fixed))
        }
    }

    /// After `năm`, or the year part of `M/YYYY` after `tháng` or of `D/M/YYYY`.
    /// `id`: the line's token IDs (`LintDocument.ids`); `year`, `month`: the IDs of *năm*
    /// and *tháng*.
    static func isYearPosition(_ t: borrowing TokenizedLine, _ id: [Int32], _ i: Int, year: Int32, month: Int32) -> Bool {
        guard i > 0 else { return false }
        if id[i - 1] == year, t.tokens[i].range.lowerBound > t.tokens[i - 1].range.upperBound {
            // *mỗi năm 150 kỹ sư*, *hằng năm 100 lượt*: 'per year', a count follows.
            return !perYear.contains(where: { t.matches($0, at: i - 1 - $0.count) })
        }
        guard t.isPunct(i - 1, "/"), i >= 2, let m = t.int(i - 2), (1...12).contains(m), t.tokens[i - 2].range.count <= 2 else { return false }
        if i >= 3, id[i - 3] == month { return true }
        if i >= 4, t.isPunct(i - 3, "/"), let d = t.int(i - 4), (1...31).contains(d), !t.isPunct(i - 5, "/") { return true }
        return false
    }
}
