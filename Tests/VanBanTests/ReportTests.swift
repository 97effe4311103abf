import Foundation
import Testing
@testable import VanBan

/// A small programme with a planted mistake: a June 2026 meeting that reviews 2027, HTML
/// specials and quotes in an item, a conditional item, an extended meeting, two months.
let sampleProgramme = """
ĐẢNG BỘ PHƯỜNG AN BÌNH
ĐẢNG ỦY PHƯỜNG
Số 05-CTr/ĐU
An Bình, ngày 10 tháng 01 năm 2026
CHƯƠNG TRÌNH
công tác năm 2026 của Ban Chấp hành Đảng bộ phường khóa I, nhiệm kỳ 2025 - 2030
I. HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ
1. Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 3 (Tháng 3/2026)
- Sơ kết quý I, "trọng tâm" quý II năm 2026, kế hoạch <kiểm tra> & giám sát (Văn phòng Đảng ủy chủ trì chuẩn bị).
- Một số vấn đề khác (nếu có).
2. Hội nghị Ban Chấp hành Đảng bộ phường mở rộng lần thứ 4 (Tháng 6/2026)
- Sơ kết 6 tháng đầu năm 2027 (Văn phòng Đảng ủy chủ trì, Ban Tổ chức Đảng ủy phối hợp).
II. CHƯƠNG TRÌNH CÔNG TÁC HẰNG THÁNG
Tháng 1/2026
- Quán triệt Nghị quyết năm 2026 (Ban Tuyên giáo chủ trì chuẩn bị).
- Tổng kết công tác năm 2025.
Tháng 2/2026
- Gặp mặt đầu xuân.
"""

/// The calendar and the HTML report, read in-process (the browser suite renders them).
@Suite struct ReportTests {
    /// The finding numbers the page highlights (`data-f` of every `<mark class="hl …">`).
    static func highlighted(_ html: String) -> Set<Int> {
        var ids = Set<Int>()
        for piece in html.components(separatedBy: "<mark class=\"hl").dropFirst() {
            guard let a = piece.range(of: "data-f=\""), let b = piece[a.upperBound...].firstIndex(of: "\"") else { continue }
            for n in piece[a.upperBound..<b].split(separator: " ") { if let k = Int(n) { ids.insert(k) } }
        }
        return ids
    }

    @Test func timelinePlacesMeetingsAndMonthsAndOwnsTheirFindings() {
        let result = Support.process(sampleProgramme)
        let diagnostics = Linter.lint(result)
        let timeline = Timeline(record: result.record, diagnostics: diagnostics)
        #expect(timeline.term == 2025...2030)
        #expect(timeline.years == [2026])  // an annual programme: its own year, not the whole term
        #expect(timeline.undated.isEmpty)
        let march = timeline.entries(year: 2026, month: 3)
        #expect(march.map(\.kind) == [.meeting] && march.first?.session == 3 && march.first?.itemCount == 2)
        let june = timeline.entries(year: 2026, month: 6)
        #expect(june.first?.extended == true && june.first?.session == 4)
        #expect(timeline.entries(year: 2026, month: 1).first?.kind == .plan)
        #expect(timeline.entries(year: 2026, month: 1).first?.itemCount == 2)
        #expect(timeline.entries(year: 2026, month: 2).first?.itemCount == 1)
        #expect(timeline.entries(year: 2026, month: 4).isEmpty)
        // The planted mistake (2027 in the June 2026 meeting) is marked on June's cell, not elsewhere.
        let planted = diagnostics.firstIndex { $0.ruleID == "year-out-of-scope" }
        #expect(planted != nil)
        #expect(june.first?.findings == planted.map { [$0] })
        #expect(march.first?.findings == [])
    }

