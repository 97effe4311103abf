/// The legal structure of a document in the HTML report: its parts, chapters, sections
/// and articles as a nested list, each linked to its line.
extension HTMLReport {
    /// Node kinds shown in the outline (clauses and points would drown the articles).
    static let outlineKinds: Set<String> = ["part", "chapter", "section", "subsection", "article"]

    /// The outline section, or "" for a document without articles.
    static func structureSection(_ record: DocumentRecord, _ words: Words) -> String {
        guard hasArticles(record.sections) else { return "" }
        var out = "<section id=\"structure\">\n<h2>\(words.structure)</h2>\n"
        out += outline(record.sections)
        out += "</section>\n"
        return out
    }

    static func hasArticles(_ nodes: [SectionNode]) -> Bool {
        nodes.contains { $0.kind == "article" || hasArticles($0.children) }
    }

    static func outline(_ nodes: [SectionNode]) -> String {
        let shown = nodes.filter { outlineKinds.contains($0.kind) }
        guard !shown.isEmpty else { return "" }
        var out = "<ul class=\"outline\">\n"
        for node in shown {
            let label = node.numbering?.label ?? ""
            let text = [label, node.title].filter { !$0.isEmpty }.joined(separator: " ")
            out += "<li class=\"\(node.kind)\"><a href=\"#L\(node.span.start.line)\">\(escape(text))</a>"
            out += outline(node.children)
            out += "</li>\n"
        }
        out += "</ul>\n"
        return out
    }
}
