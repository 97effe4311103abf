import Foundation
import Testing
@testable import VanBan

/// The linter on the hold-out set (`Tests/Holdout/`): programmes written without looking
/// at the rules, with planted mistakes and correct look-alikes in `*.gold.json`.
///
/// Scoring (as `Tests/Holdout/README.md` proposes): a mistake is found when a finding of
/// one of its `rules` starts on its line or on one of its `alsoAcceptLines`; a look-alike
/// is flagged when a warning or error on its line overlaps the columns of its text; any
/// other warning or error is unexpected. The suite prints the table and holds the linter
/// to the floors below.
@Suite("Hold-out")
struct HoldoutTests {
    static let folder = Support.root.appendingPathComponent("Tests/Holdout")

    /// The least recall accepted over the whole set. The issue's bar is 0.9; this floor is
    /// the figure measured on the current rules and is only ever raised.
    static let recallFloor = 0.96
    /// Look-alikes flagged at warning or error. The issue's bar is 0; this ceiling is the
    /// figure measured on the current rules and is only ever lowered.
    static let flaggedCeiling = 0
    /// Warnings and errors on lines meant to be correct; measured 0.
    static let unexpectedCeiling = 0

    struct Gold: Decodable {
        struct Mistake: Decodable { var line: Int; var text: String; var rules: [String]; var alsoAcceptLines: [Int]? }
        struct LookAlike: Decodable { var line: Int; var text: String; var why: String }
        var document: String
        var mistakes: [Mistake]
        var lookalikes: [LookAlike]
    }

    struct Score {
        var file: String
        var planted = 0, found = 0, lookalikes = 0, flagged = 0, unexpected = 0
        var missed: [String] = []
        var flaggedText: [String] = []
        var unexpectedText: [String] = []
    }

    static func score(_ goldName: String) throws -> Score {
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: folder.appendingPathComponent(goldName)))
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(gold.document)))
        let result = try VanBan.process(bytes, name: gold.document)
        let findings = Linter.lint(result)
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
        var s = Score(file: gold.document)
        var explained = Set<Int>()
        for m in gold.mistakes {
            s.planted += 1
            let accepted = Set([m.line] + (m.alsoAcceptLines ?? []))
            explained.formUnion(accepted)
            if findings.contains(where: { m.rules.contains($0.ruleID) && accepted.contains($0.span.start.line) }) {
                s.found += 1
            } else {
                s.missed.append("\(m.line): «\(m.text)» [\(m.rules.joined(separator: ","))]")
            }
        }
        for l in gold.lookalikes {
            s.lookalikes += 1
            explained.insert(l.line)
            let line = l.line <= lines.count ? lines[l.line - 1] : ""
            guard let range = line.range(of: l.text) else { continue }
            let first = line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1
            let last = first + l.text.unicodeScalars.count
            let hits = findings.filter { d in
                d.severity != .info && d.span.start.line <= l.line && d.span.end.line >= l.line
                    && (d.span.start.line < l.line || d.span.start.column < last)
                    && (d.span.end.line > l.line || d.span.end.column > first)
            }
            if !hits.isEmpty {
                s.flagged += 1
                s.flaggedText.append("\(l.line): «\(l.text)» by \(hits.map(\.ruleID).joined(separator: ","))")
            }
        }
        for d in findings where d.severity != .info && !explained.contains(d.span.start.line) {
            s.unexpected += 1
            s.unexpectedText.append("\(d.span.start.line):\(d.span.start.column) \(d.ruleID): \(d.message(.vi))")
        }
        return s
    }

    static var goldFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".gold.json") }.sorted()
    }

    @Test func recallAndPrecision() throws {
        let scores = try Self.goldFiles.map(Self.score)
        #expect(scores.count >= 6)
        var report = "\nHold-out: file | planted | found | look-alikes | flagged | unexpected\n"
        for s in scores {
            report += "\(s.file) | \(s.planted) | \(s.found) | \(s.lookalikes) | \(s.flagged) | \(s.unexpected)\n"
            for m in s.missed { report += "    missed   \(m)\n" }
            for f in s.flaggedText { report += "    FLAGGED  \(f)\n" }
            for u in s.unexpectedText { report += "    unexpected \(u)\n" }
        }
        let planted = scores.reduce(0) { $0 + $1.planted }, found = scores.reduce(0) { $0 + $1.found }
        let flagged = scores.reduce(0) { $0 + $1.flagged }, unexpected = scores.reduce(0) { $0 + $1.unexpected }
        let recall = Double(found) / Double(max(planted, 1))
        report += String(format: "total: recall %d/%d = %.1f%%, look-alikes flagged %d, unexpected findings %d\n", found, planted, recall * 100, flagged, unexpected)
        print(report)
        #expect(recall >= Self.recallFloor, "recall \(recall)")
        #expect(flagged <= Self.flaggedCeiling, "look-alikes flagged: \(flagged)")
        #expect(unexpected <= Self.unexpectedCeiling, "unexpected findings: \(unexpected)")
    }
}
