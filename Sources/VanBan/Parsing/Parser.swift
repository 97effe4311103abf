/// The recursive-descent parser: logical lines in, parse tree out.
///
/// It never refuses input. A line it does not recognise becomes a paragraph with
/// its span; a number out of sequence is accepted as written (the validator
/// reports it). Each `parse…` function names the grammar rule of DESIGN.md it
/// implements.
public struct Parser {
    var lines: [TokenizedLine]
    var pos = 0
    var document = ParsedDocument()

    /// Parses tokenised logical lines.
    public static func parse(_ lines: [TokenizedLine]) -> ParsedDocument {
        var parser = Parser(lines: lines)
        parser.parseDocument()
        return parser.document
    }

    var atEnd: Bool { pos >= lines.count }
    var current: TokenizedLine { lines[pos] }

    /// document := header? bases? intro? body closing? appendix*
    mutating func parseDocument() {
        let tableStart = lines.firstIndex { $0.line.isTableLine } ?? lines.count
        let table = Array(lines[tableStart...])
        lines = Array(lines[..<tableStart])
        parseHeader()
        parseBases()
        parseIntro()
        document.body = parseBody()
        parseClosing()
        document.appendices = Parser.parseAppendices(table)
    }

    /// header := party-line? issuer? number-line? place-date type-name title-lines
    ///
    /// The parts are accepted in any order (PDF dumps interleave the two header
    /// columns), each at most once; the block ends at the first line that is none
    /// of them, or at the `-----` rule under the title.
    mutating func parseHeader() {
        var header = HeaderLines()
        while !atEnd {
            let line = current
            if LineShape.isSeparator(line.line.scalars) {
                header.all.append(line)
                pos += 1
                if header.type != nil { break }
                continue
            }
            if header.party == nil, line.isPartyLine {
                header.party = line
            } else if header.number == nil, line.isNumberLine {
                header.number = line
            } else if header.placeDate == nil, line.isPlaceDate {
                header.placeDate = line
            } else if header.type == nil, line.marker == nil, let t = DocumentTypes.typeName(at: line.line.scalars) {
                header.type = line
                header.typeNameLength = t.length
                header.typeCode = t.code
            } else if header.type == nil, line.isAllCaps, line.marker == nil, header.issuer.count < 3 {
                header.issuer.append(line)
            } else if header.type != nil, header.title.count < 4, isTitleLine(line) {
                header.title.append(line)
            } else {
                break
            }
            header.all.append(line)
            pos += 1
        }
        if header.type == nil && header.number == nil && header.placeDate == nil && header.party == nil {
            // Not a header after all: give the lines back to the body.
            pos -= header.all.count
            header = HeaderLines()
        }
        document.header = header
    }

    /// A title line: no numbering, no legal basis, not a sentence ending in `:` or `.`.
    func isTitleLine(_ line: TokenizedLine) -> Bool {
        guard line.marker == nil, !line.isBasis, line.legalHeading == nil, let last = line.line.scalars.last else { return false }
        if line.isAllCaps { return true }
        return last != ":" && last != "." && last != ";"
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
        LineShape.isRecipientsHeading(line.line.scalars) || line.isAuthorityLine || line.isClosingStart
    }
}
