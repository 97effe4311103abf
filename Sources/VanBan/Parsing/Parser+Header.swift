/// header := motto? issuer? number-line? place-date type-name title-lines
///
/// Both systems: the Party's (`ĐẢNG CỘNG SẢN VIỆT NAM`, `Số 57-NQ/TW`) and the state's
/// (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` / `Độc lập - Tự do - Hạnh phúc`, `Số: 249/2025/NĐ-CP`).
/// The two header columns may arrive one after the other, interleaved line by line, or
/// joined on one line (web copies join them with a tab, which cleaning turns into a
/// space): each line is cut into segments where a header part begins inside it, and each
/// segment is read on its own.
extension Parser {
    /// What a header segment is.
    enum HeaderRole: Equatable {
        /// Nothing to read: `|`, `* *`, a rule of dashes.
        case noise
        /// `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`; `prefix` when the line holds only its start.
        case nation(prefix: Bool)
        /// `Độc lập - Tự do - Hạnh phúc`.
        case slogan
        /// `ĐẢNG CỘNG SẢN VIỆT NAM`; `prefix` for `ĐẢNG CỘNG SẢN` wrapped before `VIỆT NAM`.
        case party(prefix: Bool)
        /// `Số 57-NQ/TW`, `Số: /QĐ-UBND`, `Nghị quyết số: 105/2025/UBTVQH15`.
        case number
        /// `Hà Nội, ngày 19 tháng 09 năm 2025`; `wrapped` when the month or year is on the next line.
        case placeDate(wrapped: Bool)
        /// `V/v triển khai …`.
        case subject
        /// `(Ban hành kèm theo Quyết định số …)`.
        case issuedWith
        /// A type name in capitals (`NGHỊ ĐỊNH`, `KẾ HOẠCH Thực hiện …`).
        case type(length: Int, codes: DocumentTypes.Codes)
        /// A type name printed without diacritics, alone on its line (`THONG TU`, OCR or a
        /// keyboard without Vietnamese input): the list's name and codes.
        case unmarkedType(name: String, codes: DocumentTypes.Codes)
        /// The received-mail stamp (`CÔNG VĂN ĐẾN`, `ĐẾN`) scanned with the page: not a header part.
        case stamp
        /// Capitals: an issuer line before the type, a title line after it.
        case caps
        /// Anything else.
        case other
    }

    /// The motto phrases, word by word; alternatives for the two tone styles.
    static let nationWords: [[String]] = [["cộng"], ["hòa", "hoà"], ["xã"], ["hội"], ["chủ"], ["nghĩa"], ["việt"], ["nam"]]
    static let partyWords: [[String]] = [["đảng"], ["cộng"], ["sản"], ["việt"], ["nam"]]

    /// How far into the file the header may start (web chrome, OCR banners before it).
    static let headerSearchLines = 60

