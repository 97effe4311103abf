/// body := part+ | section+ | block+
extension Parser {
    /// Parses the body up to the closing.
    ///
    /// part := LATIN "." TITLE (section | block)*;  section := ROMAN "." TITLE (…)*;
    /// subsection := ARABIC ("." ARABIC)* "." TITLE block*;  year-group := "Năm" YEAR body-group+;
    /// body-group := BODY-HEADING (meeting | month)+;  block := item | target | paragraph.
    ///
    /// Nesting follows the numbering style's rank (`rank(of:)`), not indentation:
    /// a line closes every open node of the same or a deeper rank and opens under
    /// the nearest shallower one. Paragraphs never open a level.
    mutating func parseBody() -> [Node] {
        var root: [Node] = []
        // Open nodes as a path of indices from the root, with their ranks.
        var path: [(index: Int, rank: Int)] = []
        while !atEnd, !startsClosing(current) {
            let line = current
            let (kind, rank) = classify(line, next: pos + 1 < lines.count ? lines[pos + 1] : nil)
            pos += 1
            let node = Node(kind: kind, line: line)
            if let rank {
                while let top = path.last, top.rank >= rank { path.removeLast() }
                let index = Parser.insert(node, into: &root, at: path.map(\.index))
                path.append((index, rank))
            } else {
                // A paragraph belongs to the innermost open heading; it belongs to an
                // item only when the item introduces it ("… các tổ chức:").
                var target = path.map(\.index)
                while !target.isEmpty {
                    let open = Parser.node(at: target, in: root)
                    if open.kind != .item || open.line.line.scalars.last == ":" { break }
                    target.removeLast()
                }
                _ = Parser.insert(node, into: &root, at: target)
            }
        }
        return root
    }

    /// The node kind and level of a line, or no level for a paragraph.
    func classify(_ line: TokenizedLine, next: TokenizedLine?) -> (NodeKind, Int?) {
        if LineShape.isYearHeading(line.line.scalars) { return (.yearGroup, 3) }
        if line.isMeetingHeading { return (.meeting, 5) }
        if line.isMonthHeading { return (.month, 5) }
        if let m = line.marker {
            switch m.style {
            case .upperLatin: return (.part, 1)
            case .roman: return (.section, 2)
            case .arabic, .arabicParen: return (.subsection, 5)
            case .dotted: return (.subsection, 4 + m.values.count)
            case .parenthesized: return (.item, 10)
            case .letter: return (.item, 11)
            case .bullet: return (.item, 12)
            case .dash: return (.item, 13)
            case .plus: return (.item, 14)
            }
        }
        // A capitalised line that heads meetings or months is a body group.
        if line.isAllCaps, !line.isAuthorityLine, let next, next.isMeetingHeading || next.isMonthHeading {
            return (.bodyGroup, 4)
        }
        return (.paragraph, nil)
    }

    /// Appends `node` under the node at `path` (the root when empty); returns its index.
    static func insert(_ node: Node, into nodes: inout [Node], at path: [Int]) -> Int {
        guard let first = path.first else {
            nodes.append(node)
            return nodes.count - 1
        }
        return insert(node, into: &nodes[first].children, at: Array(path.dropFirst()))
    }

    /// The node at `path`.
    static func node(at path: [Int], in nodes: [Node]) -> Node {
        var node = nodes[path[0]]
        for i in path.dropFirst() { node = node.children[i] }
        return node
    }
}
