import Foundation
import Testing
@testable import VanBan

/// The HTML reports in a real browser: headless Chromium (Debian's `chromium`, installed by
/// `.ci/run`) driven by scripts/browser_check.py. Each corpus report must load without a
/// script error or a network request, highlight exactly the findings `lint --format json`
/// reports, and fill its calendar; screenshots go to `.build/screenshots/` for a person.
/// Set VANBAN_SKIP_BROWSER=1 to skip on a machine without Chromium.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["VANBAN_SKIP_BROWSER"] == nil))
struct BrowserTests {
    static let reports = Support.root.appendingPathComponent(".build/reports")
    static let screenshots = Support.root.appendingPathComponent(".build/screenshots")

    /// What the browser saw on one page.
    struct Seen {
        var values: [String: Any]
        var errors: [String] { values["errors"] as? [String] ?? ["(no errors field)"] }
        var requests: [String] { values["requests"] as? [String] ?? ["(no requests field)"] }
        var ready: Bool { values["ready"] as? Bool ?? false }
        func int(_ key: String) -> Int { values[key] as? Int ?? -1 }
    }

    /// Opens `pages` in one browser; fails the test when the browser cannot be driven.
    static func open(_ pages: [URL]) throws -> [String: Seen] {
        let script = Support.root.appendingPathComponent("scripts/browser_check.py").path
        let (code, out, err) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"),
                                               ["python3", script, "--shots", screenshots.path] + pages.map(\.path))
        #expect(code == 0, "browser_check failed (is Chromium installed? apt-get install chromium): \(err)")
        var seen: [String: Seen] = [:]
        for line in out.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let page = object["page"] as? String else { continue }
            seen[URL(fileURLWithPath: page).lastPathComponent] = Seen(values: object)
        }
        return seen
    }

    @Test func everyCorpusReportLoadsWithAllFindingsHighlighted() throws {
        try FileManager.default.createDirectory(at: Self.reports, withIntermediateDirectories: true)
        var pages: [URL] = []
        var expected: [String: (findings: Int, entries: Int, lines: Int)] = [:]
        for file in Support.corpusFiles {
            let path = "corpus/" + file
            let name = (file as NSString).deletingPathExtension
            let (_, html, htmlErr) = try Support.run(Support.binary, ["lint", path, "--format", "html"])
            #expect(!html.isEmpty, "\(file): \(htmlErr)")
            let page = Self.reports.appendingPathComponent(name + ".html")
            try Data(html.utf8).write(to: page)
            pages.append(page)
            let (_, json, _) = try Support.run(Support.binary, ["lint", path, "--format", "json"])
            let findings = (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any])?.count ?? -1
            let record = try Support.record(file)
            let entries = record.meetings.count + record.monthlyPlans.count + (record.event?.date == nil ? 0 : 1)
            // Rows: one per line, except that a run of blank lines is one row ("(N dòng trống, …)").
            let gaps = html.components(separatedBy: "class=\"row gap\"").dropFirst().map { Int($0.split(separator: "(")[1].split(separator: " ")[0])! }
            expected[name + ".html"] = (findings, entries, record.source.lineCount - gaps.reduce(0, +) + gaps.count)
        }
        // One report in English, as `--lang en` gives it.
        let english = Self.reports.appendingPathComponent("000-en.html")
        let (_, html, _) = try Support.run(Support.binary, ["lint", "corpus/" + Support.corpusFiles[0], "--format", "html", "--lang", "en"])
        try Data(html.utf8).write(to: english)
        pages.append(english)
        expected["000-en.html"] = expected[(Support.corpusFiles[0] as NSString).deletingPathExtension + ".html"]

        let seen = try Self.open(pages)
        #expect(seen.count == pages.count)
        for (page, want) in expected {
            guard let got = seen[page] else {
                Issue.record("\(page): the browser did not report it")
                continue
            }
            #expect(got.errors.isEmpty, "\(page): script errors \(got.errors)")
            #expect(got.requests.isEmpty, "\(page): asked the network for \(got.requests)")
            #expect(got.ready, "\(page): the script did not finish")
            #expect(got.int("highlighted") == want.findings, "\(page): \(got.int("highlighted")) highlighted, \(want.findings) in the JSON")
            #expect(got.int("notes") == want.findings, "\(page): \(got.int("notes")) notes, \(want.findings) in the JSON")
            #expect(got.int("chips") == want.entries, "\(page): \(got.int("chips")) calendar entries, \(want.entries) in the record")
            #expect(got.int("rows") == want.lines, "\(page): \(got.int("rows")) lines shown of \(want.lines)")
            #expect((got.values["screenshots"] as? [String])?.isEmpty == false, "\(page): no screenshot")
        }
        // The five-year programme: findings marked on calendar cells.
        #expect((seen["000_3eaa0e434add0cf8.html"]?.int("badges") ?? 0) > 0)
    }

    @Test func batchIndexLinksEveryReport() throws {
        let out = try Support.temporaryDirectory("browser-batch")
        defer { try? FileManager.default.removeItem(at: out) }
        let (code, _, err) = try Support.run(Support.binary, ["batch", "corpus", "--out", out.path, "--html", "--no-progress"])
        #expect(code == 1, "\(err)")  // the corpus has errors
        let index = out.appendingPathComponent("index.html")
        let firstReport = out.appendingPathComponent((Support.corpusFiles[0] as NSString).deletingPathExtension + ".html")
        let seen = try Self.open([index, firstReport])
        let page = try #require(seen["index.html"])
        #expect(page.errors.isEmpty, "\(page.errors)")
        #expect(page.requests.isEmpty, "\(page.requests)")
        #expect(page.ready)
        #expect(page.int("links") == Support.corpusFiles.count)
        let report = try #require(seen[firstReport.lastPathComponent])
        #expect(report.errors.isEmpty && report.ready && report.int("highlighted") > 0)
    }
}
