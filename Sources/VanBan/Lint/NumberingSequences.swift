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

    private static func visit(_ nodes: [Node], _ events: inout [Event]) {
        // `slot`: the number the last item stands for. A repeated number stands for the next
        // one (*1. 2. 2. 4.*: the second 2 should read 3), so what follows it is read on from
        // either: one slip, one finding.
        var last: [Key: (value: Int, slot: Int, line: TokenizedLine)] = [:]
        // (Nodes read by index: a node is not copied whole to read its marker.)
        for n in nodes.indices {
            defer { if !nodes[n].children.isEmpty { visit(nodes[n].children, &events) } }
            guard let marker = nodes[n].line.marker, counted.contains(marker.style), let value = marker.values.last else { continue }
            let node = nodes[n]
            let key = Key(style: marker.style, prefix: Array(marker.values.dropLast()))
            guard let previous = last[key] else { last[key] = (value, value, node.line); continue }
            // A jump of more than `maxJump` is not the next item of this list but a number that
            // happens to start a line (*… Quốc hội khóa* / *XVII.*): neither reported nor
            // taken as the sequence's last value.
            if value > max(previous.value, previous.slot) + maxJump { continue }
            if value == previous.value {
                events.append(.duplicate(line: node.line, value: value, first: previous.line))
                last[key] = (value, value + 1, node.line)
                continue
            }
            last[key] = (value, value, node.line)
            if value != previous.value + 1 && value != previous.slot + 1 && value != 1 {
                events.append(.gap(line: node.line, previous: previous.value, value: value))
            }
        }
    }

    /// Span of the marker of `line`.
    static func markerSpan(_ line: TokenizedLine) -> SourceSpan {
        let length = line.marker?.label.unicodeScalars.count ?? 1
        return line.line.span(0..<max(1, length))
    }
}
