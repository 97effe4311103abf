/// Terms of office the rules know (KNOWLEDGE.md "Terms").
///
/// Sources: National Assembly khóa XV 2021–2026, shortened by Nghị quyết 199/2025/QH15;
/// khóa XVI 2026–2031, elected on 15/03/2026 together with the People's Councils
/// 2026–2031. National Party Congresses: XIII in 2021, XIV on 19–23/01/2026, XV expected
/// early 2031.
enum Terms {
    /// National Assembly (*Quốc hội*) term number → first and last year.
    static let nationalAssembly: [Int: (start: Int, end: Int)] = [
        13: (2011, 2016), 14: (2016, 2021), 15: (2021, 2026), 16: (2026, 2031),
    ]
    /// National Party Congress (*Đại hội đại biểu toàn quốc*) number → year held. The XV
    /// is expected early 2031 (KNOWLEDGE.md "Terms"): no resolution of it exists before.
    /// The XVI follows five years later (Điều lệ Đảng 2011, Điều 15: the national Congress is
    /// convened once every five years), expected 2036.
    static let partyCongress: [Int: Int] = [11: 2011, 12: 2016, 13: 2021, 14: 2026, 15: 2031, 16: 2036]

    /// Words that point at a Congress still to come when they stand just before its name
    /// (*hướng tới Đại hội XV*, *chào mừng …*, *tiến tới …*, *chuẩn bị …*): the phrasings of
    /// emulation and preparation plans (*thi đua chào mừng Đại hội …*); wording, not a fact.
    static let forwardCongressCues: [[String]] = [["hướng", "tới"], ["chào", "mừng"], ["tiến", "tới"], ["chuẩn", "bị"], ["hướng", "về"]]
    /// Words between the cue and the Congress that make it one already held (*chào mừng
    /// thành công Đại hội …*, *chào mừng thắng lợi …*).
    static let heldCongressWords: [[String]] = [["thành", "công"], ["thắng", "lợi"]]

    /// People's Councils (*Hội đồng nhân dân*) are elected with the National Assembly for
    /// five years: 2016–2021, 2021–2026, 2026–2031 (Luật Tổ chức chính quyền địa phương;
    /// the 2021–2026 term ends with the election of 15/03/2026).
    static func councilTerm(_ a: Int, _ b: Int) -> Bool { b - a == 5 && a % 5 == 1 }
    /// Party committees' congresses (*Đại hội Đảng bộ*) hold five-year terms ending in
    /// years divisible by five: 2015–2020, 2020–2025, 2025–2030 (Điều lệ Đảng, Điều 11).
    static func partyTerm(_ a: Int, _ b: Int) -> Bool { b - a == 5 && a % 5 == 0 }
}
