/// Walks `word/document.xml` once and collects the text a reader sees (see `DocxReader`),
/// with, for every character, where it sits in the part (see `DocxText.Anchor`).
struct DocxExtractor {
    /// A paragraph being read (paragraphs nest: a text box sits inside a run).
    struct Paragraph {
        var number: Int
        var numId: String? = nil
        var ilvl: Int? = nil
        var style: String? = nil
        var lines: [[Unicode.Scalar]] = [[]]
        var anchors: [[DocxText.Anchor]] = [[]]
        var lineStarts: [Int] = [0]
        var characters = 0
        /// Line and character index of the first tracked change in it.
        var change: (line: Int, index: Int)? = nil
    }

    var scanner: XMLScanner
    var numbering: WordNumbering
    let styles: WordStyles

    var text = String.UnicodeScalarView()
    var lines: [DocxText.Line] = []
    var anchors: [[DocxText.Anchor]] = []
    var runs: [DocxText.Run] = []
    var prefix = "w"
    var trackedChanges = 0
    var firstChange: SourceLocation? = nil

    var paragraphCount = 0
    var stack: [Paragraph] = []
    var depth = 0
    /// Depth of an element whose whole content is left out (deletions, fallbacks).
    var skipUntil: Int? = nil
    /// Depth of the properties element (`w:pPr`, `w:rPr`, …) being read, and which one.
    var propertiesDepth: Int? = nil
    var properties = ""
    var propertiesStart = 0
    var propertiesOfParagraph = false
    var currentRun: Int? = nil
    var runHidden = false
    var inText = false
    var textTag: Range<Int32> = 0..<0

    init(_ bytes: [UInt8], numbering: WordNumbering, styles: WordStyles) {
        scanner = XMLScanner(bytes)
        self.numbering = numbering
        self.styles = styles
    }

    mutating func run() throws(XMLScanner.Failure) {
        while let event = try scanner.next() {
            switch event {
            case .start(let name, let attributes, let selfClosing, let range):
                start(name, attributes, selfClosing, range)
            case .end(let name, let range):
                end(name, range)
            case .text(let range, let cdata):
                guard inText, skipUntil == nil, propertiesDepth == nil, let run = currentRun, !runHidden, !stack.isEmpty else { continue }
                scanner.decode(range, cdata: cdata) { scalar, bytes in
                    append(scalar, DocxText.Anchor(start: Int32(bytes.lowerBound), end: Int32(bytes.upperBound), run: Int32(run),
                                                   inText: true, tag: textTag))
                }
            }
        }
        // Unclosed paragraphs at the end of a truncated part still count.
        while let p = stack.popLast() { emit(p) }
    }

    mutating func append(_ scalar: Unicode.Scalar, _ anchor: DocxText.Anchor) {
        // Control characters would break lines the document does not break.
        let v = scalar.value
        let s: Unicode.Scalar = (v < 0x20 && v != 0x09) || v == 0x7F ? " " : scalar
        stack[stack.count - 1].lines[stack[stack.count - 1].lines.count - 1].append(s)
        stack[stack.count - 1].anchors[stack[stack.count - 1].anchors.count - 1].append(anchor)
        stack[stack.count - 1].characters += 1
    }

    mutating func breakLine() {
        guard !stack.isEmpty else { return }
        let i = stack.count - 1
        stack[i].characters += 1  // Word counts the break as a character
        stack[i].lines.append([])
        stack[i].anchors.append([])
        stack[i].lineStarts.append(stack[i].characters)
    }

    mutating func noteChange() {
        trackedChanges += 1
        guard let i = stack.indices.last, stack[i].change == nil else { return }
        stack[i].change = (stack[i].lines.count - 1, stack[i].lines[stack[i].lines.count - 1].count)
    }

