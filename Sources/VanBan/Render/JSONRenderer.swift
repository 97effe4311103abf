import Foundation

/// Renders records as JSON: keys sorted, so output is stable and diffs are reviewable.
public enum JSONRenderer {
    /// JSON text of `value`, pretty-printed unless `compact`.
    /// For a Word input, `docx` adds the paragraph and offset to every position.
    public static func render<T: Encodable>(_ value: T, compact: Bool = false, docx: DocxText? = nil) throws -> String {
        let encoder = JSONEncoder()
        if let docx { encoder.userInfo[SourceLocation.docxKey] = docx }
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }
}
