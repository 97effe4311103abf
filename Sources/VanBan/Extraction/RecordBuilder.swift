/// Builds the record of DESIGN.md "Output contract" from the parse tree.
///
/// Walks the tree with its scope — the year of the enclosing year group, meeting
/// or month, the body group, the section — so that a period without a year can
/// inherit it and every meeting and month knows where it stands.
public struct RecordBuilder {
    struct Scope {
        var year: Int?
        var group: String?
        var section: String?
        var inTargets = false
    }

    var record: DocumentRecord
    /// Item texts, built when a meeting or month lists its items, read again as the titles of
    /// the same lines' section nodes (each was built twice: issue 17); also the headings of
    /// meetings and sessions and the texts of targets, one String shared with the node's title.
    let bodies = BodyTexts()
    /// Canonical agency names of this record, each computed once.
    let names = AgencyNames.Cache()

    /// `TokenizedLine.body` by line, built once. A line is known by its scalars' storage (the
    /// parse tree holds every line while the record is built, so no two live lines share it
    /// unless one is a copy of the other) and its body's offset and length.
    final class BodyTexts {
        struct Key: Hashable {
            let storage: UInt
            let offset: Int
            let count: Int
        }
        private var texts: [Key: String] = [:]

        func body(of line: TokenizedLine) -> String {
            let key = line.line.scalars.withUnsafeBufferPointer {
                Key(storage: UInt(bitPattern: $0.baseAddress), offset: line.bodyOffset, count: $0.count)
            }
            if let text = texts[key] { return text }
            let text = line.body
            texts[key] = text
            return text
        }

        func cached(_ line: TokenizedLine) -> String? {
            // Most documents list no items: every node's title asked, and hashed its key, here.
            guard !texts.isEmpty else { return nil }
            return texts[line.line.scalars.withUnsafeBufferPointer {
                Key(storage: UInt(bitPattern: $0.baseAddress), offset: line.bodyOffset, count: $0.count)
            }]
        }
    }

    /// Builds the record of a parsed document.
    public static func build(_ parsed: ParsedDocument, source: SourceText, layout: LayoutRecovery.Result) -> DocumentRecord {
        let header = HeaderExtractor.extract(parsed.header, intro: parsed.intro, bases: parsed.bases)
        let info = SourceInfo(name: source.name, lineCount: source.lineCount,
                              layout: layout.isWrappedDump ? "wrapped" : "paragraphs", pageNumberLines: layout.pageNumberLines,
                              encoding: source.encoding)
        var builder = RecordBuilder(record: DocumentRecord(source: info, header: header))
        builder.record.front = parsed.front.map(paragraph)
        builder.record.bases = parsed.bases.map(basis)
        builder.record.intro = parsed.intro.map(paragraph)
        let scope = Scope(year: documentYear(header))
        builder.record.sections = builder.walk(parsed.body, scope: scope)
        builder.record.closing = parsed.closing.map(paragraph)
        builder.record.recipients = parsed.recipients.map(recipient)
        builder.record.signatures = parsed.signatures.compactMap { signature($0.lines) }
        builder.record.signature = builder.record.signatures.first
        builder.record.appendices = parsed.appendices.map(TableBuilder.build)
        builder.record.attachments = parsed.attachments.map { build($0, source: source, layout: layout) }
        return builder.record
    }

    /// The year a whole document is about: the only year its title names (`… năm 2026`).
    static func documentYear(_ header: Header) -> Int? {
        guard let title = header.title else { return nil }
        let line = Lexer.tokenize(LogicalLine(CleanLine(source: SourceText(name: "", text: title), index: 0)))
        // The periods once (they were extracted twice).
        let periods = PeriodExtractor(line: line, scopeYear: nil).extract()
        let years = Set(periods.filter { $0.kind == "year" }.compactMap(\.year))
        let ranges = periods.filter { $0.kind == "range" }
        return years.count == 1 && ranges.isEmpty ? years.first : nil
    }

