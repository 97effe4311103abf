import Foundation

/// Writes a file so that a reader never sees half of it: the bytes go to a
/// temporary file in the same directory, which then replaces the target in one
/// rename. A crash leaves either the old file or the new one, never a mix.
public enum AtomicFile {
    /// Who owns a file and who may read it, to be kept when it is replaced.
    public struct Attributes: Sendable, Equatable {
        /// Permission bits (`0o640`).
        public var mode: mode_t
        public var owner: uid_t
        public var group: gid_t

        /// The attributes of the file at `path` (following symbolic links).
        public init(of path: String) throws(SystemError) {
            var info = stat()
            guard stat(path, &info) == 0 else { throw SystemError.current }
            mode = info.st_mode & 0o7777
            owner = info.st_uid
            group = info.st_gid
        }
    }

    /// Writes `bytes` to `path` atomically. A new file gets the default mode (0666 less
    /// the umask); with `keeping`, the file gets those permission bits and that owner
    /// and group, and when the owner cannot be kept (only root may give a file away) the
    /// bytes are written into the existing file instead, which keeps all three.
    public static func write(_ bytes: [UInt8], to path: String, keeping attributes: Attributes? = nil) throws(SystemError) {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let temp = dir + "/.\(url.lastPathComponent).vanban-\(UUID().uuidString).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw SystemError.current }
        var closed = false
        func abandon(_ code: Int32) -> SystemError {
            if !closed { close(fd) }
            unlink(temp)
            return SystemError(code)
        }
        if let error = writeAll(fd, bytes) { throw abandon(error) }
        if let attributes {
            if fchmod(fd, attributes.mode) != 0 { throw abandon(errno) }
            if fchown(fd, attributes.owner, attributes.group) != 0 {
                _ = abandon(0)
                try writeInPlace(bytes, to: path)
                return
            }
        }
        closed = true
        if close(fd) != 0 { throw abandon(errno) }
        if rename(temp, path) != 0 { throw abandon(errno) }
    }

    /// Replaces the contents of the existing file at `path` (same inode: owner, group,
    /// mode and hard links stay). Not atomic; used only when a new file could not keep the owner.
    static func writeInPlace(_ bytes: [UInt8], to path: String) throws(SystemError) {
        let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError.current }
        defer { close(fd) }
        if let error = writeAll(fd, bytes) { throw SystemError(error) }
    }

    /// Writes every byte, retrying short writes; the `errno` of a failure, or nil.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var written = 0
        return bytes.withUnsafeBytes { buffer -> Int32? in
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return nil
        }
    }
}
