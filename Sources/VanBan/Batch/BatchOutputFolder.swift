import Foundation

/// The output folder of a batch, guarded so that a batch never replaces a file it did not
/// write and two batches never write into one folder at once.
///
/// * `--out` may not be an input folder, lie inside one, or hold an input.
/// * `OUT/.vanban-manifest.json` lists every file VanBan made there; a file in OUT that it
///   does not list (a user's own `a.json`, `index.html`) stops the batch before anything is
///   written, unless `--force`.
/// * `OUT/.vanban.lock` is held (`flock`) while the batch runs; a second batch into the same
///   folder is refused. The lock goes with the process, however it ends.
public final class BatchOutputFolder: Sendable {
    /// The manifest's name in the output folder.
    public static let manifestName = ".vanban-manifest.json"
    /// The lock file's name in the output folder.
    public static let lockName = ".vanban.lock"

    /// Why the output folder cannot be used.
    public enum Problem: Error, Sendable, Equatable {
        /// `--out` is an input folder.
        case isInput(String)
        /// `--out` lies inside the input folder named.
        case insideInput(String)
        /// The input named lies inside `--out`.
        case holdsInput(String)
        /// Files VanBan did not make (the first few, and how many in all).
        case foreignFiles([String], count: Int)
        /// Another batch is writing into the folder.
        case locked
        /// The folder or its bookkeeping could not be made.
        case system(SystemError)
    }

    /// The folder.
    public let path: String
    private let lock: Int32
    private let previous: Set<String>

    private init(path: String, lock: Int32, previous: Set<String>) {
        self.path = path
        self.lock = lock
        self.previous = previous
    }

    deinit { close(lock) }

    /// Creates (if needed), checks and locks `path` for a batch over `arguments`; with `force`,
    /// files not made by VanBan are accepted (and may be replaced).
    public static func open(_ path: String, inputs arguments: [String], force: Bool) throws(Problem) -> BatchOutputFolder {
        let out = resolved(path)
        for argument in arguments where argument != "-" {
            let input = resolved(argument)
            var isDirectory: ObjCBool = false
            let isFolder = FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) && isDirectory.boolValue
            if input == out { throw isFolder ? .isInput(argument) : .holdsInput(argument) }
            if isFolder, out.hasPrefix(input == "/" ? "/" : input + "/") { throw .insideInput(argument) }
            if input.hasPrefix(out == "/" ? "/" : out + "/") { throw .holdsInput(argument) }
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .system(SystemError(error))
        }
        let fd = Foundation.open(path + "/" + lockName, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .system(.current) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            throw code == EWOULDBLOCK ? .locked : .system(SystemError(code))
        }
        let previous = readManifest(path)
        if !force {
            let foreign = files(in: path).filter { !previous.contains($0) && !isBookkeeping($0) }
            if !foreign.isEmpty {
                close(fd)
                throw .foreignFiles(Array(foreign.prefix(5)), count: foreign.count)
            }
        }
        return BatchOutputFolder(path: path, lock: fd, previous: previous)
    }

    /// Records in the manifest that VanBan makes `files` (relative paths), before it writes them.
    public func claim(_ files: [String]) throws(SystemError) {
        let all = previous.union(files).sorted()
        let manifest: [String: Any] = ["vanban": VanBan.version, "files": all]
        do {
            let data = try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            try AtomicFile.write(Array(data) + [0x0A], to: path + "/" + BatchOutputFolder.manifestName)
        } catch {
            throw SystemError(error)
        }
    }

    static func readManifest(_ path: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path + "/" + manifestName),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let files = object["files"] as? [String] else { return [] }
        return Set(files)
    }

    /// The manifest, the lock, and temporary files of an interrupted write.
    static func isBookkeeping(_ relative: String) -> Bool {
        let name = (relative as NSString).lastPathComponent
        return relative == manifestName || relative == lockName || (name.hasPrefix(".") && name.contains(".vanban-") && name.hasSuffix(".tmp"))
    }

    /// Every file (not folder) under `path`, relative to it.
    static func files(in path: String) -> [String] {
        var found: [String] = []
        let walker = FileManager.default.enumerator(atPath: path)
        while let relative = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + relative, isDirectory: &isDirectory), isDirectory.boolValue { continue }
            found.append(relative)
        }
        return found.sorted()
    }

    /// The absolute path with links resolved, as far as it exists (`out` may not exist yet).
    static func resolved(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var missing: [String] = []
        var real = realpath(url.path, nil)
        while real == nil, url.path != "/" {
            missing.insert(url.lastPathComponent, at: 0)
            url = url.deletingLastPathComponent()
            real = realpath(url.path, nil)
        }
        guard let real else { return url.path }
        defer { free(real) }
        var result = String(cString: real)
        for part in missing { result += (result.hasSuffix("/") ? "" : "/") + part }
        return result
    }
}

extension BatchOutputFolder.Problem {
    /// The message, naming the folder `out`, in `language`.
    public func message(out: String, _ language: Language) -> String {
        let vi = language == .vi
        switch self {
        case .isInput(let input):
            return vi ? "--out \(out) là thư mục đầu vào \(input); chọn thư mục khác để không ghi đè lên tệp của bạn"
                      : "--out \(out) is the input folder \(input); choose another folder so that your files are not replaced"
        case .insideInput(let input):
            return vi ? "--out \(out) nằm trong thư mục đầu vào \(input); chọn thư mục kết quả ở ngoài"
                      : "--out \(out) lies inside the input folder \(input); choose an output folder outside it"
        case .holdsInput(let input):
            return vi ? "--out \(out) chứa đầu vào \(input); chọn thư mục kết quả khác"
                      : "--out \(out) holds the input \(input); choose another output folder"
        case .foreignFiles(let files, let count):
            let list = files.joined(separator: ", ") + (count > files.count ? (vi ? " … (\(count) tệp)" : " … (\(count) files)") : "")
            return vi ? "\(out) đã có tệp không do vanban tạo (\(list)); chọn thư mục trống, hoặc thêm --force nếu chấp nhận chúng có thể bị ghi đè"
                      : "\(out) holds files vanban did not make (\(list)); choose an empty folder, or add --force to accept that they may be replaced"
        case .locked:
            return vi ? "\(out): một lệnh batch khác đang ghi vào thư mục này; chờ nó xong hoặc chọn thư mục khác"
                      : "\(out): another batch is writing into this folder; wait for it or choose another folder"
        case .system(let error):
            return vi ? "\(out): không dùng được thư mục kết quả (\(error.message(language)))"
                      : "\(out): cannot use the output folder (\(error.message(language)))"
        }
    }
}
