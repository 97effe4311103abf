import Foundation
import Testing
@testable import VanBan

/// The false-alarm budget (issue 15): on real signed documents, at most 1 warning or
/// error per 1,000 lines that is not a real mistake of the text.
///
/// The real documents are the ones `corpus/SOURCES.md` lists as real (origin `real: …`);
/// the reviewed real mistakes are in
/// `corpus/expected/real-findings.json`, each with a verdict.
@Suite("Lint: false-alarm budget on real documents")
struct FalseAlarmBudgetTests {
    struct Accepted: Decodable {
        var file: String
        var line: Int
        var rule: String
        var verdict: String
    }

    /// Corpus files of the real documents: the rows of SOURCES.md whose origin starts with `real`.
    static var realFiles: [String] {
        let sources = (try? String(contentsOf: Support.corpus.appendingPathComponent("SOURCES.md"), encoding: .utf8)) ?? ""
        let names: Set<String> = Set(sources.split(separator: "\n").compactMap { row in
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, cells[1].hasPrefix("real") else { return nil }
            return cells[0]
        })
        return Support.corpusFiles.filter { names.contains($0) }
    }

    static var accepted: [Accepted] {
        let url = Support.expected.appendingPathComponent("real-findings.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([Accepted].self, from: data)) ?? []
    }

    static func lint(_ file: String) throws -> (lines: Int, diagnostics: [Diagnostic], ocr: (Int, Int)) {
        let bytes = try [UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(file)))
        let result = try VanBan.process(bytes, name: "corpus/" + file)
        let document = LintDocument(result)
        return (result.source.lineCount, Linter.lint(result), (document.markedWords, document.syllableEvidence.nonSyllables))
    }

    @Test func realDocumentsAreListed() {
        #expect(Self.realFiles.count >= 12, "SOURCES.md lists \(Self.realFiles.count) real documents")
    }

    @Test func realDocumentsStayWithinTheBudget() throws {
        let accepted = Self.accepted
        var table: [String: [String: Int]] = [:]  // rule → file → count of warnings and errors
        var totals: [String: (lines: Int, all: Int, unreviewed: [Diagnostic])] = [:]
        var usedAccepted = Set<Int>()
        for file in Self.realFiles {
            let (lines, diagnostics, ocr) = try Self.lint(file)
            var unreviewed: [Diagnostic] = []
            var all = 0
            for d in diagnostics where d.severity >= .warning {
                all += 1
                table[d.ruleID, default: [:]][file, default: 0] += 1
                if let k = accepted.firstIndex(where: { $0.file == file && $0.line == d.span.start.line && $0.rule == d.ruleID }) {
                    usedAccepted.insert(k)
                } else {
                    unreviewed.append(d)
                }
            }
            totals[file] = (lines, all, unreviewed)
            let misread = diagnostics.count { $0.ruleID == Misspelling.id }
            print(String(format: "%@: %d lines, %d words with diacritics, %d not syllables, %.1f misread per 1,000%@", file, lines, ocr.0,
                         ocr.1, 1000 * Double(misread) / Double(max(ocr.0, 1)),
                         ocr.0 >= 200 && Double(misread) / Double(max(ocr.0, 1)) > LintDocument.ocrThreshold ? " (OCR)" : ""))
        }
        // The table: warnings + errors per 1,000 lines, per rule and document.
        let files = Self.realFiles
        var out = "rule".padding(toLength: 24, withPad: " ", startingAt: 0) + files.map { String($0.prefix(3)).padding(toLength: 7, withPad: " ", startingAt: 0) }.joined()
        for rule in table.keys.sorted() {
            out += "\n" + rule.padding(toLength: 24, withPad: " ", startingAt: 0)
            for f in files {
                let n = table[rule]?[f] ?? 0
                out += (n == 0 ? "·" : String(format: "%.1f", 1000 * Double(n) / Double(totals[f]!.lines))).padding(toLength: 7, withPad: " ", startingAt: 0)
            }
        }
        out += "\n" + "all (per 1,000 lines)".padding(toLength: 24, withPad: " ", startingAt: 0)
            + files.map { String(format: "%.1f", 1000 * Double(totals[$0]!.all) / Double(totals[$0]!.lines)).padding(toLength: 7, withPad: " ", startingAt: 0) }.joined()
        out += "\n" + "not reviewed".padding(toLength: 24, withPad: " ", startingAt: 0)
            + files.map { String(format: "%.1f", 1000 * Double(totals[$0]!.unreviewed.count) / Double(totals[$0]!.lines)).padding(toLength: 7, withPad: " ", startingAt: 0) }.joined()
        print(out)
        for f in files {
            let (lines, _, unreviewed) = totals[f]!
            for d in unreviewed { print("not reviewed: \(f):\(d.span.start.line):\(d.span.start.column) [\(d.ruleID)] \(d.message(.vi))") }
            #expect(Double(unreviewed.count) <= Double(lines) / 1000,
                    "\(f): \(unreviewed.count) warnings/errors not in real-findings.json over \(lines) lines")
        }
        // Every accepted finding still fires: the list holds no stale verdicts.
        for (k, a) in accepted.enumerated() where !usedAccepted.contains(k) {
            Issue.record("real-findings.json: \(a.file):\(a.line) [\(a.rule)] no longer reported")
        }
    }
}

extension FalseAlarmBudgetTests {
    @Test func dumpNonSyllables() throws {
        guard ProcessInfo.processInfo.environment["VANBAN_DUMP"] == "1" else { return }
        for file in Self.realFiles {
            let bytes = try [UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(file)))
            let doc = LintDocument(try VanBan.process(bytes, name: file))
            var bad: [String: Int] = [:]
            for (t, key) in zip(doc.textLines, doc.keys) { for (i, w) in key.enumerated() where !w.isEmpty && t.tokens[i].range.count > 1 && !t.line.scalars[t.tokens[i].range].allSatisfy({ !$0.properties.isLowercase }) && w.utf8.contains(where: { $0 >= 0x80 }) && !Syllable.isValid(w.unicodeScalars) { bad[w, default: 0] += 1 } }
            print(file, bad.sorted { $0.value > $1.value }.prefix(25).map { "\($0.key):\($0.value)" }.joined(separator: " "))
        }
    }
}