    /// Parses the header block; see the extension's comment.
    ///
    /// Each part is accepted once, in any order; the block ends at the first line that is
    /// none of them, at a rule under the title, or at the enacting authority line that
    /// repeats the issuer (`ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI` before *Căn cứ*).
    mutating func parseHeader() {
        let begin = pos
        let start = headerStart()
        var front = (begin..<start).map { self.line(at: $0) }
        pos = start
        var h = HeaderLines()
        var inlineTitle = false
        var closed = false
        // Lines left to skip as the fields of a received-mail stamp (`Giờ … Ngày …`).
        var stampFields = 0
        lines: while !atEnd {
            let line = current
            if Parser.isRule(line) {
                h.all.append(line)
                pos += 1
                if h.type != nil { break }
                continue
            }
            let segments = headerSegments(pos)
            if stampFields > 0 {
                stampFields -= 1
                if let first = segments.first?.line, first.tokens.first.map({ Parser.stampFieldWords.contains(Skeleton.of(first.line.scalars[$0.range])) }) ?? false {
                    h.all.append(line)
                    pos += 1
                    continue
                }
            }
            var extra: [TokenizedLine] = []
            for (k, entry) in segments.enumerated() {
                var seg = entry.line
                var role = entry.role
                // A phrase wrapped over two lines: `ĐẢNG CỘNG SẢN` / `VIỆT NAM`, `Hà Nội, ngày 19` / `tháng 11 năm 2025`.
                if k == segments.count - 1, pos + 1 < end, let merged = mergeWrapped(seg, role: role, next: self.line(at: pos + 1)) {
                    seg = merged
                    extra.append(self.line(at: pos + 1))
                    role = Parser.headerRole(of: seg)
                }
                switch role {
                case .noise:
                    continue
                case .nation, .slogan:
                    h.motto.append(seg)
                    continue
                case .party where h.party == nil:
                    h.party = seg
                    continue
                case .number where h.number == nil:
                    h.number = seg
                    continue
                case .placeDate where h.placeDate == nil:
                    // Without the Party star read as a bullet (`*⇥Đồng Nai, ngày …`).
                    h.placeDate = seg.marker == nil ? seg : Parser.sub(seg, seg.bodyStart..<seg.tokens.count) ?? seg
                    continue
                case .subject where h.subject == nil:
                    h.subject = seg
                    continue
                case .issuedWith where h.issuedWith == nil:
                    h.issuedWith = seg
                    // `(Ban hành kèm theo …)` under the title is the header's last line.
                    if h.type != nil { closed = true }
                    continue
                case .type(let length, let codes) where h.type == nil:
                    h.type = seg
                    h.typeNameLength = length
                    h.typeCodes = codes
                    // `KẾ HOẠCH Thực hiện …`: a title in running case on the type line takes no
                    // further lines in running case (the text after it is the intro).
                    inlineTitle = length < seg.line.scalars.count && !LineShape.isAllCaps(Array(seg.line.scalars[length...]))
                    continue
                case .unmarkedType(let name, let codes) where h.type == nil:
                    h.type = seg
                    h.typeNameLength = seg.line.scalars.count
                    h.typeCodes = codes
                    h.typeNameFromList = name
                    continue
                case .stamp:
                    // The stamp names the body that received the text (`VĂN PHÒNG CHÍNH PHỦ`)
                    // on the line above it: that line is no issuer.
                    if h.type == nil, let last = h.issuer.last, last.line.span.end.line >= line.line.span.start.line - 1 {
                        h.issuer.removeLast()
                    }
                    stampFields = 3
                    continue
                case .caps where h.type == nil && h.issuer.count < 4 && h.placeDate == nil && h.subject == nil:
                    h.issuer.append(seg)
                    continue
                default:
                    break
                }
                if h.type != nil, h.enactingBody == nil, Parser.repeatsIssuer(seg, h.issuer) {
                    // The enacting body above the bases (`CHÍNH PHỦ`): the header's last line.
                    h.enactingBody = seg
                    closed = true
                } else if h.type != nil, h.title.count < 6, isTitleLine(seg), !(inlineTitle && !seg.isAllCaps) {
                    h.title.append(seg)
                } else if k == 0 {
                    break lines
                }
            }
            h.all.append(line)
            h.all.append(contentsOf: extra)
            pos += 1 + extra.count
            if closed { break }
        }
        if h.type == nil && h.number == nil && h.placeDate == nil && h.party == nil && h.motto.isEmpty && h.subject == nil {
            // Not a header after all: give the lines back to the body.
            pos = begin
            h = HeaderLines()
            front = []
        }
        if let typeCodes = h.typeCodes { h.typeCode = typeCodes.code(for: Parser.system(of: h)) }
        document.front = front
        document.header = h
    }

    /// `party` when the header has the Party line or a Party number (`57-NQ/TW`), `state`
    /// when it has the national motto or a state number (`249/2025/NĐ-CP`, `12/QĐ-UBND`).
    static func system(of h: HeaderLines) -> String? {
        if h.party != nil { return "party" }
        if !h.motto.isEmpty { return "state" }
        if let n = h.number, let symbol = numberSymbol(in: n) {
            let s = symbol.text
            if let dash = s.firstIndex(of: "-"), s.firstIndex(of: "/").map({ dash < $0 }) ?? true { return "party" }
            if s.contains("/") { return "state" }
        }
        return nil
    }

