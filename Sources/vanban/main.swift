import Foundation
import VanBan

// The vanban command: a thin shell over the VanBan library. It parses arguments,
// reads input, calls the library, prints, and sets the exit code:
// 0 success, 1 findings at or above the fail level, 2 unreadable input or bad usage.

let arguments = Array(CommandLine.arguments.dropFirst())
var cli = CommandLineInterface(arguments: arguments)
exit(cli.run())
