import Foundation
import VanBan

// The vanban command: a thin shell over the VanBan library. It parses arguments,
// reads input, calls the library, prints, and sets the exit code:
// 0 success, 1 findings at or above the fail level, 2 unreadable input or bad usage.

// Arguments are read as bytes: a file name that is not valid UTF-8 (an old archive's
// `b\xE0i.txt`) becomes a readable escaped form, and its bytes are kept to open it by.
var arguments: [String] = []
var rawPaths: [String: [UInt8]] = [:]
for k in 1..<Int(CommandLine.argc) {
    guard let pointer = CommandLine.unsafeArgv[k] else { continue }
    let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
    let text = BatchInputs.escaped(bytes)
    if text.utf8.elementsEqual(bytes) == false { rawPaths[text] = bytes }
    arguments.append(text)
}
var cli = CommandLineInterface(arguments: arguments, rawPaths: rawPaths)
exit(cli.run())
