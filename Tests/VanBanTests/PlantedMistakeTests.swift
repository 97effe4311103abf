import Foundation
import Testing
@testable import VanBan

/// One change planted in a corpus document: the rule that must report it and the line.
struct Plant: CustomTestStringConvertible, Sendable {
    var file: String
    var rule: String
    var line: Int
    /// Physical line index (0-based) and its new text.
    var replacement: String
    var testDescription: String { "\(rule) at \(file):\(line)" }
}

/// Planted-mistake tests: take a corpus document, change one thing (a year, a meeting
/// number, a weekday, an anniversary count, a total, a preparer twice) and assert the
/// right rule reports it at the right line — and did not report that line before.
@Suite("Lint: planted mistakes")
struct PlantedMistakeTests {
    static func lines(_ file: String) -> [String] {
        (try? String(contentsOf: Support.corpus.appendingPathComponent(file), encoding: .utf8))?.components(separatedBy: "\n") ?? []
    }

    static func file(_ prefix: String) -> String { Support.corpusFiles.first { $0.hasPrefix(prefix) }! }

    /// Replace the first match of `pattern` on every line that has one, up to `limit` plants.
    static func plants(_ prefix: String, rule: String, limit: Int = 12,
                       _ change: (String) -> String?) -> [Plant] {
        let f = file(prefix)
        // Lines the rule reports already (the seeds' own mistakes) are not clean ground.
        let reported = Set(findings(lines(f).joined(separator: "\n")).filter { $0.rule == rule }.map(\.line))
        var result: [Plant] = []
        for (k, line) in lines(f).enumerated() {
            guard result.count < limit, !reported.contains(k + 1), let changed = change(line), changed != line else { continue }
            result.append(Plant(file: f, rule: rule, line: k + 1, replacement: changed))
        }
        return result
    }

    static func replacing(_ line: String, _ regex: String, _ transform: (String) -> String) -> String? {
        guard let r = line.range(of: regex, options: .regularExpression) else { return nil }
        return line.replacingCharacters(in: r, with: transform(String(line[r])))
    }

    static let cases: [Plant] = {
        var all: [Plant] = []
        // A meeting number bumped: the sequence breaks at that meeting (002, Roman numerals).
        // (The first meeting is left alone: changing it shows at the second.)
        all += plants("002", rule: "session-sequence") { line in
            guard !line.contains("lần thứ I ") else { return nil }
            guard line.contains("Hội nghị Ban Chấp hành"), line.hasPrefix(" ") || line.first?.isNumber == true else { return nil }
            return replacing(line, "lần thứ [IVXL]+") { _ in "lần thứ XL" }
        }
        // A year of a monthly item moved three years back (001, months of 2026).
        all += plants("001", rule: "year-out-of-scope") { line in
            guard line.hasPrefix("- "), !line.contains("nhiệm kỳ") else { return nil }
            return replacing(line, "năm 2026") { _ in "năm 2023" }
        }
        // A quarter of 2026 meetings moved to 2024 (002).
        all += plants("002", rule: "year-out-of-scope", limit: 6) { line in
            replacing(line, "quý I[IV]*/2026") { $0.replacingOccurrences(of: "2026", with: "2024") }
        }
        // The weekday of the event date (004).
        for wrong in ["Thứ Hai", "Thứ Ba", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"] {
            all += plants("004", rule: "weekday-mismatch", limit: 1) { line in
                line.contains("14/01/2026 (Thứ Tư)") ? line.replacingOccurrences(of: "Thứ Tư", with: wrong) : nil
            }
        }
        // The anniversary count (001: 79 năm … 27/7/1947 - 27/7/2026).
        for n in ["78", "80", "81"] {
            all += plants("001", rule: "anniversary-mismatch", limit: 1) { line in
                line.contains("79 năm") ? line.replacingOccurrences(of: "79 năm", with: "\(n) năm") : nil
            }
        }
        // The total of speeches (004: 05 tham luận: 01 …×5).
        for n in ["04", "06", "07"] {
            all += plants("004", rule: "count-mismatch", limit: 1) { line in
                line.contains("05 tham luận") ? line.replacingOccurrences(of: "05 tham luận", with: "\(n) tham luận") : nil
            }
        }
        // A preparer written twice (000).
        all += plants("000", rule: "duplicate-preparer", limit: 4) { line in
            line.contains("(Văn phòng Đảng ủy phường chuẩn bị)")
                ? line.replacingOccurrences(of: "(Văn phòng Đảng ủy phường chuẩn bị)", with: "(Văn phòng Đảng ủy phường, Văn phòng Đảng ủy phường chuẩn bị)")
                : nil
        }
        // A month prepares the wrong meeting (000: "Kế hoạch tổ chức Hội nghị … lần thứ N").
        all += plants("000", rule: "conference-reference", limit: 4) { line in
            guard line.contains("Kế hoạch tổ chức Hội nghị Ban Chấp hành Đảng bộ phường lần thứ") else { return nil }
            return replacing(line, "lần thứ [0-9]+") { _ in "lần thứ 40" }
        }
        // A word doubled (003).
        all += plants("003", rule: "repeated-word", limit: 6) { line in
            replacing(line, "triển khai") { _ in "triển khai khai" }
        }
        return all
    }()

    @Test func thereAreManyPlants() { #expect(Self.cases.count >= 40) }

    @Test(arguments: cases)
    func plantIsReported(_ plant: Plant) throws {
        var lines = Self.lines(plant.file)
        let before = findings(lines.joined(separator: "\n")).filter { $0.rule == plant.rule && $0.line == plant.line }
        lines[plant.line - 1] = plant.replacement
        let after = findings(lines.joined(separator: "\n")).filter { $0.rule == plant.rule }
        #expect(before.isEmpty, "\(plant.rule) already reported line \(plant.line) before the change")
        #expect(after.contains { $0.line == plant.line }, "\(plant.rule) did not report line \(plant.line): \(plant.replacement)")
    }
}