    /// `inTargets`: the parent announced targets ("1. Mục tiêu: … Một số chỉ tiêu cụ thể:").
    mutating func walk(_ nodes: [Node], scope: Scope, inTargets parentAnnounced: Bool = false) -> [SectionNode] {
        var result: [SectionNode] = []
        var inTargets = parentAnnounced
        // "Phấn đấu đến năm 2030:" — an unnumbered line declaring the targets listed after it.
        var siblingsDeclared = false
        for (k, node) in nodes.enumerated() {
            // Between two dash entries of an announced list of targets, the one before read as a target.
            let betweenListTargets = inTargets && result.last.map { $0.kind == "target" && $0.numbering?.style == .dash } ?? false
                && k + 1 < nodes.count && nodes[k + 1].kind == .item && nodes[k + 1].line.marker?.style == .dash
            var lostDash = false
            var inner = scope
            var kind = node.kind.rawValue
            // Under a heading that declares targets (Chỉ tiêu, Mục tiêu cụ thể, Phấn đấu đến năm …),
            // any numbered line with a measurable value is a target.
            if !scope.inTargets, node.kind != .item, node.kind != .paragraph, node.kind != .quote,
               Self.declaresTargets(node) {
                inner.inTargets = true
            }
            if siblingsDeclared, node.kind == .item { inner.inTargets = true }
            let scope = siblingsDeclared && node.kind == .item ? inner : scope
            switch node.kind {
            case .yearGroup:
                inner.year = node.line.int(1) ?? scope.year
            case .bodyGroup:
                inner.group = node.line.line.text
            case .part, .section, .chapter:
                inner.section = node.legal.map { "\($0.label) \(Self.title(of: node))" } ?? node.line.line.text
            case .article, .quote, .row:
                break
            case .session:
                let session = self.session(node, scope: scope)
                inner.year = session.period?.year ?? scope.year
                record.meetings.append(session)
            case .clause, .point:
                if scope.inTargets, let target = declaredTarget(node.line, section: scope.section) {
                    record.targets.append(target)
                    kind = "target"
                }
            case .meeting:
                let meeting = self.meeting(node, scope: scope)
                inner.year = meeting.period?.year ?? scope.year
                record.meetings.append(meeting)
            case .month:
                let plan = monthlyPlan(node, scope: scope)
                inner.year = plan.period.year ?? scope.year
                record.monthlyPlans.append(plan)
            case .paragraph, .subsection:
                noteEvent(node.line, scope: scope)
                if node.kind == .paragraph, betweenListTargets, Self.isLostDashEntry(node.line) {
                    lostDash = true
                    // `Hạ tầng công nghệ số …` between `- …` targets: an entry whose dash a
                    // page break or the conversion lost.
                    record.targets.append(Target(label: nil, section: scope.section, text: bodies.body(of: node.line),
                                                 values: TargetExtractor.values(in: node.line), span: node.line.line.span))
                    kind = "target"
                } else if let target = inlineTarget(node.line, section: scope.section) {
                    record.targets.append(target)
                    kind = "target"
                } else if scope.inTargets, node.line.marker != nil, let target = declaredTarget(node.line, section: scope.section) {
                    record.targets.append(target)
                    kind = "target"
                }
            case .item:
                if inTargets, let m = node.line.marker, m.style == .parenthesized || m.style == .dash {
                    record.targets.append(Target(label: m.style == .parenthesized ? String(m.values[0]) : nil, section: scope.section,
                                                 text: bodies.body(of: node.line), values: TargetExtractor.values(in: node.line), span: node.line.line.span))
                    kind = "target"
                } else if scope.inTargets, let target = declaredTarget(node.line, section: scope.section) {
                    record.targets.append(target)
                    kind = "target"
                }
            }
            // "Một số chỉ tiêu cụ thể:" opens a list of targets among its siblings.
            if node.kind != .item, !lostDash {
                inTargets = Self.introducesTargets(node.line)
                siblingsDeclared = node.kind == .paragraph && node.line.line.scalars.last == ":"
                    && TargetHeadings.declares(node.line, from: node.line.bodyStart)
            }
            var numbering = node.line.marker.map { Numbering(style: $0.style, label: $0.label, values: $0.values) }
            if let legal = node.legal { numbering = Numbering(style: legal.style, label: legal.label, values: [legal.value]) }
            var span = node.line.line.span
            if let t = node.titleLine { span = span.union(t.line.span) }
            var cells: [String]? = nil
            var header: Bool? = nil
            if node.kind == .row {
                let s = node.line.line.scalars
                let row = TableBuilder.pipeCellRanges(s).map { TableBuilder.cleanCell(scalars: s[$0]) }
                cells = row
                // The first row of a table whose next row opens with an index (`1`, `I`).
                let previousIsRow = k > 0 && nodes[k - 1].kind == .row
                if !previousIsRow, k + 1 < nodes.count, nodes[k + 1].kind == .row, let first = row.first,
                   !TableBuilder.isIndex(first), !TableBuilder.isGroupIndex(first),
                   let next = TableBuilder.pipeCellRanges(nodes[k + 1].line.line.scalars).first.map({ TableBuilder.cleanCell(scalars: nodes[k + 1].line.line.scalars[$0]) }),
                   TableBuilder.isIndex(next) || TableBuilder.isGroupIndex(next) {
                    header = true
                }
            }
            let title = node.kind != .row && node.legal == nil ? bodies.cached(node.line) ?? node.line.body : Self.title(of: node)
            result.append(SectionNode(kind: kind, numbering: numbering, title: title, span: span,
                                      children: walk(node.children, scope: inner,
                                                     inTargets: node.kind != .item && (Self.introducesTargets(node.line)
                                                        || (inner.inTargets && Self.isHorizonHeading(node)))),
                                      cells: cells, header: header))
        }
        return result
    }

