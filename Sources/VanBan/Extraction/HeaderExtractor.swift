/// Values of the header block: number symbol, place and date, type, title, term.
public enum HeaderExtractor {
    /// Builds the header record.
    public static func extract(_ lines: HeaderLines, intro: [TokenizedLine], bases: [TokenizedLine]) -> Header {
        var header = Header()
        header.partyLine = lines.party?.line.text
        header.system = Parser.system(of: lines)
        if !lines.motto.isEmpty { header.motto = lines.motto.map(\.line.text) }
        if !lines.issuer.isEmpty {
            header.issuer = lines.issuer.map(\.line.text).joined(separator: " ")
            header.issuerLines = lines.issuer.map(\.line.text)
        }
        if let v = lines.subject {
            // "V/v triển khai …" → "triển khai …"
            let start = v.tokens.count > 3 ? v.tokens[3].range.lowerBound : v.line.scalars.count
            let text = v.text(from: start, to: v.line.scalars.count).trimmingSpaces
            if !text.isEmpty { header.subject = text }
        }
        header.enactingBody = lines.enactingBody?.line.text
        if let k = lines.issuedWith {
            var text = Substring(k.line.text)
            if text.first == "(" { text = text.dropFirst() }
            if text.last == ")" { text = text.dropLast() }
            header.issuedWith = text.trimmingSpaces
        }
        if let n = lines.number { header.number = number(n) }
        if let pd = lines.placeDate { (header.place, header.date) = placeDate(pd) }
        var titleParts: [String] = []
        var titleLines: [TokenizedLine] = []
        if let t = lines.type {
            let s = t.line.scalars
            header.typeName = lines.typeNameFromList ?? String(scalars: s[0..<lines.typeNameLength])
            header.typeCode = lines.typeCode
            let rest = String(scalars: s[min(s.count, lines.typeNameLength + 1)...])
            if !rest.isEmpty { titleParts.append(rest); titleLines.append(t) }
        }
        titleParts.append(contentsOf: lines.title.map(\.line.text))
        titleLines.append(contentsOf: lines.title)
        if !titleParts.isEmpty { header.title = titleParts.joined(separator: " ") }
        for line in titleLines + intro + bases {
            if let term = term(in: line) { header.term = term; break }
        }
        let leading = lines.all.dropLast(lines.trailing.count)
        if let first = leading.first, let last = leading.last { header.span = first.line.span.union(last.line.span) }
        return header
    }

    /// `Số 04-CTr/ĐU`, `Số -KH/ĐU` (Party: number-TYPE/ISSUER); `Số: 12/KH-UBND`,
    /// `Số: 249/2025/NĐ-CP` (state: number[/year]/TYPE-ISSUER); `Số: 123/UBND-VP` (a Công
    /// văn: no type code, the issuer and its unit).
    static func number(_ line: TokenizedLine) -> DocumentNumber {
        guard let symbol = Parser.numberSymbol(in: line) else {
            return DocumentNumber(raw: line.line.text, value: nil, typeCode: nil, issuerCode: nil, span: line.line.span)
        }
        let first = line.tokens[symbol.tokens.lowerBound].range.lowerBound
        let span = line.line.span(first..<line.tokens[symbol.tokens.upperBound - 1].range.upperBound)
        var result = DocumentNumber(raw: symbol.text, value: nil, typeCode: nil, issuerCode: nil, span: span)
        let s = symbol.text
        let dash = s.firstIndex(of: "-")
        let slash = s.firstIndex(of: "/")
        func nonEmpty(_ x: Substring) -> String? { let t = x.trimmingSpaces; return t.isEmpty ? nil : t }
        if let dash, slash.map({ dash < $0 }) ?? true {
            // Party: 57-NQ/TW, -CTr/ĐU.
            result.value = Int(s[..<dash].trimmingSpaces)
            let end = slash ?? s.endIndex
            result.typeCode = nonEmpty(s[s.index(after: dash)..<end])
            if let slash { result.issuerCode = nonEmpty(s[s.index(after: slash)...]) }
        } else if let slash {
            // State: 12/QĐ-UBND, 249/2025/NĐ-CP, 105/2025/UBTVQH15, 123/UBND-VP.
            result.value = Int(s[..<slash].trimmingSpaces)
            var rest = s[s.index(after: slash)...]
            if let next = rest.firstIndex(of: "/"), let y = Int(rest[..<next]), (1900...2200).contains(y) {
                result.year = y
                rest = rest[rest.index(after: next)...]
            }
            if let d = rest.firstIndex(of: "-"), DocumentTypes.allCodes.contains(String(rest[..<d])) {
                result.typeCode = String(rest[..<d])
                result.issuerCode = nonEmpty(rest[rest.index(after: d)...])
            } else {
                result.issuerCode = nonEmpty(rest)
            }
        }
        return result
    }

