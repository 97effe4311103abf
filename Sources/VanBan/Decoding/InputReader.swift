import Foundation

/// Reads a file or standard input into bytes, with errors as data.
public enum InputReader {
    /// The bytes of `path`, or of standard input for `-`.
    public static func read(_ path: String) throws(InputError) -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, reason: .notFound)
        }
        if isDirectory.boolValue { throw InputError(file: path, reason: .isDirectory) }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw InputError(file: path, reason: .unreadable((error as NSError).localizedDescription))
        }
    }
}
