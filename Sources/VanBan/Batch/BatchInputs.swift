import Foundation

/// One document a batch will process.
public struct BatchInput: Sendable, Equatable {
    /// The path to read, as found (argument + relative part); for a name that is not valid
    /// UTF-8 or holds control characters, a readable escaped form (`b\xE0i.txt`).
    public var path: String
    /// Where its output goes, relative to the output folder (`a/b/doc.json`).
    public var output: String
    /// Why it cannot even be attempted (a path that does not exist, a folder that cannot be listed).
    public var problem: InputError?
    /// The path's bytes when `path` is an escaped form of them; read from these.
    public var rawPath: [UInt8]? = nil
}

/// An entry under an input folder that the batch did not process, and why
/// (`summary.json` lists them all).
public struct SkippedEntry: Sendable, Equatable, Codable {
    /// Why an entry is skipped.
    public enum Reason: String, Sendable, Codable {
        /// A hidden file or folder (name starting with `.`); a folder's contents are not listed.
        case hidden
        /// A file whose name matches none of the `--glob` patterns.
        case pattern
        /// The output folder, inside an input folder.
        case outputFolder
        /// A symbolic link to a folder: not followed (links can make loops).
        case symlinkedFolder
        /// A symbolic link to nothing.
        case brokenLink
        /// A device, pipe or socket.
        case special
        /// Left out by `--exclude` or an ignore file (`.vanbanignore`).
        case excluded
    }

    /// The entry, as found (escaped like `BatchInput.path`).
    public var path: String
    public var reason: Reason

    /// Why, for a person.
    public func message(_ language: Language) -> String {
        let vi = language == .vi
        switch reason {
        case .hidden: return vi ? "ẩn (tên bắt đầu bằng dấu chấm)" : "hidden (name starts with a dot)"
        case .pattern: return vi ? "tên không khớp --glob" : "name does not match --glob"
        case .outputFolder: return vi ? "thư mục kết quả" : "the output folder"
        case .symlinkedFolder: return vi ? "liên kết tới thư mục, không đi theo" : "link to a folder, not followed"
        case .brokenLink: return vi ? "liên kết hỏng" : "broken link"
        case .special: return vi ? "không phải tệp thường (thiết bị, ống, socket)" : "not a regular file (device, pipe, socket)"
        case .excluded: return vi ? "bị loại trừ (--exclude, .vanbanignore)" : "excluded (--exclude, .vanbanignore)"
        }
    }
}

/// Finds the documents of a batch: files named on the command line, and the files under
/// named folders whose names match the patterns (recursively). Hidden files and folders,
/// the output folder, links to folders and special files are skipped, each one listed
/// with its reason; a link to a file is processed. File names are read as bytes, so a
/// name that is not UTF-8 is processed too (shown escaped). The order is stable:
/// arguments in order, each folder's files sorted by path.
public enum BatchInputs {
    /// The inputs for `arguments`; `patterns` are shell globs on file names (default `*.txt` and `*.docx`),
    /// matched case-insensitively; `excluding` is the output folder; `filter` leaves out files
    /// and folders found by walking (`--exclude`, `.vanbanignore`), not files named outright.
    public static func collect(_ arguments: [String], patterns: [String] = ["*.txt", "*.docx"], excluding: String? = nil,
                               filter: PathFilter = PathFilter()) -> [BatchInput] {
        scan(arguments, patterns: patterns, excluding: excluding, filter: filter).inputs
    }

