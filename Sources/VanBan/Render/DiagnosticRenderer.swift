import Foundation

/// The diagnostics of one file, as `vanban lint` reports them.
public struct FileDiagnostics: Sendable {
    /// The file name as given.
    public var file: String
    /// Its diagnostics, in position order.
    public var diagnostics: [Diagnostic]
    /// For a Word input: where its lines come from, so positions also name paragraphs.
    public var docx: DocxText?

    /// Creates the report of one file.
    public init(file: String, diagnostics: [Diagnostic], docx: DocxText? = nil) {
        self.file = file
        self.diagnostics = diagnostics
        self.docx = docx
    }
}

/// Text, JSON and SARIF forms of diagnostics.
public enum DiagnosticRenderer {
    /// `file:line:col: severity: message [rule-id]`, one per line; ANSI colours when `colour`.
    public static func text(_ files: [FileDiagnostics], language: Language, colour: Bool) -> String {
        var out = ""
        for f in files {
            for d in f.diagnostics {
                let label = d.severity.label(language)
                let shown: String
                if colour {
                    let code = d.severity == .error ? "31" : d.severity == .warning ? "33" : "36"
                    shown = "\u{1B}[1;\(code)m\(label)\u{1B}[0m"
                } else {
                    shown = label
                }
                out += "\(f.file):\(d.span.start.line):\(d.span.start.column): \(shown): \(d.message(language)) [\(d.ruleID)]"
                    + f.paragraphNote(d, language) + "\n"
            }
        }
        return out
    }

