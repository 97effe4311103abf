import Foundation
import Testing
@testable import VanBan

/// The corpus: each document's record must equal its reviewed golden file,
/// `corpus/expected/<name>.json`. Re-record with `VANBAN_RECORD=1 swift test`,
/// then review the diff (`git diff corpus/expected`) before committing it.
@Suite("Corpus")
struct CorpusTests {
    @Test(arguments: Support.corpusFiles)
    func matchesGolden(_ file: String) throws {
        let json = try JSONRenderer.render(try Support.record(file)) + "\n"
        let golden = Support.expected.appendingPathComponent(file.replacingOccurrences(of: ".txt", with: ".json"))
        if ProcessInfo.processInfo.environment["VANBAN_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Support.expected, withIntermediateDirectories: true)
            try json.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if json != expected {
            let a = json.split(separator: "\n", omittingEmptySubsequences: false)
            let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let k = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record("\(file): differs from its golden file at JSON line \(k + 1):\n  got:      \(k < a.count ? a[k] : "<end>")\n  expected: \(k < b.count ? b[k] : "<end>")")
        }
    }

    @Test func wardProgramme000() throws {
        let r = try Support.record("000_3eaa0e434add0cf8.txt")
        #expect(r.meetings.map(\.session) == Array(1...21))
        #expect(r.meetings.allSatisfy { $0.period?.year != nil && $0.period?.month != nil })
        #expect(r.monthlyPlans.count == 60)
        #expect(r.monthlyPlans.first?.period == MonthRef(year: 2025, month: 9, inferred: false))
        #expect(r.monthlyPlans.last?.period == MonthRef(year: 2030, month: 8, inferred: false))
        #expect(r.monthlyPlans.allSatisfy { !$0.items.isEmpty })
        let items = r.meetings.flatMap(\.items) + r.monthlyPlans.flatMap(\.items)
        #expect(items.filter { !$0.preparers.isEmpty }.count * 2 > items.count)
        #expect(r.signature?.signer == "Trần Huy Kiên")
        #expect(r.recipients.count == 9)
        #expect(r.recipients[1].name.hasSuffix("Chỉ huy Trưởng BCH Quân sự TP"))
    }

    @Test func annualProgramme001() throws {
        let r = try Support.record("001_c8064ae758f1624a.txt")
        #expect(r.header.typeName == "CHƯƠNG TRÌNH")
        #expect(r.header.number?.typeCode == "CTr")
        #expect(r.header.number?.value == nil)
        #expect(r.header.date?.month == 12 && r.header.date?.day == nil)
        #expect(r.meetings.map(\.session) == [3, 4, 5, 6])
        #expect(r.monthlyPlans.map(\.period.month) == Array(1...12))
        #expect(r.monthlyPlans.allSatisfy { $0.period.year == 2026 && !$0.preparers.isEmpty })
        let items = r.meetings.flatMap(\.items) + r.monthlyPlans.flatMap(\.items)
        #expect(items.filter { !$0.preparers.isEmpty }.count * 2 > items.count)
        #expect(r.signature?.signer == "Lê Quốc Tiến")
    }

    @Test func termProgramme002() throws {
        let r = try Support.record("002_b5d9c1d87366f000.txt")
        #expect(r.meetings.map(\.session) == Array(1...23))
        #expect(r.meetings.filter(\.extended).map(\.session) == [2, 4, 6, 8, 10, 12, 15, 17, 20, 23])
        #expect(r.meetings[11].period == MonthRef(year: 2028, month: 6, inferred: false))
        #expect(r.signature?.position == "PHÓ BÍ THƯ")
        #expect(r.signature?.signer == "Hoàng Quốc Thưởng")
    }

    @Test func actionProgramme003() throws {
        let r = try Support.record("003_361c834d8024a1a3.txt")
        #expect(r.targets.filter { $0.label != nil }.count == 24)
        #expect(r.targets.filter { $0.label != nil }.allSatisfy { !$0.text.isEmpty })
        #expect(r.appendices.map(\.number) == Array(1...12).map(Optional.some))
        #expect(r.appendices.map(\.rows.count) == [2, 9, 1, 3, 10, 3, 5, 4, 4, 7, 6, 11])
        #expect(r.appendices.allSatisfy { $0.rows.allSatisfy { !$0.task.isEmpty } })
        #expect(r.recipients.count == 9)
    }

    @Test func eventPlan004() throws {
        let r = try Support.record("004_92d152d3aac8ef7d.txt")
        #expect(r.header.typeName == "KẾ HOẠCH")
        #expect(r.header.number?.typeCode == "KH")
        let agenda = r.sections.first { $0.title.hasPrefix("NỘI DUNG CHƯƠNG TRÌNH") }
        #expect(agenda?.children.map(\.numbering?.values) == (1...10).map { [$0] })
        #expect(r.event?.date?.iso == "2026-01-14")
        #expect(r.event?.place?.hasPrefix("Tại Nhà Văn hóa Trung tâm xã") == true)
        #expect(r.signature?.authority == "T/M")
        #expect(r.signature?.signer == "Phạm Thị Hải")
        #expect(r.recipients.count == 5)
    }
}

/// Every span must point at its own text in the original file.
@Suite("Spans")
struct SpanTests {
    @Test(arguments: Support.corpusFiles)
    func periodsPointAtTheirText(_ file: String) throws {
        let text = try String(contentsOf: Support.corpus.appendingPathComponent(file), encoding: .utf8)
        let lines = SourceText(name: file, text: text)
        let record = try Support.record(file)
        let periods = (record.meetings.flatMap(\.items) + record.monthlyPlans.flatMap(\.items)).flatMap(\.periods)
        // Conferences and monthly plans are dated item by item; a session's items (bills) need not be.
        #expect(!periods.isEmpty || (record.meetings.allSatisfy { $0.kind == "session" } && record.monthlyPlans.isEmpty))
        for p in periods {
            var pieces: [String] = []
            for l in p.span.start.line...p.span.end.line {
                let scalars = Array(lines.line(l - 1))
                let from = l == p.span.start.line ? p.span.start.column - 1 : 0
                let to = l == p.span.end.line ? p.span.end.column - 1 : scalars.count
                pieces.append(String(String.UnicodeScalarView(scalars[from..<max(from, to)])))
            }
            let original = pieces.joined(separator: " ").precomposed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(original == p.raw, "\(file):\(p.span.start): \(p.raw)")
        }
    }
}

extension String {
    var precomposed: String { precomposedStringWithCanonicalMapping }
}