    /// The inputs for `arguments` and the entries skipped under its folders.
    public static func scan(_ arguments: [String], patterns: [String] = ["*.txt", "*.docx"], excluding: String? = nil,
                            filter: PathFilter = PathFilter()) -> (inputs: [BatchInput], skipped: [SkippedEntry]) {
        let manager = FileManager.default
        var excluded: (dev_t, ino_t)? = nil
        if let excluding {
            var info = stat()
            if stat(excluding, &info) == 0 { excluded = (info.st_dev, info.st_ino) }
        }
        let prefixRoots = arguments.count > 1
        var found: [(path: String, relative: String, problem: InputError?, raw: [UInt8]?)] = []
        var skipped: [SkippedEntry] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                found.append((argument, URL(fileURLWithPath: argument).lastPathComponent, InputError(file: argument, reason: .notFound), nil))
                continue
            }
            guard isDirectory.boolValue else {
                found.append((argument, URL(fileURLWithPath: argument).lastPathComponent, nil, nil))
                continue
            }
            let root = URL(fileURLWithPath: argument).standardizedFileURL
            let rootName = root.lastPathComponent
            let display = argument.hasSuffix("/") ? argument : argument + "/"
            var walker = Walker(patterns: patterns, excluded: excluded, filter: filter, root: root.path)
            walker.walk(Array(root.path.utf8), relative: [])
            var listed: [(String, String, InputError?, [UInt8]?)] = []
            for file in walker.files {
                // A root that cannot be listed is named after itself.
                let bytes = file.relative.isEmpty ? Array(rootName.utf8) : file.relative
                let relative = file.relative.isEmpty ? "" : escaped(bytes)
                let raw = needsEscape(bytes) ? Array(display.utf8) + bytes : nil
                let problem = file.problem.map { InputError(file: display + relative, reason: $0) }
                let name = file.relative.isEmpty ? rootName : relative
                listed.append((display + relative, prefixRoots && !file.relative.isEmpty ? rootName + "/" + relative : name, problem, raw))
            }
            listed.sort { $0.1 < $1.1 }
            found.append(contentsOf: listed)
            skipped += walker.skipped.map { SkippedEntry(path: display + escaped($0.relative), reason: $0.reason) }
        }
        // Output names: the relative path with its extension replaced by .json; where two
        // inputs would share one (doc.txt and doc.TXT), the full name + .json instead. The
        // batch's own files (summary.json, index.html, .vanban-*) are never an output's name.
        var counts: [String: Int] = [:]
        let replaced = found.map { outputName($0.relative, keepExtension: false) }
        for name in replaced { counts[name.lowercased(), default: 0] += 1 }
        var used = Set<String>()
        var inputs: [BatchInput] = []
        for (k, item) in found.enumerated() {
            var name = counts[replaced[k].lowercased()]! > 1 || isReserved(replaced[k])
                ? outputName(item.relative, keepExtension: true) : replaced[k]
            var n = 2
            while used.contains(name) || isReserved(name) {
                name = String(outputName(item.relative, keepExtension: true).dropLast(5)) + "-\(n).json"
                n += 1
            }
            used.insert(name)
            inputs.append(BatchInput(path: item.path, output: name, problem: item.problem, rawPath: item.raw))
        }
        return (inputs, skipped)
    }

    /// Names in the output folder that belong to the batch itself: its summary, its index
    /// (`index.json` would put a report at `index.html`) and its bookkeeping.
    public static func isReserved(_ output: String) -> Bool {
        let name = output.lowercased()
        return ["summary.json", "index.json"].contains(name) || (!name.contains("/") && name.hasPrefix(".vanban"))
    }

    static func outputName(_ relative: String, keepExtension: Bool) -> String {
        let url = URL(fileURLWithPath: relative)
        if keepExtension || url.pathExtension.isEmpty { return relative + ".json" }
        return String(relative.dropLast(url.pathExtension.count + 1)) + ".json"
    }

    /// True when `bytes` are not valid UTF-8 or hold a control character.
    static func needsEscape(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) == nil || bytes.contains { $0 < 0x20 || $0 == 0x7F }
    }

    /// A path's bytes as text: valid UTF-8 as is, every other byte and every control
    /// character as `\xHH`, so that a name prints on one line and can be told apart.
    public static func escaped(_ bytes: [UInt8]) -> String {
        guard needsEscape(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        var out = ""
        var i = 0
        while i < bytes.count {
            let length = TextDecoder.validSequenceLength(bytes[...], at: i)
            if length == 0 || bytes[i] < 0x20 || bytes[i] == 0x7F {
                out += "\\x" + String(bytes[i], radix: 16, uppercase: true).leftPadded(to: 2)
                i += 1
            } else {
                out += String(decoding: bytes[i..<(i + length)], as: UTF8.self)
                i += length
            }
        }
        return out
    }

    /// Whether `name` matches one of the shell `patterns` (`*`, `?`, `[…]`), ignoring case.
    public static func matches(_ name: String, _ patterns: [String]) -> Bool {
        matches(Array(name.utf8), patterns)
    }

    static func matches(_ name: [UInt8], _ patterns: [String]) -> Bool {
        (name + [0]).withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: CChar.self) { c in
                patterns.contains { fnmatch($0, c.baseAddress!, 1 << 4 /* FNM_CASEFOLD */) == 0 }
            }
        }
    }
}

/// A recursive listing by bytes (`opendir`/`readdir`/`lstat`), which sees every name as it is.
private struct Walker {
    let patterns: [String]
    let excluded: (dev_t, ino_t)?
    let filter: PathFilter
    let root: String
    var files: [(relative: [UInt8], problem: InputError.Reason?)] = []
    var skipped: [(relative: [UInt8], reason: SkippedEntry.Reason)] = []

    init(patterns: [String], excluded: (dev_t, ino_t)?, filter: PathFilter, root: String) {
        self.patterns = patterns
        self.excluded = excluded
        self.filter = filter
        self.root = root
    }

    static func cString<R>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
        (bytes + [0]).withUnsafeBufferPointer { p in p.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) } }
    }

    mutating func walk(_ directory: [UInt8], relative: [UInt8]) {
        guard let handle = Walker.cString(directory, { opendir($0) }) else {
            // A folder that cannot be listed: one failed row naming it.
            files.append((relative, .system(errno)))
            return
        }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        closedir(handle)
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let path = directory + [0x2F] + name
            let rel = relative.isEmpty ? name : relative + [0x2F] + name
            if name.first == 0x2E { skipped.append((rel, .hidden)); continue }
            var info = stat()
            guard Walker.cString(path, { lstat($0, &info) }) == 0 else {
                files.append((rel, .system(errno)))
                continue
            }
            var kind = info.st_mode & S_IFMT
            if kind == S_IFLNK {
                guard Walker.cString(path, { stat($0, &info) }) == 0 else { skipped.append((rel, .brokenLink)); continue }
                kind = info.st_mode & S_IFMT
                if kind == S_IFDIR { skipped.append((rel, .symlinkedFolder)); continue }
            }
            if (kind == S_IFDIR || kind == S_IFREG),
               filter.excludes(String(decoding: path, as: UTF8.self), isDirectory: kind == S_IFDIR, root: root) {
                skipped.append((rel, .excluded))
                continue
            }
            if kind == S_IFDIR {
                if let excluded, excluded.0 == info.st_dev, excluded.1 == info.st_ino {
                    skipped.append((rel, .outputFolder))
                    continue
                }
                walk(path, relative: rel)
            } else if kind == S_IFREG {
                if BatchInputs.matches(name, patterns) { files.append((rel, nil)) } else { skipped.append((rel, .pattern)) }
            } else {
                skipped.append((rel, .special))
            }
        }
    }
}
