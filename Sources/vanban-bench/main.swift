import Foundation
import VanBan

// vanban-bench: throughput of each pipeline stage, of the whole batch, and memory, release build only.
//
//   swift run -c release vanban-bench [--megabytes N] [--corpus DIR] [--jobs N] [--passes P] [--no-batch] [--wall]
//                                     [--vanban PATH] [--large-megabytes N] [--small-files N] [--no-child]
//
// The corpus documents (*.txt in DIR, default corpus/) are repeated until they reach
// N MB (default 50). Stages run on one core, document by document, each timed on its
// own in CPU time of the thread (CLOCK_THREAD_CPUTIME_ID: a figure per core that other
// processes on a shared machine do not inflate; --wall for wall-clock time, as earlier
// versions of this bench measured); the best of P passes (default 1) is
// reported in MB/s of input bytes:
//
//   decode+normalise  bytes → text (encoding detection) → NFC, spacing, tone style per line
//   layout+lex        physical → logical lines (wraps, page numbers) → tokens
//   parse             recursive-descent parse → record (meetings, plans, items, preparers…)
//   lint              all rules on the parsed document
//   JSON render       record + diagnostics as pretty-printed JSON bytes (`vanban parse`, batch)
//   JSON compact      the same, compact (`--compact`, `batch --format jsonl`)
//
// The two JSON lines also give MB/s of output bytes, the unit of the render target.
// A last row times the bare pass (`BarePass.swift`: UTF-8 checked, lines and words split,
// an integer ID per word, no VanBan code) over the same documents: the machine's reference.
//
// Then the whole batch (`vanban batch` minus argument parsing: files read from disk,
// outputs written, summary written) over the same documents saved as files, with 1
// worker and with N workers (default: every core), one file per input and `jsonl`:
// wall-clock time, and the CPU time (user + system) the process spent on it.
//
// Then, unless --no-child, the `vanban` executable (default: the one beside this one;
// --vanban another build, e.g. an older one to compare) runs as a child process, its time
// and peak resident memory taken from wait4's rusage:
//
//   one large document  the corpus joined to --large-megabytes (default 20) in one file:
//                       `vanban normalize`, `vanban parse`, `vanban lint --format json`
//   many small files    --small-files (default 10,000) files of about 1 kB each (the start
//                       of each corpus document): `vanban batch` with 1 and N workers, and
//                       `--format jsonl` where that build has it; fixed cost per file in ms

var megabytes = 50
var corpus = "corpus"
var jobs = ProcessInfo.processInfo.activeProcessorCount
var passes = 1
var runBatch = true
var runChildren = true
var wallClock = false
var largeMegabytes = 20
var smallFiles = 10_000
var vanban = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vanban").path
var args = Array(CommandLine.arguments.dropFirst())
var i = 0
@MainActor func value() -> String {
    i += 1
    guard i < args.count else {
        FileHandle.standardError.write(Data("vanban-bench: \(args[i - 1]) needs a value\n".utf8))
        exit(2)
    }
    return args[i]
}
while i < args.count {
    switch args[i] {
    case "--megabytes": megabytes = Int(value()) ?? megabytes
    case "--corpus": corpus = value()
    case "--jobs": jobs = max(1, Int(value()) ?? jobs)
    case "--passes": passes = max(1, Int(value()) ?? passes)
    case "--no-batch": runBatch = false
    case "--no-child": runChildren = false
    case "--wall": wallClock = true
    case "--vanban": vanban = value()
    case "--large-megabytes": largeMegabytes = max(0, Int(value()) ?? largeMegabytes)
    case "--small-files": smallFiles = max(0, Int(value()) ?? smallFiles)
    case "--help", "-h":
        print("vanban-bench [--megabytes N] [--corpus DIR] [--jobs N] [--passes P] [--no-batch] [--wall] [--vanban PATH] [--large-megabytes N] [--small-files N] [--no-child]")
        exit(0)
    default:
        FileHandle.standardError.write(Data("vanban-bench: unknown argument \(args[i])\n".utf8))
        exit(2)
    }
    i += 1
}

let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
let documents: [[UInt8]] = names.compactMap { FileManager.default.contents(atPath: corpus + "/" + $0).map { [UInt8]($0) } }
guard !documents.isEmpty else {
    FileHandle.standardError.write(Data("vanban-bench: no .txt documents in \(corpus)\n".utf8))
    exit(2)
}
var batch: [[UInt8]] = []
var totalBytes = 0
while totalBytes < megabytes * 1_000_000 {
    for d in documents { batch.append(d); totalBytes += d.count }
}
let mb = Double(totalBytes) / 1_000_000

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
/// CPU time of the calling thread, in nanoseconds (wall-clock time with --wall, as older benches timed).
@MainActor func threadCPU() -> UInt64 {
    if wallClock { return now() }
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}
/// User + system CPU seconds of `usage`.
func cpuSeconds(_ usage: rusage) -> Double {
    Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}