    /// The summary line: counts by severity over all files.
    public static func summary(_ files: [FileDiagnostics], language: Language) -> String {
        let all = files.flatMap(\.diagnostics)
        let e = all.filter { $0.severity == .error }.count
        let w = all.filter { $0.severity == .warning }.count
        let i = all.filter { $0.severity == .info }.count
        let n = files.count
        switch language {
        case .vi: return "\(n) tệp: \(e) lỗi, \(w) cảnh báo, \(i) lưu ý"
        case .en: return "\(n) file\(n == 1 ? "" : "s"): \(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s"), \(i) note\(i == 1 ? "" : "s")"
        }
    }

    /// One edit of a fix in the JSON contract.
    public struct JSONEdit: Encodable, Sendable {
        var line: Int, column: Int, endLine: Int, endColumn: Int
        var replacement: String
    }

    /// A fix in the JSON contract.
    public struct JSONFix: Encodable, Sendable {
        var edits: [JSONEdit]
    }

    /// One diagnostic object of the JSON contract (`schemas/diagnostics.schema.json`).
    public struct JSONDiagnostic: Encodable, Sendable {
        var file: String
        var ruleId: String
        var severity: String
        var message: String
        var line: Int, column: Int, endLine: Int, endColumn: Int
        /// Word inputs: the paragraph (1-based) and character offset (0-based) of the start.
        var paragraph: Int?, offset: Int?
        var fix: JSONFix?
    }

    /// The JSON contract of DESIGN.md: an array of diagnostic objects
    /// (`schemas/diagnostics.schema.json`).
    public static func json(_ files: [FileDiagnostics], language: Language) throws -> String {
        try JSONRenderer.render(files.flatMap { jsonDiagnostics($0, language: language) })
    }

    /// The diagnostics of one file as JSON contract objects.
    public static func jsonDiagnostics(_ f: FileDiagnostics, language: Language) -> [JSONDiagnostic] {
        f.diagnostics.map { d in
            let word = f.docx?.paragraph(line: d.span.start.line, column: d.span.start.column)
            return JSONDiagnostic(file: f.file, ruleId: d.ruleID, severity: d.severity.rawValue, message: d.message(language),
                           line: d.span.start.line, column: d.span.start.column, endLine: d.span.end.line, endColumn: d.span.end.column,
                           paragraph: word?.paragraph, offset: word?.offset,
                           fix: d.fix.map { JSONFix(edits: $0.edits.map { e in
                               JSONEdit(line: e.span.start.line, column: e.span.start.column, endLine: e.span.end.line,
                                        endColumn: e.span.end.column, replacement: e.replacement) }) })
        }
    }

    /// SARIF 2.1.0 (OASIS), as GitHub code scanning reads it: one run, the rule catalogue
    /// as `tool.driver.rules`, each result with its rule index and physical location.
    public static func sarif(_ files: [FileDiagnostics], language: Language) throws -> String {
        let rules = Linter.rules
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        func level(_ s: Severity) -> String { s == .error ? "error" : s == .warning ? "warning" : "note" }
        let ruleObjects: [[String: Any]] = rules.map { r in
            [
                "id": r.id,
                "name": r.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
                "shortDescription": ["text": r.summary.format(language)],
                "fullDescription": ["text": r.details.format(language)],
                "helpUri": "https://github.com/vanban/vanban/blob/main/docs/rules.md#\(r.id)",
                "defaultConfiguration": ["level": level(r.severity)],
                "properties": ["tags": ["vanban"]],
            ]
        }
        var results: [[String: Any]] = []
        for f in files {
            let uri = InputReader.displayName(f.file)
            for d in f.diagnostics {
                var result: [String: Any] = [
                    "ruleId": d.ruleID,
                    "level": level(d.severity),
                    "message": ["text": d.message(language)],
                    "locations": [[
                        "physicalLocation": [
                            "artifactLocation": ["uri": uri],
                            "region": [
                                "startLine": d.span.start.line, "startColumn": d.span.start.column,
                                "endLine": d.span.end.line, "endColumn": max(d.span.end.column, 1),
                            ],
                        ],
                    ]],
                ]
                if let k = index[d.ruleID] { result["ruleIndex"] = k }
                if let fix = d.fix {
                    result["fixes"] = [[
                        "artifactChanges": [[
                            "artifactLocation": ["uri": uri],
                            "replacements": fix.edits.map { e in
                                [
                                    "deletedRegion": ["startLine": e.span.start.line, "startColumn": e.span.start.column,
                                                      "endLine": e.span.end.line, "endColumn": e.span.end.column],
                                    "insertedContent": ["text": e.replacement],
                                ] as [String: Any]
                            },
                        ]],
                    ]]
                }
                results.append(result)
            }
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": [
                    "name": "vanban", "version": VanBan.version, "semanticVersion": VanBan.version,
                    "informationUri": "https://github.com/vanban/vanban", "rules": ruleObjects,
                ]],
                "columnKind": "unicodeCodePoints",
                "results": results,
            ]],
        ]
        let data = try JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// `docs/rules.md`: the catalogue as the rule declarations state it.
    public static func rulesMarkdown() -> String {
        var out = "# Lint rules\n\n"
        out += "Generated from the rule declarations in `Sources/VanBan/Lint/Rules/` by `vanban rules --markdown`; "
        out += "do not edit by hand (a test fails when this file is stale).\n\n"
        out += "One rule reports at most \(Linter.maxPerRuleAndLine) findings starting on one logical line (a paragraph or item, wrapped lines joined); "
        out += "more on the same line mean broken input, not more to read.\n\n"
        out += "| id | tên | severity | fix | summary |\n| --- | --- | --- | --- | --- |\n"
        for r in Linter.rules {
            out += "| [`\(r.id)`](#\(r.id)) | \(r.nameVi) | \(r.severity.rawValue) | \(r.fixable ? "yes" : "") | \(r.summary.en) |\n"
        }
        for r in Linter.rules {
            out += "\n## \(r.id)\n\n*\(r.nameVi)*\n\n"
            out += "Severity: **\(r.severity.rawValue)**" + (r.fixable ? " · fixable with `vanban lint --fix`" : "") + "\n\n"
            out += "\(r.summary.en)\n\n*\(r.summary.vi)*\n\n\(r.details.en)\n\n*\(r.details.vi)*\n\n"
            out += "Messages:\n\n"
            for key in r.messages.keys.sorted() {
                let m = r.messages[key]!
                out += "- `\(key)`: \(m.en) — *\(m.vi)*\n"
            }
        }
        return out
    }
}

extension FileDiagnostics {
    /// ` (đoạn 12)` / ` (paragraph 12)` after a Word input's finding: the paragraph as
    /// Word counts them, which the clerk can find in her document; empty for text.
    func paragraphNote(_ d: Diagnostic, _ language: Language) -> String {
        guard let word = docx?.paragraph(line: d.span.start.line, column: d.span.start.column) else { return "" }
        return language == .vi ? " (đoạn \(word.paragraph))" : " (paragraph \(word.paragraph))"
    }
}
