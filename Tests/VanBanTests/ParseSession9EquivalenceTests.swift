import Foundation
import Testing
@testable import VanBan

/// The parse stage's changes of the ninth session of issue 17, each against its old form (kept
/// here as the reference): the body's tree built from a flat list of nodes with their parents
/// (`BodyArena`) against the nested insertion down the open path, and the line tests with
/// their new quick rejects, on every corpus, hold-out, real and seed document, their NFD and
/// upper-case variants, lines made to hit the old forms' cases, and the joined corpus.
@Suite("Parse stage equivalence (issue 17, session 9)")
struct ParseSession9EquivalenceTests {
    /// Lines for the line tests and bodies for the tree: quotations, legal headings behind
    /// dashes and OCR specks, sessions, months, paragraphs under items that introduce them.
    static let tricky = """
    CHƯƠNG TRÌNH
    Công tác năm 2026
    I. MỤC TIÊU
    1. Hội nghị Ban Chấp hành lần thứ 5 (tháng 3/2026)
    - Sơ kết công tác quý I (Văn phòng chủ trì chuẩn bị)
    - Các tổ chức:
    Đảng ủy các xã, phường.
    2. Tháng 4/2026
    a) Tháng 5 năm 2026
    3) Kỳ họp thứ nhất, Quốc hội khóa XVI (tháng 4/2026)
    Trình Quốc hội tại Kỳ họp thứ Năm (tháng 7/2027)
    kỳ họp thứ hai
    KỲ HỌP THỨ BA
    Chương I
    QUY ĐỊNH CHUNG
    Điều 1. Phạm vi điều chỉnh
    1. Khoản một.
    a) Điểm a.
    Z. OCR bảy
    - Điều 2. Đối tượng áp dụng
    -      ChươngV Ô   :
    : Chương II
    ._ Điều 3.
    Dieu 4. Hiệu lực
    Ðiều 5 của Luật này
    Ðiều 10. Hiệu lực
    Điều5. Dán số
    ChươngVH NHỮNG QUY ĐỊNH
    Chuong IV
    Các cơ quan
    Tổ chức thực hiện
    Thực hiện
    Mục tiêu
    Mục 2. Hội đồng
    Tiểu mục 1. Thành phần
    Phần thứ nhất
    PHẦN II
    Điều 6. Sửa đổi như sau:
    “Điều 7. Nội dung
    1. Được sửa.
    2. Bổ sung.”
    Điều 8. Khoản có dấu " mở
    a) "Văn bản" là …
    b) Lời "mở
    c) đóng"
    “d) Báo cáo quyết toán năm trước.”;
    Điều 9. Hiệu lực thi hành
    II- NHIỆM VỤ
    - Triển khai nghị quyết
    Đây là một đoạn văn.
    + Tiểu mục cộng
    * Sao
    Đoạn khác.
    + Cộng nữa
    Một số chỉ tiêu cụ thể:
    3. Các mục tiêu chủ yếu
    Phấn đấu đến năm 2030:
    NHÓM CHỈ TIÊU VỀ KINH TẾ
    1.1. Nhiệm vụ
    (1) Thứ nhất
    + Cộng
    Trên đây là chương trình.
    Nơi nhận:
    - Như trên;
    T/M BAN THƯỜNG VỤ
    BÍ THƯ
    Nguyễn Văn A
    """

    static func texts() throws -> [(String, String)] {
        var result = try ParseSession8EquivalenceTests.texts()
        result.append(("tricky9", tricky))
        result.append(("tricky9 NFD", tricky.decomposedStringWithCanonicalMapping))
        result.append(("tricky9 upper", tricky.uppercased()))
        return result
    }

    /// A tree as text: kind, line, span, legal heading, title line, children.
    static func describe(_ nodes: [Node], depth: Int = 0, into out: inout [String]) {
        for n in nodes {
            out.append(String(repeating: " ", count: depth) + "\(n.kind) \(n.line.line.text) @\(n.line.line.span) "
                       + "\(String(describing: n.legal)) \(n.titleLine.map { "\($0.line.text) @\($0.line.span)" } ?? "-")")
            describe(n.children, depth: depth + 1, into: &out)
        }
    }

