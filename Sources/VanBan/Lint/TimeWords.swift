/// Words that say which way a year points, as the time rules read them.
///
/// *Phương hướng, dự toán … năm Y+1* late in year Y looks forward; *tổng kết, quyết
/// toán … năm Y−1* early in year Y looks back. Both are legitimate; the same words
/// bound to the wrong year are not (*phương hướng … năm 2026* in December 2026).
enum TimeWords {
    /// Words that make a year the *next* period's (first words of the phrases).
    static let forward: [[String]] = [["phương", "hướng"], ["dự", "toán"], ["triển", "khai"], ["bổ", "khuyết"]]
    /// Words that make a year the *past* period's.
    static let backward: [[String]] = [["tổng", "kết"], ["quyết", "toán"], ["sơ", "kết"], ["kiểm", "điểm"]]
    /// Words before a year that make it part of a citation, a term, a span or an
    /// anniversary rather than a period of work.
    static let citing: [[String]] = [["số"], ["kỷ", "niệm"], ["nhiệm", "kỳ"], ["giai", "đoạn"], ["khóa"], ["khoá"], ["từ"], ["đến"],
                                     ["ngày"], ["luật"], ["hiến", "pháp"], ["trước"], ["sau"],
                                     // a comparison with another period (*so với cùng kỳ năm 2025*)
                                     ["cùng", "kỳ"], ["cùng", "kì"], ["so", "với"], ["so", "sánh"]]

    /// Verbs that date a past event by its year (*kênh do huyện bàn giao năm 2022*, *trường
    /// được công nhận đạt chuẩn quốc gia năm 2019*): the year is history, not a period of work,
    /// and a past year there is no slip. Only read before a year earlier than the scope's, and
    /// only verbs that do not also name ordinary work (*xây dựng, tiếp nhận* do).
    static let pastEvent: [[String]] = [
        ["bàn", "giao"], ["thành", "lập"], ["khánh", "thành"], ["công", "nhận"], ["đạt", "chuẩn"], ["khởi", "công"],
        ["đưa", "vào", "sử", "dụng"], ["sáp", "nhập"], ["chia", "tách"], ["giải", "thể"], ["ra", "đời"],
        // an event that happened (*vụ án xảy ra năm 2024*) or a movement launched in an earlier
        // year (*phong trào do … phát động năm 2022*)
        ["xảy", "ra"], ["phát", "động"],
    ]
    /// Words that make an earlier year a reference the work builds on, not a period of work:
    /// inheriting or drawing lessons from it (*kế thừa kinh nghiệm diễn tập năm 2024*, *rút kinh
    /// nghiệm*, *bài học*), building on its results (*phát huy kết quả*, *tiếp nối*), a result
    /// quoted by its year (*kết quả năm 2025 đạt 96%*) or a comparison (*như năm 2024*; *so với*
    /// is in `citing`). Only read before a year earlier than the scope's, in the same clause
    /// and with no direction word (`forward`, `backward`) nearer the year.
    static let pastReference: [[String]] = [
        ["kế", "thừa"], ["kinh", "nghiệm"], ["bài", "học"], ["phát", "huy"], ["tiếp", "nối"], ["kết", "quả", "năm"], ["như", "năm"],
    ]
    /// The most tokens between such a cue and its year (*kinh nghiệm diễn tập khu vực phòng thủ
    /// huyện Hải Hà năm*: eight words).
    static let pastReferenceReach = 12

    /// The most words (an object: *đạt chuẩn quốc gia*, *bàn giao cho xã*) between such a verb
    /// and its year.
    static let pastEventGap = 3

    /// True when the year at token `i` (its first token, *năm* included) dates a past event:
    /// one of `pastEvent` ending at most `pastEventGap` words before it, in the same clause.
    static func datesPastEvent(_ line: TokenizedLine, _ ids: [Int32], _ w: IDs, year i: Int) -> Bool {
        var end = i - 1
        while end >= line.bodyStart, end >= i - 1 - pastEventGap, line.isWord(end) {
            for words in w.pastEvent where end - words.count + 1 >= line.bodyStart && IDs.matches(words, ids, at: end - words.count + 1) { return true }
            end -= 1
        }
        return false
    }

