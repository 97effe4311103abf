/// Where the tone mark sits in a syllable ending in *oa*, *oe* or *uy*.
///
/// Old style puts it on the first vowel (*hòa, khỏe, thủy, ủy*), new style on the
/// second (*hoà, khoẻ, thuỷ, uỷ*; Quyết định 1989/QĐ-BGDĐT, 2018, Art. 8). With a
/// final consonant or glide both agree (*hoàn, hoạch, khuyến, huýt, quý*) and
/// nothing moves. `keep` makes a document follow its own majority style.
public enum ToneStyle: String, Sendable, CaseIterable {
    case old, new, keep
}

/// Finds, reads and moves the tone mark of *oa/oe/uy* syllables. Letters never change.
public enum ToneMarks {
    /// Indices of the two vowels of a bare *oa/oe/uy* rhyme in `word`, or nil.
    public static func rhyme<C: RandomAccessCollection>(_ word: C) -> (C.Index, C.Index)?
    where C.Element == Unicode.Scalar {
        guard word.count >= 2, word.count <= 5 else { return nil }
        // Cheap test first: the word must end in o+a, o+e or u+y (any tone, any case).
        let table = Alphabet.infoTable
        let lastIndex = word.index(word.endIndex, offsetBy: -1)
        guard let y = Alphabet.vowel(word[lastIndex], table),
              let x = Alphabet.vowel(word[word.index(lastIndex, offsetBy: -1)], table),
              (x.base == Alphabet.Base.o && (y.base == Alphabet.Base.a || y.base == Alphabet.Base.e))
                || (x.base == Alphabet.Base.u && y.base == Alphabet.Base.y) else { return nil }
        var i = word.startIndex
        var onsetLength = 0
        var onsetFirst: UInt32 = 0
        while i < word.endIndex, Alphabet.vowel(word[i]) == nil {
            let v = word[i].value
            guard v < 0x80 || v == 0x110 || v == 0x111 else { return nil }
            if onsetLength == 0 { onsetFirst = v | 0x20 }
            onsetLength += 1
            i = word.index(after: i)
        }
        guard i < word.endIndex else { return nil }
        // "qu" and "gi" (before a vowel) are onsets: "quý", "giỏi" have no oa/uy rhyme.
        if onsetLength == 1, onsetFirst == 0x71 || (onsetFirst == 0x67 && plain(word[i]) == Alphabet.Base.i) {
            let next = word.index(after: i)
            if next < word.endIndex, Alphabet.vowel(word[next]) != nil { i = next }
        }
        let first = i
        let second = word.index(after: first)
        guard second < word.endIndex, word.index(after: second) == word.endIndex,
              let a = Alphabet.vowel(word[first]), let b = Alphabet.vowel(word[second]) else { return nil }
        switch (a.base, b.base) {
        case (Alphabet.Base.o, Alphabet.Base.a), (Alphabet.Base.o, Alphabet.Base.e), (Alphabet.Base.u, Alphabet.Base.y):
            return (first, second)
        default:
            return nil
        }
    }

    @inline(__always)
    static func plain(_ s: Unicode.Scalar) -> Int? { Alphabet.vowel(s)?.base }

    /// The style `word` is written in, or nil when it has no *oa/oe/uy* rhyme or no tone.
    public static func style<C: RandomAccessCollection>(of word: C) -> ToneStyle? where C.Element == Unicode.Scalar {
        guard let (f, s) = rhyme(word) else { return nil }
        if Alphabet.vowel(word[f])!.tone != 0 { return .old }
        if Alphabet.vowel(word[s])!.tone != 0 { return .new }
        return nil
    }

    /// Rewrites `word` in `target` style (`old` or `new`); true when it changed.
    @discardableResult
    public static func restyle(_ word: inout [Unicode.Scalar], range: Range<Int>, to target: ToneStyle) -> Bool {
        word.withUnsafeMutableBufferPointer { restyle(UnsafeMutableBufferPointer(rebasing: $0[range]), to: target) }
    }

    /// `restyle` on a word held in a buffer (the normaliser's hot path).
    @discardableResult
    public static func restyle(_ word: UnsafeMutableBufferPointer<Unicode.Scalar>, to target: ToneStyle) -> Bool {
        guard target != .keep, let (f, s) = rhyme(UnsafeBufferPointer(word)) else { return false }
        var a = Alphabet.vowel(word[f])!, b = Alphabet.vowel(word[s])!
        let tone = a.tone + b.tone
        guard tone != 0 else { return false }
        if target == .old, a.tone == 0 { a.tone = tone; b.tone = 0 }
        else if target == .new, b.tone == 0 { b.tone = tone; a.tone = 0 }
        else { return false }
        word[f] = Alphabet.letter(a)
        word[s] = Alphabet.letter(b)
        return true
    }

    /// Old- and new-style syllables in composed `scalars`.
    public static func count(_ scalars: ArraySlice<Unicode.Scalar>) -> (old: Int, new: Int) {
        scalars.withUnsafeBufferPointer { count($0) }
    }

    /// `count` on a buffer: only the words holding a toned vowel are read.
    static func count(_ p: UnsafeBufferPointer<Unicode.Scalar>) -> (old: Int, new: Int) {
        count(p, stoppingAtComposing: false)!
    }