    /// Parses the body of `lines` both ways from the same state, and so the body of each
    /// attachment after it (as `parseAttachments` reads them); the trees and the parser's state
    /// after them must agree. Returns the number of nodes compared.
    static func compareBodies(_ name: String, _ lines: [TokenizedLine]) -> Int {
        var p = Parser(lines: lines)
        let tableStart = lines.firstIndex { $0.line.isTableLine } ?? lines.count
        p.end = tableStart
        p.parseHeader()
        p.parseBases()
        p.parseIntro()
        var compared = compareBody(name, &p)
        p.parseClosing()
        var attachments = 0
        while !p.atEnd, attachments < Parser.maxAttachments {
            var sub = Parser(lines: p.lines, pos: p.pos, end: p.end)
            sub.replaced = p.replaced
            sub.parseHeader()
            sub.parseBases()
            sub.parseIntro()
            compared += compareBody("\(name) attachment \(attachments)", &sub)
            sub.parseClosing()
            guard sub.pos > p.pos else { break }
            p.pos = sub.pos
            attachments += 1
        }
        return compared
    }

    static func compareBody(_ name: String, _ p: inout Parser) -> Int {
        var q = p
        let new = p.parseBody(), old = q.oldParseBody()
        var a: [String] = [], b: [String] = []
        describe(new, into: &a)
        describe(old, into: &b)
        #expect(a == b, "\(name)")
        #expect(p.pos == q.pos && p.lastArticle == q.lastArticle && p.lastPart == q.lastPart, "\(name)")
        #expect(p.document.header.trailing.count == q.document.header.trailing.count, "\(name)")
        return a.count
    }

    @Test func bodyTreesAgreeWithTheNestedInsertion() throws {
        var nodes = 0, quotes = 0
        for (name, text) in try Self.texts() {
            nodes += Self.compareBodies(name, ParseSession8EquivalenceTests.lines(text))
            quotes += text.components(separatedBy: "“").count - 1
        }
        #expect(nodes > 5_000 && quotes > 10)
    }

    /// The joined corpus (a long document of many bodies), when it is on this machine.
    @Test func bodyTreeOfTheJoinedCorpus() throws {
        let url = URL(fileURLWithPath: "/tmp/cg6/big.txt")
        guard let data = try? Data(contentsOf: url) else { return }
        let text = String(decoding: data, as: UTF8.self)
        #expect(Self.compareBodies("big.txt", ParseSession8EquivalenceTests.lines(text)) > 500)
    }

    /// A long body: the tricky body repeated 300 times under one header.
    @Test func longBodyTree() throws {
        let lines = Self.tricky.split(separator: "\n", omittingEmptySubsequences: false)
        let head = lines.prefix(2).joined(separator: "\n")
        let body = lines.dropFirst(2).prefix { !$0.hasPrefix("Trên đây") }.joined(separator: "\n")
        let text = head + "\n" + Array(repeating: body, count: 300).joined(separator: "\n") + "\n"
        #expect(Self.compareBodies("long", ParseSession8EquivalenceTests.lines(text)) > 10_000)
    }

