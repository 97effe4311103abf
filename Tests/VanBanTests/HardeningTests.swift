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
}
