import Foundation
import Synchronization
import VanBan

/// Set by SIGINT/SIGTERM: the batch finishes the documents in flight, writes the summary and stops.
final class StopRequest: Sendable {
    let signal = Atomic<Int32>(0)
}

extension CommandLineInterface {
    /// `vanban batch DIR|FILE… --out DIR [--glob P] [--jobs N] [--resume] [--progress] …`
    func runBatch(_ args: [String]) -> Int32 {
        var exit: Int32? = nil
        guard let options = parseOptions(args, flags: ["--resume", "--progress", "--no-progress", "--compact", "--no-config", "--html", "--no-ignore", "--force"],
                                         valued: ["--out", "-o", "--glob", "--jobs", "-j", "--fail-level", "--config", "--timeout",
                                                  "--exclude", "--ignore-path", "--csv-header", "--select", "--ignore", "--format"],
                                         help: Help.batch(language), exit: &exit)
        else { return exit ?? ExitCode.failure.rawValue }
        let vi = language == .vi
        guard !options.files.isEmpty, !options.files.contains("-") else {
            return usageError(vi ? "batch cần ít nhất một thư mục hoặc tệp" : "batch takes at least one folder or file")
        }
        guard let out = options.values["--out"] ?? options.values["-o"] else {
            return usageError(vi ? "batch cần --out THƯ-MỤC cho kết quả" : "batch needs --out DIR for its results")
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var jobs = cores
        if let text = options.values["--jobs"] ?? options.values["-j"] {
            guard let n = Int(text), n >= 1, n <= 1024 else {
                return usageError(vi ? "--jobs cần một số từ 1 đến 1024" : "--jobs takes a number from 1 to 1024")
            }
            jobs = n
        }
        var timeout: Double? = BatchRunner.Settings.defaultTimeout
        if let text = options.values["--timeout"] {
            guard let seconds = Double(text), seconds.isFinite, seconds >= 0, seconds <= 1e6 else {
                return usageError(vi ? "--timeout cần số giây (0 = không giới hạn)" : "--timeout takes a number of seconds (0 = no limit)")
            }
            timeout = seconds == 0 ? nil : seconds
        }
        guard let format = BatchRunner.OutputFormat(rawValue: options.values["--format"] ?? "json") else {
            return usageError(vi ? "--format của batch cần json (mỗi tệp một tệp kết quả) hoặc jsonl (mỗi văn bản một dòng trong records.jsonl)"
                                 : "batch --format takes json (one output file per input) or jsonl (one line per document in records.jsonl)")
        }
        if format == .jsonl && options.flags.contains("--resume") {
            return usageError(vi ? "--resume chỉ dùng với --format json (đọc lại từng tệp kết quả)"
                                 : "--resume works with --format json only (it reads each output file back)")
        }
        guard let failLevel = Severity(rawValue: options.values["--fail-level"] ?? "error") else {
            return usageError(vi ? "--fail-level cần error, warning hoặc info" : "--fail-level takes error, warning or info")
        }
        guard let patterns = globPatterns(options, exit: &exit),
              let filter = LintOptions.filter(options, cli: self, exit: &exit),
              let csvHeader = csvHeader(options, exit: &exit)
        else { return exit ?? ExitCode.failure.rawValue }

        guard let selection = ruleSelection(options, exit: &exit) else { return exit ?? ExitCode.failure.rawValue }
        let configurations: ConfigurationResolver
        if options.flags.contains("--no-config") {
            configurations = ConfigurationResolver(fixed: LintConfiguration(), selection: selection)
        } else if let path = options.values["--config"] {
            do { configurations = ConfigurationResolver(fixed: try LintConfiguration.load(path: path), selection: selection) } catch {
                say(error.message(language))
                return ExitCode.failure.rawValue
            }
        } else {
            configurations = ConfigurationResolver(selection: selection)
        }

        // Checked and locked before anything is written: never an input folder, never a
        // folder holding files vanban did not make (unless --force), never two batches at once.
        let folder: BatchOutputFolder
        do {
            folder = try BatchOutputFolder.open(out, inputs: options.files, force: options.flags.contains("--force"))
        } catch {
            say(error.message(out: out, language))
            return ExitCode.failure.rawValue
        }

        let (inputs, skipped) = BatchInputs.scan(options.files, patterns: patterns, excluding: out, filter: filter)
        let html = options.flags.contains("--html")
        do {
            try folder.claim(BatchRunner.outputs(for: inputs, format: format, html: html))
        } catch {
            say(vi ? "\(out): không ghi được danh sách tệp kết quả (\(error.message(language)))"
                   : "\(out): cannot write the list of outputs (\(error.message(language)))")
            return ExitCode.failure.rawValue
        }
        if inputs.isEmpty {
            say(vi ? "không có tệp nào khớp \(patterns.joined(separator: ", ")) trong \(options.files.joined(separator: " "))"
                   : "no files matching \(patterns.joined(separator: ", ")) in \(options.files.joined(separator: " "))")
        }
        let runner = BatchRunner(settings: .init(
            outputDirectory: out, jobs: jobs,
            options: VanBan.Options(encoding: options.encoding, toneStyle: options.toneStyle),
            language: language, resume: options.flags.contains("--resume"), compact: options.flags.contains("--compact"),
            html: options.flags.contains("--html"), timeout: timeout, format: format),
            configurations: configurations)

        // Ctrl-C / SIGTERM: finish what is in flight, write the summary, stop. A second one stops at once
        // (atomic writes still leave no half-written output; the next run removes leftover temporary files).
        let stop = StopRequest()
        let language = self.language
        var sources: [any DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                if stop.signal.exchange(sig, ordering: .relaxed) != 0 { _exit(128 + sig) }
                let text = language == .vi
                    ? "\nvanban: đang dừng — hoàn tất các tệp đang xử lý rồi ghi tổng hợp (nhấn lần nữa để dừng ngay)\n"
                    : "\nvanban: stopping — finishing the files in progress, then writing the summary (again to stop at once)\n"
                FileHandle.standardError.write(Data(text.utf8))
            }
            source.resume()
            sources.append(source)
        }

        let terminal = isatty(STDERR_FILENO) == 1
        let showProgress = !options.flags.contains("--no-progress") && (terminal || options.flags.contains("--progress"))
        let display = ProgressDisplay(terminal: terminal, language: language)
        let summary = runner.run(inputs, skipped: skipped, progress: { p in if showProgress { display.show(p) } },
                                 shouldStop: { stop.signal.load(ordering: .relaxed) != 0 })
        if showProgress { display.finish() }

        var code = ExitCode.success.rawValue
        do {
            try runner.writeSummary(summary, csvHeader: csvHeader)
            if options.flags.contains("--html") { try runner.writeIndex(summary) }
        } catch {
            say(vi ? "\(out): không ghi được tổng hợp (\(SystemError(error).message(language)))"
                   : "\(out): cannot write the summary (\(SystemError(error).message(language)))")
            code = ExitCode.failure.rawValue
        }
        report(summary, out: out, html: options.flags.contains("--html"))
        for source in sources { source.cancel() }
        withExtendedLifetime(folder) {}  // the lock is held until here

        let received = stop.signal.load(ordering: .relaxed)
        if summary.interrupted { return 128 + received }
        if code != ExitCode.success.rawValue { return code }
        if summary.failed > 0 { return ExitCode.failure.rawValue }
        return summary.files.contains { $0.hasFindings(atLeast: failLevel) } ? ExitCode.findings.rawValue : ExitCode.success.rawValue
    }

