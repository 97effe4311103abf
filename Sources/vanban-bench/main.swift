import Foundation
import VanBan

// vanban-bench: throughput of each pipeline stage and of the whole batch, release build only.
//
//   swift run -c release vanban-bench [--megabytes N] [--corpus DIR] [--jobs N] [--passes P] [--no-batch]
//
// The corpus documents (*.txt in DIR, default corpus/) are repeated until they reach
// N MB (default 50). Stages run on one core, document by document, each timed on its
// own; the best of P passes (default 1) is reported in MB/s of input bytes:
//
//   decode+normalise  bytes → text (encoding detection) → NFC, spacing, tone style per line
//   layout+lex        physical → logical lines (wraps, page numbers) → tokens
//   parse             recursive-descent parse → record (meetings, plans, items, preparers…)
//   lint              all rules on the parsed document
//   JSON render       record + diagnostics as JSON text
//
// Then the whole batch (`vanban batch` minus argument parsing: files read from disk,
// outputs written atomically, summary written) over the same documents saved as files,
// with 1 worker and with N workers (default: every core), and the speed-up.

var megabytes = 50
var corpus = "corpus"
var jobs = ProcessInfo.processInfo.activeProcessorCount
var passes = 1
var runBatch = true
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
    case "--help", "-h":
        print("vanban-bench [--megabytes N] [--corpus DIR] [--jobs N] [--passes P] [--no-batch]")
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
func line(_ label: String, _ seconds: Double, note: String = "") {
    let padded = label.padding(toLength: 18, withPad: " ", startingAt: 0)
    print(String(format: "%@ %8.2f MB/s  %7.2f s  %@", padded, mb / seconds, seconds, note))
}

print(String(format: "vanban-bench %@: %d documents, %.1f MB (corpus %@ ×%d), %d cores",
             VanBan.version, batch.count, mb, corpus, batch.count / documents.count, ProcessInfo.processInfo.activeProcessorCount))

// Stages, one core.
let stageNames = ["decode+normalise", "layout+lex", "parse", "lint", "JSON render"]
var best = [Double](repeating: .infinity, count: stageNames.count)
var findings = 0
var jsonBytes = 0
for _ in 0..<passes {
    var spent = [UInt64](repeating: 0, count: stageNames.count)
    findings = 0
    jsonBytes = 0
    for (k, bytes) in batch.enumerated() {
        let name = "doc\(k).txt"
        var t = now()
        func lap(_ stage: Int) { let u = now(); spent[stage] += u - t; t = u }
        guard let decoded = try? TextDecoder.decode(bytes, name: name) else { continue }
        let source = SourceText(name: name, decoded: decoded)
        let style = Normalizer.resolve(.keep, in: source.scalars)
        let clean = LayoutRecovery.clean(source, toneStyle: style)
        lap(0)
        let layout = LayoutRecovery.recover(clean: clean)
        let lines = layout.lines.map(Lexer.tokenize)
        lap(1)
        let parsed = Parser.parse(lines)
        let record = RecordBuilder.build(parsed, source: source, layout: layout)
        lap(2)
        let result = VanBan.Result(source: source, warnings: decoded.warnings, layout: layout, parsed: parsed, record: record)
        let diagnostics = Linter.lint(result)
        findings += diagnostics.count
        lap(3)
        let json = (try? JSONRenderer.render(record)) ?? ""
        let diagnosticsJSON = (try? DiagnosticRenderer.json([FileDiagnostics(file: name, diagnostics: diagnostics)], language: .vi)) ?? ""
        jsonBytes += json.utf8.count + diagnosticsJSON.utf8.count
        lap(4)
    }
    for s in spent.indices { best[s] = min(best[s], Double(spent[s]) / 1e9) }
}
print("\nStage (one core)        speed     time")
for (s, label) in stageNames.enumerated() { line(label, best[s]) }
line("parse + lint", best[2] + best[3], note: "(the target's pair)")
line("all stages", best.reduce(0, +), note: String(format: "(%d findings, %.1f MB of JSON)", findings, Double(jsonBytes) / 1e6))

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
    print("\nWhole batch (files → JSON files)")
    var seconds: [Int: Double] = [:]
    for workers in Array(Set([1, jobs])).sorted() {
        let out = root.appendingPathComponent("out-\(workers)").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let runner = BatchRunner(settings: .init(outputDirectory: out, jobs: workers), configurations: ConfigurationResolver(fixed: LintConfiguration()))
        let start = now()
        let summary = runner.run(inputs)
        try runner.writeSummary(summary)
        let s = Double(now() - start) / 1e9
        seconds[workers] = s
        line("batch, \(workers) worker\(workers == 1 ? "" : "s")", s,
             note: String(format: "%.0f documents/s, %d ok, %d failed", Double(inputs.count) / s, summary.ok, summary.failed))
        try? FileManager.default.removeItem(atPath: out)
    }
    if jobs > 1, let one = seconds[1], let all = seconds[jobs] {
        print(String(format: "speed-up with %d workers: %.2f×", jobs, one / all))
    }
}
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print(String(format: "peak memory of the benchmark process: %.0f MB", Double(usage.ru_maxrss) / 1024))