    /// A node's title: the text after its marker; for a legal heading the text after its
    /// number, or its next line (`Chương I` / `QUY ĐỊNH CHUNG`); a pipe row's cells.
    static func title(of node: Node) -> String {
        if node.kind == .row {
            let s = node.line.line.scalars
            return TableBuilder.pipeCellRanges(s).map { LineShape.trimmedCell(s[$0]) }.joined(separator: " | ")
        }
        guard let legal = node.legal else { return node.line.body }
        let s = node.line.line.scalars
        let own = legal.titleOffset < s.count ? String(scalars: s[legal.titleOffset...]) : ""
        return own.isEmpty ? node.titleLine?.line.text ?? "" : own
    }

    /// A heading whose title declares targets (`TargetHeadings`).
    static func declaresTargets(_ node: Node) -> Bool {
        if let t = node.titleLine { return TargetHeadings.declares(t, from: 0) }
        let line = node.line
        if let legal = node.legal {
            guard let start = line.tokens.firstIndex(where: { $0.range.lowerBound >= legal.titleOffset }) else { return false }
            return TargetHeadings.declares(line, from: start)
        }
        return TargetHeadings.declares(line, from: line.bodyStart)
    }

    /// A numbered line under a target heading that states a measurable value.
    func declaredTarget(_ line: TokenizedLine, section: String?) -> Target? {
        let values = TargetExtractor.values(in: line).filter { $0.unit != nil }
        guard !values.isEmpty else { return nil }
        let label = line.marker.flatMap { m in m.style == .parenthesized || m.style == .arabic ? String(m.values[0]) : nil }
        return Target(label: label, section: section, text: bodies.body(of: line), values: values, span: line.line.span)
    }