    /// The failed inputs and one line of totals, on standard error.
    func report(_ summary: BatchSummary, out: String, html: Bool) {
        let vi = language == .vi
        let failed = summary.files.filter { $0.status == .failed }
        for row in failed.prefix(20) { say(row.reason ?? row.path) }
        if failed.count > 20 { say(vi ? "… và \(failed.count - 20) tệp lỗi khác" : "… and \(failed.count - 20) more failed files") }
        let errors = summary.files.reduce(0) { $0 + $1.errors }
        let warnings = summary.files.reduce(0) { $0 + $1.warnings }
        let rate = summary.seconds > 0 ? Double(summary.files.count) / summary.seconds : 0
        var line = vi
            ? "\(summary.ok) tệp đã xử lý, \(summary.failed) tệp lỗi (trên \(summary.inputs)); \(errors) lỗi, \(warnings) cảnh báo; "
              + String(format: "%.1f giây, %.1f tệp/giây", summary.seconds, rate)
            : "\(summary.ok) files processed, \(summary.failed) failed (of \(summary.inputs)); \(errors) errors, \(warnings) warnings; "
              + String(format: "%.1f s, %.1f files/s", summary.seconds, rate)
        if !summary.skipped.isEmpty {
            line += vi ? "; \(summary.skipped.count) mục bỏ qua (lý do trong tổng hợp)" : "; \(summary.skipped.count) entries skipped (reasons in the summary)"
        }
        if summary.resumed > 0 { line += vi ? "; \(summary.resumed) tệp đã có kết quả mới, bỏ qua" : "; \(summary.resumed) up to date, skipped" }
        line += vi ? ". Tổng hợp: \(out)/summary.csv" : ". Summary: \(out)/summary.csv"
        if html { line += vi ? ", báo cáo: \(out)/index.html" : ", reports: \(out)/index.html" }
        say(line)
        if summary.interrupted {
            say(vi ? "đã dừng giữa chừng: \(summary.files.count)/\(summary.inputs) tệp; chạy lại với --resume để làm nốt"
                   : "interrupted: \(summary.files.count)/\(summary.inputs) files; run again with --resume to finish")
        }
    }
}

/// Progress on standard error: redrawn in place on a terminal (at most 10 times a second),
/// one line every few seconds otherwise.
final class ProgressDisplay: Sendable {
    let terminal: Bool
    let language: Language
    private let last = Mutex<UInt64>(0)

    init(terminal: Bool, language: Language) {
        self.terminal = terminal
        self.language = language
    }

    func show(_ p: BatchRunner.Progress) {
        let now = DispatchTime.now().uptimeNanoseconds
        let interval: UInt64 = terminal ? 100_000_000 : 5_000_000_000
        let due = last.withLock { last -> Bool in
            guard p.done == p.total || now &- last >= interval || last == 0 else { return false }
            last = now
            return true
        }
        guard due else { return }
        let rate = p.seconds > 0 ? Double(p.done) / p.seconds : 0
        let left = rate > 0 ? Double(p.total - p.done) / rate : 0
        let vi = language == .vi
        var text = String(format: vi ? "[%d/%d] %.1f văn bản/giây, còn lại khoảng %@" : "[%d/%d] %.1f documents/s, about %@ left",
                          p.done, p.total, rate, ProgressDisplay.duration(left))
        if p.failed > 0 { text += vi ? ", \(p.failed) lỗi" : ", \(p.failed) failed" }
        FileHandle.standardError.write(Data((terminal ? "\r\u{1B}[K" + text : text + "\n").utf8))
    }

    func finish() {
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
