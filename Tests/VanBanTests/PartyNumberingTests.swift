import Testing
@testable import VanBan

/// The central Party numbering `I-`, `1-`, `a-` and Markdown escapes `1\.`, `\-`, `I\.`.
@Suite("Party numbering")
struct PartyNumberingTests {
    static let markers: [(String, String?)] = [
        ("I- QUAN ĐIỂM CHỈ ĐẠO", "roman [1] I-"), ("IV- TỔ CHỨC THỰC HIỆN", "roman [4] IV-"),
        ("1- Tăng cường sự lãnh đạo", "arabic [1] 1-"), ("12- Các cấp ủy", "arabic [12] 12-"),
        ("a- Đổi mới tư duy", "letter [1] a-"), ("đ- Phát triển", "letter [5] đ-"),
        ("2025-2030 là giai đoạn", nil), ("1-NQ/TW", nil), ("I-ốt", nil),
    ]

    @Test(arguments: markers)
    func dashFormsReadLikeDottedForms(_ c: (String, String?)) {
        let m = ListMarker.recognize(Array(c.0.unicodeScalars))
        #expect(m.map { "\($0.style.rawValue) \($0.values) \($0.label)" } == c.1)
    }

    static let escaped: [(String, String)] = [
        ("**1\\.** Phát triển khoa học", "1. Phát triển khoa học"), ("\\- Tiềm lực khoa học", "- Tiềm lực khoa học"),
        ("**I\\. MỤC TIÊU**", "I. MỤC TIÊU"), ("kinh tế \\- xã hội", "kinh tế - xã hội"),
        ("## II. NHIỆM VỤ", "II. NHIỆM VỤ"), ("__Nơi nhận__:", "Nơi nhận:"), ("Số: ____/QĐ-UBND", "Số: ____/QĐ-UBND"),
        ("C:\\Users\\a", "C:\\Users\\a"),
    ]

    @Test(arguments: escaped)
    func markdownEscapesAndMarksAreCleaned(_ c: (String, String)) {
        let clean = CleanLine(source: SourceText(name: "t", text: c.0), index: 0)
        #expect(String(scalars: clean.scalars) == c.1)
    }

    @Test func escapedLineKeepsItsOriginalColumns() {
        // "**1\." — the text "Phát" starts at column 8 of the original.
        let line = Support.line("**1\\.** Phát triển")
        #expect(line.marker?.label == "1.")
        #expect(line.line.span(line.bodyOffset..<line.bodyOffset + 4).start.column == 9)
    }

    static let resolution = """
    BỘ CHÍNH TRỊ
    Số 88-NQ/TW
    Hà Nội, ngày 5 tháng 6 năm 2029

    NGHỊ QUYẾT
    về phát triển kinh tế biển đến năm 2040

    Thực hiện chủ trương của Đảng, Bộ Chính trị yêu cầu quán triệt các nội dung sau:

    **I\\- QUAN ĐIỂM**

    **1\\.** Kinh tế biển là động lực phát triển.

    **2\\.** Phát triển bền vững gắn với bảo đảm quốc phòng.

    **II\\- NHIỆM VỤ, GIẢI PHÁP**

    1- Hoàn thiện thể chế

    a- Rà soát các quy định về biển.

    b- Xây dựng cơ chế đặc thù.

    2- Phát triển hạ tầng

    \\- Đầu tư cảng biển.

    T/M BỘ CHÍNH TRỊ
    Trần Văn Bắc
    """

    @Test func aCentralResolutionHasItsSections() {
        let record = Support.process(Self.resolution).record
        #expect(record.sections.map(\.kind) == ["section", "section"])
        #expect(record.sections.map(\.title) == ["QUAN ĐIỂM", "NHIỆM VỤ, GIẢI PHÁP"])
        #expect(record.sections[0].children.map { $0.numbering?.label ?? "" } == ["1.", "2."])
        let tasks = record.sections[1].children
        #expect(tasks.map { $0.numbering?.label ?? "" } == ["1-", "2-"])
        #expect(tasks[0].children.map { $0.numbering?.label ?? "" } == ["a-", "b-"])
        #expect(tasks[1].children.map { $0.numbering?.style } == [.dash])
    }
}
