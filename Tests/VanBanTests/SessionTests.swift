import Testing
@testable import VanBan

/// Sessions (*Kỳ họp thứ N*) are meetings of kind `session`; a sentence or a title that
/// mentions a meeting is not one.
@Suite("Sessions and meetings")
struct SessionTests {
    static let programme = """
    ỦY BAN THƯỜNG VỤ QUỐC HỘI
    Số: 210/2030/UBTVQH16
    Hà Nội, ngày 20 tháng 9 năm 2030

    NGHỊ QUYẾT
    Chương trình lập pháp năm 2031

    Tại Kỳ họp thứ mười, Quốc hội đã thảo luận về định hướng công tác lập pháp nhiệm kỳ.

    QUYẾT NGHỊ:

    Điều 1. Chương trình lập pháp năm 2031

    1. Trình Quốc hội xem xét, thông qua tại Kỳ họp thứ nhất, Quốc hội khóa XVII (tháng 5/2031) đối với 3 dự án luật sau đây:

    a) Luật Thủy sản (sửa đổi);

    b) Luật Đo đạc và bản đồ (sửa đổi);

    c) Luật Lưu trữ (sửa đổi).

    2. Trình Quốc hội cho ý kiến tại Kỳ họp thứ 2, Quốc hội khóa XVII (dự kiến tháng 10/2031) đối với 2 dự án luật sau đây:

    a) Luật Dược (sửa đổi);

    b) Luật Quy hoạch đô thị và nông thôn.

    Điều 2. Tổ chức thực hiện

    Các cơ quan trình dự án tổ chức soạn thảo bảo đảm tiến độ trình tại Kỳ họp thứ nhất, Quốc hội khóa XVII.

    TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
    CHỦ TỊCH
    Phạm Văn Cường
    """

    @Test func sessionsOfALegislativeProgramme() {
        let record = Support.process(Self.programme).record
        #expect(record.meetings.map(\.kind) == ["session", "session"])
        #expect(record.meetings.map(\.session) == [1, 2])
        #expect(record.meetings.map(\.sessionRaw) == ["nhất", "2"])
        #expect(record.meetings.map(\.body) == ["Quốc hội khóa XVII", "Quốc hội khóa XVII"])
        #expect(record.meetings.map { $0.period?.month } == [5, 10])
        #expect(record.meetings.map { $0.period?.year } == [2031, 2031])
        #expect(record.meetings.map { $0.items.map(\.text) } == [
            ["Luật Thủy sản (sửa đổi);", "Luật Đo đạc và bản đồ (sửa đổi);", "Luật Lưu trữ (sửa đổi)."],
            ["Luật Dược (sửa đổi);", "Luật Quy hoạch đô thị và nông thôn."],
        ])
        #expect(record.meetings.map(\.span.start.line) == [14, 22])
    }

    @Test func aCouncilSessionHeadingWithAnOrdinalWord() {
        let text = "KẾ HOẠCH\nChuẩn bị các kỳ họp năm 2029\n\n1. Kỳ họp thứ mười hai Hội đồng nhân dân tỉnh (tháng 7/2029)\n- Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm.\n2. Kỳ họp thứ mười ba (tháng 12/2029)\n- Quyết định dự toán ngân sách năm 2030.\n"
        let record = Support.process(text).record
        #expect(record.meetings.map(\.session) == [12, 13])
        #expect(record.meetings.map(\.body) == ["Hội đồng nhân dân tỉnh", nil])
        #expect(record.meetings.map(\.items.count) == [1, 1])
    }

    static let conferenceProse = """
    ĐẢNG CỘNG SẢN VIỆT NAM
    TỈNH ỦY HÀ TĨNH
    Số 09-NQ/TU
    Hà Tĩnh, ngày 15 tháng 4 năm 2027

    NGHỊ QUYẾT
    HỘI NGHỊ LẦN THỨ MƯỜI HAI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XX

    Hội nghị lần thứ mười hai Ban Chấp hành Đảng bộ tỉnh diễn ra trong hai ngày, chia thành các phiên họp.
    Hội nghị lần thứ nhất (tháng 1/2027) đã thảo luận dự thảo Báo cáo chính trị và thống nhất nhiều nội dung lớn.
    Hội nghị lần thứ hai tiếp tục thảo luận về công tác cán bộ
    - Hội nghị lần thứ ba (tháng 3/2027) cho ý kiến vào đề án nhân sự.

    I. ĐÁNH GIÁ TÌNH HÌNH
    1. Hội nghị lần thứ mười một đã được tổ chức thành công, thống nhất cao về chủ trương sáp nhập các xã, phường trên địa bàn tỉnh theo kế hoạch của Trung ương.

    T/M TỈNH ỦY
    BÍ THƯ
    Nguyễn Văn Hòa
    """

    @Test func proseAboutConferenceRoundsIsNoMeeting() {
        let record = Support.process(Self.conferenceProse).record
        #expect(record.meetings.isEmpty)
    }

    static let shapes: [(String, Bool)] = [
        ("1. Hội nghị Ban Chấp hành Đảng bộ lần thứ 3 (tháng 3/2026)", true),
        ("2. Hội nghị Ban Chấp hành Đảng bộ lần thứ IV", true),
        ("Hội nghị lần thứ 5 (quý II/2026)", true),
        ("HỘI NGHỊ LẦN THỨ MƯỜI BA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII", false),
        ("Hội nghị lần thứ hai tiếp tục thảo luận về công tác cán bộ", false),
        ("1. Hội nghị lần thứ nhất (tháng 1/2027) đã thông qua nghị quyết về công tác cán bộ.", false),
        ("- Hội nghị lần thứ ba (tháng 3/2027)", false),
    ]

    @Test(arguments: shapes)
    func meetingHeadingShapes(_ c: (String, Bool)) {
        #expect(Support.line(c.0).isMeetingHeading == c.1)
    }
}

@Suite("Export of sessions and articles")
struct SessionExportTests {
    @Test func sessionItemsAndArticlesBecomeRows() {
        let record = Support.process(SessionTests.programme).record
        let rows = ScheduleExport.rows(record, document: "p.txt")
        #expect(rows.map(\.kind.rawValue) == ["article", "session", "session", "session", "session", "session", "article"])
        #expect(rows.first?.item == "Điều 1. Chương trình lập pháp năm 2031")
        #expect(rows[1].meeting == 1 && rows[1].month == 5 && rows[1].body == "Quốc hội khóa XVII")
        #expect(ScheduleExport.fields(rows[1], .vi)[1] == "kỳ họp")
    }
}
