/// Turns physical lines into logical lines.
///
/// Two input dialects arrive: PDF text dumps, hard-wrapped at a fixed width, often
/// with a blank line after every physical line and page numbers alone on a line;
/// and Word→Markdown-ish text, one paragraph per line, blank lines between them.
/// The dialect is detected, not configured: a PDF dump shows many wraps across a
/// blank line (a line without final punctuation followed, after a blank, by a line
/// starting in lower case).
///
/// Whether the next physical line continues the current logical line is decided
/// from both lines' shapes (`shouldJoin`); the parser never re-reads raw lines.
/// Appendix tables arrive one cell per line and are kept that way.
public enum LayoutRecovery {
    /// The result of layout recovery.
    public struct Result: Sendable {
        /// Logical lines in document order.
        public var lines: [LogicalLine]
        /// True when the input was recognised as a hard-wrapped PDF dump.
        public var isWrappedDump: Bool
        /// 1-based original lines dropped as page numbers or page banners (`Page 3`, `[OCR Result]`).
        public var pageNumberLines: [Int]
        /// `physicalLineOwners(count:)` as it was when `lines` were released (`releaseLines`);
        /// nil while the lines are held.
        private var releasedOwners: [Int32]? = nil

        init(lines: [LogicalLine], isWrappedDump: Bool, pageNumberLines: [Int]) {
            self.lines = lines
            self.isWrappedDump = isWrappedDump
            self.pageNumberLines = pageNumberLines
        }

        /// For each of the source's first `count` physical lines, `-1 - k` when it is a piece
        /// of logical line `k` (the last such line, as pieces are read in order), else its
        /// own 0-based index (a blank line, a page number). What the linter needs of the
        /// logical lines once they have been released (`releaseLines`).
        public func physicalLineOwners(count: Int) -> [Int32] {
            if let releasedOwners, releasedOwners.count == count { return releasedOwners }
            var owners = [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
                for i in 0..<count { buffer[i] = Int32(truncatingIfNeeded: i) }
                initialized = count
            }
            if let releasedOwners {
                // Released for another count: the map kept, cut or padded with own indices.
                for i in 0..<min(count, releasedOwners.count) { owners[i] = releasedOwners[i] }
                return owners
            }
            for (k, line) in lines.enumerated() {
                let owner = Int32(clamping: -1 - k)
                for piece in line.pieces where piece.line.index < count { owners[piece.line.index] = owner }
            }
            return owners
        }

        /// Lets the logical lines go, keeping of them only which logical line each of the
        /// source's `physicalLineCount` lines belongs to (`physicalLineOwners`): the linter
        /// reads the tokenised lines, and the logical lines' array of a large document is
        /// 6% of its memory (issue 17). The lines' text lives on in the tokenised lines.
        public mutating func releaseLines(physicalLineCount: Int) {
            guard releasedOwners == nil else { return }
            releasedOwners = physicalLineOwners(count: physicalLineCount)
            lines = []
        }
    }

    /// Recovers the logical lines of `source`; `toneStyle` (old or new) is applied
    /// to every line.
    public static func recover(_ source: SourceText, toneStyle: ToneStyle? = nil) -> Result {
        recover(clean: clean(source, toneStyle: toneStyle))
    }

    /// Recovers the logical lines of `source` in the tone style `style` resolves to
    /// (`Normalizer.resolve`), which is returned with them: `clean(_:resolving:)` then
    /// `recover(clean:)`.
    public static func recover(_ source: SourceText, resolving style: ToneStyle) -> (result: Result, style: ToneStyle?) {
        let (lines, resolved) = clean(source, resolving: style)
        return (recover(clean: lines), resolved)
    }

    /// `clean(source, toneStyle: Normalizer.resolve(style, in: source))`, with the style it
    /// resolves to, in one decode of each line: for `keep`, the majority is counted on the
    /// scalars decoded for cleaning, and the lines where a mark may move are restyled once it
    /// is known (counting first decoded every line twice: issue 17).
    public static func clean(_ source: SourceText, resolving style: ToneStyle) -> (lines: [CleanLine], style: ToneStyle?) {
        guard style == .keep else { return (clean(source, toneStyle: style), style) }
        var counts = (old: 0, new: 0)
        // The lines a tone style may change (a toned vowel next to its oa/oe/uy partner): few.
        var movable: [Int] = []
        var lines = CleanLine.cleanAll(source, toneStyle: nil, counts: &counts, counting: true, movable: &movable)
        let resolved = ToneMarks.majority(old: counts.old, new: counts.new)
        if let resolved {
            for k in movable { ToneMarks.apply(resolved, to: &lines[k].scalars) }
        }
        return (lines, resolved)
    }

    /// Every physical line of `source` normalised (NFC, spacing, `toneStyle`): the
    /// normalisation half of `recover`, separate so the benchmark can time it alone.
    public static func clean(_ source: SourceText, toneStyle: ToneStyle? = nil) -> [CleanLine] {
        var counts = (old: 0, new: 0)
        var movable: [Int] = []
        return CleanLine.cleanAll(source, toneStyle: toneStyle, counts: &counts, counting: false, movable: &movable)
    }

