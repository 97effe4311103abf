/// `count-mismatch`: a stated total that differs from the parts listed after it —
/// *05 tham luận: 01 …, 01 …*; *12 phòng … gồm 8 … và 4 …*; *03 đảng viên (01 …, 01 …)*.
public enum CountMismatch: Rule {
    public static let id = "count-mismatch"
    public static let nameVi = "tổng số không khớp"
    public static let severity = Severity.error
    public static let summary = LocalizedText(
        vi: "Tổng số nêu ra khác tổng các phần liệt kê sau nó",
        en: "A stated total that differs from the sum of the parts listed after it")
    public static let details = LocalizedText(
        vi: "Mẫu 'N danh từ: a …, b …', 'N danh từ (a …, b …)' hoặc 'N danh từ …, (bao) gồm a … và b …'; chỉ cộng các số đứng đầu mỗi phần, cần ít nhất hai phần. 'N danh từ: danh từ \"…\", danh từ \"…\" và danh từ \"…\"' (mỗi mục mở đầu bằng chính danh từ được đếm hoặc là một tên trong ngoặc kép) được đếm số mục. Trong ngoặc sau một tổng có đơn vị, các phần nêu nguồn trước số (450 triệu đồng (ngân sách tỉnh 300 triệu đồng, ngân sách xã 150 triệu đồng)) được cộng khi mỗi phần có đúng một số với cùng đơn vị và không có 'trong đó', 'riêng', 'khoảng' ….",
        en: "Pattern 'N noun: a …, b …', 'N noun (a …, b …)' or 'N noun …, (bao) gồm a … and b …'; only numbers that start a part are added, at least two parts. 'N noun: noun \"…\", noun \"…\" and noun \"…\"' (each item starting with the counted noun or a quoted name) is counted item by item. In brackets after a total with a unit, parts that name their source before the amount (450 triệu đồng (ngân sách tỉnh 300 triệu đồng, ngân sách xã 150 triệu đồng)) are added when each holds exactly one number with the same unit and nothing such as 'trong đó', 'riêng', 'khoảng' singles out a part.")
    public static let messages: [String: LocalizedText] = [
        "sum": LocalizedText(vi: "Tổng '{0}' nhưng các phần cộng lại {1} ({2})", en: "Total '{0}' but the parts add up to {1} ({2})"),
        "named": LocalizedText(vi: "'{0} {1}' nhưng sau dấu hai chấm liệt kê {2}", en: "'{0} {1}' but {2} are named after the colon"),
    ]

    /// The number of items named after the colon at `colon` when every one starts with the
    /// counted noun (the one or two words at `noun`: *03 đội hình tình nguyện: đội hình "…",
    /// đội hình "…" và đội hình "…"*) or is a quoted name; items are split by commas and *và*
    /// outside quotation marks, up to `;`, `.` or the end. Nil when an item starts otherwise
    /// (*các đội hình khác*, *…*), a bracket stands among them, or fewer than two are named.
    static func namedItems(_ t: TokenizedLine, _ ids: [Int32], _ v: Words, noun: Int, colon: Int) -> Int? {
        let n = t.tokens.count
        let head = t.isWord(noun + 1) && noun + 1 < colon ? [ids[noun], ids[noun + 1]] : [ids[noun]]
        let opening: Set<Unicode.Scalar> = ["\"", "“", "«", "'"]
        let closing: Set<Unicode.Scalar> = ["\"", "”", "»", "'"]
        var items = 0
        var atStart = true
        var quoted = false
        var k = colon + 1
        while k < n {
            let c = t.line.scalars[t.tokens[k].range.lowerBound]
            if t.tokens[k].kind == .punct {
                if quoted {
                    if closing.contains(c) { quoted = false }
                    k += 1
                    continue
                }
                if c == ";" || (c == "." && !(t.int(k - 1) != nil && t.int(k + 1) != nil)) { break }
                if c == "(" || c == ")" || c == "…" { return nil }
                if c == "," { atStart = true; k += 1; continue }
                if opening.contains(c) {
                    if atStart { items += 1; atStart = false }
                    quoted = true
                    k += 1
                    continue
                }
                return nil
            }
            if quoted { k += 1; continue }
            if ids[k] == v.va { atStart = true; k += 1; continue }
            if atStart {
                guard head.indices.allSatisfy({ k + $0 < n && ids[k + $0] == head[$0] }) else { return nil }
                items += 1
                atStart = false
            }
            k += 1
        }
        return items >= 2 && !quoted ? items : nil
    }