    /// Where the header begins: the first line if it is a header part, else the first line
    /// (within `headerSearchLines`) with the motto, the Party line or a number, moved back
    /// over the capitalised issuer lines just above it.
    mutating func headerStart() -> Int {
        var first = pos
        while first < end, Parser.isRule(self.line(at: first)) || headerSegments(first).allSatisfy({ $0.role == .noise }) {
            first += 1
        }
        guard first < end else { return pos }
        let opening = headerSegments(first)
        if opening.contains(where: { $0.role != .other && $0.role != .caps }) { return pos }
        // A line in capitals is an issuer when a header part or more capitals follow it; one
        // followed by running text is a web page's site name (`CỔNG THÔNG TIN ĐIỆN TỬ XÃ …`
        // before `Trang chủ > …`), and the search below finds the header after it.
        if opening.contains(where: { $0.role == .caps }) {
            var next = first + 1
            while next < end, Parser.isRule(self.line(at: next)) || headerSegments(next).allSatisfy({ $0.role == .noise }) { next += 1 }
            guard next < end, !self.line(at: next).isAllCaps, headerSegments(next).allSatisfy({ $0.role == .other }) else { return pos }
        }
        for i in first..<min(end, first + Parser.headerSearchLines) {
            // The motto, the slogan, the Party line and a number each begin with one of these
            // words, capitalised, on a short line (not a paragraph that mentions them).
            guard Parser.mayHoldStrongPart(self.line(at: i)) else { continue }
            let strong = headerSegments(i).contains { seg in
                switch seg.role {
                case .nation, .slogan, .party, .number: return true
                default: return false
                }
            }
            guard strong else { continue }
            var start = i
            var k = i - 1
            var caps = 0
            while k >= first, caps < 4 {
                let line = self.line(at: k)
                if Parser.isRule(line) || Parser.headerRole(of: line) == .noise { k -= 1; continue }
                guard line.marker == nil, line.isAllCaps else { break }
                caps += 1
                start = k
                k -= 1
            }
            return start
        }
        return pos
    }

    /// The segments of line `i` with their roles, computed once per parse.
    mutating func headerSegments(_ i: Int) -> [(line: TokenizedLine, role: HeaderRole)] {
        if let cached = headerCache[i] { return cached }
        let result = Parser.segments(of: self.line(at: i)).map { (line: $0, role: Parser.headerRole(of: $0)) }
        headerCache[i] = result
        return result
    }

    /// `CỘNG`, `Độc`, `ĐẢNG` or `Số` on a line of at most 60 tokens: a quick test before
    /// segmenting a line in search of the header.
    static func mayHoldStrongPart(_ line: TokenizedLine) -> Bool {
        guard line.tokens.count <= 60 else { return false }
        let s = line.line.scalars
        // By index: a `for t in tokens` loop copied each token with its `lower` String.
        for k in line.tokens.indices where line.tokens[k].kind == .word {
            let c = s[line.tokens[k].range.lowerBound]
            guard c == "C" || c == "Đ" || c == "S" else { continue }
            // By interner ID (`WordIDs`): the text is NFC, so equal IDs are equal words; the
            // token's `lower` String was built for each test (issue 17).
            if WordIDs.strongPartWords.contains(line.tokens[k].word) { return true }
        }
        return false
    }

