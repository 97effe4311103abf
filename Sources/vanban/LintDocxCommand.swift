import Foundation
import VanBan

extension CommandLineInterface {
    /// `vanban lint DRAFT.docx --format docx --output REVIEWED.docx`: a copy of the Word
    /// file with a comment on the words of each finding; the findings are also printed.
    func lintIntoWord(_ options: InputOptions, configuration: LintConfiguration, failLevel: Severity) -> Int32 {
        let vi = language == .vi
        guard options.files.count == 1, let file = options.files.first, file != "-" else {
            return usageError(vi ? "--format docx cần đúng một tệp .docx" : "--format docx takes exactly one .docx file")
        }
        guard let output = options.values["--output"] ?? options.values["-o"] else {
            return usageError(vi ? "--format docx cần --output TỆP.docx cho bản có nhận xét"
                                 : "--format docx needs --output FILE.docx for the reviewed copy")
        }
        if options.flags.contains("--fix") {
            return usageError(vi ? "--fix không dùng cùng --format docx; sửa trước (--fix --output), rồi xem nhận xét"
                                 : "--fix is not combined with --format docx; fix first (--fix --output), then review")
        }
        if Self.sameFile(file, output) {
            return usageError(vi ? "\(output): không ghi đè tệp gốc; hãy chọn tên khác cho --output"
                                 : "\(output): will not overwrite the input; choose another name for --output")
        }
        do {
            let bytes = try InputReader.read(file)
            let decoded = try TextDecoder.decode(bytes, name: file, encoding: options.encoding)
            report(decoded.warnings, file: file)
            guard let docx = decoded.docx else {
                return usageError(vi ? "\(file): --format docx chỉ dùng cho tệp Word .docx" : "\(file): --format docx is for Word .docx files only")
            }
            let result = VanBan.process(decoded, name: file, options: VanBan.Options(encoding: options.encoding, toneStyle: .keep))
            let diagnostics = Linter.lint(result, configuration: configuration)
            let comments = diagnostics.map { DocxCommenter.comment(for: $0, source: result.source, language: language) }
            let reviewed: [UInt8]
            do {
                let date = ISO8601DateFormatter().string(from: Date())
                reviewed = try DocxCommenter.annotate(bytes, docx: docx, comments: comments, date: date)
            } catch {
                say("\(file): " + error.message(in: language))
                return ExitCode.failure.rawValue
            }
            do {
                try AtomicFile.write(reviewed, to: output)
            } catch {
                say(vi ? "\(output): không ghi được tệp (\(error.localizedDescription))"
                       : "\(output): cannot write the file (\(error.localizedDescription))")
                return ExitCode.failure.rawValue
            }
            let reports = [FileDiagnostics(file: file, diagnostics: diagnostics, docx: docx)]
            let colour = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            FileHandle.standardOutput.write(Data(DiagnosticRenderer.text(reports, language: language, colour: colour).utf8))
            FileHandle.standardOutput.write(Data((DiagnosticRenderer.summary(reports, language: language) + "\n").utf8))
            say(vi ? "\(output): bản có \(comments.count) nhận xét của VanBan" : "\(output): the copy with \(comments.count) VanBan comments")
            return diagnostics.contains { $0.severity >= failLevel } ? ExitCode.findings.rawValue : ExitCode.success.rawValue
        } catch {
            say(error.message(in: language))
            return ExitCode.failure.rawValue
        }
    }

    /// `vanban lint DRAFT.docx --fix --output FIXED.docx`: the certain fixes as tracked
    /// changes in a copy; returns the copy read back (what is left to report), nil after
    /// an error (already said).
    func fixWordFile(_ file: String, decoded: DecodedText, docx: DocxText, output: String?,
                     configuration: LintConfiguration) -> VanBan.Result? {
        let vi = language == .vi
        guard let output else {
            say(vi ? "\(file): --fix trên tệp Word cần --output TỆP.docx (tệp gốc không bị ghi đè)"
                   : "\(file): --fix on a Word file needs --output FILE.docx (the input is never overwritten)")
            return nil
        }
        if Self.sameFile(file, output) {
            say(vi ? "\(output): không ghi đè tệp gốc; hãy chọn tên khác cho --output"
                   : "\(output): will not overwrite the input; choose another name for --output")
            return nil
        }
        do {
            let bytes = try InputReader.read(file)
            let result = VanBan.process(decoded, name: file)
            let diagnostics = Linter.lint(result, configuration: configuration)
            let outcome = try DocxTrackedFixes.apply(bytes, docx: docx, diagnostics: diagnostics,
                                                     date: ISO8601DateFormatter().string(from: Date()))
            try AtomicFile.write(outcome.bytes, to: output)
            say(vi ? "\(output): đã sửa \(outcome.applied) chỗ dưới dạng theo dõi thay đổi (Track Changes)"
                       + (outcome.skipped > 0 ? ", \(outcome.skipped) chỗ không sửa được trong một đoạn chữ" : "")
                   : "\(output): \(outcome.applied) fixes applied as tracked changes"
                       + (outcome.skipped > 0 ? ", \(outcome.skipped) could not be placed within one run" : ""))
            return try VanBan.process(outcome.bytes, name: output)
        } catch let error as InputError {
            say(error.message(in: language))
        } catch let error as ContainerProblem {
            say("\(file): " + error.message(in: language))
        } catch {
            say(vi ? "\(output): không ghi được tệp (\(error.localizedDescription))"
                   : "\(output): cannot write the file (\(error.localizedDescription))")
        }
        return nil
    }

    /// True when `a` and `b` name the same file (same path, or same device and inode).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        let pa = URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
        let pb = URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
        if pa == pb { return true }
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }
}
