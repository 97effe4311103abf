/// Applies certain fixes to the decoded text of a file.
///
/// Edits are in original positions (line, column); they are mapped back to scalars of
/// the decoded text, applied from the end so earlier positions stay valid, and an edit
/// overlapping one already taken is skipped (run `--fix` again for those).
public enum FixApplier {
    /// The text of `source` with the fixes of `diagnostics` applied, and how many edits were applied.
    public static func apply(_ diagnostics: [Diagnostic], to source: SourceText) -> (text: String, applied: Int) {
        var ranges: [(range: Range<Int>, replacement: String)] = []
        for d in diagnostics {
            guard let fix = d.fix else { continue }
            for e in fix.edits {
                guard let a = offset(source, e.span.start), let b = offset(source, e.span.end), a <= b else { continue }
                ranges.append((a..<b, e.replacement))
            }
        }
        ranges.sort { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.upperBound < $1.range.upperBound }
        var kept: [(range: Range<Int>, replacement: String)] = []
        for r in ranges {
            if let last = kept.last, r.range.lowerBound < last.range.upperBound || (r.range == last.range) { continue }
            kept.append(r)
        }
        var scalars = source.scalars
        for r in kept.reversed() {
            scalars.replaceSubrange(r.range, with: r.replacement.unicodeScalars)
        }
        return (String(scalars: scalars), kept.count)
    }

    /// Scalar offset in `source.scalars` of an original location.
    static func offset(_ source: SourceText, _ location: SourceLocation) -> Int? {
        let index = location.line - 1
        guard index >= 0, index < source.lines.count else { return nil }
        let range = source.lines[index]
        if source.origins == nil {
            let o = range.lowerBound + location.column - 1
            return o <= range.upperBound ? o : nil
        }
        for k in 0...range.count where source.column(line: index, offset: k) == location.column { return range.lowerBound + k }
        return nil
    }
}
