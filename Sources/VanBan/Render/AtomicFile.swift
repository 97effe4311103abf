import Foundation

/// Writes a file so that a reader never sees half of it: the bytes go to a
/// temporary file in the same directory, which then replaces the target in one
/// rename. A crash leaves either the old file or the new one, never a mix.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).vanban-\(UUID().uuidString).tmp")
        try Data(bytes).write(to: temp)
        if rename(temp.path, url.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temp)
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(code),
                          userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(code))])
        }
    }
}
