import Foundation
import Testing

/// The `vanban` executable: output, errors and exit codes.
@Suite("Command line")
struct CommandLineTests {
    @Test func parsePrintsTheRecord() throws {
        let (code, out, err) = try Support.run(Support.binary, ["parse", "corpus/004_92d152d3aac8ef7d.txt"])
        #expect(code == 0)
        #expect(err.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
        #expect(json?["schemaVersion"] as? String == "2.0")
    }

    @Test func compactAndStandardInput() throws {
        let data = try Data(contentsOf: Support.corpus.appendingPathComponent("001_c8064ae758f1624a.txt"))
        let (code, out, _) = try Support.run(Support.binary, ["parse", "-", "--compact"], stdin: data)
        #expect(code == 0)
        #expect(out.split(separator: "\n").count == 1)
    }

    static let badInputs: [(String, [UInt8]?)] = [
        ("missing", nil), ("directory", nil), ("empty", []), ("binary", [0x00, 0x01, 0xFF, 0x10, 0x00]),
        ("latin1", Array("Ch\u{0}".utf8).dropLast() + [0xE0, 0x20, 0x61, 0x0A]),
    ]

    @Test(arguments: badInputs)
    func badInputExitsTwoWithOneLine(_ c: (String, [UInt8]?)) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path: String
        switch c.0 {
        case "missing": path = dir.appendingPathComponent("nope.txt").path
        case "directory": path = dir.path
        default:
            path = dir.appendingPathComponent("\(c.0).txt").path
            _ = FileManager.default.createFile(atPath: path, contents: Data(c.1!))
        }
        let (code, out, err) = try Support.run(Support.binary, ["parse", path])
        #expect(code == 2)
        #expect(out.isEmpty)
        #expect(err.split(separator: "\n").count == 1)
        #expect(err.contains(path))
    }

    @Test func helpAndVersion() throws {
        let (c1, help, _) = try Support.run(Support.binary, ["--help"])
        #expect(c1 == 0 && help.contains("vanban parse"))
        let (c2, en, _) = try Support.run(Support.binary, ["parse", "--help", "--lang", "en"])
        #expect(c2 == 0 && en.contains("Parses one document"))
        let (c3, version, _) = try Support.run(Support.binary, ["--version"])
        #expect(c3 == 0 && version.hasPrefix("vanban "))
        let (c4, _, err) = try Support.run(Support.binary, ["frobnicate"])
        #expect(c4 == 2 && !err.isEmpty)
    }
}

/// `vanban normalize` through the executable.
@Suite("Command line: normalize")
struct NormalizeCommandTests {
    @Test func legacyInEmptyInAndAtomicOutput() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-norm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // "Đảng ủy phường" in TCVN3, repeated so detection has evidence.
        let line: [UInt8] = [0xA7, 0xB6, 0x6E, 0x67, 0x20, 0xF1, 0x79, 0x20, 0x70, 0x68, 0xAD, 0xEA, 0x6E, 0x67, 0x0A]
        let legacy = dir.appendingPathComponent("tcvn3.txt")
        _ = FileManager.default.createFile(atPath: legacy.path, contents: Data(Array(repeating: line, count: 3).flatMap { $0 }))
        let (code, out, err) = try Support.run(Support.binary, ["normalize", legacy.path])
        #expect(code == 0 && err.isEmpty)
        #expect(out == String(repeating: "Đảng ủy phường\n", count: 3))

        let empty = dir.appendingPathComponent("empty.txt")
        _ = FileManager.default.createFile(atPath: empty.path, contents: Data())
        let (code2, out2, _) = try Support.run(Support.binary, ["normalize", empty.path])
        #expect(code2 == 0 && out2.isEmpty)

        let target = dir.appendingPathComponent("out.txt")
        let (code3, out3, _) = try Support.run(Support.binary, ["normalize", legacy.path, "--tone-style", "new", "--output", target.path])
        #expect(code3 == 0 && out3.isEmpty)
        #expect(try String(contentsOf: target, encoding: .utf8) == String(repeating: "Đảng uỷ phường\n", count: 3))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["empty.txt", "out.txt", "tcvn3.txt"])

