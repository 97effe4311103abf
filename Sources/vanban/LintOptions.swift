import Foundation
import VanBan

/// The options `vanban lint` shares with ruff and ESLint (docs/usage.md names the tool each
/// comes from): output file, statistics, quiet, rule selection, exclusion, exit-zero, diff,
/// standard-input name, colour.
struct LintOptions {
    /// Options without a value.
    static let flags: Set<String> = ["--statistics", "--quiet", "-q", "--exit-zero", "--diff", "--no-ignore", "--no-color"]
    /// Options with a value.
    static let valued: Set<String> = ["--output-file", "-o", "--select", "--ignore", "--exclude", "--stdin-filename",
                                      "--color", "--ignore-path", "--glob"]
    /// Every `--format`.
    static let formats = ["text", "json", "sarif", "html", "github", "junit", "docx"]

    var format = "text"
    /// `-o/--output-file`: the report goes there (atomically) instead of standard output.
    var outputFile: String?
    var statistics = false
    var quiet = false
    var exitZero = false
    var diff = false
    var stdinFilename: String?
    var selection = RuleSelection()
    /// `always`, `never` or `auto`.
    var color = "auto"
    var filter = PathFilter()

    /// Reads the options out of `options`; nil after a usage error (with `exit` set).
    init?(_ options: CommandLineInterface.InputOptions, cli: CommandLineInterface, exit: inout Int32?) {
        let vi = cli.language == .vi
        func fail(_ v: String, _ e: String) -> LintOptions? { exit = cli.usageError(vi ? v : e); return nil }
        format = options.values["--format"] ?? "text"
        guard Self.formats.contains(format) else {
            _ = fail("--format cần một trong: \(Self.formats.joined(separator: ", "))",
                     "--format takes one of: \(Self.formats.joined(separator: ", "))")
            return nil
        }
        outputFile = options.values["--output-file"] ?? options.values["-o"]
        statistics = options.flags.contains("--statistics")
        quiet = options.flags.contains("--quiet") || options.flags.contains("-q")
        exitZero = options.flags.contains("--exit-zero")
        diff = options.flags.contains("--diff")
        stdinFilename = options.values["--stdin-filename"]
        guard let selection = cli.ruleSelection(options, exit: &exit) else { return nil }
        self.selection = selection
        color = options.flags.contains("--no-color") ? "never" : (options.values["--color"] ?? "auto")
        guard ColourChoice(rawValue: color) != nil else {
            _ = fail("--color cần always, never hoặc auto", "--color takes always, never or auto")
            return nil
        }
        if diff && options.flags.contains("--fix") {
            _ = fail("--diff chỉ xem trước các chỗ sửa, không dùng cùng --fix", "--diff previews the fixes; it does not go with --fix")
            return nil
        }
        if statistics && !["text", "json"].contains(format) {
            _ = fail("--statistics in dạng text hoặc json", "--statistics prints as text or json")
            return nil
        }
        guard let filter = Self.filter(options, cli: cli, exit: &exit) else { return nil }
        self.filter = filter
    }

    /// `--exclude` patterns and the ignore file (`--ignore-path`, else `.vanbanignore` in
    /// the current folder, as ESLint reads `.eslintignore`), both relative to the current
    /// folder; `--no-ignore` drops the ignore file. Shared with `vanban batch`.
    static func filter(_ options: CommandLineInterface.InputOptions, cli: CommandLineInterface, exit: inout Int32?) -> PathFilter? {
        var filter = PathFilter()
        let cwd = FileManager.default.currentDirectoryPath
        if !options.flags.contains("--no-ignore") {
            if let path = options.values["--ignore-path"] {
                guard filter.add(file: path) else {
                    exit = cli.usageError(cli.language == .vi ? "\(path): không đọc được tệp bỏ qua" : "\(path): cannot read the ignore file")
                    return nil
                }
            } else {
                filter.add(file: cwd + "/.vanbanignore")
            }
        }
        if let patterns = options.values["--exclude"] {
            filter.add(lines: patterns.split(separator: ",").joined(separator: "\n"), base: cwd)
        }
        return filter
    }

    /// The files to lint: `-` and files as named; folders expanded to their matching files
    /// (recursively, sorted, without what `filter` leaves out) — ruff's `check DIR`.
    func expand(_ arguments: [String], patterns: [String]) -> [String] {
        var files: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            if argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                files += BatchInputs.collect([argument], patterns: patterns, filter: filter).map(\.path)
            } else {
                files.append(argument)
            }
        }
        return files
    }

    /// The name a report gives `file`: `--stdin-filename` for `-`.
    func displayName(_ file: String) -> String {
        file == "-" ? (stdinFilename ?? InputReader.displayName(file)) : InputReader.displayName(file)
    }

    /// The report of `reports` in the chosen format; nil for `html`, which the caller renders.
    /// `note` follows the text summary (the configuration file used).
    func render(_ reports: [FileDiagnostics], language: Language, note: String = "") throws -> String? {
        if statistics {
            let stats = RuleStatistics(reports, language: language)
            return format == "json" ? try stats.json() + "\n" : stats.text()
        }
        switch format {
        case "json": return try DiagnosticRenderer.json(reports, language: language) + "\n"
        case "sarif": return try DiagnosticRenderer.sarif(reports, language: language) + "\n"
        case "github": return GitHubAnnotations.render(reports, language: language)
        case "junit": return JUnitReport.render(reports, language: language)
        case "html": return nil
        default:
            let terminal = outputFile == nil && isatty(STDOUT_FILENO) == 1
            let colour = (ColourChoice(rawValue: color) ?? .auto).resolve(terminal: terminal, environment: ProcessInfo.processInfo.environment)
            var text = DiagnosticRenderer.text(reports, language: language, colour: colour)
            // No "0 files" line when no file could be read: the errors above say it all.
            if !quiet, !reports.isEmpty { text += DiagnosticRenderer.summary(reports, language: language) + note + "\n" }
            return text
        }
    }

    /// Writes `text` to `--output-file` (atomically, UTF-8) or to standard output.
    func emit(_ text: String) throws {
        if let outputFile {
            try AtomicFile.write(Array(text.utf8), to: outputFile)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

extension CommandLineInterface {
    /// `--select` and `--ignore` (comma-separated, repeatable); nil after a usage error for a
    /// name that selects no rule, as in ruff. Shared by `lint` and `batch`.
    func ruleSelection(_ options: InputOptions, exit: inout Int32?) -> RuleSelection? {
        func list(_ key: String) -> [String]? {
            options.values[key].map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        }
        let selection = RuleSelection(select: list("--select"), ignore: list("--ignore") ?? [])
        if let bad = selection.unknownSelector {
            exit = usageError(language == .vi ? "--select/--ignore: không có quy tắc nào tên '\(bad)' (xem: vanban rules)"
                                              : "--select/--ignore: no rule is named '\(bad)' (see: vanban rules)")
            return nil
        }
        return selection
    }

    /// Options whose values add up when repeated (`--select a --select b` = `--select a,b`).
    static let repeatable: Set<String> = ["--select", "--ignore", "--exclude"]

    /// `--csv-header en|vi`: the language of CSV column names (English by default, so
    /// scripts can rely on them); nil after a usage error.
    func csvHeader(_ options: InputOptions, exit: inout Int32?) -> Language? {
        let value = options.values["--csv-header"] ?? "en"
        guard let language = Language(rawValue: value) else {
            exit = usageError(language == .vi ? "--csv-header cần en hoặc vi" : "--csv-header takes en or vi")
            return nil
        }
        return language
    }
}
