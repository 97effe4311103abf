import Foundation
import Testing

/// Validates every corpus record against `schemas/document.schema.json` with a real
/// JSON Schema validator (Python's `jsonschema`, draft 2020-12), installed by `.ci/run`.
@Suite("Schema")
struct SchemaTests {
    @Test func corpusRecordsValidate() throws {
        let script = Support.root.appendingPathComponent("scripts/validate_schema.py")
        var args = [script.path, Support.root.appendingPathComponent("schemas/document.schema.json").path]
        for file in Support.corpusFiles {
            args.append(Support.expected.appendingPathComponent(file.replacingOccurrences(of: ".txt", with: ".json")).path)
        }
        let (code, out, err) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + args)
        #expect(code == 0, "\(out)\(err)")
    }
}
