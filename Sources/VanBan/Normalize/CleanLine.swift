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
    /// Cleans physical line `index` of `source`; `toneStyle` (old or new) moves the
    /// tone marks of *oa/oe/uy* syllables, which never changes the scalar count.
    public init(source: SourceText, index: Int, toneStyle: ToneStyle? = nil) {
        let raw = source.line(index)
        self.index = index
        self.scalars = []
        self.anchors = []
        self.endColumn = 1
        scalars.reserveCapacity(raw.count)
        // Units: (scalars to emit, original column of the first, original length).
        var units: [(emit: [Unicode.Scalar], column: Int, length: Int)] = []
        units.reserveCapacity(raw.count)
        var composed: [Unicode.Scalar] = []
        var lengths: [Int32] = []
        if Composer.compose(raw, into: &composed, lengths: &lengths) {
            var consumed = 0
            for (k, s) in composed.enumerated() {
                let n = Int(lengths[k])
                let column = source.column(line: index, offset: consumed)
                let after = source.column(line: index, offset: consumed + n)
                units.append(([s], column, after - column))
                consumed += n
            }
        } else {
            var consumed = 0
            for ch in String(scalars: raw) {
                let n = ch.unicodeScalars.count
                let nfc = String(ch).precomposedStringWithCanonicalMapping.unicodeScalars
                let column = source.column(line: index, offset: consumed)
                let after = source.column(line: index, offset: consumed + n)
                units.append((Array(nfc), column, after - column))
                consumed += n
            }
        }
        // Leading "* " / "** " bullet (Markdown list item) becomes "•".
        var u = 0
        while u < units.count, units[u].emit.count == 1, units[u].emit[0].properties.isWhitespace { u += 1 }
        // A Markdown heading mark ("# ", "### ") says nothing the parser needs: the
        // numbering decides the level, so the marks are dropped.
        var hash = u
        while hash < units.count, units[hash].emit == ["#"] { hash += 1 }
        if hash > u, hash - u <= 6, hash < units.count, units[hash].emit.count == 1, units[hash].emit[0].properties.isWhitespace {
            u = hash
            while u < units.count, units[u].emit.count == 1, units[u].emit[0].properties.isWhitespace { u += 1 }
        }
        var star = u
        while star < units.count, units[star].emit == ["*"] { star += 1 }
        if star > u, star < units.count, units[star].emit.count == 1, units[star].emit[0].properties.isWhitespace {
            append("•", column: units[u].column)
            endColumn = units[u].column + 1
            u = star
        }
        var pendingSpace: Int? = nil
        var broken = true
        while u < units.count {
            let unit = units[u]
            u += 1
            if unit.emit.count == 1 {
                let s = unit.emit[0]
                if s == "*" { broken = true; continue }
                // Markdown escapes from PDF→Markdown converters: `1\.`, `\-`, `I\.` read as `1.`, `-`, `I.`.
                if s == "\\", u < units.count, units[u].emit.count == 1, Self.isMarkdownEscapable(units[u].emit[0]) {
                    broken = true
                    continue
                }
                // `__bold__` emphasis: a run of two or more underscores touching a letter.
                if s == "_", Self.isEmphasisUnderscore(units, at: u - 1) { broken = true; continue }
                if s.properties.isWhitespace || s.value == 0xFEFF {
                    if !scalars.isEmpty && pendingSpace == nil { pendingSpace = unit.column }
                    broken = true
                    continue
                }
            }
            if let space = pendingSpace {
                append(" ", column: space)
                broken = true
                pendingSpace = nil
            }
            let exact = unit.emit.count == unit.length
            for (k, s) in unit.emit.enumerated() {
                if broken || !exact { anchors.append((scalars.count, unit.column + (exact ? k : 0))) }
                if !exact { widths[scalars.count] = k == unit.emit.count - 1 ? unit.length : 0 }
                scalars.append(s)
                broken = !exact
            }
            endColumn = unit.column + unit.length
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
    static func isEmphasisUnderscore(_ units: [(emit: [Unicode.Scalar], column: Int, length: Int)], at i: Int) -> Bool {
        var lo = i, hi = i
        while lo > 0, units[lo - 1].emit == ["_"] { lo -= 1 }
        while hi + 1 < units.count, units[hi + 1].emit == ["_"] { hi += 1 }
        guard hi > lo else { return false }
        func isWordUnit(_ k: Int) -> Bool {
            k >= 0 && k < units.count && units[k].emit.first.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) } == true
        }
        return isWordUnit(lo - 1) || isWordUnit(hi + 1)
    }

    /// The anchors of a line with nothing kept: offset 0 is column 1.
    static let origin: [(offset: Int, column: Int)] = [(0, 1)]

    private mutating func append(_ s: Unicode.Scalar, column: Int) {
        anchors.append((scalars.count, column))
        scalars.append(s)
    }
}
