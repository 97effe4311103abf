import Testing
@testable import VanBan

/// Web copies, PDF→Markdown and OCR output read like clean text; nothing is refused.
@Suite("Dialects")
struct DialectTests {
    static let banners: [(String, Bool)] = [
        ("Page 3", true), ("--- Page 3 ---", true), ("=== Page 12 of 40 ===", true), ("Trang 2/5", true),
        ("[OCR Result]", true), ("text_chars=148 | images=1 | ocr_ran=True | ocr_chars=2723", true),
        ("[1]", false), ("Page 3 của tài liệu", false), ("Trang trại chăn nuôi", false),
        ("Thời gian: 14=15", false),
    ]

    @Test(arguments: banners)
    func pageBanners(_ c: (String, Bool)) {
        #expect(LineShape.isPageBanner(Array(c.0.unicodeScalars)) == c.1)
    }

    static let ocr = """
    OCR check: scan.pdf

    Page 1
    text_chars=0 | images=1 | ocr_ran=True

    [OCR Result]
    ỦY BAN NHÂN DÂN TỈNH AN GIANG
    Số: 70/KH-UBND

    KẾ HOẠCH
    Tổ chức Tháng hành động vì môi trường năm 2027

    I. MỤC ĐÍCH
    1. Nâng cao nhận thức của cán bộ, công chức về bảo vệ môi trường.
    --- Page 2 ---
    2. Huy động sự tham gia của người dân.
    ~#@ %% ¬¬
    """

    @Test func ocrBannersAreDroppedAndListed() {
        let record = Support.process(Self.ocr).record
        #expect(record.source.pageNumberLines == [3, 4, 6, 15])
        let section = record.sections.first { $0.kind == "section" }
        #expect(section?.children.map { $0.numbering?.label ?? "" } == ["1.", "2."])
        // What cannot be read is kept as a paragraph, with its line.
        #expect(section?.children.last?.children.first?.kind == "paragraph")
        #expect(section?.children.last?.children.first?.span.start.line == 17)
    }

    @Test func aRomanNumberWrappedToALineOfItsOwnIsNoSection() {
        let text = "Chủ tịch UBND tỉnh nhiệm kỳ 2031-2036, Trưởng đoàn đại biểu Quốc hội tỉnh khóa\nXVII.\n\nII. TỔ CHỨC THỰC HIỆN"
        #expect(Support.logicalLines(text) == [
            "Chủ tịch UBND tỉnh nhiệm kỳ 2031-2036, Trưởng đoàn đại biểu Quốc hội tỉnh khóa XVII.", "II. TỔ CHỨC THỰC HIỆN",
        ])
    }

    static let web = """
    |
    **ỦY BAN NHÂN DÂN**
    |
    Số: 12/QĐ-UBND
    |

    # QUYẾT ĐỊNH
    ## Về việc giao chỉ tiêu năm 2027

    ## I. CHỈ TIÊU
    | TT | Chỉ tiêu | Đơn vị |
    | --- | --- | --- |
    | 1 | Tỷ lệ che phủ rừng | % |
    | 2 | Thu ngân sách | tỷ đồng |

    ### 1. Giao Sở Tài chính theo dõi.
    """

    @Test func webCopyTablesAndMarkdownHeadings() {
        let record = Support.process(Self.web).record
        let section = record.sections.first { $0.kind == "section" }
        #expect(section?.title == "CHỈ TIÊU")
        let rows = section?.children.filter { $0.kind == "row" } ?? []
        #expect(rows.map(\.title) == ["TT | Chỉ tiêu | Đơn vị", "1 | Tỷ lệ che phủ rừng | %", "2 | Thu ngân sách | tỷ đồng"])
        #expect(rows.map(\.span.start.line) == [11, 13, 14])
        #expect(section?.children.last?.kind == "subsection")
    }
}

