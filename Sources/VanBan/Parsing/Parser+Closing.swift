/// closing := recipients signature+ (in either order), after any closing paragraphs.
extension Parser {
    /// Parses everything after the body, up to the first attachment (a document that
    /// follows the signature), which `parseDocument` reads on its own.
    mutating func parseClosing() {
        let right = splitClosingTable() + splitRecipientsColumns()
        defer {
            if !right.isEmpty {
                var sub = Parser(lines: right)
                while !sub.atEnd {
                    let before = sub.pos
                    sub.parseSignatures()
                    if sub.pos == before { sub.pos += 1 }
                }
                for block in sub.document.signatures {
                    // A block without a signing form (the right column of the recipient lines:
                    // position, mark, name) completes a block that has no signer yet
                    // (`KT. BỘ TRƯỞNG` above the recipients).
                    let nameOnly = !block.lines.contains { Parser.signatureRole($0) == .form }
                    if nameOnly, let last = document.signatures.indices.last,
                       !document.signatures[last].lines.contains(where: { Parser.signatureRole($0) == .name }) {
                        document.signatures[last].lines += block.lines
                    } else {
                        document.signatures.append(block)
                    }
                }
                document.signature += sub.document.signature
            }
        }
        // An attachment begins right after the signature or the recipients, not after
        // running text that follows them (web-page chrome at the end of a copy).
        var adjacent = false
        while !atEnd {
            let line = current
            if adjacent, !document.signatures.isEmpty, !Parser.isRecipientsHeading(line.line.scalars), attachmentStarts(at: pos) {
                return
            }
            if Parser.isRecipientsHeading(line.line.scalars) {
                document.recipientsHeading = line
                pos += 1
                parseRecipients(firstInline: line)
                adjacent = true
            } else if startsSignature(line) {
                let before = pos
                parseSignatures()
                if pos == before {
                    document.closing.append(line)
                    pos += 1
                    adjacent = false
                } else {
                    adjacent = true
                }
            } else {
                document.closing.append(line)
                pos += 1
                if line.line.scalars.contains(where: { Alphabet.isAlphabetic($0) || $0.properties.numericType != nil }) { adjacent = false }
            }
        }
    }

    /// A closing laid out as a two-column table, as Word → Markdown converters print it:
    /// `| Nơi nhận: | T/M CHI BỘ |`, `| - Lưu VT. | BÍ THƯ |`, `| | Nguyễn Văn A |`. The left
    /// cells become the recipient lines in place; the right cells, in order, are returned to
    /// be read as signature lines (like the two columns of a PDF dump).
    mutating func splitClosingTable() -> [TokenizedLine] {
        guard !atEnd, let first = Parser.pipeCells(current), first.count == 2,
              let heading = first[0], Parser.isRecipientsHeading(heading.line.scalars) else { return [] }
        var left: [TokenizedLine] = []
        var right: [TokenizedLine] = []
        var stop = pos
        while stop < end, let cells = Parser.pipeCells(self.line(at: stop)), cells.count == 2 {
            if let l = cells[0] { left.append(l) }
            if let r = cells[1] { right.append(r) }
            stop += 1
        }
        // Only this parser's lines are replaced (those from `end` on, the table part, stay). The
        // lines are copied here (a closing table is rare), with the lines replaced so far.
        for (k, line) in replaced { lines[k] = line }
        replaced = [:]
        lines.replaceSubrange(pos..<stop, with: left)
        end -= stop - pos - left.count
        return right
    }

    /// The cells of a pipe-table row (`| a | b |`), nil for an empty cell; nil when the line
    /// is not a row.
    static func pipeCells(_ line: TokenizedLine) -> [TokenizedLine?]? {
        guard LineShape.isPipeRow(line.line.scalars) else { return nil }
        let pipes = line.tokens.indices.filter { line.isPunct($0, "|") }
        guard pipes.count >= 2, pipes.first == 0, pipes.last == line.tokens.count - 1 else { return nil }
        return zip(pipes, pipes.dropFirst()).map { a, b in b > a + 1 ? sub(line, (a + 1)..<b) : nil }
    }

