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
