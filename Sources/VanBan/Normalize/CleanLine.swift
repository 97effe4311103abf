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
    /// Anchors after the first, flattened as (offset, column) pairs; empty (no storage)
    /// when the line's columns run on one for one from its first scalar (most lines).
    var laterAnchors: [Int32]
    /// Original width of the cleaned scalars that do not stand for exactly one original
    /// character, flattened as (offset, width) pairs in offset order; empty for most lines.
    var wide: [Int32]
    /// The first anchor: cleaned offset 0 is this original column.
    var firstColumn: Int32
    /// `endColumn`'s storage.
    var storedEndColumn: Int32

    /// Column one past the last original scalar kept (for span ends).
    public var endColumn: Int {
        get { Int(storedEndColumn) }
        set { storedEndColumn = Int32(clamping: newValue) }
    }

    /// Offset map into the original line (columns are 1-based); the first anchor is
    /// at offset 0.
    public var anchors: [(offset: Int, column: Int)] {
        get {
            var list: [(offset: Int, column: Int)] = [(0, Int(firstColumn))]
            var k = 0
            while k < laterAnchors.count {
                list.append((Int(laterAnchors[k]), Int(laterAnchors[k + 1])))
                k += 2
            }
            return list
        }
        set {
            // An anchor list not starting at offset 0 means the same as one whose first
            // anchor is moved back to offset 0 (`column(at:)` runs on from it).
            guard let first = newValue.first else { firstColumn = 1; laterAnchors = []; return }
            firstColumn = Int32(clamping: first.column - first.offset)
            var later: [Int32] = []
            for a in newValue.dropFirst() {
                later.append(Int32(clamping: a.offset))
                later.append(Int32(clamping: a.column))
            }
            laterAnchors = later
        }
    }

    /// Original width of the cleaned scalars that do not stand for exactly one
    /// original character (a composed NFD letter, a VNI letter of two bytes).
    public var widths: [Int: Int] {
        get {
            var map: [Int: Int] = [:]
            var k = 0
            while k < wide.count {
                map[Int(wide[k])] = Int(wide[k + 1])
                k += 2
            }
            return map
        }
        set {
            var flat: [Int32] = []
            for (offset, width) in newValue.sorted(by: { $0.key < $1.key }) {
                flat.append(Int32(clamping: offset))
                flat.append(Int32(clamping: width))
            }
            wide = flat
        }
    }

    /// True when nothing but white space and emphasis marks was on the line.
    public var isBlank: Bool { scalars.isEmpty }

    /// Original 1-based column of cleaned offset `offset`.
    public func column(at offset: Int) -> Int {
        // The last anchor at or before `offset` (the first one is at offset 0).
        var lo = 0, hi = laterAnchors.count / 2
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(laterAnchors[2 * (mid - 1)]) <= offset { lo = mid } else { hi = mid - 1 }
        }
        if lo == 0 { return Int(firstColumn) + offset }
        return Int(laterAnchors[2 * lo - 1]) + (offset - Int(laterAnchors[2 * lo - 2]))
    }

    /// Original column just past cleaned offset `offset`.
    public func columnEnd(at offset: Int) -> Int {
        column(at: offset) + (width(at: offset) ?? 1)
    }

    /// The recorded width of cleaned offset `offset`, if any.
    func width(at offset: Int) -> Int? {
        var lo = 0, hi = wide.count / 2
        while lo < hi {
            let mid = (lo + hi) / 2
            let key = Int(wide[2 * mid])
            if key == offset { return Int(wide[2 * mid + 1]) }
            if key < offset { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// The line without its first `count` cleaned scalars, still mapped to the original.
    public func dropping(first count: Int) -> CleanLine {
        guard count > 0 else { return self }
        var copy = self
        copy.firstColumn = Int32(clamping: column(at: count))
        copy.scalars = Array(scalars[count...])
        copy.laterAnchors = Self.shifted(laterAnchors, from: count, keepingAt: false)
        copy.wide = Self.shifted(wide, from: count, keepingAt: true)
        return copy
    }

    /// The (offset, value) pairs of `flat` past offset `count` (or at it, with
    /// `keepingAt`), their offsets moved back by `count`.
    static func shifted(_ flat: [Int32], from count: Int, keepingAt: Bool) -> [Int32] {
        guard !flat.isEmpty else { return flat }
        var out: [Int32] = []
        var k = 0
        while k < flat.count {
            let offset = Int(flat[k])
            if offset > count || (keepingAt && offset == count) {
                out.append(Int32(clamping: offset - count))
                out.append(flat[k + 1])
            }
            k += 2
        }
        return out
    }
}

extension CleanLine {
    /// The line's units before cleaning: each stands for one original character (a
    /// composed letter, or a `Character` made NFC) and emits one or more scalars.
    /// Kept as flat arrays, not an array per unit: one allocation per unit was the
    /// largest cost of cleaning (callgrind, issue 17).
    struct Units {
        /// The scalars every unit emits, in order (the source line itself when the
        /// units are its scalars: nothing is copied).
        var emitted: UnsafeBufferPointer<Unicode.Scalar>
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

    /// What a line of the source needs (read one scalar a column).
    enum Need {
        /// Nothing: the cleaned line is the line, column `k + 1` at offset `k`.
        case nothing
        /// Cleaning (white space, emphasis, bullets, escapes) but no composing.
        case cleaning
        /// A scalar that may change under NFC.
        case composing
    }

    /// One pass over the line's scalars deciding what `init` must do: the fast path for
    /// ordinary NFC lines, which make up most of every document.
    static func need(_ p: UnsafeBufferPointer<Unicode.Scalar>) -> Need {
        let n = p.count
        guard n > 0 else { return .nothing }
        // A heading mark, a bullet or white space at the start; a run of blanks, a
        // blank at the end; a tab or other white space; `*`, `\`, `__` anywhere.
        var plain = p[0] != "#"
        var previousSpace = true
        for k in 0..<n {
            let v = p[k].value
            if v < 0x80 {
                if v == 0x20 {
                    if previousSpace { plain = false }
                    previousSpace = true
                    continue
                }
                previousSpace = false
                if (v >= 0x09 && v <= 0x0D) || v == 0x2A || v == 0x5C { plain = false }
                else if v == 0x5F, k + 1 < n, p[k + 1] == "_" { plain = false }
                continue
            }
            previousSpace = false
            if v < 0x300 {
                if v == 0x85 || v == 0xA0 { plain = false }
                continue
            }
            if Composer.mayChange(v) { return .composing }
            if v == 0xFEFF || Alphabet.isWhitespace(p[k]) { plain = false }
        }
        if previousSpace { plain = false }
        return plain ? .nothing : .cleaning
    }

    /// Cleans physical line `index` of `source`; `toneStyle` (old or new) moves the
    /// tone marks of *oa/oe/uy* syllables, which never changes the scalar count.
    public init(source: SourceText, index: Int, toneStyle: ToneStyle? = nil) {
        self.index = index
        self.scalars = []
        self.laterAnchors = []
        self.wide = []
        self.firstColumn = 1
        self.storedEndColumn = 1
        let raw = source.line(index)
        var built: Builder? = nil
        if source.origins == nil {
            built = raw.withUnsafeBufferPointer { p -> Builder? in
                switch Self.need(p) {
                case .nothing:
                    // Columns run one for one from column 1: no anchor or width to keep.
                    return Builder(plain: p)
                case .cleaning:
                    return Self.clean(Units(emitted: p))
                case .composing:
                    return nil
                }
            }
        }
        if built == nil {
            var emitted: [Unicode.Scalar] = []
            var units = Units(emitted: UnsafeBufferPointer(start: nil, count: 0))
            var lengths: [Int32] = []
            emitted.reserveCapacity(raw.count)
            if Composer.compose(raw, into: &emitted, lengths: &lengths) {
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
                emitted.removeAll(keepingCapacity: true)
                var consumed = 0
                units.starts.append(0)
                for ch in String(scalars: raw) {
                    let n = ch.unicodeScalars.count
                    emitted.append(contentsOf: String(ch).precomposedStringWithCanonicalMapping.unicodeScalars)
                    let column = source.column(line: index, offset: consumed)
                    let after = source.column(line: index, offset: consumed + n)
                    units.starts.append(Int32(emitted.count))
                    units.columns.append(Int32(column))
                    units.lengths.append(Int32(after - column))
                    consumed += n
                }
            }
            built = emitted.withUnsafeBufferPointer { p in
                units.emitted = p
                return Self.clean(units)
            }
        }
        let b = built!
        // A blank line holds no scalar storage: 20 million blank lines would otherwise
        // cost an allocation each.
        scalars = b.scalars
        firstColumn = b.firstColumn
        laterAnchors = b.laterAnchors
        wide = b.wide
        storedEndColumn = Int32(clamping: b.endColumn)
        if let toneStyle { ToneMarks.apply(toneStyle, to: &scalars) }
    }

    /// The cleaned scalars and their map, as `clean` builds them.
    struct Builder {
        var scalars: [Unicode.Scalar] = []
        var firstColumn: Int32 = 1
        var laterAnchors: [Int32] = []
        var wide: [Int32] = []
        var endColumn = 1

        init() {}

        /// A line kept as it is.
        init(plain p: UnsafeBufferPointer<Unicode.Scalar>) {
            if !p.isEmpty { scalars = Array(p) }
            endColumn = p.count + 1
        }
    }

    /// Cleans `units` (the line's characters) into scalars mapped to the original.
    static func clean(_ units: Units) -> Builder {
        var result = Builder()
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: max(units.emitted.count, 1)) { buffer in
            let out = buffer.baseAddress!
            var count = 0
            // The last anchor (the first is at offset 0, set with the first scalar).
            var lastOffset = 0, lastColumn = 0
            var endColumn = 1
            /// Says that the next scalar is original column `column`, adding an anchor
            /// only when the last one does not already imply it (`column(at:)` is unchanged).
            @inline(__always)
            func anchor(_ column: Int) {
                if count == 0 {
                    result.firstColumn = Int32(clamping: column)
                } else if lastColumn + (count - lastOffset) == column {
                    return
                } else {
                    result.laterAnchors.append(Int32(clamping: count))
                    result.laterAnchors.append(Int32(clamping: column))
                }
                lastOffset = count
                lastColumn = column
            }
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
                anchor(units.column(u))
                out[count] = "•"
                count += 1
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
                        if count > 0 && pendingSpace == nil { pendingSpace = units.column(unit) }
                        continue
                    }
                }
                if let space = pendingSpace {
                    anchor(space)
                    out[count] = " "
                    count += 1
                    pendingSpace = nil
                }
                let column = units.column(unit), length = units.length(unit)
                let emit = units.range(unit)
                let exact = emit.count == length
                for k in emit {
                    // Columns run on one for one from the last anchor unless a scalar was
                    // dropped, merged or recomposed; an anchor marks only where they do not.
                    anchor(column + (exact ? k - emit.lowerBound : 0))
                    if !exact {
                        result.wide.append(Int32(clamping: count))
                        result.wide.append(Int32(clamping: k == emit.upperBound - 1 ? length : 0))
                    }
                    out[count] = units.emitted[k]
                    count += 1
                }
                endColumn = column + length
            }
            if count > 0 { result.scalars = Array(UnsafeBufferPointer(start: out, count: count)) }
            result.endColumn = endColumn
        }
        return result
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
}