    /// `count`, or nil (with `stoppingAtComposing`) when `p` holds a scalar that may change under NFC.
    static func count(_ p: UnsafeBufferPointer<Unicode.Scalar>, stoppingAtComposing: Bool) -> (old: Int, new: Int)? {
        var old = 0, new = 0
        let complete = forEachTonedWord(p, stoppingAtComposing: stoppingAtComposing) { range in
            switch style(of: UnsafeBufferPointer(rebasing: p[range])) {
            case .old?: old += 1
            case .new?: new += 1
            default: break
            }
        }
        return complete ? (old, new) : nil
    }

    /// The style a `keep` document converges to: its majority, nil on a tie.
    public static func majority(old: Int, new: Int) -> ToneStyle? {
        old > new ? .old : new > old ? .new : nil
    }

    /// Calls `body` with the index range of every run of letters of up to 5 scalars.
    @inline(__always)
    static func forEachWord(_ scalars: ArraySlice<Unicode.Scalar>, _ body: (Range<Int>) -> Void) {
        var i = scalars.startIndex
        let end = scalars.endIndex
        while i < end {
            guard Alphabet.isLetter(scalars[i]) else { i += 1; continue }
            var j = i + 1
            while j < end, Alphabet.isLetter(scalars[j]) { j += 1 }
            if j - i >= 2 && j - i <= 5 { body(i..<j) }
            i = j
        }
    }

    /// Calls `body` with the range of every run of 2 to 5 letters (as `forEachWord`) that
    /// ends in *o+a*, *o+e* or *u+y* with a tone mark on one of the two: the only words
    /// `style(of:)` can give a style (its rhyme is the word's last two letters). The scan
    /// looks only at vowels with a tone mark, one table read each, so most of a line costs a
    /// compare per scalar (the word walk over every letter was 10–15% of line cleaning
    /// and of the majority count; issue 17).
    @inline(__always)
    static func forEachTonedWord(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ body: (Range<Int>) -> Void) {
        _ = forEachTonedWord(p, stoppingAtComposing: false, body)
    }

    /// True when the vowel at `i` (table entry `packed`, with a tone) and its neighbour
    /// make an *o+a*, *o+e* or *u+y* pair; `end` is then where the pair ends.
    @inline(__always)
    static func pair(_ p: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, _ packed: UInt16,
                     _ table: UnsafePointer<UInt16>, end: inout Int) -> Bool {
        let base = Int(packed & 0xF) - 1
        switch base {
        case Alphabet.Base.o, Alphabet.Base.u:
            guard i + 1 < p.count, let next = Alphabet.vowel(p[i + 1], table),
                  base == Alphabet.Base.o ? (next.base == Alphabet.Base.a || next.base == Alphabet.Base.e) : next.base == Alphabet.Base.y
            else { return false }
            end = i + 2
            return true
        case Alphabet.Base.a, Alphabet.Base.e, Alphabet.Base.y:
            guard i > 0, let previous = Alphabet.vowel(p[i - 1], table),
                  previous.base == (base == Alphabet.Base.y ? Alphabet.Base.u : Alphabet.Base.o)
            else { return false }
            end = i + 1
            return true
        default:
            return false
        }
    }

    /// `forEachTonedWord`; with `stoppingAtComposing`, stops and returns false at the first
    /// scalar that may change under NFC (the caller composes that text first).
    @inline(__always)
    static func forEachTonedWord(_ p: UnsafeBufferPointer<Unicode.Scalar>, stoppingAtComposing: Bool,
                                 _ body: (Range<Int>) -> Void) -> Bool {
        let table = Alphabet.infoTable
        let n = p.count
        var i = 0
        while i < n {
            let v = p[i].value
            // Every toned vowel lies in U+00C0…U+1EF9; the table's bits 4–7 hold the tone.
            guard v >= 0xC0 else { i += 1; continue }
            if stoppingAtComposing, v >= 0x300, Composer.mayChange(v) { return false }
            guard v < 0x1F00, case let packed = table[Int(v)], packed & 0xF0 != 0 else { i += 1; continue }
            var end = 0
            guard pair(p, at: i, packed, table, end: &end) else { i += 1; continue }
            guard end == n || !Alphabet.isLetter(p[end]) else { i = end; continue }
            var lo = end - 2
            while lo > 0, end - lo <= 5, Alphabet.isLetter(p[lo - 1]) { lo -= 1 }
            if end - lo <= 5 && (lo == 0 || !Alphabet.isLetter(p[lo - 1])) { body(lo..<end) }
            i = end
        }
        return true
    }

    /// Rewrites every *oa/oe/uy* syllable of `scalars` to `target`; returns how many moved.
    @discardableResult
    public static func apply(_ target: ToneStyle, to scalars: inout [Unicode.Scalar]) -> Int {
        guard target != .keep else { return 0 }
        return scalars.withUnsafeMutableBufferPointer { apply(target, to: $0) }
    }

    /// `apply` on a buffer.
    @discardableResult
    static func apply(_ target: ToneStyle, to p: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        guard target != .keep else { return 0 }
        var moved = 0
        // Restyling a word changes no letter outside it, nor any letter's letterhood, so
        // each word can be rewritten as it is found.
        forEachTonedWord(UnsafeBufferPointer(p)) { r in
            let word = UnsafeMutableBufferPointer(rebasing: p[r])
            if let style = style(of: UnsafeBufferPointer(word)), style != target {
                restyle(word, to: target)
                moved += 1
            }
        }
        return moved
    }
}
