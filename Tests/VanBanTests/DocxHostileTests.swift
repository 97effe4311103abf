import Foundation
import Testing
@testable import VanBan

/// Hostile containers and files that only pretend to be Word documents, made by
/// scripts/hostile_docx.py (python-docx, zipfile, msoffcrypto-tool; LibreOffice for the
/// renamed .doc and .odt): each must be refused with a clear message in Vietnamese and
/// English, exit code 2, within bounded time and memory, and a batch must go on past them.
/// The LibreOffice-made ones are skipped only when VANBAN_SKIP_OFFICE=1.
@Suite(.serialized)
struct DocxHostileTests {
    static let skipOffice = ProcessInfo.processInfo.environment["VANBAN_SKIP_OFFICE"] != nil
    static let folder: URL = {
        let dir = Support.root.appendingPathComponent(".build/hostile-docx")
        try? FileManager.default.removeItem(at: dir)
        let script = Support.root.appendingPathComponent("scripts/hostile_docx.py").path
        let result = try? Support.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, dir.path] + (skipOffice ? [] : ["--office"]))
        if let result, result.0 != 0 { print("hostile_docx.py failed: \(result.2)") }
        return dir
    }()

    /// File → (what the English message must say, what the Vietnamese one must say).
    static let cases: [(String, String, String)] = [
        ("bomb.docx", "abnormal compression ratio", "tỉ lệ nén bất thường"),
        ("big.docx", "exceeds the 32 MB limit", "vượt quá giới hạn 32 MB"),
        ("liar.docx", "exceeds the 32 MB limit", "vượt quá giới hạn 32 MB"),
        ("traversal.docx", "unsafe path: ../../evil.xml", "đường dẫn không an toàn: ../../evil.xml"),
        ("absolute.docx", "unsafe path: /etc/evil.xml", "đường dẫn không an toàn"),
        ("duplicate.docx", "two parts with the same name: word/document.xml", "hai phần trùng tên"),
        ("missing.docx", "lacks its part word/document.xml", "thiếu phần word/document.xml"),
        ("no-types.docx", "lacks its part [Content_Types].xml", "thiếu phần [Content_Types].xml"),
        ("encrypted-entry.docx", "password-protected or encrypted", "đặt mật khẩu hoặc mã hóa"),
        ("password.docx", "password-protected or encrypted", "đặt mật khẩu hoặc mã hóa"),
        ("entities.docx", "not valid XML (DTD)", "không phải XML hợp lệ (DTD)"),
        ("external.docx", "not valid XML (DTD)", "không phải XML hợp lệ (DTD)"),
        ("truncated.docx", "not a Word .docx file", "không phải tệp Word .docx"),
        ("text.docx", "not a Word .docx file", "không phải tệp Word .docx"),
        ("badcrc.docx", "fails its CRC check", "sai mã kiểm tra"),
        ("renamed.doc.docx", "Word 97–2003 (.doc)", "Word 97–2003 (.doc)"),
        ("renamed.odt.docx", "OpenDocument (.odt)", "OpenDocument (.odt)"),
    ]

    @Test(arguments: cases)
    func refusedWithAClearMessage(_ file: String, _ english: String, _ vietnamese: String) throws {
        let path = Self.folder.appendingPathComponent(file).path
        if Self.skipOffice && file.hasPrefix("renamed.") {
            print("DocxHostileTests: \(file) skipped (VANBAN_SKIP_OFFICE=1: no LibreOffice to make it)")
            return
        }
        #expect(FileManager.default.fileExists(atPath: path), "\(file) was not made by scripts/hostile_docx.py")
        let (code, _, err) = try Support.run(Support.binary, ["parse", path, "--lang", "en"])
        #expect(code == 2)
        #expect(err.contains(english), "\(file): \(err)")
        for command in [["lint", path], ["normalize", path]] {
            let (code, _, err) = try Support.run(Support.binary, command + ["--lang", "vi"])
            #expect(code == 2, "\(command)")
            #expect(err.contains(vietnamese), "\(file) \(command): \(err)")
        }
        // Bounded: a debug build refuses each in seconds and well under 300 MB.
        let measured = Support.measure(["parse", path], timeout: 60)
        #expect(!measured.timedOut && measured.exitCode == 2)
        #expect(measured.peakMegabytes < 300, "\(file): \(measured.peakMegabytes) MB")
    }

    @Test func theValidBaseIsRead() throws {
        let (code, out, err) = try Support.run(Support.binary, ["normalize", Self.folder.appendingPathComponent("valid.docx").path])
        #expect(code == 0, "\(err)")
        #expect(out == "KẾ HOẠCH\nThực hiện Nghị quyết số 45-NQ/TW, ngày 24/01/2019 của Bộ Chính trị")
    }

    @Test func aBatchGoesOnPastEveryHostileFile() throws {
        let input = try Support.temporaryDirectory("hostile-batch-in")
        let output = try Support.temporaryDirectory("hostile-batch-out")
        let manager = FileManager.default
        defer { try? manager.removeItem(at: input); try? manager.removeItem(at: output) }
        var hostile = 0
        for (file, _, _) in Self.cases where manager.fileExists(atPath: Self.folder.appendingPathComponent(file).path) {
            try manager.copyItem(at: Self.folder.appendingPathComponent(file), to: input.appendingPathComponent(file))
            hostile += 1
        }
        try manager.copyItem(at: Self.folder.appendingPathComponent("valid.docx"), to: input.appendingPathComponent("valid.docx"))
        try manager.copyItem(at: Support.corpus.appendingPathComponent(Support.corpusFiles[0]), to: input.appendingPathComponent("plain.txt"))
        let (code, _, err) = try Support.run(Support.binary, ["batch", input.path, "--out", output.path, "--lang", "en"])
        #expect(code == 2)
        #expect(err.contains("2 files processed, \(hostile) failed"), "\(err)")
        #expect(manager.fileExists(atPath: output.appendingPathComponent("valid.json").path))
        #expect(manager.fileExists(atPath: output.appendingPathComponent("plain.json").path))
        let summary = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8)
        #expect(summary.contains("compressionRatio") && summary.contains("unsafePath") && summary.contains("encrypted"), "\(summary)")
    }
}