    /// A title line: no numbering, no legal basis, not a sentence ending in `:` or `.`.
    func isTitleLine(_ line: TokenizedLine) -> Bool {
        guard line.marker == nil, !line.isBasis, line.legalHeading == nil, !Parser.opensWithQuote(line),
              let last = line.line.scalars.last else { return false }
        // `Điều 1. …`, `Chương I`: the body of a legal document has begun.
        if let first = line.tokens.first, WordIDs.legalDivisions.contains(first.word), line.tokens.count > 1,
           line.tokens[1].kind == .number || RomanNumeral.value(of: line.text(1)) != nil { return false }
        if Parser.headerRole(of: line) != .other && !line.isAllCaps { return false }
        if line.isAllCaps { return last != ":" }
        return last != ":" && last != "." && last != ";" && line.line.scalars.count <= 250
    }

    /// The enacting authority of a legal document repeats the issuer (`CHÍNH PHỦ`,
    /// `ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI`): it ends the title.
    static func repeatsIssuer(_ line: TokenizedLine, _ issuer: [TokenizedLine]) -> Bool {
        guard line.isAllCaps, !issuer.isEmpty else { return false }
        let key = letters(line.line.scalars)
        // Each issuer line's letters once: the whole was their concatenation, and each was
        // folded again for the comparison with the line (issue 17).
        let each = issuer.map { letters($0.line.scalars) }
        let whole = Array(each.joined())
        return key == whole || each.contains { $0 == key }
            || (issuer.count >= 2 && letters(issuer[issuer.count - 2].line.scalars + issuer[issuer.count - 1].line.scalars) == key)
    }

    /// The letters of a line in the old tone style, for comparing lines that differ in spacing.
    static func letters(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        DocumentTypes.fold(s.filter { Alphabet.isAlphabetic($0) }, upper: true)
    }

    /// `-----`, `___`, `* * *`, `———`: a rule (trailing spaces allowed).
    static func isRule(_ line: TokenizedLine) -> Bool {
        let s = line.line.scalars
        let marks = s.filter { $0 != " " }
        return marks.count >= 3 && marks.allSatisfy { "-_=–—*~".unicodeScalars.contains($0) }
    }

    /// Joins `seg` with the next line when it holds the rest of a wrapped phrase.
    func mergeWrapped(_ seg: TokenizedLine, role: HeaderRole, next: TokenizedLine) -> TokenizedLine? {
        switch role {
        case .nation(prefix: true), .party(prefix: true), .placeDate(wrapped: true), .subject: break
        default: return nil
        }
        let nextSegs = Parser.segments(of: next)
        guard nextSegs.count == 1, let n = nextSegs.first else { return nil }
        let fits: Bool
        switch role {
        case .subject:
            // `V/v chuẩn bị nội dung trình Hội nghị` / `Ban Chấp hành … lần thứ sáu`: a subject
            // cut by the column's width goes on in running case, unnumbered and unpunctuated
            // before, and is never another header part or the salutation (`Kính gửi:`).
            // Only a line the column's width cut (30 characters or more) goes on, and never
            // into a line that opens a title of its own (`Về …`).
            let last = seg.line.scalars.last
            fits = seg.line.scalars.count >= 30 && !n.matches(Phrases.về, at: 0)
                && last != "." && last != ";" && last != ":" && n.marker == nil && !n.isAllCaps
                && Parser.headerRole(of: n) == .other && !n.matches(Phrases.kínhGửi, at: 0)
                && n.line.scalars.count <= 90 && n.line.scalars.last != ":"
        case .nation(prefix: true):
            fits = Parser.matchesWords(n, ids: Parser.nationWordIDs.dropFirst(seg.tokens.count), at: 0)
        case .party(prefix: true):
            fits = Parser.matchesWords(n, ids: Parser.partyWordIDs.dropFirst(seg.tokens.count), at: 0)
                && n.tokens.count == Parser.partyWords.count - seg.tokens.count
        case .placeDate(wrapped: true):
            fits = n.matches(Phrases.tháng, at: 0) || n.matches(Phrases.năm, at: 0)
        default:
            fits = false
        }
        guard fits else { return nil }
        var joined = seg.line
        for piece in n.line.pieces { joined.append(piece.line) }
        return Lexer.tokenize(joined)
    }