    /// The first row of a closing table (`| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |`). Asked of
    /// every body line: only a two-cell row has its first cell cut out and read.
    static func opensClosingTable(_ line: TokenizedLine) -> Bool {
        guard LineShape.isPipeRow(line.line.scalars), line.isPunct(0, "|"), line.isPunct(line.tokens.count - 1, "|") else { return false }
        var pipes: [Int] = []
        for i in line.tokens.indices where line.isPunct(i, "|") {
            pipes.append(i)
            if pipes.count > 3 { return false }
        }
        guard pipes.count == 3, pipes[1] > 1, let first = sub(line, 1..<pipes[1]) else { return false }
        return Parser.isRecipientsHeading(first.line.scalars)
    }

    /// PDF dumps print the recipients (left) and the signature (right) on the same lines,
    /// far apart: `Nơi nhận:        T/M BAN THƯỜNG VỤ`. Each such line keeps its left part;
    /// the right parts, in order, are returned to be read as signature lines.
    mutating func splitRecipientsColumns() -> [TokenizedLine] {
        var right: [TokenizedLine] = []
        for i in pos..<end {
            // The left column begins at the line's first token, so it can be recipient-like
            // (below) only when that token's first scalar opens `Nơi nhận` (after `#`, `_`),
            // `Lưu` or a dash, bullet or plus marker: other lines are let go before the column
            // search, which ran on every line to the end of the document, attachments included
            // (issue 17).
            guard withLine(i, { Parser.mayOpenRecipientColumn($0) }) else { continue }
            let line = self.line(at: i)
            // A wide gap; else (web copies join the columns with one tab, which cleaning
            // makes a space) where the right column's words begin.
            guard let last = Parser.gapCuts(line).last ?? Parser.rightColumnStart(line) else { continue }
            let columns = Parser.cut(line, at: [last])
            guard columns.count == 2, Parser.signatureRole(columns[1]) != .other else { continue }
            let left = columns[0]
            let recipientLike = Parser.isRecipientsHeading(left.line.scalars) || left.matches(Phrases.lưu, at: 0)
                || left.marker.map { [.dash, .bullet, .plus].contains($0.style) } ?? false
            guard recipientLike else { continue }
            replaced[i] = left
            right.append(columns[1])
        }
        return right
    }

    /// The first scalar of the line's first token can open a recipient-like left column in
    /// `splitRecipientsColumns`: `N`/`n` (`Nơi nhận`) or `#`, `_`, a space before it; `L`/`l`
    /// (`Lưu`); the first scalar of a dash, bullet or plus marker (`ListMarker.recognize`).
    static func mayOpenRecipientColumn(_ line: TokenizedLine) -> Bool {
        guard let first = line.tokens.first else { return false }
        switch line.line.scalars[first.range.lowerBound] {
        case "N", "n", "#", "_", " ", "L", "l", "-", "–", "—", "−", "•", "●", "▪", "◦", "+": return true
        default: return false
        }
    }

    /// A signing form (`TM.`, `T/M`, `KT.` …), also inside a line where blocks stand side by
    /// side, or capitals after the recipients (a block without a form: `BÍ THƯ`).
    func startsSignature(_ line: TokenizedLine) -> Bool {
        if line.isAuthorityLine { return true }
        let columns = Parser.signatureColumns(line)
        if columns.count > 1, columns.contains(where: \.isAuthorityLine) { return true }
        return line.isAllCaps && line.marker == nil && document.recipientsHeading != nil
    }

