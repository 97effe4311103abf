/// When the events of a school year (*năm học A - B*) take place, for `year-out-of-scope`.
///
/// Source: the yearly decision of the Bộ Giáo dục và Đào tạo on the time frame of the school
/// year for preschool, general and continuing education (*Quyết định ban hành khung kế
/// hoạch thời gian năm học*): pupils return in late August, the school year opens on 5
/// September of A, the first term ends by mid-January of B, the school year ends by 31 May
/// of B and admissions to the first grades of each level end by 31 July of A (for the year
/// starting that autumn).
enum SchoolCalendar {
    struct Event {
        /// Words before *năm học* that name the event (lower case, old tone style).
        var words: [[String]]
        /// True when the event is in the first calendar year of the school year (A), false in
        /// the second (B).
        var firstYear: Bool
        /// The month it is held in.
        var month: Int
    }

    static let events: [Event] = [
        Event(words: [["khai", "giảng"], ["tựu", "trường"]], firstYear: true, month: 9),
        Event(words: [["tuyển", "sinh"]], firstYear: true, month: 7),
        Event(words: [["học", "kỳ", "i"], ["học", "kì", "i"], ["học", "kỳ", "1"], ["học", "kì", "1"]], firstYear: false, month: 1),
        Event(words: [["bế", "giảng"], ["tổng", "kết", "năm", "học"]], firstYear: false, month: 5),
    ]

    /// How far before the event a block may prepare it, and after it report on it, in months.
    static let ahead = 8
    static let after = 6
}