    /// The role of one segment.
    static func headerRole(of seg: TokenizedLine) -> HeaderRole {
        let s = seg.line.scalars
        guard s.contains(where: { Alphabet.isAlphabetic($0) || $0.properties.numericType != nil }) else { return .noise }
        if matchesWords(seg, ids: nationWordIDs[...], at: 0) { return .nation(prefix: false) }
        if seg.tokens.count >= 3, seg.tokens.count < nationWords.count, seg.isAllCaps,
           matchesWords(seg, ids: nationWordIDs.prefix(seg.tokens.count), at: 0) { return .nation(prefix: true) }
        if seg.matches(Phrases.độcLập, at: 0), seg.find(Phrases.hạnhPhúc) != nil || seg.find(Phrases.tựDo) != nil { return .slogan }
        if matchesWords(seg, ids: partyWordIDs[...], at: 0), seg.tokens.count <= 6 { return .party(prefix: false) }
        if seg.tokens.count == 3, seg.isAllCaps, matchesWords(seg, ids: partyWordIDs.prefix(3), at: 0) { return .party(prefix: true) }
        if numberSymbol(in: seg) != nil { return .number }
        // The star under a Party issuer (Hướng dẫn 36-HD/VPTW) reads as a bullet when the
        // place-date of the other column follows it on the same line (`*⇥Đồng Nai, ngày …`).
        let unmarked = seg.marker == nil || seg.marker!.style == .bullet
        if unmarked, s.count <= 90, let d = seg.find(Phrases.ngày), d == 0 || seg.isPunct(d - 1, ",") {
            let hasMonth = seg.find(Phrases.tháng, from: d) != nil
            let hasYear = seg.find(Phrases.năm, from: d) != nil
            if hasMonth && hasYear { return .placeDate(wrapped: false) }
            if d > 0, seg.tokens.count - d <= 4 { return .placeDate(wrapped: true) }
        }
        if seg.matches(Phrases.vv, at: 0) { return .subject }
        var k = 0
        if seg.isPunct(0, "(") { k = 1 }
        if seg.matches(Phrases.kèmTheo, at: k) || seg.matches(Phrases.banHànhKèmTheo, at: k) { return .issuedWith }
        // `CÔNG VĂN ĐẾN` is the stamp, not the type name `CÔNG VĂN`.
        if seg.marker == nil, seg.tokens.count <= 4, seg.isAllCaps, stampWords.contains(Skeleton.of(s)) { return .stamp }
        if seg.marker == nil, s.last != ":", let (length, entry) = DocumentTypes.entry(at: s, caseSensitive: true) {
            return .type(length: length, codes: entry.codes)
        }
        if seg.marker == nil, seg.isAllCaps {
            if let found = unmarkedType(seg) { return found }
            return .caps
        }
        return .other
    }

    /// The words of a received-mail stamp, by their skeleton. Source: Nghị định 30/2020/NĐ-CP,
    /// Phụ lục IV (the *ĐẾN* stamp of incoming documents); offices print *CÔNG VĂN ĐẾN*
    /// (corpus 19, a scanned stamp of the Văn phòng Chính phủ).
    static let stampWords: Set<String> = ["den", "cong van den", "van ban den"]

    /// The first words of the fields of that stamp (`Số:`, `Ngày:`, `Giờ`, `Chuyển:`), by skeleton.
    static let stampFieldWords: Set<String> = ["so", "ngay", "gio", "chuyen", "luu"]

    /// `THONG TU`, `. QUYET DINH`: a type name of the list without any diacritics, the whole
    /// segment apart from OCR specks before it. A line with a single marked letter is not
    /// read this way: it printed its marks, and `DocumentTypes.entry` reads it.
    static func unmarkedType(_ seg: TokenizedLine) -> HeaderRole? {
        let s = seg.line.scalars
        guard !Skeleton.hasMarks(s) else { return nil }
        var k = 0
        while k < seg.tokens.count, seg.tokens[k].kind == .punct, TokenizedLine.ocrSpecks.contains(s[seg.tokens[k].range.lowerBound]) { k += 1 }
        guard k < seg.tokens.count, seg.tokens[k...].allSatisfy({ $0.kind == .word }) else { return nil }
        let words = seg.tokens[k...].map(\.lower).joined(separator: " ")
        guard let k = Parser.typeSkeletons.firstIndex(where: { $0 == words }) else { return nil }
        let entry = DocumentTypes.entries[k]
        return .unmarkedType(name: entry.name, codes: entry.codes)
    }

