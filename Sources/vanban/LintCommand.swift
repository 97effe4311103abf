import Foundation
import VanBan

extension CommandLineInterface {
    /// `vanban lint FILE…|DIR…|- [--format F] [-o FILE] [--fail-level L] [--fix [--output F] | --diff] [--config F] …` (the rest: `LintOptions`)
    func runLint(_ args: [String]) -> Int32 {
        var exit: Int32? = nil
        guard var options = parseOptions(args, flags: Set(["--fix", "--no-config", "--show-config"]).union(LintOptions.flags),
                                         valued: Set(["--format", "--fail-level", "--output", "--config"]).union(LintOptions.valued),
                                         help: Help.lint(language), exit: &exit),
              let extra = LintOptions(options, cli: self, exit: &exit),
              let patterns = globPatterns(options, exit: &exit)
        else { return exit ?? ExitCode.failure.rawValue }
        let vi = language == .vi
        guard !options.files.isEmpty || options.flags.contains("--show-config") else {
            return usageError(vi ? "lint cần ít nhất một tệp (hoặc - cho đầu vào chuẩn)" : "lint takes at least one file (or - for standard input)")
        }
        let showConfig = options.flags.contains("--show-config")
        options.files = extra.expand(options.files, patterns: patterns)
        if options.files.isEmpty && !showConfig {
            // Folders with nothing to lint: a warning and success, as ruff does.
            say(vi ? "không có tệp nào khớp \(patterns.joined(separator: ", ")) để kiểm tra"
                   : "no files matching \(patterns.joined(separator: ", ")) to lint")
            return ExitCode.success.rawValue
        }
        let format = extra.format
        if format == "html" && options.files.count != 1 {
            return usageError(vi ? "--format html cần đúng một tệp; nhiều tệp thì dùng: vanban batch … --html"
                                 : "--format html takes exactly one file; for many use: vanban batch … --html")
        }
        let failLevelName = options.values["--fail-level"] ?? "error"
        guard let failLevel = Severity(rawValue: failLevelName) else {
            return usageError(vi ? "--fail-level cần error, warning hoặc info" : "--fail-level takes error, warning or info")
        }
        let fix = options.flags.contains("--fix")
        let output = options.values["--output"]
        if output != nil && format != "docx" && (!fix || options.files.count != 1) {
            return usageError(vi ? "--output chỉ dùng với --fix và một tệp" : "--output is only for --fix with one file")
        }
        if fix && options.files.contains("-") && output == nil {
            return usageError(vi ? "--fix với đầu vào chuẩn cần --output" : "--fix on standard input needs --output")
        }
        // Configuration: --config, or the nearest .vanban.json above the first file; where it
        // came from is said by --show-config and in the text summary.
        var configuration = LintConfiguration()
        var configurationFile: String? = nil
        if !options.flags.contains("--no-config") {
            let start = options.files.first.map(extra.displayName).flatMap { $0 == "-" ? nil : URL(fileURLWithPath: $0).deletingLastPathComponent().path }
                ?? FileManager.default.currentDirectoryPath
            if let path = options.values["--config"] ?? LintConfiguration.find(from: start) {
                do {
                    configuration = try LintConfiguration.load(path: path)
                    configurationFile = path
                } catch {
                    say(error.message(language))
                    return ExitCode.failure.rawValue
                }
            }
        }
        configuration = extra.selection.apply(to: configuration)
        if showConfig {
            print(configuration.describe(file: configurationFile, explicit: options.values["--config"] != nil,
                                         disabled: options.flags.contains("--no-config"), language: language), terminator: "")
            return ExitCode.success.rawValue
        }
        if format == "docx" {
            return lintIntoWord(options, configuration: configuration, failLevel: failLevel)
        }
        var processing = VanBan.Options(encoding: options.encoding, toneStyle: .keep)
        // Nothing here reads the logical lines once tokenised (the linter reads the tokenised ones).
        processing.keepsLogicalLines = false
        var reports: [FileDiagnostics] = []
        var page: String? = nil  // --format html: the one file's report
        var diffs = ""  // --diff
        var failed = false
        for file in options.files {
            let name = extra.displayName(file)
            do {
                let decoded = try decode(file, options)
                if fix, let docx = decoded.docx {
                    // A Word file gets its fixes as tracked changes in a copy, never plain text.
                    guard let fixed = fixWordFile(file, decoded: decoded, docx: docx, output: output, configuration: configuration) else {
                        failed = true
                        continue
                    }
                    reports.append(FileDiagnostics(file: name, diagnostics: Linter.lint(fixed, configuration: configuration), docx: fixed.docx))
                    continue
                }
                var result = VanBan.process(consume decoded, name: name, options: processing)
                var diagnostics = Linter.lint(result, configuration: configuration)
                if extra.diff {
                    // What --fix would write, as a diff; nothing is written.
                    let (text, _) = FixApplier.apply(diagnostics, to: result.source)
                    diffs += UnifiedDiff.render(old: result.source.text, new: text, name: name)
                } else if fix {
                    let (text, applied) = FixApplier.apply(diagnostics, to: result.source)
                    if applied > 0 || output != nil {
                        let note = try write(text, file: file, output: output)
                        if !extra.quiet { say(vi ? "\(output ?? name): đã sửa \(applied) chỗ\(note)" : "\(output ?? name): \(applied) fixes applied\(note)") }
                    }
                    // Report what is left.
                    result = VanBan.process(text: text, name: output ?? name, options: processing)
                    diagnostics = Linter.lint(result, configuration: configuration)
                }
                reports.append(FileDiagnostics(file: name, diagnostics: diagnostics, docx: result.docx))
                if format == "html" { page = HTMLReport.render(result, diagnostics: diagnostics, language: language) }
            } catch let error as InputError {
                say(InputError(file: name, reason: error.reason).message(in: language))
                failed = true
            } catch let error as FixWriter.Problem {
                say(error.message(language))
                failed = true
            } catch {
                let why = SystemError(error).message(language)
                say(vi ? "\(output ?? name): không ghi được tệp (\(why))" : "\(output ?? name): cannot write the file (\(why))")
                failed = true
            }
        }
        do {
            if extra.diff {
                // ruff's --diff: the diff only; exit 1 when something would change.
                try extra.emit(diffs)
                if failed { return ExitCode.failure.rawValue }
                return diffs.isEmpty || extra.exitZero ? ExitCode.success.rawValue : ExitCode.findings.rawValue
            }
            if let text = try extra.render(reports, language: language, note: configurationNote(configurationFile)) {
                try extra.emit(text)
            } else {
                if let page { try extra.emit(page) }
                if isatty(STDERR_FILENO) == 1, !reports.isEmpty, !extra.quiet {
                    say(DiagnosticRenderer.summary(reports, language: language) + configurationNote(configurationFile))
                }
            }
        } catch {
            let why = SystemError(error).message(language)
            say(vi ? "\(extra.outputFile ?? "-"): không ghi được báo cáo (\(why))"
                   : "\(extra.outputFile ?? "-"): cannot write the report (\(why))")
            return ExitCode.failure.rawValue
        }
        if failed { return ExitCode.failure.rawValue }
        let failing = reports.contains { $0.diagnostics.contains { $0.severity >= failLevel } }
        return failing && !extra.exitZero ? ExitCode.findings.rawValue : ExitCode.success.rawValue
    }

