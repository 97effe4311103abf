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
        #expect(json?["schemaVersion"] as? String == "1.0")
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
