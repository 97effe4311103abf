/// Runs the rules over a processed document and applies the configuration and the
/// inline markers.
public enum Linter {
    /// Every rule, in catalogue order (RULES.md).
    public static let rules: [any Rule.Type] = [
        NumberingGap.self, NumberingDuplicate.self, SessionSequence.self, SessionCount.self, MonthSequence.self,
        UnbalancedBracket.self,
        YearOutOfScope.self, HeadingPeriodMismatch.self, RecurringYearDrift.self, MalformedYear.self, InvalidDate.self,
        WeekdayMismatch.self, RangeOrder.self, AnniversaryMismatch.self, NationalTerm.self,
        ConferenceReference.self, TargetConflict.self, CountMismatch.self, AbolishedUnit.self, HeaderSymbol.self,
        DraftDate.self, MissingElement.self,
        RepeatedWord.self, DuplicateSentence.self, DuplicatePreparer.self, Misspelling.self, TruncatedTerm.self,
        ToneStyleMixed.self, SpacingRule.self,
        UnknownIgnoreID.self,
    ]

    private static let byID: [String: any Rule.Type] = Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0) })

    /// The rule with `id`, if there is one.
    public static func rule(_ id: String) -> (any Rule.Type)? { byID[id] }

    /// Rules whose evidence OCR output destroys — misread letters, lost or doubled
    /// lines, stray quotes and brackets: on a document that looks like OCR (see
    /// `LintDocument.looksLikeOCR`) their findings are `info`.
    public static let ocrSensitive: Set<String> = [
        Misspelling.id, RepeatedWord.id, DuplicateSentence.id, UnbalancedBracket.id, NumberingGap.id, NumberingDuplicate.id,
        SpacingRule.id, TruncatedTerm.id,
        // A district-level city is told from a centrally-run one by its name, which OCR garbles
        // (*Thành phố Hé Chí Minh*, *Thành phố Hồ Chi*).
        AbolishedUnit.id,
    ]

    /// At most this many findings of one rule start on one logical line (a paragraph or item
    /// rebuilt from its wrapped physical lines); the rest are dropped.
    public static let maxPerRuleAndLine = 20

    /// The diagnostics of `result`, sorted by position, after `configuration` and the
    /// inline markers of the file.
    public static func lint(_ result: VanBan.Result, configuration: LintConfiguration = LintConfiguration()) -> [Diagnostic] {
        let document = LintDocument(result)
        let silenced = document.markers
        // Each physical line's logical line: a logical line of 10 million wrapped lines
        // ("a\r" repeated) tripped repeated-word once per physical line, 5 million findings
        // and 7 GB; counted per logical line, it is one broken paragraph and 20 findings.
        // Four bytes a physical line, read from the layout even once its lines are released.
        // (Read at the first finding: a document without one does not build it.)
        var owners: [Int32]? = nil
        var all: [Diagnostic] = []
        var unconfigured = Set<String>()
        for rule in rules {
            if Deadline.expired { break }
            guard let severity = configuration.severity(of: rule) else { continue }
            let configured = configuration.overrides[rule.id] != nil
            var report = Report(rule: rule)
            rule.check(document, &report)
            guard !report.diagnostics.isEmpty else { continue }
            var perLine: [Int: Int] = [:]  // by logical line (negative) or physical line
            var kept = false
            for var d in report.diagnostics {
                if silenced.silences(d.ruleID, line: d.span.start.line) { continue }
                // A line that trips one rule dozens of times is broken input (a million
                // "(", one 5 MB line of repeats), not dozens of findings for a clerk.
                let index = d.span.start.line - 1
                if owners == nil { owners = result.layout.physicalLineOwners(count: max(result.source.lineCount, 1)) }
                let key = index >= 0 && index < owners!.count ? Int(owners![index]) : index
                perLine[key, default: 0] += 1
                if perLine[key]! > maxPerRuleAndLine { continue }
                // A level set in the configuration wins; otherwise the finding keeps its own
                // (a rule may lower an uncertain finding).
                if configured { d.severity = severity }
                kept = true
                all.append(d)
            }
            // (Once per rule, not per finding: a String hashed at every finding.)
            if kept && !configured { unconfigured.insert(rule.id) }
        }
        // On OCR output the rules whose evidence OCR destroys speak at `info`.
        let misread = all.count { $0.ruleID == Misspelling.id }
        if document.looksLikeOCR(misreadings: misread) {
            for k in all.indices where ocrSensitive.contains(all[k].ruleID) && unconfigured.contains(all[k].ruleID) {
                all[k].severity = min(all[k].severity, .info)
            }
        }
        all.sort { a, b in
            a.span.start != b.span.start ? a.span.start < b.span.start : a.ruleID < b.ruleID
        }
        // One finding per place: two rules (or two paths of one rule) may reach the same
        // words; the rule first in the catalogue speaks for them.
        let order = catalogueOrder
        var best: [SourceSpan: String] = [:]
        for d in all where best[d.span].map({ order[$0, default: 0] > order[d.ruleID, default: 0] }) ?? true { best[d.span] = d.ruleID }
        var seen = Set<Place>()
        return all.filter { best[$0.span] == $0.ruleID && seen.insert(Place(ruleID: $0.ruleID, span: $0.span, messageKey: $0.messageKey)).inserted }
    }

    /// Each rule's position in `rules`, by ID (built once per process, not once per document).
    static let catalogueOrder: [String: Int] = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })

    /// A finding's rule, span and message, compared field by field: the same test as the text
    /// `"rule@span#message"` it replaces (a rule ID holds no `@`, a span's text no `#`, so that
    /// text told the fields apart), without building a String per finding.
    struct Place: Hashable {
        let ruleID: String
        let span: SourceSpan
        let messageKey: String
    }
}
