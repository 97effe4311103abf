/// The library's front door: bytes in, record out.
public enum VanBan {
    /// The version of VanBan.
    public static let version = "0.1.0"

    /// Everything the pipeline produced for one input.
    public struct Result: Sendable {
        /// The decoded source.
        public var source: SourceText
        /// The logical lines.
        public var layout: LayoutRecovery.Result
        /// The parse tree.
        public var parsed: ParsedDocument
        /// The record.
        public var record: DocumentRecord
    }

    /// Runs decode → layout → lex → parse → extract on `bytes`.
    public static func process(_ bytes: [UInt8], name: String) throws(InputError) -> Result {
        let text = try TextDecoder.decode(bytes, name: name)
        return process(text: text, name: name)
    }

    /// Runs layout → lex → parse → extract on decoded text.
    public static func process(text: String, name: String) -> Result {
        let source = SourceText(name: name, text: text)
        let layout = LayoutRecovery.recover(source)
        let lines = layout.lines.map(Lexer.tokenize)
        let parsed = Parser.parse(lines)
        let record = RecordBuilder.build(parsed, source: source, layout: layout)
        return Result(source: source, layout: layout, parsed: parsed, record: record)
    }

    /// The record of `bytes`.
    public static func parse(_ bytes: [UInt8], name: String) throws(InputError) -> DocumentRecord {
        try process(bytes, name: name).record
    }
}
