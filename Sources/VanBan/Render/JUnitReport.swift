/// JUnit XML (`--format junit`), the test-report format CI servers (Jenkins, GitLab, Azure
/// Pipelines, GitHub test-report actions) display: one `<testsuite>` per file, one failed
/// `<testcase>` per finding (named `vanban.RULE-ID`, class name the file), and one passing
/// test case for a file without findings — the shape of ESLint's and ruff's `junit` formats.
///
/// The output is valid against the Jenkins xUnit plugin's `junit-10.xsd` (a copy, with its
/// origin, is `schemas/junit-10.xsd`; the tests validate against it). XML 1.0 cannot hold most
/// C0 control characters even escaped; a document's stray ones become U+FFFD.
public enum JUnitReport {
    /// The whole report.
    public static func render(_ files: [FileDiagnostics], language: Language) -> String {
        let total = files.reduce(0) { $0 + max($1.diagnostics.count, 1) }
        let failures = files.reduce(0) { $0 + $1.diagnostics.count }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"vanban\" tests=\"\(total)\" failures=\"\(failures)\" errors=\"0\" time=\"0\">\n"
        for f in files {
            let file = escape(f.file)
            out += "  <testsuite name=\"\(file)\" tests=\"\(max(f.diagnostics.count, 1))\" failures=\"\(f.diagnostics.count)\""
            out += " errors=\"0\" skipped=\"0\" time=\"0\" package=\"vanban\">\n"
            if f.diagnostics.isEmpty {
                out += "    <testcase name=\"vanban\" classname=\"\(file)\" time=\"0\"/>\n"
            }
            for d in f.diagnostics {
                let message = d.message(language)
                let position = "\(d.span.start.line):\(d.span.start.column)"
                out += "    <testcase name=\"vanban.\(escape(d.ruleID))\" classname=\"\(file)\" time=\"0\">\n"
                out += "      <failure type=\"\(d.severity.rawValue)\" message=\"\(escape(position + ": " + message))\">"
                out += escape("\(f.file):\(position): \(d.severity.label(language)): \(message) [\(d.ruleID)]")
                out += "</failure>\n"
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    /// Text for an XML attribute or element: markup characters as entities, line ends as
    /// character references (so attributes keep them), characters XML 1.0 forbids as U+FFFD.
    public static func escape(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            switch s.value {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += "&quot;"
            case 0x27: out += "&apos;"
            case 0x0A: out += "&#10;"
            case 0x0D: out += "&#13;"
            case 0x09: out += "&#9;"
            case 0x00...0x1F, 0xFFFE, 0xFFFF: out += "\u{FFFD}"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
