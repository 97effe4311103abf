import Foundation
import Testing
@testable import VanBan

/// Lint output of each corpus document against its reviewed expectation
/// (`corpus/expected/<name>.lint.json`); `VANBAN_RECORD=1` rewrites them for review.
@Suite("Lint: corpus, formats, configuration")
struct LintCorpusTests {
    static func lintJSON(_ file: String) throws -> String {
        let bytes = try [UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(file)))
        let name = "corpus/" + file
        let result = try VanBan.process(bytes, name: name)
        return try DiagnosticRenderer.json([FileDiagnostics(file: name, diagnostics: Linter.lint(result))], language: .vi) + "\n"
    }

    static func expectedURL(_ file: String) -> URL {
        Support.expected.appendingPathComponent(file.replacingOccurrences(of: ".txt", with: ".lint.json"))
    }

    @Test(arguments: Support.corpusFiles)
    func matchesReviewedLint(_ file: String) throws {
        let json = try Self.lintJSON(file)
        let url = Self.expectedURL(file)
        if ProcessInfo.processInfo.environment["VANBAN_RECORD"] == "1" {
            try json.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(json == expected, "lint of \(file) differs from \(url.lastPathComponent); review with VANBAN_RECORD=1 and git diff")
    }

    @Test func outputsValidateAgainstSchemas() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var reports: [FileDiagnostics] = []
        for file in Support.corpusFiles {
            let bytes = try [UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(file)))
            reports.append(FileDiagnostics(file: "corpus/" + file, diagnostics: Linter.lint(try VanBan.process(bytes, name: file))))
        }
        #expect(reports.contains { $0.diagnostics.contains { $0.fix != nil } })
        let json = dir.appendingPathComponent("lint.json")
        try DiagnosticRenderer.json(reports, language: .en).write(to: json, atomically: true, encoding: .utf8)
        let sarif = dir.appendingPathComponent("lint.sarif")
        try DiagnosticRenderer.sarif(reports, language: .vi).write(to: sarif, atomically: true, encoding: .utf8)
        for (schema, file) in [("schemas/diagnostics.schema.json", json), ("--sarif", sarif)] {
            let (code, report) = try Support.validate(schema: schema, [file.path])
            #expect(code == 0, "\(schema): \(report)")
        }
        // SARIF results point at rules by index, every rule has a description.
        let log = try JSONSerialization.jsonObject(with: Data(contentsOf: sarif)) as! [String: Any]
        let run = (log["runs"] as! [[String: Any]])[0]
        let rules = ((run["tool"] as! [String: Any])["driver"] as! [String: Any])["rules"] as! [[String: Any]]
        for result in run["results"] as! [[String: Any]] {
            let index = result["ruleIndex"] as! Int
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        #expect(rules.count == Linter.rules.count)
    }

    @Test func rulesDocumentIsCurrent() throws {
        let doc = try String(contentsOf: Support.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(doc == DiagnosticRenderer.rulesMarkdown(), "docs/rules.md is stale: run `vanban rules --markdown > docs/rules.md`")
    }

    @Test func everyRuleDeclaresItself() {
        var ids = Set<String>()
        for rule in Linter.rules {
            #expect(ids.insert(rule.id).inserted, "duplicate id \(rule.id)")
            #expect(rule.id.allSatisfy { $0.isLowercase || $0 == "-" })
            #expect(!rule.summary.vi.isEmpty && !rule.summary.en.isEmpty && !rule.messages.isEmpty)
            for (_, m) in rule.messages {
                // Every placeholder is filled (some arguments exist for one language only,
                // such as the English weekday name).
                let args = (0..<6).map { "a\($0)" }
                for language in Language.allCases {
                    let text = m.format(language, args)
                    #expect(!text.contains("{"), "\(rule.id): \(text)")
                }
            }
        }
        #expect(ids.count == 30)
    }

    @Test func configurationSwitchesRulesOffAndRelevels() throws {
        let config = try LintConfiguration.parse(Data(#"{"rules": {"spacing": "off", "misspelling": "error"}}"#.utf8), path: "x")
        let text = programme("I. A\n- Triền khai ( Văn phòng chuẩn bị).")
        let result = VanBan.process(text: text, name: "t")
        let plain = Linter.lint(result)
        #expect(plain.contains { $0.ruleID == "spacing" })
        #expect(plain.first { $0.ruleID == "misspelling" }?.severity == .warning)
        let configured = Linter.lint(result, configuration: config)
        #expect(!configured.contains { $0.ruleID == "spacing" })
        #expect(configured.first { $0.ruleID == "misspelling" }?.severity == .error)
        #expect(throws: LintConfiguration.Problem.self) { try LintConfiguration.parse(Data(#"{"rules": {"no-such-rule": "off"}}"#.utf8), path: "x") }
        #expect(throws: LintConfiguration.Problem.self) { try LintConfiguration.parse(Data(#"{"rules": {"spacing": "loud"}}"#.utf8), path: "x") }
        #expect(throws: LintConfiguration.Problem.self) { try LintConfiguration.parse(Data("not json".utf8), path: "x") }
    }

    @Test func inlineMarkerSilencesNamedRulesOnItsLine() {
        let text = programme("I. A\n- Triền khai ( Văn phòng chuẩn bị). vanban-ignore: spacing\n- Triền khai ( Ban chuẩn bị). vanban-ignore\n- Triền khai ( Ban chuẩn bị).")
        let got = findings(text).filter { $0.rule == "spacing" || $0.rule == "misspelling" }
        let lines = text.components(separatedBy: "\n")
        let first = lines.firstIndex { $0.contains("vanban-ignore: spacing") }! + 1
        #expect(got.map(\.rule).filter { $0 == "misspelling" }.count == 2)
        #expect(got.contains { $0.rule == "misspelling" && $0.line == first })
        #expect(!got.contains { $0.line == first + 1 })
        #expect(got.contains { $0.rule == "spacing" && $0.line == first + 2 })
    }

    @Test func fixesApplyAndLeaveNothingFixable() throws {
        for file in Support.corpusFiles {
            let bytes = try [UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(file)))
            let result = try VanBan.process(bytes, name: file)
            let first = Linter.lint(result)
            let (text, applied) = FixApplier.apply(first, to: result.source)
            let again = Linter.lint(VanBan.process(text: text, name: file))
            #expect((applied > 0) == first.contains { $0.fix != nil }, "\(file): \(applied) fixes applied")
            #expect(!again.contains { $0.fix != nil && $0.ruleID != "tone-style-mixed" }, "\(file): \(again.filter { $0.fix != nil }.map { "\($0.ruleID)@\($0.span)" })")
            #expect(!again.contains { $0.ruleID == "tone-style-mixed" || $0.ruleID == "spacing" })
            #expect(text.components(separatedBy: "\n").count == result.source.lineCount + (result.source.scalars.last == "\n" ? 1 : 0))
        }
    }
}