    /// session := … "Kỳ họp thứ" ORDINAL (","? BODY)? "(" period ")"
    func session(_ node: Node, scope: Scope) -> Meeting {
        let line = node.line
        let at = (line.sessionWordsIndex ?? line.bodyStart) + 3
        let ordinal = line.ordinal(at: at)
        let raw = ordinal.map { line.text(from: line.tokens[at].range.lowerBound, to: line.tokens[at + $0.count - 1].range.upperBound) }
        // The body: the words after the ordinal up to the dating parenthesis ("Quốc hội khóa XVI").
        var body: String? = nil
        var i = at + (ordinal?.count ?? 0)
        while i < line.tokens.count, line.tokens[i].kind == .punct, !line.isPunct(i, "(") { i += 1 }
        if i < line.tokens.count, !line.isPunct(i, "(") {
            var end = i
            while end + 1 < line.tokens.count, !line.isPunct(end + 1, "("), !line.isPunct(end + 1, ":") { end += 1 }
            while end > i, line.tokens[end].kind == .punct { end -= 1 }
            if end - i < 8 { body = line.text(from: line.tokens[i].range.lowerBound, to: line.tokens[end].range.upperBound) }
        }
        let periods = PeriodExtractor(line: line, scopeYear: scope.year).extract()
        let month = periods.first { $0.kind == "month" }
        let period = month.map { MonthRef(year: $0.year, month: $0.month, inferred: $0.inferred) }
        var meeting = Meeting(session: ordinal?.value, sessionRaw: raw, extended: false, period: period, body: body,
                              group: scope.group, heading: bodies.body(of: line), items: items(under: node, year: period?.year ?? scope.year),
                              span: line.line.span)
        meeting.kind = "session"
        return meeting
    }

    /// `Thời gian: ½ ngày, dự kiến ngày 14/01/2026`, `Địa điểm: Tại Nhà Văn hóa …` — the
    /// first such lines of the body state when and where a plan's event happens.
    mutating func noteEvent(_ line: TokenizedLine, scope: Scope) {
        let isTime = line.matches(Phrases.thờiGian, at: line.bodyStart) && line.isPunct(line.bodyStart + 2, ":")
        let isPlace = line.matches(Phrases.địaĐiểm, at: line.bodyStart) && line.isPunct(line.bodyStart + 2, ":")
        guard isTime || isPlace, line.bodyStart + 3 < line.tokens.count else { return }
        let text = line.text(from: line.tokens[line.bodyStart + 3].range.lowerBound, to: line.line.scalars.count)
        var event = record.event ?? Event(time: nil, date: nil, place: nil, span: line.line.span)
        if isTime, event.time == nil {
            event.time = text
            event.date = PeriodExtractor(line: line, scopeYear: scope.year).extract().first { $0.kind == "day" }
            event.span = line.line.span
        } else if isPlace, event.place == nil {
            event.place = text
        }
        record.event = event
    }

    /// `1. Đến năm 2030`, `a) Phấn đấu đến năm 2030:`: a numbered heading, under a heading that
    /// declares targets (`II- MỤC TIÊU`), that names only the horizon of the targets listed
    /// under it; each of its dash or parenthesised entries is a target, measurable or not.
    static func isHorizonHeading(_ node: Node) -> Bool {
        let line = node.line
        guard node.kind != .item, node.kind != .paragraph, line.marker != nil else { return false }
        var i = line.bodyStart
        if line.matches(Phrases.phấnĐấu, at: i) || line.matches(Phrases.mụcTiêu, at: i) { i += 2 }
        guard line.matches(Phrases.đếnNăm, at: i), let y = line.int(i + 2), (1900...2200).contains(y) else { return false }
        // Nothing after the year but a colon.
        return line.tokens.count <= i + 3 || (line.tokens.count == i + 4 && line.isPunct(i + 3, ":"))
    }

    /// A paragraph that reads as a list entry: a capital first letter, a `;` or `.` at the end.
    static func isLostDashEntry(_ line: TokenizedLine) -> Bool {
        guard let f = line.line.scalars.first, Alphabet.isUppercase(f), let l = line.line.scalars.last else { return false }
        return l == ";" || l == "."
    }

    /// `Một số chỉ tiêu cụ thể:` — a line that announces targets.
    static func introducesTargets(_ line: TokenizedLine) -> Bool {
        // The colon first: the word search ran over every line of the body, twice (issue 17).
        line.line.scalars.last == ":" && line.find(Phrases.chỉTiêu) != nil
    }