    /// recipients := "Nơi nhận:" ("-" name purpose? ","?)+
    ///
    /// A line without a dash continues the recipient before it (a wrapped entry),
    /// unless that one ended with a full stop; `Lưu: VT, …` is an entry of its own.
    mutating func parseRecipients(firstInline heading: TokenizedLine) {
        // "Nơi nhận: - Như trên," on one line.
        if let dash = heading.line.scalars.firstIndex(of: "-"), dash + 2 < heading.line.scalars.count {
            var rest = heading.line
            rest = LogicalLine.suffix(of: rest, from: dash)
            document.recipients.append(Lexer.tokenize(rest))
        }
        while !atEnd {
            let line = current
            if line.isAuthorityLine || Parser.isRecipientsHeading(line.line.scalars) || Parser.signatureColumns(line).count > 1 { break }
            if line.marker == nil, line.isAllCaps {
                // `UBMTTQVNTP` between two entries: an abbreviated recipient, not a signature.
                let nextIsEntry = pos + 1 < end && self.line(at: pos + 1).marker?.style == .dash
                guard line.tokens.count == 1, nextIsEntry, !document.recipients.isEmpty else { break }
                document.recipients.append(line)
                pos += 1
                continue
            }
            if let m = line.marker, [.dash, .bullet, .plus].contains(m.style) {
                document.recipients.append(line)
            } else if line.marker == nil, Parser.opensWithOCRDash(line), !document.recipients.isEmpty {
                // `~ Báo QĐND;` between dashed entries: OCR read the dash as a tilde.
                document.recipients.append(line)
            } else if line.marker == nil, line.matches(Phrases.lưu, at: 0) {
                document.recipients.append(line)
            } else if line.marker == nil, let previous = document.recipients.last,
                      previous.line.scalars.last != ".", previous.line.scalars.last != ";",
                      !Parser.isPersonName(line), !Parser.isSignatureMark(line) {
                var joined = previous.line
                for piece in line.line.pieces { joined.append(piece.line) }
                document.recipients[document.recipients.count - 1] = Lexer.tokenize(joined)
            } else if line.marker == nil, document.recipients.isEmpty || document.recipients.last?.line.scalars.last == ";",
                      !Parser.isPersonName(line), !Parser.isSignatureMark(line) {
                // The first entry, or one after an entry closed by `;` whose dash OCR lost.
                document.recipients.append(line)
            } else {
                break
            }
            pos += 1
        }
    }

    /// `~ Báo …`: a line opening with a tilde and a space, as OCR reads a dash.
    static func opensWithOCRDash(_ line: TokenizedLine) -> Bool {
        let s = line.line.scalars
        return s.count > 2 && s[0] == "~" && s[1] == " "
    }

    /// What a line of a signature block is.
    enum SignatureRole { case form, caps, mark, name, other }

    static func signatureRole(_ line: TokenizedLine) -> SignatureRole {
        if line.isAuthorityLine { return .form }
        if isSignatureMark(line) { return .mark }
        if line.marker == nil, line.isAllCaps, !Parser.isRecipientsHeading(line.line.scalars) { return .caps }
        if isPersonName(line) { return .name }
        return .other
    }

    /// signature := AUTHORITY? BODY? POSITION+ MARK? NAME — one or more blocks, one after
    /// another or side by side (`TM. BAN THƯỜNG VỤ TỈNH ỦY    TM. ỦY BAN NHÂN DÂN TỈNH`).
    ///
    /// A block ends at its signer's name; a second signing form before any position is the
    /// delegation of the same block (`TM. CHÍNH PHỦ` / `KT. THỦ TƯỚNG`).
    mutating func parseSignatures() {
        var block: [TokenizedLine] = []
        var hasPosition = false
        func close(_ doc: inout ParsedDocument) {
            if !block.isEmpty { doc.signatures.append(SignatureLines(lines: block)); doc.signature.append(contentsOf: block) }
            block = []
            hasPosition = false
        }
        while !atEnd {
            let line = current
            let columns = Parser.signatureColumns(line)
            if columns.count > 1 {
                close(&document)
                parseSideBySide(columns)
                continue
            }
            let role = Parser.signatureRole(line)
            if role == .other { break }
            if block.isEmpty, !document.signatures.isEmpty, attachmentStarts(at: pos) { break }
            if block.isEmpty, role == .caps, !document.signatures.isEmpty, !nameFollows(pos) { break }
            switch role {
            case .form:
                if hasPosition { close(&document) }
                block.append(line)
            case .caps:
                // `DÂN` after `TM. ỦY BAN NHÂN` continues the body; `PHÓ CHỦ TỊCH` is a position.
                if block.count != 1 || Parser.startsPosition(line, at: 0) { hasPosition = true }
                block.append(line)
            case .mark:
                block.append(line)
            case .name:
                block.append(line)
                close(&document)
            case .other:
                break
            }
            pos += 1
        }
        close(&document)
    }

    /// True when a person's name comes within the next few lines (a block without a form).
    func nameFollows(_ from: Int) -> Bool {
        var i = from
        while i < end, i < from + 4 {
            switch Parser.signatureRole(self.line(at: i)) {
            case .name: return true
            case .caps, .mark: i += 1
            default: return false
            }
        }
        return false
    }

