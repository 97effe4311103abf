/// The findings' JSON written directly (`JSONDirect`): the bytes of their `Encodable` coding,
/// members in the byte order of their keys (`DirectJSONEquivalenceTests`).

extension DiagnosticRenderer.JSONDiagnostic: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"column\"", depth, first: true)
        out.int(column)
        out.key("\"endColumn\"", depth)
        out.int(endColumn)
        out.key("\"endLine\"", depth)
        out.int(endLine)
        out.key("\"file\"", depth)
        out.string(file)
        if let v = fix { out.key("\"fix\"", depth); v.writeJSON(to: &out, depth: depth &+ 1) }
        out.key("\"line\"", depth)
        out.int(line)
        out.key("\"message\"", depth)
        out.string(message)
        if let v = offset { out.key("\"offset\"", depth); out.int(v) }
        if let v = paragraph { out.key("\"paragraph\"", depth); out.int(v) }
        out.key("\"ruleId\"", depth)
        out.string(ruleId)
        out.key("\"severity\"", depth)
        out.string(severity)
        out.closeObject(depth)
    }
}

extension DiagnosticRenderer.JSONFix: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"edits\"", depth, first: true)
        out.array(edits, depth &+ 1)
        out.closeObject(depth)
    }
}

extension DiagnosticRenderer.JSONEdit: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"column\"", depth, first: true)
        out.int(column)
        out.key("\"endColumn\"", depth)
        out.int(endColumn)
        out.key("\"endLine\"", depth)
        out.int(endLine)
        out.key("\"line\"", depth)
        out.int(line)
        out.key("\"replacement\"", depth)
        out.string(replacement)
        out.closeObject(depth)
    }
}