    /// `Hải Phòng, ngày 05 tháng 12 năm 2025`; parts may be blank.
    static func placeDate(_ line: TokenizedLine) -> (String?, DocumentDate?) {
        guard let d = line.find(Phrases.ngày) else { return (nil, nil) }
        var place: String? = nil
        if d > 0 {
            let end = line.tokens[d - 1].range.lowerBound
            let p = line.text(from: 0, to: end).trimmingSpaces
            if !p.isEmpty { place = p }
        }
        var i = d + 1
        var day: Int? = nil, month: Int? = nil, year: Int? = nil
        if let v = line.int(i) { day = v; i += 1 }
        // OCR may leave an unreadable day or month (`ngày OW tháng ,Š năm 2026`): up to two
        // tokens of it are passed over, and that part stays blank.
        func skipTo(_ word: String) {
            for k in i..<min(line.tokens.count, i + 3) where line.matches([word], at: k) { i = k; return }
        }
        skipTo("tháng")
        if line.matches(Phrases.tháng, at: i) { i += 1; if let v = line.int(i) { month = v; i += 1 } }
        skipTo("năm")
        if line.matches(Phrases.năm, at: i) { i += 1; if let v = line.int(i) { year = v; i += 1 } }
        let last = min(i, line.tokens.count) - 1
        let range = line.tokens[d].range.lowerBound..<line.tokens[last].range.upperBound
        var iso: String? = nil
        if let y = year {
            if let m = month { iso = day.flatMap { PeriodExtractor.iso(y, m, $0) } ?? (day == nil ? PeriodExtractor.iso(y, m) : nil) }
            else if day == nil { iso = "\(y)" }
        }
        let date = DocumentDate(raw: line.text(from: range.lowerBound, to: range.upperBound), day: day, month: month,
                                year: year, iso: iso, span: line.line.span(range))
        return (place, date)
    }

    /// `khóa I, nhiệm kỳ 2025 - 2030` or `nhiệm kỳ 2025-2030`.
    static func term(in line: TokenizedLine) -> Term? {
        guard let k = line.find(Phrases.nhiệmKỳ) else { return nil }
        let periods = PeriodExtractor(line: line, scopeYear: nil)
        guard let (range, next) = periods.match(at: k + 2, end: line.tokens.count), range.kind == "range" else { return nil }
        var first = k
        var number: Int? = nil
        var j = k - 1
        if line.isPunct(j, ",") { j -= 1 }
        if j >= 1, ["khóa", "khoá"].contains(line.tokens[j - 1].lower) {
            let n = line.text(j)
            number = Int(n) ?? RomanNumeral.value(of: n)
            if number != nil { first = j - 1 }
        }
        let r = line.tokens[first].range.lowerBound..<line.tokens[next - 1].range.upperBound
        return Term(raw: line.text(from: r.lowerBound, to: r.upperBound), number: number, startYear: range.year,
                    endYear: range.endYear, span: line.line.span(r))
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces.
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
