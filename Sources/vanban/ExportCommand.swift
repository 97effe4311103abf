import Foundation
import VanBan

extension CommandLineInterface {
    /// `vanban export FILE|DIR…|- --csv OUT.csv|- [--glob P]`
    func runExport(_ args: [String]) -> Int32 {
        var exit: Int32? = nil
        guard let options = parseOptions(args, flags: [], valued: ["--csv", "--glob", "--csv-header"],
                                         help: Help.export(language), exit: &exit)
        else { return exit ?? ExitCode.failure.rawValue }
        let vi = language == .vi
        guard !options.files.isEmpty else {
            return usageError(vi ? "export cần ít nhất một tệp hoặc thư mục" : "export takes at least one file or folder")
        }
        guard let output = options.values["--csv"] else {
            return usageError(vi ? "export cần --csv TỆP.csv (hoặc --csv - để in ra)" : "export needs --csv FILE.csv (or --csv - for standard output)")
        }
        guard let patterns = globPatterns(options, exit: &exit), let csvHeader = csvHeader(options, exit: &exit)
        else { return exit ?? ExitCode.failure.rawValue }
        // Files as named, folders expanded (recursively, sorted); - is standard input.
        var paths: [(path: String, problem: InputError?)] = []
        for argument in options.files {
            if argument == "-" || rawPaths[argument] != nil {
                paths.append((argument, nil))
            } else {
                paths += BatchInputs.collect([argument], patterns: patterns).map { ($0.path, $0.problem) }
            }
        }
        let processing = VanBan.Options(encoding: options.encoding, toneStyle: options.toneStyle)
        var rows: [ScheduleExport.Row] = []
        var failed = 0
        for (path, problem) in paths {
            do throws(InputError) {
                if let problem { throw problem }
                let decoded = try decode(path, options)
                let name = InputReader.displayName(path)
                let record = VanBan.record(decoded, name: name, options: processing).record
                rows += ScheduleExport.rows(record, document: name)
            } catch {
                say(error.message(in: language))
                failed += 1
            }
        }
        let bytes = ScheduleExport.csv(rows, language: language, header: csvHeader)
        if output == "-" {
            FileHandle.standardOutput.write(Data(bytes))
        } else {
            do {
                try AtomicFile.write(bytes, to: output)
            } catch {
                let why = SystemError(error).message(language)
                say(vi ? "\(output): không ghi được tệp (\(why))" : "\(output): cannot write the file (\(why))")
                return ExitCode.failure.rawValue
            }
            let documents = paths.count - failed
            say(vi ? "\(output): \(rows.count) nội dung theo lịch từ \(documents) văn bản"
                   : "\(output): \(rows.count) scheduled items from \(documents) document\(documents == 1 ? "" : "s")")
        }
        return failed > 0 ? ExitCode.failure.rawValue : ExitCode.success.rawValue
    }
}
