import Foundation
import Testing
@testable import VanBan

/// `vanban batch`: a folder with good and bad files, resuming, interruption, exit codes.
@Suite("Batch")
struct BatchTests {
    static func summary(_ out: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as! [String: Any]
    }

    static func rows(_ out: URL) throws -> [[String: Any]] {
        try summary(out)["files"] as! [[String: Any]]
    }

    static func jsonFiles(under dir: URL) -> [String] {
        let walker = FileManager.default.enumerator(atPath: dir.path)
        var found: [String] = []
        while let path = walker?.nextObject() as? String { found.append(path) }
        return found.sorted()
    }

    /// The corpus plus an empty, a binary, a broken-UTF-8 and a huge one-line file, one
    /// copy in a subfolder, one hidden folder: good files converted, bad ones listed with
    /// their reason, exit 2.
    @Test func mixedFolder() throws {
        let dir = try Support.temporaryDirectory("batch")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        let manager = FileManager.default
        try manager.createDirectory(at: input.appendingPathComponent("nam-2026"), withIntermediateDirectories: true)
        try manager.createDirectory(at: input.appendingPathComponent(".git"), withIntermediateDirectories: true)
        for file in Support.corpusFiles {
            try manager.copyItem(at: Support.corpus.appendingPathComponent(file), to: input.appendingPathComponent(file))
        }
        try manager.copyItem(at: Support.corpus.appendingPathComponent(Support.corpusFiles[4]),
                             to: input.appendingPathComponent("nam-2026/ke-hoach.txt"))
        try Data().write(to: input.appendingPathComponent("rong.txt"))
        var random = SeededRandom(seed: 42)
        try Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }).write(to: input.appendingPathComponent("nhi-phan.txt"))
        var broken: [UInt8] = []
        for k in 0..<3000 { broken += [0xC3, UInt8(0x41 + k % 26), 0xE1, 0x80] }
        try Data(broken).write(to: input.appendingPathComponent("hong-utf8.txt"))
        var line: [UInt8] = []
        while line.count < 1_000_000 { line += Array("Hội nghị lần thứ 3 tháng 5/2026 thảo luận (Văn phòng chuẩn bị); ".utf8) }
        try Data(line).write(to: input.appendingPathComponent("mot-dong.txt"))
        try Data("không phải .txt".utf8).write(to: input.appendingPathComponent("ghi-chu.md"))
        try Data("ẩn".utf8).write(to: input.appendingPathComponent(".git/an.txt"))

        let out = dir.appendingPathComponent("out")
        let (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path, "--jobs", "2", "--lang", "en"])
        #expect(code == 2, "\(err)")
        let rows = try Self.rows(out)
        let byName = Dictionary(uniqueKeysWithValues: rows.map { (URL(fileURLWithPath: $0["path"] as! String).lastPathComponent, $0) })
        #expect(rows.count == Support.corpusFiles.count + 5, "\(rows.map { $0["path"]! })")
        for file in Support.corpusFiles + ["ke-hoach.txt", "mot-dong.txt"] {
            #expect(byName[file]?["status"] as? String == "ok", "\(file)")
        }
        #expect(byName["rong.txt"]?["reasonCode"] as? String == "empty")
        #expect(byName["nhi-phan.txt"]?["reasonCode"] as? String == "binary")
        #expect(byName["hong-utf8.txt"]?["reasonCode"] as? String == "unknownEncoding")
        for name in ["rong.txt", "nhi-phan.txt", "hong-utf8.txt"] {
            #expect(byName[name]?["status"] as? String == "failed")
            #expect((byName[name]?["reason"] as? String)?.contains(name) == true)
            #expect(err.contains(name), "the failure of \(name) is said on stderr")
        }
        #expect(byName["ghi-chu.md"] == nil && byName["an.txt"] == nil)
        // …but listed as skipped, with their reasons.
        let skipped = (try Self.summary(out)["skipped"] as! [[String: Any]]).map { "\($0["path"]!) \($0["reasonCode"]!)" }
        #expect(skipped == [input.path + "/.git hidden", input.path + "/ghi-chu.md pattern"], "\(skipped)")
        // Counts in the summary are those of the record and the lint.
        let first = Support.corpusFiles[0]
        let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(first))), name: first)
        #expect(byName[first]?["meetings"] as? Int == result.record.meetings.count)
        #expect(byName[first]?["monthlyPlans"] as? Int == result.record.monthlyPlans.count)
        #expect(byName[first]?["errors"] as? Int == Linter.lint(result).filter { $0.severity == .error }.count)
        #expect((byName[first]?["milliseconds"] as? Int ?? 0) > 0, "time spent is recorded")

        // One output per good file, where its relative path says; all valid against the schemas.
        let outputs = Self.jsonFiles(under: out).filter { $0.hasSuffix(".json") && $0 != "summary.json" && !$0.hasPrefix(".vanban") }
        #expect(Set(outputs) == Set(Support.corpusFiles.map { $0.replacingOccurrences(of: ".txt", with: ".json") }
                                    + ["nam-2026/ke-hoach.json", "mot-dong.json"]))
        var (check, text) = try Support.validate(schema: "schemas/batch-output.schema.json", outputs.map { out.appendingPathComponent($0).path })
        #expect(check == 0, "\(text)")
        (check, text) = try Support.validate(schema: "schemas/batch-summary.schema.json", [out.appendingPathComponent("summary.json").path])
        #expect(check == 0, "\(text)")

        // summary.csv: BOM, one row per input, read back by Python's csv module.
        let csv = [UInt8](try Data(contentsOf: out.appendingPathComponent("summary.csv")))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let reader = "import csv,sys; a=list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline=''))); "
            + "r=[x for x in a if x['status']!='skipped']; print(len(r)); print(sorted(set(x['status'] for x in a))); print([x['document_type'] for x in r if x['path'].endswith('000_3eaa0e434add0cf8.txt')])"
        let (pyCode, pyOut, pyErr) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"),
                                                     ["python3", "-c", reader, out.appendingPathComponent("summary.csv").path])
        #expect(pyCode == 0, "\(pyErr)")
        #expect(pyOut == "\(rows.count)\n['failed', 'ok', 'skipped']\n['CHƯƠNG TRÌNH']\n")
    }

    /// --resume skips what is up to date and redoes what changed; a changed input is redone.
    @Test func resume() throws {
        let dir = try Support.temporaryDirectory("resume")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for file in Support.corpusFiles.suffix(3) {
            try FileManager.default.copyItem(at: Support.corpus.appendingPathComponent(file), to: input.appendingPathComponent(file))
        }
        let out = dir.appendingPathComponent("out")
        var (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path])
        #expect([0, 1].contains(code), "\(err)")
        let firstRows = try Self.rows(out)
        (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path, "--resume"])
        #expect([0, 1].contains(code), "\(err)")
        var summary = try Self.summary(out)
        #expect(summary["resumed"] as? Int == 3)
        // The resumed rows carry the counts of the first run.
        let strip: ([String: Any]) -> String = { row in
            row.filter { !["resumed", "milliseconds"].contains($0.key) }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
        }
        #expect((summary["files"] as! [[String: Any]]).map(strip) == firstRows.map(strip))
        // A changed input is processed again; so is everything after a change of settings.
        // (Its bytes change: --resume compares content, a new modification time alone is not a change.)
        let changed = input.appendingPathComponent(Support.corpusFiles.suffix(3).first!)
        try (Data(contentsOf: changed) + Data("\n".utf8)).write(to: changed)
        (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path, "--resume"])
        summary = try Self.summary(out)
        #expect(summary["resumed"] as? Int == 2, "\(err)")
        (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path, "--resume", "--lang", "en"])
        summary = try Self.summary(out)
        #expect(summary["resumed"] as? Int == 0, "\(err)")
    }

    /// SIGINT or SIGTERM in the middle of hundreds of files: exit 130/143, only complete JSON
    /// behind, no temporary files. SIGKILL: outputs complete or absent (a temporary file may
    /// stay until the next run removes it). Either way a --resume run finishes the job.
    @Test(arguments: [SIGINT, SIGTERM, SIGKILL])
    func interruptedAndResumed(_ sig: Int32) throws {
        let dir = try Support.temporaryDirectory("interrupt")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let small = Support.corpusFiles.filter { $0.hasPrefix("004") }
        for k in 0..<200 {
            try FileManager.default.copyItem(at: Support.corpus.appendingPathComponent(small[k % small.count]),
                                             to: input.appendingPathComponent(String(format: "van-ban-%03d.txt", k)))
        }
        let out = dir.appendingPathComponent("out")
        let process = Process()
        process.executableURL = Support.binary
        process.arguments = ["batch", input.path, "--out", out.path, "--jobs", "2"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait for some outputs, then interrupt.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, Self.jsonFiles(under: out).filter({ $0.hasPrefix("van-ban-") && $0.hasSuffix(".json") }).count < 20 { usleep(20_000) }
        kill(process.processIdentifier, sig)
        process.waitUntilExit()
        if sig == SIGKILL {
            #expect(process.terminationReason == .uncaughtSignal)
        } else {
            #expect(process.terminationStatus == 128 + sig)
            let summary = try Self.summary(out)
            #expect(summary["interrupted"] as? Bool == true)
        }
        let left = Self.jsonFiles(under: out)
        let outputs = left.filter { $0.hasPrefix("van-ban-") }
        #expect(outputs.count >= 20 && outputs.count < 200, "\(outputs.count) outputs")
        if sig != SIGKILL {
            #expect(left.allSatisfy { $0.hasSuffix(".json") || $0 == "summary.csv" || $0 == ".vanban.lock" }, "\(left.filter { !$0.hasSuffix(".json") })")
        }
        // Every output that exists is complete.
        for name in outputs where name.hasSuffix(".json") {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is not valid JSON")
        }
        let done = outputs.filter { $0.hasSuffix(".json") }.count
        let (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path, "--resume"])
        #expect([0, 1].contains(code), "\(err)")
        let summary = try Self.summary(out)
        #expect(summary["ok"] as? Int == 200)
        #expect(summary["resumed"] as? Int == done)
        #expect(summary["interrupted"] as? Bool == false)
        let after = Self.jsonFiles(under: out)
        #expect(after.filter { $0.hasPrefix("van-ban-") && $0.hasSuffix(".json") }.count == 200)
        #expect(!after.contains { $0.hasSuffix(".tmp") }, "temporary files left: \(after.filter { $0.hasSuffix(".tmp") })")
    }

    @Test func exitCodesAndUsage() throws {
        let dir = try Support.temporaryDirectory("batch-exit")
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = Support.corpus
        let clean = Support.corpusFiles.filter { $0.hasPrefix("004") }.map { corpus.appendingPathComponent($0).path }
        let errors = Support.corpusFiles.filter { $0.hasPrefix("000") }.map { corpus.appendingPathComponent($0).path }
        var (code, _, err) = try Support.run(Support.binary, ["batch"] + clean + ["--out", dir.appendingPathComponent("a").path])
        #expect(code == 0, "\(err)")
        (code, _, err) = try Support.run(Support.binary, ["batch"] + clean + ["--out", dir.appendingPathComponent("b").path, "--fail-level", "warning"])
        #expect(code == 1, "\(err)")
        (code, _, err) = try Support.run(Support.binary, ["batch"] + errors + ["--out", dir.appendingPathComponent("c").path])
        #expect(code == 1, "\(err)")
        (code, _, err) = try Support.run(Support.binary, ["batch"] + clean + ["missing.txt", "--out", dir.appendingPathComponent("d").path])
        #expect(code == 2 && err.contains("missing.txt"), "\(err)")
        (code, _, err) = try Support.run(Support.binary, ["batch", corpus.path])
        #expect(code == 2 && err.contains("--out"), "\(err)")
        (code, _, err) = try Support.run(Support.binary, ["batch", corpus.path, "--out", dir.path, "--jobs", "0"])
        #expect(code == 2 && err.contains("--jobs"), "\(err)")
        (code, _, err) = try Support.run(Support.binary, ["batch", "--help"])
        #expect(code == 0)
    }

    /// Inputs found: globs, hidden entries, the output folder inside the input, name clashes.
    @Test func collectingInputs() throws {
        let dir = try Support.temporaryDirectory("collect")
        defer { try? FileManager.default.removeItem(at: dir) }
        let manager = FileManager.default
        for path in ["a/doc.txt", "a/doc.TXT", "a/b/c.txt", "a/.hidden/x.txt", "a/note.md", "a/out/old.txt"] {
            let url = dir.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let root = dir.appendingPathComponent("a").path
        let inputs = BatchInputs.collect([root], excluding: root + "/out")
        #expect(inputs.map(\.output) == ["b/c.json", "doc.TXT.json", "doc.txt.json"])
        #expect(BatchInputs.collect([root], patterns: ["*.md"]).map(\.output) == ["note.json"])
        let two = BatchInputs.collect([root + "/b", root + "/doc.txt", dir.appendingPathComponent("nope").path])
        #expect(two.map(\.output) == ["b/c.json", "doc.json", "nope.json"])
        #expect(two[2].problem?.reason == .notFound)
        #expect(BatchInputs.matches("VB.TXT", ["*.txt"]) && !BatchInputs.matches("VB.txt.bak", ["*.txt"]))
    }
}
