/// Hands a Word document back with a comment (`w:comment`, ECMA-376 §17.13.4) on the
/// exact words of each finding: review marks where the clerk already works.
///
/// Every change is an insertion into `document.xml` at a byte offset — comment range
/// marks and reference runs, and where a mark falls inside a run, the run closed and
/// reopened with a copy of its properties — so the document's own XML is unchanged
/// byte for byte around the anchors. The comments part, its relationship and its
/// content type are added (or extended when the document already has comments); every
/// other part of the archive is copied as it was.
public enum DocxCommenter {
    /// One comment to add: where (1-based lines and columns of the extracted text, end
    /// exclusive) and what it says, one string per paragraph of the comment.
    public struct Comment: Sendable {
        /// First character.
        public var start: SourceLocation
        /// One past the last character.
        public var end: SourceLocation
        /// The comment's paragraphs.
        public var paragraphs: [String]

        /// Creates a comment.
        public init(start: SourceLocation, end: SourceLocation, paragraphs: [String]) {
            self.start = start
            self.end = end
            self.paragraphs = paragraphs
        }
    }

    /// The comment of a finding: severity and message, the suggested fix, the rule ID.
    public static func comment(for d: Diagnostic, source: SourceText, language: Language) -> Comment {
        let vi = language == .vi
        var paragraphs = ["\(d.severity.label(language).capitalizedFirst): \(d.message(language))"]
        if let fix = d.fix {
            // A fix may edit many places (one per word of a style rule); five show what it does.
            var replacements = fix.edits.prefix(5).map { "«\($0.replacement)»" }.joined(separator: ", ")
            if fix.edits.count > 5 { replacements += vi ? " … (\(fix.edits.count) chỗ)" : " … (\(fix.edits.count) places)" }
            paragraphs.append((vi ? "Đề xuất sửa: " : "Suggested fix: ") + replacements)
        }
        paragraphs.append((vi ? "Quy tắc: " : "Rule: ") + d.ruleID + " (VanBan)")
        return Comment(start: d.span.start, end: d.span.end, paragraphs: paragraphs)
    }

    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let commentsType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
    static let commentsContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"

    /// The Word file `bytes` (whose text is `docx`) with `comments` added, dated `date`
    /// (ISO 8601, `2026-12-01T10:00:00Z`; without it LibreOffice shows the year 0).
    public static func annotate(_ bytes: [UInt8], docx: DocxText, comments: [Comment], date: String? = nil) throws(ContainerProblem) -> [UInt8] {
        let (archive, main) = try DocxReader.open(bytes)
        let document = try archive.data(archive.entry(main)!, sizeLimit: DocxReader.Limits().xmlPart)
        let directory = main.contains("/") ? String(main[..<main.lastIndex(of: "/")!]) + "/" : ""
        let fileName = String(main.dropFirst(directory.count))
        let relsName = directory + "_rels/" + fileName + ".rels"
        let relsData = try archive.entry(relsName).map { e throws(ContainerProblem) in try archive.data(e) }
        let typesData = try archive.data(archive.entry("[Content_Types].xml")!)

        // Where the comments go: the document's own comments part, or a new one.
        var commentsName = directory + "comments.xml"
        var existing: [UInt8]? = nil
        if let relsData, let target = try DocxReader.relationshipTarget(relsData, part: relsName, typeSuffix: "/comments") {
            commentsName = target.hasPrefix("/") ? String(target.dropFirst()) : directory + target
            existing = try archive.entry(commentsName).map { e throws(ContainerProblem) in try archive.data(e) }
        } else {
            var n = 2
            while archive.entry(commentsName) != nil { commentsName = directory + "comments\(n).xml"; n += 1 }
        }
        let firstID = (existing.map(highestID) ?? -1) + 1
        let p = docx.prefix.isEmpty ? "" : docx.prefix + ":"

        var insertions = Insertions(docx: docx, document: document, prefix: p)
        for (k, comment) in comments.enumerated() {
            insertions.add(comment, id: firstID + k)
        }
        let annotated = insertions.apply()

        var replacements: [(name: String, data: [UInt8])] = [(main, annotated)]
        let entries = comments.enumerated().map { commentXML($1, id: firstID + $0, date: date) }.joined()
        if let existing, let close = lastIndex(of: Array("</w:comments>".utf8), in: existing) ?? lastIndex(of: Array("comments>".utf8), in: existing) {
            // The document's own comments stay; ours are added before the closing tag.
            let closeStart = existing[close - 1] == UInt8(ascii: "/") ? close - 2 : close
            var merged = Array(existing[..<closeStart])
            merged += Array(entries.utf8)
            merged += existing[closeStart...]
            replacements.append((commentsName, merged))
        } else {
            let part = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:comments xmlns:w=\"\(mainNamespace)\">" + entries + "</w:comments>"
            replacements.append((commentsName, Array(part.utf8)))
            let target = String(commentsName.dropFirst(directory.count))
            replacements.append((relsName, addRelationship(relsData, target: target)))
            replacements.append(("[Content_Types].xml", addOverride(typesData, part: "/" + commentsName)))
        }
        return try ZipRewriter.rewrite(archive, replacing: replacements)
    }

