/// body := part+ | section+ | legal+ | block+
extension Parser {
    /// An open heading on the path from the root: its index among its siblings, rank and kind.
    typealias Open = (index: Int, rank: Int, kind: NodeKind)

    /// Parses the body up to the closing.
    ///
    /// part := LATIN "." TITLE (section | block)*;  section := ROMAN "." TITLE (…)*;
    /// subsection := ARABIC ("." ARABIC)* "." TITLE block*;  year-group := "Năm" YEAR body-group+;
    /// body-group := BODY-HEADING (meeting | month)+;  block := item | target | paragraph;
    /// legal := ("Phần" N)? ("Chương" N TITLE)? ("Mục" N)? ("Tiểu mục" N)? article+;
    /// article := "Điều" N "." TITLE clause*;  clause := ARABIC "." text point*;  point := VNLETTER ")" text.
    ///
    /// Nesting follows the rank of the line's numbering (`NumberingHierarchy`), not
    /// indentation: a line closes every open node of the same or a deeper rank and
    /// opens under the nearest shallower one. Paragraphs never open a level. Text
    /// quoted across lines (an amending clause's `“Điều 5. …” `) stays under the line
    /// that opened the quotation, as `quote` nodes, and opens nothing.
    mutating func parseBody() -> [Node] {
        // The nodes in document order, each with the index of its parent (-1: the root), and
        // the tree built from them once at the end (`BodyArena`): inserting each node down the
        // open path, through the nested children arrays, and reading the open nodes back through
        // them, was a third of the body's parse (issue 17).
        var arena = BodyArena()
        var path: [Open] = []
        let closes = quoteClosings(from: pos, to: end)
        // The node quoted lines go under while a quotation is open (-1: the root), and how it closes.
        var quote: (owner: Int, curly: Bool)? = nil
        let trailingHeader = headerLacksNumberAndDate
        // `startsClosing` of each line, computed once: the trailing-header test reads the next
        // lines' at every line (issue 17). Bits 0–1: 0 = not yet known, 1 = no, 2 = yes; bits
        // 2–3 the same for `startsSignature` (`trailingHeaderStarts`).
        var closing = [UInt8](repeating: 0, count: end)
        while !atEnd {
            if let q = quote {
                arena.append(Node(kind: .quote, line: current), parent: q.owner)
                pos += 1
                let balance = closes.balance[pos - 1]
                if q.curly ? balance.curly < 0 : balance.straightOdd { quote = nil }
                continue
            }
            if startsClosing(at: pos, &closing) { break }
            if trailingHeader, trailingHeaderStarts(at: pos, closing: &closing) {
                parseTrailingHeader()
                break
            }
            // The line copied once, into its node, and read there: a second copy of the line
            // (its arrays retained and released) was made for every line of the body (issue 17).
            var node = Node(kind: .paragraph, line: current)
            let (kind, rank, legal) = Parser.classify(node.line, next: pos + 1 < end ? self.line(at: pos + 1) : nil, path: path,
                                                      arena: arena, lastArticle: lastArticle, lastPart: lastPart)
            let at = pos
            pos += 1
            node.kind = kind
            node.legal = legal
            if let legal, legal.kind == .article { lastArticle = legal.value }
            if kind == .part, let v = node.line.marker?.values.first ?? legal?.value { lastPart = v }
            // "Chương I" / "QUY ĐỊNH CHUNG": the title on the next line.
            if let legal, legal.titleOffset >= node.line.line.scalars.count, !atEnd, isNextLineTitle(current) {
                node.titleLine = current
                pos += 1
            }
            // The node that owns what follows: the new heading (appended last, at the arena's
            // end), or the paragraph's owner.
            let owner: Int
            var parent = -1
            if let r = rank {
                while let top = path.last, top.rank >= r { path.removeLast() }
                parent = path.last?.index ?? -1
                owner = arena.count
                path.append((owner, r, kind))
            } else {
                // A paragraph belongs to the innermost open heading; it belongs to an
                // item only when the item introduces it ("… các tổ chức:").
                var depth = path.count
                while depth > 0 {
                    let open = path[depth - 1].index
                    if arena.kind(open) != .item || arena.lastScalar(open) == ":" { break }
                    depth -= 1
                }
                owner = depth == 0 ? -1 : path[depth - 1].index
            }
            // A quotation left open here, closed on a later line: what follows until then is quoted.
            // Only the shapes that quote text do this: a line opening with the mark, or the mark
            // after a colon (`… được sửa đổi, bổ sung như sau: “Điều 5. …`); a stray mark does not.
            let balance = closes.balance[at]
            if balance.curly > 0, closes.curly[at], Parser.quotesText(node.line, mark: "“") {
                quote = (owner, true)
            } else if balance.straightOdd, closes.straight[at], Parser.quotesText(node.line, mark: "\"") {
                quote = (owner, false)
            }
            if rank == nil {
                if Parser.opensWithQuote(node.line), quote != nil || Parser.isWhollyQuoted(node.line) { node.kind = .quote }
                arena.append(node, parent: owner)
            } else {
                arena.append(node, parent: parent)
            }
        }
        return arena.tree()
    }

