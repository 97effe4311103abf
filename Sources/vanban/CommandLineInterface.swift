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

    init(arguments: [String]) {
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
        case "--help", "-h", "help":
            print(Help.main(language))
            return ExitCode.success.rawValue
        case "--version", "-V", "version":
            print("vanban \(VanBan.version)")
            return ExitCode.success.rawValue
        case "parse":
            return runParse(rest)
        default:
            return usageError(language == .vi ? "lệnh không xác định: \(command)" : "unknown command: \(command)")
        }
    }

    func usageError(_ message: String) -> Int32 {
        let hint = language == .vi ? "Xem: vanban --help" : "See: vanban --help"
        FileHandle.standardError.write(Data("vanban: \(message)\n\(hint)\n".utf8))
        return ExitCode.failure.rawValue
    }

    /// `vanban parse FILE|- [--compact]`
    func runParse(_ args: [String]) -> Int32 {
        var compact = false
        var files: [String] = []
        for arg in args {
            switch arg {
            case "--help", "-h":
                print(Help.parse(language))
                return ExitCode.success.rawValue
            case "--compact": compact = true
            case "-": files.append(arg)
            default:
                if arg.hasPrefix("-") {
                    return usageError(language == .vi ? "tùy chọn không hợp lệ: \(arg)" : "unknown option: \(arg)")
                }
                files.append(arg)
            }
        }
        guard files.count == 1, let file = files.first else {
            return usageError(language == .vi ? "parse cần đúng một tệp (hoặc - cho đầu vào chuẩn)"
                                               : "parse takes exactly one file (or - for standard input)")
        }
        do {
            let bytes = try InputReader.read(file)
            let record = try VanBan.parse(bytes, name: file)
            let json = try JSONRenderer.render(record, compact: compact)
            FileHandle.standardOutput.write(Data((json + "\n").utf8))
            return ExitCode.success.rawValue
        } catch let error as InputError {
            FileHandle.standardError.write(Data("vanban: \(error.message(in: language))\n".utf8))
            return ExitCode.failure.rawValue
        } catch {
            FileHandle.standardError.write(Data("vanban: \(file): \(error)\n".utf8))
            return ExitCode.failure.rawValue
        }
    }
}
