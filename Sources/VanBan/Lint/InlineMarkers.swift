/// Inline markers that silence rules on one line of the file:
///
/// ```
/// - Họp lần thứ 4 (tháng 3/2026)   vanban-ignore: session-sequence, spacing
/// ```
///
/// `vanban-ignore` with no list silences every rule on its line; the line is the
/// physical line of the file where the marker is written. Two more forms, after ESLint's
/// `eslint-disable-next-line` and ruff's file-level `# ruff: noqa`:
/// `vanban-ignore-next-line[: ids]` silences the line below the marker, and
/// `vanban-ignore-file[: ids]` anywhere in the file silences the rules for the whole file.
/// The list ends at the end of the line, at a comment closer (`<!-- vanban-ignore: spacing -->`,
/// `/* … */`) or at ` -- ` before a reason, as ESLint writes it; IDs are separated by commas,
/// semicolons or spaces, and a final full stop is not part of one.
/// A name in a list that is no rule's ID (a typo: `sesion-sequence`) silences nothing and
/// is reported by `unknown-ignore-id`; before, it turned the marker into a bare one that
/// silenced all.
public struct InlineMarkers: Sendable {
    /// Rules silenced per 1-based line; an empty set means all.
    var lines: [Int: Set<String>] = [:]
    /// Rules silenced in the whole file (`vanban-ignore-file`); an empty set means all,
    /// nil that there is no such marker.
    var file: Set<String>? = nil
    /// Names in markers that are no rule's ID, with where they are written.
    public private(set) var unknown: [(id: String, span: SourceSpan)] = []

    static let nextLineSuffix = Array("-next-line".unicodeScalars)
    static let fileSuffix = Array("-file".unicodeScalars)

    static let keyword = Array("vanban-ignore".unicodeScalars)

    /// Finds the markers in `source`.
    public static func scan(_ source: SourceText) -> InlineMarkers {
        var markers = InlineMarkers()
        let k = keyword
        // The lines holding a marker, found by a Horspool search over the UTF-8 bytes (a look
        // at one byte in about every thirteen: the scan reads every file; issue 17); the
        // keyword is ASCII, so a byte match is a scalar match. Only those lines are decoded.
        // The hit's scalar offset is the number of scalars (bytes that are not UTF-8
        // continuation bytes) before it on its line.
        let found = keywordLines(source)
        for (index, i) in found {
            let s = Array(source.line(index))
            let range = 0..<s.count
            var j = i + k.count
            let form = Self.form(s, at: j, end: range.upperBound)
            j += form.length
            if j < range.upperBound, s[j] == ":" { j += 1 }
            var ids = Set<String>()
            var named = 0
            // The list: names separated by commas, semicolons or spaces, to the end of
            // the line, or to what closes a comment around the marker (`<!-- … -->`,
            // `/* … */`) or opens a reason (` -- `, as ESLint writes it).
            var p = j
            while p < range.upperBound {
                if s[p] == "," || s[p] == ";" || s[p] == " " || s[p] == "\t" { p += 1; continue }
                let start = p
                while p < range.upperBound, s[p] != ",", s[p] != ";", s[p] != " ", s[p] != "\t" { p += 1 }
                var end = p
                let word = s[start..<end]
                if word.starts(with: ["-", "-"]) || word.starts(with: ["*", "/"]) { break }
                // `vanban-ignore: spacing.` — the full stop ends the sentence, not the name.
                while end > start, s[end - 1] == "." { end -= 1 }
                guard end > start else { continue }
                let name = String(scalars: s[start..<end])
                named += 1
                if Linter.rule(name) != nil {
                    ids.insert(name)
                } else {
                    let line = index + 1
                    let span = SourceSpan(
                        start: SourceLocation(line: line, column: source.column(line: index, offset: start)),
                        end: SourceLocation(line: line, column: source.column(line: index, offset: end)))
                    markers.unknown.append((name, span))
                }
            }
            // A bare marker silences all; a list silences its known IDs only (none, if
            // every name is unknown).
            if named == 0 || !ids.isEmpty {
                switch form.target {
                case .line: markers.lines[index + 1] = merge(markers.lines[index + 1], ids)
                case .nextLine: markers.lines[index + 2] = merge(markers.lines[index + 2], ids)
                case .file: markers.file = merge(markers.file, ids)
                }
            }
        }
        return markers
    }

