/// `month-sequence`: the month blocks of one year (and one body) that skip, repeat or
/// go backwards.
public enum MonthSequence: Rule {
    public static let id = "month-sequence"
    public static let nameVi = "thứ tự tháng sai"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Các tháng trong một năm bị bỏ sót, lặp lại hoặc đảo thứ tự",
        en: "Month blocks of a year that skip, repeat or go backwards")
    public static let details = LocalizedText(
        vi: "Đọc các khối 'Tháng M' liên tiếp cùng năm, cùng cơ quan.",
        en: "Reads consecutive 'Tháng M' blocks of the same year and body.")
    public static let messages: [String: LocalizedText] = [
        "skip": LocalizedText(vi: "Tháng {0}/{1} đứng sau tháng {2}: thiếu {3}", en: "Month {0}/{1} follows month {2}: {3} missing"),
        "repeat": LocalizedText(vi: "Tháng {0}/{1} đã có ở dòng {2}", en: "Month {0}/{1} already appears on line {2}"),
        "backwards": LocalizedText(vi: "Tháng {0}/{1} đứng sau tháng {2}: thứ tự bị ngược",
                                   en: "Month {0}/{1} follows month {2}: out of order"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let plans = document.record.monthlyPlans
        // Runs of consecutive month blocks of the same year and body.
        var start = 0
        while start < plans.count {
            var end = start + 1
            while end < plans.count, plans[end].period.year != nil, plans[end].period.year == plans[start].period.year,
                  plans[end].body == plans[start].body { end += 1 }
            defer { start = end }
            guard let y = plans[start].period.year, end - start > 1 else { continue }
            let entries = (start..<end).map { months(document, plan: $0, year: y) }
            for (offset, finding) in SequenceCheck.findings(entries).enumerated() {
                guard let finding else { continue }
                let k = start + offset
                let m = entries[offset].min() ?? 0
                let line = document.lines[document.planLines[k]].tokens
                let span = line.line.span(line.bodyOffset..<line.line.scalars.count)
                let yearText = "\(y)"
                switch finding {
                case .repeatOf:
                    let first = (start..<k).first { entries[$0 - start].contains(m) } ?? k - 1
                    report.add("repeat", ["\(m)", yearText, "\(document.lines[document.planLines[first]].tokens.line.firstLine)"], at: span)
                case .backwards(let after):
                    report.add("backwards", ["\(m)", yearText, "\(after)"], at: span)
                case .skip(let after, let missing):
                    report.add("skip", ["\(m)", yearText, "\(after)", missing.map(String.init).joined(separator: ", ")], at: span)
                }
            }
        }
    }

    /// The months a block's heading covers: its own, and any other month of the same year the
    /// heading names (*Tháng 10 và 11/2026*, *Tháng 8, 9*).
    static func months(_ document: LintDocument, plan k: Int, year: Int) -> [Int] {
        guard let own = document.record.monthlyPlans[k].period.month else { return [] }
        var months = [own]
        let t = document.lines[document.planLines[k]].tokens
        for (p, _) in document.lines[document.planLines[k]].periods where p.kind == "month" && (p.year ?? year) == year {
            if let m = p.month, (1...12).contains(m), !months.contains(m) { months.append(m) }
        }
        // "Tháng 8, 9" / "Tháng 10 và 11": bare numbers joined to the month by "," or "và".
        var i = t.bodyStart
        while i + 2 < t.tokens.count {
            if let a = t.int(i), months.contains(a), t.isPunct(i + 1, ",") || t.tokens[i + 1].lower == "và" || t.isPunct(i + 1, "-"),
               let b = t.int(i + 2), b == a + 1, b <= 12, !t.isPunct(i + 3, "/") || t.int(i + 4) == year {
                if !months.contains(b) { months.append(b) }
            }
            i += 1
        }
        // A heading the reader did not take as a month block (*Tháng 10 và 11/2027*) before
        // the next block still names its months.
        let next = k + 1 < document.planLines.count ? document.planLines[k + 1] : document.lines.count
        for line in document.lines[(document.planLines[k] + 1)..<next] where line.role == .body && line.kind != .item && line.kind != .month {
            let t = line.tokens
            guard let first = (t.bodyStart..<t.tokens.count).first(where: { t.isWord($0) }), t.tokens[first].lower == "tháng" else { continue }
            for j in (first + 1)..<min(t.tokens.count, first + 6) {
                if let v = t.int(j), (1...12).contains(v), !t.isPunct(j - 1, "/"), !months.contains(v) { months.append(v) }
            }
        }
        return months
    }
}
