import Foundation
import Synchronization

/// What the rules see: the parsed document, every logical line with its tokens and
/// the innermost period it belongs to (RULES.md "Scope"), and the document's date and term.
public struct LintDocument: Sendable {
    /// Where a line stands in the document.
    public enum Role: Sendable, Equatable {
        case header, basis, intro, body, closing, recipient, signature, appendix
    }

    /// The innermost period a body line belongs to.
    public struct Scope: Sendable, Equatable {
        /// Year of the year group, meeting or month block (or the document's own year).
        public var year: Int?
        /// Month of the meeting or month block.
        public var month: Int?
        /// Index in `record.meetings` of the meeting the line is in (or heads).
        public var meeting: Int?
        /// Index in `record.monthlyPlans` of the month block the line is in (or heads).
        public var plan: Int?
        /// True when `year` comes from a year group, meeting or month, not the document.
        public var isExplicit = false
    }

    /// A logical line with what the rules need to know about it.
    public struct Line: Sendable {
        /// The tokens.
        public var tokens: TokenizedLine
        /// Header, body, appendix …
        public var role: Role
        /// What the parser made of a body line.
        public var kind: NodeKind?
        /// Its scope.
        public var scope: Scope
        /// Periods mentioned, years inherited from the scope, with the tokens they take.
        public var periods: [(period: Period, tokens: Range<Int>)]
    }

    /// The pipeline's output.
    public let result: VanBan.Result
    /// Every logical line, in document order.
    public let lines: [Line]
    /// Index in `lines` of each meeting's heading, parallel to `record.meetings`.
    public let meetingLines: [Int]
    /// Index in `lines` of each month heading, parallel to `record.monthlyPlans`.
    public let planLines: [Int]
    /// The year the document is dated or, failing that, the year its title is about.
    public let year: Int?
    /// The one year the title is about (`RecordBuilder.documentYear(record.header)`), read
    /// once here for the rules that ask (it scans the header's lines).
    public let titleYear: Int?
    /// The lines text rules read (see `textLines(_:_:)`).
    public let textLines: [TokenizedLine]
    /// For each of `textLines`, each token's text in lower case and the old tone style
    /// (`foldKey`); empty for numbers and punctuation. Built on first use, from `ids` (a
    /// String per token that most rules no longer read: prefer `words.folded`).
    public var keys: [[String]] {
        Self.fill(derived.keys) { Self.keys(textLines, ids, words) }
    }
    /// What is built on first use (a class, so that a `let` document can fill it).
    let derived = Derived()
    /// Every distinct token text of `textLines`, numbered (see `WordTable`).
    public let words: WordTable
    /// For each of `textLines`, each token's ID in `words` (its lower-case text).
    public let ids: [[Int32]]
    /// For each of `lines`, its index in `textLines` (the same line), or -1 for a line of
    /// an appendix table (read joined, at the end of `textLines`).
    public let textIndex: [Int]
    /// The inline markers of the file (`vanban-ignore`), read once.
    public let markers: InlineMarkers
    /// For each of `textLines`, the periods it mentions with their tokens.
    public let textPeriods: [[(period: Period, tokens: Range<Int>)]]
    /// The word tokens of `textLines` whose text is marked (`markedWords`), counted once here.
    let markedWordCount: Int

    /// The record.
    public var record: DocumentRecord { result.record }
    /// The parse tree.
    public var parsed: ParsedDocument { result.parsed }
    /// The decoded source.
    public var source: SourceText { result.source }

    /// The words a period without a number starts with (`PeriodExtractor.match`: *quý* +
    /// a Roman numeral, *hằng*/*hàng* + a unit, *thường xuyên*), as UTF-8 bytes.
    static let periodWords: [[UInt8]] = ["quý", "hằng", "hàng", "thường"].map { Array($0.utf8) }

    /// False when `line` cannot hold a period that `PeriodExtractor` reads: no number token
    /// after the marker and no word of `periodWords`. Compared as bytes (the text is NFC).
    static func mayHoldPeriod(_ line: TokenizedLine) -> Bool {
        let words = periodWords
        for k in line.bodyStart..<max(line.bodyStart, line.tokens.count) {
            let t = line.tokens[k]
            if t.kind == .number { return true }
            guard t.kind == .word else { continue }
            // `lower` lower-cases scalar by scalar (`Alphabet.lower`): a word of `periodWords`
            // has 3 to 6 scalars and a first one that lower-cases to q, h or t. Most words are
            // passed over without reading their String.
            let r = t.range
            guard r.count >= 3, r.count <= 6 else { continue }
            let head = Alphabet.lower(line.line.scalars[r.lowerBound]).value
            guard head == 0x71 || head == 0x68 || head == 0x74 else { continue }
            // The four words start with q, h or t and are 4 to 7 bytes long.
            var lower = t.lower
            let hit = lower.withUTF8 { b -> Bool in
                guard b.count >= 4, b.count <= 7, b[0] == 0x71 || b[0] == 0x68 || b[0] == 0x74 else { return false }
                return words.contains { $0.count == b.count && $0.withUnsafeBufferPointer { memcmp($0.baseAddress!, b.baseAddress!, b.count) == 0 } }
            }
            if hit { return true }
        }
        return false
    }