    @Test func timelineOfTheFiveYearProgramme() throws {
        let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(Support.corpusFiles[0]))),
                                        name: Support.corpusFiles[0])
        let timeline = Timeline(record: result.record, diagnostics: Linter.lint(result))
        #expect(timeline.years == Array(2025...2030))
        #expect(timeline.dated.count == result.record.meetings.count + result.record.monthlyPlans.count)
        // Every meeting is in the cell of its period.
        for m in result.record.meetings {
            let cell = timeline.entries(year: m.period!.year!, month: m.period!.month!)
            #expect(cell.contains { $0.kind == .meeting && $0.session == m.session }, "meeting \(m.session ?? 0)")
        }
    }

    @Test func entriesWithoutAPeriodAndYearsOutsideTheTermAreShown() {
        let text = sampleProgramme.replacingOccurrences(of: "(Tháng 6/2026)", with: "")
            .replacingOccurrences(of: "Tháng 2/2026", with: "Tháng 2/2036")
        let result = Support.process(text)
        let timeline = Timeline(record: result.record, diagnostics: [])
        #expect(timeline.undated.map(\.session) == [4])
        #expect(timeline.years == [2025, 2026, 2027, 2028, 2029, 2030, 2036])
        let html = HTMLReport.render(result, diagnostics: [], language: .vi)
        #expect(html.contains("ngoài nhiệm kỳ"))
        #expect(html.contains("Chưa xác định được tháng, năm"))
    }

    @Test func everyFindingIsHighlightedOnceAndHasItsNote() throws {
        for file in Support.corpusFiles + ["sample"] {
            let result = file == "sample"
                ? Support.process(sampleProgramme)
                : try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(file))), name: file)
            let diagnostics = Linter.lint(result)
            let html = HTMLReport.render(result, diagnostics: diagnostics, language: .vi)
            #expect(Self.highlighted(html) == Set(diagnostics.indices.map { $0 + 1 }), "\(file)")
            for k in diagnostics.indices { #expect(html.contains("id=\"f\(k + 1)\""), "\(file): no note f\(k + 1)") }
            // One row per line, except runs of blank lines, which are one row each ("(N dòng trống, …)").
            let gaps = html.components(separatedBy: "class=\"row gap\"").dropFirst().map { Int($0.split(separator: "(")[1].split(separator: " ")[0])! }
            #expect(html.components(separatedBy: "class=\"row").count - 1 + gaps.reduce(0, +) - gaps.count == max(result.source.lineCount, 1), "\(file)")
            // Self-contained: nothing to fetch.
            for outside in ["src=", "href=\"http", "@import", "url("] { #expect(!html.contains(outside), "\(file): \(outside)") }
        }
    }

    @Test func sourceTextIsEscapedAndControlCharactersShown() {
        let text = sampleProgramme + "\n- <script>alert(1)</script> \u{0}\u{1B} \"q\" & 'a'\n"
        let result = Support.process(text)
        let html = HTMLReport.render(result, diagnostics: Linter.lint(result), language: .vi)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;kiểm tra&gt; &amp; giám sát"))
        #expect(html.contains("\u{2400}\u{241B}"))
        #expect(!html.unicodeScalars.contains { $0.value == 0 || $0.value == 0x1B })
    }

    @Test func emptyOutsideAndMultiLineSpansStillGetAHighlight() {
        let result = Support.process("Dòng một\nDòng hai\n")
        func finding(_ a: (Int, Int), _ b: (Int, Int)) -> Diagnostic {
            Diagnostic(ruleID: "missing-element", severity: .warning,
                       span: SourceSpan(start: SourceLocation(line: a.0, column: a.1), end: SourceLocation(line: b.0, column: b.1)),
                       messageKey: "signature", arguments: [])
        }
        let diagnostics = [
            finding((1, 1), (1, 1)),     // empty: a caret
            finding((1, 5), (2, 4)),     // across two lines
            finding((9, 1), (9, 3)),     // past the end: on the last line
            finding((2, 40), (2, 50)),   // past the line's end: a caret at its end
        ]
        let html = HTMLReport.render(result, diagnostics: diagnostics, language: .en)
        #expect(Self.highlighted(html) == [1, 2, 3, 4])
        #expect(html.contains("<mark class=\"hl caret sev-warning\" data-f=\"1\""))
        #expect(html.contains("lang=\"en\"") && html.contains("Check report"))
    }

    @Test func fixesAreShownAsReplacements() throws {
        let result = Support.process(sampleProgramme.replacingOccurrences(of: "Gặp mặt đầu xuân.", with: "Gặp mặt , đầu xuân."))
        let diagnostics = Linter.lint(result)
        let spacing = try #require(diagnostics.firstIndex { $0.ruleID == "spacing" && $0.fix != nil })
        let html = HTMLReport.render(result, diagnostics: diagnostics, language: .vi)
        let note = try #require(html.components(separatedBy: "id=\"f\(spacing + 1)\"").dropFirst().first)
        #expect(note.prefix(while: { $0 != "\n" }).contains("Đề xuất sửa:"))
    }

    @Test func columnsMapBackThroughMultiCharacterEncodings() throws {
        // VIQR writes "ệ" as "e^." → one scalar in the text, three columns in the file.
        let decoded = try TextDecoder.decode(Array("Vie^.t Nam".utf8), name: "v", encoding: .viqr)
        let source = SourceText(name: "v", decoded: decoded)
        for offset in 0...source.lines[0].count {
            #expect(source.offset(line: 0, column: source.column(line: 0, offset: offset)) == offset)
        }
    }

    @Test func indexListsFailuresWithTheirReason() {
        let html = HTMLReport.index([
            .init(path: "a/b c.txt", report: "a/b c.html", documentType: "CHƯƠNG TRÌNH", meetings: 2, monthlyPlans: 12,
                  errors: 1, warnings: 0, infos: 3, failure: nil),
            .init(path: "x.txt", report: nil, documentType: nil, meetings: 0, monthlyPlans: 0, errors: 0, warnings: 0,
                  infos: 0, failure: "x.txt: tệp nhị phân"),
        ], language: .vi)
        #expect(html.contains("href=\"a/b%20c.html\""))
        #expect(html.contains("x.txt: tệp nhị phân"))
        #expect(html.contains("1 không xử lý được"))
    }
}
