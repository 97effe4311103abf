import Testing
@testable import VanBan

/// Targets wherever a heading declares them, whatever its wording and numbering.
@Suite("Targets")
struct DeclaredTargetTests {
    static let plan = """
    ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
    Số: 45/KH-UBND
    Lâm Đồng, ngày 2 tháng 2 năm 2028

    KẾ HOẠCH
    Phát triển kinh tế nông thôn giai đoạn 2028 - 2030

    I. MỤC ĐÍCH, YÊU CẦU
    1. Nâng cao thu nhập của người dân nông thôn lên 20% so với năm 2027.

    II. MỤC TIÊU
    1. Mục tiêu chung
    Phát triển nông nghiệp xanh, bền vững.
    2. Mục tiêu cụ thể
    (1) Tốc độ tăng trưởng giá trị sản xuất nông nghiệp bình quân đạt 5,5%/năm.
    (2) Nâng cao chất lượng đời sống vật chất và tinh thần của người dân.
    a) Tỷ lệ hộ nghèo giảm còn dưới 1%.
    + Có ít nhất 120 xã đạt chuẩn nông thôn mới nâng cao.

    III. NHIỆM VỤ, GIẢI PHÁP
    Phấn đấu đến năm 2030:
    - Thu nhập bình quân đầu người đạt 95 triệu đồng/năm.
    - Tiếp tục cải cách hành chính.

    IV. TỔ CHỨC THỰC HIỆN
    - Các sở bố trí 100% kinh phí theo kế hoạch.

    TM. ỦY BAN NHÂN DÂN
    CHỦ TỊCH
    Trần Thị Mai
    """

    @Test func targetsUnderDeclaringHeadings() {
        let record = Support.process(Self.plan).record
        #expect(record.targets.map(\.text) == [
            "Tốc độ tăng trưởng giá trị sản xuất nông nghiệp bình quân đạt 5,5%/năm.",
            "Tỷ lệ hộ nghèo giảm còn dưới 1%.",
            "Có ít nhất 120 xã đạt chuẩn nông thôn mới nâng cao.",
            "Thu nhập bình quân đầu người đạt 95 triệu đồng/năm.",
        ])
        #expect(record.targets.map(\.label) == ["1", nil, nil, nil])
        #expect(record.targets.map { $0.values.map(\.value) } == [[5.5], [1], [120], [95]])
        #expect(record.targets[1].values.first?.comparator == "<")
        #expect(record.targets[2].values.first?.comparator == ">=")
        #expect(record.targets.map(\.span.start.line) == [15, 17, 18, 22])
    }

    static let headings: [(String, Bool)] = [
        ("Chỉ tiêu", true), ("3. Các chỉ tiêu chủ yếu", true), ("II- MỤC TIÊU", true), ("b) Mục tiêu cụ thể", true),
        ("Phấn đấu đến năm 2030", true), ("Nhiệm vụ trọng tâm", false), ("Tổ chức thực hiện", false),
    ]

    @Test(arguments: headings)
    func declaringWordings(_ c: (String, Bool)) {
        let line = Support.line(c.0)
        #expect(TargetHeadings.declares(line, from: line.bodyStart) == c.1)
    }
}