    /// `mayHoldPeriod(line)` of a line whose tokens are `tokens` and whose marker ends at token
    /// `start`, on the tokens' interner IDs (`Token.word`): a number, or the word *quý*, *hằng*
    /// or *hàng* (the words of `periodWords` the byte test accepts; equal IDs, equal bytes). No
    /// String read per word (issue 17; `LintDocLinesTests` compares with `mayHoldPeriod`).
    static func mayHoldPeriodByWord(_ tokens: [Token], from start: Int) -> Bool {
        let ids = PeriodExtractor.ids
        var k = max(start, 0)
        while k < tokens.count {
            let t = tokens[k]
            if t.kind == .number { return true }
            if t.kind == .word {
                let w = t.word
                if w == ids.quy || w == ids.hang || w == ids.hang2 { return true }
            }
            k += 1
        }
        return false
    }

    /// `mayHoldPeriod` on a line's word IDs: a number token after the marker, or a word whose
    /// ID is one of `periodWords` (the same test: an ID is its token's lower-case text).
    struct PeriodWords {
        /// The IDs of the words of `periodWords` the text test can accept (-1 for one the
        /// document lacks). Not *thường*: nine bytes long, the text test's length bound (4 to
        /// 7 bytes) has always turned it away, so a line whose only period is *thường xuyên*
        /// is read as holding none; kept so (outputs identical; see the report of issue 17).
        let ids: (Int32, Int32, Int32)
        /// The ID of *thường*, which `mayHoldAnyPeriod` accepts too.
        let thuong: Int32

        init(_ words: WordTable) {
            let w = LintDocument.periodWords.map { words.id(String(decoding: $0, as: UTF8.self)) ?? -1 }
            ids = (w[0], w[1], w[2])
            thuong = w[3]
        }

        /// `LintDocument.mayHoldPeriod(line)`, on the line's IDs.
        func mayHoldPeriod(_ line: TokenizedLine, _ lineIDs: [Int32]) -> Bool {
            scan(line, lineIDs, from: line.bodyStart, thuong: -1)
        }

        /// False when no token of `line` (from the first, marker included) can open a period
        /// `PeriodExtractor` reads: every one holds a number or opens at *quý*, *hằng*, *hàng*
        /// or *thường*.
        func mayHoldAnyPeriod(_ line: TokenizedLine, _ lineIDs: [Int32]) -> Bool {
            scan(line, lineIDs, from: 0, thuong: thuong)
        }

        private func scan(_ line: TokenizedLine, _ lineIDs: [Int32], from start: Int, thuong: Int32) -> Bool {
            scan(line.tokens, lineIDs, from: start, thuong: thuong)
        }

        /// `scan` of a line whose tokens are `tokens`.
        func scan(_ tokens: [Token], _ lineIDs: [Int32], from start: Int, thuong: Int32) -> Bool {
            var k = start
            while k < tokens.count {
                let kind = tokens[k].kind
                if kind == .number { return true }
                if kind == .word {
                    let id = lineIDs[k]
                    if id == ids.0 || id == ids.1 || id == ids.2 || (id == thuong && id >= 0) { return true }
                }
                k += 1
            }
            return false
        }
    }