    /// `Chỉ tiêu cụ thể: Hằng năm, … đạt 100% …` — a target stated in one paragraph.
    func inlineTarget(_ line: TokenizedLine, section: String?) -> Target? {
        guard line.matches(Phrases.chỉTiêu, at: line.bodyStart) || line.matches(Phrases.chỉTiêuCụThể, at: line.bodyStart + 2),
              let colon = line.tokens.firstIndex(where: { $0.kind == .punct && line.line.scalars[$0.range.lowerBound] == ":" }),
              colon + 1 < line.tokens.count else { return nil }
        let values = TargetExtractor.values(in: line)
        guard !values.isEmpty else { return nil }
        let text = line.text(from: line.tokens[colon + 1].range.lowerBound, to: line.line.scalars.count)
        return Target(label: nil, section: section, text: text, values: values, span: line.line.span)
    }

    /// Every item below `node`, depth first.
    func items(under node: Node, year: Int?) -> [Item] {
        var result: [Item] = []
        for child in node.children {
            if child.kind == .item || child.kind == .point, !Self.isPreparersNote(child.line) { result.append(item(child.line, year: year)) }
            result.append(contentsOf: items(under: child, year: year))
        }
        return result
    }

    func item(_ line: TokenizedLine, year: Int?) -> Item {
        let conditional = Self.isConditional(line)
        return Item(marker: line.marker?.label, text: bodies.body(of: line), preparers: PreparerExtractor.extract(from: line, names: names),
                    conditional: conditional, periods: PeriodExtractor(line: line, scopeYear: year).extract(),
                    references: ReferenceExtractor.extract(from: line), span: line.line.span)
    }

    /// `(nếu có)`: the first `nếu có` of the line follows an opening parenthesis. As
    /// `line.find(Phrases.nếuCó)`, with the words compared only at a word of three scalars
    /// (`nếu`; `lower` maps scalar by scalar): the comparison at every token, with the
    /// reference counting of its String, was a tenth of an item's cost (issue 17).
    static func isConditional(_ line: TokenizedLine) -> Bool {
        let t = line.tokens
        // The phrase read once and its first word compared by ID at each token (the phrase's
        // static was read, and its IDs retained, at every token: issue 17).
        let phrase = Phrases.nếuCó
        let first = phrase.ids[0]
        var i = 0
        while i + 1 < t.count {
            if t[i].word == first, line.matches(phrase, at: i) { return i > 0 && line.isPunct(i - 1, "(") }
            i += 1
        }
        return false
    }

    /// meeting := "Hội nghị" body "lần thứ" N qualifiers "(" period ")" item*
    func meeting(_ node: Node, scope: Scope) -> Meeting {
        let line = node.line
        let at = line.find(Phrases.lầnThứ, from: line.bodyStart) ?? line.tokens.count
        var sessionRaw: String? = nil
        var session: Int? = nil
        if at + 2 < line.tokens.count {
            let raw = line.text(at + 2)
            sessionRaw = raw
            session = Int(raw) ?? RomanNumeral.value(of: raw.uppercased()) ?? Self.ordinals[raw.lowercased()]
        }
        var body: String? = nil
        if at > line.bodyStart + 2 {
            body = line.text(from: line.tokens[line.bodyStart + 2].range.lowerBound, to: line.tokens[at - 1].range.upperBound)
        }
        let extended = line.find(Phrases.mởRộng) != nil
        let periods = PeriodExtractor(line: line, scopeYear: scope.year).extract()
        let month = periods.last { $0.kind == "month" }
        let period = month.map { MonthRef(year: $0.year, month: $0.month, inferred: $0.inferred) }
        let year = period?.year ?? scope.year
        return Meeting(session: session, sessionRaw: sessionRaw, extended: extended, period: period, body: body,
                       group: scope.group, heading: bodies.body(of: line), items: items(under: node, year: year), span: line.line.span)
    }