    /// Blocks side by side: each line cut into as many columns as the first line has; a
    /// line that does not cut (names joined by a tab) is cut at the positions' first words
    /// or at the surnames.
    mutating func parseSideBySide(_ first: [TokenizedLine]) {
        let k = first.count
        var blocks = first.map { [$0] }
        pos += 1
        var named = 0
        while !atEnd, named < k {
            let line = current
            var columns = Parser.signatureColumns(line)
            let role = Parser.signatureRole(line)
            if columns.count == 1 {
                guard role != .other else { break }
                columns = Parser.splitColumns(line, role: role, into: k)
            }
            guard columns.count > 1 || role != .other else { break }
            for (c, col) in columns.enumerated() {
                let target = columns.count == k ? c : min(c, k - 1)
                blocks[target].append(col)
                if Parser.isPersonName(col) { named += 1 }
            }
            pos += 1
        }
        for b in blocks {
            document.signatures.append(SignatureLines(lines: b))
            document.signature.append(contentsOf: b)
        }
    }

    /// A line of a signature block cut into columns: at each signing form after the first
    /// word, else at runs of three or more spaces in the original line. Only a cut whose
    /// every column is a signature line (form, capitals, mark, name) counts.
    static func signatureColumns(_ line: TokenizedLine) -> [TokenizedLine] {
        guard line.marker == nil else { return [line] }
        var cuts: [Int] = []
        for i in 1..<max(1, line.tokens.count) where line.tokens[i].spaceBefore && isFormStart(line, i) { cuts.append(i) }
        if cuts.isEmpty { cuts = gapCuts(line) }
        let columns = cut(line, at: cuts)
        guard columns.count > 1, columns.allSatisfy({ signatureRole($0) != .other }) else { return [line] }
        return columns
    }

    /// Token indices after which the original line had a wide gap (three or more blanks).
    static func gapCuts(_ line: TokenizedLine) -> [Int] {
        // Only where cleaning collapsed at least two blanks can there be a wide gap.
        var collapsed = 0
        for piece in line.line.pieces {
            collapsed += piece.line.endColumn - piece.line.column(at: 0) - piece.line.scalars.count
        }
        guard collapsed >= 2 else { return [] }
        var cuts: [Int] = []
        // Not right after a marker (`*   VPTW, VPCP,`: the space after a bullet).
        let first = max(1, line.bodyStart + 1)
        for i in first..<max(first, line.tokens.count) where line.tokens[i].spaceBefore {
            let a = line.line.endLocation(after: line.tokens[i - 1].range.upperBound - 1)
            let b = line.line.location(at: line.tokens[i].range.lowerBound)
            if a.line == b.line, b.column - a.column >= 3 { cuts.append(i) }
        }
        return cuts
    }

    static func cut(_ line: TokenizedLine, at cuts: [Int]) -> [TokenizedLine] {
        guard !cuts.isEmpty else { return [line] }
        var result: [TokenizedLine] = []
        var from = 0
        for c in cuts + [line.tokens.count] where c > from {
            if let piece = sub(line, from..<c) { result.append(piece) }
            from = c
        }
        return result
    }

    /// A signing form starting at token `i`: `TM.`, `KT.`, `T/M`, `K/T`, `TUQ.` …
    static func isFormStart(_ line: TokenizedLine, _ i: Int) -> Bool {
        let start = line.tokens[i].range.lowerBound
        let c = line.line.scalars[start]
        guard c == "T" || c == "K" || c == "Q" else { return false }
        // The rest of the line read in place (a copy of it was made at every token: issue 17).
        let rest = line.line.scalars[start...]
        guard LineShape.isAllCaps(rest) else { return false }
        for form in Signing.forms where rest.starts(with: form.unicodeScalars) {
            let n = form.unicodeScalars.count
            if n < rest.count, rest[start + n] == " " { return true }
        }
        return false
    }

