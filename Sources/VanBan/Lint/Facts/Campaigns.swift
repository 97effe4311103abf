/// Yearly campaign months (*Tháng Thanh niên*, *Tháng Công nhân* …): the month each ends,
/// for `year-out-of-scope` — once a year's campaign has ended, closing last year's is a
/// slip for this year's.
///
/// Each entry names the body that sets the campaign every year.
enum Campaigns {
    struct Campaign {
        /// The name's words after *Tháng* (lower case, old tone style).
        var words: [String]
        /// The month the campaign ends.
        var lastMonth: Int
        var source: String
    }

    static let all: [Campaign] = [
        Campaign(words: ["tháng", "thanh", "niên"], lastMonth: 3,
                 source: "Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh: tháng 3 hằng năm là Tháng Thanh niên"),
        Campaign(words: ["tháng", "công", "nhân"], lastMonth: 5,
                 source: "Tổng Liên đoàn Lao động Việt Nam: tháng 5 hằng năm là Tháng Công nhân"),
        Campaign(words: ["tháng", "nhân", "đạo"], lastMonth: 5,
                 source: "Trung ương Hội Chữ thập đỏ Việt Nam: tháng 5 hằng năm là Tháng Nhân đạo"),
        Campaign(words: ["tháng", "hành", "động", "vì", "trẻ", "em"], lastMonth: 6,
                 source: "Tháng hành động vì trẻ em, tháng 6 hằng năm (Luật Trẻ em 2016; chương trình hằng năm của Bộ Lao động - Thương binh và Xã hội)"),
    ]
}
