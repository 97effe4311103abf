import Testing
@testable import VanBan

@Suite("Numbering markers")
struct ListMarkerTests {
    static let cases: [(String, NumberingStyle?, [Int])] = [
        ("A. MỤC ĐÍCH", .upperLatin, [1]), ("C. TỔ CHỨC THỰC HIỆN", .upperLatin, [3]),
        ("IV. TỔ CHỨC", .roman, [4]), ("XXIII. X", .roman, [23]), ("1. Tháng 1", .arabic, [1]),
        ("12. Tháng 12/2026", .arabic, [12]), ("2.1. Tập trung", .dotted, [2, 1]), ("2.1.Tập trung", .dotted, [2, 1]),
        ("(11) Phấn đấu", .parenthesized, [11]), ("a) Nội dung", .letter, [1]), ("đ) Nội dung", .letter, [5]),
        ("- Thông qua", .dash, []), ("-Thảo luận", .dash, []), ("• Cơ quan", .bullet, []), ("+ Một", .plus, []),
        ("1.000 dân", nil, []), ("2026 (Ban Chỉ huy", nil, []), ("I, nhiệm kỳ 2025", nil, []), ("-----", nil, []),
        ("Căn cứ", nil, []), ("(nếu có)", nil, []), ("VI (mở rộng)", nil, []),
    ]

    @Test(arguments: cases)
    func recognises(_ c: (String, NumberingStyle?, [Int])) {
        let marker = ListMarker.recognize(Array(c.0.unicodeScalars))
        #expect(marker?.style == c.1)
        if c.1 != nil { #expect(marker?.values == c.2) }
    }

    @Test func romanNumerals() {
        #expect(RomanNumeral.value(of: "XXIII") == 23)
        #expect(RomanNumeral.value(of: "XIV") == 14)
        #expect(RomanNumeral.value(of: "IIII") == nil)
        #expect(RomanNumeral.value(of: "IC") == nil)
    }
}
