import Foundation

/// Counts of findings per rule (`--statistics`, after ruff's option of that name): one row
/// per rule that fired, most frequent first, with whether `--fix` can repair it.
public struct RuleStatistics: Sendable, Equatable {
    /// One rule's count.
    public struct Row: Sendable, Equatable, Encodable {
        /// The rule ID.
        public var code: String
        /// Its short name in the report's language (the ID in English).
        public var name: String
        /// Its findings over all files.
        public var count: Int
        /// How many of them carry a fix.
        public var fixable: Int
    }

    /// The rows, by count (descending), then ID.
    public var rows: [Row]

    /// Counts the findings of `files`.
    public init(_ files: [FileDiagnostics], language: Language) {
        var counts: [String: (Int, Int)] = [:]
        for d in files.flatMap(\.diagnostics) {
            let c = counts[d.ruleID] ?? (0, 0)
            counts[d.ruleID] = (c.0 + 1, c.1 + (d.fix == nil ? 0 : 1))
        }
        rows = counts.map { id, c in
            let name = language == .vi ? (Linter.rule(id)?.nameVi ?? id) : id
            return Row(code: id, name: name, count: c.0, fixable: c.1)
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.code < $1.code }
    }

    /// ruff's layout: count, ID, `[*]` when fixable, name — columns aligned, one rule a line.
    public func text() -> String {
        let countWidth = rows.map { String($0.count).count }.max() ?? 1
        let codeWidth = rows.map(\.code.count).max() ?? 1
        var out = ""
        for r in rows {
            let count = String(repeating: " ", count: countWidth - String(r.count).count) + String(r.count)
            let code = r.code.padding(toLength: codeWidth, withPad: " ", startingAt: 0)
            let mark = r.fixable > 0 ? "[*]" : "[ ]"
            out += r.name == r.code ? "\(count)\t\(code)\t\(mark)\n" : "\(count)\t\(code)\t\(mark) \(r.name)\n"
        }
        return out
    }

    /// As JSON: an array of `{code, name, count, fixable}`.
    public func json() throws -> String {
        try JSONRenderer.render(rows)
    }
}