    /// The line tests with their quick rejects against the old forms.
    @Test func lineTestsAgreeWithTheOldForms() throws {
        var legal = 0, dashed = 0, sessions = 0, months = 0, roles = 0, targets = 0
        for (name, text) in try Self.texts() {
            for (i, line) in ParseSession8EquivalenceTests.lines(text).enumerated() {
                let where_ = "\(name) \(i): \(line.line.text)"
                let h = line.legalHeading, oh = line.oldLegalHeading(afterDash: false)
                #expect(h == oh, "\(where_)")
                let d = line.dashedArticle, od = line.oldDashedArticle
                #expect(d == od, "\(where_)")
                #expect(line.sessionWordsIndex == line.oldSessionWordsIndex, "\(where_)")
                #expect(line.isMonthHeading == line.oldIsMonthHeading, "\(where_)")
                for group in PreparerExtractor.parentheses(in: line) {
                    for part in PreparerExtractor.parts(line, group.inner) + [group.inner] {
                        let r = PreparerExtractor.trailingRole(line, part), o = Self.oldTrailingRole(line, part)
                        #expect(r?.0 == o?.0 && r?.1 == o?.1, "\(where_)")
                        if o != nil { roles += 1 }
                    }
                }
                for start in 0...line.tokens.count {
                    let declares = TargetHeadings.declares(line, from: start)
                    #expect(declares == TargetHeadings.openingPhrases.contains { line.matches($0, at: start) }, "\(where_) \(start)")
                    if declares { targets += 1 }
                }
                if h != nil { legal += 1 }
                if d != nil { dashed += 1 }
                if line.sessionWordsIndex != nil { sessions += 1 }
                if line.isMonthHeading { months += 1 }
            }
        }
        #expect(legal > 100 && dashed > 0 && sessions > 5 && months > 20 && roles > 100 && targets > 20)
    }

    static func oldTrailingRole(_ line: TokenizedLine, _ part: Range<Int>) -> (String, Int)? {
        for (words, role) in PreparerExtractor.rolePhrases where part.count >= words.count {
            let at = part.upperBound - words.count
            if line.matches(words, at: at) { return (role, at) }
        }
        return nil
    }
}

extension TokenizedLine {
    var oldSessionWordsIndex: Int? {
        let last = min(tokens.count - 3, bodyStart + 16)
        guard last >= bodyStart else { return nil }
        for i in bodyStart...last where tokens[i].kind == .word && tokens[i].range.count == 2
            && (line.scalars[tokens[i].range.lowerBound] == "k" || line.scalars[tokens[i].range.lowerBound] == "K")
            && matches(Phrases.kỳHọpThứ, at: i) {
            return i
        }
        return nil
    }

    var oldIsMonthHeading: Bool {
        guard marker == nil || [.arabic, .arabicParen, .dotted, .letter].contains(marker!.style) else { return false }
        var i = bodyStart
        guard matches(Phrases.tháng, at: i), let m = int(i + 1), (1...12).contains(m) else { return false }
        i += 2
        var dated = false
        if isPunct(i, "/"), let y = int(i + 1), y >= 1900 { i += 2; dated = true } else if matches(Phrases.năm, at: i), int(i + 1) != nil { i += 2; dated = true }
        if marker?.style == .letter, !dated { return false }
        while i < tokens.count, tokens[i].kind == .punct, isPunct(i, ":") || isPunct(i, ".") { i += 1 }
        return i == tokens.count
    }