    /// Prepares `result` for the rules.
    public init(_ result: VanBan.Result) {
        self.result = result
        let record = result.record
        let titleYear = RecordBuilder.documentYear(record.header)
        self.titleYear = titleYear
        self.year = record.header.date?.year ?? titleYear
        var builder = Builder(documentYear: titleYear ?? year, record: record)
        let parsed = result.parsed
        builder.add(parsed.front, .header)
        builder.add(parsed.header.all, .header)
        builder.add(parsed.bases, .basis)
        builder.add(parsed.intro, .intro)
        builder.walk(parsed.body, scope: Scope(year: builder.documentYear))
        builder.add(parsed.closing, .closing)
        builder.add(parsed.recipientsHeading.map { [$0] } ?? [], .recipient)
        builder.add(parsed.recipients, .recipient)
        builder.add(parsed.signature, .signature)
        for appendix in parsed.appendices {
            builder.add([appendix.heading] + appendix.title + appendix.columns + appendix.cells, .appendix)
        }
        // Attachments: their lines are read by the text rules; their meetings and months
        // belong to their own records, so their body lines carry no meeting scope.
        for attachment in parsed.attachments { builder.addAttachment(attachment) }
        meetingLines = builder.meetingLines
        planLines = builder.planLines
        let textLines = Self.textLines(builder.lines, parsed)
        self.textLines = textLines
        // Each distinct text numbered and folded once; the keys read the folded text by ID.
        var table = WordTable(capacity: textLines.reduce(0) { $0 + $1.tokens.count } / 4)
        let ids = table.intern(tokensOfLines: textLines)
        table.fold(from: 0)
        words = table
        self.ids = ids
        markedWordCount = Self.countMarkedWords(textLines, ids, table.isMarked)
        // (Lines read by index, field by field: a `Line` copied whole retains its tokens,
        // its logical line's arrays and its periods.)
        var textIndex = [Int](repeating: -1, count: builder.lines.count)
        var index = 0
        for k in builder.lines.indices where builder.lines[k].role != .appendix {
            textIndex[k] = index
            index += 1
        }
        self.textIndex = textIndex
        // The periods of each line, read now that its words have IDs: a line is read only
        // when it may hold one (`mayHoldPeriod`), tested on the IDs (a line of an appendix
        // table, which has none of its own, on its text).
        let periodWord = PeriodWords(table)
        for k in builder.lines.indices {
            // (A text line is tested on its tokens' array alone; the line is copied only to be read.)
            let may = textIndex[k] >= 0
                ? periodWord.scan(builder.lines[k].tokens.tokens, ids[textIndex[k]], from: builder.lines[k].tokens.bodyStart, thuong: -1)
                : Self.mayHoldPeriodByWord(builder.lines[k].tokens.tokens, from: builder.lines[k].tokens.bodyStart)
            guard may else { continue }
            let t = builder.lines[k].tokens
            builder.lines[k].periods = PeriodExtractor(line: t, scopeYear: builder.periodYears[k]).located()
        }
        lines = builder.lines
        markers = InlineMarkers.scan(result.source)
        // Lines outside the tables were read already (with the scope's year, which only
        // fills periods that lack one: `inferred`); the joined tables are read here.
        var periods: [[(period: Period, tokens: Range<Int>)]] = []
        periods.reserveCapacity(textLines.count)
        for k in builder.lines.indices where builder.lines[k].role != .appendix { periods.append(builder.lines[k].periods) }
        for n in periods.count..<textLines.count {
            let t = textLines[n]
            periods.append(periodWord.mayHoldAnyPeriod(t, ids[n])
                ? PeriodExtractor(line: t, scopeYear: nil).located(in: 0..<t.tokens.count) : [])
        }
        textPeriods = periods
    }

    /// The word tokens of `lines` whose ID is marked in `isMarked` (`markedWords`), read on
    /// the buffers: walking the lines with `zip` copied each line and cost as much as the rest
    /// of the OCR test (issue 17).
    static func countMarkedWords(_ lines: [TokenizedLine], _ ids: [[Int32]], _ isMarked: [Bool]) -> Int {
        var n = 0
        isMarked.withUnsafeBufferPointer { marked in
            for l in lines.indices {
                lines[l].tokens.withUnsafeBufferPointer { tokens in
                    ids[l].withUnsafeBufferPointer { id in
                        for k in 0..<tokens.count where tokens[k].kind == .word && marked[Int(id[k])] { n += 1 }
                    }
                }
            }
        }
        return n
    }

    /// The folded text of each word token of `lines` (`keys`).
    static func keys(_ lines: [TokenizedLine], _ ids: [[Int32]], _ table: WordTable) -> [[String]] {
        var keys: [[String]] = []
        keys.reserveCapacity(lines.count)
        for (t, id) in zip(lines, ids) {
            var line = [String](repeating: "", count: t.tokens.count)
            for k in t.tokens.indices where t.tokens[k].kind == .word { line[k] = table.text[Int(table.folded[Int(id[k])])] }
            keys.append(line)
        }
        return keys
    }

    /// What is built on first use: `keys`, and what several rules read, built by the first
    /// that asks (`MeetingSchedule`, the numbering events, `foldedIDs`): once per document,
    /// not per rule.
    final class Derived: Sendable {
        let keys = Mutex<[[String]]?>(nil)
        let schedule = Mutex<MeetingSchedule?>(nil)
        let numbering = Mutex<[NumberingSequences.Event]?>(nil)
        let foldedIDs = Mutex<FoldedWordIDs?>(nil)
    }

