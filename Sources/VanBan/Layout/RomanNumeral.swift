/// Roman numerals as Vietnamese documents use them: *khóa XVI*, *lần thứ XXIII*, `IV.`
public enum RomanNumeral {
    /// The value of a well-formed Roman numeral (I … MMMCMXCIX), or nil.
    /// Non-canonical forms (`IIII`, `VX`) are rejected so a word is never misread.
    public static func value(of text: String) -> Int? {
        guard !text.isEmpty, text.count <= 15 else { return nil }
        var total = 0
        var previous = 0
        for ch in text.reversed() {
            let v: Int
            switch ch {
            case "I": v = 1
            case "V": v = 5
            case "X": v = 10
            case "L": v = 50
            case "C": v = 100
            case "D": v = 500
            case "M": v = 1000
            default: return nil
            }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        guard total > 0, numeral(for: total) == text else { return nil }
        return total
    }

    /// The canonical Roman numeral for 1 … 3999.
    public static func numeral(for value: Int) -> String {
        guard value > 0, value < 4000 else { return "" }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var out = ""
        for (v, s) in table { while rest >= v { out += s; rest -= v } }
        return out
    }
}
