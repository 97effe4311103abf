import Foundation

/// One document a batch will process.
public struct BatchInput: Sendable, Equatable {
    /// The path to read, as found (argument + relative part).
    public var path: String
    /// Where its output goes, relative to the output folder (`a/b/doc.json`).
    public var output: String
    /// Why it cannot even be attempted (a path that does not exist, a folder that cannot be listed).
    public var problem: InputError?
}

/// Finds the documents of a batch: files named on the command line, and the files under
/// named folders whose names match the patterns (recursively; hidden files and folders,
/// and the output folder itself, are skipped). The order is stable: arguments in order,
/// each folder's files sorted by path.
public enum BatchInputs {
    /// The inputs for `arguments`; `patterns` are shell globs on file names (default `*.txt` and `*.docx`),
    /// matched case-insensitively; `excluding` is the output folder; `filter` leaves out files
    /// and folders found by walking (`--exclude`, `.vanbanignore`), not files named outright.
    public static func collect(_ arguments: [String], patterns: [String] = ["*.txt", "*.docx"], excluding: String? = nil,
                               filter: PathFilter = PathFilter()) -> [BatchInput] {
        let manager = FileManager.default
        let excluded = excluding.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let prefixRoots = arguments.count > 1
        var found: [(path: String, relative: String, problem: InputError?)] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                found.append((argument, URL(fileURLWithPath: argument).lastPathComponent, InputError(file: argument, reason: .notFound)))
                continue
            }
            guard isDirectory.boolValue else {
                found.append((argument, URL(fileURLWithPath: argument).lastPathComponent, nil))
                continue
            }
            let root = URL(fileURLWithPath: argument).standardizedFileURL
            let rootName = root.lastPathComponent
            var listed: [(String, String, InputError?)] = []
            for (path, relative, problem) in walk(root, excluded: excluded, patterns: patterns, filter: filter) {
                let display = argument.hasSuffix("/") ? argument + relative : argument + "/" + relative
                listed.append((problem == nil ? display : path, prefixRoots ? rootName + "/" + relative : relative, problem))
            }
            listed.sort { $0.1 < $1.1 }
            found.append(contentsOf: listed)
        }
        // Output names: the relative path with its extension replaced by .json; where two
        // inputs would share one (doc.txt and doc.TXT), the full name + .json instead.
        var counts: [String: Int] = [:]
        let replaced = found.map { outputName($0.relative, keepExtension: false) }
        for name in replaced { counts[name.lowercased(), default: 0] += 1 }
        var used = Set<String>()
        var inputs: [BatchInput] = []
        for (k, item) in found.enumerated() {
            var name = counts[replaced[k].lowercased()]! > 1 ? outputName(item.relative, keepExtension: true) : replaced[k]
            var n = 2
            while used.contains(name) {
                name = String(outputName(item.relative, keepExtension: true).dropLast(5)) + "-\(n).json"
                n += 1
            }
            used.insert(name)
            inputs.append(BatchInput(path: item.path, output: name, problem: item.problem))
        }
        return inputs
    }

    static func outputName(_ relative: String, keepExtension: Bool) -> String {
        let url = URL(fileURLWithPath: relative)
        if keepExtension || url.pathExtension.isEmpty { return relative + ".json" }
        return String(relative.dropLast(url.pathExtension.count + 1)) + ".json"
    }

    /// Files under `root` matching `patterns`; folders that cannot be listed come back as problems.
    static func walk(_ root: URL, excluded: String?, patterns: [String],
                     filter: PathFilter = PathFilter()) -> [(String, String, InputError?)] {
        var result: [(String, String, InputError?)] = []
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var problems: [(String, String, InputError?)] = []
        let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
            options: [.skipsHiddenFiles],
            errorHandler: { url, error in
                let path = url.path
                let relative = path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : url.lastPathComponent
                problems.append((path, relative, InputError(file: path, reason: .unreadable((error as NSError).localizedDescription))))
                return true
            })
        while let url = enumerator?.nextObject() as? URL {
            let path = url.standardizedFileURL.path
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
            if values?.isDirectory == true {
                if let excluded, path == excluded { enumerator?.skipDescendants() }
                if filter.excludes(path, isDirectory: true, root: root.path) { enumerator?.skipDescendants() }
                continue
            }
            guard values?.isRegularFile == true, matches(url.lastPathComponent, patterns),
                  !filter.excludes(path, isDirectory: false, root: root.path) else { continue }
            let relative = path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : url.lastPathComponent
            result.append((path, relative, nil))
        }
        return result + problems
    }

    /// Whether `name` matches one of the shell `patterns` (`*`, `?`, `[…]`), ignoring case.
    public static func matches(_ name: String, _ patterns: [String]) -> Bool {
        patterns.contains { fnmatch($0, name, 1 << 4 /* FNM_CASEFOLD */) == 0 }
    }
}