    func oldLegalHeading(afterDash: Bool) -> LegalHeading? {
        guard !tokens.isEmpty else { return nil }
        var w = 0
        var specked = false
        if let m = marker {
            // OCR: a dash speck far before a chapter heading (`-      ChươngV Ô   :`); the gap is
            // read after the quick reject below (it maps offsets to columns, and every dash item
            // of the body came here: issue 17).
            guard m.style == .dash else { return nil }
            w = bodyStart
            specked = !afterDash
        }
        // OCR leaves specks before a heading (": Chương I", "._ Điều 8."): up to two are skipped.
        while w < 2, w < tokens.count, tokens[w].kind == .punct, Self.ocrSpecks.contains(line.scalars[tokens[w].range.lowerBound]) { w += 1 }
        // Quick reject: Phần, Chương, Mục, Tiểu mục, Điều (either case of the word) start with
        // P C M T Đ; OCR prints Điều as `Dieu` or with an eth (`Ðiều`).
        guard w < tokens.count, let first = line.scalars[tokens[w].range].first,
              first == "P" || first == "C" || first == "M" || first == "T" || first == "Đ" || first == "D" || first == "Ð"
        else { return nil }
        if marker != nil, !afterDash, !isWideGapAfterMarker { return nil }
        guard let (level, glued) = legalWord(at: w) else { return nil }
        if specked, level.kind != .chapter && level.kind != .part { return nil }
        let labelStart = tokens[w].range.lowerBound
        let value: Int
        let isRoman: Bool
        var i: Int
        if let glued {
            // `ChươngVH`, `Điều5.`: the number glued to the word.
            guard let v = glued.value else { return nil }
            (value, isRoman, i) = (v, glued.roman, w + 1)
        } else {
            i = w + level.words.count
            if level.kind == .part, matches(Phrases.thứ, at: i) { i += 1 }
            if let (v, count) = ordinal(at: i) {
                isRoman = tokens[i].kind == .word
                // The ordinal words are for "Phần thứ nhất"; "Chương hai" is not a heading shape.
                if isRoman, RomanNumeral.value(of: text(i)) == nil, level.kind != .part { return nil }
                value = v
                i += count
            } else if level.kind == .chapter, i < tokens.count, let v = Self.ocrRoman(text(i)) {
                // `Chương VỊ`: OCR marks or doubles a Roman letter.
                (value, isRoman) = (v, true)
                i += 1
            } else {
                return nil
            }
        }
        let numberEnd = tokens[i - 1].range.upperBound
        var labelEnd = numberEnd
        var titleStart = line.scalars.count
        if i < tokens.count {
            if tokens[i].kind == .punct, isPunct(i, ".") || isPunct(i, ":") || isPunct(i, "-") || isPunct(i, "–") {
                labelEnd = tokens[i].range.upperBound
                titleStart = i + 1 < tokens.count ? tokens[i + 1].range.lowerBound : line.scalars.count
            } else if level.kind != .article, tokens[i].kind == .word, LineShape.isCapitalsTitle(line.scalars[tokens[i].range.lowerBound...]) {
                // "Chương I QUY ĐỊNH CHUNG": a capitalised title follows without punctuation
                // ("Chương V Thông tư này." is a wrapped reference, not a heading).
                titleStart = tokens[i].range.lowerBound
            } else if level.kind == .chapter, Self.isNoise(line.scalars[tokens[i].range.lowerBound...]) {
                // `ChươngV Ô   :` — OCR specks after the number; the title is on the next line.
            } else {
                return nil
            }
        }
        return LegalHeading(kind: level.kind, rank: level.rank, value: value, style: isRoman ? .roman : .arabic,
                            label: String(scalars: line.scalars[labelStart..<labelEnd]), titleOffset: titleStart)
    }

    var oldDashedArticle: LegalHeading? {
        guard marker?.style == .dash, let h = oldLegalHeading(afterDash: true), h.kind == .article else { return nil }
        return h
    }
}

