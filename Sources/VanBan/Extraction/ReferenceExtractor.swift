/// Finds citations of other documents:
/// `Nghị quyết số 45-NQ/TW, ngày 24/01/2019 của Bộ Chính trị`,
/// `Quyết định số 1155-QĐ/TU`, `Nghị quyết 199/2025/QH15`.
public enum ReferenceExtractor {
    /// Kinds of documents, as they are written before a number (lower case).
    static let documentTypes: [[String]] = [
        ["chương", "trình", "công", "tác", "toàn", "khóa"], ["chương", "trình", "công", "tác", "toàn", "khoá"],
        ["chương", "trình", "hành", "động"], ["chương", "trình", "công", "tác"], ["quy", "chế", "làm", "việc"],
        ["nghị", "quyết"], ["quyết", "định"], ["chỉ", "thị"], ["kết", "luận"], ["quy", "chế"], ["quy", "định"],
        ["hướng", "dẫn"], ["thông", "tri"], ["kế", "hoạch"], ["chương", "trình"], ["thông", "báo"], ["công", "văn"],
        ["nghị", "định"], ["thông", "tư"], ["luật"], ["đề", "án"], ["tờ", "trình"], ["báo", "cáo"],
    ]

    /// Words that end an issuer name after *của*.
    static let issuerStops: Set<String> = ["về", "nhằm", "để", "theo", "trong", "tại", "đã", "và", "đối", "thực", "gắn"]

    /// All references in `line`.
    public static func extract(from line: TokenizedLine) -> [Reference] {
        var result: [Reference] = []
        var i = line.bodyStart
        let tokens = line.tokens
        while i < tokens.count {
            guard tokens[i].kind == .number, let (symbolEnd, typeCode, issuerCode) = symbol(line, at: i) else { i += 1; continue }
            var first = i
            if i > 0, sameBytes(tokens[i - 1].lower, "số") { first = i - 1 }
            var documentType: String? = nil
            for words in documentTypes where first >= words.count && line.matches(words, at: first - words.count) {
                first -= words.count
                documentType = line.text(from: tokens[first].range.lowerBound, to: tokens[first + words.count - 1].range.upperBound)
                break
            }
            var last = symbolEnd
            var date: String? = nil
            var j = symbolEnd + 1
            if line.isPunct(j, ",") { j += 1 }
            if tokens.indices.contains(j), sameBytes(tokens[j].lower, "ngày") {
                let periods = PeriodExtractor(line: line, scopeYear: nil)
                if let (p, next) = periods.dayDate(at: j + 1) ?? periods.match(at: j, end: tokens.count), p.kind == "day" {
                    date = p.iso
                    last = next - 1
                    j = next
                }
            }
            var issuer: String? = nil
            if tokens.indices.contains(j), sameBytes(tokens[j].lower, "của") {
                var k = j + 1
                while k < tokens.count, tokens[k].kind != .punct, !issuerStops.contains(tokens[k].lower) { k += 1 }
                if k > j + 1 {
                    issuer = line.text(from: tokens[j + 1].range.lowerBound, to: tokens[k - 1].range.upperBound)
                    last = k - 1
                }
            }
            let numberText = line.text(from: tokens[i].range.lowerBound, to: tokens[symbolEnd].range.upperBound)
            let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
            result.append(Reference(raw: line.text(from: range.lowerBound, to: range.upperBound), documentType: documentType,
                                    number: numberText, value: line.int(i), typeCode: typeCode, issuerCode: issuerCode,
                                    date: date, issuer: issuer, span: line.line.span(range)))
            i = last + 1
        }
        return result
    }

    /// `45-NQ/TW`, `01-QC/ĐU`, `199/2025/QH15`, `30/2020/NĐ-CP`: the symbol's last token
    /// index, type code and issuer code.
    static func symbol(_ line: TokenizedLine, at i: Int) -> (Int, String?, String?)? {
        let t = line.tokens
        func code(_ k: Int) -> Bool {
            k < t.count && t[k].kind == .word && !t[k].spaceBefore && Alphabet.isUppercase(line.line.scalars[t[k].range.lowerBound])
        }
        // Party form: NUMBER "-" TYPE "/" ISSUER ("-" ISSUER)*
        if line.isPunct(i + 1, "-"), !t[i + 1].spaceBefore, code(i + 2), line.isPunct(i + 3, "/"), code(i + 4) {
            var end = i + 4
            while line.isPunct(end + 1, "-"), code(end + 2) { end += 2 }
            return (end, line.text(i + 2), line.text(from: t[i + 4].range.lowerBound, to: t[end].range.upperBound))
        }
        // State form: NUMBER "/" YEAR "/" CODE ("-" CODE)?
        if line.isPunct(i + 1, "/"), let y = line.int(i + 2), (1945...2100).contains(y), line.isPunct(i + 3, "/"), code(i + 4) {
            // 30/2020/NĐ-CP: type NĐ, issuer CP; 199/2025/QH15: issuer QH15, type implied by the name.
            if line.isPunct(i + 5, "-"), code(i + 6) { return (i + 6, line.text(i + 4), line.text(i + 6)) }
            return (i + 4, nil, line.text(i + 4))
        }
        return nil
    }
}
