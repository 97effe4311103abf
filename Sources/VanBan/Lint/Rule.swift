/// A lint rule: one file under `Lint/Rules/`, named after its ID.
///
/// The declaration is the documentation: `docs/rules.md` and `vanban rules` are
/// generated from `id`, `severity`, `summary`, `details` and `messages`.
public protocol Rule: Sendable {
    /// Stable ID from RULES.md (`year-out-of-scope`). Never changes meaning.
    static var id: String { get }
    /// A short Vietnamese name shown beside the ID in Vietnamese output (`sai chính tả`),
    /// so a clerk does not have to read English IDs.
    static var nameVi: String { get }
    /// Default severity.
    static var severity: Severity { get }
    /// One line: what the rule catches.
    static var summary: LocalizedText { get }
    /// A few sentences on what it looks at and what it leaves alone.
    static var details: LocalizedText { get }
    /// Its messages by key; placeholders `{0}`, `{1}` …
    static var messages: [String: LocalizedText] { get }
    /// True when the rule offers fixes.
    static var fixable: Bool { get }
    /// Reports what is wrong in `document`.
    static func check(_ document: LintDocument, _ report: inout Report)
}

extension Rule {
    public static var fixable: Bool { false }
}

/// Where a rule puts its findings.
public struct Report {
    let rule: any Rule.Type
    /// Findings so far.
    public private(set) var diagnostics: [Diagnostic] = []

    init(rule: any Rule.Type) { self.rule = rule }

    /// Adds a finding at `span` with message `key` and its arguments; `severity` lowers a
    /// finding the rule is less sure of than usual (default: the rule's severity).
    public mutating func add(_ key: String, _ arguments: [String] = [], at span: SourceSpan, fix: Fix? = nil,
                             severity: Severity? = nil) {
        assert(rule.messages[key] != nil, "\(rule.id): no message \(key)")
        diagnostics.append(Diagnostic(ruleID: rule.id, severity: severity ?? rule.severity, span: span, messageKey: key,
                                      arguments: arguments, fix: fix))
    }
}
