/// The insertions into `document.xml` that anchor comments (see `DocxCommenter`).
///
/// A comment's start goes before the run holding its first character when that
/// character starts the run, otherwise the run is split there; likewise its end after
/// the run holding its last character. A split inside `w:t` closes the text and the
/// run and reopens both with a copy of the run's properties, so the words keep their
/// formatting; the split text gets `xml:space="preserve"` so a space at the cut stays.
struct Insertions {
    let docx: DocxText
    let document: [UInt8]
    let prefix: String
    /// For each run: byte offset of its first character and just past its last one.
    var runFirst: [Int32]
    var runLast: [Int32]

    /// What goes in at one offset.
    struct Point {
        /// The run to close and reopen around the marks, and whether inside `w:t`.
        var split: (run: Int, inText: Bool)? = nil
        var ends: [String] = []
        var starts: [String] = []
    }
    var points: [Int: Point] = [:]
    /// Opening `w:t` tags that need `xml:space="preserve"` (by the offset of their `>`).
    var preserve = Set<Int>()

    init(docx: DocxText, document: [UInt8], prefix: String) {
        self.docx = docx
        self.document = document
        self.prefix = prefix
        runFirst = [Int32](repeating: Int32.max, count: docx.runs.count)
        runLast = [Int32](repeating: -1, count: docx.runs.count)
        for line in docx.anchors {
            for a in line {
                runFirst[Int(a.run)] = min(runFirst[Int(a.run)], a.start)
                runLast[Int(a.run)] = max(runLast[Int(a.run)], a.end)
            }
        }
    }

    /// The first character at or after (line, column), nil if there is none.
    func anchor(from location: SourceLocation) -> DocxText.Anchor? {
        var line = location.line - 1
        guard line >= 0 else { return docx.anchors.lazy.compactMap(\.first).first }
        guard line < docx.anchors.count else { return nil }
        var k = max(0, location.column - 1 - docx.lines[line].label)
        while line < docx.anchors.count {
            if k < docx.anchors[line].count { return docx.anchors[line][k] }
            line += 1
            k = 0
        }
        return nil
    }

    /// The last character before (line, column), nil if there is none.
    func anchor(before location: SourceLocation) -> DocxText.Anchor? {
        var line = min(location.line - 1, docx.anchors.count - 1)
        guard line >= 0 else { return nil }
        var k = location.line - 1 == line ? location.column - 2 - docx.lines[line].label : Int.max
        while line >= 0 {
            let count = docx.anchors[line].count
            if count > 0 && k >= 0 { return docx.anchors[line][min(k, count - 1)] }
            line -= 1
            k = Int.max
        }
        return nil
    }

    mutating func add(_ comment: DocxCommenter.Comment, id: Int) {
        guard var first = anchor(from: comment.start) ?? anchor(before: comment.start) else { return }
        var last = anchor(before: comment.end) ?? first
        if last.start < first.start { swap(&first, &last) }
        // Marks need a prefix for their w:id attribute; a document that binds
        // WordprocessingML as the default namespace gets `w:` declared on each mark.
        let p = prefix.isEmpty ? "w:" : prefix
        let ns = prefix.isEmpty ? " xmlns:w=\"\(DocxCommenter.mainNamespace)\"" : ""
        if runFirst[Int(first.run)] == first.start {
            points[docx.runs[Int(first.run)].start, default: Point()].starts.append("<\(p)commentRangeStart\(ns) \(p)id=\"\(id)\"/>")
        } else {
            points[split(at: Int(first.start), first)]!.starts.append("<\(p)commentRangeStart\(ns) \(p)id=\"\(id)\"/>")
        }
        let end = "<\(p)commentRangeEnd\(ns) \(p)id=\"\(id)\"/><\(p)r\(ns)><\(p)commentReference \(p)id=\"\(id)\"/></\(p)r>"
        if runLast[Int(last.run)] == last.end {
            points[docx.runs[Int(last.run)].end, default: Point()].ends.append(end)
        } else {
            points[split(at: Int(last.end), last)]!.ends.append(end)
        }
    }

    /// Marks the point at `offset`, inside the run of `a`, as a split; returns `offset`.
    mutating func split(at offset: Int, _ a: DocxText.Anchor) -> Int {
        if points[offset] == nil { points[offset] = Point() }
        points[offset]!.split = (Int(a.run), a.inText)
        if a.inText, !a.tag.isEmpty {
            let tag = document[Int(a.tag.lowerBound)..<Int(a.tag.upperBound)]
            if !Insertions.contains(tag, Array("xml:space".utf8)) { preserve.insert(Int(a.tag.upperBound) - 1) }
        }
        return offset
    }

    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        var i = haystack.startIndex
        while i + needle.count <= haystack.endIndex {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// The document with every insertion made.
    func apply() -> [UInt8] {
        var pieces: [(offset: Int, order: Int, bytes: [UInt8])] = preserve.map { ($0, 0, Array(" xml:space=\"preserve\"".utf8)) }
        let p = prefix
        for (offset, point) in points {
            var text = point.ends.joined() + point.starts.joined()
            if let split = point.split {
                let run = docx.runs[split.run]
                let properties = run.properties.map { String(decoding: document[$0], as: UTF8.self) } ?? ""
                text = (split.inText ? "</\(p)t></\(p)r>" : "</\(p)r>") + text + "<\(p)r>" + properties
                    + (split.inText ? "<\(p)t xml:space=\"preserve\">" : "")
            }
            pieces.append((offset, 1, Array(text.utf8)))
        }
        pieces.sort { ($0.offset, $0.order) < ($1.offset, $1.order) }
        var out: [UInt8] = []
        out.reserveCapacity(document.count + pieces.reduce(0) { $0 + $1.bytes.count })
        var at = 0
        for piece in pieces {
            out.append(contentsOf: document[at..<piece.offset])
            out.append(contentsOf: piece.bytes)
            at = piece.offset
        }
        out.append(contentsOf: document[at...])
        return out
    }
}
