import Foundation
import Synchronization

/// Runs the pipeline over many inputs in parallel and streams each result to disk.
///
/// Workers take the next input from a shared counter, process it completely (read,
/// decode, parse, lint, render) and write `OUT/<output>` atomically before taking the
/// next, so memory holds one document per worker plus one summary row per input. A
/// file that cannot be read or decoded becomes a failed row; nothing stops the batch
/// except `shouldStop` (checked between documents: what is in flight is finished and
/// written whole).
public final class BatchRunner: Sendable {
    /// How to run.
    public struct Settings: Sendable {
        /// The output folder.
        public var outputDirectory: String
        /// Parallel workers.
        public var jobs: Int
        public var options: VanBan.Options
        /// Language of messages in outputs and failure reasons.
        public var language: Language
        /// Skip inputs whose output was made from the same bytes (SHA-256) by this version with these settings.
        public var resume: Bool
        /// Compact JSON instead of pretty-printed.
        public var compact: Bool
        /// One output file per input, or one line per input in `records.jsonl`.
        public var format: OutputFormat
        /// Also an HTML report per input (beside its JSON) and `index.html`.
        public var html: Bool
        /// Seconds one input may take before it is given up as failed (`timeout`); nil: no limit.
        public var timeout: Double?

        /// The default of `timeout`: a real document takes well under a second; an input that
        /// takes a minute is broken or hostile, and the rest of the archive should not wait for it.
        public static let defaultTimeout = 60.0

        public init(outputDirectory: String, jobs: Int, options: VanBan.Options = .init(), language: Language = .vi,
                    resume: Bool = false, compact: Bool = false, html: Bool = false, timeout: Double? = Settings.defaultTimeout,
                    format: OutputFormat = .json) {
            self.format = format
            self.html = html
            self.timeout = timeout
            self.outputDirectory = outputDirectory
            self.jobs = max(1, jobs)
            self.options = options
            self.language = language
            self.resume = resume
            self.compact = compact
        }
    }

    /// How the records are written.
    public enum OutputFormat: String, Sendable {
        /// `OUT/<relative path>.json` per input (pretty-printed unless `compact`).
        case json
        /// One compact line per input in `OUT/records.jsonl` (`JSONLinesFile`).
        case jsonl
    }

    /// The files a batch with these settings writes besides per-input reports: what the
    /// output folder's manifest claims.
    public static func outputs(for inputs: [BatchInput], format: OutputFormat, html: Bool) -> [String] {
        var planned = ["summary.json", "summary.csv"] + (html ? ["index.html"] : []) + (format == .jsonl ? [JSONLinesFile.name] : [])
        for input in inputs {
            if format == .json { planned.append(input.output) }
            if html { planned.append(reportPath(input.output)) }
        }
        return planned
    }

    /// Where a batch stands, for a progress display.
    public struct Progress: Sendable {
        public var done: Int
        public var total: Int
        public var failed: Int
        public var seconds: Double
    }

    let settings: Settings
    let configurations: ConfigurationResolver

    public init(settings: Settings, configurations: ConfigurationResolver) {
        self.settings = settings
        self.configurations = configurations
    }

    private struct State {
        var next = 0
        var done = 0
        var failed = 0
        var rows: [BatchRow?]
    }