    /// Words in a bracket that single out one part or give a share rather than list every
    /// part (*trong đó*, *riêng*, *khoảng*, *ít nhất*, *trên*): the bracket is not read.
    static let partialWords: [[String]] = [["trong", "đó"], ["riêng"], ["khoảng"], ["ít", "nhất"], ["trên"], ["dưới"], ["tối", "thiểu"], ["tối", "đa"]]

    /// The parts of a total in the bracket at `open` when each names its source before the
    /// amount (*450 triệu đồng (ngân sách tỉnh 300 triệu đồng, ngân sách xã 150 triệu
    /// đồng)*): every segment, split by `,` `;` and *và*, holds exactly one whole number
    /// followed by the total's own unit (the words between the total and the bracket), the
    /// bracket closes on the line, and nothing in it singles out a part (`partialWords`).
    /// Nil otherwise (another unit, *tỷ* against *triệu*, a segment without an amount).
    static func sourcedParts(_ t: TokenizedLine, _ ids: [Int32], _ v: Words, total i: Int, open: Int) -> ([Int], Int)? {
        let unit = (i + 1)..<open
        guard !unit.isEmpty, unit.allSatisfy({ t.isWord($0) }) else { return nil }
        let n = t.tokens.count
        var parts: [Int] = []
        var amounts = 0
        var k = open + 1
        func closeSegment() -> Bool {
            defer { amounts = 0 }
            return amounts == 1
        }
        while k < n {
            if t.isPunct(k, ")") {
                guard closeSegment(), parts.count >= 2 else { return nil }
                return (parts, k)
            }
            if t.isPunct(k, "(") { return nil }
            if v.partial.contains(where: { v.w.matchesFolded($0, ids, at: k) }) { return nil }
            if t.isPunct(k, ",") || t.isPunct(k, ";") || ids[k] == v.va {
                guard closeSegment() else { return nil }
                k += 1
                continue
            }
            if t.tokens[k].kind == .number {
                // A decimal or a date is not a whole amount of the unit.
                guard let v = t.int(k), !t.isPunct(k + 1, ","), !t.isPunct(k + 1, "/"), !t.isPunct(k + 1, "."),
                      (0..<unit.count).allSatisfy({ d in k + 1 + d < n && ids[k + 1 + d] == ids[unit.lowerBound + d] }) else { return nil }
                parts.append(v)
                amounts += 1
                k += 1 + unit.count
                continue
            }
            k += 1
        }
        return nil
    }

    /// The words the rule compares, as IDs of one document (issue 17).
    struct Words {
        let w: RuleWords
        let gom, bao, va: Int32
        let partial: [[Int32]]

        init(_ document: LintDocument) {
            w = RuleWords(words: document)
            // (Each word found by its interner ID, numbered once per process: no String hashed
            // per document, issue 17.)
            let words = w, g = Words.globals
            gom = words.id(global: g.gom)
            bao = words.id(global: g.bao)
            va = words.id(global: g.va)
            partial = g.partial.map { $0.map { words.id(global: $0) } }
        }