    /// The words' IDs as `matchesFolded` compares them (`FoldedWordIDs`), built by the first
    /// rule that asks: once per document, not once per rule.
    var foldedIDs: FoldedWordIDs {
        Self.fill(derived.foldedIDs) { FoldedWordIDs(words) }
    }

    /// The value `cache` holds, built by `build` the first time.
    static func fill<Value: Sendable>(_ cache: borrowing Mutex<Value?>, _ build: () -> Value) -> Value {
        cache.withLock { cached in
            if let cached { return cached }
            let built = build()
            cached = built
            return built
        }
    }

    private struct Builder {
        // Each line's periods are read once the words have IDs (see `init`), with the year
        // recorded in `periodYears`, and only where one can stand: every period the extractor
        // knows holds a number token or starts at one of `periodWords` (*quý II*, *hằng năm*,
        // *thường xuyên*). Most lines of a body hold neither, and running the extractor on
        // each was a tenth of the lint stage.

        /// The scope of a meeting or month held in `period`, inside `outer`.
        static func scope(_ period: MonthRef?, within outer: Scope) -> Scope {
            Scope(year: period?.year ?? outer.year, month: period?.month, isExplicit: period?.year != nil || outer.isExplicit)
        }

        let documentYear: Int?
        let record: DocumentRecord
        var lines: [Line] = []
        var meetingLines: [Int] = []
        var planLines: [Int] = []
        /// For each of `lines`, the year its periods take where they lack one.
        var periodYears: [Int?] = []

        init(documentYear: Int?, record: DocumentRecord) {
            self.documentYear = documentYear
            self.record = record
        }

        mutating func add(_ list: [TokenizedLine], _ role: Role) {
            for t in list {
                let scope = Scope(year: role == .header || role == .signature ? nil : documentYear)
                periodYears.append(scope.year)
                lines.append(Line(tokens: t, role: role, kind: nil, scope: scope,
                                  periods: []))
            }
        }

        mutating func addAttachment(_ parsed: ParsedDocument) {
            add(parsed.front + parsed.header.all, .header)
            add(parsed.bases, .basis)
            add(parsed.intro, .intro)
            addFlat(parsed.body)
            add(parsed.closing, .closing)
            add((parsed.recipientsHeading.map { [$0] } ?? []) + parsed.recipients, .recipient)
            add(parsed.signature, .signature)
            for attachment in parsed.attachments { addAttachment(attachment) }
        }

        mutating func addFlat(_ nodes: [Node]) {
            for n in nodes.indices {
                periodYears.append(documentYear)
                lines.append(Line(tokens: nodes[n].line, role: .body, kind: nodes[n].kind, scope: Scope(year: documentYear),
                                  periods: []))
                addFlat(nodes[n].children)
            }
        }

        mutating func walk(_ nodes: [Node], scope: Scope) {
            // (By index, field by field: a `Node` copied whole retains and releases every one of
            // its fields, most of the walk's cost.)
            for n in nodes.indices {
                var inner = scope
                let kind = nodes[n].kind
                switch kind {
                case .yearGroup:
                    if let y = nodes[n].line.int(nodes[n].line.bodyStart + 1) ?? nodes[n].line.int(1) {
                        inner = Scope(year: y, isExplicit: true)
                    }
                case .meeting, .session:
                    let index = meetingLines.count
                    meetingLines.append(lines.count)
                    inner = Self.scope(index < record.meetings.count ? record.meetings[index].period : nil, within: scope)
                    inner.meeting = index
                case .month:
                    let index = planLines.count
                    planLines.append(lines.count)
                    inner = Self.scope(index < record.monthlyPlans.count ? record.monthlyPlans[index].period : nil, within: scope)
                    inner.plan = index
                default:
                    break
                }
                let own = kind == .meeting || kind == .session || kind == .month || kind == .yearGroup ? inner : scope
                periodYears.append(inner.year)
                lines.append(Line(tokens: nodes[n].line, role: .body, kind: kind, scope: own,
                                  periods: []))
                // A legal heading's title on its own line (`Chương I` / `QUY ĐỊNH CHUNG`) is read too.
                if nodes[n].titleLine != nil {
                    periodYears.append(inner.year)
                    lines.append(Line(tokens: nodes[n].titleLine!, role: .body, kind: nil, scope: own,
                                      periods: []))
                }
                if !nodes[n].children.isEmpty { walk(nodes[n].children, scope: inner) }
            }
        }
    }
}