    /// Processes `inputs`; `progress` is called after each one (from worker threads, one
    /// at a time); `shouldStop` is polled before each one. Returns the summary of what was done.
    public func run(_ inputs: [BatchInput], skipped: [SkippedEntry] = [],
                    progress: @escaping @Sendable (Progress) -> Void = { _ in },
                    shouldStop: @escaping @Sendable () -> Bool = { false }) -> BatchSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        @Sendable func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        BatchRunner.removeStaleTemporaries(in: settings.outputDirectory)
        // Made once here rather than checked for every output: the folders of the outputs,
        // and for jsonl the one file every worker appends to.
        if settings.format == .json || settings.html { makeFolders(for: inputs) }
        let sink: Result<JSONLinesFile, SystemError>? = settings.format == .jsonl
            ? Result { () throws(SystemError) in try JSONLinesFile(directory: settings.outputDirectory) } : nil
        let state = Mutex(State(rows: Array(repeating: nil, count: inputs.count)))
        let stopped = Atomic<Bool>(false)
        let workers = min(settings.jobs, max(1, inputs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                if shouldStop() { stopped.store(true, ordering: .relaxed); return }
                let index: Int? = state.withLock { s in
                    guard s.next < inputs.count else { return nil }
                    defer { s.next += 1 }
                    return s.next
                }
                guard let index else { return }
                let row = process(inputs[index], lines: sink)
                let snapshot = state.withLock { s -> Progress in
                    s.rows[index] = row
                    s.done += 1
                    if row.status == .failed { s.failed += 1 }
                    return Progress(done: s.done, total: inputs.count, failed: s.failed, seconds: elapsed())
                }
                progress(snapshot)
            }
        }
        var rows = state.withLock { $0.rows.compactMap { $0 } }
        if case .success(let lines) = sink {
            do throws(SystemError) { try lines.finish() } catch {
                // The lines are lost with the file: every document written there failed.
                for k in rows.indices where rows[k].status == .ok && !rows[k].resumed {
                    rows[k] = writeFailed(rows[k], path: lines.path, error)
                }
            }
        }
        return BatchSummary(inputs: inputs.count, files: rows, interrupted: stopped.load(ordering: .relaxed) && rows.count < inputs.count,
                            seconds: elapsed(), jobs: workers, skipped: skipped, language: settings.language)
    }

    /// Creates the folders the outputs go into (`a/b/doc.json` → `OUT/a/b`), each once.
    func makeFolders(for inputs: [BatchInput]) {
        var folders = Set<String>()
        for input in inputs {
            guard let slash = input.output.lastIndex(of: "/") else { continue }
            folders.insert(String(input.output[..<slash]))
        }
        // A folder that cannot be made fails its outputs' writes, which say why.
        for folder in folders.sorted() {
            try? FileManager.default.createDirectory(atPath: settings.outputDirectory + "/" + folder, withIntermediateDirectories: true)
        }
    }

    /// `row` failed because its output could not be written at `path`.
    func writeFailed(_ row: BatchRow, path: String, _ error: SystemError) -> BatchRow {
        var row = row
        row.status = .failed
        row.output = nil
        let why = error.message(settings.language)
        row.reason = settings.language == .vi
            ? "\(path): không ghi được kết quả (\(why))"
            : "\(path): cannot write the output (\(why))"
        row.reasonCode = "write"
        return row
    }

    /// Writes `summary.json` and `summary.csv` into the output folder, atomically.
    public func writeSummary(_ summary: BatchSummary, csvHeader: Language = .en) throws {
        let dir = settings.outputDirectory
        try AtomicFile.write(Array(try JSONRenderer.render(summary).utf8) + [0x0A], to: dir + "/summary.json")
        try AtomicFile.write(summary.csv(header: csvHeader), to: dir + "/summary.csv")
    }

    /// Writes `index.html` into the output folder: every input with its counts and a link
    /// to its report (`--html`).
    public func writeIndex(_ summary: BatchSummary) throws {
        let entries = summary.files.map { r in
            HTMLReport.IndexEntry(path: r.path, report: r.status == .ok ? r.output.map(BatchRunner.reportPath) : nil,
                                  documentType: r.documentType, meetings: r.meetings, monthlyPlans: r.monthlyPlans,
                                  errors: r.errors, warnings: r.warnings, infos: r.infos, failure: r.reason)
        }
        let page = HTMLReport.index(entries, language: settings.language)
        try AtomicFile.write(Array(page.utf8), to: settings.outputDirectory + "/index.html")
    }

    /// The HTML report beside an output: `a/b.json` → `a/b.html`.
    public static func reportPath(_ output: String) -> String {
        (output.hasSuffix(".json") ? String(output.dropLast(5)) : output) + ".html"
    }

    /// The settings an output records; an output made with others is redone by `--resume`.
    func fingerprint(_ configuration: LintConfiguration) -> String {
        "encoding=\(settings.options.encoding?.rawValue ?? "auto");tone=\(settings.options.toneStyle.rawValue);"
            + "lang=\(settings.language.rawValue);compact=\(settings.compact || settings.format == .jsonl);rules=\(configuration.fingerprint)"
            + (settings.html ? ";html" : "")
    }

    /// Processes one input completely; never throws, never stops the batch.
    public func process(_ input: BatchInput) -> BatchRow { process(input, lines: nil) }

    /// Processes one input; with `lines` (jsonl), its record is a line of that file.
    func process(_ input: BatchInput, lines: Result<JSONLinesFile, SystemError>?) -> BatchRow {
        let start = DispatchTime.now().uptimeNanoseconds
        var row = convert(input, start: start, lines: lines)
        if !row.resumed { row.milliseconds = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000) }
        return row
    }

    private func convert(_ input: BatchInput, start: UInt64, lines: Result<JSONLinesFile, SystemError>?) -> BatchRow {
        var row = BatchRow(path: input.path, status: .failed)
        let outputPath = settings.outputDirectory + "/" + input.output
        func fail(_ error: InputError) -> BatchRow {
            row.reason = error.message(in: settings.language)
            row.reasonCode = error.reason.code
            // An output left from an earlier run no longer describes this input.
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: BatchRunner.reportPath(outputPath))
            return row
        }
        if let problem = input.problem { return fail(problem) }
        let configuration: LintConfiguration
        switch configurations.configuration(for: input.path) {
        case .success(let c): configuration = c
        case .failure(let problem):
            row.reason = problem.message(settings.language)
            row.reasonCode = "configuration"
            return row
        }
        let settingsText = fingerprint(configuration)
        let bytes: [UInt8]
        do {
            if let raw = input.rawPath { bytes = try InputReader.read(rawPath: raw, name: input.path) } else { bytes = try InputReader.read(input.path) }
        } catch {
            return fail(error)
        }
        let digest = SHA256.hex(bytes)
        if settings.resume, settings.format == .json, let earlier = upToDate(digest, output: outputPath, settings: settingsText),
           !settings.html || FileManager.default.fileExists(atPath: BatchRunner.reportPath(outputPath)) {
            row = earlier
            row.path = input.path
            row.resumed = true
            return row
        }
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(bytes, name: input.path, encoding: settings.options.encoding)
        } catch {
            return fail(error)
        }
        // The time limit is cooperative (`Deadline`): the stages stop early once it has
        // passed, and the partial result is thrown away here.
        func timedOut() -> BatchRow {
            let seconds = settings.timeout.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? ""
            row.reason = settings.language == .vi
                ? "\(input.path): quá thời hạn \(seconds) giây cho một tệp, đã bỏ qua (đặt lại bằng --timeout)"
                : "\(input.path): took longer than the \(seconds) s limit for one file, given up (see --timeout)"
            row.reasonCode = "timeout"
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: BatchRunner.reportPath(outputPath))
            return row
        }
        let deadline = settings.timeout.map { Deadline(seconds: $0) }
        let (result, diagnostics) = Deadline.$current.withValue(deadline) {
            // The logical lines are let go once tokenised: nothing here reads them.
            var options = settings.options
            options.keepsLogicalLines = false
            let result = VanBan.process(decoded, name: input.path, options: options)
            return (result, Linter.lint(result, configuration: configuration))
        }
        if deadline?.hasPassed == true { return timedOut() }
        row.status = .ok
        row.output = settings.format == .jsonl ? JSONLinesFile.name : input.output
        row.bytes = bytes.count
        let header = result.record.header
        // A Công văn prints no type name: its subject line (V/v …) tells what it is.
        row.documentType = header.typeName ?? (header.subject != nil ? "CÔNG VĂN" : nil)
        row.typeCode = header.typeCode ?? header.number?.typeCode
        row.number = header.number?.raw
        row.system = header.system
        row.date = header.date?.iso
        row.attachments = result.record.attachments.count
        row.encoding = result.record.source.encoding.rawValue
        row.meetings = result.record.meetings.count
        row.monthlyPlans = result.record.monthlyPlans.count
        for d in diagnostics {
            switch d.severity {
            case .error: row.errors += 1
            case .warning: row.warnings += 1
            case .info: row.infos += 1
            }
        }
        row.decodeWarnings = decoded.warnings.count
        row.milliseconds = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        let output = BatchOutput(
            settings: settingsText, inputSHA256: digest, summary: row,
            decodeWarnings: decoded.warnings.map {
                .init(line: $0.line, column: $0.column, message: $0.message(file: input.path, in: settings.language))
            },
            record: result.record,
            diagnostics: DiagnosticRenderer.jsonDiagnostics(FileDiagnostics(file: input.path, diagnostics: diagnostics, docx: result.docx),
                                                            language: settings.language))
        do {
            var json = try JSONRenderer.bytes(output, compact: settings.compact || lines != nil, docx: result.docx)
            // The report first: a document that runs out of time there leaves no line behind.
            var page: [UInt8]? = nil
            if settings.html {
                let text = Deadline.$current.withValue(deadline) {
                    HTMLReport.render(result, diagnostics: diagnostics, language: settings.language)
                }
                if deadline?.hasPassed == true { return timedOut() }
                page = Array(text.utf8)
            }
            json.append(0x0A)
            switch lines {
            case nil: try AtomicFile.write(json, to: outputPath)
            case .success(let file)?: try file.append(line: json)
            case .failure(let error)?: throw error
            }
            if let page { try AtomicFile.write(page, to: BatchRunner.reportPath(outputPath)) }
        } catch {
            return writeFailed(row, path: lines == nil ? outputPath : settings.outputDirectory + "/" + JSONLinesFile.name, SystemError(error))
        }
        return row
    }

    /// The row of an earlier output made from the same bytes (`digest`, SHA-256), by this
    /// version, with `settings`. Modification times are not trusted: a copy, a checkout or
    /// an editor can change a file and keep its time, or touch it without changing it.
    func upToDate(_ digest: String, output: String, settings: String) -> BatchRow? {
        guard let data = FileManager.default.contents(atPath: output),
              let header = try? JSONDecoder().decode(BatchOutputHeader.self, from: data),
              header.vanban == VanBan.version, header.settings == settings, header.inputSHA256 == digest,
              header.summary.status == .ok
        else { return nil }
        return header.summary
    }

    /// Removes temporary files a killed run (SIGKILL, power loss) may have left in `directory`.
    static func removeStaleTemporaries(in directory: String) {
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: directory) else { return }
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix("."), name.hasSuffix(".tmp"), name.contains(".vanban-") {
                try? manager.removeItem(atPath: directory + "/" + relative)
            }
        }
    }
}