    /// Ordinal words after *lần thứ*.
    static let ordinals: [String: Int] = [
        "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    ]

    /// month := "Tháng" MONTH ("/" YEAR)? item* preparers-note?
    func monthlyPlan(_ node: Node, scope: Scope) -> MonthlyPlan {
        let line = node.line
        let month = line.int(line.bodyStart + 1)
        var year: Int? = nil
        if line.isPunct(line.bodyStart + 2, "/") || line.matches(Phrases.năm, at: line.bodyStart + 2) { year = line.int(line.bodyStart + 3) }
        let period = MonthRef(year: year ?? scope.year, month: month, inferred: year == nil && scope.year != nil)
        var preparers: [Preparer] = []
        for child in node.children where child.kind == .item && Self.isPreparersNote(child.line) {
            preparers.append(contentsOf: notePreparers(child.line))
        }
        var planItems = items(under: node, year: period.year)
        let inherited = preparers.map { var p = $0; p.fromMonthNote = true; return p }
        for k in planItems.indices where planItems[k].preparers.isEmpty { planItems[k].preparers = inherited }
        return MonthlyPlan(period: period, body: scope.group, items: planItems, preparers: preparers, span: line.line.span)
    }

    /// `* Cơ quan chuẩn bị, phối hợp: …` — a month's preparers, not an item.
    static func isPreparersNote(_ line: TokenizedLine) -> Bool {
        line.matches(Phrases.cơQuanChuẩnBị, at: line.bodyStart)
    }

    func notePreparers(_ line: TokenizedLine) -> [Preparer] {
        guard let colon = line.tokens.firstIndex(where: { $0.kind == .punct && line.line.scalars[$0.range.lowerBound] == ":" }) else { return [] }
        var end = line.tokens.count
        while end > colon + 1, line.tokens[end - 1].kind == .punct { end -= 1 }
        return PreparerExtractor.parts(line, colon + 1..<end).map { part in
            let name = PreparerExtractor.text(line, part)
            return Preparer(name: name, canonical: names.canonical(name), role: nil)
        }
    }

    static func basis(_ line: TokenizedLine) -> Basis {
        let start = line.tokens.count > line.bodyStart + 2 ? line.tokens[line.bodyStart + 2].range.lowerBound : line.line.scalars.count
        return Basis(text: line.text(from: start, to: line.line.scalars.count), references: ReferenceExtractor.extract(from: line),
                     span: line.line.span)
    }

    static func paragraph(_ line: TokenizedLine) -> Paragraph {
        Paragraph(text: line.line.text, span: line.line.span)
    }

    /// `- Thường trực Thành ủy (để báo cáo),` → name and purpose.
    static func recipient(_ line: TokenizedLine) -> Recipient {
        let body = line.line.scalars[line.bodyOffset...]
        if body.allSatisfy(\.isPlain) { return plainRecipient(line, body) }
        var text = Substring(line.body)
        if Parser.opensWithOCRDash(line) { text = text.dropFirst(2) }
        while let l = text.last, l == "," || l == "." || l == ";" || l == " " { text = text.dropLast() }
        var purpose: String? = nil
        // (để báo cáo), "để báo cáo", để b/c
        if let r = lastPurposeWord(in: text) {
            var name = text[..<r.lowerBound]
            var p = text[r.lowerBound...]
            while let l = p.last, l == ")" || l == "\"" || l == "”" { p = p.dropLast() }
            while let l = name.last, l == "(" || l == "\"" || l == "“" || l == " " || l == "," { name = name.dropLast() }
            if p.count <= 20 { purpose = String(p); text = name }
        }
        return Recipient(name: String(text), purpose: purpose, span: line.line.span)
    }

    /// `recipient` of a body of plain scalars (`Unicode.Scalar.isPlain`: one scalar a Character),
    /// read on the scalars: the same trimming, the same last `để `, the same Character counts,
    /// and each String built once from the line (the Substring walks by Character were most of
    /// this: issue 17).
    static func plainRecipient(_ line: TokenizedLine, _ body: ArraySlice<Unicode.Scalar>) -> Recipient {
        var text = body
        if Parser.opensWithOCRDash(line) { text = text.dropFirst(2) }
        while let l = text.last, l == "," || l == "." || l == ";" || l == " " { text = text.dropLast() }
        var purpose: String? = nil
        if let at = lastPurposeIndex(in: text) {
            var name = text[..<at]
            var p = text[at...]
            while let l = p.last, l == ")" || l == "\"" || l == "”" { p = p.dropLast() }
            while let l = name.last, l == "(" || l == "\"" || l == "“" || l == " " || l == "," { name = name.dropLast() }
            if p.count <= 20 { purpose = String(scalars: p); text = name }
        }
        return Recipient(name: String(scalars: text), purpose: purpose, span: line.line.span)
    }

    /// Where the last `để ` in `text` starts.
    static func lastPurposeIndex(in u: ArraySlice<Unicode.Scalar>) -> Int? {
        var i = u.endIndex
        while i > u.startIndex {
            i -= 1
            guard u[i] == "đ", i + 2 < u.endIndex, u[i + 1] == "ể", u[i + 2] == " " else { continue }
            return i
        }
        return nil
    }

    /// The last `để ` in `text`. Text of plain scalars (`Unicode.Scalar.isPlain`) is NFC with
    /// one scalar a Character, so the scalars are compared directly; anything else (a combining
    /// mark, another script) is searched by Foundation as before (its search was a tenth of
    /// the record builder: issue 17).
    static func lastPurposeWord(in text: Substring) -> Range<String.Index>? {
        let u = text.unicodeScalars
        guard u.allSatisfy(\.isPlain) else { return text.range(of: "để ", options: .backwards) }
        var i = u.endIndex
        while i > u.startIndex {
            i = u.index(before: i)
            guard u[i] == "đ" else { continue }
            let e = u.index(after: i)
            guard e < u.endIndex, u[e] == "ể" else { continue }
            let space = u.index(after: e)
            guard space < u.endIndex, u[space] == " " else { continue }
            return i..<u.index(after: space)
        }
        return nil
    }

    /// signature := AUTHORITY BODY / DELEGATION? / POSITION / MARK? / NAME
    ///
    /// `TM. ỦY BAN NHÂN` / `DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / `(Đã ký)` / `Trần Văn Quân`:
    /// the body signed for may wrap; a second signing form is the delegation; the
    /// capitals after it are the position.
    static func signature(_ lines: [TokenizedLine]) -> Signature? {
        guard let first = lines.first, let last = lines.last else { return nil }
        var signature = Signature(span: first.line.span.union(last.line.span))
        var caps: [TokenizedLine] = []
        for line in lines {
            switch Parser.signatureRole(line) {
            case .mark: signature.mark = line.line.text
            case .name: signature.signer = line.line.text
            case .form, .caps: caps.append(line)
            case .other: if !line.isAllCaps { signature.signer = line.line.text }
            }
        }
        // `Thượng tướng Nguyễn Văn A`: the rank stands apart from the name.
        if let name = signature.signer, let line = lines.last(where: { $0.line.text == name }),
           let rank = Signing.ranks.first(where: { line.matches($0, at: 0) }), line.tokens.count > rank.count {
            let start = line.tokens[rank.count].range.lowerBound
            signature.rank = line.text(from: 0, to: line.tokens[rank.count - 1].range.upperBound)
            signature.signer = line.text(from: start, to: line.line.scalars.count)
        }
        if let f = caps.first, f.isAuthorityLine {
            let s = f.line.scalars
            let form = Signing.forms.first { s.starts(with: $0.unicodeScalars) }
                ?? String(scalars: s.prefix { $0 != " " })
            signature.authority = form
            var body = String(scalars: s[min(s.count, form.unicodeScalars.count)...]).trimmingSpaces
            caps.removeFirst()
            // The body's wrapped rest: capitals before a second form or a position.
            while let next = caps.first, !next.isAuthorityLine, caps.count > 1,
                  !Parser.startsPosition(next, at: 0) {
                body += " " + next.line.text
                caps.removeFirst()
            }
            signature.body = body.isEmpty ? nil : body
            if let d = caps.first, d.isAuthorityLine, caps.count > 1 {
                signature.delegation = d.line.text
                caps.removeFirst()
            }
        }
        if !caps.isEmpty { signature.position = caps.map(\.line.text).joined(separator: " ") }
        return signature
    }
}

extension Signature {
    init(span: SourceSpan) { self.init(authority: nil, body: nil, position: nil, signer: nil, span: span) }
}