    /// The node kind, level and legal heading of a line; no level for a paragraph.
    ///
    /// Inside an article (an `article` on the open path) `1.` is a clause and `a)` a point;
    /// elsewhere the marker style's level (`NumberingHierarchy.level`) applies. `lastArticle` and
    /// `lastPart` are the parser's (static: called on the parser, it copied the parser for
    /// every line of the body — callgrind, issue 17).
    /// `next` is read only for a capitalised line (a copy of the next line for every line of
    /// the body was a tenth of the body's parse: issue 17).
    static func classify(_ line: TokenizedLine, next: @autoclosure () -> TokenizedLine?, path: [Open], arena: BodyArena = BodyArena(),
                         lastArticle: Int, lastPart: Int) -> (NodeKind, Int?, LegalHeading?) {
        if LineShape.isPipeRow(line.line.scalars) { return (.row, nil, nil) }
        if let legal = line.legalHeading { return (legal.kind, legal.rank, legal) }
        if let legal = line.dashedArticle, legal.value == lastArticle + 1 { return (legal.kind, legal.rank, legal) }
        if LineShape.isYearHeading(line.line.scalars) { return (.yearGroup, NumberingHierarchy.yearGroupRank, nil) }
        let inArticle = path.contains { $0.kind == .article }
        let numbered = line.marker.map { NumberingHierarchy.level(of: $0.style, values: $0.values.count) }
        // A lettered schedule heading keeps its list's level (a point inside an article).
        let lettered = line.marker?.style == .letter
        let letterRank = inArticle ? NumberingHierarchy.point.rank : numbered?.rank
        if line.isMeetingHeading { return (.meeting, lettered ? letterRank ?? NumberingHierarchy.scheduleRank : NumberingHierarchy.scheduleRank, nil) }
        if line.isMonthHeading { return (.month, NumberingHierarchy.scheduleRank, nil) }
        if line.isSessionHeading {
            var rank = numbered?.rank ?? NumberingHierarchy.scheduleRank
            if inArticle, let m = line.marker, m.style == .arabic { rank = NumberingHierarchy.clause.rank }
            if lettered, let letterRank { rank = letterRank }
            return (.session, rank, nil)
        }
        // `Z.` after `6.` (OCR for `7.`): a letter opens the first part only as `A.`. A letter
        // OCR makes of the digit that comes next in the open Arabic list takes its place there;
        // any other stays text.
        if let m = line.marker, m.style == .upperLatin, lastPart == 0, m.values != [1] {
            let arabic = NumberingHierarchy.level(of: .arabic, values: 1)
            if let letter = line.line.scalars.first, let digit = Parser.ocrDigits[letter],
               let k = path.lastIndex(where: { $0.rank == arabic.rank }),
               path[k].index < arena.count,
               arena.marker(path[k].index).map({ [.arabic, .arabicParen].contains($0.style) && $0.values.last == digit - 1 }) ?? false {
                return (inArticle ? NumberingHierarchy.clause.kind : arabic.kind, inArticle ? NumberingHierarchy.clause.rank : arabic.rank, nil)
            }
            return (.paragraph, nil, nil)
        }
        if let m = line.marker, let level = numbered {
            if inArticle {
                switch m.style {
                case .arabic, .arabicParen: return (NumberingHierarchy.clause.kind, NumberingHierarchy.clause.rank, nil)
                case .letter: return (NumberingHierarchy.point.kind, NumberingHierarchy.point.rank, nil)
                default: break
                }
            }
            return (level.kind, level.rank, nil)
        }
        // A capitalised line that heads meetings or months is a body group.
        if line.isAllCaps, !line.isAuthorityLine, let next = next(), next.isMeetingHeading || next.isMonthHeading {
            return (.bodyGroup, NumberingHierarchy.bodyGroupRank, nil)
        }
        return (.paragraph, nil, nil)
    }