    /// How far the search may move when the scalar under the keyword's last position is `c`
    /// (ASCII; any other scalar is not in the keyword: its whole length).
    static let shifts: [UInt8] = {
        var table = [UInt8](repeating: UInt8(keyword.count), count: 128)
        for (n, c) in keyword.dropLast().enumerated() { table[Int(c.value)] = UInt8(keyword.count - 1 - n) }
        return table
    }()

    /// The keyword's bytes (ASCII).
    static let keywordBytes = Array("vanban-ignore".utf8)

    /// The offset of the first `vanban-ignore` in `range` of UTF-8 `s`, or nil.
    static func firstKeyword(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let k = keywordBytes, n = k.count
        let last = k[n - 1]
        // (The shift table read through a pointer: a `static let` read in the loop paid its
        // `swift_once` at every step.)
        return shifts.withUnsafeBufferPointer { shifts in
            var i = range.lowerBound
            while i + n <= range.upperBound {
                let c = s[i + n - 1]
                if c == last {
                    var m = n - 2
                    while m >= 0, s[i + m] == k[m] { m -= 1 }
                    if m < 0 { return i }
                }
                i += c < 128 ? Int(shifts[Int(c)]) : n
            }
            return nil
        }
    }

    /// Each line holding `vanban-ignore`, with the scalar offset of its first one on the line.
    ///
    /// One search over the whole text instead of one per line (a call, a line range and a
    /// table look-up per line of every file: issue 17): the keyword holds no line break, so a
    /// hit lies inside one line, found by a binary search of the line starts; the search then
    /// goes on from the next line, as the search per line found only a line's first hit.
    static func keywordLines(_ source: SourceText) -> [(line: Int, offset: Int)] {
        var found: [(line: Int, offset: Int)] = []
        let lineCount = source.lineCount
        guard lineCount > 0 else { return found }
        source.utf8.withUnsafeBufferPointer { bytes in
            var from = 0
            while let hit = firstKeyword(bytes, from..<bytes.count) {
                // The last line starting at or before the hit.
                var low = 0, high = lineCount - 1
                while low < high {
                    let mid = (low + high + 1) / 2
                    if source.lines.byteStart(mid) <= hit { low = mid } else { high = mid - 1 }
                }
                let start = source.lines.byteStart(low)
                var offset = 0
                for b in bytes[start..<hit] where b & 0xC0 != 0x80 { offset += 1 }
                found.append((low, offset))
                guard low + 1 < lineCount else { break }
                from = source.lines.byteStart(low + 1)
            }
        }
        return found
    }

    enum Target { case line, nextLine, file }

    /// Two markers reaching one line (its own and the one above it): the union; all wins.
    static func merge(_ old: Set<String>?, _ new: Set<String>) -> Set<String> {
        guard let old else { return new }
        return old.isEmpty || new.isEmpty ? [] : old.union(new)
    }

    /// Which form of marker continues at `j` (just after `vanban-ignore`), and the length
    /// of its suffix.
    static func form(_ s: [Unicode.Scalar], at j: Int, end: Int) -> (target: Target, length: Int) {
        for (suffix, target) in [(nextLineSuffix, Target.nextLine), (fileSuffix, .file)]
        where j + suffix.count <= end && s[j..<(j + suffix.count)].elementsEqual(suffix) {
            return (target, suffix.count)
        }
        return (.line, 0)
    }

    /// True when `rule` is silenced on `line`.
    public func silences(_ rule: String, line: Int) -> Bool {
        if let ids = file, ids.isEmpty || ids.contains(rule) { return true }
        guard let ids = lines[line] else { return false }
        return ids.isEmpty || ids.contains(rule)
    }
}
