/// Values of the header block: number symbol, place and date, type, title, term.
public enum HeaderExtractor {
    /// Builds the header record.
    public static func extract(_ lines: HeaderLines, intro: [TokenizedLine], bases: [TokenizedLine]) -> Header {
        var header = Header()
        header.partyLine = lines.party?.line.text
        if !lines.issuer.isEmpty { header.issuer = lines.issuer.map(\.line.text).joined(separator: " ") }
        if let n = lines.number { header.number = number(n) }
        if let pd = lines.placeDate { (header.place, header.date) = placeDate(pd) }
        var titleParts: [String] = []
        var titleLines: [TokenizedLine] = []
        if let t = lines.type {
            let s = t.line.scalars
            header.typeName = String(scalars: s[0..<lines.typeNameLength])
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
        if let first = lines.all.first, let last = lines.all.last { header.span = first.line.span.union(last.line.span) }
        return header
    }

    /// `Số 04-CTr/ĐU`, `Số -KH/ĐU`, `Số: 12/KH-UBND`.
    static func number(_ line: TokenizedLine) -> DocumentNumber {
        var s = line.line.scalars[2...]
        while let f = s.first, f == ":" || f == " " { s = s.dropFirst() }
        let start = s.startIndex
        let raw = String(scalars: s)
        let slash = s.firstIndex(of: "/") ?? s.endIndex
        let left = String(scalars: s[start..<slash]).trimmingSpaces
        let right = slash < s.endIndex ? String(scalars: s[(slash + 1)...]).trimmingSpaces : ""
        var value: Int? = nil
        var typeCode: String? = nil
        var issuerCode: String? = right.isEmpty ? nil : right
        if let dash = left.firstIndex(of: "-") {
            value = Int(left[..<dash].trimmingSpaces)
            let t = left[left.index(after: dash)...].trimmingSpaces
            typeCode = t.isEmpty ? nil : t
        } else {
            value = Int(left)
            if let dash = right.firstIndex(of: "-") {
                typeCode = String(right[..<dash])
                issuerCode = String(right[right.index(after: dash)...])
            }
        }
        return DocumentNumber(raw: raw, value: value, typeCode: typeCode, issuerCode: issuerCode,
                              span: line.line.span(start..<line.line.scalars.count))
    }

    /// `Hải Phòng, ngày 05 tháng 12 năm 2025`; parts may be blank.
    static func placeDate(_ line: TokenizedLine) -> (String?, DocumentDate?) {
        guard let d = line.find(["ngày"]) else { return (nil, nil) }
        var place: String? = nil
        if d > 0 {
            let end = line.tokens[d - 1].range.lowerBound
            let p = line.text(from: 0, to: end).trimmingSpaces
            if !p.isEmpty { place = p }
        }
        var i = d + 1
        var day: Int? = nil, month: Int? = nil, year: Int? = nil
        if let v = line.int(i) { day = v; i += 1 }
        if line.matches(["tháng"], at: i) { i += 1; if let v = line.int(i) { month = v; i += 1 } }
        if line.matches(["năm"], at: i) { i += 1; if let v = line.int(i) { year = v; i += 1 } }
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
        guard let k = line.find(["nhiệm", "kỳ"]) else { return nil }
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
