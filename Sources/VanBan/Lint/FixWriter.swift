import Foundation

/// Writes the fixed text of `vanban lint --fix` over the file it came from, safely:
///
/// * the original is kept as a backup beside the file, `FILE.orig`, or `FILE.orig.1`,
///   `FILE.orig.2` … when that name is taken: an earlier backup is never replaced, and
///   whatever has that name (a folder, a link) is never removed;
/// * a symbolic link is followed: the file it points to is fixed (and backed up beside
///   itself), the link stays a link;
/// * the fixed file keeps its permission bits, owner and group (a 600 draft stays 600);
///   the backup gets the same permission bits;
/// * a file the user may not write, or without any write permission bit (write-protected,
///   even for root), is refused, and nothing is changed.
public enum FixWriter {
    /// Why the fixed text was not written.
    public enum Problem: Error, Sendable, Equatable {
        /// The file (or its folder, where the backup goes) is not writable.
        case readOnly(String)
        /// The operating system refused.
        case system(String, SystemError)

        /// The message, in `language`.
        public func message(_ language: Language) -> String {
            let vi = language == .vi
            switch self {
            case .readOnly(let path):
                return vi ? "\(path): không có quyền ghi tệp (hoặc thư mục chứa nó, nơi đặt bản sao lưu); không sửa gì"
                          : "\(path): you may not write the file (or its folder, where the backup goes); nothing changed"
            case .system(let path, let error):
                return vi ? "\(path): không ghi được tệp (\(error.message(language))); không sửa gì"
                          : "\(path): cannot write the file (\(error.message(language))); nothing changed"
            }
        }
    }

    /// Writes `bytes` over `path`, keeping the original as a backup; returns the paths of
    /// the file written (the link's target for a link) and of the backup.
    public static func write(_ bytes: [UInt8], over path: String) throws(Problem) -> (file: String, backup: String) {
        guard let real = realpath(path, nil) else { throw .system(path, .current) }
        let target = String(cString: real)
        free(real)
        let folder = (target as NSString).deletingLastPathComponent
        // A file without any write permission bit is write-protected on purpose (as `rm`
        // treats it), even for root, whom access(2) lets write anything.
        var info = stat()
        guard stat(target, &info) == 0 else { throw .system(path, .current) }
        guard info.st_mode & 0o222 != 0, access(target, W_OK) == 0, access(folder.isEmpty ? "." : folder, W_OK | X_OK) == 0
        else { throw .readOnly(path) }
        let attributes: AtomicFile.Attributes
        let original: [UInt8]
        do {
            attributes = try AtomicFile.Attributes(of: target)
        } catch {
            throw .system(path, error)
        }
        do {
            original = try InputReader.read(target)
        } catch {
            if case .system(let code) = error.reason { throw .system(path, SystemError(code)) }
            throw .system(path, SystemError(EIO))
        }
        let backup = try makeBackup(original, of: target, mode: attributes.mode, display: path)
        do {
            try AtomicFile.write(bytes, to: target, keeping: attributes)
        } catch {
            throw .system(path, error)
        }
        return (target, backup)
    }

    /// The first free name of `FILE.orig`, `FILE.orig.1`, … created exclusively (no race
    /// with another writer) and filled with `original`.
    static func makeBackup(_ original: [UInt8], of target: String, mode: mode_t, display: String) throws(Problem) -> String {
        var n = 0
        while n < 10_000 {
            let name = target + ".orig" + (n == 0 ? "" : ".\(n)")
            n += 1
            let fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode & 0o666)
            if fd < 0 {
                if errno == EEXIST { continue }
                throw .system(display, .current)
            }
            let failed = AtomicFile.writeAll(fd, original)
            _ = fchmod(fd, mode & 0o777)
            close(fd)
            if let failed {
                unlink(name)
                throw .system(display, SystemError(failed))
            }
            return name
        }
        throw .system(display, SystemError(EEXIST))
    }
}
