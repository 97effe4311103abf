import Testing
@testable import VanBan

/// Appendix tables whose cells are marked (pipe rows, HTML `<table>`, scraped `|` lines) or
/// dumped one cell a line under a header, and which document an appendix belongs to.
@Suite("Marked tables")
struct MarkedTableTests {
    /// `cleanCell` without Foundation's search gives what the `components(separatedBy:)`
    /// version gave (kept here as the reference), on emphasis, escapes and odd runs.
    @Test func cellCleaningMatchesTheReference() {
        func reference(_ s: String) -> String {
            func all(_ s: String, _ t: String) -> String { s.contains(t) ? s.components(separatedBy: t).joined() : s }
            return all(all(all(s, "**"), "__"), "\\").split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        }
        let samples = ["", " ", "**Tổng số**", "***a***", "a*\\*b", "__x__ _y_", "\\- Văn phòng\t\tUBND  ", "  Sở Tư pháp ",
                       "a\\\\b", "**__Đ__**", "*", "_", "____", "\t1.\t", "Kế  hoạch **số** 12\\/KH"]
        for s in samples { #expect(TableBuilder.cleanCell(s) == reference(s), "\(s)") }
        for s in ["<tr>", "<TR class=x>", "  <Tr", "a <td>x</td>", "<t", "", "|<tR|", "tr<", "<th>"] {
            #expect(TableBuilder.isHTMLRow(Array(s.unicodeScalars)) == s.lowercased().contains("<tr"), "\(s)")
        }
    }

    static let decision = """
    BỘ Y TẾ
    Số: 88/QĐ-BYT
    Hà Nội, ngày 4 tháng 3 năm 2027
    QUYẾT ĐỊNH
    Về danh mục trang thiết bị y tế thiết yếu

    Điều 1. Ban hành danh mục tại Phụ lục kèm theo Quyết định này.
    Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

    Nơi nhận:
    - Như Điều 2;
    - Lưu: VT, TB-CT.

    KT. BỘ TRƯỞNG
    THỨ TRƯỞNG
    Lê Thị Hoa

    PHỤ LỤC
    DANH MỤC TRANG THIẾT BỊ
    <table>
    <tr><th>STT</th><th>Tên thiết bị</th><th>Đơn vị chủ trì</th><th>Thời gian hoàn thành</th></tr>
    <tr><td><b>I</b></td><td>Tuyến tỉnh</td><td></td><td></td></tr>
    <tr><td>1</td><td>Máy siêu âm &amp; máy X-quang</td><td>Sở Y tế</td><td>Quý II/2027</td></tr>
    <tr><td></td><td>Máy
    điện tim</td><td></td><td></td></tr>
    <tr><td>2</td><td>Xe cứu thương</td><td>Bệnh viện tỉnh</td><td>2028</td></tr>
    </table>
    """

    @Test func htmlTableAfterTheSignatureIsAnAppendixWithCells() throws {
        let r = Support.process(Self.decision).record
        #expect(r.attachments.isEmpty)
        let a = try #require(r.appendices.first)
        #expect(a.title == "DANH MỤC TRANG THIẾT BỊ")
        #expect(a.columns == ["STT", "Tên thiết bị", "Đơn vị chủ trì", "Thời gian hoàn thành"])
        #expect(a.rows.map(\.index) == ["1", "2"])
        #expect(a.rows[0].cells == ["1", "Máy siêu âm & máy X-quang", "Sở Y tế", "Quý II/2027"])
        #expect(a.rows[0].group == "Tuyến tỉnh")
        #expect(a.rows[0].owner == "Sở Y tế" && a.rows[0].end == "Quý II/2027")
        // The row without an index continues row 1, its cell wrapped over two lines.
        #expect(a.rows[0].subRows == [["", "Máy điện tim", "", ""]])
        #expect(a.rows[1].span.start.line == 26)
    }

    static let planWithProgramme = """
    TỈNH ỦY LẠNG SƠN
    Số 12-NQ/TU
    Lạng Sơn, ngày 2 tháng 2 năm 2027
    NGHỊ QUYẾT
    về phát triển du lịch

    1. Ban hành kèm theo Nghị quyết này Chương trình hành động.
    2. Giao Ban Tuyên giáo theo dõi.

    Nơi nhận:
    - Các huyện ủy,
    - Lưu Văn phòng Tỉnh ủy.

    T/M BAN THƯỜNG VỤ
    BÍ THƯ
    Hoàng Văn Nam

    CHƯƠNG TRÌNH HÀNH ĐỘNG
    thực hiện Nghị quyết số 12-NQ/TU
    (Kèm theo Nghị quyết số 12-NQ/TU ngày 2/2/2027)

    I. MỤC TIÊU
    Tăng lượng khách.
    II. NHIỆM VỤ
    Các sở thực hiện.

    PHỤ LỤC 01
    CHỈ TIÊU DU LỊCH
    | TT | Chỉ tiêu | Cơ quan chủ trì | Tiến độ |
    | --- | --- | --- | --- |
    | **I** | **Đến năm 2030** | | |
    | 1 | Khách du lịch đạt 5 triệu lượt | Sở Văn hóa | 2030 |
    | 1.1 | Khách quốc tế đạt 1 triệu lượt | Sở Văn hóa | 2030 |
    |  | (không kể khách trong ngày) | | |
    """

    @Test func pipeTableAfterAnAttachmentBelongsToTheAttachment() throws {
        let r = Support.process(Self.planWithProgramme).record
        #expect(r.appendices.isEmpty)
        let programme = try #require(r.attachments.first)
        let a = try #require(programme.appendices.first)
        #expect(a.number == 1 && a.title == "CHỈ TIÊU DU LỊCH")
        #expect(a.columns == ["TT", "Chỉ tiêu", "Cơ quan chủ trì", "Tiến độ"])
        #expect(a.rows.map(\.index) == ["1", "1.1"])
        #expect(a.rows.allSatisfy { $0.group == "Đến năm 2030" })
        #expect(a.rows[1].start == "2030" && a.rows[1].owner == "Sở Văn hóa")
        #expect(a.rows[1].subRows == [["", "(không kể khách trong ngày)", "", ""]])
    }

    static let columnar = """
    HỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG
    Số: 5/NQ-HĐND
    An Giang, ngày 9 tháng 12 năm 2026
    NGHỊ QUYẾT
    Về chương trình giám sát năm 2027

    Điều 1. Thông qua chương trình giám sát tại Phụ lục.

    TM. HỘI ĐỒNG NHÂN DÂN
    CHỦ TỊCH
    Võ Thị Lan

    PHỤ LỤC
    NỘI DUNG GIÁM SÁT

    STT

    Nội dung

    Cơ quan chủ trì

    Thời gian

    I

    Giám sát chuyên đề

    1.

    Việc quản lý đất công

    Ban Kinh tế - Ngân sách

    Quý I/2027

    2.

    Việc thực hiện chính sách

    Ban Văn hóa - Xã hội của Hội đồng

    nhân dân tỉnh

    Quý III/2027
    """

    @Test func oneCellALineUnderAHeaderIsReadByColumns() throws {
        let r = Support.process(Self.columnar).record
        let a = try #require(r.appendices.first)
        #expect(a.columns == ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"])
        #expect(a.rows.map(\.index) == ["1", "2"])
        #expect(a.rows[1].owner == "Ban Văn hóa - Xã hội của Hội đồng nhân dân tỉnh")
        #expect(a.rows[1].start == "Quý III/2027")
        #expect(a.rows.allSatisfy { $0.group == "Giám sát chuyên đề" })
    }

    @Test func pipeRowsInTheBodyKeepTheirCellsAndHeader() {
        let r = Support.process("""
            ỦY BAN NHÂN DÂN TỈNH CÀ MAU
            Số: 3/KH-UBND
            Cà Mau, ngày 2 tháng 3 năm 2027
            KẾ HOẠCH
            Kiểm tra công vụ năm 2027

            I. LỊCH KIỂM TRA
            | TT | Đơn vị | Thời gian |
            |---|---|---|
            | 1 | Sở **Tài chính** | Ngày 4/5/2027 |
            | 2 | Sở Nội vụ | |
            """).record
        let rows = r.sections.first?.children.filter { $0.kind == "row" } ?? []
        #expect(rows.map { $0.cells ?? [] } == [["TT", "Đơn vị", "Thời gian"], ["1", "Sở Tài chính", "Ngày 4/5/2027"], ["2", "Sở Nội vụ", ""]])
        #expect(rows.map { $0.header ?? false } == [true, false, false])
        #expect(rows[1].span.start.line == 10)
    }
}
