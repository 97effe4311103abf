import Foundation

/// `header-symbol`: a number symbol whose type code contradicts the document type
/// (`Số …-KH/ĐU` on a *CHƯƠNG TRÌNH*).
public enum HeaderSymbol: Rule {
    public static let id = "header-symbol"
    public static let nameVi = "ký hiệu lệch tên loại"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Ký hiệu văn bản có mã loại khác với tên loại văn bản (Số …-KH/ĐU trên một CHƯƠNG TRÌNH)",
        en: "A number symbol whose type code contradicts the document type (Số …-KH/ĐU on a CHƯƠNG TRÌNH)")
    public static let details = LocalizedText(
        vi: "Mã loại theo Hướng dẫn 36-HD/VPTW (văn bản Đảng: Số 57-NQ/TW) và Nghị định 30/2020/NĐ-CP (văn bản nhà nước: Số: 12/QĐ-UBND, Số: 249/2025/NĐ-CP), theo hệ thống của văn bản (QUY ĐỊNH: QĐi bên Đảng, QyĐ bên nhà nước). Khi phần đầu chưa được đọc hết (tên loại viết liền với trích yếu), đọc trực tiếp các dòng đầu của tệp.",
        en: "Type codes per Hướng dẫn 36-HD/VPTW (Party: Số 57-NQ/TW) and Nghị định 30/2020/NĐ-CP (state: Số: 12/QĐ-UBND, Số: 249/2025/NĐ-CP), in the document's system (QUY ĐỊNH: QĐi for the Party, QyĐ for the state). When the reader did not take the header in whole (a type name on one line with its title), the file's first lines are read.")
    public static let messages: [String: LocalizedText] = [
        "code": LocalizedText(vi: "Ký hiệu '{0}' mang mã '{1}' nhưng văn bản là {2} (mã '{3}')",
                              en: "The symbol '{0}' has code '{1}' but the document is a {2} (code '{3}')"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let header = document.record.header
        // The type list gives each type its code in each system (QUY ĐỊNH: Party QĐi, state
        // QyĐ); a number that carries no type code (a law, a Công văn) is not compared.
        if let number = header.number, let code = number.typeCode, header.typeCode != nil,
           let codes = document.parsed.header.typeCodes, let line = document.parsed.header.number {
            let accepted = codes.accepted(in: header.system)
            guard !accepted.isEmpty, !accepted.contains(where: { $0.lowercased() == code.lowercased() }) else { return }
            var span = number.span
            if let k = line.tokens.indices.first(where: { line.text($0) == code && (line.isPunct($0 - 1, "-") || line.isPunct($0 - 1, "/")) }) { span = line.span(k) }
            report.add("code", [number.raw, code, header.typeName ?? "", header.typeCode ?? ""], at: span)
            return
        }
        guard header.typeCode == nil || header.number?.typeCode == nil else { return }
        unreadHeader(document, &report)
    }

    /// A header the reader did not take in whole (a type name with its title on one line,
    /// *KẾ HOẠCH Tổ chức kiểm tra …*; a number it did not read): the file's first lines are
    /// read for the type name and the number symbol.
    static func unreadHeader(_ document: LintDocument, _ report: inout Report) {
        let header = document.record.header
        let source = document.source
        var entry: DocumentTypes.Entry? = nil
        var symbol: (raw: String, code: String, line: Int, column: Int)? = nil
        for k in 0..<min(source.lineCount, 30) {
            // (Made from the line's bytes: `MissingElement.plain(_:_:)`.)
            let text = MissingElement.plain(source, k)
            if text.hasPrefix("Căn cứ") || text.hasPrefix("Điều 1") { break }
            if entry == nil, MissingElement.isTypeName(text), let (_, found) = DocumentTypes.entry(at: Array(text.unicodeScalars), caseSensitive: true) {
                entry = found
            }
            // (The pattern is anchored at *Số*: another line is not given to it, issue 17.)
            if symbol == nil, text.unicodeScalars.starts(with: DraftDate.numberLead), let matched = numberSymbol(text) {
                let raw = String(matched.dropFirst(2).drop { $0 == ":" || $0 == " " })
                let parts = raw.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == ":" || $0 == " " || $0 == "–" })
                // `Số 04-CTr/ĐU` (Party) or `Số: 15/KH-UBND`, `Số: 15/2026/QĐ-UBND` (state):
                // the code follows the number (and the year).
                let rest = parts.drop { $0.allSatisfy(\.isNumber) }
                guard let code = rest.first.map(String.init) else { continue }
                let line = Array(source.line(k))
                let codeScalars = Array(code.unicodeScalars)
                var column = 1
                if codeScalars.count <= line.count {
                    for c in 0...(line.count - codeScalars.count) where Array(line[c..<(c + codeScalars.count)]) == codeScalars { column = c + 1; break }
                }
                symbol = (raw, code, k + 1, column)
            }
        }
        guard let entry, let symbol else { return }
        let system = header.system ?? (symbol.raw.contains("/") && symbol.raw.firstIndex(of: "/")! < (symbol.raw.firstIndex(of: "-") ?? symbol.raw.endIndex) ? "state" : "party")
        let accepted = entry.codes.accepted(in: system)
        guard !accepted.isEmpty, DocumentTypes.allCodes.contains(symbol.code),
              !accepted.contains(where: { $0.lowercased() == symbol.code.lowercased() }) else { return }
        let span = SourceSpan(start: SourceLocation(line: symbol.line, column: symbol.column),
                              end: SourceLocation(line: symbol.line, column: symbol.column + symbol.code.unicodeScalars.count))
        report.add("code", [symbol.raw, symbol.code, entry.name, entry.codes.code(for: system) ?? ""], at: span)
    }

    /// A number symbol at the start of a header line: `Số 04-CTr/ĐU`, `Số: 15/KH-UBND`,
    /// `Số: 15/2026/QĐ-UBND`.
    static let numberPattern = #"^Số\s*:?\s*[0-9]+\s*(/\s*[0-9]{4}\s*)?[-/–]\s*[A-Za-zĐđ]+\s*[-/–]\s*[A-Za-zĐđ0-9]+"#

    /// The text of `numberPattern`'s match in `text`: read from the scalars (issue 17: no
    /// regular expression in the rule's path), with the pattern only for a line holding a
    /// scalar whose reading as `\s` or as one `Character` is not settled here.
    static func numberSymbol(_ text: String) -> String? {
        if let end = numberMatch(text) {
            return end.map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[0..<$0])) }
        }
        return text.range(of: numberPattern, options: .regularExpression).map { String(text[$0]) }
    }

    /// Where `numberPattern`'s match in `text` ends (scalars), `.some(nil)` when it does not
    /// match, nil when not settled (a control character, a space outside ASCII, a scalar
    /// that may join its neighbour).
    static func numberMatch(_ text: String) -> Int?? {
        let s = Array(text.unicodeScalars)
        for c in s {
            let v = c.value
            if v < 0x20 && v != 0x09 || v >= 0x7F && v <= 0xA0 || !TargetConflict.Row.isOwnCharacter(c) { return nil }
            if v > 0xA0, c.properties.isWhitespace || [.spaceSeparator, .lineSeparator, .paragraphSeparator, .format].contains(c.properties.generalCategory) { return nil }
        }
        let n = s.count
        func spaces(_ k: inout Int) { while k < n, s[k] == " " || s[k] == "\t" { k += 1 } }
        func digit(_ k: Int) -> Bool { k < n && s[k].value >= 0x30 && s[k].value <= 0x39 }
        func letter(_ k: Int) -> Bool {
            k < n && (s[k].value >= 0x41 && s[k].value <= 0x5A || s[k].value >= 0x61 && s[k].value <= 0x7A || s[k] == "Đ" || s[k] == "đ")
        }
        func separator(_ k: Int) -> Bool { k < n && (s[k] == "-" || s[k] == "/" || s[k] == "–") }
        // `\s*[-/–]\s*[A-Za-zĐđ]+\s*[-/–]\s*[A-Za-zĐđ0-9]+`, from `from`: where it ends.
        func tail(_ from: Int) -> Int? {
            var k = from
            spaces(&k)
            guard separator(k) else { return nil }
            k += 1
            spaces(&k)
            guard letter(k) else { return nil }
            while letter(k) { k += 1 }
            spaces(&k)
            guard separator(k) else { return nil }
            k += 1
            spaces(&k)
            guard letter(k) || digit(k) else { return nil }
            while letter(k) || digit(k) { k += 1 }
            return k
        }
        guard n >= 2, s[0] == "S", s[1] == "ố" else { return .some(nil) }
        var k = 2
        spaces(&k)
        if k < n, s[k] == ":" { k += 1 }
        spaces(&k)
        guard digit(k) else { return .some(nil) }
        while digit(k) { k += 1 }
        // The year group `(/\s*[0-9]{4}\s*)?`, tried first, then left out.
        var g = k
        spaces(&g)
        if g < n, s[g] == "/" {
            g += 1
            spaces(&g)
            if (g..<(g + 4)).allSatisfy(digit) {
                g += 4
                spaces(&g)
                if let end = tail(g) { return .some(end) }
            }
        }
        return .some(tail(k))
    }
}