    /// Writes fixed text: to `output`, or over `file` keeping the original as a numbered
    /// backup (`FixWriter`); returns a note naming the backup for the user.
    func write(_ text: String, file: String, output: String?) throws -> String {
        let bytes = Array(text.utf8)
        if let output {
            try AtomicFile.write(bytes, to: output)
            return ""
        }
        let written = try FixWriter.write(bytes, over: file)
        return language == .vi ? " (bản gốc: \(written.backup))" : " (original kept as \(written.backup))"
    }

    /// `; cấu hình: PATH` after the summary when a configuration file was used.
    func configurationNote(_ file: String?) -> String {
        guard let file else { return "" }
        return language == .vi ? " (cấu hình: \(file))" : " (configuration: \(file))"
    }

    /// `vanban rules [--markdown]`
    func runRules(_ args: [String]) -> Int32 {
        if args.contains("--help") || args.contains("-h") {
            print(Help.rules(language))
            return ExitCode.success.rawValue
        }
        if args.contains("--markdown") {
            print(DiagnosticRenderer.rulesMarkdown(), terminator: "")
            return ExitCode.success.rawValue
        }
        if let bad = args.first {
            return usageError(language == .vi ? "tùy chọn không hợp lệ: \(bad)" : "unknown option: \(bad)")
        }
        let width = Linter.rules.map { $0.id.count }.max() ?? 20
        for r in Linter.rules {
            let id = r.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let sev = r.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            let summary = language == .vi ? "\(r.nameVi) — \(r.summary.vi)" : r.summary.en
            print("\(id)  \(sev)\(r.fixable ? "fix " : "    ") \(summary)")
        }
        return ExitCode.success.rawValue
    }
}
