import Foundation
import Testing
@testable import VanBan

/// Input built to hurt: each runs through the whole CLI pipeline (decode → parse → lint →
/// JSON) in a child process with a time limit and a memory ceiling measured by wait4.
/// Bounds are for the debug build `swift test` makes, on a 2-core machine running
/// other suites at the same time; the release build is 5–10× faster.
@Suite("Hostile input")
struct HostileInputTests {
    static func write(_ bytes: [UInt8], _ name: String) throws -> URL {
        let dir = try Support.temporaryDirectory("hostile")
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// Lints `bytes` in a child process; it must end by itself with 0, 1 or 2 within the bounds.
    static func survives(_ bytes: [UInt8], _ name: String, seconds: Double, megabytes: Double, format: String = "json",
                         sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = try write(bytes, name)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let run = Support.measure(["lint", url.path, "--format", format], timeout: seconds)
        #expect(!run.timedOut, "\(name): still running after \(seconds) s", sourceLocation: sourceLocation)
        #expect(run.signal == nil, "\(name): killed by signal \(run.signal ?? 0)", sourceLocation: sourceLocation)
        #expect([0, 1, 2].contains(run.exitCode ?? -1), "\(name): exit \(run.exitCode ?? -1)", sourceLocation: sourceLocation)
        #expect(run.peakMegabytes < megabytes, "\(name): peak \(Int(run.peakMegabytes)) MB", sourceLocation: sourceLocation)
    }

    static let clause = Array("Hội nghị Ban Chấp hành lần thứ 3 tháng 5/2026 thảo luận nội dung (Văn phòng chuẩn bị); ".utf8)

    @Test func fiveMegabytesOnOneLine() throws {
        var bytes: [UInt8] = []
        while bytes.count < 5_000_000 { bytes += Self.clause }
        try Self.survives(bytes, "one-line.txt", seconds: 180, megabytes: 1500)
    }

    /// The HTML report of a long line was quadratic (80 s for 3.8 MB, release) until escaping
    /// built bytes; now it costs about what the JSON output does. Both are timed here on the
    /// same 2 MB line so that the bound does not depend on the machine.
    @Test func htmlReportOfOneLongLineCostsAboutWhatJSONDoes() throws {
        let words = ["Hội", "nghị", "lần", "thứ", "năm", "2026", "(Tháng", "3/2026)", "<b>", "&", "\"x\""]
        var random = SeededRandom(seed: 7)
        var text = ""
        while text.utf8.count < 2_000_000 { text += words[Int(random.next() % UInt64(words.count))] + " " }
        let url = try Self.write(Array(text.utf8), "one-line-html.txt")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let json = Support.measure(["lint", url.path, "--format", "json"], timeout: 180)
        let html = Support.measure(["lint", url.path, "--format", "html"], timeout: 180)
        #expect(!json.timedOut && !html.timedOut && [0, 1].contains(html.exitCode ?? -1))
        #expect(html.seconds < json.seconds * 1.5 + 3, "html \(html.seconds) s, json \(json.seconds) s")
        #expect(html.peakMegabytes < 1000, "peak \(Int(html.peakMegabytes)) MB")
        try Self.survives(Array(repeating: UInt8(ascii: "("), count: 1_000_000) + [0x0A], "parens-html.txt",
                          seconds: 60, megabytes: 800, format: "html")
    }

    /// 200,000 short lines of one kind: layout was quadratic in the physical lines of one
    /// logical line (each append copied the line's arrays; each join rescanned the line for
    /// open parentheses), 120 s at 100k lines in the release build. Now a few seconds here.
    @Test(arguments: ["a\n", "1\n", "- a\n", "Văn phòng Đảng ủy\n", "a\r", "(a\n"])
    func twoHundredThousandShortLines(_ line: String) throws {
        let bytes = Array(String(repeating: line, count: 200_000).utf8)
        try Self.survives(bytes, "short-lines.txt", seconds: 180, megabytes: 1000)
    }

    /// The same measured without the machine's speed in it: ten times the lines costs about
    /// ten times the layout time, not a hundred.
    @Test func layoutIsLinearInTheNumberOfLines() {
        func seconds(_ lines: Int) -> Double {
            let source = SourceText(name: "t", text: String(repeating: "a (b\n", count: lines))
            let clean = LayoutRecovery.clean(source)
            let start = DispatchTime.now().uptimeNanoseconds
            let result = LayoutRecovery.recover(clean: clean)
            #expect(result.lines.count == 1)
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        _ = seconds(1000)
        let small = max(seconds(4000), 0.002)
        let large = seconds(40_000)
        #expect(large < small * 30, "4k lines \(small) s, 40k lines \(large) s")
    }

    @Test func hundredThousandLevelNumbering() throws {
        let numbering = Array(repeating: "1", count: 100_000).joined(separator: ".") + ". Nội dung\n"
        try Self.survives(Array(("I. PHẦN MỘT\n" + numbering + "1.1. Mục con\n").utf8), "deep.txt", seconds: 60, megabytes: 500)
    }

    @Test func aMillionOpeningParentheses() throws {
        try Self.survives(Array(repeating: UInt8(ascii: "("), count: 1_000_000) + [0x0A], "parens.txt", seconds: 60, megabytes: 800)
    }

    @Test func aMillionParenthesesAcrossLines() throws {
        let line = Array("((((((((((Hội nghị lần thứ (((((\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count < 1_000_000 { bytes += line }
        try Self.survives(bytes, "parens-lines.txt", seconds: 120, megabytes: 800)
    }

    @Test func nulBytes() throws {
        // Mostly NUL: refused as binary, with exit 2.
        let text = Array("Chương trình công tác\n".utf8)
        var bytes: [UInt8] = []
        for _ in 0..<200 { bytes += text; bytes += [0, 0, 0] }
        #expect(throws: InputError.self) { try VanBan.process(bytes, name: "nul.txt") }
        try Self.survives(bytes, "nul.txt", seconds: 30, megabytes: 300)
        // One stray NUL in a real document: processed or refused, never a crash.
        var doc = [UInt8](try Data(contentsOf: Support.corpus.appendingPathComponent(Support.corpusFiles[1])))
        doc.insert(0, at: doc.count / 2)
        if let result = try? VanBan.process(doc, name: "stray-nul.txt") {
            _ = Linter.lint(result)
            _ = try JSONRenderer.render(result.record)
        }
        try Self.survives(doc, "stray-nul.txt", seconds: 30, megabytes: 300)
    }

    /// CRLF and lone-CR files give the records and findings of their LF original.
    @Test(arguments: ["\r\n", "\r"])
    func lineEnds(_ end: String) throws {
        for file in Support.corpusFiles {
            let text = try String(contentsOf: Support.corpus.appendingPathComponent(file), encoding: .utf8)
            let lf = try VanBan.process(Array(text.utf8), name: file)
            let other = try VanBan.process(Array(text.replacingOccurrences(of: "\n", with: end).utf8), name: file)
            #expect(other.record.meetings == lf.record.meetings, "\(file) with \(end.debugDescription)")
            #expect(other.record.monthlyPlans == lf.record.monthlyPlans, "\(file) with \(end.debugDescription)")
            #expect(other.record.sections == lf.record.sections, "\(file) with \(end.debugDescription)")
            let a = Linter.lint(lf).map { "\($0.ruleID)@\($0.span)" }
            let b = Linter.lint(other).map { "\($0.ruleID)@\($0.span)" }
            #expect(a == b, "\(file) with \(end.debugDescription)")
        }
    }

    /// UTF-16 with a byte-order mark, both byte orders: the same record as UTF-8.
    @Test func utf16WithBOM() throws {
        for file in Support.corpusFiles {
            let text = try String(contentsOf: Support.corpus.appendingPathComponent(file), encoding: .utf8)
            let utf8 = try VanBan.process(Array(text.utf8), name: file)
            for (bom, bigEndian) in [([UInt8(0xFF), 0xFE], false), ([UInt8(0xFE), 0xFF], true)] {
                var bytes = bom
                for unit in text.utf16 {
                    let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                    bytes += bigEndian ? pair.reversed() : pair
                }
                let utf16 = try VanBan.process(bytes, name: file)
                #expect(utf16.record.source.encoding == .utf16)
                var record = utf16.record
                record.source.encoding = .utf8
                // Attachments carry the source of the file they were read from.
                for k in record.attachments.indices { record.attachments[k].source.encoding = .utf8 }
                #expect(record == utf8.record, "\(file), big-endian: \(bigEndian)")
            }
        }
        // A BOM followed by an odd byte count or a lone surrogate: a clear error.
        #expect(throws: InputError.self) { try VanBan.process([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00], name: "bad16.txt") }
        #expect(throws: InputError.self) { try VanBan.process([0xFF, 0xFE], name: "bom-only.txt") }
    }

    /// A file rewritten (truncated, grown, emptied, made binary) while it is being read:
    /// every read gives a clear error or a result, never a crash.
    @Test func fileChangingWhileRead() throws {
        let dir = try Support.temporaryDirectory("changing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("changing.txt")
        let document = [UInt8](try Data(contentsOf: Support.corpus.appendingPathComponent(Support.corpusFiles[0])))
        try Data(document).write(to: url)
        let versions: [[UInt8]] = [document, Array(document.prefix(document.count / 3)), [], [0, 1, 2, 0xFF, 0xFE],
                                   document + document, Array(document.prefix(7777))]
        let stop = StopFlag()
        let writer = Thread {
            var k = 0
            while !stop.isSet {
                // Not atomic on purpose: truncate, then write in pieces.
                if let handle = FileHandle(forWritingAtPath: url.path) {
                    handle.truncateFile(atOffset: 0)
                    let bytes = versions[k % versions.count]
                    var i = 0
                    while i < bytes.count {
                        handle.write(Data(bytes[i..<min(bytes.count, i + 4096)]))
                        i += 4096
                    }
                    try? handle.close()
                }
                k += 1
            }
        }
        writer.start()
        defer { stop.set() }
        var results = 0, errors = 0
        for _ in 0..<40 {
            do {
                let bytes = try InputReader.read(url.path)
                let result = try VanBan.process(bytes, name: url.path)
                _ = Linter.lint(result)
                results += 1
            } catch {
                errors += 1
            }
        }
        #expect(results + errors == 40)
        // The batch over the same changing file also finishes, with a row for it.
        let out = dir.appendingPathComponent("out")
        let (code, _, err) = try Support.run(Support.binary, ["batch", url.path, "--out", out.path])
        #expect([0, 1, 2].contains(code), "\(err)")
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as! [String: Any]
        #expect((summary["files"] as! [Any]).count == 1)
    }

    /// Every input the fuzzer found crashing, kept in Tests/FuzzRegressions/.
    @Test func fuzzRegressions() throws {
        let dir = Support.root.appendingPathComponent("Tests/FuzzRegressions")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(!files.isEmpty)
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(file)))
            guard let result = try? VanBan.process(bytes, name: file) else { continue }
            let diagnostics = Linter.lint(result)
            _ = try JSONRenderer.render(result.record)
            _ = FixApplier.apply(diagnostics, to: result.source)
        }
    }
}

/// A flag one thread sets and another reads.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}

/// `switch` over words in the library compares UTF-8 bytes (the module's `~=`), which is
/// only right when both sides are NFC: the text is normalised, and so must every
/// string literal in the sources be.
@Suite("Source invariants")
struct SourceInvariantTests {
    @Test func stringLiteralsAreNFC() throws {
        let sources = Support.root.appendingPathComponent("Sources/VanBan")
        let walker = FileManager.default.enumerator(atPath: sources.path)
        var checked = 0
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains("\"") {
                let s = String(line)
                #expect(s.precomposedStringWithCanonicalMapping.utf8.elementsEqual(s.utf8), "\(path):\(n + 1) is not NFC")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }
}