/// The lint configuration of each input: one fixed for all (`--config`, `--no-config`),
/// or the nearest `.vanban.json` above each file, read once per folder.
public final class ConfigurationResolver: Sendable {
    private let fixed: LintConfiguration?
    /// `--select`/`--ignore`, applied on top of every configuration.
    private let selection: RuleSelection
    private let cache = Mutex<[String: Result<LintConfiguration, LintConfiguration.Problem>]>([:])

    /// Every input gets `configuration`.
    public init(fixed configuration: LintConfiguration, selection: RuleSelection = RuleSelection()) {
        fixed = selection.apply(to: configuration)
        self.selection = selection
    }

    /// Each input gets the nearest `.vanban.json` above it.
    public init(selection: RuleSelection = RuleSelection()) {
        fixed = nil
        self.selection = selection
    }

    public func configuration(for path: String) -> Result<LintConfiguration, LintConfiguration.Problem> {
        if let fixed { return .success(fixed) }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        if let known = cache.withLock({ $0[directory] }) { return known }
        let found: Result<LintConfiguration, LintConfiguration.Problem>
        if let file = LintConfiguration.find(from: directory) {
            do { found = .success(selection.apply(to: try LintConfiguration.load(path: file))) } catch { found = .failure(error) }
        } else {
            found = .success(selection.apply(to: LintConfiguration()))
        }
        cache.withLock { $0[directory] = found }
        return found
    }
}

extension InputError.Reason {
    /// A stable code for the summary (`notFound`, `empty`, `binary`, …).
    public var code: String {
        switch self {
        case .notFound: return "notFound"
        case .isDirectory: return "isDirectory"
        case .unreadable, .system: return "unreadable"
        case .empty: return "empty"
        case .binary: return "binary"
        case .invalidEncoding: return "invalidEncoding"
        case .unknownEncoding: return "unknownEncoding"
        case .container(let problem): return problem.code
        }
    }
}