    static let propertyElements: Set<String> = ["pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "tblGrid", "tblPrEx", "sdtPr", "sdtEndPr"]

    mutating func start(_ nameRange: Range<Int>, _ attributesRange: Range<Int>, _ selfClosing: Bool, _ range: Range<Int>) {
        defer { if !selfClosing { depth += 1 } }
        if skipUntil != nil { return }
        let name = WordXML.localName(scanner, nameRange)
        if propertiesDepth != nil {
            switch name {
            case "pPrChange", "rPrChange":
                // The formatting before a tracked change: not what the reader sees.
                if !selfClosing { skipUntil = depth }
            case "pStyle" where propertiesOfParagraph:
                stack[stack.count - 1].style = WordXML.attributes(scanner, attributesRange)["val"]
            case "numId" where propertiesOfParagraph:
                stack[stack.count - 1].numId = WordXML.attributes(scanner, attributesRange)["val"]
            case "ilvl" where propertiesOfParagraph:
                stack[stack.count - 1].ilvl = WordXML.attributes(scanner, attributesRange)["val"].flatMap { Int($0) }
            case "vanish" where properties == "rPr" && currentRun != nil:
                runHidden = !WordXML.isOff(WordXML.attributes(scanner, attributesRange)["val"])
            case "ins", "del", "moveFrom", "moveTo":
                noteChange()  // a paragraph mark inserted or deleted
            default: break
            }
            return
        }
        switch name {
        case "Fallback":
            if !selfClosing { skipUntil = depth }
        case "del", "moveFrom":
            noteChange()
            if !selfClosing { skipUntil = depth }
        case "ins", "moveTo":
            noteChange()
        case "p":
            paragraphCount += 1
            if selfClosing { emit(Paragraph(number: paragraphCount)) } else { stack.append(Paragraph(number: paragraphCount)) }
        case _ where DocxExtractor.propertyElements.contains(name):
            guard !selfClosing else { return }
            propertiesDepth = depth
            properties = name
            propertiesStart = range.lowerBound
            propertiesOfParagraph = name == "pPr" && currentRun == nil && !stack.isEmpty
        case "r":
            guard !selfClosing, !stack.isEmpty else { return }
            runs.append(DocxText.Run(start: range.lowerBound, end: range.upperBound, properties: nil))
            currentRun = runs.count - 1
            runHidden = false
            prefix = WordXML.prefix(scanner, nameRange)
        case "t":
            inText = !selfClosing && currentRun != nil
            textTag = Int32(range.lowerBound)..<Int32(range.upperBound)
        case "tab":
            if let run = currentRun, !runHidden, !stack.isEmpty {
                append("\t", DocxText.Anchor(start: Int32(range.lowerBound), end: Int32(range.upperBound), run: Int32(run), inText: false))
            }
        case "noBreakHyphen":
            if let run = currentRun, !runHidden, !stack.isEmpty {
                append("-", DocxText.Anchor(start: Int32(range.lowerBound), end: Int32(range.upperBound), run: Int32(run), inText: false))
            }
        case "br", "cr":
            if currentRun != nil, !runHidden { breakLine() }
        default: break
        }
    }

    mutating func end(_ nameRange: Range<Int>, _ range: Range<Int>) {
        depth -= 1
        if let s = skipUntil {
            if depth <= s { skipUntil = nil }
            return
        }
        if let p = propertiesDepth {
            if depth <= p {
                propertiesDepth = nil
                if properties == "rPr", let run = currentRun { runs[run].properties = propertiesStart..<range.upperBound }
                propertiesOfParagraph = false
            }
            return
        }
        switch WordXML.localName(scanner, nameRange) {
        case "t":
            inText = false
        case "r":
            if let run = currentRun { runs[run].end = range.upperBound }
            currentRun = nil
            inText = false
            runHidden = false
        case "p":
            if let p = stack.popLast() { emit(p) }
        default: break
        }
    }

    mutating func emit(_ p: Paragraph) {
        var label: [Unicode.Scalar] = []
        let fromStyle: (numId: String?, ilvl: Int?) = p.style.map { styles.numbering(of: $0) } ?? (nil, nil)
        if let numId = p.numId ?? fromStyle.numId,
           let text = numbering.label(numId: numId, ilvl: p.ilvl ?? fromStyle.ilvl ?? 0) {
            label = Array(text.unicodeScalars)
        }
        let firstLine = lines.count
        for (k, scalars) in p.lines.enumerated() {
            if !lines.isEmpty { text.append("\n") }
            let l = k == 0 ? label : []
            text.append(contentsOf: l)
            text.append(contentsOf: scalars)
            lines.append(DocxText.Line(paragraph: p.number, offset: p.lineStarts[k], label: l.count))
            anchors.append(p.anchors[k])
        }
        if firstChange == nil, let change = p.change {
            firstChange = SourceLocation(line: firstLine + change.line + 1, column: (change.line == 0 ? label.count : 0) + change.index + 1)
        }
    }

    func result(part: String) -> DocxText {
        DocxText(text: String(text), lines: lines, trackedChanges: trackedChanges, firstChange: firstChange,
                 documentPart: part, anchors: anchors, runs: runs, prefix: prefix)
    }
}
