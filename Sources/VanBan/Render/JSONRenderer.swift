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
    ///
    /// The types of the record, the findings and the batch outputs write themselves
    /// (`JSONDirect`); anything else goes through `JSONWriter`'s `Encoder`.
    public static func bytes<T: Encodable>(_ value: T, compact: Bool = false, docx: DocxText? = nil) throws -> [UInt8] {
        if let direct = value as? any JSONDirect {
            let (bytes, nonFinite) = JSONOutput.write(pretty: !compact, docx: docx) { direct.writeJSON(to: &$0, depth: 0) }
            if !nonFinite { return bytes }   // else the `Encodable` path throws its error
        }
        return try encodable(value, compact: compact, docx: docx)
    }

    /// UTF-8 JSON of `value` through `JSONWriter`'s `Encoder`, whatever its type.
    static func encodable<T: Encodable>(_ value: T, compact: Bool = false, docx: DocxText? = nil) throws -> [UInt8] {
        var userInfo: [CodingUserInfoKey: any Sendable] = [:]
        if let docx { userInfo[SourceLocation.docxKey] = docx }
        return try JSONWriter.encode(value, pretty: !compact, userInfo: userInfo)
    }
}