    /// The line after `Chương I` that holds its title: unnumbered, not a heading, not a sentence.
    func isNextLineTitle(_ line: TokenizedLine) -> Bool {
        guard line.marker == nil, line.legalHeading == nil, !startsClosing(line), !line.isBasis,
              let last = line.line.scalars.last else { return false }
        if line.isAllCaps { return true }
        return line.tokens.count <= 30 && last != "." && last != ";" && last != ":"
    }

    /// Open quotation marks of a line: curly (`“` minus `”`) and whether it has an odd number of straight `"`.
    /// Also whether the line has a closing `”` at all.
    static func quoteBalance(_ line: TokenizedLine) -> (curly: Int, straightOdd: Bool, closes: Bool) {
        var curly = 0, straight = 0
        var closes = false
        // Read through a buffer pointer, and letters let go with one comparison: the three marks
        // are `"` (below every letter) and U+201C/U+201D (above every Vietnamese letter but none
        // of the few from U+2000 on); this ran over every scalar of the body (issue 17).
        // Eight scalars at a time are let go with one vector comparison when none of them can
        // be a mark (`ScalarScan`): this ran over every scalar of the document, once per document
        // and attachment (issue 17). `ParseSharedLinesTests` compares it with the scalar loop.
        line.line.scalars.withUnsafeBufferPointer { buffer in
            let quote = SIMD8<UInt32>(repeating: 0x22), high = SIMD8<UInt32>(repeating: 0x201C)
            _ = ScalarScan.candidates(buffer, end: buffer.count, mayMatch: { any(($0 .== quote) .| ($0 .>= high)) }) { k in
                let v = buffer[k].value
                guard v == 0x22 || v >= 0x201C else { return false }
                if v == 0x201C { curly += 1 } else if v == 0x201D { curly -= 1; closes = true } else if v == 0x22 { straight += 1 }
                return false
            }
        }
        return (curly, straight % 2 == 1, closes)
    }

    /// The last `mark` of the line opens it (the line's first scalar) or follows a colon, and
    /// the quoted text starts right after it (`" Khoản này …`, an OCR footnote mark, quotes nothing).
    static func quotesText(_ line: TokenizedLine, mark: Unicode.Scalar) -> Bool {
        let s = line.line.scalars
        guard let q = s.lastIndex(of: mark) else { return false }
        if q + 1 < s.count, s[q + 1] == " " { return false }
        var k = q - 1
        while k >= 0, s[k] == " " { k -= 1 }
        return k < 0 || s[k] == ":"
    }

    /// `“d) Báo cáo quyết toán năm trước.”;` — a line that is one quotation from end to end.
    static func isWhollyQuoted(_ line: TokenizedLine) -> Bool {
        var s = line.line.scalars[...]
        while let l = s.last, l == "." || l == ";" || l == "," || l == " " { s = s.dropLast() }
        guard let l = s.last else { return false }
        return l == "”" || l == "\"" || l == "»"
    }

    /// A line that starts with a quotation mark: quoted text, never a heading of this document.
    static func opensWithQuote(_ line: TokenizedLine) -> Bool {
        guard let f = line.line.scalars.first else { return false }
        return f == "“" || f == "\"" || f == "„" || f == "«"
    }

    /// For each line from `start`: does a later line close a curly / straight quotation?
    /// A quotation that never closes opens nothing (a stray mark must not swallow the body).
    /// Also each line's `quoteBalance`, computed once.
    func quoteClosings(from start: Int, to end: Int)
        -> (curly: [Bool], straight: [Bool], balance: [(curly: Int, straightOdd: Bool)]) {
        var curly = [Bool](repeating: false, count: end)
        var straight = [Bool](repeating: false, count: end)
        var balance = [(curly: Int, straightOdd: Bool)](repeating: (0, false), count: end)
        var seenCurly = false, seenStraight = false
        var i = end - 1
        while i >= start {
            curly[i] = seenCurly
            straight[i] = seenStraight
            // Read in place when no line was replaced (the usual case): no copy of the line.
            let b = replaced.isEmpty ? Parser.quoteBalance(lines[i]) : Parser.quoteBalance(self.line(at: i))
            balance[i] = (b.curly, b.straightOdd)
            if b.closes { seenCurly = true }
            if b.straightOdd { seenStraight = true }
            i -= 1
        }
        return (curly, straight, balance)
    }

