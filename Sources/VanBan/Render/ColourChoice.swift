/// Whether text output is coloured: `--color always|never|auto` (the option of GNU ls,
/// grep and git) and the environment conventions `FORCE_COLOR` (force-color.org, read by
/// ESLint's terminal library) and `NO_COLOR` (no-color.org).
public enum ColourChoice: String, Sendable, CaseIterable {
    case always, never, auto

    /// `always` and `never` decide; for `auto`, `FORCE_COLOR` set and not empty turns
    /// colour on (off when it is `0` or `false`), then `NO_COLOR` set and not empty turns it
    /// off, then colour is used only on a terminal.
    public func resolve(terminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let force = environment["FORCE_COLOR"], !force.isEmpty { return force != "0" && force != "false" }
            if let no = environment["NO_COLOR"], !no.isEmpty { return false }
            return terminal
        }
    }
}
