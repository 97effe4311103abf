/// The numbering paragraph styles carry (`word/styles.xml`): a heading style may number
/// its paragraphs (`Heading 1` → `I.`) without any numbering in the paragraph itself.
struct WordStyles {
    /// For each paragraph style: its `w:numPr` (numId, ilvl) and the style it is based on.
    var numbering: [String: (numId: String?, ilvl: Int?)] = [:]
    var basedOn: [String: String] = [:]

    init(_ bytes: [UInt8]?) throws(XMLScanner.Failure) {
        guard let bytes else { return }
        var scanner = XMLScanner(bytes)
        var style: String? = nil
        while let event = try scanner.next() {
            switch event {
            case .start(let nameRange, let attributesRange, _, _):
                let name = WordXML.localName(scanner, nameRange)
                switch name {
                case "style":
                    let a = WordXML.attributes(scanner, attributesRange)
                    style = a["type"] == "paragraph" ? a["styleId"] : nil
                case "basedOn":
                    if let style, let v = WordXML.attributes(scanner, attributesRange)["val"] { basedOn[style] = v }
                case "numId":
                    if let style, let v = WordXML.attributes(scanner, attributesRange)["val"] { numbering[style, default: (nil, nil)].numId = v }
                case "ilvl":
                    if let style, let v = WordXML.attributes(scanner, attributesRange)["val"].flatMap({ Int($0) }) {
                        numbering[style, default: (nil, nil)].ilvl = v
                    }
                default: break
                }
            case .end(let nameRange, _):
                if WordXML.localName(scanner, nameRange) == "style" { style = nil }
            case .text: break
            }
        }
    }

    /// The numbering a paragraph of style `id` has from its style chain.
    func numbering(of id: String) -> (numId: String?, ilvl: Int?) {
        var result: (numId: String?, ilvl: Int?) = (nil, nil)
        var current: String? = id
        var steps = 0
        while let s = current, steps < 20 {
            if let n = numbering[s] {
                result.numId = result.numId ?? n.numId
                result.ilvl = result.ilvl ?? n.ilvl
            }
            current = basedOn[s]
            steps += 1
        }
        return result
    }
}