    /// Where a signature column starts inside a recipients line that has no wide gap: a
    /// signing form (`Nơi nhận: TM. ỦY BAN NHÂN DÂN`), capitals of a position after the
    /// recipient's closing punctuation (`- Bộ Nội vụ (b/c); PHÓ CHỦ TỊCH`), or a person's
    /// name after it (`- Lưu: VT, NC. Huỳnh Minh Tuấn`). Nil when none is there.
    static func rightColumnStart(_ line: TokenizedLine) -> Int? {
        let n = line.tokens.count
        guard n >= 3 else { return nil }
        for i in 2..<n where line.tokens[i].spaceBefore {
            let afterPunct = line.tokens[i - 1].kind == .punct
                && [";", ".", ":", ")"].contains(line.line.scalars[line.tokens[i - 1].range.lowerBound])
            if isFormStart(line, i), afterPunct || line.tokens[i - 1].kind == .word { return i }
            guard afterPunct else { continue }
            // The word tests first: re-tokenising the rest of the line at every full stop
            // made this quadratic in a line's length (callgrind, issue 17).
            if startsPosition(line, at: i), let rest = sub(line, i..<n), rest.isAllCaps { return i }
            if Signing.surnames.contains(line.text(i)), let rest = sub(line, i..<n), isPersonName(rest) { return i }
        }
        return nil
    }

    /// Cuts a line that has no wide gap into `k` columns by what it holds: capitals at the
    /// first words of positions (`BÍ THƯ CHỦ TỊCH`), marks at each bracket (`(Đã ký) (Đã ký)`),
    /// names at surnames (`Nguyễn Văn An Trần Thị Bình`). One column when it cannot.
    static func splitColumns(_ line: TokenizedLine, role: SignatureRole, into k: Int) -> [TokenizedLine] {
        var starts: [Int] = []
        for i in 1..<max(1, line.tokens.count) where line.tokens[i].spaceBefore {
            switch role {
            case .caps: if startsPosition(line, at: i) { starts.append(i) }
            case .mark: if line.isPunct(i, "(") || line.isPunct(i, "[") { starts.append(i) }
            default: if line.tokens[i].kind == .word, Signing.surnames.contains(line.text(i)) { starts.append(i) }
            }
        }
        if role == .name || role == .other, starts.count > k - 1 {
            // More surnames than cuts (a middle name that is also a surname): keep the cuts
            // nearest an even division.
            let n = line.tokens.count
            starts = (1..<k).compactMap { c in starts.min { abs($0 - c * n / k) < abs($1 - c * n / k) } }
        }
        guard starts.count == k - 1 else { return [line] }
        let columns = cut(line, at: starts)
        if role == .name || role == .other, !columns.allSatisfy(isPersonName) { return [line] }
        return columns
    }

    /// True when the tokens from `i` on are `words` (a phrase of `Signing.positionWords`), compared
    /// as scalars: splitting the phrase and building each token's String at every position was
    /// most of `rightColumnStart`'s cost (callgrind, issue 17).
    static func matchesWords(_ line: TokenizedLine, _ words: [[Unicode.Scalar]], at i: Int) -> Bool {
        guard i >= 0, i + words.count <= line.tokens.count else { return false }
        for (k, w) in words.enumerated() where !line.line.scalars[line.tokens[i + k].range].elementsEqual(w) { return false }
        return true
    }

    /// A position phrase from `Signing.positionWords` starts at token `i`.
    static func startsPosition(_ line: TokenizedLine, at i: Int) -> Bool {
        Signing.positionWords.contains { matchesWords(line, $0, at: i) }
    }

    /// `(Đã ký)`, `[đã ký]`, `(Ký tên, đóng dấu)`, `(Ký, ghi rõ họ tên)`: a mark where the
    /// signature or seal is.
    static func isSignatureMark(_ line: TokenizedLine) -> Bool {
        let s = line.line.scalars
        guard let f = s.first, let l = s.last, s.count <= 60 else { return false }
        let signs = line.tokens.contains { $0.word == WordIDs.ký || $0.word == WordIDs.dấu || $0.word == WordIDs.đã }
        if (f == "(" || f == "[") && (l == ")" || l == "]") { return signs }
        return line.matches(Phrases.đãKý, at: 0) && line.tokens.count <= 3
    }

    /// `Trần Huy Kiên`: two to six capitalised words, nothing else, possibly after a rank
    /// (`Thượng tướng Nguyễn Văn A`).
    static func isPersonName(_ line: TokenizedLine) -> Bool {
        guard line.marker == nil else { return false }
        let start = Signing.ranks.contains { line.matches($0, at: 0) } ? 2 : 0
        guard (2...6).contains(line.tokens.count - start) else { return false }
        return line.tokens[start...].allSatisfy { t in
            t.kind == .word && Alphabet.isUppercase(line.line.scalars[t.range.lowerBound])
        } && !line.isAllCaps
    }

