/// Inline markers that silence rules on one line of the file:
///
/// ```
/// - Họp lần thứ 4 (tháng 3/2026)   vanban-ignore: session-sequence, spacing
/// ```
///
/// `vanban-ignore` with no list silences every rule on its line; the line is the
/// physical line of the file where the marker is written.
public struct InlineMarkers: Sendable {
    /// Rules silenced per 1-based line; an empty set means all.
    var lines: [Int: Set<String>] = [:]

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
                    let rest = String(scalars: s[j..<range.upperBound])
                    var ids = Set<String>()
                    for part in rest.split(whereSeparator: { $0 == "," || $0 == " " }) where Linter.rule(String(part)) != nil {
                        ids.insert(String(part))
                    }
                    markers.lines[index + 1] = ids
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
