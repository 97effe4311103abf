/// Words that say which way a year points, as the time rules read them.
///
/// *Phương hướng, dự toán … năm Y+1* late in year Y looks forward; *tổng kết, quyết
/// toán … năm Y−1* early in year Y looks back. Both are legitimate; the same words
/// bound to the wrong year are not (*phương hướng … năm 2026* in December 2026).
enum TimeWords {
    /// Words that make a year the *next* period's (first words of the phrases).
    static let forward: [[String]] = [["phương", "hướng"], ["dự", "toán"]]
    /// Words that make a year the *past* period's.
    static let backward: [[String]] = [["tổng", "kết"], ["quyết", "toán"], ["sơ", "kết"], ["kiểm", "điểm"]]
    /// Words before a year that make it part of a citation, a term, a span or an
    /// anniversary rather than a period of work.
    static let citing: [[String]] = [["số"], ["kỷ", "niệm"], ["nhiệm", "kỳ"], ["giai", "đoạn"], ["khóa"], ["khoá"], ["từ"], ["đến"],
                                     ["ngày"], ["luật"], ["hiến", "pháp"], ["trước"], ["sau"]]

    enum Direction { case forward, backward }

    /// The direction of the nearest direction word before token `i` in its clause
    /// (commas included, up to the previous period of time).
    static func direction(_ line: TokenizedLine, before i: Int, stopAt: Int) -> Direction? {
        var j = i - 1
        while j >= max(stopAt, line.bodyStart) {
            if forward.contains(where: { line.matches($0, at: j) }) { return .forward }
            if backward.contains(where: { line.matches($0, at: j) }) { return .backward }
            j -= 1
        }
        return nil
    }

    /// True when the year at token `i` belongs to a citation (*Nghị quyết … năm 2019*),
    /// a term (*nhiệm kỳ*), a span (*từ năm*, *đến năm*) or an anniversary: one of those
    /// words among the eight before it in its clause (a symbol such as `09-KL/TU` takes five).
    static func isCited(_ line: TokenizedLine, year i: Int) -> Bool {
        let from = max(line.clauseStart(before: i), i - 8)
        for k in from..<i where citing.contains(where: { line.matches($0, at: k) }) || isDocumentKind(line, at: k) { return true }
        return false
    }

    static let documentKinds: [[String]] = [
        ["nghị", "quyết"], ["quyết", "định"], ["chỉ", "thị"], ["kết", "luận"], ["quy", "định"], ["quy", "chế"],
        ["hướng", "dẫn"], ["thông", "báo"], ["thông", "tri"], ["đề", "án"], ["công", "văn"], ["luật"], ["hiến", "pháp"],
    ]

    static func isDocumentKind(_ line: TokenizedLine, at k: Int) -> Bool {
        documentKinds.contains { line.matches($0, at: k) }
    }

    /// Month indexes `[first, last]` a period covers.
    static func months(_ p: Period) -> ClosedRange<Int>? {
        guard let y = p.year else { return nil }
        switch p.kind {
        case "month":
            guard let m = p.month, (1...12).contains(m) else { return nil }
            let i = LintDocument.monthIndex(y, m)
            return i...i
        case "quarter":
            guard let q = p.quarter else { return nil }
            return LintDocument.monthIndex(y, q * 3 - 2)...LintDocument.monthIndex(y, q * 3)
        case "half":
            let first = p.iso?.hasSuffix("H2") == true ? 7 : 1
            return LintDocument.monthIndex(y, first)...LintDocument.monthIndex(y, first + 5)
        case "year", "months":
            return LintDocument.monthIndex(y, 1)...LintDocument.monthIndex(y, 12)
        default:
            return nil
        }
    }
}
