import Foundation
import Testing
@testable import VanBan

/// The direct JSON writers (`JSONDirect`, issue 17, eighth session) write exactly the bytes
/// of the `Encodable` path (`JSONWriter.encode`, kept for other users and checked against
/// Foundation's `JSONEncoder` in `JSONWriterTests`): records, findings and batch outputs of
/// every corpus, hold-out, real and seed document (and decomposed and capitalised forms),
/// pretty and compact, with and without Word positions; hostile strings; a record with
/// every optional field filled and every array non-empty, so that a stored field the
/// direct writer does not write fails here.
@Suite("JSON: direct writers against the Encodable path")
struct DirectJSONEquivalenceTests {
    /// Every text document of the repository and the shared folders, plus the corpus
    /// decomposed (NFD) and a few capitalised.
    static func documents() throws -> [(name: String, text: String)] {
        var result: [(String, String)] = []
        var folders = [Support.corpus, Support.root.appendingPathComponent("Tests/Holdout")]
        for shared in ["/work/shared/real", "/work/shared/seeds"] where FileManager.default.fileExists(atPath: shared) {
            folders.append(URL(fileURLWithPath: shared))
        }
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
                let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
                result.append((folder.lastPathComponent + "/" + name, text))
            }
        }
        for (k, name) in Support.corpusFiles.enumerated() {
            let text = String(decoding: try Data(contentsOf: Support.corpus.appendingPathComponent(name)), as: UTF8.self)
            result.append(("nfd/" + name, text.decomposedStringWithCanonicalMapping))
            if k % 4 == 0 { result.append(("upper/" + name, text.uppercased())) }
        }
        return result
    }

    /// A Word mapping for `lineCount` lines: paragraphs of two lines, labels of 0–3
    /// scalars, and the last lines left out (no paragraph: the location has none).
    static func docx(lineCount: Int) -> DocxText {
        let lines = (0..<max(0, lineCount - 3)).map { DocxText.Line(paragraph: $0 / 2 + 1, offset: ($0 % 2) * 17, label: $0 % 4) }
        return DocxText(text: "", lines: lines, trackedChanges: 0, firstChange: nil, documentPart: "word/document.xml",
                        anchors: [], runs: [], prefix: "w")
    }

    /// The direct writer's bytes and the `Encodable` path's for `value`, in every form.
    static func expectSame<T: JSONDirect & Encodable>(_ value: T, docx: DocxText?, _ what: String,
                                                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        for pretty in [true, false] {
            for word in docx == nil ? [nil] : [nil, docx] {
                let direct = JSONOutput.encode(value, pretty: pretty, docx: word)
                var userInfo: [CodingUserInfoKey: any Sendable] = [:]
                if let word { userInfo[SourceLocation.docxKey] = word }
                let encodable = try JSONWriter.encode(value, pretty: pretty, userInfo: userInfo)
                if direct != encodable {
                    let at = (0..<min(direct.count, encodable.count)).first { direct[$0] != encodable[$0] } ?? min(direct.count, encodable.count)
                    let context = { (b: [UInt8]) in String(decoding: b[max(0, at - 80)..<min(b.count, at + 80)], as: UTF8.self) }
                    Issue.record("\(what) pretty \(pretty) docx \(word != nil): differs at byte \(at)\n  direct    …\(context(direct))…\n  encodable …\(context(encodable))…",
                                 sourceLocation: sourceLocation)
                }
                // And through the public entry point, which picks the direct writer.
                if try JSONRenderer.bytes(value, compact: !pretty, docx: word) != encodable {
                    Issue.record("\(what) pretty \(pretty) docx \(word != nil): JSONRenderer differs", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test func recordsFindingsAndBatchOutputsOfEveryDocument() throws {
        let documents = try Self.documents()
        #expect(documents.count >= 80)
        for (name, text) in documents {
            let result = VanBan.process(text: text, name: name)
            let docx = Self.docx(lineCount: result.record.source.lineCount)
            try Self.expectSame(result.record, docx: docx, name)
            let findings = DiagnosticRenderer.jsonDiagnostics(FileDiagnostics(file: name, diagnostics: Linter.lint(result), docx: docx), language: .vi)
            try Self.expectSame(findings, docx: DocxText?.none, name + " findings")
            var row = BatchRow(path: name, status: .ok)
            row.meetings = result.record.meetings.count
            row.number = result.record.header.number?.raw
            let output = BatchOutput(settings: "s", inputSHA256: "00", summary: row,
                                     decodeWarnings: [.init(line: 1, column: 2, message: "m")], record: result.record, diagnostics: findings)
            try Self.expectSame(output, docx: docx, name + " batch output")
        }
    }

    /// Strings that need every kind of escape, or look as if they did.
    static let hostile: [String] = {
        var strings = [
            "", "\"", "\\", "/", "//", "\\/", "\"\\\"", "a\"b\\c/d", "\u{0}", "\u{1}\u{1f}", "\n\r\t\u{8}\u{c}", "\u{7f}", "\u{80}",
            "\u{2028}\u{2029}", "\u{FEFF}", "\u{FFFD}", "😀", "𝕍ăn bản 😀\u{1F1FB}\u{1F1F3}", "\\u0041", "\\n", "</script>", "{\"a\":1}",
            "Đảng ủy", "Đảng uỷ", "Đa\u{309}ng", "ngày 14/01/2026", " \t leading and trailing \n ", String(repeating: "x\"", count: 300),
            String(repeating: "ố", count: 5000),
        ]
        strings.append(String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self))
        var generator = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["\"", "\\", "/", "\n", "\u{0}", "\u{1b}", "a", "Z", " ", "ơ", "\u{301}", "\u{2028}", "😀", "\u{FFFF}", "\u{10FFFF}"]
        for _ in 0..<200 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &generator) { s.append(pool.randomElement(using: &generator)!) }
            strings.append(String(s))
        }
        return strings
    }()

    @Test func hostileStringsAndNumbers() throws {
        for (k, s) in Self.hostile.enumerated() {
            for pretty in [true, false] {
                #expect(JSONOutput.write(pretty: pretty) { $0.string(s) }.bytes == (try JSONWriter.encode(s, pretty: pretty)), "string \(k): \(s.debugDescription)")
            }
        }
        for n in [0, 9, 10, -1, -9, -10, 99, 100, 12345, Int.max, Int.min, Int.max - 1, Int.min + 1] {
            #expect(JSONOutput.write(pretty: false) { $0.int(n) }.bytes == (try JSONWriter.encode(n, pretty: false)), "\(n)")
        }
        for d in [0, -0.0, 10, 10.5, 1e20, 0.1, 1e-7, 123_456_789_012, 3e16, 1.5e300, -2.25, 9_007_199_254_740_992, 4.5e15] as [Double] {
            #expect(JSONOutput.write(pretty: false) { $0.double(d) }.bytes == (try JSONWriter.encode(d, pretty: false)), "\(d)")
        }
        // Deep nesting past the prebuilt indent table.
        let leaf = SectionNode(kind: "item", numbering: nil, title: "x", span: Self.span(1), children: [])
        var node = leaf
        for depth in 0..<80 { node = SectionNode(kind: "d\(depth)", numbering: nil, title: "", span: Self.span(depth), children: [node, leaf]) }
        try Self.expectSame(node, docx: Self.docx(lineCount: 40), "deep")
    }

    /// A target value that cannot be written goes to the `Encodable` path, which throws, as before.
    @Test func nonFiniteValueThrowsAsBefore() throws {
        var record = Self.sample(Self.hostile)
        record.targets[0].values[0].value = .infinity
        #expect(throws: EncodingError.self) { try JSONRenderer.bytes(record) }
        #expect(throws: EncodingError.self) { try JSONRenderer.bytes(record, compact: true) }
    }

    // MARK: Every field filled

    static func span(_ k: Int) -> SourceSpan {
        SourceSpan(start: SourceLocation(line: k + 1, column: k % 7 + 1), end: SourceLocation(line: k + 2, column: k % 5 + 3))
    }

    /// A record in which every optional field is set and every array has elements, its
    /// strings taken in turn from `strings`; one meeting item is held by a section node
    /// (written as `node`) and the others not (written with `text`).
    static func sample(_ strings: [String], attached: Bool = true) -> DocumentRecord {
        var k = 0
        func s() -> String { k += 1; return strings[k % strings.count] }
        func n() -> Int { k += 1; return k * 37 - 500 }
        func sp() -> SourceSpan { k += 1; return span(k) }
        func reference() -> Reference {
            Reference(raw: s(), documentType: s(), number: s(), value: n(), typeCode: s(), issuerCode: s(), date: s(), issuer: s(), span: sp())
        }
        func period() -> Period {
            Period(kind: s(), raw: s(), iso: s(), year: n(), month: n(), day: n(), quarter: n(), endYear: n(), inferred: k % 2 == 0, span: sp())
        }
        func preparer() -> Preparer { Preparer(name: s(), canonical: s(), role: s(), fromMonthNote: true) }
        func item(_ text: String? = nil, _ span: SourceSpan? = nil) -> Item {
            Item(marker: s(), text: text ?? s(), preparers: [preparer(), preparer()], conditional: true, periods: [period()],
                 references: [reference()], span: span ?? sp())
        }
        let heldSpan = span(900), heldText = "Hội nghị lần thứ 3 \"x\""
        let numbering = Numbering(style: .roman, label: s(), values: [n(), n()])
        let held = SectionNode(kind: "item", numbering: numbering, title: heldText, span: heldSpan, children: [], cells: [s()], header: true)
        let sections = [
            SectionNode(kind: s(), numbering: numbering, title: s(), span: sp(), children: [
                SectionNode(kind: s(), numbering: numbering, title: s(), span: sp(), children: [held], cells: [s(), s()], header: false),
            ], cells: [s()], header: true),
        ]
        let monthRef = MonthRef(year: n(), month: n(), inferred: true)
        let signature = Signature(authority: s(), body: s(), position: s(), signer: s(), delegation: s(), mark: s(), rank: s(), span: sp())
        var record = DocumentRecord(
            schemaVersion: DocumentRecord.currentSchemaVersion,
            source: SourceInfo(name: s(), lineCount: n(), layout: s(), pageNumberLines: [n(), n()], encoding: .tcvn3),
            header: Header(partyLine: s(), system: s(), motto: [s(), s()], issuer: s(), issuerLines: [s()], typeName: s(), typeCode: s(),
                           number: DocumentNumber(raw: s(), value: n(), year: n(), typeCode: s(), issuerCode: s(), span: sp()),
                           place: s(), date: DocumentDate(raw: s(), day: n(), month: n(), year: n(), iso: s(), span: sp()),
                           title: s(), subject: s(), issuedWith: s(), enactingBody: s(),
                           term: Term(raw: s(), number: n(), startYear: n(), endYear: n(), span: sp()), span: sp()),
            bases: [Basis(text: s(), references: [reference(), reference()], span: sp())],
            intro: [Paragraph(text: s(), span: sp())],
            sections: sections,
            meetings: [Meeting(session: n(), sessionRaw: s(), extended: true, period: monthRef, body: s(), group: s(), heading: s(),
                               items: [item(heldText, heldSpan), item()], span: sp(), kind: s())],
            monthlyPlans: [MonthlyPlan(period: monthRef, body: s(), items: [item(), item(heldText, heldSpan)], preparers: [preparer()], span: sp())],
            event: Event(time: s(), date: period(), place: s(), span: sp()),
            targets: [Target(label: s(), section: s(), text: s(),
                             values: [TargetValue(value: 10.5, raw: s(), unit: s(), comparator: s(), comparatorText: s(), span: sp()),
                                      TargetValue(value: 1e20, raw: s(), unit: s(), comparator: s(), comparatorText: s(), span: sp())],
                             span: sp())],
            appendices: [Appendix(number: n(), numberRaw: s(), title: s(), columns: [s(), s()],
                                  rows: [AppendixRow(index: s(), group: s(), task: s(), owner: s(), start: s(), end: s(), cells: [s()],
                                                     subRows: [[s(), s()], [s()]], span: sp())],
                                  span: sp())],
            closing: [Paragraph(text: s(), span: sp())],
            recipients: [Recipient(name: s(), purpose: s(), span: sp())],
            signature: signature,
            signatures: [signature],
            attachments: [],
            front: [Paragraph(text: s(), span: sp())])
        if attached { record.attachments = [sample(Array(strings.reversed()), attached: false)] }
        return record
    }

    /// Records where `value` (at `path`) has an optional field that is nil or an array that is
    /// empty, recursively; `attachments` inside an attachment and the `children` of a nested
    /// section node (a leaf) may be empty.
    static func unfilled(_ value: Any, _ path: String, into gaps: inout [String]) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let child = mirror.children.first else { gaps.append(path + " is nil"); return }
            unfilled(child.value, path, into: &gaps)
        case .collection:
            if mirror.children.isEmpty, !path.hasSuffix("attachments[0].attachments"), !(path.hasSuffix(".children") && path.contains(".children[")) { gaps.append(path + " is empty") }
            for (k, child) in mirror.children.enumerated() { unfilled(child.value, path + "[\(k)]", into: &gaps) }
        case .struct:
            for child in mirror.children { unfilled(child.value, path + "." + (child.label ?? "?"), into: &gaps) }
        default:
            break
        }
    }

    /// Every stored field of every type the record holds is filled in the sample (a field
    /// added to the model shows up here as nil or empty until the sample fills it) and the
    /// direct writer writes the sample as the `Encodable` path does (so a field it does not
    /// write shows up as a difference).
    @Test func everyFieldOfTheModelIsWritten() throws {
        let record = Self.sample(Self.hostile)
        var gaps: [String] = []
        Self.unfilled(record, "record", into: &gaps)
        #expect(gaps.isEmpty, "fill these in `sample` (and write them in the direct writer): \(gaps)")
        try Self.expectSame(record, docx: Self.docx(lineCount: 2000), "sample")
        // Both ways of writing an item: by its node and with its text.
        let compact = String(decoding: JSONOutput.encode(record, pretty: false), as: UTF8.self)
        #expect(compact.contains("\"node\":\"/sections/0/children/0/children/0\""))
        #expect(compact.contains("\"text\":"))

        let diagnostic = DiagnosticRenderer.JSONDiagnostic(
            file: "f\"", ruleId: "r", severity: "error", message: "m\n", line: 1, column: 2, endLine: 3, endColumn: 4, paragraph: 5, offset: 6,
            fix: .init(edits: [.init(line: 1, column: 2, endLine: 3, endColumn: 4, replacement: "x\\")]))
        var row = BatchRow(path: "p", status: .failed)
        row.output = "o"; row.documentType = "t"; row.typeCode = "c"; row.number = "n"; row.system = "s"; row.date = "d"
        row.encoding = "e"; row.reason = "r"; row.reasonCode = "rc"
        let output = BatchOutput(settings: "s", inputSHA256: "h", summary: row, decodeWarnings: [.init(line: 1, column: 2, message: "w")],
                                 record: record, diagnostics: [diagnostic])
        gaps = []
        Self.unfilled(output, "output", into: &gaps)
        #expect(gaps.isEmpty, "fill these in the test (and write them in the direct writer): \(gaps)")
        try Self.expectSame(output, docx: Self.docx(lineCount: 2000), "batch output")
        try Self.expectSame([diagnostic, diagnostic], docx: DocxText?.none, "findings")
        try Self.expectSame([DiagnosticRenderer.JSONDiagnostic](), docx: DocxText?.none, "no findings")

        // Empty arrays and absent fields everywhere.
        let bare = DocumentRecord(source: SourceInfo(name: "", lineCount: 0, layout: "", pageNumberLines: [], encoding: .utf8), header: Header())
        try Self.expectSame(bare, docx: Self.docx(lineCount: 0), "bare")
        try Self.expectSame([bare, bare], docx: DocxText?.none, "bare ×2")
    }
}
