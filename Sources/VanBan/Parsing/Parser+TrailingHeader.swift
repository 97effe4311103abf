/// header-at-end := issuer? number-line place-date?   -- just before the closing
///
/// A consolidated text (*văn bản hợp nhất*, VBHN) prints its type name and title first and
/// the issuer, number and place-date at the END, beside the *XÁC THỰC VĂN BẢN HỢP NHẤT*
/// signature (`BỘ QUỐC PHÒNG` / `Số: 46/VBHN-BQP   Hà Nội, ngày … năm 2026` / `KT. BỘ TRƯỞNG`).
/// When the header at the top has neither a number nor a place-date, such lines right
/// before the closing are read as the header's.
extension Parser {
    /// How many lines a header printed at the end may take before the closing.
    static let trailingHeaderLines = 4

    /// True when the header at the top has no number and no place-date.
    var headerLacksNumberAndDate: Bool {
        document.header.number == nil && document.header.placeDate == nil && document.header.type != nil
    }

    /// The header printed at the end begins at line `i`: a number line (or capitals above
    /// one) with the closing within `trailingHeaderLines` lines.
    /// `closing`: `startsClosing` of each line as far as known (`startsClosing(at:_:)`).
    func trailingHeaderStarts(at i: Int, closing: inout [UInt8]) -> Bool {
        guard i < end else { return false }
        // The lines read in place (`withLine`): a copy of two lines for every line of the body.
        var numberAt = i
        if withLine(i, { $0.marker == nil && $0.isAllCaps }), i + 1 < end { numberAt = i + 1 }
        guard withLine(numberAt, Parser.mayHoldStrongPart) else { return false }
        // The closing nearby first: cutting the line into header segments and reading their
        // roles cost ~50,000 instructions a line and was a third of the body's parse (issue 17).
        var k = numberAt + 1
        var closingNear = false
        while k < end, k <= i + Parser.trailingHeaderLines {
            if startsClosing(at: k, &closing) || startsSignature(at: k, &closing) { closingNear = true; break }
            k += 1
        }
        return closingNear
            && trailingPieces(numberAt).contains(where: { if case .number = $0.role { return true } else { return false } })
    }

    /// Reads the header printed at the end, up to the closing.
    mutating func parseTrailingHeader() {
        var h = document.header
        var taken = 0
        while !atEnd, taken < Parser.trailingHeaderLines, !startsClosing(current) {
            for piece in trailingPieces(pos) {
                switch piece.role {
                case .number where h.number == nil: h.number = piece.line
                case .placeDate where h.placeDate == nil: h.placeDate = piece.line
                case .caps where h.issuer.isEmpty && h.number == nil && h.placeDate == nil: h.issuer.append(piece.line)
                default: break
                }
            }
            h.all.append(current)
            h.trailing.append(current)
            pos += 1
            taken += 1
        }
        document.header = h
    }

    /// The pieces of line `i` between wide gaps (the two columns of the block), each cut
    /// into header segments, with their roles.
    func trailingPieces(_ i: Int) -> [(line: TokenizedLine, role: HeaderRole)] {
        Parser.cut(self.line(at: i), at: Parser.gapCuts(self.line(at: i))).flatMap { piece in
            Parser.segments(of: piece).map { (line: $0, role: Parser.headerRole(of: $0)) }
        }
    }
}
