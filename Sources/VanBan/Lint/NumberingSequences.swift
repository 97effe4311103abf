/// The numbered siblings of the section tree, read as sequences: what
/// `numbering-gap` and `numbering-duplicate` look at.
///
/// Siblings with the same numbering style (and, for `2.1.`, the same prefix) form a
/// sequence; a value of 1 starts a new one (a list may restart under a new heading).
enum NumberingSequences {
    enum Event {
        /// `value` follows `previous` but is not `previous + 1`.
        case gap(line: TokenizedLine, previous: Int, value: Int)
        /// `value` again; `first` is the line where it was used before.
        case duplicate(line: TokenizedLine, value: Int, first: TokenizedLine)
    }

    /// The largest forward jump still read as the same list (a clerk may skip an item or
    /// two, never five).
    static let maxJump = 5

    static let counted: Set<NumberingStyle> = [.upperLatin, .roman, .arabic, .dotted, .arabicParen, .parenthesized, .letter]

    /// A sequence: the numbering style and the values before the last (`2.1.`: [2]). (A
    /// value, not the String `style:2` built per heading: issue 17.)
    struct Key: Hashable {
        var style: NumberingStyle
        var prefix: [Int]
    }

    /// The gaps and duplicates of `document`, found once per document (two rules read them).
    static func events(_ document: LintDocument) -> [Event] {
        LintDocument.fill(document.derived.numbering) {
            var events: [Event] = []
            visit(document.parsed.body, &events)
            return events
        }
    }

    static func visit(_ nodes: [Node], _ events: inout [Event]) {
        // `slot`: the number the last item stands for. A repeated number stands for the next
        // one (*1. 2. 2. 4.*: the second 2 should read 3), so what follows it is read on from
        // either: one slip, one finding.
        // The sequences of one list of siblings are few (one style, or two, and a `2.1.` prefix
        // or two): held in a list searched from the start, with the index of each one's last
        // node, not in a dictionary keyed by a hashed `Key` with a line copied per heading
        // (issue 17; `LintDocLinesTests` compares with `visitByDictionary`).
        var last: [(key: Key, value: Int, slot: Int, node: Int)] = []
        // (Nodes read by index: a node is not copied whole to read its marker.)
        for n in nodes.indices {
            defer { if !nodes[n].children.isEmpty { visit(nodes[n].children, &events) } }
            guard let marker = nodes[n].line.marker, isCounted(marker.style), let value = marker.values.last else { continue }
            let prefix = marker.values.count == 1 ? [] : Array(marker.values.dropLast())
            guard let at = last.firstIndex(where: { $0.key.style == marker.style && $0.key.prefix == prefix }) else {
                last.append((Key(style: marker.style, prefix: prefix), value, value, n))
                continue
            }
            let previous = last[at]
            // A jump of more than `maxJump` is not the next item of this list but a number that
            // happens to start a line (*… Quốc hội khóa* / *XVII.*): neither reported nor
            // taken as the sequence's last value.
            if value > max(previous.value, previous.slot) + maxJump { continue }
            if value == previous.value {
                events.append(.duplicate(line: nodes[n].line, value: value, first: nodes[previous.node].line))
                last[at] = (previous.key, value, value + 1, n)
                continue
            }
            last[at] = (previous.key, value, value, n)
            if value != previous.value + 1 && value != previous.slot + 1 && value != 1 {
                events.append(.gap(line: nodes[n].line, previous: previous.value, value: value))
            }
        }
    }

    /// `counted.contains(style)`, without hashing.
    @inline(__always)
    static func isCounted(_ style: NumberingStyle) -> Bool {
        switch style {
        case .upperLatin, .roman, .arabic, .dotted, .arabicParen, .parenthesized, .letter: return true
        default: return false
        }
    }

    /// Span of the marker of `line`.
    static func markerSpan(_ line: TokenizedLine) -> SourceSpan {
        let length = line.marker?.label.unicodeScalars.count ?? 1
        return line.line.span(0..<max(1, length))
    }
}
