/// GitHub Actions workflow commands (`--format github`): one line per finding,
///
/// ```
/// ::error file=du-thao.txt,line=12,col=5,endLine=12,endColumn=9,title=vanban (misspelling)::'Triền khai' …
/// ```
///
/// which the Actions runner turns into an annotation on the file's line in the pull request.
/// The syntax and its escaping are those of `@actions/core` (`toolkit/packages/core/src/command.ts`):
/// in the message `%`, CR and LF become `%25`, `%0D`, `%0A`; in a property value `:` and `,`
/// also become `%3A` and `%2C`. Severities map to `error`, `warning` and `notice`.
public enum GitHubAnnotations {
    /// The workflow command of each finding, one per line.
    public static func render(_ files: [FileDiagnostics], language: Language) -> String {
        var out = ""
        for f in files {
            for d in f.diagnostics {
                out += command(d, file: f.file, language: language) + "\n"
            }
        }
        return out
    }

    /// The workflow command of one finding.
    public static func command(_ d: Diagnostic, file: String, language: Language) -> String {
        let kind = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
        var properties: [(String, String)] = [("file", file), ("line", "\(d.span.start.line)")]
        // Columns only make sense to GitHub on a one-line range (its check-run API rejects
        // columns for a range over several lines).
        if d.span.start.line == d.span.end.line {
            properties.append(("col", "\(d.span.start.column)"))
            properties.append(("endLine", "\(d.span.end.line)"))
            properties.append(("endColumn", "\(max(d.span.end.column, d.span.start.column))"))
        } else {
            properties.append(("endLine", "\(d.span.end.line)"))
        }
        properties.append(("title", "vanban (\(d.ruleID))"))
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(kind) \(list)::\(escapeData(d.message(language) + " [\(d.ruleID)]"))"
    }

    /// A message: `%`, CR and LF escaped.
    public static func escapeData(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            switch s {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// A property value: as a message, and `:` and `,` too.
    public static func escapeProperty(_ text: String) -> String {
        var out = ""
        for s in escapeData(text).unicodeScalars {
            switch s {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
