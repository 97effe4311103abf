/// Schedule headings: meetings (*Hội nghị … lần thứ N*) and sessions (*Kỳ họp thứ N*).
///
/// A heading names one event and dates it; a sentence that mentions a meeting
/// ("Hội nghị lần thứ nhất đã thảo luận …") or a title that names the conference a
/// resolution was adopted at is not a heading. So a schedule heading has its
/// ordinal right after the words that open it, and either dates itself in
/// parentheses (`(tháng 4/2026)`, `(dự kiến quý II/2026)`) or is short and does
/// not end a sentence.
extension TokenizedLine {
    /// Tokens a heading without a dating parenthesis may have.
    static let shortHeadingTokens = 24

    /// meeting := NUMBER "." "Hội nghị" BODY? "lần thứ" ORDINAL qualifiers "(" period ")"
    var isMeetingHeading: Bool {
        // The style read without copying the marker (its values) or building an array: this runs on every line.
        switch marker?.style {
        case nil, .arabic?, .arabicParen?, .dotted?, .letter?: break
        default: return false
        }
        // The opening words first: most lines fail there, without the scan of `isAllCaps`.
        guard matches(Phrases.hộiNghị, at: bodyStart) else { return false }
        // An unnumbered capitalised line is a title ("HỘI NGHỊ LẦN THỨ MƯỜI BA …"), not a schedule heading.
        if marker == nil, isAllCaps { return false }
        guard let at = find(Phrases.lầnThứ, from: bodyStart + 2), at - bodyStart <= 20,
              ordinal(at: at + 2) != nil else { return false }
        // A lettered line (`a) Hội nghị lần thứ 5 (tháng 7/2026)`) only when it is dated.
        if marker?.style == .letter, parenthesizedPeriodEnd(from: at + 2) == nil { return false }
        return isScheduleHeadingShape(after: at + 2)
    }

    /// session := NUMBER? … "Kỳ họp thứ" ORDINAL (","? BODY)? "(" period ")" …
    ///
    /// Sessions of the National Assembly (*Kỳ họp thứ nhất, Quốc hội khóa XVI (tháng 4/2026)*)
    /// and of People's Councils. The words may follow a short lead (*Trình Quốc hội … tại*).
    var isSessionHeading: Bool {
        switch marker?.style {
        case nil, .arabic?, .arabicParen?, .dotted?, .roman?, .upperLatin?, .letter?: break
        default: return false
        }
        // The words first (a bounded scan of the first tokens), the scan of `isAllCaps` after.
        guard let at = sessionWordsIndex else { return false }
        if marker == nil, isAllCaps { return false }
        guard ordinal(at: at + 3) != nil else { return false }
        // A lettered line (`a) Kỳ họp thứ Năm (tháng 7/2027)`, a point of an article) only when it is dated.
        if marker?.style == .letter, parenthesizedPeriodEnd(from: at + 3) == nil { return false }
        return isScheduleHeadingShape(after: at + 3)
    }

    /// Index of `kỳ họp thứ` within the first words of the line.
    var sessionWordsIndex: Int? {
        // Bounded scan: the words stand near the start of a heading, and this runs on every line.
        let last = min(tokens.count - 3, bodyStart + 16)
        guard last >= bodyStart else { return nil }
        // By ID: `kỳ` opens the phrase (the test of each token's range and first scalar read
        // the interner for the range's end, on every line: issue 17).
        let phrase = Phrases.kỳHọpThứ
        let first = phrase.ids[0]
        var i = bodyStart
        while i <= last {
            if tokens[i].word == first, matches(phrase, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// Dated in parentheses after the ordinal, or numbered, short and not a finished sentence.
    func isScheduleHeadingShape(after i: Int) -> Bool {
        guard let last = line.scalars.last else { return false }
        if let close = parenthesizedPeriodEnd(from: i) {
            // A dated heading may still be a sentence: "… (tháng 4/2026) đã thông qua 13 luật."
            if last == "." || last == ";" {
                return (close + 1..<tokens.count).allSatisfy { tokens[$0].kind == .punct }
            }
            return true
        }
        guard marker != nil, tokens.count <= Self.shortHeadingTokens else { return false }
        return last != "." && last != ";" && last != ","
    }

    /// A parenthesis after token `from` holding a period: `tháng`, `quý` or a year.
    func hasParenthesizedPeriod(from: Int) -> Bool { parenthesizedPeriodEnd(from: from) != nil }

    /// How many tokens after the ordinal a heading's date may open (`lần thứ 5 Ban Chấp hành
    /// Đảng bộ phường khóa I, nhiệm kỳ 2025 - 2030 (tháng 3/2026)` needs about a dozen).
    static let headingReach = 24

    /// Index of the `)` closing the first parenthesis after token `from` that holds a period
    /// (`tháng`, `quý` or a year); the line's last token when the parenthesis is left open.
    ///
    /// On an unnumbered line the parenthesis must open within a heading's reach of `from` and
    /// before any full stop:
    /// "Hội nghị lần thứ mười hai … diễn ra trong hai ngày. Hội nghị lần thứ nhất (tháng 1/2027)
    /// đã …" is prose about a conference, not a dated heading.
    func parenthesizedPeriodEnd(from: Int) -> Int? {
        var i = from
        // A numbered heading may list a whole agenda before its date (002: "2. Hội nghị … lần
        // thứ II (mở rộng), tổng kết … (tháng 12 năm 2025)"); an unnumbered line may not.
        let reach = marker == nil ? Self.headingReach : Int.max
        while i < tokens.count, i - from <= reach {
            // A full stop ends the sentence; one after capitals is an abbreviation (`TP.`, `TW.`).
            if marker == nil, isPunct(i, "."), i > 0, !LineShape.isAllCaps(Array(line.scalars[tokens[i - 1].range])) { return nil }
            if isPunct(i, "(") {
                var j = i + 1
                var dated = false
                while j < tokens.count, !isPunct(j, ")") {
                    if sameBytes(tokens[j].lower, "tháng") || sameBytes(tokens[j].lower, "quý") { dated = true }
                    if tokens[j].range.count == 4, let y = int(j), (1900...2100).contains(y) { dated = true }
                    j += 1
                }
                if dated { return min(j, tokens.count - 1) }
                i = j
            }
            i += 1
        }
        return nil
    }
}
