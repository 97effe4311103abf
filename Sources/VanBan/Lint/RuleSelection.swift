/// `--select` and `--ignore` on the command line, with ruff's meaning: `--select` names the
/// rules to run (instead of all), `--ignore` removes rules from that set; both win over the
/// configuration file's `"off"` for the rules they name, while its severities still apply.
///
/// A selector is a rule ID (`spacing`), `ALL`, or the first words of IDs (`numbering` is
/// `numbering-gap` and `numbering-duplicate`; `session` is `session-count` and
/// `session-sequence`) — ruff's prefix selectors (`E4`), on whole words of the ID.
public struct RuleSelection: Sendable, Equatable {
    /// The selectors of `--select`; nil = every rule the configuration leaves on.
    public var select: [String]?
    /// The selectors of `--ignore`.
    public var ignore: [String]

    /// A selection.
    public init(select: [String]? = nil, ignore: [String] = []) {
        self.select = select
        self.ignore = ignore
    }

    /// The IDs `selector` names, in catalogue order; empty when it names none.
    public static func rules(matching selector: String) -> [String] {
        let ids = Linter.rules.map { $0.id }
        if selector == "ALL" { return ids }
        return ids.filter { $0 == selector || $0.hasPrefix(selector + "-") }
    }

    /// The first selector that names no rule, if any (a usage error, as in ruff).
    public var unknownSelector: String? {
        ((select ?? []) + ignore).first { Self.rules(matching: $0).isEmpty }
    }

    /// `configuration` with the selection applied: rules outside `--select` or inside
    /// `--ignore` off; rules `--select` names that the configuration switched off back on
    /// at their default severity.
    public func apply(to configuration: LintConfiguration) -> LintConfiguration {
        var result = configuration
        let ignored = Set(ignore.flatMap(Self.rules(matching:)))
        let selected = select.map { Set($0.flatMap(Self.rules(matching:))) }
        for rule in Linter.rules {
            if ignored.contains(rule.id) || (selected.map { !$0.contains(rule.id) } ?? false) {
                result.overrides[rule.id] = .some(nil)
            } else if selected != nil, configuration.severity(of: rule) == nil {
                result.overrides[rule.id] = .some(rule.severity)
            }
        }
        return result
    }
}
