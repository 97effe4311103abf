import Foundation
import Testing

/// Validates every corpus record against `schemas/document.schema.json` with a real
/// JSON Schema validator (Python's `jsonschema`, draft 2020-12), installed by `.ci/run`.
@Suite("Schema")
struct SchemaTests {
    @Test func corpusRecordsValidate() throws {
        let files = Support.corpusFiles.map {
            Support.expected.appendingPathComponent($0.replacingOccurrences(of: ".txt", with: ".json")).path
        }
        let (code, report) = try Support.validate(schema: "schemas/document.schema.json", files)
        #expect(code == 0, "\(report)")
    }
}
