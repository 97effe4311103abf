/// Inline markers that silence rules on one line of the file:
///
/// ```
/// - Họp lần thứ 4 (tháng 3/2026)   vanban-ignore: session-sequence, spacing
/// ```
///
/// `vanban-ignore` with no list silences every rule on its line; the line is the
/// physical line of the file where the marker is written. A name in the list that is
/// no rule's ID (a typo: `sesion-sequence`) silences nothing and is reported by
/// `unknown-ignore-id`; before, it turned the marker into a bare one that silenced all.
public struct InlineMarkers: Sendable {
    /// Rules silenced per 1-based line; an empty set means all.
    var lines: [Int: Set<String>] = [:]
    /// Names in markers that are no rule's ID, with where they are written.
    public private(set) var unknown: [(id: String, span: SourceSpan)] = []

    static let keyword = Array("vanban-ignore".unicodeScalars)

    /// Finds the markers in `source`.
    public static func scan(_ source: SourceText) -> InlineMarkers {
        var markers = InlineMarkers()
        let s = source.scalars
        let k = keyword
        for (index, range) in source.lines.enumerated() {
            var i = range.lowerBound
            while i + k.count <= range.upperBound {
                if s[i] == "v", s[i..<(i + k.count)].elementsEqual(k) {
                    var j = i + k.count
                    if j < range.upperBound, s[j] == ":" { j += 1 }
                    var ids = Set<String>()
                    var named = 0
                    // The list: names separated by commas or spaces, to the end of the line.
                    var p = j
                    while p < range.upperBound {
                        if s[p] == "," || s[p] == " " || s[p] == "\t" { p += 1; continue }
                        let start = p
                        while p < range.upperBound, s[p] != ",", s[p] != " ", s[p] != "\t" { p += 1 }
                        let name = String(scalars: s[start..<p])
                        named += 1
                        if Linter.rule(name) != nil {
                            ids.insert(name)
                        } else {
                            let line = index + 1
                            let span = SourceSpan(
                                start: SourceLocation(line: line, column: source.column(line: index, offset: start - range.lowerBound)),
                                end: SourceLocation(line: line, column: source.column(line: index, offset: p - range.lowerBound)))
                            markers.unknown.append((name, span))
                        }
                    }
                    // A bare marker silences all; a list silences its known IDs only (none, if
                    // every name is unknown).
                    if named == 0 || !ids.isEmpty { markers.lines[index + 1] = ids }
                    break
                }
                i += 1
            }
        }
        return markers
    }

    /// True when `rule` is silenced on `line`.
    public func silences(_ rule: String, line: Int) -> Bool {
        guard let ids = lines[line] else { return false }
        return ids.isEmpty || ids.contains(rule)
    }
}