    /// The skeleton (`Skeleton.of`) of each type name of `DocumentTypes.entries`, in order,
    /// computed once per process: `unmarkedType` built them all for every segment it read
    /// (issue 17).
    static let typeSkeletons: [String] = DocumentTypes.entries.map { Skeleton.of($0.name.unicodeScalars) }

    /// True when the tokens from `i` are `words`, each token one of its alternatives.
    static func matchesWords(_ line: TokenizedLine, _ words: [[String]], at i: Int) -> Bool {
        guard !words.isEmpty, i + words.count <= line.tokens.count else { return false }
        for (k, w) in words.enumerated() where !w.contains(line.tokens[i + k].lower) { return false }
        return true
    }

    /// `matchesWords(line, words, at: i)` for `words` as interner IDs (`wordIDs`): a token's ID
    /// is that of its lower-cased text, and IDs are equal exactly when the bytes are (the text is
    /// NFC), so it is the same test without each token's String compared with each word.
    static func matchesWords(_ line: TokenizedLine, ids words: ArraySlice<[UInt32]>, at i: Int) -> Bool {
        guard !words.isEmpty, i + words.count <= line.tokens.count else { return false }
        var k = 0
        for w in words {
            guard w.contains(line.tokens[i + k].word) else { return false }
            k += 1
        }
        return true
    }

    /// `nationWords` and `partyWords` as interner IDs.
    static let nationWordIDs: [[UInt32]] = wordIDs(nationWords)
    static let partyWordIDs: [[UInt32]] = wordIDs(partyWords)

    static func wordIDs(_ words: [[String]]) -> [[UInt32]] {
        words.map { $0.map { WordInterner.shared.intern($0) } }
    }

    /// The number symbol of a number line: `Số 57-NQ/TW`, `Số: 249/2025/NĐ-CP`, blank
    /// `Số: /QĐ-UBND`, `Số     -CV/VPĐU`, `Nghị quyết số: 105/2025/UBTVQH15`. The symbol is
    /// the run of tokens after `Số` and its colon written without spaces, with `-` and `/`
    /// joining across spaces; it must have a `/` and letters. Returns its token range and
    /// text (Markdown escapes `\-` removed).
    static func numberSymbol(in line: TokenizedLine) -> (tokens: Range<Int>, text: String)? {
        guard line.marker == nil, line.tokens.contains(where: { sameBytes($0.lower, "số") }), line.line.scalars.contains("/") else { return nil }
        var s = 0
        if !line.matches(Phrases.số, at: 0) {
            guard let (length, _) = DocumentTypes.entry(at: line.line.scalars, caseSensitive: false),
                  let k = line.tokens.firstIndex(where: { $0.range.lowerBound >= length }), line.matches(Phrases.số, at: k) else { return nil }
            s = k
        }
        var k = s + 1
        while line.isPunct(k, ":") || line.isPunct(k, ".") { k += 1 }
        guard k < line.tokens.count else { return nil }
        let first = k
        func joiner(_ i: Int) -> Bool { line.isPunct(i, "-") || line.isPunct(i, "/") || line.isPunct(i, "\\") || line.isPunct(i, "–") }
        k += 1
        while k < line.tokens.count, !line.tokens[k].spaceBefore || joiner(k) || joiner(k - 1) {
            if line.tokens[k].kind == .punct, !joiner(k) { break }
            k += 1
        }
        let range = first..<k
        guard range.contains(where: { line.isPunct($0, "/") }), range.contains(where: { line.tokens[$0].kind == .word }),
              line.tokens[first].kind != .word else { return nil }
        var text = String.UnicodeScalarView()
        for c in line.line.scalars[line.tokens[first].range.lowerBound..<line.tokens[k - 1].range.upperBound] where c != "\\" && c != " " {
            text.append(c == "–" ? "-" : c)
        }
        return (range, String(text))
    }

