/// CSV as Excel and RFC 4180 read it: UTF-8 with a byte-order mark (without it Excel
/// reads Vietnamese as Windows-1252), CRLF line ends, fields quoted when needed, and no
/// field that a spreadsheet would run as a formula.
public enum CSV {
    /// The byte-order mark that starts every CSV file VanBan writes.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Scalars that make a spreadsheet read a cell as a formula when they start it (OWASP,
    /// "CSV Injection"): `=HYPERLINK("\\host\share")` in a file name leaks Windows credentials.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// One field, quoted when it holds a comma, quote, line end or leading/trailing
    /// space; quotes inside are doubled. A field starting with a formula character gets a
    /// leading `'`, as OWASP recommends, so that Excel and LibreOffice show it as text.
    public static func field(_ value: String) -> String {
        let value = value.unicodeScalars.first.map(formulaStarts.contains) == true ? "'" + value : value
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }

    /// One record, CRLF-terminated.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A whole file: mark, header, records.
    public static func file(header: [String], records: [[String]]) -> [UInt8] {
        var text = record(header)
        for r in records { text += record(r) }
        return byteOrderMark + Array(text.utf8)
    }
}
