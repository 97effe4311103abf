/// One finding of the linter, as data: which rule, how serious, where, what (a message
/// key and its arguments), and how to fix it when the fix is certain. The text is made
/// from the rule's declared messages, in Vietnamese or English, only when shown.
public struct Diagnostic: Sendable, Equatable {
    /// The rule's stable ID (`year-out-of-scope`).
    public var ruleID: String
    /// Severity after configuration.
    public var severity: Severity
    /// Where, in the original file.
    public var span: SourceSpan
    /// Which of the rule's messages.
    public var messageKey: String
    /// The message's arguments (quoted text, numbers), language-neutral.
    public var arguments: [String]
    /// The certain fix, if any.
    public var fix: Fix?

    /// Creates a diagnostic.
    public init(ruleID: String, severity: Severity, span: SourceSpan, messageKey: String, arguments: [String], fix: Fix? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.span = span
        self.messageKey = messageKey
        self.arguments = arguments
        self.fix = fix
    }

    /// The message in `language`.
    public func message(_ language: Language) -> String {
        guard let rule = Linter.rule(ruleID), let text = rule.messages[messageKey] else {
            return "\(ruleID): \(arguments.joined(separator: ", "))"
        }
        return text.format(language, arguments)
    }
}

/// A certain correction: edits of the original file, not overlapping.
public struct Fix: Sendable, Equatable {
    /// The edits.
    public var edits: [TextEdit]

    /// Creates a fix.
    public init(_ edits: [TextEdit]) { self.edits = edits }

    /// One replacement.
    public init(span: SourceSpan, replacement: String) { self.edits = [TextEdit(span: span, replacement: replacement)] }
}

/// Replace `span` of the original file by `replacement`.
public struct TextEdit: Sendable, Equatable {
    /// What to replace; one physical line.
    public var span: SourceSpan
    /// The new text.
    public var replacement: String

    /// Creates an edit.
    public init(span: SourceSpan, replacement: String) {
        self.span = span
        self.replacement = replacement
    }
}