    /// Cuts a header line where a header part begins inside it: the motto, the Party line,
    /// the slogan, the place-date after a number or an issuer (`Số: 249/2025/NĐ-CP Hà Nội,
    /// ngày …`). Markdown heading marks and table pipes around the line are dropped.
    static func segments(of line: TokenizedLine) -> [TokenizedLine] {
        guard let stripped = strip(line) else { return [line] }
        var cuts: [Int] = []
        let t = stripped
        let nationStart = nationWordIDs.prefix(4), party = partyWordIDs[...]
        // The words a cut begins at, and `hạnh phúc`, as interner IDs read once: the test of
        // every token compared its `lower` String with each word's bytes (issue 17).
        let openers = WordIDs.segmentOpeners, hạnh = WordIDs.hạnh, phúc = WordIDs.phúc
        for i in 1..<max(1, t.tokens.count) where t.tokens[i].spaceBefore {
            // Every cut begins at one of these tokens.
            if !openers.contains(t.tokens[i].word) {
                if i < 2 || t.tokens[i - 1].word != phúc || t.tokens[i - 2].word != hạnh { continue }
            }
            if matchesWords(t, ids: nationStart, at: i) && t.isAllCaps && !startsWithType(t) { cuts.append(i); continue }
            if t.matches(Phrases.độcLập, at: i), t.find(Phrases.hạnhPhúc, from: i) != nil { cuts.append(i); continue }
            // After the slogan; before a number or a subject (lines the layout joined).
            if i >= 2, t.matches(Phrases.hạnhPhúc, at: i - 2), t.find(Phrases.độcLập).map({ $0 < i - 2 }) ?? false { cuts.append(i); continue }
            if t.text(i) == "Số", let rest = sub(t, i..<t.tokens.count), numberSymbol(in: rest) != nil { cuts.append(i); continue }
            if t.matches(Phrases.vv, at: i) { cuts.append(i); continue }
            // A Markdown heading the layout joined to the line before (`# THÔNG BÁO ## Kết luận …`).
            if t.isPunct(i, "#"), !t.isPunct(i - 1, "#") { cuts.append(i); continue }
            if t.isPunct(i, "("), t.matches(Phrases.kèmTheo, at: i + 1) || t.matches(Phrases.banHànhKèmTheo, at: i + 1) {
                cuts.append(i)
                continue
            }
            if matchesWords(t, ids: party, at: i), t.tokens.count == i + party.count || cuts.contains(i + party.count),
               t.isAllCaps, !startsWithType(t) { cuts.append(i); continue }
        }
        // A place-date after a number or after capitals (an issuer line).
        if let d = t.find(Phrases.ngày), d >= 2, t.isPunct(d - 1, ",") {
            var j = d - 1
            while j >= 1, t.tokens[j - 1].kind == .word, !isCapsWord(t, j - 1) { j -= 1 }
            if j >= 2, t.isPunct(j - 1, "."), isPlacePrefix(t, j - 2) { j -= 2 }
            let placeStart = j
            let before = cuts.last(where: { $0 < placeStart }) ?? 0
            if placeStart > before, placeStart <= d - 1 {
                let head = sub(t, before..<placeStart)
                let role = head.map(headerRole) ?? .other
                if [.number, .caps, .slogan, .nation(prefix: false), .subject].contains(role) { cuts.append(placeStart) }
            }
        }
        // A number followed by something else on the same line.
        if let sym = numberSymbol(in: t), sym.tokens.upperBound < t.tokens.count, !cuts.contains(sym.tokens.upperBound) {
            cuts.append(sym.tokens.upperBound)
        }
        cuts = Array(Set(cuts)).sorted()
        guard !cuts.isEmpty else { return [t] }
        var result: [TokenizedLine] = []
        var from = 0
        for c in cuts + [t.tokens.count] where c > from {
            if let piece = sub(t, from..<c), let clean = strip(piece) { result.append(clean) }
            from = c
        }
        return result.isEmpty ? [t] : result
    }

