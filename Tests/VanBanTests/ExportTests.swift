import Foundation
import Testing
@testable import VanBan

/// `vanban export --csv`: one row per scheduled item, UTF-8 with BOM, RFC 4180, read back
/// by Python's csv module and compared with the record.
@Suite struct ExportTests {
    /// The CSV at `path` as Python's csv module reads it (utf-8-sig), as JSON rows.
    static func pythonRows(_ path: String) throws -> [[String]] {
        let reader = "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))))"
        let (code, out, err) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", reader, path])
        #expect(code == 0, "\(err)")
        return try JSONDecoder().decode([[String]].self, from: Data(out.utf8))
    }

    @Test func theFiveYearProgrammeGivesOneRowPerScheduledItem() throws {
        let dir = try Support.temporaryDirectory("export")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = Support.corpusFiles[0]
        let csv = dir.appendingPathComponent("lich.csv")
        let (code, _, err) = try Support.run(Support.binary, ["export", "corpus/" + file, "--csv", csv.path])
        #expect(code == 0, "\(err)")
        let bytes = [UInt8](try Data(contentsOf: csv))
        #expect(Array(bytes.prefix(3)) == CSV.byteOrderMark)
        let rows = try Self.pythonRows(csv.path)
        // Column names: English by default whatever --lang is (scripts read them), Vietnamese on request.
        #expect(rows.first == ScheduleExport.header(.en))
        #expect(rows.first == ["document", "kind", "year", "month", "body", "meeting_number", "extended",
                               "item", "preparers", "conditional", "line"])
        let vi = dir.appendingPathComponent("lich-vi.csv")
        #expect(try Support.run(Support.binary, ["export", "corpus/" + file, "--csv", vi.path, "--csv-header", "vi"]).0 == 0)
        #expect(try Self.pythonRows(vi.path).first == ScheduleExport.header(.vi))
        #expect(try Support.run(Support.binary, ["export", "corpus/" + file, "--csv", vi.path, "--csv-header", "fr"]).0 == 2)
        let record = try Support.record(file)
        var expected: [(line: Int, text: String, meeting: String)] = []
        for m in record.meetings { for i in m.items { expected.append((i.span.start.line, i.text, m.session.map(String.init) ?? "")) } }
        for p in record.monthlyPlans { for i in p.items { expected.append((i.span.start.line, i.text, "")) } }
        expected.sort { $0.line < $1.line }
        #expect(rows.count - 1 == expected.count)
        #expect(rows.count - 1 == 438)  // 74 agenda items of 21 meetings + 364 items of 60 monthly plans, counted in the source
        for (row, want) in zip(rows.dropFirst(), expected) {
            #expect(row.count == 11)
            #expect(row[7] == want.text && row[5] == want.meeting && row[10] == String(want.line))
        }
        // Vietnamese intact (NFC, as in the source).
        #expect(rows[1][1] == "hội nghị" && rows[1][4] == "Ban Chấp hành Đảng bộ phường")
        #expect(rows.contains { $0[1] == "kế hoạch tháng" && $0[2] == "2030" && $0[3] == "8" })
    }

    @Test func quotesCommasAndRolesSurviveTheRoundTrip() throws {
        let dir = try Support.temporaryDirectory("export-quotes")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("a.txt")
        try Data(sampleProgramme.utf8).write(to: input)
        let csv = dir.appendingPathComponent("out.csv")
        let (code, _, err) = try Support.run(Support.binary, ["export", input.path, "--csv", csv.path, "--lang", "en"])
        #expect(code == 0, "\(err)")
        let rows = try Self.pythonRows(csv.path)
        #expect(rows.first == ScheduleExport.header(.en))
        let items = rows.dropFirst()
        #expect(items.map { $0[1] } == ["meeting", "meeting", "meeting", "monthly plan", "monthly plan", "monthly plan"])
        #expect(items.first?[7] == "Sơ kết quý I, \"trọng tâm\" quý II năm 2026, kế hoạch <kiểm tra> & giám sát (Văn phòng Đảng ủy chủ trì chuẩn bị).")
        #expect(items.first?[8] == "Văn phòng Đảng ủy (lead)")
        #expect(items.dropFirst().first?[9] == "yes")   // (nếu có)
        #expect(items.dropFirst(2).first?[6] == "yes")  // mở rộng
        #expect(items.dropFirst(2).first?[8] == "Văn phòng Đảng ủy (lead); Ban Tổ chức Đảng ủy (coordinate)")
        // RFC 4180 on the wire: CRLF records, doubled quotes inside a quoted field.
        let text = String(decoding: try Data(contentsOf: csv).dropFirst(3), as: UTF8.self)
        #expect(text.contains("\"Sơ kết quý I, \"\"trọng tâm\"\" quý II"))
        #expect(text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func csvFieldQuoting() {
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("a,b") == "\"a,b\"")
        #expect(CSV.field("say \"x\"") == "\"say \"\"x\"\"\"")
        #expect(CSV.field("two\nlines") == "\"two\nlines\"")
        #expect(CSV.field(" lead") == "\" lead\"")
    }

    @Test func aBadInputIsReportedAndTheOthersStillExported() throws {
        let dir = try Support.temporaryDirectory("export-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(sampleProgramme.utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data([0x00, 0xFF, 0x00, 0xFE, 0x01, 0x02] + Array(repeating: 0, count: 200)).write(to: dir.appendingPathComponent("b.txt"))
        let csv = dir.appendingPathComponent("out.csv")
        let (code, _, err) = try Support.run(Support.binary, ["export", dir.path, dir.appendingPathComponent("missing.txt").path, "--csv", csv.path])
        #expect(code == 2)
        #expect(err.contains("b.txt") && err.contains("missing.txt"))
        #expect(try Self.pythonRows(csv.path).count == 7)
        // Usage errors.
        #expect(try Support.run(Support.binary, ["export", dir.path]).0 == 2)
        #expect(try Support.run(Support.binary, ["export", "--csv", csv.path]).0 == 2)
    }
}
