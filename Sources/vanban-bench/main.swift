import Foundation
import VanBan

// vanban-bench: throughput of the pipeline stages on the corpus, release build only.
//
//   swift run -c release vanban-bench [normalize|parse|lint] [--megabytes N] [--corpus DIR]
//
// The corpus documents are concatenated and repeated up to N MB (default 64),
// the stage runs on one core, and the best of three runs is reported in MB/s of
// input. `normalize` measures `Normalizer.normalize` (NFC + tone style, keep),
// `parse` the whole record pipeline (decode → record), `lint` the rules alone on
// documents already parsed (so lint's cost can be compared with parse's).

var args = Array(CommandLine.arguments.dropFirst())
var stage = "normalize"
var megabytes = 64
var corpus = "corpus"
var i = 0
while i < args.count {
    switch args[i] {
    case "--megabytes": i += 1; megabytes = Int(args[i]) ?? megabytes
    case "--corpus": i += 1; corpus = args[i]
    case "normalize", "parse", "lint": stage = args[i]
    default:
        FileHandle.standardError.write(Data("vanban-bench: unknown argument \(args[i])\n".utf8))
        exit(2)
    }
    i += 1
}

let files = ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
var documents: [[UInt8]] = files.compactMap { FileManager.default.contents(atPath: corpus + "/" + $0).map { [UInt8]($0) } }
guard !documents.isEmpty else {
    FileHandle.standardError.write(Data("vanban-bench: no .txt documents in \(corpus)\n".utf8))
    exit(2)
}

func measure(_ label: String, bytes: Int, _ body: () -> Int) {
    var best = Double.infinity
    var sink = 0
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        sink &+= body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, seconds)
    }
    let mb = Double(bytes) / 1_000_000
    print(String(format: "%@: %.1f MB in %.3f s = %.1f MB/s (one core, best of 3; checksum %d)", label, mb, best, mb / best, sink & 0xFFFF))
}

switch stage {
case "normalize":
    var blob: [UInt8] = []
    while blob.count < megabytes * 1_000_000 { for d in documents { blob += d; blob.append(0x0A) } }
    let text = String(decoding: blob, as: UTF8.self)
    let decoded = DecodedText(text: text)
    measure("normalize", bytes: blob.count) { Normalizer.normalize(decoded).count }
case "lint":
    var total = 0
    var batch: [VanBan.Result] = []
    while total < megabytes * 1_000_000 {
        for (k, d) in documents.enumerated() {
            if let r = try? VanBan.process(d, name: "doc\(k)") { batch.append(r) }
            total += d.count
        }
    }
    measure("lint", bytes: total) {
        var n = 0
        for r in batch { n &+= Linter.lint(r).count }
        return n
    }
default:
    var total = 0
    var batch: [[UInt8]] = []
    while total < megabytes * 1_000_000 { for d in documents { batch.append(d); total += d.count } }
    measure("parse", bytes: total) {
        var n = 0
        for (k, d) in batch.enumerated() { n &+= (try? VanBan.parse(d, name: "doc\(k)"))?.meetings.count ?? 0 }
        return n
    }
}
