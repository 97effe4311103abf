/// What `vanban batch` writes for one input: `OUT/<relative path>.json`
/// (`schemas/batch-output.schema.json`).
struct BatchOutput: Encodable {
    /// The VanBan version and settings that produced it: `--resume` redoes the file when they change.
    var vanban = VanBan.version
    var settings: String
    /// SHA-256 of the input's bytes: `--resume` redoes the file when they change.
    var inputSHA256: String
    var summary: BatchRow
    var decodeWarnings: [Warning]
    var record: DocumentRecord
    var diagnostics: [DiagnosticRenderer.JSONDiagnostic]

    struct Warning: Encodable {
        var line: Int
        var column: Int
        var message: String
    }
}

/// The part of an output `--resume` reads back.
struct BatchOutputHeader: Decodable {
    var vanban: String
    var settings: String
    var inputSHA256: String?
    var summary: BatchRow
}

// A per-file output written directly (`JSONDirect`): the bytes of its `Encodable` coding,
// members in the byte order of their keys (`DirectJSONEquivalenceTests`).

extension BatchOutput: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"decodeWarnings\"", depth, first: true)
        out.array(decodeWarnings, depth &+ 1)
        out.key("\"diagnostics\"", depth)
        out.array(diagnostics, depth &+ 1)
        out.key("\"inputSHA256\"", depth)
        out.string(inputSHA256)
        out.key("\"record\"", depth)
        record.writeJSON(to: &out, depth: depth &+ 1)
        out.key("\"settings\"", depth)
        out.string(settings)
        out.key("\"summary\"", depth)
        summary.writeJSON(to: &out, depth: depth &+ 1)
        out.key("\"vanban\"", depth)
        out.string(vanban)
        out.closeObject(depth)
    }
}

extension BatchOutput.Warning: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"column\"", depth, first: true)
        out.int(column)
        out.key("\"line\"", depth)
        out.int(line)
        out.key("\"message\"", depth)
        out.string(message)
        out.closeObject(depth)
    }
}

extension BatchRow: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"attachments\"", depth, first: true)
        out.int(attachments)
        out.key("\"bytes\"", depth)
        out.int(bytes)
        if let v = date { out.key("\"date\"", depth); out.string(v) }
        out.key("\"decodeWarnings\"", depth)
        out.int(decodeWarnings)
        if let v = documentType { out.key("\"documentType\"", depth); out.string(v) }
        if let v = encoding { out.key("\"encoding\"", depth); out.string(v) }
        out.key("\"errors\"", depth)
        out.int(errors)
        out.key("\"infos\"", depth)
        out.int(infos)
        out.key("\"meetings\"", depth)
        out.int(meetings)
        out.key("\"milliseconds\"", depth)
        out.int(milliseconds)
        out.key("\"monthlyPlans\"", depth)
        out.int(monthlyPlans)
        if let v = number { out.key("\"number\"", depth); out.string(v) }
        if let v = output { out.key("\"output\"", depth); out.string(v) }
        out.key("\"path\"", depth)
        out.string(path)
        if let v = reason { out.key("\"reason\"", depth); out.string(v) }
        if let v = reasonCode { out.key("\"reasonCode\"", depth); out.string(v) }
        out.key("\"resumed\"", depth)
        out.bool(resumed)
        out.key("\"status\"", depth)
        out.string(status.rawValue)
        if let v = system { out.key("\"system\"", depth); out.string(v) }
        if let v = typeCode { out.key("\"typeCode\"", depth); out.string(v) }
        out.key("\"warnings\"", depth)
        out.int(warnings)
        out.closeObject(depth)
    }
}
