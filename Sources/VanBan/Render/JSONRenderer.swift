/// Renders records as JSON: keys sorted, so output is stable and diffs are reviewable.
///
/// The bytes are those Foundation's `JSONEncoder` writes with `.sortedKeys` and
/// `.withoutEscapingSlashes` (`.prettyPrinted` unless compact); `JSONWriter` produces
/// them without Foundation's intermediate tree.
public enum JSONRenderer {
    /// JSON text of `value`, pretty-printed unless `compact`.
    /// For a Word input, `docx` adds the paragraph and offset to every position.
    public static func render<T: Encodable>(_ value: T, compact: Bool = false, docx: DocxText? = nil) throws -> String {
        String(decoding: try bytes(value, compact: compact, docx: docx), as: UTF8.self)
    }

    /// UTF-8 JSON of `value`, pretty-printed unless `compact`.
    public static func bytes<T: Encodable>(_ value: T, compact: Bool = false, docx: DocxText? = nil) throws -> [UInt8] {
        var userInfo: [CodingUserInfoKey: any Sendable] = [:]
        if let docx { userInfo[SourceLocation.docxKey] = docx }
        return try JSONWriter.encode(value, pretty: !compact, userInfo: userInfo)
    }
}
