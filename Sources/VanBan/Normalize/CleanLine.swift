import Foundation

/// One physical line made ready for layout: NFC, Markdown emphasis (`*`) removed,
/// white space trimmed and collapsed, a leading `* ` bullet kept as `•`.
///
/// `anchors` maps offsets of the cleaned text back to the original: anchor `k`
/// says that cleaned scalar `anchors[k].offset` is original column
/// `anchors[k].column`, and the scalars after it, up to the next anchor, follow
/// one for one. A new anchor starts wherever cleaning dropped, merged or
/// recomposed scalars, so every offset maps back exactly.
public struct CleanLine: Sendable {
    /// 0-based index of the physical line in the source.
    public var index: Int
    /// The cleaned scalars.
    public var scalars: [Unicode.Scalar]
    /// Offset map into the original line (columns are 1-based).
    public var anchors: [(offset: Int, column: Int)]
    /// Column one past the last original scalar kept (for span ends).
    public var endColumn: Int
    /// Original width of the cleaned scalars that do not stand for exactly one
    /// original character (a composed NFD letter, a VNI letter of two bytes).
    public var widths: [Int: Int] = [:]

    /// True when nothing but white space and emphasis marks was on the line.
    public var isBlank: Bool { scalars.isEmpty }

    /// Original 1-based column of cleaned offset `offset`.
    public func column(at offset: Int) -> Int {
        var lo = 0, hi = anchors.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if anchors[mid].offset <= offset { lo = mid } else { hi = mid - 1 }
        }
        let a = anchors[lo]
        return a.column + (offset - a.offset)
    }

    /// Original column just past cleaned offset `offset`.
    public func columnEnd(at offset: Int) -> Int {
        column(at: offset) + (widths[offset] ?? 1)
    }

    /// The line without its first `count` cleaned scalars, still mapped to the original.
    public func dropping(first count: Int) -> CleanLine {
        guard count > 0 else { return self }
        var copy = self
        let firstColumn = column(at: count)
        copy.scalars = Array(scalars[count...])
        copy.anchors = anchors.compactMap { a in a.offset >= count ? (a.offset - count, a.column) : nil }
        if copy.anchors.first?.offset != 0 { copy.anchors.insert((0, firstColumn), at: 0) }
        copy.widths = Dictionary(uniqueKeysWithValues: widths.compactMap { k, w in k >= count ? (k - count, w) : nil })
        return copy
    }
}

extension CleanLine {
    /// The line's units before cleaning: each stands for one original character (a
    /// composed letter, or a `Character` made NFC) and emits one or more scalars.
    /// Kept as flat arrays, not an array per unit: one allocation per unit was the
    /// largest cost of cleaning (callgrind, issue 17).
    struct Units {
        /// The scalars every unit emits, in order.
        var emitted: [Unicode.Scalar] = []
        /// Where unit `u`'s scalars start in `emitted` (one extra entry for the end);
        /// empty when every unit emits exactly one scalar.
        var starts: [Int32] = []
        /// Original 1-based column of each unit's first character; empty when unit `u`
        /// is column `u + 1`, one column wide (NFC text read one for one: most lines).
        var columns: [Int32] = []
        /// Original width of each unit, in columns (empty with `columns`).
        var lengths: [Int32] = []

        var count: Int { columns.isEmpty ? emitted.count : columns.count }

        @inline(__always)
        func column(_ u: Int) -> Int { columns.isEmpty ? u + 1 : Int(columns[u]) }

        @inline(__always)
        func length(_ u: Int) -> Int { lengths.isEmpty ? 1 : Int(lengths[u]) }

        /// The scalars unit `u` emits.
        @inline(__always)
        func range(_ u: Int) -> Range<Int> {
            starts.isEmpty ? u..<(u + 1) : Int(starts[u])..<Int(starts[u + 1])
        }

        /// The scalar unit `u` emits when it emits exactly one, else nil.
        @inline(__always)
        func single(_ u: Int) -> Unicode.Scalar? {
            if starts.isEmpty { return emitted[u] }
            return starts[u + 1] - starts[u] == 1 ? emitted[Int(starts[u])] : nil
        }

        /// True when unit `u` is the one white-space scalar.
        @inline(__always)
        func isSpace(_ u: Int) -> Bool { single(u).map(Alphabet.isWhitespace) ?? false }
    }

