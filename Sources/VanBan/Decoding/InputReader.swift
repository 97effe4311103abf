import Foundation

/// Reads a file or standard input into bytes, with errors as data.
public enum InputReader {
    /// The one name standard input has in every output (text, JSON, SARIF, HTML, records):
    /// a valid relative URI for SARIF, and a word a reader understands.
    public static let standardInputName = "stdin"

    /// The name `path` is shown by: `standardInputName` for `-`, else the path.
    public static func displayName(_ path: String) -> String { path == "-" ? standardInputName : path }

    /// The bytes of `path`, or of standard input for `-`.
    public static func read(_ path: String) throws(InputError) -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        return try read(rawPath: Array(path.utf8), name: path)
    }

    /// The bytes of the file whose path is the bytes `rawPath` (a name that is not valid
    /// UTF-8 cannot be a `String` without losing bytes); `name` is shown in errors.
    public static func read(rawPath: [UInt8], name: String) throws(InputError) -> [UInt8] {
        let fd = (rawPath + [0]).withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_RDONLY | O_CLOEXEC) }
        }
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw InputError(file: name, reason: .notFound) }
            throw InputError(file: name, reason: .system(code))
        }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { throw InputError(file: name, reason: .isDirectory) }
        var bytes: [UInt8] = []
        if info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 { bytes.reserveCapacity(Int(info.st_size)) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                if code == EISDIR { throw InputError(file: name, reason: .isDirectory) }
                throw InputError(file: name, reason: .system(code))
            }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return bytes
    }
}
