import Foundation
import VanBan

/// Exit codes with meaning (DESIGN.md).
enum ExitCode: Int32 {
    case success = 0
    case findings = 1
    case failure = 2
}

/// Argument handling and dispatch for `vanban`.
struct CommandLineInterface {
    var arguments: [String]
    var language: Language
    /// The bytes of arguments that are not valid UTF-8 (or hold control characters), by the
    /// escaped form they appear as in `arguments`.
    var rawPaths: [String: [UInt8]]

    init(arguments: [String], rawPaths: [String: [UInt8]] = [:]) {
        self.rawPaths = rawPaths
        var args = arguments
        var lang = CommandLineInterface.defaultLanguage()
        if let i = args.firstIndex(of: "--lang"), i + 1 < args.count {
            lang = Language(rawValue: args[i + 1]) ?? lang
            args.removeSubrange(i...(i + 1))
        } else if let i = args.firstIndex(where: { $0.hasPrefix("--lang=") }) {
            lang = Language(rawValue: String(args[i].dropFirst(7))) ?? lang
            args.remove(at: i)
        }
        self.arguments = args
        self.language = lang
    }

    /// Vietnamese unless LANG/LC_ALL say English.
    static func defaultLanguage() -> Language {
        let env = ProcessInfo.processInfo.environment
        let value = env["LC_ALL"] ?? env["LANG"] ?? ""
        return value.hasPrefix("en") ? .en : .vi
    }