extension Parser {
    mutating func oldParseBody() -> [Node] {
        var root: [Node] = []
        var path: [Open] = []
        var indices: [Int] = []
        let closes = quoteClosings(from: pos, to: end)
        // The path quoted lines go under while a quotation is open, and how it closes.
        var quote: (owner: [Int], curly: Bool)? = nil
        let trailingHeader = headerLacksNumberAndDate
        // `startsClosing` of each line, computed once: the trailing-header test reads the next
        // lines' at every line (issue 17). Bits 0–1: 0 = not yet known, 1 = no, 2 = yes; bits
        // 2–3 the same for `startsSignature` (`trailingHeaderStarts`).
        var closing = [UInt8](repeating: 0, count: end)
        while !atEnd {
            let line = current
            if let q = quote {
                pos += 1
                _ = Parser.oldInsert(Node(kind: .quote, line: line), into: &root, at: q.owner[...])
                let balance = closes.balance[pos - 1]
                if q.curly ? balance.curly < 0 : balance.straightOdd { quote = nil }
                continue
            }
            if startsClosing(at: pos, &closing) { break }
            if trailingHeader, trailingHeaderStarts(at: pos, closing: &closing) {
                parseTrailingHeader()
                break
            }
            let (kind, rank, legal) = Parser.oldClassify(line, next: pos + 1 < end ? self.line(at: pos + 1) : nil, path: path, root: root,
                                                      lastArticle: lastArticle, lastPart: lastPart)
            let at = pos
            pos += 1
            var node = Node(kind: kind, line: line)
            node.legal = legal
            if let legal, legal.kind == .article { lastArticle = legal.value }
            if kind == .part, let v = line.marker?.values.first ?? legal?.value { lastPart = v }
            // "Chương I" / "QUY ĐỊNH CHUNG": the title on the next line.
            if let legal, legal.titleOffset >= line.line.scalars.count, !atEnd, isNextLineTitle(current) {
                node.titleLine = current
                pos += 1
            }
            // The open path's indices, kept beside `path` (no array built per line: issue 17).
            let owner: [Int]
            if let r = rank {
                while let top = path.last, top.rank >= r { path.removeLast(); indices.removeLast() }
                let index = Parser.oldInsert(node, into: &root, at: indices[...])
                path.append((index, r, kind))
                indices.append(index)
                owner = indices
            } else {
                // A paragraph belongs to the innermost open heading; it belongs to an
                // item only when the item introduces it ("… các tổ chức:").
                var depth = indices.count
                while depth > 0 {
                    let open = Parser.oldPeek(indices[..<depth], in: root)
                    if open.kind != .item || open.last == ":" { break }
                    depth -= 1
                }
                owner = depth == indices.count ? indices : Array(indices[..<depth])
            }
            // A quotation left open here, closed on a later line: what follows until then is quoted.
            // Only the shapes that quote text do this: a line opening with the mark, or the mark
            // after a colon (`… được sửa đổi, bổ sung như sau: “Điều 5. …`); a stray mark does not.
            let balance = closes.balance[at]
            if balance.curly > 0, closes.curly[at], Parser.quotesText(line, mark: "“") {
                quote = (owner, true)
            } else if balance.straightOdd, closes.straight[at], Parser.quotesText(line, mark: "\"") {
                quote = (owner, false)
            }
            if rank == nil {
                if Parser.opensWithQuote(line), quote != nil || Parser.isWhollyQuoted(line) { node.kind = .quote }
                _ = Parser.oldInsert(node, into: &root, at: owner[...])
            }
        }
        return root
    }

    static func oldClassify(_ line: TokenizedLine, next: @autoclosure () -> TokenizedLine?, path: [Open], root: [Node] = [],
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
               Parser.oldLine(at: path[...k].map(\.index)[...], in: root)?
                   .marker.map({ [.arabic, .arabicParen].contains($0.style) && $0.values.last == digit - 1 }) ?? false {
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

    static func oldInsert(_ node: consuming Node, into nodes: inout [Node], at path: ArraySlice<Int>) -> Int {
        guard let first = path.first else {
            nodes.append(node)
            return nodes.count - 1
        }
        return oldInsert(node, into: &nodes[first].children, at: path.dropFirst())
    }

    /// The line of the node at `path`, read without copying the nodes on the way.
    static func oldLine(at path: ArraySlice<Int>, in nodes: [Node]) -> TokenizedLine? {
        guard let i = path.first, i < nodes.count else { return nil }
        if path.count == 1 { return nodes[i].line }
        return oldLine(at: path.dropFirst(), in: nodes[i].children)
    }

    /// The kind and last scalar of the node at `path`, read without copying the nodes on the way.
    static func oldPeek(_ path: ArraySlice<Int>, in nodes: [Node]) -> (kind: NodeKind, last: Unicode.Scalar?) {
        let i = path[path.startIndex]
        if path.count == 1 { return (nodes[i].kind, nodes[i].line.line.scalars.last) }
        return oldPeek(path.dropFirst(), in: nodes[i].children)
    }

}
