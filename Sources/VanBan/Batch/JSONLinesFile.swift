import Foundation
import Synchronization

/// `OUT/records.jsonl` of `vanban batch --format jsonl`: one compact JSON line per document
/// (the same object as a per-file output), the form DuckDB (`read_json_auto`), pandas
/// (`read_json(lines=True)`) and Spark read directly.
///
/// Every worker appends through one descriptor, a whole line per `write`, under a lock,
/// so lines never interleave; they come in the order documents finish (input order with
/// one worker). The lines go to a temporary file that replaces `records.jsonl` when the
/// batch ends, so a reader never sees half a batch, and one file per batch costs no
/// directory entry, inode or rename per document.
final class JSONLinesFile: Sendable {
    /// The file's name in the output folder.
    static let name = "records.jsonl"

    let path: String
    private let temporary: String
    /// The open descriptor, -1 once finished.
    private let descriptor: Mutex<Int32>

    /// Opens a new temporary file beside `OUT/records.jsonl`.
    init(directory: String) throws(SystemError) {
        path = directory + "/" + JSONLinesFile.name
        temporary = directory + "/.\(JSONLinesFile.name).vanban-\(UUID().uuidString).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_APPEND, 0o666)
        guard fd >= 0 else { throw SystemError.current }
        descriptor = Mutex(fd)
    }

    deinit {
        descriptor.withLock { fd in
            if fd >= 0 {
                close(fd)
                unlink(temporary)
            }
        }
    }

    /// Appends one line: `line` ends with its newline (written as it is: a copy to add the
    /// newline here cost a copy of every record).
    func append(line: [UInt8]) throws(SystemError) {
        let failure: Int32? = descriptor.withLock { fd in
            guard fd >= 0 else { return EBADF }
            return AtomicFile.writeAll(fd, line)
        }
        if let failure { throw SystemError(failure) }
    }

    /// Closes the file and puts it in place of `records.jsonl`.
    func finish() throws(SystemError) {
        let failure: Int32? = descriptor.withLock { fd in
            guard fd >= 0 else { return EBADF }
            defer { fd = -1 }
            if close(fd) != 0 || rename(temporary, path) != 0 {
                let code = errno
                unlink(temporary)
                return code
            }
            return nil
        }
        if let failure { throw SystemError(failure) }
    }
}
