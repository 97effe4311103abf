/// The text of a Word document as VanBan reads it, with the way back to the Word file.
///
/// Each paragraph (`w:p`, table cells and text boxes included) becomes one line of
/// `text`, its automatic number rendered in front (`II. `); a line or page break
/// inside a paragraph starts a new line. A table row therefore arrives as its cells,
/// one per line, in order, which is how text dumps of appendix tables look and what
/// the appendix builder rebuilds rows from.
public struct DocxText: Sendable {
    /// Where one line of `text` comes from.
    public struct Line: Sendable, Equatable {
        /// The paragraph, 1-based, counted in document order as Word counts them
        /// (every `w:p`, table cells included; a text box's paragraphs after its anchor's).
        public var paragraph: Int
        /// Characters of the paragraph before this line (0 for its first line).
        public var offset: Int
        /// Scalars of the rendered numbering label at the start of the line (0 if none).
        public var label: Int
    }

    /// Where one character of a line sits in the main document part, for anchoring comments.
    struct Anchor: Sendable {
        /// Byte range of the character in the part (a reference such as `&amp;` is one character).
        var start: Int32
        var end: Int32
        /// Index into `runs` of the run holding it.
        var run: Int32
        /// True inside `w:t` text; false for a character made from an element (`w:tab`).
        var inText: Bool
        /// Byte range of the opening `<w:t …>` tag holding it (empty when not `inText`).
        var tag: Range<Int32> = 0..<0
    }

    /// A run (`w:r`) of the main document part.
    struct Run: Sendable {
        /// Byte offset of `<w:r`.
        var start: Int
        /// Byte offset just past `</w:r>`.
        var end: Int
        /// Bytes of its `w:rPr`, copied into the pieces a split leaves.
        var properties: Range<Int>?
    }

    /// The extracted text: one line per paragraph (or part of one), joined with `\n`.
    public var text: String
    /// For each line of `text`, where it comes from.
    public var lines: [Line]
    /// How many tracked changes (insertions, deletions, moves) the document still has;
    /// they are read as accepted.
    public var trackedChanges: Int
    /// 1-based line and column of the first tracked change in `text`, if any.
    public var firstChange: SourceLocation?
    /// The main document part's name in the archive (`word/document.xml`).
    public var documentPart: String

    /// For each line, the anchor of each character after its label.
    var anchors: [[Anchor]]
    /// The runs anchors point at.
    var runs: [Run]
    /// The prefix the document binds WordprocessingML to (`w`).
    var prefix: String

    /// The paragraph and character offset (0-based) of 1-based `line` and `column` of `text`.
    public func paragraph(line: Int, column: Int) -> (paragraph: Int, offset: Int)? {
        guard line >= 1, line <= lines.count else { return nil }
        let l = lines[line - 1]
        return (l.paragraph, l.offset + max(0, column - 1 - l.label))
    }
}
