import Foundation
@testable import VanBan

// The old forms that `LintDocLinesTests` and `RuleGateTests` compare the gated rules with
// (issue 17, ninth session), kept here rather than in the product.

extension PeriodExtractor {
    /// `located(in:)` with its old test of a word, on its first letters, second scalar and
    /// length (`mayOpen`), before `match` (the old form).
    func locatedByLetters(in range: Range<Int>? = nil) -> [(period: Period, tokens: Range<Int>)] {
        let r = range ?? line.bodyStart..<line.tokens.count
        var result: [(period: Period, tokens: Range<Int>)] = []
        var i = r.lowerBound
        let tokens = line.tokens
        let scalars = line.line.scalars
        while i < r.upperBound {
            if i >= 0, i < tokens.count, tokens[i].kind != .number {
                guard tokens[i].kind == .word else { i += 1; continue }
                let r = tokens[i].range
                let first = scalars[r.lowerBound].value | 0x20
                guard first == 0x6E || first == 0x74 || first == 0x71 || first == 0x68, r.count >= 3,
                      Self.mayOpen(first: first, second: scalars[r.lowerBound + 1], count: r.count) else { i += 1; continue }
            } else if i >= 0, i < tokens.count, !mayOpenNumber(i) {
                i += 1
                continue
            }
            if let (period, next) = match(at: i, end: r.upperBound) {
                result.append((period, i..<next))
                i = next
            } else {
                i += 1
            }
        }
        return result
    }
}

extension NumberingSequences {
    /// `visit` as it was, with a dictionary of the sequences (the old form).
    static func visitByDictionary(_ nodes: [Node], _ events: inout [Event]) {
        var last: [Key: (value: Int, slot: Int, line: TokenizedLine)] = [:]
        for n in nodes.indices {
            defer { if !nodes[n].children.isEmpty { visitByDictionary(nodes[n].children, &events) } }
            guard let marker = nodes[n].line.marker, counted.contains(marker.style), let value = marker.values.last else { continue }
            let node = nodes[n]
            let key = Key(style: marker.style, prefix: Array(marker.values.dropLast()))
            guard let previous = last[key] else { last[key] = (value, value, node.line); continue }
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
}

extension CountMismatch {
    /// The rule as it read every line holding a number (the old form).
    static func checkEveryLine(_ document: LintDocument, _ report: inout Report) {
        let v = Words(document)
        let lines = document.textLines
        for line in lines.indices {
            guard lines[line].tokens.contains(where: { $0.kind == .number }) else { continue }
            checkLine(lines[line], document.ids[line], v, &report)
        }
    }
}

extension MalformedYear {
    /// The rule as it read every token (its old loop).
    static func checkEveryToken(_ document: LintDocument, _ report: inout Report) {
        let year = document.words.id("năm") ?? -1, month = document.words.id("tháng") ?? -1
        for (t, id) in zip(document.textLines, document.ids) {
            for i in t.tokens.indices where (t.tokens[i].kind == .number || t.tokens[i].kind == .word && t.tokens[i].range.count == 4)
                && isYearPosition(t, id, i, year: year, month: month) {
                let token = t.tokens[i]
                let s = t.line.scalars[token.range]
                if token.kind == .number {
                    if s.count >= 3 && s.count <= 6 && s.count != 4 && (s.first == "2" || s.first == "1") && !(t.isPunct(i + 1, "/")) {
                        report.add("digits", [t.text(i)], at: t.span(i))
                    } else if s.count == 4, let v = t.int(i), !(1000...2100).contains(v), s.first == "2" {
                        report.add("digits", [t.text(i)], at: t.span(i))
                    }
                } else if token.kind == .word, s.count == 4 {
                    let digits = s.filter { $0.value >= 0x30 && $0.value <= 0x39 }.count
                    guard digits >= 2, s.allSatisfy({ ($0.value >= 0x30 && $0.value <= 0x39) || lookalikes[$0] != nil }) else { continue }
                    let fixed = String(scalars: s.map { lookalikes[$0] ?? $0 })
                    guard let v = Int(fixed), (1900...2100).contains(v) else { continue }
                    report.add("letters", [t.text(i), fixed], at: t.span(i), fix: Fix(span: t.span(i), replacement: fixed))
                }
            }
        }
    }
}
