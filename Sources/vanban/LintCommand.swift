import Foundation
import VanBan

extension CommandLineInterface {
    /// `vanban lint FILE…|- [--format text|json|sarif|html] [--fail-level L] [--fix [--output F]] [--config F]`
    func runLint(_ args: [String]) -> Int32 {
        var exit: Int32? = nil
        guard let options = parseOptions(args, flags: ["--fix", "--no-config", "--show-config"],
                                         valued: ["--format", "--fail-level", "--output", "-o", "--config"],
                                         help: Help.lint(language), exit: &exit)
        else { return exit ?? ExitCode.failure.rawValue }
        let vi = language == .vi
        guard !options.files.isEmpty || options.flags.contains("--show-config") else {
            return usageError(vi ? "lint cần ít nhất một tệp (hoặc - cho đầu vào chuẩn)" : "lint takes at least one file (or - for standard input)")
        }
        let format = options.values["--format"] ?? "text"
        guard ["text", "json", "sarif", "html"].contains(format) else {
            return usageError(vi ? "--format cần text, json, sarif hoặc html" : "--format takes text, json, sarif or html")
        }
        if format == "html" && options.files.count != 1 {
            return usageError(vi ? "--format html cần đúng một tệp; nhiều tệp thì dùng: vanban batch … --html"
                                 : "--format html takes exactly one file; for many use: vanban batch … --html")
        }
        let failLevelName = options.values["--fail-level"] ?? "error"
        guard let failLevel = Severity(rawValue: failLevelName) else {
            return usageError(vi ? "--fail-level cần error, warning hoặc info" : "--fail-level takes error, warning or info")
        }
        let fix = options.flags.contains("--fix")
        let output = options.values["--output"] ?? options.values["-o"]
        if output != nil && (!fix || options.files.count != 1) {
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
            let start = options.files.first.flatMap { $0 == "-" ? nil : URL(fileURLWithPath: $0).deletingLastPathComponent().path }
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
        if options.flags.contains("--show-config") {
            print(configuration.describe(file: configurationFile, explicit: options.values["--config"] != nil,
                                         disabled: options.flags.contains("--no-config"), language: language), terminator: "")
            return ExitCode.success.rawValue
        }
        let processing = VanBan.Options(encoding: options.encoding, toneStyle: .keep)
        var reports: [FileDiagnostics] = []
        var page: String? = nil  // --format html: the one file's report
        var failed = false
        for file in options.files {
            let name = InputReader.displayName(file)
            do {
                let decoded = try decode(file, options)
                var result = VanBan.process(decoded, name: name, options: processing)
                var diagnostics = Linter.lint(result, configuration: configuration)
                if fix {
                    let (text, applied) = FixApplier.apply(diagnostics, to: result.source)
                    if applied > 0 || output != nil {
                        let note = try write(text, file: file, output: output)
                        say(vi ? "\(output ?? name): đã sửa \(applied) chỗ\(note)" : "\(output ?? name): \(applied) fixes applied\(note)")
                    }
                    // Report what is left.
                    result = VanBan.process(text: text, name: output ?? name, options: processing)
                    diagnostics = Linter.lint(result, configuration: configuration)
                }
                reports.append(FileDiagnostics(file: name, diagnostics: diagnostics))
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
            switch format {
            case "json":
                FileHandle.standardOutput.write(Data((try DiagnosticRenderer.json(reports, language: language) + "\n").utf8))
            case "sarif":
                FileHandle.standardOutput.write(Data((try DiagnosticRenderer.sarif(reports, language: language) + "\n").utf8))
            case "html":
                if let page { FileHandle.standardOutput.write(Data(page.utf8)) }
                if isatty(STDERR_FILENO) == 1, !reports.isEmpty {
                    say(DiagnosticRenderer.summary(reports, language: language) + configurationNote(configurationFile))
                }
            default:
                let colour = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                FileHandle.standardOutput.write(Data(DiagnosticRenderer.text(reports, language: language, colour: colour).utf8))
                // No "0 files" line when no file could be read: the errors above say it all.
                if !reports.isEmpty {
                    let line = DiagnosticRenderer.summary(reports, language: language) + configurationNote(configurationFile)
                    FileHandle.standardOutput.write(Data((line + "\n").utf8))
                }
            }
        } catch {
            say(vi ? "không tạo được báo cáo (\(SystemError(error).message(language)))"
                   : "cannot make the report (\(SystemError(error).message(language)))")
            return ExitCode.failure.rawValue
        }
        if failed { return ExitCode.failure.rawValue }
        let failing = reports.contains { $0.diagnostics.contains { $0.severity >= failLevel } }
        return failing ? ExitCode.findings.rawValue : ExitCode.success.rawValue
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
            let summary = language == .vi ? r.summary.vi : r.summary.en
            print("\(id)  \(sev)\(r.fixable ? "fix " : "    ") \(summary)")
        }
        return ExitCode.success.rawValue
    }
}
