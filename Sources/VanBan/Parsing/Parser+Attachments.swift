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
            // The same lines from `pos`, shared (a copy of the rest per attachment: issue 17).
            var sub = Parser(lines: lines, pos: pos, end: end)
            sub.replaced = replaced
            sub.parseHeader()
            sub.parseBases()
            sub.parseIntro()
            sub.document.body = sub.parseBody()
            sub.parseClosing()
            guard sub.pos > pos else { break }
            document.attachments.append(sub.document)
            pos = sub.pos
        }
        while !atEnd {
            document.closing.append(current)
            pos += 1
        }
    }
}
