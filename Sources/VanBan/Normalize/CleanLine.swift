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
    public var index: Int {
        get { Int(storedIndex) }
        set { storedIndex = Int32(clamping: newValue) }
    }
    /// The cleaned scalars.
    public var scalars: [Unicode.Scalar]
    /// Everything but the text: where it stands in the original.
    var frame: Frame

    /// What a cleaned line keeps besides its text: its line and the map of its offsets to the
    /// original columns. A logical line of one piece keeps its piece as its text and this
    /// (`LogicalLine`), not a second reference to the same text (8 bytes a line: issue 17).
    struct Frame: Sendable {
        /// `laterAnchors` then `wide`, in one array (one allocation, and 8 bytes less in every
        /// line: issue 17): the count of `laterAnchors`' entries, then those entries, then
        /// `wide`'s; empty (no storage) when both are empty, as for most lines.
        var map: [Int32]
        /// The first anchor: cleaned offset 0 is this original column.
        var firstColumn: Int32
        /// `endColumn`'s storage.
        var endColumn: Int32
        /// `index`'s storage (a source has fewer than 2³¹ lines).
        var index: Int32

        /// Where `laterAnchors` ends in `map` (it starts at 1).
        @inline(__always) var anchorsEnd: Int { map.isEmpty ? 0 : 1 + Int(map[0]) }

        /// Original 1-based column of cleaned offset `offset` (`CleanLine.column(at:)`).
        @inline(__always)
        func column(at offset: Int) -> Int {
            // The last anchor at or before `offset` (the first one is at offset 0); later anchors
            // are `map[1..<anchorsEnd]`.
            if map.isEmpty { return Int(firstColumn) + offset }
            var lo = 0, hi = (anchorsEnd - 1) / 2
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if Int(map[1 + 2 * (mid - 1)]) <= offset { lo = mid } else { hi = mid - 1 }
            }
            if lo == 0 { return Int(firstColumn) + offset }
            return Int(map[2 * lo]) + (offset - Int(map[2 * lo - 1]))
        }

        /// The recorded width of cleaned offset `offset`, if any (`CleanLine.width(at:)`).
        @inline(__always)
        func width(at offset: Int) -> Int? {
            if map.isEmpty { return nil }
            let base = anchorsEnd
            var lo = 0, hi = (map.count - base) / 2
            while lo < hi {
                let mid = (lo + hi) / 2
                let key = Int(map[base + 2 * mid])
                if key == offset { return Int(map[base + 2 * mid + 1]) }
                if key < offset { lo = mid + 1 } else { hi = mid }
            }
            return nil
        }

        /// Original column just past cleaned offset `offset` (`CleanLine.columnEnd(at:)`).
        @inline(__always)
        func columnEnd(at offset: Int) -> Int { column(at: offset) + (width(at: offset) ?? 1) }
    }

    /// A line of `scalars` placed by `frame`.
    init(scalars: [Unicode.Scalar], frame: Frame) {
        self.scalars = scalars
        self.frame = frame
    }

    /// `frame`'s fields, under the names the line has always used.
    private var map: [Int32] {
        @inline(__always) get { frame.map }
        set { frame.map = newValue }
    }
    /// The first anchor: cleaned offset 0 is this original column.
    var firstColumn: Int32 {
        @inline(__always) get { frame.firstColumn }
        set { frame.firstColumn = newValue }
    }
    /// `endColumn`'s storage.
    var storedEndColumn: Int32 {
        @inline(__always) get { frame.endColumn }
        set { frame.endColumn = newValue }
    }
    /// `index`'s storage (a source has fewer than 2³¹ lines).
    private var storedIndex: Int32 {
        @inline(__always) get { frame.index }
        set { frame.index = newValue }
    }

    /// Where `laterAnchors` ends in `map` (it starts at 1).
    @inline(__always) private var anchorsEnd: Int { frame.anchorsEnd }

    /// Anchors after the first, flattened as (offset, column) pairs; empty when the line's
    /// columns run on one for one from its first scalar (most lines).
    var laterAnchors: [Int32] {
        get { map.isEmpty ? [] : Array(map[1..<anchorsEnd]) }
        set { setMap(newValue, wide) }
    }
    /// Original width of the cleaned scalars that do not stand for exactly one original
    /// character, flattened as (offset, width) pairs in offset order; empty for most lines.
    var wide: [Int32] {
        get { map.isEmpty ? [] : Array(map[anchorsEnd...]) }
        set { setMap(laterAnchors, newValue) }
    }

    /// Sets `map` from its two parts.
    private mutating func setMap(_ anchors: [Int32], _ wide: [Int32]) {
        if anchors.isEmpty && wide.isEmpty { map = []; return }
        var m: [Int32] = []
        m.reserveCapacity(1 + anchors.count + wide.count)
        m.append(Int32(anchors.count))
        m += anchors
        m += wide
        map = m
    }

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
    public func column(at offset: Int) -> Int { frame.column(at: offset) }

    /// Original column just past cleaned offset `offset`.
    public func columnEnd(at offset: Int) -> Int {
        column(at: offset) + (width(at: offset) ?? 1)
    }

    /// The recorded width of cleaned offset `offset`, if any.
    func width(at offset: Int) -> Int? { frame.width(at: offset) }

    /// The line without its first `count` cleaned scalars, still mapped to the original.
    public func dropping(first count: Int) -> CleanLine {
        guard count > 0 else { return self }
        var copy = self
        copy.firstColumn = Int32(clamping: column(at: count))
        copy.scalars = Array(scalars[count...])
        copy.setMap(Self.shifted(laterAnchors, from: count, keepingAt: false), Self.shifted(wide, from: count, keepingAt: true))
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
    /// What cleaning reads of a line's units; `Units` in general, `Scalars` for the
    /// common case of a line read one scalar a column, which compiles to a plain loop.
    protocol UnitSource {
        var emitted: UnsafeBufferPointer<Unicode.Scalar> { get }
        var count: Int { get }
        func column(_ u: Int) -> Int
        func length(_ u: Int) -> Int
        func range(_ u: Int) -> Range<Int>
        func single(_ u: Int) -> Unicode.Scalar?
    }

    /// A line's scalars as its units: unit `u` is scalar `u`, column `u + 1`.
    struct Scalars: UnitSource {
        let emitted: UnsafeBufferPointer<Unicode.Scalar>
        var count: Int { emitted.count }
        @inline(__always) func column(_ u: Int) -> Int { u + 1 }
        @inline(__always) func length(_ u: Int) -> Int { 1 }
        @inline(__always) func range(_ u: Int) -> Range<Int> { u..<(u + 1) }
        @inline(__always) func single(_ u: Int) -> Unicode.Scalar? { emitted[u] }
    }

    struct Units: UnitSource {
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

    }

    /// What a line of the source needs (read one scalar a column).
    enum Need {
        /// Nothing but trimming: the cleaned line is `range` of the line, column `k + 1`
        /// at line offset `k`; `pair` when a toned vowel is next to its *oa/oe/uy* partner
        /// (else no tone style can move anything).
        case trimming(Range<Int>, pair: Bool)
        /// Cleaning (white space inside, emphasis, bullets, escapes) but no composing.
        case cleaning
        /// A scalar that may change under NFC.
        case composing
    }

    /// One pass over the line's scalars deciding what `init` must do: the fast path for
    /// ordinary NFC lines, which make up most of every document.
    static func need(_ p: UnsafeBufferPointer<Unicode.Scalar>) -> Need {
        let n = p.count
        // White space at either end is trimmed: the scalars between are kept one for one
        // unless they hold a heading mark or bullet at the start, a run of blanks or any
        // blank other than U+0020, or `*`, `\`, `__` anywhere.
        var lo = 0
        while lo < n, Alphabet.isWhitespace(p[lo]) {
            if Composer.mayChange(p[lo].value) { return .composing }
            lo += 1
        }
        var hi = n
        while hi > lo, Alphabet.isWhitespace(p[hi - 1]) {
            if Composer.mayChange(p[hi - 1].value) { return .composing }
            hi -= 1
        }
        guard lo < hi else { return .trimming(lo..<lo, pair: false) }
        var plain = p[lo] != "#"
        var previousSpace = false
        var pair = false
        let table = Alphabet.infoTable
        var k = lo
        while plain && k < hi {
            let v = p[k].value
            k += 1
            if v < 0x80 {
                // Lower-case letters and what follows them in ASCII: nothing to clean.
                if v > 0x5F {
                    previousSpace = false
                    continue
                }
                if v == 0x20 {
                    if previousSpace { plain = false }
                    previousSpace = true
                    continue
                }
                previousSpace = false
                // The other ASCII scalars cleaning may drop or change: C0 blanks, `*`, `\`, `__`.
                if v < 0x2A {
                    if v >= 0x09 && v <= 0x0D { plain = false }
                } else if v == 0x2A || v == 0x5C {
                    plain = false
                } else if v == 0x5F, k < hi, p[k] == "_" {
                    plain = false
                }
                continue
            }
            previousSpace = false
            if v < 0x300 {
                if v == 0x85 || v == 0xA0 { plain = false }
            } else {
                if Composer.mayChange(v) { return .composing }
                if v == 0xFEFF || Alphabet.isWhitespace(p[k - 1]) { plain = false }
            }
            if !pair, v >= 0xC0, v < 0x1F00, case let packed = table[Int(v)], packed & 0xF0 != 0 {
                var end = 0
                pair = ToneMarks.pair(p, at: k - 1, packed, table, end: &end)
            }
        }
        if plain { return .trimming(lo..<hi, pair: pair) }
        // Cleaning is needed: only composing is left to decide.
        while k < hi {
            let v = p[k].value
            if v >= 0x300, Composer.mayChange(v) { return .composing }
            k += 1
        }
        return .cleaning
    }

    /// Cleans physical line `index` of `source`; `toneStyle` (old or new) moves the
    /// tone marks of *oa/oe/uy* syllables, which never changes the scalar count.
    public init(source: SourceText, index: Int, toneStyle: ToneStyle? = nil) {
        // The line's scalars are decoded into a temporary buffer: the source holds UTF-8.
        var b = source.withLine(index) { p in Self.build(p, source: source, index: index) }
        self.init(index: index, taking: &b)
        if let toneStyle, b.restyle { ToneMarks.apply(toneStyle, to: &scalars) }
    }

    /// Cleans physical line `index` of `source` without restyling it, and adds the line's old-
    /// and new-style syllables, as `Normalizer.resolve` counts them, to `counts`: the majority
    /// style is counted on the scalars decoded for cleaning (decoding every line a second time
    /// to count them was a third of the decode + normalise stage: issue 17). `restyle` is
    /// false when no tone style can move a mark in the cleaned line.
    init(source: SourceText, index: Int, counts: inout (old: Int, new: Int), restyle: inout Bool) {
        var b = source.withLine(index) { p in
            let c = Normalizer.lineCounts(p)
            counts.old += c.old
            counts.new += c.new
            return Self.build(p, source: source, index: index)
        }
        self.init(index: index, taking: &b)
        restyle = b.restyle
    }

    /// The line `b` built, its scalars taken from it.
    fileprivate init(index: Int, taking b: inout Builder) {
        // A blank line holds no scalar storage: 20 million blank lines would otherwise
        // cost an allocation each.
        self.scalars = b.scalars
        // The builder lets go of the scalars, so restyling rewrites them in place instead of
        // copying them first (a copy of every restyled line: issue 17).
        b.scalars = []
        self.frame = Frame(map: [], firstColumn: b.firstColumn, endColumn: Int32(clamping: b.endColumn),
                           index: Int32(clamping: index))
        setMap(b.laterAnchors, b.wide)
    }

    /// The cleaned scalars and map of physical line `index` of `source`, whose scalars are `p`.
    static func build(_ p: UnsafeBufferPointer<Unicode.Scalar>, source: SourceText, index: Int) -> Builder {
        if source.origins == nil {
            switch Self.need(p) {
            case .trimming(let kept, let pair):
                // Columns run one for one: no anchor or width to keep.
                var built = Builder(kept, of: p)
                built.restyle = pair
                return built
            case .cleaning:
                return Self.clean(Scalars(emitted: p))
            case .composing:
                break
            }
        }
        // A line that may change under NFC (rare): copied once to compose it.
        let raw = Array(p)[...]
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
        return emitted.withUnsafeBufferPointer { p in
            units.emitted = p
            return Self.clean(units)
        }
    }

    /// The cleaned scalars and their map, as `clean` builds them.
    struct Builder {
        var scalars: [Unicode.Scalar] = []
        var firstColumn: Int32 = 1
        var laterAnchors: [Int32] = []
        var wide: [Int32] = []
        var endColumn = 1
        /// False when no tone style can move a mark in the line (no toned vowel next to
        /// its *oa/oe/uy* partner): the rewrite's scan is skipped.
        var restyle = true

        init() {}

        /// Scalars `kept` of line `p`, kept as they are.
        init(_ kept: Range<Int>, of p: UnsafeBufferPointer<Unicode.Scalar>) {
            guard !kept.isEmpty else { return }
            scalars = Array(p[kept])
            firstColumn = Int32(clamping: kept.lowerBound + 1)
            endColumn = kept.upperBound + 1
        }
    }

    /// The cleaned scalars being written into a buffer, with their map.
    struct Writer {
        let out: UnsafeMutablePointer<Unicode.Scalar>
        var count = 0
        var built = Builder()
        /// The last anchor (the first is at offset 0, set with the first scalar).
        var lastOffset = 0, lastColumn = 0

        init(_ out: UnsafeMutablePointer<Unicode.Scalar>) { self.out = out }

        /// Writes `s`, original column `column`, adding an anchor only when the last one
        /// does not already imply the column (`column(at:)` is unchanged).
        @inline(__always)
        mutating func write(_ s: Unicode.Scalar, column: Int) {
            if count == 0 {
                built.firstColumn = Int32(clamping: column)
                lastOffset = 0
                lastColumn = column
            } else if lastColumn + (count - lastOffset) != column {
                built.laterAnchors.append(Int32(clamping: count))
                built.laterAnchors.append(Int32(clamping: column))
                lastOffset = count
                lastColumn = column
            }
            out[count] = s
            count += 1
        }
    }

    /// Cleans `units` (the line's characters) into scalars mapped to the original.
    static func clean<U: UnitSource>(_ units: U) -> Builder {
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: max(units.emitted.count, 1)) { buffer in
            clean(units, into: buffer.baseAddress!)
        }
    }

    /// `clean` writing into `out`, which has room for every scalar the units emit.
    @inline(__always)
    static func clean<U: UnitSource>(_ units: U, into out: UnsafeMutablePointer<Unicode.Scalar>) -> Builder {
        var w = Writer(out)
        // Leading "* " / "** " bullet (Markdown list item) becomes "•".
        var u = 0
        while u < units.count, isSpace(units, u) { u += 1 }
        // A Markdown heading mark ("# ", "### ") says nothing the parser needs: the
        // numbering decides the level, so the marks are dropped.
        var hash = u
        while hash < units.count, units.single(hash) == "#" { hash += 1 }
        if hash > u, hash - u <= 6, hash < units.count, isSpace(units, hash) {
            u = hash
            while u < units.count, isSpace(units, u) { u += 1 }
        }
        var star = u
        while star < units.count, units.single(star) == "*" { star += 1 }
        if star > u, star < units.count, isSpace(units, star) {
            w.write("•", column: units.column(u))
            w.built.endColumn = units.column(u) + 1
            u = star
        }
        var pendingSpace = 0   // original column of a blank not yet written, 0 for none
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
                    if w.count > 0 && pendingSpace == 0 { pendingSpace = units.column(unit) }
                    continue
                }
            }
            if pendingSpace != 0 {
                w.write(" ", column: pendingSpace)
                pendingSpace = 0
            }
            let column = units.column(unit), length = units.length(unit)
            let emit = units.range(unit)
            if emit.count == length {
                // Columns run on one for one from the last anchor.
                for k in emit { w.write(units.emitted[k], column: column + (k - emit.lowerBound)) }
            } else {
                // A scalar dropped, merged or recomposed: each one emitted is the unit's
                // column, the last one as wide as the unit.
                for k in emit {
                    w.built.wide.append(Int32(clamping: w.count))
                    w.built.wide.append(Int32(clamping: k == emit.upperBound - 1 ? length : 0))
                    w.write(units.emitted[k], column: column)
                }
            }
            w.built.endColumn = column + length
        }
        if w.count > 0 { w.built.scalars = Array(UnsafeBufferPointer(start: out, count: w.count)) }
        return w.built
    }

    /// True when unit `u` is the one white-space scalar.
    @inline(__always)
    static func isSpace<U: UnitSource>(_ units: U, _ u: Int) -> Bool { units.single(u).map(Alphabet.isWhitespace) ?? false }

    /// ASCII punctuation a Markdown writer escapes with a backslash.
    static func isMarkdownEscapable(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && "\\`*_{}[]()#+-.!|<>".unicodeScalars.contains(s)
    }

    /// True when the `_` at `i` belongs to a run of at least two underscores that
    /// touches a letter or digit on either side (`__Nơi nhận__`), not a blank to fill in (`Số ___/QĐ`).
    static func isEmphasisUnderscore<U: UnitSource>(_ units: U, at i: Int) -> Bool {
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

extension CleanLine {
    /// Every physical line of `source` cleaned, as `init(source:index:toneStyle:)` (with
    /// `counts` nil) or `init(source:index:counts:restyle:)` (with `counts`) cleans each one;
    /// with `counts`, `movable` gets the lines a tone style may change. One pass over the
    /// source's bytes: a line is decoded straight into the array that becomes its cleaned
    /// text (copied at its size when its ends are trimmed), and for a line that needs nothing
    /// but trimming (most lines) its
    /// tone styles counted only when it has a toned vowel next to its *oa/oe/uy* partner
    /// (without one it has no styled word). Decoding into a scratch buffer, copying the kept
    /// scalars out of it, counting every line's styles and copying the source into every
    /// line's call were most of the clean stage (callgrind, issue 17).
    static func cleanAll(_ source: SourceText, toneStyle: ToneStyle?,
                         counts: inout (old: Int, new: Int), counting: Bool, movable: inout [Int]) -> [CleanLine] {
        let lineCount = source.lineCount
        var lines: [CleanLine] = []
        lines.reserveCapacity(lineCount)
        // Legacy encodings (a map to the original's columns): line by line, as ever.
        guard source.origins == nil else {
            for index in 0..<lineCount {
                if index & 4095 == 4095, Deadline.expired { break }
                if counting {
                    var restyle = false
                    lines.append(CleanLine(source: source, index: index, counts: &counts, restyle: &restyle))
                    if restyle { movable.append(index) }
                } else {
                    lines.append(CleanLine(source: source, index: index, toneStyle: toneStyle))
                }
            }
            return lines
        }
        let table = source.lines
        source.utf8.withUnsafeBufferPointer { bytes in
            for index in 0..<lineCount {
                if index & 4095 == 4095, Deadline.expired { break }
                let n = table[index].count
                let frameIndex = Int32(clamping: index)
                guard n > 0 else {
                    lines.append(CleanLine(scalars: [], frame: Frame(map: [], firstColumn: 1, endColumn: 1, index: frameIndex)))
                    continue
                }
                // Decoded and, for a common line, its need found in the same pass.
                var fused: Need? = nil
                var scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, initialized in
                    fused = Self.decodeNeed(bytes, at: table.byteStart(index), count: n, into: out.baseAddress!)
                    initialized = n
                }
                var line: CleanLine
                var restyle: Bool
                let need = fused ?? scalars.withUnsafeBufferPointer { Self.need($0) }
                if case .trimming(let kept, let pair) = need {
                    if counting, pair {
                        let c = scalars.withUnsafeBufferPointer { Normalizer.lineCounts($0) }
                        counts.old += c.old
                        counts.new += c.new
                    }
                    if kept.isEmpty {
                        scalars = []
                    } else if kept.count != n {
                        // Copied at its size: the line is kept for the whole run, and trimming in
                        // place left its room unused (+0.2% of lint's and parse's peak on a
                        // 22 MB document: issue 17).
                        scalars = Array(scalars[kept])
                    }
                    let first = kept.isEmpty ? 1 : Int32(clamping: kept.lowerBound + 1)
                    let end = kept.isEmpty ? 1 : Int32(clamping: kept.upperBound + 1)
                    line = CleanLine(scalars: scalars, frame: Frame(map: [], firstColumn: first, endColumn: end, index: frameIndex))
                    restyle = pair
                } else {
                    var b = scalars.withUnsafeBufferPointer { p in
                        if counting {
                            let c = Normalizer.lineCounts(p)
                            counts.old += c.old
                            counts.new += c.new
                        }
                        return Self.build(p, source: source, index: index)
                    }
                    line = CleanLine(index: index, taking: &b)
                    restyle = b.restyle
                }
                if counting {
                    if restyle { movable.append(index) }
                } else if let toneStyle, restyle {
                    ToneMarks.apply(toneStyle, to: &line.scalars)
                }
                lines.append(line)
            }
        }
        return lines
    }
}

