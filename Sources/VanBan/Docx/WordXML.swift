/// Name handling shared by the readers of Word parts.
///
/// Elements are matched by local name (`p`, `r`, `t`): the WordprocessingML parts
/// VanBan reads use one vocabulary, whatever prefix a producer binds it to (Word and
/// LibreOffice write `w:`, others may not); the one foreign element that matters,
/// `mc:Fallback`, has a local name no WordprocessingML element shares.
enum WordXML {
    /// The local part of the qualified name at `range` (`w:p` → `p`).
    static func localName(_ scanner: XMLScanner, _ range: Range<Int>) -> String {
        var start = range.lowerBound
        for i in range where scanner.bytes[i] == UInt8(ascii: ":") { start = i + 1 }
        return String(decoding: scanner.bytes[start..<range.upperBound], as: UTF8.self)
    }

    /// The prefix of the qualified name at `range` (`w:p` → `w`, `p` → ``).
    static func prefix(_ scanner: XMLScanner, _ range: Range<Int>) -> String {
        for i in range where scanner.bytes[i] == UInt8(ascii: ":") {
            return String(decoding: scanner.bytes[range.lowerBound..<i], as: UTF8.self)
        }
        return ""
    }

    /// Attributes by local name, values decoded (`w:val="x"` → `["val": "x"]`).
    static func attributes(_ scanner: XMLScanner, _ range: Range<Int>) -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in scanner.attributes(range) {
            result[localName(scanner, name)] = scanner.string(value)
        }
        return result
    }

    /// True for the attribute values Word reads as "off" (`w:val="0"`, `false`, `off`).
    static func isOff(_ value: String?) -> Bool {
        value == "0" || value == "false" || value == "off"
    }
}