    /// How long after its end a part of a year (month, quarter, half, nine months) is still
    /// reviewed (*sơ kết, tổng kết, kiểm điểm*), in months, and the reasoning. A review of
    /// a period long over is a slip in its year (*sơ kết 9 tháng năm 2026* at a meeting of
    /// September 2027); a review before the period's last month is one too (`reviewEarly`).
    static let reviewWindow: [String: (months: Int, why: String)] = [
        "month": (3, "tháng M is reviewed in its own block or the next (giao ban tháng); a quarter later is a slip"),
        "quarter": (4, "quý N is reviewed at the end of the quarter or in the first month of the next"),
        "half": (4, "sơ kết 6 tháng đầu năm is held in June–July; 6 tháng cuối năm with the year review, Dec–Jan"),
        "months": (4, "sơ kết 9 tháng is held in September–October; 3 tháng with its quarter"),
    ]

    /// `reviewWindow[kind] != nil`, without hashing the kind (a test per period: issue 17).
    static func hasReviewWindow(_ kind: String) -> Bool {
        kind == "month" || kind == "quarter" || kind == "half" || kind == "months"
    }

    enum Direction { case forward, backward }

    /// Words that, right after an earlier period and a comma (*kiểm điểm công tác tháng 5,
    /// nhiệm vụ tháng 6*), make the next period the one to come: the second half of the
    /// common *review X, tasks of Y* pair.
    static let taskWords: [[String]] = [["nhiệm", "vụ"], ["kế", "hoạch"], ["chương", "trình"]]

    /// The slip of a part of a year (`reviewWindow`) mentioned at month index `s`: reviewed
    /// before its last month (`reviewEarly`), long after it (`reviewLate`), or planned after it
    /// ended (`planLate`); nil when it fits. `previousEnd` is where the line's previous period
    /// ends (direction words are read from there).
    static func windowSlip(_ period: Period, in s: Int, _ t: TokenizedLine, _ ids: [Int32], _ w: IDs, tokens: Range<Int>, after previousEnd: Int) -> String? {
        guard let window = reviewWindow[period.kind], let covered = months(period) else { return nil }
        var direction = self.direction(t, ids, w, before: tokens.lowerBound, stopAt: previousEnd)
        if direction == nil, previousEnd > t.bodyStart, t.isPunct(previousEnd, ",") || t.isPunct(previousEnd, ";"),
           IDs.any(w.taskWords, ids, at: previousEnd + 1),
           (previousEnd + 1..<tokens.lowerBound).allSatisfy({ t.isWord($0) }), tokens.lowerBound - previousEnd <= 5 {
            direction = .forward
        }
        switch direction {
        case .backward? where covered.upperBound > s + 1: return "reviewEarly"
        case .backward? where s - covered.upperBound > window.months: return "reviewLate"
        case .forward? where covered.upperBound < s: return "planLate"
        default: return nil
        }
    }

    /// The direction of the nearest direction word before token `i` in its clause
    /// (commas included, up to the previous period of time).
    static func direction(_ line: TokenizedLine, _ ids: [Int32], _ w: IDs, before i: Int, stopAt: Int) -> Direction? {
        var j = i - 1
        while j >= max(stopAt, line.bodyStart) {
            if w.starts[Int(ids[j])] {
                if IDs.any(w.forward, ids, at: j) { return .forward }
                if IDs.any(w.backward, ids, at: j) { return .backward }
            }
            j -= 1
        }
        return nil
    }

    /// True when the year at token `i` belongs to a citation (*Nghị quyết … năm 2019*),
    /// a term (*nhiệm kỳ*), a span (*từ năm*, *đến năm*) or an anniversary: one of those
    /// words among the eight before it in its clause (a symbol such as `09-KL/TU` takes five).
    static func isCited(_ line: TokenizedLine, _ ids: [Int32], _ w: IDs, year i: Int) -> Bool {
        let from = max(line.clauseStart(before: i), i - 8)
        for k in from..<i where w.starts[Int(ids[k])] && (IDs.any(w.citing, ids, at: k) || IDs.any(w.documentKinds, ids, at: k)) { return true }
        return false
    }