func processCPU() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return cpuSeconds(usage)
}
func line(_ label: String, _ seconds: Double, megabytes: Double = mb, note: String = "") {
    let padded = label.padding(toLength: 22, withPad: " ", startingAt: 0)
    print(String(format: "%@ %8.2f MB/s  %7.2f s  %@", padded, megabytes / seconds, seconds, note))
}

print(String(format: "vanban-bench %@: %d documents, %.1f MB (corpus %@ ×%d), %d cores",
             VanBan.version, batch.count, mb, corpus, batch.count / documents.count, ProcessInfo.processInfo.activeProcessorCount))

// Stages, one core.
let stageNames = ["decode+normalise", "layout+lex", "parse", "lint", "JSON render", "JSON compact"]
var best = [Double](repeating: .infinity, count: stageNames.count)
var findings = 0
var jsonBytes = 0
var compactBytes = 0
for _ in 0..<passes {
    var spent = [UInt64](repeating: 0, count: stageNames.count)
    findings = 0
    jsonBytes = 0
    compactBytes = 0
    for (k, bytes) in batch.enumerated() {
        let name = "doc\(k).txt"
        var t = threadCPU()
        func lap(_ stage: Int) { let u = threadCPU(); spent[stage] += u - t; t = u }
        guard let decoded = try? TextDecoder.decode(bytes, name: name) else { continue }
        let source = SourceText(name: name, decoded: decoded)
        let clean = LayoutRecovery.clean(source, resolving: .keep).lines
        lap(0)
        let layout = LayoutRecovery.recover(clean: clean)
        let lines = Lexer.tokenize(layout.lines)
        lap(1)
        let parsed = Parser.parse(lines)
        let record = RecordBuilder.build(parsed, source: source, layout: layout)
        lap(2)
        let result = VanBan.Result(source: source, warnings: decoded.warnings, layout: layout, parsed: parsed, record: record)
        let diagnostics = Linter.lint(result)
        findings += diagnostics.count
        lap(3)
        let json = DiagnosticRenderer.jsonDiagnostics(FileDiagnostics(file: name, diagnostics: diagnostics), language: .vi)
        t = threadCPU()   // building the diagnostics' messages is lint's output, not JSON
        jsonBytes += ((try? JSONRenderer.bytes(record))?.count ?? 0) + ((try? JSONRenderer.bytes(json))?.count ?? 0)
        lap(4)
        compactBytes += ((try? JSONRenderer.bytes(record, compact: true))?.count ?? 0)
            + ((try? JSONRenderer.bytes(json, compact: true))?.count ?? 0)
        lap(5)
    }
    for s in spent.indices { best[s] = min(best[s], Double(spent[s]) / 1e9) }
}
print(wallClock ? "\nStage (one core, wall clock) speed     time" : "\nStage (one core, CPU time)  speed     time")
for (s, label) in stageNames.enumerated() {
    let out = Double(s == 4 ? jsonBytes : compactBytes) / 1e6
    line(label, best[s], note: s >= 4 ? String(format: "(%.1f MB/s of output, %.1f MB)", out / best[s], out) : "")
}
line("parse + lint", best[2] + best[3], note: "(the target's pair)")
line("all stages", best[0...4].reduce(0, +), note: String(format: "(%d findings; JSON pretty)", findings))

// The reference: one bare pass (BarePass.swift) over the same documents, best of the passes.
var bare = Double.infinity
var bareCounts = (lines: 0, words: 0, distinct: 0)
for _ in 0..<passes {
    var interner = BareInterner()
    var counts = (lines: 0, words: 0, distinct: 0)
    let t = threadCPU()
    for bytes in batch {
        let r = BarePass.run(bytes, &interner)
        counts.lines += r.lines
        counts.words += r.words
    }
    counts.distinct = interner.count
    bare = min(bare, Double(threadCPU() - t) / 1e9)
    bareCounts = counts
}
line("bare pass (reference)", bare, note: String(format: "(UTF-8 checked, %d lines, %d words, %d IDs; no VanBan code)",
                                                 bareCounts.lines, bareCounts.words, bareCounts.distinct))

// Whole batch, from files to files.
if runBatch {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-bench-\(UUID().uuidString)")
    let input = root.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    for (k, bytes) in batch.enumerated() {
        try Data(bytes).write(to: input.appendingPathComponent(String(format: "%05d.txt", k)))
    }
    let inputs = BatchInputs.collect([input.path])
    print("\nWhole batch (files → JSON), wall clock")
    for format in [BatchRunner.OutputFormat.json, .jsonl] {
        var seconds: [Int: Double] = [:]
        for workers in Array(Set([1, jobs])).sorted() {
            let out = root.appendingPathComponent("out-\(format.rawValue)-\(workers)").path
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let runner = BatchRunner(settings: .init(outputDirectory: out, jobs: workers, format: format),
                                     configurations: ConfigurationResolver(fixed: LintConfiguration()))
            let start = now(), cpu = processCPU()
            let summary = runner.run(inputs)
            try runner.writeSummary(summary)
            let s = Double(now() - start) / 1e9
            seconds[workers] = s
            line("batch \(format.rawValue), \(workers) worker\(workers == 1 ? "" : "s")", s,
                 note: String(format: "%.0f documents/s, %.2f CPU s (%.2f MB/s per CPU s), %d ok, %d failed",
                              Double(inputs.count) / s, processCPU() - cpu, mb / (processCPU() - cpu), summary.ok, summary.failed))
        }
        if jobs > 1, let one = seconds[1], let all = seconds[jobs] {
            print(String(format: "  speed-up with %d workers: %.2f×", jobs, one / all))
        }
    }
}
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print(String(format: "\npeak memory of the benchmark process: %.0f MB", Double(usage.ru_maxrss) / 1024))

