import Foundation

/// `draft-date`: a header date or number left blank (*ngày   tháng 12 năm 2025*,
/// `Số -CTr/ĐU`): the document is still a draft.
public enum DraftDate: Rule {
    public static let id = "draft-date"
    public static let nameVi = "ngày, số còn để trống"
    public static let severity = Severity.info
    public static let summary = LocalizedText(
        vi: "Ngày hoặc số văn bản còn để trống: văn bản vẫn là dự thảo",
        en: "A header date or number left blank: the document is still a draft")
    public static let details = LocalizedText(
        vi: "Báo khi số, ngày, tháng hoặc năm của phần đầu văn bản bị bỏ trống hoặc còn là chỗ giữ chỗ (Số: XX/KH-UBND, Số ……-CTr/ĐU, ngày …/12/2025).",
        en: "Reported when the number, day, month or year of the header is blank or a placeholder (Số: XX/KH-UBND, Số ……-CTr/ĐU, ngày …/12/2025).")
    public static let messages: [String: LocalizedText] = [
        "number": LocalizedText(vi: "Số văn bản còn trống ('{0}')", en: "The document number is blank ('{0}')"),
        "date": LocalizedText(vi: "Ngày ban hành còn trống ('{0}')", en: "The date is incomplete ('{0}')"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let header = document.record.header
        if let number = header.number, number.value == nil { report.add("number", [number.raw], at: number.span) }
        if let date = header.date, date.day == nil || date.month == nil || date.year == nil {
            report.add("date", [date.raw], at: date.span)
        }
        guard header.number == nil || header.date == nil else { return }
        // A placeholder the reader does not take for a number or a date (*Số: XX/KH-UBND*,
        // *Số ……-CTr/ĐU*, *ngày …/12/2025*): the header's own lines are read.
        let source = document.source
        for k in 0..<min(source.lineCount, 16) {
            // (Made from the line's bytes: `MissingElement.plain(_:_:)`.)
            let text = MissingElement.plain(source, k)
            // The patterns are compiled at each call: a line that lacks their fixed text
            // (*Số* at its start; *ngày* and a slash) is not given to them (issue 17).
            if header.number == nil, text.unicodeScalars.starts(with: numberLead), let raw = match(text, numberPlaceholder) {
                report.add("number", [raw], at: span(of: raw, in: source.line(k), line: k + 1))
            }
            if header.date == nil, text.unicodeScalars.contains("/"), contains(text, dateWord), let raw = match(text, datePlaceholder) {
                report.add("date", [raw], at: span(of: raw, in: source.line(k), line: k + 1))
            }
        }
    }

    /// A number symbol whose number is a placeholder (dots, an ellipsis, underscores, *x*):
    /// *Số: XX/KH-UBND*, *Số ……-CTr/ĐU*, *Số: …/2026/QĐ-UBND*.
    static let numberPlaceholder = #"(?<=^Số)\s*:?\s*(?=[.…_xX]).*?[.…_xX ]+\s*[-/]\s*([0-9]{4}/)?[A-ZĐ][A-Za-zĐđ]*[-/][A-ZĐ][A-Za-zĐđ-]*"#

    /// A date in figures with a part left blank: *ngày …/12/2025*, *ngày /02/2026*,
    /// *ngày ../../2026*.
    static let datePlaceholder = #"ngày\s*(([.…_ ]*)/\s*([0-9]{1,2}|[.…_ ]*)|([0-9]{1,2})\s*/\s*[.…_ ]*)\s*/\s*([0-9]{4}|[.…_ ]+)"#

    /// What `numberPlaceholder` looks behind for at the start of the line, and the word
    /// `datePlaceholder` starts with, as scalars (a regular expression compares them so,
    /// without canonical equivalence).
    static let numberLead = Array("Số".unicodeScalars)
    static let dateWord = Array("ngày".unicodeScalars)

    /// True when `text` has the scalars of `word` one after the other.
    static func contains(_ text: String, _ word: [Unicode.Scalar]) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= word.count else { return false }
        for k in 0...(scalars.count - word.count) where scalars[k] == word[0] && scalars[k..<(k + word.count)].elementsEqual(word) { return true }
        return false
    }

    /// The text of `pattern`'s first match in `line`, its outer spaces removed.
    static func match(_ line: String, _ pattern: String) -> String? {
        guard let range = line.range(of: pattern, options: .regularExpression) else { return nil }
        let raw = line[range].trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ":")))
        return raw.isEmpty ? nil : raw
    }

    /// Where `raw` stands in the source line (1-based scalar columns).
    static func span(of raw: String, in line: ArraySlice<Unicode.Scalar>, line number: Int) -> SourceSpan {
        let scalars = Array(line)
        let needle = Array(raw.unicodeScalars)
        var start = 0
        if needle.count <= scalars.count {
            for k in 0...(scalars.count - needle.count) where Array(scalars[k..<(k + needle.count)]) == needle { start = k; break }
        }
        return SourceSpan(start: SourceLocation(line: number, column: start + 1),
                          end: SourceLocation(line: number, column: start + needle.count + 1))
    }
}