extension CleanLine.Need: Equatable {}

extension CleanLine {
    /// Decodes the `n` scalars of the line at byte `start` of valid UTF-8 `bytes` into `out`
    /// and, for the common line (at most one space at either end, no `#` first, nothing inside
    /// that cleaning or composing changes), returns what `need` returns for it, found while
    /// decoding: the per-scalar tests of `need` on each scalar as it is decoded (a second pass
    /// over the decoded line was a third of the clean stage: issue 17); also for most other
    /// lines (`.composing`, or `.cleaning` for a line made odd between its ends). nil for the
    /// rest: `out` then holds all `n` scalars and `need(out)` decides.
    @inline(__always)
    static func decodeNeed(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, count n: Int,
                           into out: UnsafeMutablePointer<Unicode.Scalar>) -> Need? {
        let base = bytes.baseAddress!
        let o = UnsafeMutableRawPointer(out).assumingMemoryBound(to: UInt32.self)
        let table = Alphabet.infoTable
        var i = start, w = 0
        var previousSpace = false
        var toned = false
        var odd = false
        while w < n {
            let b = UInt32(base[i])
            if b < 0x80 {
                o[w] = b
                i += 1
                w += 1
                // As `need`: lower-case letters and what follows them in ASCII change nothing;
                // a second blank in a row, C0 blanks, `*`, `\` and `__` need cleaning.
                if b > 0x5F { previousSpace = false; continue }
                if b == 0x20 {
                    if previousSpace { odd = true; break }
                    previousSpace = true
                    continue
                }
                previousSpace = false
                if b < 0x2A {
                    if b >= 0x09 && b <= 0x0D { odd = true; break }
                } else if b == 0x2A || b == 0x5C {
                    odd = true; break
                } else if b == 0x5F, w < n, base[i] == 0x5F {
                    odd = true; break
                }
                continue
            }
            let v: UInt32
            if b < 0xE0 {
                v = (b & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F)
                i += 2
            } else if b < 0xF0 {
                v = (b & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
                i += 3
            } else {
                v = (b & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12 | UInt32(base[i + 2] & 0x3F) << 6 | UInt32(base[i + 3] & 0x3F)
                i += 4
            }
            o[w] = v
            w += 1
            previousSpace = false
            if v < 0x300 {
                if v == 0x85 || v == 0xA0 { odd = true; break }
            } else if Composer.mayChange(v) || v == 0xFEFF || Alphabet.isWhitespace(out[w - 1]) {
                odd = true; break
            }
            if v >= 0xC0, v < 0x1F00, table[Int(v)] & 0xF0 != 0 { toned = true }
        }
        if odd {
            // The rest decoded as it is. `need` answers `.composing` when any scalar of the line
            // may change under NFC, wherever it is; else, when the scalar that made the line odd
            // lies between its trimmed ends, that scalar alone makes `need` answer `.cleaning`
            // (each test above is one of `need`'s on a scalar it reads there; a second blank
            // there follows a first one there). Only a line made odd by its ends is left to
            // `need` (its second pass over every odd line was a tenth of the clean stage:
            // issue 17, tenth session).
            let trigger = w - 1
            if w < n { ScalarDecoder.decode(n - w, from: bytes, at: i, into: out + w) }
            if Composer.mayChange(o[trigger]) { return .composing }
            var k = w
            while k < n {
                let v = o[k]
                if v >= 0x300, Composer.mayChange(v) { return .composing }
                k += 1
            }
            var lo = 0
            while lo < n, Alphabet.isWhitespace(out[lo]) { lo += 1 }
            var hi = n
            while hi > lo, Alphabet.isWhitespace(out[hi - 1]) { hi -= 1 }
            return trigger >= lo && trigger < hi ? .cleaning : nil
        }
        // One space at either end is trimmed (a run of them, or any other blank, made the line
        // odd above); `#` first may be a heading mark: `need` decides.
        let lo = o[0] == 0x20 ? 1 : 0
        let hi = o[n - 1] == 0x20 ? n - 1 : n
        if lo >= hi || o[lo] == 0x23 { return nil }
        // A toned vowel next to its oa/oe/uy partner, as `need` looks for it.
        var pair = false
        if toned {
            let p = UnsafeBufferPointer(start: out, count: n)
            for k in 0..<n {
                let v = o[k]
                if v >= 0xC0, v < 0x1F00, case let packed = table[Int(v)], packed & 0xF0 != 0 {
                    var end = 0
                    if ToneMarks.pair(p, at: k, packed, table, end: &end) { pair = true; break }
                }
            }
        }
        return .trimming(lo..<hi, pair: pair)
    }
}