// The vanban executable as a child: its own time and peak memory.
struct Child {
    var seconds: Double
    /// User + system CPU seconds of the child.
    var cpu: Double
    var peakMegabytes: Double
    var status: Int32
}

/// Runs `arguments` (the first is the executable) with stdout and stderr to /dev/null.
func run(_ arguments: [String]) -> Child {
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var pid: pid_t = 0
    let start = now()
    guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return Child(seconds: 0, cpu: 0, peakMegabytes: 0, status: -1) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    return Child(seconds: Double(now() - start) / 1e9, cpu: cpuSeconds(usage), peakMegabytes: Double(usage.ru_maxrss) / 1024, status: status)
}

/// Whether `vanban batch --help` mentions `text` (an older build may not have an option).
@MainActor func batchHelpMentions(_ text: String) -> Bool {
    let pipe = Pipe()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: vanban)
    process.arguments = ["batch", "--help", "--lang", "en"]
    process.standardOutput = pipe
    process.standardError = pipe
    guard (try? process.run()) != nil else { return false }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).contains(text)
}

if runChildren {
    guard FileManager.default.isExecutableFile(atPath: vanban) else {
        FileHandle.standardError.write(Data("vanban-bench: no vanban executable at \(vanban) (--vanban PATH)\n".utf8))
        exit(2)
    }
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-bench-child-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    print("\nThe vanban executable as a child process: \(vanban)")

    if largeMegabytes > 0 {
        var large: [UInt8] = []
        while large.count < largeMegabytes * 1_000_000 {
            for d in documents { large += d; large.append(0x0A) }
        }
        let path = root.appendingPathComponent("large.txt").path
        try Data(large).write(to: URL(fileURLWithPath: path))
        let size = Double(large.count) / 1e6
        print(String(format: "one document of %.1f MB     speed (wall)  time   CPU s   peak memory", size))
        for (label, command) in [("normalize", ["normalize", path]), ("parse", ["parse", path]),
                                 ("lint --format json", ["lint", path, "--format", "json"])] {
            let child = run([vanban] + command)
            line(label, child.seconds, megabytes: size,
                 note: String(format: "%6.2f  %5.0f MB (%.1f bytes per input byte)%@", child.cpu, child.peakMegabytes,
                              child.peakMegabytes * 1_048_576 / Double(large.count), child.status == 0 || child.status >> 8 == 1 ? "" : ", status \(child.status)"))
        }
    }

    if smallFiles > 0 {
        let input = root.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        // About 1 kB of each document: its first lines, cut at a line end.
        let heads: [[UInt8]] = documents.map { d in
            var end = min(d.count, 1000)
            while end < d.count && d[end - 1] != 0x0A { end += 1 }
            return Array(d[..<end])
        }
        var bytes = 0
        for k in 0..<smallFiles {
            let head = heads[k % heads.count]
            bytes += head.count
            try Data(head).write(to: input.appendingPathComponent(String(format: "%05d.txt", k)))
        }
        let size = Double(bytes) / 1e6
        print(String(format: "%d files, %.1f MB       speed (wall)  time   CPU s  CPU ms per file  peak memory", smallFiles, size))
        var formats = [["--format", "json"]]
        if batchHelpMentions("jsonl") { formats.append(["--format", "jsonl"]) } else { formats = [[]] }
        for format in formats {
            var seconds: [Int: Double] = [:]
            for workers in Array(Set([1, jobs])).sorted() {
                // A fresh folder each run, all removed at the end: deleting thousands of files just
                // before a run makes the file system's inode allocation slower for that run.
                let out = root.appendingPathComponent("out-\(format.last ?? "json")-\(workers)").path
                let child = run([vanban, "batch", input.path, "--out", out, "--jobs", String(workers), "--no-progress", "--no-config"] + format)
                seconds[workers] = child.seconds
                line("batch \(format.last ?? "json"), \(workers) worker\(workers == 1 ? "" : "s")", child.seconds, megabytes: size,
                     note: String(format: "%6.2f  %6.3f  %5.0f MB", child.cpu, child.cpu * 1000 / Double(smallFiles), child.peakMegabytes))
            }
            if jobs > 1, let one = seconds[1], let all = seconds[jobs] {
                print(String(format: "  speed-up with %d workers: %.2f×", jobs, one / all))
            }
        }
    }
}
