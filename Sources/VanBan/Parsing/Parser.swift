/// The recursive-descent parser: logical lines in, parse tree out.
///
/// It never refuses input. A line it does not recognise becomes a paragraph with
/// its span; a number out of sequence is accepted as written (the validator
/// reports it). Each `parse…` function names the grammar rule of DESIGN.md it
/// implements.
public struct Parser {
    /// The document's lines, shared with the caller (not copied: issue 17); this parser reads
    /// `pos..<end`. Lines the closing cuts in two are kept in `replaced`; only a closing table
    /// (`splitClosingTable`, which changes the count) makes this parser's own copy.
    var lines: [TokenizedLine]
    var pos = 0
    /// The end of this parser's lines: the first appendix-table line, or the array's end.
    var end: Int
    /// Lines the closing replaced by their left column (`splitRecipientsColumns`), by index:
    /// set here, not in `lines`, whose write would copy the whole array (issue 17).
    var replaced: [Int: TokenizedLine] = [:]
    var document = ParsedDocument()
    /// Header segments and their roles by line index (`headerSegments`).
    var headerCache: [Int: [(line: TokenizedLine, role: HeaderRole)]] = [:]
    /// The number of the last article read (`Điều 19.`), for `- Điều 20.` after it.
    var lastArticle = 0
    /// The number of the last part read (`B.` = 2), for telling `Z.` (OCR for `7.`) from a part.
    var lastPart = 0

    /// Parses tokenised logical lines.
    public static func parse(_ lines: [TokenizedLine]) -> ParsedDocument {
        var parser = Parser(lines: lines)
        parser.parseDocument()
        return parser.document
    }

    /// A parser of `lines[pos..<end]` (`end` nil: to the array's end).
    init(lines: [TokenizedLine], pos: Int = 0, end: Int? = nil) {
        self.lines = lines
        self.pos = pos
        self.end = end ?? lines.count
    }

    var atEnd: Bool { pos >= end }
    var current: TokenizedLine {
        @inline(__always) get { line(at: pos) }
    }

    /// Line `i` as this parser reads it: `lines[i]`, or the line that replaced it.
    @inline(__always)
    func line(at i: Int) -> TokenizedLine {
        if replaced.isEmpty { return lines[i] }
        return replaced[i] ?? lines[i]
    }

    /// `body(line(at: i))`, the line read in place when no line was replaced (no copy).
    @inline(__always)
    func withLine<R>(_ i: Int, _ body: (TokenizedLine) -> R) -> R {
        // Through a buffer pointer, whose element is read in place: `body(lines[i])` copied the
        // line (its arrays retained and released) for each call (issue 17).
        if replaced.isEmpty { return lines.withUnsafeBufferPointer { body($0[i]) } }
        return body(replaced[i] ?? lines[i])
    }

    /// file := document attachment*;  document := header? bases? intro? body closing? appendix*
    ///
    /// An appendix (*Phụ lục*: a heading, a title, a table) belongs to the document printed
    /// just before it: after the main signature to the main document, after an attached
    /// programme or regulation to that attachment (*Kèm theo Chương trình …*). It is never a
    /// document of its own in `attachments`: those have a type name and a body.
    mutating func parseDocument() {
        // The table part stays where it is: the parser reads up to it (`end`), the appendix
        // reader reads it as a slice of the same storage. Copying both halves was the
        // parse's largest allocation (3.2 MB at the peak of a 20 MB document: issue 17).
        let tableStart = lines[pos..<end].firstIndex { $0.line.isTableLine } ?? end
        let table = lines[tableStart..<end]
        end = tableStart
        parseHeader()
        parseBases()
        parseIntro()
        document.body = parseBody()
        parseClosing()
        parseAttachments()
        let appendices = Parser.parseAppendices(table, of: lines.count)
        if document.attachments.isEmpty {
            document.appendices = appendices
        } else {
            document.attachments[document.attachments.count - 1].appendices = appendices
        }
    }

    /// bases := ("-"? "Căn cứ" text ";")+
    mutating func parseBases() {
        while !atEnd, current.isBasis {
            document.bases.append(current)
            pos += 1
        }
    }

    /// intro := paragraph* — running text before the first section or list.
    mutating func parseIntro() {
        while !atEnd, current.marker == nil, !startsStructure(current), !startsClosing(current) {
            document.intro.append(current)
            pos += 1
        }
    }

    /// A line that opens the body: a part, section or numbered heading, a year
    /// group, a meeting or month, or a body heading.
    func startsStructure(_ line: TokenizedLine) -> Bool {
        if let m = line.marker, [.upperLatin, .roman, .arabic, .dotted, .arabicParen].contains(m.style) { return true }
        return LineShape.isYearHeading(line.line.scalars) || line.isMonthHeading || line.isMeetingHeading
            || line.isSessionHeading || line.legalHeading != nil
    }

    /// The end of the body: recipients, a signature, or the closing paragraph.
    func startsClosing(_ line: TokenizedLine) -> Bool {
        Parser.isRecipientsHeading(line.line.scalars) || line.isAuthorityLine || line.isClosingStart || Parser.opensClosingTable(line)
    }

    /// `LineShape.isRecipientsHeading`, which can hold only when the first scalar after the leading
    /// `#`, `_` and spaces is `N` or `n` (it compares that one without regard to case, the
    /// rest exactly): other lines are let go without its comparison, which builds the
    /// lower-case mappings of a non-ASCII first letter as Strings (issue 17).
    static func isRecipientsHeading(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, s[i] == "#" || s[i] == "_" || s[i] == " " { i += 1 }
        return i < s.count && (s[i] == "N" || s[i] == "n") && LineShape.isRecipientsHeading(s)
    }
}