    /// Cleans physical line `index` of `source`; `toneStyle` (old or new) moves the
    /// tone marks of *oa/oe/uy* syllables, which never changes the scalar count.
    public init(source: SourceText, index: Int, toneStyle: ToneStyle? = nil) {
        let raw = source.line(index)
        self.index = index
        self.scalars = []
        self.anchors = []
        self.endColumn = 1
        var units = Units()
        var lengths: [Int32] = []
        units.emitted.reserveCapacity(raw.count)
        if source.origins == nil, !raw.contains(where: { Composer.mayChange($0.value) }) {
            // Nothing to compose and one column a scalar: the units are the scalars.
            units.emitted.append(contentsOf: raw)
        } else if Composer.compose(raw, into: &units.emitted, lengths: &lengths) {
            units.columns.reserveCapacity(lengths.count)
            if source.origins == nil {
                var column: Int32 = 1
                for n in lengths { units.columns.append(column); column += n }
                units.lengths = lengths
            } else {
                units.lengths.reserveCapacity(lengths.count)
                var consumed = 0
                for n in lengths {
                    let column = source.column(line: index, offset: consumed)
                    consumed += Int(n)
                    units.columns.append(Int32(column))
                    units.lengths.append(Int32(source.column(line: index, offset: consumed) - column))
                }
            }
        } else {
            units.emitted.removeAll(keepingCapacity: true)
            var consumed = 0
            units.starts.append(0)
            for ch in String(scalars: raw) {
                let n = ch.unicodeScalars.count
                units.emitted.append(contentsOf: String(ch).precomposedStringWithCanonicalMapping.unicodeScalars)
                let column = source.column(line: index, offset: consumed)
                let after = source.column(line: index, offset: consumed + n)
                units.starts.append(Int32(units.emitted.count))
                units.columns.append(Int32(column))
                units.lengths.append(Int32(after - column))
                consumed += n
            }
        }
        scalars.reserveCapacity(units.emitted.count)
        // Leading "* " / "** " bullet (Markdown list item) becomes "•".
        var u = 0
        while u < units.count, units.isSpace(u) { u += 1 }
        // A Markdown heading mark ("# ", "### ") says nothing the parser needs: the
        // numbering decides the level, so the marks are dropped.
        var hash = u
        while hash < units.count, units.single(hash) == "#" { hash += 1 }
        if hash > u, hash - u <= 6, hash < units.count, units.isSpace(hash) {
            u = hash
            while u < units.count, units.isSpace(u) { u += 1 }
        }
        var star = u
        while star < units.count, units.single(star) == "*" { star += 1 }
        if star > u, star < units.count, units.isSpace(star) {
            append("•", column: units.column(u))
            endColumn = units.column(u) + 1
            u = star
        }
        var pendingSpace: Int? = nil
        while u < units.count {
            let unit = u
            u += 1
            if let s = units.single(unit) {
                if s == "*" { continue }
                // Markdown escapes from PDF→Markdown converters: `1\.`, `\-`, `I\.` read as `1.`, `-`, `I.`.
                if s == "\\", u < units.count, let next = units.single(u), Self.isMarkdownEscapable(next) {
                    continue
                }
                // `__bold__` emphasis: a run of two or more underscores touching a letter.
                if s == "_", Self.isEmphasisUnderscore(units, at: unit) { continue }
                if Alphabet.isWhitespace(s) || s.value == 0xFEFF {
                    if !scalars.isEmpty && pendingSpace == nil { pendingSpace = units.column(unit) }
                    continue
                }
            }
            if let space = pendingSpace {
                append(" ", column: space)
                pendingSpace = nil
            }
            let column = units.column(unit), length = units.length(unit)
            let emit = units.range(unit)
            let exact = emit.count == length
            for k in emit {
                // Columns run on one for one from the last anchor unless a scalar was
                // dropped, merged or recomposed; an anchor marks only where they do not.
                anchor(column + (exact ? k - emit.lowerBound : 0))
                if !exact { widths[scalars.count] = k == emit.upperBound - 1 ? length : 0 }
                scalars.append(units.emitted[k])
            }
            endColumn = column + length
        }
        // A blank line shares one anchor array and holds no scalar storage: 20 million
        // blank lines would otherwise cost two allocations each.
        if anchors.isEmpty { anchors = CleanLine.origin }
        if scalars.isEmpty { scalars = [] }
        if let toneStyle { ToneMarks.apply(toneStyle, to: &scalars) }
    }

    /// ASCII punctuation a Markdown writer escapes with a backslash.
    static func isMarkdownEscapable(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && "\\`*_{}[]()#+-.!|<>".unicodeScalars.contains(s)
    }

    /// True when the `_` at `i` belongs to a run of at least two underscores that
    /// touches a letter or digit on either side (`__Nơi nhận__`), not a blank to fill in (`Số ___/QĐ`).
    static func isEmphasisUnderscore(_ units: Units, at i: Int) -> Bool {
        var lo = i, hi = i
        while lo > 0, units.single(lo - 1) == "_" { lo -= 1 }
        while hi + 1 < units.count, units.single(hi + 1) == "_" { hi += 1 }
        guard hi > lo else { return false }
        func isWordUnit(_ k: Int) -> Bool {
            guard k >= 0, k < units.count else { return false }
            let emit = units.range(k)
            guard !emit.isEmpty else { return false }
            let first = units.emitted[emit.lowerBound]
            return first.properties.isAlphabetic || ("0"..."9").contains(first)
        }
        return isWordUnit(lo - 1) || isWordUnit(hi + 1)
    }

    /// The anchors of a line with nothing kept: offset 0 is column 1.
    static let origin: [(offset: Int, column: Int)] = [(0, 1)]

    private mutating func append(_ s: Unicode.Scalar, column: Int) {
        anchor(column)
        scalars.append(s)
    }

    /// Says that the next scalar appended is original column `column`, adding an anchor
    /// only when the last one does not already imply it (`column(at:)` is unchanged).
    @inline(__always)
    private mutating func anchor(_ column: Int) {
        let offset = scalars.count
        if let last = anchors.last, last.column + (offset - last.offset) == column { return }
        anchors.append((offset, column))
    }
}
