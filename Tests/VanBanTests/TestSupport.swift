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
        Lexer.tokenize(LogicalLine(CleanLine(source: SourceText(name: "t", text: text), index: 0)))
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

    /// Runs a command; returns exit code, stdout, stderr.
    static func run(_ executable: URL, _ arguments: [String], stdin: Data? = nil) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = root
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