        let (code4, _, err4) = try Support.run(Support.binary, ["normalize", legacy.path, "--encoding", "latin9"])
        #expect(code4 == 2 && err4.contains("--encoding"))
    }
}

/// `vanban lint` and `vanban rules`.
@Suite("Command line: lint")
struct LintCommandTests {
    func temp() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func textFormatExitCodesAndFailLevel() throws {
        let (code, out, _) = try Support.run(Support.binary, ["lint", "corpus/002_b5d9c1d87366f000.txt", "--no-config"])
        #expect(code == 1)
        #expect(out.contains("corpus/002_b5d9c1d87366f000.txt:218:57: cảnh báo: Dấu '(' chưa được đóng [unbalanced-bracket]"))
        #expect(out.hasSuffix("1 tệp: 2 lỗi, 11 cảnh báo, 2 lưu ý\n"))
        #expect(!out.contains("\u{1B}["), "no colour when not a terminal")
        // 004 has warnings and notes only: exit 0 unless asked.
        let (c2, _, _) = try Support.run(Support.binary, ["lint", "corpus/004_92d152d3aac8ef7d.txt", "--no-config"])
        #expect(c2 == 0)
        let (c3, _, _) = try Support.run(Support.binary, ["lint", "corpus/004_92d152d3aac8ef7d.txt", "--fail-level", "warning", "--no-config"])
        #expect(c3 == 1)
        let (c4, en, _) = try Support.run(Support.binary, ["lint", "corpus/004_92d152d3aac8ef7d.txt", "--lang", "en", "--no-config"])
        #expect(c4 == 0 && en.contains("warning: 'Phong chữ' is misspelt; it should be 'Phông chữ' [misspelling]"))
    }

    @Test func jsonAndSarifOnStandardInput() throws {
        let data = try Data(contentsOf: Support.corpus.appendingPathComponent("001_c8064ae758f1624a.txt"))
        let (code, out, _) = try Support.run(Support.binary, ["lint", "-", "--format", "json", "--no-config"], stdin: data)
        #expect(code == 1)
        let list = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [[String: Any]]
        #expect(list.contains { $0["ruleId"] as? String == "national-term" && $0["line"] as? Int == 83 })
        let (c2, sarif, _) = try Support.run(Support.binary, ["lint", "-", "--format", "sarif", "--no-config"], stdin: data)
        #expect(c2 == 1)
        let log = try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as! [String: Any]
        #expect(log["version"] as? String == "2.1.0")
    }

    @Test func fixKeepsTheOriginalOrWritesOutput() throws {
        let dir = try temp()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("du-thao.txt")
        try programme("I. A\n- Triền khai ( Văn phòng chuẩn bị) , Đảng ủy, Đảng ủy, Đảng uỷ.").write(to: file, atomically: true, encoding: .utf8)
        let original = try String(contentsOf: file, encoding: .utf8)
        let out = dir.appendingPathComponent("sua.txt")
        let (c1, _, _) = try Support.run(Support.binary, ["lint", file.path, "--fix", "--output", out.path])
        #expect(c1 == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
        let fixed = try String(contentsOf: out, encoding: .utf8)
        #expect(fixed.contains("- Triển khai (Văn phòng chuẩn bị), Đảng ủy, Đảng ủy, Đảng ủy."))
        let (c2, _, err) = try Support.run(Support.binary, ["lint", file.path, "--fix"])
        #expect(c2 == 0 && err.contains("đã sửa"))
        #expect(try String(contentsOf: URL(fileURLWithPath: file.path + ".orig"), encoding: .utf8) == original)
        #expect(try String(contentsOf: file, encoding: .utf8) == fixed)
    }

