/// Automatic numbering of a Word document (`word/numbering.xml`, ECMA-376 §17.9),
/// rendered into the labels a reader sees (`I.`, `1.`, `a)`, `-`): Party and state
/// drafts number their headings this way, and the parser decides levels from labels.
struct WordNumbering {
    /// One level of a list definition (`w:lvl`).
    struct Level {
        var start = 1
        /// `w:numFmt`: decimal, upperRoman, lowerLetter, bullet, …
        var format = "decimal"
        /// `w:lvlText`: `%1.` and the like; a bullet's character.
        var text = ""
        /// `w:suff`: tab (default), space or nothing.
        var suffix = "tab"
    }

    /// Abstract definitions by `w:abstractNumId`, levels by `w:ilvl`.
    var abstracts: [String: [Int: Level]] = [:]
    /// Instances (`w:num`): abstract id and per-level start overrides.
    var instances: [String: (abstract: String, starts: [Int: Int], levels: [Int: Level])] = [:]
    /// Counters, one per level (nil: not used yet), by abstract definition: the instances
    /// of one definition share them, and an instance's `w:startOverride` restarts the
    /// shared count at its first paragraph — as LibreOffice renders such documents
    /// (checked by DocxTests against `soffice --convert-to txt`).
    var counters: [String: [Int?]] = [:]
    /// Instance and level pairs whose start override has been applied.
    var restarted = Set<String>()

    /// The key of the counters `numId` uses.
    func list(_ numId: String) -> String {
        instances[numId].map { "abstract " + $0.abstract } ?? numId
    }

    /// Reads `numbering.xml`; a part that cannot be read leaves no numbering (the text
    /// is still there, only the labels are missing).
    init(_ bytes: [UInt8]?) throws(XMLScanner.Failure) {
        guard let bytes else { return }
        var scanner = XMLScanner(bytes)
        var abstract: String? = nil
        var instance: String? = nil
        var overrideLevel: Int? = nil
        var level: Int? = nil
        var current = Level()
        while let event = try scanner.next() {
            switch event {
            case .start(let nameRange, let attributesRange, let selfClosing, _):
                let name = WordXML.localName(scanner, nameRange)
                let attributes = WordXML.attributes(scanner, attributesRange)
                switch name {
                case "abstractNum":
                    abstract = attributes["abstractNumId"]
                    if let abstract, abstracts[abstract] == nil { abstracts[abstract] = [:] }
                case "num":
                    instance = attributes["numId"]
                    if let instance { instances[instance] = ("", [:], [:]) }
                case "abstractNumId":
                    if let instance, let v = attributes["val"] { instances[instance]?.abstract = v }
                case "lvlOverride":
                    overrideLevel = attributes["ilvl"].flatMap { Int($0) }
                case "startOverride":
                    if let instance, let l = overrideLevel, let v = WordNumbering.number(attributes["val"]) {
                        instances[instance]?.starts[l] = v
                    }
                case "lvl":
                    level = attributes["ilvl"].flatMap { Int($0) }
                    current = Level()
                    if selfClosing { level = nil }
                case "start":
                    if level != nil, let v = WordNumbering.number(attributes["val"]) { current.start = v }
                case "numFmt":
                    if level != nil, let v = attributes["val"] { current.format = v }
                case "lvlText":
                    if level != nil, let v = attributes["val"] { current.text = v }
                case "suff":
                    if level != nil, let v = attributes["val"] { current.suffix = v }
                default: break
                }
            case .end(let nameRange, _):
                switch WordXML.localName(scanner, nameRange) {
                case "lvl":
                    if let l = level {
                        if let instance, overrideLevel != nil {
                            instances[instance]?.levels[l] = current
                        } else if let abstract {
                            abstracts[abstract]?[l] = current
                        }
                    }
                    level = nil
                case "abstractNum": abstract = nil
                case "num": instance = nil
                case "lvlOverride": overrideLevel = nil
                default: break
                }
            case .text: break
            }
        }
    }

    /// A start value, kept within what any list reaches (a hostile `Int.max` would
    /// overflow the next count; a huge letter count would spell millions of letters).
    static func number(_ text: String?) -> Int? {
        text.flatMap { Int($0) }.map { min(max($0, 0), 100_000) }
    }

    func level(_ numId: String, _ ilvl: Int) -> Level? {
        guard let instance = instances[numId] else { return nil }
        return instance.levels[ilvl] ?? abstracts[instance.abstract]?[ilvl]
    }

    /// The label of the next paragraph numbered `numId` at level `ilvl` (counting it),
    /// with the separator that follows it; nil when the paragraph has no visible label.
    mutating func label(numId: String, ilvl: Int) -> String? {
        guard numId != "0", (0...8).contains(ilvl), let lvl = level(numId, ilvl) else { return nil }
        let key = list(numId)
        var counts = counters[key] ?? [Int?](repeating: nil, count: 9)
        let starts = instances[numId]?.starts ?? [:]
        for k in 0..<ilvl where counts[k] == nil {
            counts[k] = starts[k] ?? level(numId, k)?.start ?? 1
        }
        if let start = starts[ilvl], restarted.insert("\(numId) \(ilvl)").inserted {
            counts[ilvl] = start
        } else if let c = counts[ilvl] {
            counts[ilvl] = min(c + 1, 1_000_000)
        } else {
            counts[ilvl] = lvl.start
        }
        for k in (ilvl + 1)..<9 { counts[k] = nil }
        counters[key] = counts
        if lvl.format == "none" { return nil }
        var text = ""
        var scalars = Array(lvl.text.unicodeScalars)[...]
        while let s = scalars.first {
            scalars = scalars.dropFirst()
            if s == "%", let d = scalars.first, let k = Int(String(d)), (1...9).contains(k) {
                scalars = scalars.dropFirst()
                let format = k - 1 == ilvl ? lvl.format : level(numId, k - 1)?.format ?? "decimal"
                text += WordNumbering.format(counts[k - 1] ?? 1, format)
            } else if lvl.format == "bullet" && (0xF000...0xF0FF).contains(s.value) {
                // A Symbol/Wingdings bullet in the private-use area: what the reader sees is a bullet.
                text += "•"
            } else {
                text.unicodeScalars.append(s)
            }
        }
        guard !text.isEmpty else { return nil }
        return lvl.suffix == "nothing" ? text : text + " "
    }

    /// `value` in Word's number format `format` (unknown formats fall back to decimal).
    static func format(_ value: Int, _ format: String) -> String {
        switch format {
        case "upperRoman": return value >= 1 && value < 4000 ? RomanNumeral.numeral(for: value) : String(value)
        case "lowerRoman": return (value >= 1 && value < 4000 ? RomanNumeral.numeral(for: value) : String(value)).lowercased()
        case "upperLetter", "lowerLetter":
            // Word's letters: a…z, then aa…zz, then aaa…
            guard value >= 1, value <= 26 * 30 else { return String(value) }
            let letter = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8((value - 1) % 26)))
            let text = String(repeating: letter, count: (value - 1) / 26 + 1)
            return format == "upperLetter" ? text.uppercased() : text
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : String(value)
        default: return String(value)
        }
    }
}