    static let documentKinds: [[String]] = [
        ["nghị", "quyết"], ["quyết", "định"], ["chỉ", "thị"], ["kết", "luận"], ["quy", "định"], ["quy", "chế"],
        ["hướng", "dẫn"], ["thông", "báo"], ["thông", "tri"], ["đề", "án"], ["công", "văn"], ["luật"], ["hiến", "pháp"],
    ]

    /// The phrase tables above resolved to a document's word IDs (exact lower-case text, as
    /// `TokenizedLine.matches` compares), once per document: the rules test a token with
    /// integer compares, and most tokens with one look-up (`starts`) (issue 17).
    ///
    /// A class: a rule resolves it at its first line to judge and hands it on at every line
    /// after; a struct of eight arrays was copied (eight retains and releases) each time.
    final class IDs: Sendable {
        let forward, backward, citing, pastEvent, pastReference, taskWords, documentKinds: [[Int32]]
        /// For each document ID: true when a phrase of `forward`, `backward`, `citing`,
        /// `pastReference` or `documentKinds` starts with it.
        let starts: [Bool]

        init(_ document: LintDocument) {
            // (Each word found by its interner ID, numbered once per process: `globals`; no
            // String hashed per document, issue 17.)
            let words = document.words
            func resolve(_ table: [[UInt32]]) -> [[Int32]] { table.map { $0.map { words.id(global: $0) ?? -1 } } }
            let g = IDs.globals
            let forward = resolve(g[0]), backward = resolve(g[1]), citing = resolve(g[2]), pastReference = resolve(g[4]),
                documentKinds = resolve(g[6])
            self.forward = forward
            self.backward = backward
            self.citing = citing
            pastEvent = resolve(g[3])
            self.pastReference = pastReference
            taskWords = resolve(g[5])
            self.documentKinds = documentKinds
            // (One more slot: a word the table lacks, `FoldedWordIDs.lineIDs`.)
            var starts = [Bool](repeating: false, count: document.words.count + 1)
            for table in [forward, backward, citing, pastReference, documentKinds] {
                for phrase in table where phrase[0] >= 0 { starts[Int(phrase[0])] = true }
            }
            self.starts = starts
        }

        /// The tables `init` resolves, in its order, as interner IDs (`WordInterner`).
        static let globals: [[[UInt32]]] = [TimeWords.forward, TimeWords.backward, TimeWords.citing, TimeWords.pastEvent,
                                            TimeWords.pastReference, TimeWords.taskWords, TimeWords.documentKinds]
            .map { table in table.map { phrase in phrase.map { WordInterner.shared.intern($0) } } }

        /// `t.matches(phrase, at: k)` for a line whose token IDs are `ids`.
        @inline(__always)
        static func matches(_ phrase: [Int32], _ ids: [Int32], at k: Int) -> Bool {
            FoldedWordIDs.matchesExact(phrase, ids, at: k)
        }

        /// True when a phrase of `table` stands at token `k`.
        @inline(__always)
        static func any(_ table: [[Int32]], _ ids: [Int32], at k: Int) -> Bool {
            for phrase in table where matches(phrase, ids, at: k) { return true }
            return false
        }
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
        case "months":
            // ISO "2026-01/2026-09"; without it, the whole year.
            if let iso = p.iso, iso.count == 15, let a = Int(iso.dropFirst(5).prefix(2)), let b = Int(iso.suffix(2)),
               (1...12).contains(a), (a...12).contains(b) {
                return LintDocument.monthIndex(y, a)...LintDocument.monthIndex(y, b)
            }
            return LintDocument.monthIndex(y, 1)...LintDocument.monthIndex(y, 12)
        case "year":
            return LintDocument.monthIndex(y, 1)...LintDocument.monthIndex(y, 12)
        default:
            return nil
        }
    }
}