    /// An all-capitals word of at least two letters (`CP`, `UBND`, `AN`).
    static func isCapsWord(_ t: TokenizedLine, _ i: Int) -> Bool {
        let s = t.line.scalars[t.tokens[i].range]
        return s.count >= 2 && s.allSatisfy { !Alphabet.isLowercase($0) }
    }

    /// `TP.` before a place name (`TP. Hồ Chí Minh, ngày …`).
    static func isPlacePrefix(_ t: TokenizedLine, _ i: Int) -> Bool {
        i >= 0 && i < t.tokens.count && t.tokens[i].lower == "tp" && t.isPunct(i + 1, ".")
    }

    static func startsWithType(_ t: TokenizedLine) -> Bool {
        DocumentTypes.entry(at: t.line.scalars, caseSensitive: true) != nil
    }

    /// Tokens `range` of `t` as a line of their own (spans still map to the file).
    static func sub(_ t: TokenizedLine, _ range: Range<Int>) -> TokenizedLine? {
        guard !range.isEmpty else { return nil }
        let lo = t.tokens[range.lowerBound].range.lowerBound
        let hi = t.tokens[range.upperBound - 1].range.upperBound
        guard let line = LogicalLine.slice(of: t.line, lo..<hi) else { return nil }
        return Lexer.tokenize(line)
    }

    /// The line without Markdown heading marks, quote marks and table pipes around it
    /// (`# CHÍNH PHỦ`, `| Số: 12/QĐ-UBND |`); nil when there are none.
    static func strip(_ line: TokenizedLine) -> TokenizedLine? {
        let s = line.line.scalars
        var lo = 0, hi = s.count
        // A rule the layout joined to the line after it (`--------------- Số: 12/QĐ-UBND`).
        var rule = 0
        while rule < hi, "-_=–—".unicodeScalars.contains(s[rule]) { rule += 1 }
        if rule >= 3, rule < hi, s[rule] == " " { lo = rule }
        while lo < hi, "#|> ".unicodeScalars.contains(s[lo]) { lo += 1 }
        while hi > lo, "#| ".unicodeScalars.contains(s[hi - 1]) { hi -= 1 }
        if lo == 0 && hi == s.count { return line }
        guard lo < hi, let sliced = LogicalLine.slice(of: line.line, lo..<hi) else { return line }
        return Lexer.tokenize(sliced)
    }
}

extension LogicalLine {
    /// The part of `line` between logical offsets `range`, with its source mapping.
    static func slice(of line: LogicalLine, _ range: Range<Int>) -> LogicalLine? {
        var result: LogicalLine? = nil
        for piece in line.pieces {
            let count = piece.line.scalars.count
            let lo = max(range.lowerBound, piece.offset), hi = min(range.upperBound, piece.offset + count)
            guard lo < hi else { continue }
            let clean = piece.line.dropping(first: lo - piece.offset).keeping(first: hi - lo)
            if result == nil { result = LogicalLine(clean) } else { result!.append(clean) }
        }
        return result
    }
}

extension CleanLine {
    /// The line's first `count` cleaned scalars, still mapped to the original.
    func keeping(first count: Int) -> CleanLine {
        guard count < scalars.count else { return self }
        var copy = self
        copy.scalars = Array(scalars[..<count])
        copy.anchors = anchors.filter { $0.offset < count }
        if copy.anchors.isEmpty { copy.anchors = [(0, column(at: 0))] }
        copy.widths = widths.filter { $0.key < count }
        copy.endColumn = count > 0 ? columnEnd(at: count - 1) : column(at: 0)
        return copy
    }
}