    mutating func run() -> Int32 {
        guard let command = arguments.first else {
            print(Help.main(language))
            return ExitCode.success.rawValue
        }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "--help", "-h":
            print(Help.main(language))
            return ExitCode.success.rawValue
        case "help":
            // `vanban help COMMAND` is `vanban COMMAND --help`.
            guard let topic = rest.first else {
                print(Help.main(language))
                return ExitCode.success.rawValue
            }
            guard let text = Help.command(topic, language) else {
                return usageError(language == .vi ? "không có trợ giúp cho: \(topic)" : "no help for: \(topic)")
            }
            print(text)
            return ExitCode.success.rawValue
        case "--version", "-V", "version":
            print("vanban \(VanBan.version)")
            return ExitCode.success.rawValue
        case "parse":
            return runParse(rest)
        case "normalize", "normalise":
            return runNormalize(rest)
        case "lint":
            return runLint(rest)
        case "rules":
            return runRules(rest)
        case "batch":
            return runBatch(rest)
        case "export":
            return runExport(rest)
        default:
            return usageError(language == .vi ? "lệnh không xác định: \(command)" : "unknown command: \(command)")
        }
    }

    func say(_ text: String) {
        FileHandle.standardError.write(Data("vanban: \(text)\n".utf8))
    }

    func usageError(_ message: String) -> Int32 {
        let hint = language == .vi ? "Xem: vanban --help" : "See: vanban --help"
        FileHandle.standardError.write(Data("vanban: \(message)\n\(hint)\n".utf8))
        return ExitCode.failure.rawValue
    }

    /// Options shared by the commands that read documents.
    struct InputOptions {
        var encoding: TextEncoding? = nil
        var toneStyle: ToneStyle = .keep
        var files: [String] = []
        var flags: Set<String> = []
        var values: [String: String] = [:]
    }

    /// Parses `args`: `flags` take no value, `valued` take one; `--encoding` and
    /// `--tone-style` are understood everywhere. Returns nil after a usage error.
    func parseOptions(_ args: [String], flags: Set<String>, valued: Set<String>,
                      help: String, exit: inout Int32?) -> InputOptions? {
        var options = InputOptions()
        var i = 0
        func fail(_ vi: String, _ en: String) -> InputOptions? {
            exit = usageError(language == .vi ? vi : en)
            return nil
        }
        while i < args.count {
            var arg = args[i]
            var inline: String? = nil
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                inline = String(arg[arg.index(after: eq)...])
                arg = String(arg[..<eq])
            }
            func value() -> String? {
                if let inline { return inline }
                guard i + 1 < args.count else { return nil }
                i += 1
                return args[i]
            }
            switch arg {
            case "--help", "-h":
                print(help)
                exit = ExitCode.success.rawValue
                return nil
            case "--encoding":
                guard let v = value(), let e = TextEncoding(name: v) else {
                    return fail("--encoding cần một trong: \(TextEncoding.choices)",
                                "--encoding takes one of: \(TextEncoding.choices)")
                }
                options.encoding = e
            case "--tone-style":
                guard let v = value(), let s = ToneStyle(rawValue: v) else {
                    return fail("--tone-style cần old, new hoặc keep", "--tone-style takes old, new or keep")
                }
                options.toneStyle = s
            case "-":
                options.files.append(arg)
            default:
                if flags.contains(arg) {
                    options.flags.insert(arg)
                } else if valued.contains(arg) {
                    guard let v = value() else { return fail("\(arg) cần một giá trị", "\(arg) needs a value") }
                    options.values[arg] = Self.repeatable.contains(arg) ? options.values[arg].map { $0 + "," + v } ?? v : v
                } else if arg.hasPrefix("-") {
                    return fail("tùy chọn không hợp lệ: \(arg)", "unknown option: \(arg)")
                } else {
                    options.files.append(arg)
                }
            }
            i += 1
        }
        return options
    }

    /// The file name patterns of `--glob` (comma-separated, default `*.txt,*.docx`); nil after a
    /// usage error for an empty list.
    func globPatterns(_ options: InputOptions, exit: inout Int32?) -> [String]? {
        let patterns = (options.values["--glob"] ?? "*.txt,*.docx").split(separator: ",").map(String.init).filter { !$0.isEmpty }
        guard !patterns.isEmpty else {
            exit = usageError(language == .vi ? "--glob cần một mẫu tên tệp, ví dụ '*.txt'" : "--glob takes a file name pattern such as '*.txt'")
            return nil
        }
        return patterns
    }

    /// Reads and decodes `file`, printing decoding warnings.
    func decode(_ file: String, _ options: InputOptions) throws(InputError) -> DecodedText {
        let bytes = try read(file)
        let name = InputReader.displayName(file)
        let decoded = try TextDecoder.decode(bytes, name: name, encoding: options.encoding)
        report(decoded.warnings, file: name)
        return decoded
    }

    /// The bytes of `file` (`-`: standard input), by its raw name when it has one.
    func read(_ file: String) throws(InputError) -> [UInt8] {
        if let raw = rawPaths[file] { return try InputReader.read(rawPath: raw, name: file) }
        return try InputReader.read(file)
    }

    func report(_ warnings: [DecodeWarning], file: String) {
        let shown = 20
        for w in warnings.prefix(shown) {
            FileHandle.standardError.write(Data((w.message(file: file, in: language) + "\n").utf8))
        }
        if warnings.count > shown {
            say(language == .vi ? "\(file): … và \(warnings.count - shown) cảnh báo khác"
                                : "\(file): … and \(warnings.count - shown) more warnings")
        }
    }

    /// `vanban parse FILE|- [--compact] [--encoding E] [--tone-style S]`
    func runParse(_ args: [String]) -> Int32 {
        var exit: Int32? = nil
        guard let options = parseOptions(args, flags: ["--compact"], valued: [], help: Help.parse(language), exit: &exit)
        else { return exit ?? ExitCode.failure.rawValue }
        guard options.files.count == 1, let file = options.files.first else {
            return usageError(language == .vi ? "parse cần đúng một tệp (hoặc - cho đầu vào chuẩn)"
                                               : "parse takes exactly one file (or - for standard input)")
        }
        do {
            // Only the record is kept past the pipeline: the text, lines, tokens and tree are
            // released before the JSON is rendered, and the JSON bytes are written as they are
            // (no String or Data copy of them): the peak memory of one large document (issue 17).
            let (record, docx) = try parsed(file, options)
            var json = try JSONRenderer.bytes(record, compact: options.flags.contains("--compact"), docx: docx)
            json.append(0x0A)
            json.withUnsafeMutableBytes { buffer in
                FileHandle.standardOutput.write(Data(bytesNoCopy: buffer.baseAddress!, count: buffer.count, deallocator: .none))
            }
            return ExitCode.success.rawValue
        } catch let error as InputError {
            say(error.message(in: language))
            return ExitCode.failure.rawValue
        } catch {
            say("\(InputReader.displayName(file)): \(SystemError(error).message(language))")
            return ExitCode.failure.rawValue
        }
    }

    /// The record of `file` (and its Word positions), nothing else of the pipeline.
    func parsed(_ file: String, _ options: InputOptions) throws(InputError) -> (DocumentRecord, DocxText?) {
        VanBan.record(try decode(file, options), name: InputReader.displayName(file),
                      options: .init(encoding: options.encoding, toneStyle: options.toneStyle))
    }

    /// `vanban normalize FILE|- [--output F] [--reflow] [--encoding E] [--tone-style S]`
    func runNormalize(_ args: [String]) -> Int32 {
        var exit: Int32? = nil
        guard let options = parseOptions(args, flags: ["--reflow"], valued: ["--output", "-o"],
                                         help: Help.normalize(language), exit: &exit)
        else { return exit ?? ExitCode.failure.rawValue }
        guard options.files.count == 1, let file = options.files.first else {
            return usageError(language == .vi ? "normalize cần đúng một tệp (hoặc - cho đầu vào chuẩn)"
                                               : "normalize takes exactly one file (or - for standard input)")
        }
        let output = options.values["--output"] ?? options.values["-o"]
        do {
            let bytes = try read(file)
            var result: [UInt8] = []
            if !bytes.isEmpty {
                let name = InputReader.displayName(file)
                let decoded = try TextDecoder.decode(bytes, name: name, encoding: options.encoding)
                report(decoded.warnings, file: name)
                result = Normalizer.normalize(decoded, name: name,
                                              options: .init(toneStyle: options.toneStyle, reflow: options.flags.contains("--reflow")))
            }
            if let output {
                try AtomicFile.write(result, to: output)
            } else {
                // The bytes as they are, not a `Data` copy of them (the whole text again).
                result.withUnsafeMutableBytes { buffer in
                    guard let base = buffer.baseAddress else { return }
                    FileHandle.standardOutput.write(Data(bytesNoCopy: base, count: buffer.count, deallocator: .none))
                }
            }
            return ExitCode.success.rawValue
        } catch let error as InputError {
            say(error.message(in: language))
            return ExitCode.failure.rawValue
        } catch {
            let why = SystemError(error).message(language)
            say(language == .vi ? "\(output ?? "-"): không ghi được tệp (\(why))" : "\(output ?? "-"): cannot write the file (\(why))")
            return ExitCode.failure.rawValue
        }
    }
}
