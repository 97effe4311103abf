/// file := document attachment* — what follows the main document's signature.
extension Parser {
    /// At most this many attachments are read; what is left after them stays closing text.
    static let maxAttachments = 16

    /// Reads the documents after the signature (`parseClosing` stops where one begins:
    /// a programme or regulation issued with the document, an appendix with its own title,
    /// the draft sent with a covering letter). Each is parsed like a document of its own
    /// (header, bases, intro, body, closing); attachments follow one another, they do not nest.
    mutating func parseAttachments() {
        while !atEnd, document.attachments.count < Parser.maxAttachments {
            var sub = Parser(lines: Array(lines[pos...]))
            sub.parseHeader()
            sub.parseBases()
            sub.parseIntro()
            sub.document.body = sub.parseBody()
            sub.parseClosing()
            guard sub.pos > 0 else { break }
            document.attachments.append(sub.document)
            pos += sub.pos
        }
        while !atEnd {
            document.closing.append(current)
            pos += 1
        }
    }
}
