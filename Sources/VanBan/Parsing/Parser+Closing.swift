/// closing := recipients signature (in either order), after any closing paragraphs.
extension Parser {
    /// Parses everything after the body.
    mutating func parseClosing() {
        while !atEnd {
            let line = current
            if LineShape.isRecipientsHeading(line.line.scalars) {
                document.recipientsHeading = line
                pos += 1
                parseRecipients(firstInline: line)
            } else if line.isAuthorityLine || (line.isAllCaps && line.marker == nil && document.recipientsHeading != nil) {
                parseSignature()
            } else {
                document.closing.append(line)
                pos += 1
            }
        }
    }

    /// recipients := "Nơi nhận:" ("-" name purpose? ","?)+
    ///
    /// A line without a dash continues the recipient before it (a wrapped entry),
    /// unless that one ended with a full stop.
    mutating func parseRecipients(firstInline heading: TokenizedLine) {
        // "Nơi nhận: - Như trên," on one line.
        if let dash = heading.line.scalars.firstIndex(of: "-"), dash + 2 < heading.line.scalars.count {
            var rest = heading.line
            rest = LogicalLine.suffix(of: rest, from: dash)
            document.recipients.append(Lexer.tokenize(rest))
        }
        while !atEnd {
            let line = current
            if line.isAuthorityLine || LineShape.isRecipientsHeading(line.line.scalars) { break }
            if line.marker == nil, line.isAllCaps { break }
            if let m = line.marker, [.dash, .bullet, .plus].contains(m.style) {
                document.recipients.append(line)
            } else if line.marker == nil, let previous = document.recipients.last,
                      previous.line.scalars.last != ".", !Parser.isPersonName(line) {
                var joined = previous.line
                for piece in line.line.pieces { joined.append(piece.line) }
                document.recipients[document.recipients.count - 1] = Lexer.tokenize(joined)
            } else if line.marker == nil, document.recipients.isEmpty, !Parser.isPersonName(line) {
                document.recipients.append(line)
            } else {
                break
            }
            pos += 1
        }
    }

    /// signature := AUTHORITY? BODY? POSITION+ NAME
    mutating func parseSignature() {
        while !atEnd {
            let line = current
            if line.isAllCaps, line.marker == nil {
                document.signature.append(line)
                pos += 1
                continue
            }
            if Parser.isPersonName(line) {
                document.signature.append(line)
                pos += 1
            }
            break
        }
    }

    /// `Trần Huy Kiên`: two to six capitalised words, nothing else.
    static func isPersonName(_ line: TokenizedLine) -> Bool {
        guard line.marker == nil, (2...6).contains(line.tokens.count) else { return false }
        return line.tokens.allSatisfy { t in
            t.kind == .word && line.line.scalars[t.range.lowerBound].properties.isUppercase
        }
    }
}

extension LogicalLine {
    /// The part of `line` from logical offset `start` on, with its source mapping.
    static func suffix(of line: LogicalLine, from start: Int) -> LogicalLine {
        var result: LogicalLine? = nil
        for piece in line.pieces {
            let count = piece.line.scalars.count
            guard piece.offset + count > start else { continue }
            let clean = piece.line.dropping(first: max(0, start - piece.offset))
            if result == nil { result = LogicalLine(clean) } else { result!.append(clean) }
        }
        return result ?? line
    }
}
