/// The library's front door: bytes in, record out.
public enum VanBan {
    /// The version of VanBan.
    public static let version = "0.2.0"

    /// How input is read.
    public struct Options: Sendable {
        /// Force an encoding instead of detecting it.
        public var encoding: TextEncoding?
        /// Tone-mark style of *oa/oe/uy* syllables in the clean text.
        public var toneStyle: ToneStyle
        /// False: `process` lets the logical lines (`Result.layout.lines`) go once they are
        /// tokenised, keeping only which logical line each physical line belongs to (what the
        /// linter reads of them). A caller that only lints or reads the record sets it: the
        /// array is held through parsing, the peak of one large document's memory (issue 17).
        public var keepsLogicalLines = true

        public init(encoding: TextEncoding? = nil, toneStyle: ToneStyle = .keep) {
            self.encoding = encoding
            self.toneStyle = toneStyle
        }
    }

    /// Everything the pipeline produced for one input.
    public struct Result: Sendable {
        /// The decoded source.
        public var source: SourceText
        /// Problems repaired while decoding.
        public var warnings: [DecodeWarning]
        /// The logical lines.
        public var layout: LayoutRecovery.Result
        /// The parse tree.
        public var parsed: ParsedDocument
        /// The record.
        public var record: DocumentRecord
        /// For a Word file: where each line of the text comes from in the document.
        public var docx: DocxText?

        /// Assembles a result from its stages (the benchmark runs them one by one).
        public init(source: SourceText, warnings: [DecodeWarning], layout: LayoutRecovery.Result,
                    parsed: ParsedDocument, record: DocumentRecord) {
            self.source = source
            self.warnings = warnings
            self.layout = layout
            self.parsed = parsed
            self.record = record
        }
    }

    /// Runs decode → normalise → layout → lex → parse → extract on `bytes`.
    public static func process(_ bytes: [UInt8], name: String, options: Options = Options()) throws(InputError) -> Result {
        return process(try TextDecoder.decode(bytes, name: name, encoding: options.encoding), name: name, options: options)
    }

    /// Runs normalise → layout → lex → parse → extract on decoded text.
    public static func process(text: String, name: String, options: Options = Options()) -> Result {
        process(DecodedText(text: text), name: name, options: options)
    }

    /// Runs normalise → layout → lex → parse → extract on decoded input.
    ///
    /// `decoded` is consumed: its text is released once copied into the source's scalars, so
    /// a caller that passes it and keeps no copy does not hold the text twice through the
    /// pipeline (one byte per input byte of a large document's peak memory: issue 17).
    public static func process(_ decoded: consuming DecodedText, name: String, options: Options = Options()) -> Result {
        let (source, warnings, docx) = open(decoded, name: name)
        var layout = LayoutRecovery.recover(source, resolving: options.toneStyle).result
        // Past the deadline (`Deadline`), the later stages get nothing to do: the caller
        // throws the partial result away.
        var lines = Lexer.tokenize(layout.lines)
        // The logical lines live on in the tokenised ones; the record reads of the layout only
        // its dialect and page-number lines.
        if !options.keepsLogicalLines { layout.releaseLines(physicalLineCount: max(source.lineCount, 1)) }
        if Deadline.expired { lines = [] }
        let parsed = Parser.parse(lines)
        let record = RecordBuilder.build(parsed, source: source, layout: layout)
        var result = Result(source: source, warnings: warnings, layout: layout, parsed: parsed, record: record)
        result.docx = docx
        return result
    }

    /// The record of `decoded` (and, for a Word file, where its lines come from), with nothing
    /// else of the pipeline kept: what `process(_:name:options:)` returns as `record` and `docx`.
    ///
    /// The source's text is released as soon as layout has cleaned its lines — the record
    /// needs only the source's name, line count and encoding — so its scalars (four bytes a
    /// character) are not held through lexing and parsing, the peak of one large document's
    /// memory (issue 17). Callers that need the source or the tree (the linter) use `process`.
    public static func record(_ decoded: consuming DecodedText, name: String,
                              options: Options = Options()) -> (record: DocumentRecord, docx: DocxText?) {
        var (summary, layout, docx) = laidOut(decoded, name: name, options: options)
        var lines = Lexer.tokenize(layout.lines)
        // The record needs of the layout only its dialect and page-number lines: the logical
        // lines live on in the tokenised ones (issue 17).
        layout.lines = []
        if Deadline.expired { lines = [] }
        let parsed = Parser.parse(lines)
        return (RecordBuilder.build(parsed, source: summary, layout: layout), docx)
    }

    /// The logical lines of `decoded` and a summary of its source (`SourceText.summary`): the
    /// source itself ends with this function.
    private static func laidOut(_ decoded: consuming DecodedText, name: String,
                                options: Options) -> (SourceText, LayoutRecovery.Result, DocxText?) {
        let (source, _, docx) = open(decoded, name: name)
        let layout = LayoutRecovery.recover(source, resolving: options.toneStyle).result
        return (source.summary, layout, docx)
    }

    /// The source of `decoded`, which ends here: its text is not held through the pipeline.
    private static func open(_ decoded: consuming DecodedText, name: String) -> (SourceText, [DecodeWarning], DocxText?) {
        let warnings = decoded.warnings, docx = decoded.docx
        return (SourceText(name: name, decoded: decoded), warnings, docx)
    }

    /// The record of `bytes`.
    public static func parse(_ bytes: [UInt8], name: String, options: Options = Options()) throws(InputError) -> DocumentRecord {
        try process(bytes, name: name, options: options).record
    }
}