    /// True when a document begins at line `i`: a header part that only a document's head
    /// has (the motto, the Party line, a number), a type name in capitals (`QUY ĐỊNH`,
    /// `CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ`), `(Ban hành kèm theo …)` or `DỰ THẢO`, possibly
    /// below a few capitalised issuer lines.
    func attachmentStarts(at i: Int) -> Bool {
        var j = i
        var caps = 0
        while j < end, j < i + 8 {
            let line = self.line(at: j)
            if Parser.isRule(line) { j += 1; continue }
            // Running text (recipients, web chrome) begins no document: skip the segmenting.
            if let first = line.tokens.first, first.kind == .word, !Parser.isCapsWord(line, 0),
               !WordIDs.documentOpeners.contains(first.word) {
                return false
            }
            let segments = Parser.segments(of: line)
            if segments.allSatisfy({ Parser.headerRole(of: $0) == .noise }) { j += 1; continue }
            if line.tokens.count <= 4, line.tokens.contains(where: { $0.word == WordIDs.dự }),
               line.tokens.contains(where: { $0.word == WordIDs.thảo }) { j += 1; continue }
            for seg in segments {
                switch Parser.headerRole(of: seg) {
                case .nation, .slogan, .party, .number, .issuedWith, .type, .unmarkedType: return true
                default: break
                }
            }
            guard line.marker == nil, line.isAllCaps, !line.isAuthorityLine, caps < 4 else { return false }
            caps += 1
            j += 1
        }
        return false
    }
}

extension Signing {
    /// First words of a signer's position, for telling a position line (`PHÓ CHỦ TỊCH`)
    /// from the wrapped rest of the body signed for (`DÂN` after `TM. ỦY BAN NHÂN`).
    /// Source: the titles in the signature blocks of Hướng dẫn 36-HD/VPTW (Party) and
    /// Nghị định 30/2020/NĐ-CP Phụ lục I (state).
    static let positions = [
        "PHÓ", "BÍ THƯ", "CHỦ TỊCH", "CHỦ NHIỆM", "TRƯỞNG", "GIÁM ĐỐC", "BỘ TRƯỞNG", "THỨ TRƯỞNG",
        "THỦ TƯỚNG", "CHÁNH", "TỔNG", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG",
        "ỦY VIÊN", "UỶ VIÊN", "THƯỜNG TRỰC", "KIỂM TOÁN TRƯỞNG", "CHÁNH ÁN", "VIỆN TRƯỞNG", "THỦ TRƯỞNG",
    ]

    /// `positions` split into words, each word's scalars (computed once).
    static let positionWords: [[[Unicode.Scalar]]] = positions.map { p in
        p.utf8.split(separator: UInt8(ascii: " ")).map { Array((String(decoding: $0, as: UTF8.self)).unicodeScalars) }
    }

    /// Military ranks printed before a signer's name (Luật Sĩ quan Quân đội nhân dân Việt Nam,
    /// Điều 10: cấp tướng and cấp tá).
    static let ranks: [[String]] = [
        ["đại", "tướng"], ["thượng", "tướng"], ["trung", "tướng"], ["thiếu", "tướng"],
        ["đại", "tá"], ["thượng", "tá"], ["trung", "tá"], ["thiếu", "tá"],
    ]

    /// Common Vietnamese surnames, for cutting names printed side by side on one line.
    /// Source: the most frequent family names (Wikipedia, "Họ người Việt Nam").
    static let surnames: Set<String> = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Đinh", "Lâm", "Phùng", "Mai", "Tô", "Hà", "Tạ",
        "Lương", "Lưu", "Chu", "Cao", "Đàm", "Thái", "Tăng", "Quách", "Lại", "Triệu", "Kiều", "Hứa", "Châu",
    ]
}

extension LogicalLine {
    /// The part of `line` from logical offset `start` on, with its source mapping.
    static func suffix(of line: LogicalLine, from start: Int) -> LogicalLine {
        slice(of: line, start..<line.scalars.count) ?? line
    }
}