    @Test func configFileNearestUpwards() throws {
        let dir = try temp()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sub = dir.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try #"{"rules": {"misspelling": "error", "spacing": "off"}}"#.write(to: dir.appendingPathComponent(".vanban.json"), atomically: true, encoding: .utf8)
        let file = sub.appendingPathComponent("x.txt")
        try programme("I. A\n- Triền khai ( Văn phòng chuẩn bị).").write(to: file, atomically: true, encoding: .utf8)
        let (code, out, _) = try Support.run(Support.binary, ["lint", file.path])
        #expect(code == 1)
        #expect(out.contains("lỗi: 'Triền khai'") && !out.contains("[spacing]"))
        try #"{"rules": {"nope": "off"}}"#.write(to: dir.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let (c2, _, err) = try Support.run(Support.binary, ["lint", file.path, "--config", dir.appendingPathComponent("bad.json").path])
        #expect(c2 == 2 && err.contains("nope"))
    }

    @Test func badUsageAndUnreadableInputExitTwo() throws {
        for args in [["lint"], ["lint", "x.txt", "--format", "xml"], ["lint", "x.txt", "--fail-level", "fatal"], ["lint", "a", "b", "--fix", "--output", "c"]] {
            let (code, _, err) = try Support.run(Support.binary, args)
            #expect(code == 2 && !err.isEmpty, "\(args)")
        }
        // One unreadable file among good ones: the others are still reported, exit 2.
        let (code, out, err) = try Support.run(Support.binary, ["lint", "corpus/004_92d152d3aac8ef7d.txt", "/nonexistent/x.txt", "--no-config"])
        #expect(code == 2 && out.contains("[misspelling]") && err.contains("/nonexistent/x.txt"))
    }

    @Test func rulesListsTheCatalogue() throws {
        let (code, out, _) = try Support.run(Support.binary, ["rules"])
        #expect(code == 0)
        #expect(out.split(separator: "\n").count == 30)
        #expect(out.contains("year-out-of-scope") && out.contains("error"))
        let (_, md, _) = try Support.run(Support.binary, ["rules", "--markdown"])
        #expect(md == (try String(contentsOf: Support.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)))
    }
}

/// `vanban help`, `vanban COMMAND --help`, their languages, and docs/usage.md.
@Suite struct HelpTests {
    static let commands = ["parse", "normalize", "lint", "batch", "export", "rules"]

    @Test func everyCommandHasHelpWithExamplesInBothLanguages() throws {
        for command in Self.commands {
            let (code, vi, _) = try Support.run(Support.binary, [command, "--help"])
            #expect(code == 0 && vi.contains("Ví dụ:"), "\(command)")
            let (_, en, _) = try Support.run(Support.binary, [command, "--help", "--lang", "en"])
            #expect(en.contains("Examples:"), "\(command)")
            #expect(try Support.run(Support.binary, ["help", command]).1 == vi, "help \(command)")
        }
        #expect(try Support.run(Support.binary, ["help"]).1.contains("vanban export"))
        #expect(try Support.run(Support.binary, ["help", "nothing"]).0 == 2)
    }

    @Test func englishWhenLangSaysSo() throws {
        let text = try Support.run(Support.binary, ["help"], environment: ["LANG": "en_GB.UTF-8", "PATH": "/usr/bin:/bin"]).1
        #expect(text.contains("Usage:") && !text.contains("Cách dùng:"))
    }

    /// docs/usage.md names every command, every option the help texts name, and every exit code.
    @Test func usageDocumentCoversEveryOption() throws {
        let usage = try String(contentsOf: Support.root.appendingPathComponent("docs/usage.md"), encoding: .utf8)
        for command in Self.commands {
            #expect(usage.contains("vanban \(command)"), "\(command)")
            for language in ["vi", "en"] {
                let help = try Support.run(Support.binary, [command, "--help", "--lang", language]).1
                let options = help.split(whereSeparator: { " ,[]|()=:;\n".contains($0) })
                    .filter { $0.hasPrefix("--") && $0.count > 2 }
                    .map { String($0.prefix { $0 == "-" || $0.isLetter }) }
                for option in Set(options) { #expect(usage.contains("`\(option)"), "docs/usage.md lacks \(option) (\(command))") }
            }
        }
        for code in ["0", "1", "2", "130", "143"] { #expect(usage.contains("| \(code) "), "exit code \(code)") }
    }
}