        /// The words' interner IDs (`WordInterner`).
        static let globals: (gom: UInt32, bao: UInt32, va: UInt32, partial: [[UInt32]]) = {
            let interner = WordInterner.shared
            return (interner.intern("gồm"), interner.intern("bao"), interner.intern("và"), CountMismatch.partialWords.map { $0.map { interner.intern($0) } })
        }()
    }

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let v = Words(document)
        // Every finding has a separator after its count: `:`, `(` or *gồm* (`checkLine`). A line
        // holding none of the three IDs, or no number, is passed over on its IDs (issue 17;
        // `LintDocLinesTests` compares with `checkEveryLine`).
        let colon = document.words.id(":") ?? -1, open = document.words.id("(") ?? -1
        guard colon >= 0 || open >= 0 || v.gom >= 0 else { return }
        for line in document.ids.indices {
            let ids = document.ids[line]
            let may = ids.withUnsafeBufferPointer { id in
                for k in 0..<id.count where id[k] == colon || id[k] == open || id[k] == v.gom { return true }
                return false
            }
            // (The line copied only to be read.)
            guard may, document.textLines[line].tokens.contains(where: { $0.kind == .number }) else { continue }
            checkLine(document.textLines[line], ids, v, &report)
        }
    }

    /// The counts of line `t` (its IDs `ids`) whose parts do not add up.
    static func checkLine(_ t: borrowing TokenizedLine, _ ids: [Int32], _ v: Words, _ report: inout Report) {
        let n = t.tokens.count
        for i in t.tokens.indices {
            // (The kind first: `int` is a call, and most tokens are not numbers.)
            guard t.tokens[i].kind == .number, let total = t.int(i), total > 1, !t.isPunct(i - 1, "/"), !t.isPunct(i + 1, "/"), !t.isPunct(i + 1, ","),
                  !t.isPunct(i - 1, ","), t.isWord(i + 1) else { continue }
            // The separator within a few words: ":" or "gồm" / "bao gồm".
            var j = i + 1
            var separator: Int? = nil
            while j < min(n, i + 9) {
                if t.isPunct(j, ":") || t.isPunct(j, "(") || ids[j] == v.gom { separator = j; break }
                // *12 chỉ tiêu chủ yếu, gồm 05 …*: a comma right before *gồm* / *bao gồm*.
                if t.isPunct(j, ","), j + 1 < n, ids[j + 1] == v.gom { separator = j + 1; break }
                if t.isPunct(j, ","), j + 2 < n, ids[j + 1] == v.bao, ids[j + 2] == v.gom { separator = j + 2; break }
                if t.tokens[j].kind != .word { break }
                j += 1
            }
            guard var sep = separator, sep > i + 1 else { continue }
            if t.isPunct(sep, ":"), let named = namedItems(t, ids, v, noun: i + 1, colon: sep), named != total {
                report.add("named", [t.text(i), t.text(from: t.tokens[i + 1].range.lowerBound, to: t.tokens[sep - 1].range.upperBound), "\(named)"], at: t.span(i))
                continue
            }
            // "(gồm 01 …, 01 …)": the bracket and the word are one separator.
            if t.isPunct(sep, "("), sep + 1 < n, ids[sep + 1] == v.gom { sep += 1 }
            if t.isPunct(sep, "("), sep + 2 < n, ids[sep + 1] == v.bao, ids[sep + 2] == v.gom { sep += 2 }
            // *gồm: 05 …, 04 …*: the colon after *gồm* belongs to it.
            if ids[sep] == v.gom, t.isPunct(sep + 1, ":") { sep += 1 }
            // Parts: segments split by "," "và" up to ";" "." ")" or the end.
            var parts: [Int] = []
            var atSegmentStart = true
            var k = sep + 1
            var firstSegmentNumbered = false
            var segments = 0
            while k < n {
                if t.isPunct(k, ";") || t.isPunct(k, ")") || (t.isPunct(k, ".") && !(t.int(k - 1) != nil && t.int(k + 1) != nil)) { break }
                if t.isPunct(k, ",") || ids[k] == v.va { atSegmentStart = true; k += 1; continue }
                if atSegmentStart {
                    segments += 1
                    if let v = t.int(k), !t.isPunct(k + 1, "/"), !t.isPunct(k + 1, ","), !t.isPunct(k + 1, "%"), t.isWord(k + 1) {
                        parts.append(v)
                        if segments == 1 { firstSegmentNumbered = true }
                    }
                    atSegmentStart = false
                }
                k += 1
            }
            if !firstSegmentNumbered, t.isPunct(sep, "("), let (unitParts, _) = sourcedParts(t, ids, v, total: i, open: sep),
               unitParts.reduce(0, +) != total {
                report.add("sum", [t.text(i), "\(unitParts.reduce(0, +))", unitParts.map(String.init).joined(separator: " + ")], at: t.span(i))
                continue
            }
            guard firstSegmentNumbered, parts.count >= 2 else { continue }
            // A breakdown in brackets (*03 đảng viên mới (01 giáo viên, 01 nhân viên)*) is
            // read only when every part is counted: a bracket may also single out some of
            // the total (*25 đảng viên (2 đảng viên dự bị)*) or add a remark.
            if t.isPunct(sep, "("), parts.count != segments || !t.isPunct(k, ")") { continue }
            let sum = parts.reduce(0, +)
            if sum != total {
                report.add("sum", [t.text(i), "\(sum)", parts.map(String.init).joined(separator: " + ")], at: t.span(i))
            }
        }
    }
}
