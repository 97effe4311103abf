import Foundation
import Testing
@testable import VanBan

/// `vanban batch --format jsonl`: one compact line per document in `OUT/records.jsonl`.
@Suite("Batch: JSON Lines")
struct BatchLinesTests {
    /// Reads records.jsonl line by line with Python's `json` (and pandas, where installed),
    /// as a data tool would; prints the number of lines, then each line's input path.
    static let reader = """
        import json, sys
        paths = []
        with open(sys.argv[1], encoding="utf-8") as f:
            for line in f:
                assert line.endswith("\\n"), "a line without its newline"
                row = json.loads(line)
                assert isinstance(row, dict) and row["record"]["schemaVersion"] == "2.0"
                paths.append(row["summary"]["path"])
        try:
            import pandas
            assert len(pandas.read_json(sys.argv[1], lines=True)) == len(paths)
        except ImportError:
            pass
        print(len(paths))
        print("\\n".join(paths))
        """

    @Test func oneLinePerDocumentSameContentAsTheFiles() throws {
        let dir = try Support.temporaryDirectory("batch-jsonl")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        let manager = FileManager.default
        try manager.createDirectory(at: input.appendingPathComponent("nam-2026"), withIntermediateDirectories: true)
        for file in Support.corpusFiles {
            try manager.copyItem(at: Support.corpus.appendingPathComponent(file), to: input.appendingPathComponent(file))
        }
        try manager.copyItem(at: Support.corpus.appendingPathComponent(Support.corpusFiles[0]),
                             to: input.appendingPathComponent("nam-2026/chuong-trinh.txt"))
        try Data().write(to: input.appendingPathComponent("rong.txt"))

        let lines = dir.appendingPathComponent("lines"), files = dir.appendingPathComponent("files")
        let (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", lines.path, "--format", "jsonl", "--jobs", "2", "--no-config"])
        #expect(code == 2, "\(err)")   // the empty file fails; the rest are written
        let (code2, _, err2) = try Support.run(Support.binary, ["batch", input.path, "--out", files.path, "--jobs", "1", "--no-config"])
        #expect(code2 == 2, "\(err2)")

        // One file for the records, no file per input (not even a folder for nam-2026/).
        #expect(BatchTests.jsonFiles(under: lines) == [".vanban-manifest.json", ".vanban.lock", "records.jsonl", "summary.csv", "summary.json"])
        let rows = try BatchTests.rows(lines)
        let ok = rows.filter { $0["status"] as? String == "ok" }
        #expect(ok.count == Support.corpusFiles.count + 1)
        #expect(ok.allSatisfy { $0["output"] as? String == "records.jsonl" })

        let recordsPath = lines.appendingPathComponent("records.jsonl").path
        let (read, out, problem) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", Self.reader, recordsPath])
        #expect(read == 0, "\(problem)")
        let printed = out.split(separator: "\n").map(String.init)
        #expect(printed.first == String(ok.count))
        #expect(Set(printed.dropFirst()) == Set(ok.map { $0["path"] as! String }))

        // Each line holds what the document's own output file holds (its record and diagnostics).
        let text = try String(contentsOfFile: recordsPath, encoding: .utf8)
        var validated: [String] = []
        for (k, line) in text.split(separator: "\n").enumerated() {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let summary = object["summary"] as! [String: Any]
            let row = try #require(try BatchTests.rows(files).first { $0["path"] as? String == summary["path"] as? String })
            let file = try JSONSerialization.jsonObject(with: Data(contentsOf: files.appendingPathComponent(row["output"] as! String))) as! [String: Any]
            #expect(object["record"] as? NSDictionary == file["record"] as? NSDictionary)
            #expect(object["diagnostics"] as? NSArray == file["diagnostics"] as? NSArray)
            #expect(object["inputSHA256"] as? String == file["inputSHA256"] as? String)
            let one = dir.appendingPathComponent("line-\(k).json")
            try Data(line.utf8).write(to: one)
            validated.append(one.path)
        }
        let (valid, report) = try Support.validate(schema: "schemas/batch-output.schema.json", validated)
        #expect(valid == 0, "\(report)")
    }

    @Test func resumeAndAnUnknownFormatAreUsageErrors() throws {
        let dir = try Support.temporaryDirectory("batch-jsonl-usage")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = Support.corpus.appendingPathComponent(Support.corpusFiles[0]).path
        let out = dir.appendingPathComponent("out").path
        let (code, _, err) = try Support.run(Support.binary, ["batch", file, "--out", out, "--format", "jsonl", "--resume", "--lang", "en"])
        #expect(code == 2)
        #expect(err.contains("--resume works with --format json only"))
        let (code2, _, _) = try Support.run(Support.binary, ["batch", file, "--out", out, "--format", "csv"])
        #expect(code2 == 2)
    }
}