    /// The logical lines of normalised physical lines: the layout half of `recover`.
    public static func recover(clean: [CleanLine]) -> Result {
        let tableStart = clean.firstIndex { LineShape.isAppendixHeading($0.scalars) } ?? clean.count
        let body = clean[..<tableStart]
        let wrapped = countWrapsAcrossBlanks(body) >= 3
        let width = typicalWidth(body)
        var lines: [LogicalLine] = []
        var pages: [Int] = []
        var current: LogicalLine? = nil
        var blankBefore = false
        for i in 0..<tableStart {
            if i & 4095 == 4095, Deadline.expired { break }
            let line = clean[i]
            // Web-copy table chrome ("|" alone, "| --- | --- |") separates like a blank line.
            if line.isBlank || LineShape.isTableChrome(line.scalars) { blankBefore = true; continue }
            if LineShape.isPageBanner(line.scalars) {
                pages.append(i + 1)
                blankBefore = true
                continue
            }
            let blankAfter = i + 1 >= clean.count || clean[i + 1].isBlank
            if LineShape.isPageNumber(line.scalars), blankBefore || blankAfter {
                pages.append(i + 1)
                continue
            }
            // `current` is appended to in place: a copy taken out of the optional would share
            // its arrays, and every append would then copy them whole (quadratic in the lines
            // of one logical line: 100k short lines took two minutes).
            if current != nil, (wrapped || !blankBefore), !LineShape.isPipeRow(line.scalars), !LineShape.isPipeRow(current!.scalars),
               shouldJoin(current!, line, width: width) {
                current!.append(line)
            } else {
                if var finished = current.take() {
                    finished.fitCapacity()
                    lines.append(finished)
                }
                current = LogicalLine(line)
            }
            blankBefore = false
        }
        if var cur = current.take() {
            cur.fitCapacity()
            lines.append(cur)
        }
        for i in tableStart..<clean.count where !clean[i].isBlank {
            var cell = LogicalLine(clean[i])
            cell.isTableLine = true
            lines.append(cell)
        }
        // The array grew by doubling; it is kept for the whole run, so at its size (issue 17).
        if lines.capacity - lines.count > 64 + lines.count / 8 {
            lines = [LogicalLine](unsafeUninitializedCapacity: lines.count) { buffer, initialized in
                initialized = buffer.initialize(fromContentsOf: lines)
            }
        }
        return Result(lines: lines, isWrappedDump: wrapped, pageNumberLines: pages)
    }

    /// Decides whether physical line `next` continues logical line `current`.
    static func shouldJoin(_ current: LogicalLine, _ next: CleanLine, width: Int) -> Bool {
        let cur = current.lastLine.scalars
        let n = next.scalars
        guard let last = cur.last, let first = n.first else { return false }
        let curCaps = LineShape.isAllCaps(cur)
        let long = cur.count * 10 >= width * 8
        let full = cur.count * 10 >= width * 9
        let endsTerminal = LineShape.isTerminal(last) || last == ")"
        let endsConnector = last == "," || last == "-" || last == "–" || last == "("
        if let marker = ListMarker.recognize(n) {
            // "… Quốc hội tỉnh khóa" / "XVII.": a Roman number wrapped to the start of a line,
            // with nothing after it, ends the sentence before; a section heading has a title.
            if marker.style == .roman, marker.length >= n.count, !endsTerminal, !curCaps, isLetter(last) { return true }
            guard marker.style == .dash, marker.length < n.count else { return false }
            let after = n[marker.length]
            // "nhiệm kỳ 2025" / "- 2030 của …": the second half of a range.
            if after.properties.numericType != nil, last.properties.numericType != nil { return true }
            // "thời đại mới" / "- có tri thức …": a dash inside a sentence.
            if Alphabet.isLowercase(after), !endsTerminal { return true }
            return false
        }
        if LineShape.isYearHeading(n) || LineShape.isMonthHeading(n) || LineShape.isSeparator(n) || LineShape.startsLegalHeading(n) || LineShape.isRecipientsHeading(n)
            || LineShape.isAppendixHeading(n) || LineShape.hasPrefix(n[...], LineShape.Prefix.trenDay) {
            return false
        }
        if LineShape.isAllCaps(n) {
            // A capitalised title wrapped after a comma or a connector.
            return curCaps && (last == "," || last == "-" || last == "–")
        }
        if curCaps, !LineShape.isAllCaps(n), !Alphabet.isLowercase(first) { return false }
        if first == "(" { return !curCaps && last != ":" }
        if current.openParentheses > 0 { return true }
        if Alphabet.isLowercase(first) { return true }
        if endsConnector { return true }
        if endsTerminal {
            // A sentence that ended exactly at a full-width wrap; ")." ends an item.
            let beforeLast = cur.count >= 2 ? cur[cur.count - 2] : " "
            return last == "." && isLetter(beforeLast) && full && Alphabet.isUppercase(first)
        }
        return long || first.properties.numericType != nil
    }

    /// Lines that end without final punctuation and continue, after a blank line,
    /// in lower case: the mark of a PDF dump with blank lines between wrapped lines.
    static func countWrapsAcrossBlanks(_ lines: ArraySlice<CleanLine>) -> Int {
        // The previous line's last scalar is all that is kept of it (a copy of each line, its
        // text retained and released, cost more than the test: issue 17).
        var count = 0
        var previousLast: Unicode.Scalar? = nil
        var sawPrevious = false
        var sawBlank = false
        for k in lines.indices {
            let first = lines[k].scalars.first
            guard let first else { sawBlank = true; continue }
            if sawPrevious, sawBlank, let last = previousLast, !LineShape.isTerminal(last), Alphabet.isLowercase(first) {
                count += 1
            }
            previousLast = lines[k].scalars.last
            sawPrevious = true
            sawBlank = false
        }
        return count
    }

    /// The 90th percentile of line lengths: the width a PDF dump wrapped at.
    static func typicalWidth(_ lines: ArraySlice<CleanLine>) -> Int {
        // The lengths read in place (filtering the lines first copied every line).
        var lengths: [Int] = []
        lengths.reserveCapacity(lines.count)
        for k in lines.indices where !lines[k].scalars.isEmpty { lengths.append(lines[k].scalars.count) }
        guard !lengths.isEmpty else { return 80 }
        lengths.sort()
        return max(20, lengths[(lengths.count - 1) * 9 / 10])
    }
}
