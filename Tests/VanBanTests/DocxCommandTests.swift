import Foundation
import Testing
@testable import VanBan

/// The command line on Word files made in the test (no office software needed):
/// `--format docx` usage, never overwriting the input, batch and export picking up
/// `.docx`, outputs valid against the schemas.
@Suite(.serialized)
struct DocxCommandTests {
    static func draft() throws -> URL {
        let dir = try Support.temporaryDirectory("docx-cli")
        let body = DocxReaderTests.p(DocxReaderTests.r("KẾ HOẠCH")) + DocxReaderTests.p(DocxReaderTests.r("Triền khai Chi thị số 05-CT/TW"))
        let url = dir.appendingPathComponent("du-thao.docx")
        try Data(try DocxReaderTests.docx(body)).write(to: url)
        return url
    }

    @Test func formatDocxNeedsOneWordFileAndAnOutputThatIsNotTheInput() throws {
        let draft = try Self.draft()
        defer { try? FileManager.default.removeItem(at: draft.deletingLastPathComponent()) }
        let before = try Data(contentsOf: draft)
        var (code, _, err) = try Support.run(Support.binary, ["lint", draft.path, "--format", "docx", "--lang", "en"])
        #expect(code == 2 && err.contains("--format docx needs --output"), "\(err)")
        (code, _, err) = try Support.run(Support.binary, ["lint", draft.path, "--format", "docx", "--output", draft.path])
        #expect(code == 2 && err.contains("không ghi đè tệp gốc"), "\(err)")
        let alias = draft.deletingLastPathComponent().appendingPathComponent("./du-thao.docx").path
        (code, _, err) = try Support.run(Support.binary, ["lint", draft.path, "--format", "docx", "--output", alias])
        #expect(code == 2, "\(err)")
        #expect(try Data(contentsOf: draft) == before, "the input was changed")
        let text = draft.deletingLastPathComponent().appendingPathComponent("a.txt")
        try Data("KẾ HOẠCH\n".utf8).write(to: text)
        (code, _, err) = try Support.run(Support.binary, ["lint", text.path, "--format", "docx", "--output", text.path + ".docx", "--lang", "en"])
        #expect(code == 2 && err.contains("for Word .docx files only"), "\(err)")
    }

    @Test func fixNeverWritesPlainTextOverAWordFile() throws {
        let draft = try Self.draft()
        defer { try? FileManager.default.removeItem(at: draft.deletingLastPathComponent()) }
        let before = try Data(contentsOf: draft)
        var (code, _, err) = try Support.run(Support.binary, ["lint", draft.path, "--fix", "--lang", "en"])
        #expect(code == 2 && err.contains("--fix on a Word file needs --output FILE.docx"), "\(err)")
        #expect(try Data(contentsOf: draft) == before)
        #expect(!FileManager.default.fileExists(atPath: draft.path + ".orig"))
        (code, _, err) = try Support.run(Support.binary, ["lint", draft.path, "--fix", "--output", draft.path])
        #expect(code == 2 && err.contains("không ghi đè tệp gốc"), "\(err)")
        #expect(try Data(contentsOf: draft) == before)
        // With --output: a Word file with the fix as a tracked change by VanBan.
        let fixed = draft.deletingLastPathComponent().appendingPathComponent("da-sua.docx")
        (code, _, err) = try Support.run(Support.binary, ["lint", draft.path, "--fix", "--output", fixed.path, "--lang", "en"])
        #expect(err.contains("2 fixes applied as tracked changes"), "\(err)")
        let archive = try ZipArchive(try [UInt8](Data(contentsOf: fixed)))
        let xml = String(decoding: try archive.data(try #require(archive.entry("word/document.xml"))), as: UTF8.self)
        #expect(xml.contains("w:author=\"VanBan\""))
        #expect(xml.contains("<w:delText xml:space=\"preserve\">Triền khai</w:delText>") && xml.contains("<w:t xml:space=\"preserve\">Triển khai</w:t></w:r></w:ins>"), "\(xml)")
        let (_, text, warning) = try Support.run(Support.binary, ["normalize", fixed.path, "--lang", "en"])
        #expect(text == "KẾ HOẠCH\nTriển khai Chỉ thị số 05-CT/TW")
        #expect(warning.contains("4 tracked changes"))
    }

    @Test func aReviewedCopyIsWrittenAndTheFindingsPrinted() throws {
        let draft = try Self.draft()
        defer { try? FileManager.default.removeItem(at: draft.deletingLastPathComponent()) }
        let before = try Data(contentsOf: draft)
        let output = draft.deletingLastPathComponent().appendingPathComponent("da-soat.docx")
        let (code, out, err) = try Support.run(Support.binary, ["lint", draft.path, "--format", "docx", "--output", output.path])
        #expect(code == 0 || code == 1, "\(err)")
        #expect(out.contains("[misspelling] (đoạn 2)"), "\(out)")
        #expect(err.contains("nhận xét của VanBan"))
        #expect(try Data(contentsOf: draft) == before)
        let reviewed = try ZipArchive(try [UInt8](Data(contentsOf: output)))
        let comments = String(decoding: try reviewed.data(try #require(reviewed.entry("word/comments.xml"))), as: UTF8.self)
        #expect(comments.contains("'Triền khai' viết sai") && comments.contains("Đề xuất sửa: «Triển khai»") && comments.contains("misspelling"))
        // No temporary file left beside the output.
        let left = try FileManager.default.contentsOfDirectory(atPath: draft.deletingLastPathComponent().path)
        #expect(Set(left) == ["du-thao.docx", "da-soat.docx"], "\(left)")
    }

    @Test func batchAndExportPickUpWordFilesAndTheOutputsFitTheSchemas() throws {
        let draft = try Self.draft()
        let dir = draft.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: Support.corpus.appendingPathComponent(Support.corpusFiles[1]), to: dir.appendingPathComponent("b.txt"))
        // The output folder lies outside the input folder: batch refuses one inside it.
        let outParent = try Support.temporaryDirectory("docx-cli-out")
        defer { try? FileManager.default.removeItem(at: outParent) }
        let out = outParent.appendingPathComponent("out")
        let (code, _, err) = try Support.run(Support.binary, ["batch", dir.path, "--out", out.path, "--lang", "en"])
        #expect(code == 0 || code == 1, "\(err)")
        #expect(err.contains("2 files processed, 0 failed"), "\(err)")
        let json = out.appendingPathComponent("du-thao.json")
        let text = try String(contentsOf: json, encoding: .utf8)
        #expect(text.contains("\"paragraph\" : 2"))
        let (valid, report) = try Support.validate(schema: "schemas/batch-output.schema.json", [json.path])
        #expect(valid == 0, "\(report)")
        let (lintCode, lint, _) = try Support.run(Support.binary, ["lint", draft.path, "--format", "json"])
        #expect(lintCode == 0 || lintCode == 1)
        let lintFile = dir.appendingPathComponent("lint.json")
        try Data(lint.utf8).write(to: lintFile)
        #expect(lint.contains("\"paragraph\" : 2"))
        let (lintValid, lintReport) = try Support.validate(schema: "schemas/diagnostics.schema.json", [lintFile.path])
        #expect(lintValid == 0, "\(lintReport)")
        let (exportCode, csv, exportErr) = try Support.run(Support.binary, ["export", dir.path, "--csv", "-"])
        #expect(exportCode == 0, "\(exportErr)")
        #expect(!csv.isEmpty)
    }
}
