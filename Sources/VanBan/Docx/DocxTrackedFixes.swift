/// Applies certain fixes to a Word document as tracked changes (`w:del` / `w:ins` by
/// "VanBan", ECMA-376 §17.13.5), so the clerk accepts or rejects each in Word.
///
/// An edit is applied when its characters lie inside one `w:t` of one run (the common
/// case: a misspelt word, a double space, a tone mark); an edit crossing runs, touching a
/// numbering label or overlapping one already taken is skipped and counted. Like the
/// comments, everything outside the edited characters stays byte for byte.
public enum DocxTrackedFixes {
    /// The outcome: the new file, edits applied and edits skipped.
    public struct Outcome: Sendable {
        /// The Word file with the tracked changes.
        public var bytes: [UInt8]
        /// Edits written as tracked changes.
        public var applied: Int
        /// Edits that could not be placed inside one run.
        public var skipped: Int
    }

    /// The Word file `bytes` (whose text is `docx`) with the fixes of `diagnostics` as
    /// tracked changes dated `date`.
    public static func apply(_ bytes: [UInt8], docx: DocxText, diagnostics: [Diagnostic], date: String? = nil) throws(ContainerProblem) -> Outcome {
        let (archive, main) = try DocxReader.open(bytes)
        let document = try archive.data(archive.entry(main)!, sizeLimit: DocxReader.Limits().xmlPart)
        let edits = diagnostics.compactMap(\.fix).flatMap(\.edits)
            .sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
        let p = docx.prefix.isEmpty ? "w:" : docx.prefix + ":"
        let ns = docx.prefix.isEmpty ? " xmlns:w=\"\(DocxCommenter.mainNamespace)\"" : ""
        let rp = docx.prefix.isEmpty ? "" : docx.prefix + ":"
        var id = highestID(document) + 1
        let stamp = " \(p)author=\"VanBan\"" + (date.map { " \(p)date=\"\(DocxCommenter.escape($0))\"" } ?? "")
        var pieces: [(range: Range<Int>, bytes: [UInt8])] = []
        var preserve = Set<Int>()
        var end = -1
        var skipped = 0
        for edit in edits {
            guard let (first, last, zeroLength) = place(edit.span, docx), Int(first.start) >= end else { skipped += 1; continue }
            let run = docx.runs[Int(first.run)]
            let properties = run.properties.map { String(decoding: document[$0], as: UTF8.self) } ?? ""
            let from = Int(first.start), to = zeroLength ? from : Int(last.end)
            var xml = "</\(rp)t></\(rp)r>"
            if !zeroLength {
                let original = String(decoding: document[from..<to], as: UTF8.self)
                xml += "<\(p)del\(ns) \(p)id=\"\(id)\"\(stamp)><\(rp)r>\(properties)<\(rp)delText xml:space=\"preserve\">\(original)</\(rp)delText></\(rp)r></\(p)del>"
                id += 1
            }
            if !edit.replacement.isEmpty {
                xml += "<\(p)ins\(ns) \(p)id=\"\(id)\"\(stamp)><\(rp)r>\(properties)<\(rp)t xml:space=\"preserve\">\(DocxCommenter.escape(edit.replacement))</\(rp)t></\(rp)r></\(p)ins>"
                id += 1
            }
            xml += "<\(rp)r>\(properties)<\(rp)t xml:space=\"preserve\">"
            pieces.append((from..<to, Array(xml.utf8)))
            let tag = document[Int(first.tag.lowerBound)..<Int(first.tag.upperBound)]
            if !Insertions.contains(tag, Array("xml:space".utf8)) { preserve.insert(Int(first.tag.upperBound) - 1) }
            end = max(to, from + 1)
        }
        pieces += preserve.map { ($0..<$0, Array(" xml:space=\"preserve\"".utf8)) }
        pieces.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out: [UInt8] = []
        var at = 0
        for piece in pieces {
            out.append(contentsOf: document[at..<piece.range.lowerBound])
            out.append(contentsOf: piece.bytes)
            at = piece.range.upperBound
        }
        out.append(contentsOf: document[at...])
        return Outcome(bytes: try ZipRewriter.rewrite(archive, replacing: [(main, out)]), applied: pieces.count - preserve.count, skipped: skipped)
    }

    /// The first and last characters of `span` when they sit in one `w:t` of one run
    /// (for an empty span: the character it goes before).
    static func place(_ span: SourceSpan, _ docx: DocxText) -> (DocxText.Anchor, DocxText.Anchor, Bool)? {
        let line = span.start.line - 1
        guard line >= 0, line < docx.anchors.count, span.end.line == span.start.line else { return nil }
        let anchors = docx.anchors[line]
        let label = docx.lines[line].label
        let a = span.start.column - 1 - label, b = span.end.column - 1 - label
        guard a >= 0, b >= a, a < anchors.count, b <= anchors.count else { return nil }
        let first = anchors[a]
        let last = b > a ? anchors[b - 1] : first
        guard first.inText, last.inText, first.run == last.run, first.tag == last.tag else { return nil }
        return (first, last, b == a)
    }

    /// The largest `w:id` value in the part (revisions need ids of their own).
    static func highestID(_ bytes: [UInt8]) -> Int {
        var highest = 0
        let needle = Array(":id=\"".utf8)
        var i = 0
        while i + needle.count < bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) {
                var j = i + needle.count, value = 0
                while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39, value < 100_000_000 { value = value * 10 + Int(bytes[j] - 0x30); j += 1 }
                highest = max(highest, value)
                i = j
            } else {
                i += 1
            }
        }
        return highest
    }
}