    /// `startsClosing(line(at: k))`, remembered in bits 0–1 of `known` (`remembered`).
    func startsClosing(at k: Int, _ known: inout [UInt8]) -> Bool {
        remembered(k, &known, shift: 0)
    }

    /// `startsSignature(line(at: k))`, remembered in bits 2–3 of `known`: the trailing-header
    /// test asked it of the same lines for each of the four lines before them (issue 17).
    /// Valid while `document.recipientsHeading` is unchanged (the body's parse).
    func startsSignature(at k: Int, _ known: inout [UInt8]) -> Bool {
        remembered(k, &known, shift: 2)
    }

    /// The test of `shift` (0: `startsClosing`, 2: `startsSignature`) of `line(at: k)`,
    /// remembered in the two bits of `known[k]` from `shift` (0 = not yet known, 1 = no,
    /// 2 = yes). The line is read in place when no line was replaced, and the test called
    /// directly (through a closure, the line was copied for each call: issue 17).
    @inline(__always)
    private func remembered(_ k: Int, _ known: inout [UInt8], shift: UInt8) -> Bool {
        guard k < known.count else { return test(shift, self.line(at: k)) }
        if known[k] >> shift & 3 == 0 {
            // Through a buffer pointer, whose element is read in place: `lines[k]` as an
            // argument copied the line (its arrays retained and released) for each test (issue 17).
            let yes = replaced.isEmpty ? lines.withUnsafeBufferPointer { test(shift, $0[k]) } : test(shift, self.line(at: k))
            known[k] |= (yes ? 2 : 1) << shift
        }
        return known[k] >> shift & 3 == 2
    }

    @inline(__always)
    private func test(_ shift: UInt8, _ line: TokenizedLine) -> Bool {
        shift == 0 ? startsClosing(line) : startsSignature(line)
    }

    /// Capital letters OCR reads for a digit (`Z.` for `7.`).
    static let ocrDigits: [Unicode.Scalar: Int] = ["Z": 7, "S": 5, "B": 8, "G": 6]

}

/// The body's nodes as the parser reads them: in document order, each with its parent's index
/// (-1: the root), children left empty until `tree()` nests them. A node is appended once and
/// moved once into its parent's children (the nested insertion moved it down every level, and
/// read the open nodes back through the nested arrays). A node's children need not follow it
/// directly: a paragraph under a section may come between an item and the item's sub-item.
struct BodyArena {
    /// The nodes, in document order (`Open.index` is an index here); nil once moved into the tree.
    private var nodes: [Node?] = []
    /// `nodes[i]`'s parent, or -1.
    private var parents: [Int32] = []

    var count: Int { nodes.count }
    func kind(_ i: Int) -> NodeKind { nodes[i]!.kind }
    func lastScalar(_ i: Int) -> Unicode.Scalar? { nodes[i]!.line.line.scalars.last }
    func marker(_ i: Int) -> ListMarker? { nodes[i]!.line.marker }

    /// Appends `node` under `parent` (-1: the root).
    mutating func append(_ node: consuming Node, parent: Int) {
        nodes.append(node)
        parents.append(Int32(truncatingIfNeeded: parent))
    }

    /// The tree: each node moved out of the list into its parent's children, in document order.
    /// The children of each node are listed by a counting sort on the parents (slot 0: the root,
    /// slot k + 1: node k): `order[first[s]..<first[s + 1]]` are slot `s`'s children.
    mutating func tree() -> [Node] {
        let n = nodes.count
        var first = [Int32](repeating: 0, count: n + 2)
        for p in parents { first[Int(p) + 2] += 1 }
        var s = 1
        while s < first.count { first[s] += first[s - 1]; s += 1 }
        var next = first
        var order = [Int32](repeating: 0, count: n)
        for i in 0..<n {
            let slot = Int(parents[i]) + 1
            order[Int(next[slot])] = Int32(truncatingIfNeeded: i)
            next[slot] += 1
        }
        return children(ofSlot: 0, first, order)
    }

    private mutating func children(ofSlot s: Int, _ first: [Int32], _ order: [Int32]) -> [Node] {
        let lo = Int(first[s]), hi = Int(first[s + 1])
        var result: [Node] = []
        result.reserveCapacity(hi - lo)
        for j in lo..<hi {
            let k = Int(order[j])
            // The children set in place, then the node moved out (a local copy cost a copy).
            if first[k + 2] > first[k + 1] { nodes[k]!.children = children(ofSlot: k + 1, first, order) }
            result.append(nodes[k].take()!)
        }
        return result
    }
}
