import Foundation
import Testing
@testable import VanBan

/// Word files from real producers: every corpus text is turned into .docx by python-docx
/// (with automatic numbering for its labels) and by LibreOffice (scripts/make_docx.py);
/// each must give the text's record and findings, modulo positions. The reviewed copy
/// (`lint --format docx`) must open in python-docx with exactly one comment per finding on
/// the finding's words, change nothing else, and convert to PDF in LibreOffice; page 1 of
/// one is kept as .build/docx-screenshots/*.png for a person to look at.
/// Set VANBAN_SKIP_OFFICE=1 to skip on a machine without LibreOffice and python-docx.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["VANBAN_SKIP_OFFICE"] == nil))
struct DocxTests {
    static let fixtures = Support.root.appendingPathComponent(".build/docx-fixtures")
    static let screenshots = Support.root.appendingPathComponent(".build/docx-screenshots")
    static let producers = ["python-docx", "libreoffice"]

    /// Makes (once) and returns the fixture of `file` by `producer`.
    static func fixture(_ file: String, _ producer: String) throws -> String {
        try FileManager.default.createDirectory(at: fixtures, withIntermediateDirectories: true)
        let name = (file as NSString).deletingPathExtension + "." + producer + ".docx"
        let path = fixtures.appendingPathComponent(name).path
        let source = Support.corpus.appendingPathComponent(file)
        let stale = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date).map { made in
            [source.path, Support.root.appendingPathComponent("scripts/make_docx.py").path].contains { input in
                ((try? FileManager.default.attributesOfItem(atPath: input)[.modificationDate] as? Date) ?? .distantFuture) > made
            }
        } ?? true
        if stale {
            let (code, _, err) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"),
                                                 ["python3", Support.root.appendingPathComponent("scripts/make_docx.py").path, producer, source.path, path])
            #expect(code == 0, "make_docx.py \(producer) \(file) failed (pip install python-docx; apt-get install libreoffice-writer-nogui): \(err)")
        }
        return path
    }

    /// A JSON value with every position removed (keys that name places, not content).
    static func withoutPositions(_ value: Any) -> Any {
        let positional: Set<String> = ["span", "source", "line", "column", "endLine", "endColumn", "file", "paragraph", "offset"]
        if let object = value as? [String: Any] {
            return object.filter { !positional.contains($0.key) }.mapValues(withoutPositions)
        }
        if let array = value as? [Any] { return array.map(withoutPositions) }
        return value
    }

    static func json(_ arguments: [String]) throws -> Any {
        let (_, out, err) = try Support.run(Support.binary, arguments)
        guard let value = try? JSONSerialization.jsonObject(with: Data(out.utf8)) else {
            Issue.record("no JSON from vanban \(arguments.joined(separator: " ")): \(err)")
            return NSNull()
        }
        return value
    }

    static var cases: [(String, String)] { Support.corpusFiles.flatMap { f in producers.map { (f, $0) } } }

    @Test(arguments: cases)
    func sameRecordAndFindingsAsTheText(_ file: String, _ producer: String) throws {
        let docx = try Self.fixture(file, producer)
        let text = "corpus/" + file
        let fromText = Self.withoutPositions(try Self.json(["parse", text])) as! NSDictionary
        let fromWord = Self.withoutPositions(try Self.json(["parse", docx])) as! NSDictionary
        #expect(fromText == fromWord, "\(file) by \(producer): the record differs from the text's")
        let findingsText = Self.withoutPositions(try Self.json(["lint", text, "--format", "json"])) as! NSArray
        let findingsWord = Self.withoutPositions(try Self.json(["lint", docx, "--format", "json"])) as! NSArray
        #expect(findingsText == findingsWord, "\(file) by \(producer): the findings differ from the text's")
        // Not two empty lists by accident: a document whose reviewed golden
        // (corpus/expected/*.lint.json) has findings must have some in Word, and one the
        // golden has clean must be clean in Word. (The exact findings against the golden
        // are LintCorpusTests' business; here the Word file is compared with the text.)
        let golden = Support.expected.appendingPathComponent((file as NSString).deletingPathExtension + ".lint.json")
        let goldenFindings = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: golden)) as? [Any])
        #expect((findingsWord.count == 0) == goldenFindings.isEmpty, "\(file) by \(producer): \(findingsWord.count) findings, the golden has \(goldenFindings.count)")
        // Positions in Word's terms, valid against the schemas.
        let (_, parsed, _) = try Support.run(Support.binary, ["parse", docx])
        #expect(parsed.contains("\"paragraph\" :"))
        let out = Self.fixtures.appendingPathComponent((docx as NSString).lastPathComponent + ".json")
        try Data(parsed.utf8).write(to: out)
        let (code, report) = try Support.validate(schema: "schemas/document.schema.json", [out.path])
        #expect(code == 0, "\(report)")
    }

    @Test(arguments: cases)
    func reviewedCopyHasOneCommentPerFindingOnItsWords(_ file: String, _ producer: String) throws {
        let docx = try Self.fixture(file, producer)
        let reviewed = Self.fixtures.appendingPathComponent((file as NSString).deletingPathExtension + "." + producer + ".reviewed.docx").path
        try? FileManager.default.removeItem(atPath: reviewed)
        let (code, out, err) = try Support.run(Support.binary, ["lint", docx, "--format", "docx", "--output", reviewed])
        #expect(code == 0 || code == 1, "\(err)")
        // What VanBan found, and the words each finding covers in the extracted text.
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: docx)))
        let result = try VanBan.process(bytes, name: docx)
        let diagnostics = Linter.lint(result)
        if diagnostics.isEmpty {
            // A clean document: no finding printed, and (below) a copy with no comment.
            #expect(!out.contains("(đoạn ") && out.contains("0 lỗi, 0 cảnh báo, 0 lưu ý"), "\(out)")
        } else {
            #expect(out.contains("(đoạn "), "text findings name the paragraph")
        }
        let text = try #require(result.docx)
        let (checkCode, checkOut, checkErr) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", Support.root.appendingPathComponent("scripts/check_docx_comments.py").path, docx, reviewed])
        #expect(checkCode == 0, "\(checkErr)")
        let seen = try #require(try JSONSerialization.jsonObject(with: Data(checkOut.utf8)) as? [String: Any])
        let comments = seen["comments"] as? [[String: Any]] ?? []
        #expect(comments.count == diagnostics.count, "\(file) by \(producer): \(comments.count) comments for \(diagnostics.count) findings")
        #expect(seen["references"] as? Int == diagnostics.count)
        #expect((seen["problems"] as? [String] ?? ["?"]).isEmpty, "\(seen["problems"] ?? "")")
        if producer == "python-docx" && file == Support.corpusFiles[0] {
            // The checker itself must see a change to the document's own words.
            let archive = try ZipArchive(try [UInt8](Data(contentsOf: URL(fileURLWithPath: reviewed))))
            var xml = try archive.data(try #require(archive.entry("word/document.xml")))
            let at = try #require(xml.firstIndex(of: UInt8(ascii: "h")))
            xml[at] = UInt8(ascii: "k")
            let tampered = Self.fixtures.appendingPathComponent("tampered.docx")
            try Data(try ZipRewriter.rewrite(archive, replacing: [("word/document.xml", xml)])).write(to: tampered)
            let (_, tamperedOut, _) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"),
                ["python3", Support.root.appendingPathComponent("scripts/check_docx_comments.py").path, docx, tampered.path])
            #expect(tamperedOut.contains("document.xml differs"), "the checker missed a changed letter")
        }
        for (d, c) in zip(diagnostics, comments) {
            #expect(c["author"] as? String == "VanBan" && c["initials"] as? String == "VB")
            let body = c["text"] as? String ?? ""
            #expect(body.contains(d.message(.vi)) && body.contains(d.ruleID), "\(body)")
            let expected = Self.words(text, d.span)
            let anchored = (c["anchored"] as? String ?? "").trimmingCharacters(in: .newlines)
            if expected.isEmpty {
                #expect(!anchored.isEmpty, "\(d.ruleID) at \(d.span): an empty anchor")
            } else {
                #expect(anchored == expected, "\(file) by \(producer), \(d.ruleID) at \(d.span)")
            }
        }
    }

    /// `--fix` on a Word file writes the certain fixes as tracked changes; read as accepted,
    /// the copy is the text `--fix` makes of the corpus document.
    @Test(arguments: cases)
    func fixesAsTrackedChangesGiveTheTextsFixes(_ file: String, _ producer: String) throws {
        let docx = try Self.fixture(file, producer)
        let dir = try Support.temporaryDirectory("docx-fix")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fixedText = dir.appendingPathComponent("fixed.txt").path, fixedWord = dir.appendingPathComponent("fixed.docx").path
        _ = try Support.run(Support.binary, ["lint", "corpus/" + file, "--fix", "--output", fixedText])
        let (_, _, err) = try Support.run(Support.binary, ["lint", docx, "--fix", "--output", fixedWord])
        #expect(err.contains("dưới dạng theo dõi thay đổi") && !err.contains("không sửa được"), "\(err)")
        let (_, fromText, _) = try Support.run(Support.binary, ["normalize", fixedText])
        let (_, fromWord, _) = try Support.run(Support.binary, ["normalize", fixedWord])
        // The text file's final newline ends its last line; a Word document has paragraphs,
        // no line terminator, so its text is the lines joined by newlines. Only the text's
        // one terminator is dropped: a final empty line (a text ending in a blank line) is
        // an empty last paragraph in Word and must stay on both sides.
        #expect(fromText.trimmingSuffix("\n") == fromWord, "\(file) by \(producer)")
    }

    /// The characters of `span` in the extracted text, without numbering labels (they are
    /// not characters of the document), paragraphs joined by newlines.
    static func words(_ docx: DocxText, _ span: SourceSpan) -> String {
        let lines = docx.text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        var parts: [String] = []
        for line in span.start.line...max(span.start.line, span.end.line) where line <= lines.count {
            let scalars = lines[line - 1]
            let label = docx.lines[line - 1].label
            let from = max(label, line == span.start.line ? span.start.column - 1 : 0)
            let to = min(scalars.count, line == span.end.line ? span.end.column - 1 : scalars.count)
            parts.append(from < to ? String(String.UnicodeScalarView(scalars[from..<to])) : "")
        }
        return parts.joined(separator: "\n").trimmingCharacters(in: .newlines)
    }

    /// Appendix tables typed in Word: each row of the golden record becomes a row of a
    /// real table (whole cell texts, not the text dump's wrapped fragments); the record,
    /// appendix rows included, must be the text's. Only documents whose golden appendices
    /// have rows, each cell a cell's text: an appendix with no row read gives no table to
    /// type, and a golden cell holding the column rule `|` is a dump's fragments run
    /// together (not what anyone types into one Word cell), so it cannot stand for a table;
    /// nor can a row with `subRows` (merged cells). A row read with its `cells` is typed cell by cell.
    @Test func appendixTablesTypedInWordGiveTheSameRecord() throws {
        var tested = 0
        for file in Support.corpusFiles {
            let name = (file as NSString).deletingPathExtension
            let golden = Support.expected.appendingPathComponent(name + ".json")
            let record = try JSONSerialization.jsonObject(with: Data(contentsOf: golden)) as? [String: Any]
            guard let appendices = record?["appendices"] as? [[String: Any]], !appendices.isEmpty else { continue }
            let rows = appendices.flatMap { $0["rows"] as? [[String: Any]] ?? [] }
            let cells = rows.flatMap { row in ["index", "task", "owner", "start", "end"].compactMap { row[$0] as? String } }
            // A row with `subRows` stands for merged cells whose columns the text does not say:
            // it cannot be typed as one table row.
            guard !rows.isEmpty, !cells.contains(where: { $0.contains("|") }), !rows.contains(where: { $0["subRows"] != nil }) else { continue }
            let path = Self.fixtures.appendingPathComponent(name + ".tables.docx").path
            try FileManager.default.createDirectory(at: Self.fixtures, withIntermediateDirectories: true)
            let (code, _, err) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"),
                ["python3", Support.root.appendingPathComponent("scripts/make_docx.py").path, "tables",
                 Support.corpus.appendingPathComponent(file).path, golden.path, path])
            #expect(code == 0, "\(err)")
            let archive = try ZipArchive(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
            let xml = String(decoding: try archive.data(try #require(archive.entry("word/document.xml"))), as: UTF8.self)
            #expect(xml.components(separatedBy: "<w:tbl>").count > 1, "no Word table in the fixture")
            let fromText = Self.withoutPositions(try Self.json(["parse", "corpus/" + file])) as! NSDictionary
            let fromWord = Self.withoutPositions(try Self.json(["parse", path])) as! NSDictionary
            #expect(fromText == fromWord, "\(file): the record from Word tables differs from the text's")
            #expect((fromWord["appendices"] as? [Any])?.count == appendices.count)
            tested += 1
        }
        #expect(tested > 0, "no corpus document has appendix tables")
    }

    @Test func reviewedCopyConvertsToPDFInLibreOffice() throws {
        let file = Support.corpusFiles[1]
        let docx = try Self.fixture(file, "python-docx")
        let reviewed = Self.fixtures.appendingPathComponent("pdf-check.reviewed.docx").path
        try? FileManager.default.removeItem(atPath: reviewed)
        _ = try Support.run(Support.binary, ["lint", docx, "--format", "docx", "--output", reviewed])
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        let profile = "-env:UserInstallation=file://" + Self.fixtures.appendingPathComponent("lo-profile").path
        let (code, _, err) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"),
            ["soffice", profile, "--headless", "--convert-to", "pdf:writer_pdf_Export:{\"ExportNotes\":{\"type\":\"boolean\",\"value\":\"true\"},\"ExportNotesInMargin\":{\"type\":\"boolean\",\"value\":\"true\"}}",
             "--outdir", Self.screenshots.path, reviewed])
        let pdf = Self.screenshots.appendingPathComponent("pdf-check.reviewed.pdf")
        #expect(code == 0 && FileManager.default.fileExists(atPath: pdf.path), "LibreOffice could not convert the reviewed copy: \(err)")
        let (shot, _, shotErr) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"),
            ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", pdf.path, Self.screenshots.appendingPathComponent("reviewed-page").path])
        #expect(shot == 0, "pdftoppm (apt-get install poppler-utils): \(shotErr)")
        // LibreOffice exports each comment it read as a PDF text annotation (UTF-16 hex
        // contents), in page order: one per finding, each with its rule ID.
        let diagnostics = Linter.lint(try VanBan.process(try [UInt8](Data(contentsOf: URL(fileURLWithPath: docx))), name: docx))
        let pdfText = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        let annotations = pdfText.components(separatedBy: "/Subtype /Text").dropFirst().map { chunk -> String in
            guard let open = chunk.range(of: "/Contents <FEFF"), let close = chunk[open.upperBound...].firstIndex(of: ">") else { return "" }
            let hex = Array(chunk[open.upperBound..<close])
            var units: [UInt16] = []
            var k = 0
            while k + 4 <= hex.count { units.append(UInt16(String(hex[k..<(k + 4)]), radix: 16) ?? 0x3F); k += 4 }
            return String(decoding: units, as: UTF16.self)
        }
        #expect(annotations.count == diagnostics.count, "\(annotations.count) comments in the PDF for \(diagnostics.count) findings")
        let ruleIDs = annotations.map { a in a.components(separatedBy: "Quy tắc: ").last?.components(separatedBy: " (VanBan)").first ?? "" }
        #expect(ruleIDs.sorted() == diagnostics.map(\.ruleID).sorted())
    }

    /// Automatic numbering as LibreOffice renders it (its plain-text export): levels,
    /// letters, a compound `%2.%5.` label, lists sharing one definition, a restart.
    @Test func numberingLabelsAreTheOnesLibreOfficeShows() throws {
        let dir = Self.fixtures.appendingPathComponent("numbering")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("numbering.docx").path
        let script = """
        import docx, sys
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls
        W = nsdecls('w')
        d = docx.Document()
        num = d.part.numbering_part.element
        levels = [('upperRoman', '%1.'), ('decimal', '%2.'), ('lowerLetter', '%3)'), ('decimal', '%2.%4.')]
        num.insert(0, parse_xml('<w:abstractNum %s w:abstractNumId="91">' % W + ''.join(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/></w:lvl>' % (i, f, t)
            for i, (f, t) in enumerate(levels)) + '</w:abstractNum>'))
        for n, extra in ((91, ''), (92, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride>'), (95, '')):
            num.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="91"/>%s</w:num>' % (W, n, extra)))
        for n, l, t in [(91, 0, 'MỤC ĐÍCH'), (91, 1, 'Mục đích'), (91, 2, 'điểm một'), (91, 2, 'điểm hai'), (91, 1, 'Yêu cầu'),
                        (91, 3, 'chi tiết'), (91, 0, 'NHIỆM VỤ'), (92, 0, 'BẮT ĐẦU LẠI'), (92, 1, 'Việc một'), (92, 0, 'SAU ĐÓ'),
                        (95, 0, 'DANH SÁCH KHÁC'), (91, 0, 'CUỐI')]:
            p = d.add_paragraph(t)
            p._p.get_or_add_pPr().append(parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (W, l, n)))
        d.save(sys.argv[1])
        """
        var (code, _, err) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, path])
        #expect(code == 0, "\(err)")
        let profile = "-env:UserInstallation=file://" + Self.fixtures.appendingPathComponent("lo-profile").path
        (code, _, err) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"),
            ["soffice", profile, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir.path, path])
        #expect(code == 0, "\(err)")
        let shown = try String(contentsOf: dir.appendingPathComponent("numbering.txt"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces.union(["\u{FEFF}"])) }.filter { !$0.isEmpty }
        let (_, read, _) = try Support.run(Support.binary, ["normalize", path])
        #expect(read.split(separator: "\n").map(String.init) == shown)
        #expect(shown.count == 12)
    }

    @Test func aTrackedChangeIsReadAsAcceptedWithAWarning() throws {
        // A draft with an insertion and a deletion left in it (python-docx has no API for
        // tracked changes; the XML is Word's own form of them).
        let path = Self.fixtures.appendingPathComponent("tracked.docx").path
        try FileManager.default.createDirectory(at: Self.fixtures, withIntermediateDirectories: true)
        let script = """
        import docx, sys
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls
        d = docx.Document()
        p = d.add_paragraph()
        p._p.append(parse_xml('<w:r %s><w:t xml:space="preserve">Thực hiện Nghị quyết số </w:t></w:r>' % nsdecls('w')))
        p._p.append(parse_xml('<w:del %s w:id="1" w:author="A"><w:r><w:delText>44</w:delText></w:r></w:del>' % nsdecls('w')))
        p._p.append(parse_xml('<w:ins %s w:id="2" w:author="A"><w:r><w:t>45</w:t></w:r></w:ins>' % nsdecls('w')))
        p._p.append(parse_xml('<w:r %s><w:t>-NQ/TW</w:t></w:r>' % nsdecls('w')))
        d.save(sys.argv[1])
        """
        let (code, _, err) = try Support.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, path])
        #expect(code == 0, "\(err)")
        let (normalized, out, warnings) = try Support.run(Support.binary, ["normalize", path, "--lang", "en"])
        #expect(normalized == 0)
        #expect(out == "Thực hiện Nghị quyết số 45-NQ/TW")
        #expect(warnings.contains("1:25: warning: the document still has 2 tracked changes"), "\(warnings)")
    }
}

private extension String {
    /// Without one trailing `suffix`, if it ends with it.
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