    /// The largest `w:id` in a comments part.
    static func highestID(_ bytes: [UInt8]) -> Int {
        var scanner = XMLScanner(bytes)
        var highest = -1
        while let event = try? scanner.next() {
            guard case .start(let name, let attributes, _, _) = event, WordXML.localName(scanner, name) == "comment",
                  let id = WordXML.attributes(scanner, attributes)["id"].flatMap({ Int($0) }) else { continue }
            highest = max(highest, id)
        }
        return highest
    }

    static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var i = bytes.count - needle.count
        while i >= 0 {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // Characters XML 1.0 forbids become spaces.
                if s.value < 0x20 && s.value != 0x09 && s.value != 0x0A && s.value != 0x0D { out += " " } else { out.unicodeScalars.append(s) }
            }
        }
        return out
    }

    static func commentXML(_ comment: Comment, id: Int, date: String?) -> String {
        // The namespace is declared on the comment itself, so it also holds inside a
        // document's own comments part that binds another prefix.
        var xml = "<w:comment xmlns:w=\"\(mainNamespace)\" w:id=\"\(id)\" w:author=\"VanBan\" w:initials=\"VB\""
            + (date.map { " w:date=\"\(escape($0))\"" } ?? "") + ">"
        for text in comment.paragraphs {
            xml += "<w:p><w:r><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r></w:p>"
        }
        return xml + "</w:comment>"
    }

    static func addRelationship(_ rels: [UInt8]?, target: String) -> [UInt8] {
        guard let rels, let close = lastIndex(of: Array("</Relationships>".utf8), in: rels) else {
            return Array(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdVanBan1\" Type=\"\(commentsType)\" Target=\"\(escape(target))\"/></Relationships>").utf8)
        }
        let text = String(decoding: rels, as: UTF8.self)
        var n = 1
        while text.contains("Id=\"rIdVanBan\(n)\"") { n += 1 }
        let relationship = "<Relationship Id=\"rIdVanBan\(n)\" Type=\"\(commentsType)\" Target=\"\(escape(target))\"/>"
        return Array(rels[..<close]) + Array(relationship.utf8) + rels[close...]
    }

    static func addOverride(_ types: [UInt8], part: String) -> [UInt8] {
        guard let close = lastIndex(of: Array("</Types>".utf8), in: types) else { return types }
        let override = "<Override PartName=\"\(escape(part))\" ContentType=\"\(commentsContentType)\"/>"
        return Array(types[..<close]) + Array(override.utf8) + types[close...]
    }
}

extension String {
    /// The string with its first letter in capitals (`lỗi` → `Lỗi`).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

}
