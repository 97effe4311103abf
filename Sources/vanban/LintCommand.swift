import Foundation
import VanBan

extension CommandLineInterface {
    /// `vanban lint FILE…|- [--format text|json|sarif|html] [--fail-level L] [--fix [--output F]] [--config F]`
    func runLint(_ args: [String]) -> Int32 {
        var exit: Int32? = nil
        guard let options = parseOptions(args, flags: ["--fix", "--no-config"],
                                         valued: ["--format", "--fail-level", "--output", "-o", "--config"],
                                         help: Help.lint(language), exit: &exit)
        else { return exit ?? ExitCode.failure.rawValue }
        let vi = language == .vi
        guard !options.files.isEmpty else {
            return usageError(vi ? "lint cần ít nhất một tệp (hoặc - cho đầu vào chuẩn)" : "lint takes at least one file (or - for standard input)")
        }
        let format = options.values["--format"] ?? "text"
        guard ["text", "json", "sarif", "html", "docx"].contains(format) else {
            return usageError(vi ? "--format cần text, json, sarif, html hoặc docx" : "--format takes text, json, sarif, html or docx")
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
        if output != nil && format != "docx" && (!fix || options.files.count != 1) {
            return usageError(vi ? "--output chỉ dùng với --fix và một tệp" : "--output is only for --fix with one file")
        }
        if fix && options.files.contains("-") && output == nil {
            return usageError(vi ? "--fix với đầu vào chuẩn cần --output" : "--fix on standard input needs --output")
        }
        // Configuration: --config, or the nearest .vanban.json above the first file.
        var configuration = LintConfiguration()
        if !options.flags.contains("--no-config") {
            let start = options.files.first.flatMap { $0 == "-" ? nil : URL(fileURLWithPath: $0).deletingLastPathComponent().path }
                ?? FileManager.default.currentDirectoryPath
            if let path = options.values["--config"] ?? LintConfiguration.find(from: start) {
                do {
                    configuration = try LintConfiguration.load(path: path)
                } catch {
                    say(error.message(language))
                    return ExitCode.failure.rawValue
                }
            }
        }
        if format == "docx" {
            return lintIntoWord(options, configuration: configuration, failLevel: failLevel)
        }
        let processing = VanBan.Options(encoding: options.encoding, toneStyle: .keep)
        var reports: [FileDiagnostics] = []
        var page: String? = nil  // --format html: the one file's report
        var failed = false
        for file in options.files {
            do {
                let decoded = try decode(file, options)
                if fix, let docx = decoded.docx {
                    // A Word file gets its fixes as tracked changes in a copy, never plain text.
                    guard let fixed = fixWordFile(file, decoded: decoded, docx: docx, output: output, configuration: configuration) else {
                        failed = true
                        continue
                    }
                    reports.append(FileDiagnostics(file: file, diagnostics: Linter.lint(fixed, configuration: configuration), docx: fixed.docx))
                    continue
                }
                var result = VanBan.process(decoded, name: file, options: processing)
                var diagnostics = Linter.lint(result, configuration: configuration)
                if fix {
                    let (text, applied) = FixApplier.apply(diagnostics, to: result.source)
                    if applied > 0 || output != nil {
                        try write(text, file: file, output: output)
                        say(vi ? "\(output ?? file): đã sửa \(applied) chỗ" : "\(output ?? file): \(applied) fixes applied")
                    }
                    // Report what is left.
                    result = VanBan.process(text: text, name: output ?? file, options: processing)
                    diagnostics = Linter.lint(result, configuration: configuration)
                }
                reports.append(FileDiagnostics(file: file, diagnostics: diagnostics, docx: result.docx))
                if format == "html" { page = HTMLReport.render(result, diagnostics: diagnostics, language: language) }
            } catch let error as InputError {
                say(error.message(in: language))
                failed = true
            } catch {
                say(vi ? "\(output ?? file): không ghi được tệp (\(error.localizedDescription))"
                       : "\(output ?? file): cannot write the file (\(error.localizedDescription))")
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
                    say(DiagnosticRenderer.summary(reports, language: language))
                }
            default:
                let colour = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                FileHandle.standardOutput.write(Data(DiagnosticRenderer.text(reports, language: language, colour: colour).utf8))
                FileHandle.standardOutput.write(Data((DiagnosticRenderer.summary(reports, language: language) + "\n").utf8))
            }
        } catch {
            say("\(error)")
            return ExitCode.failure.rawValue
        }
        if failed { return ExitCode.failure.rawValue }
        let failing = reports.contains { $0.diagnostics.contains { $0.severity >= failLevel } }
        return failing ? ExitCode.findings.rawValue : ExitCode.success.rawValue
    }

    /// Writes fixed text: to `output`, or over `file` keeping the original as `file.orig`.
    func write(_ text: String, file: String, output: String?) throws {
        let bytes = Array(text.utf8)
        if let output {
            try AtomicFile.write(bytes, to: output)
            return
        }
        let backup = file + ".orig"
        let manager = FileManager.default
        if manager.fileExists(atPath: backup) { try manager.removeItem(atPath: backup) }
        try manager.copyItem(atPath: file, toPath: backup)
        try AtomicFile.write(bytes, to: file)
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
