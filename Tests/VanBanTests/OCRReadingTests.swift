import Testing
@testable import VanBan

/// What OCR does to a document and how the reader recovers it: a type name without
/// diacritics, a received-mail stamp over the header, the header of a consolidated text
/// printed at the end, legal headings damaged (`Dieu`, `Ðiều`, `ChuongII`, `Chương XỊ`,
/// a dash speck), a rank before the signer, a tilde for a recipient's dash.
@Suite("OCR reading")
struct OCRReadingTests {
    /// A consolidated decision of a provincial committee, as an OCR tool prints it
    /// (written for this test: other issuer, type, place and numbers than corpus 19).
    static let consolidatedDecision = """
    Page 1
    [OCR Result]
    SỞ TƯ PHÁP TỈNH NAM ĐỊNH
    CÔNG VĂN ĐẾN
    Số: 118 Ngày: 04/3
    :   QUYET DINH
    Ban hành Quy chế quản lý kho lưu trữ chuyên dụng của tỉnh

    Chuong I
    QUY ĐỊNH CHUNG

    Ðiều 1. Phạm vi điều chỉnh
    Quy chế này quy định việc quản lý kho lưu trữ.

    Dieu 2. Đối tượng áp dụng
    Các sở, ban, ngành của tỉnh.

    -                    ChuongII  :
    QUẢN LÝ KHO

    Điêu 3. Bảo quản tài liệu
    1. Kho được kiểm tra hằng tháng.

    - Điều 4. Trách nhiệm của Sở Nội vụ
    Sở Nội vụ kiểm tra việc thực hiện Quy chế này.

    - Điều 9 của Luật Lưu trữ được dẫn chiếu ở đây.

    Chương IIỊ
    TỔ CHỨC THỰC HIỆN

    Điều 5. Hiệu lực thi hành
    Quyết định này có hiệu lực kể từ ngày ký./.

    UY BAN NHAN DAN TINH NAM DINH              XÁC THỰC VĂN BẢN HỢP NHẤT
    Số: 07  /VBHN-UBND     Nam Định, ngày X7 tháng ,4 năm 2024
    Nơi nhận:
    - Văn phòng Chính phủ;
    ~ Bộ Nội vụ;
    - Lưu: VT.

    KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH
    Đại tá Lê Văn Bình
    """

    static let record = Support.process(consolidatedDecision).record

    @Test func typeNameWithoutDiacriticsIsReadFromTheList() {
        #expect(Self.record.header.typeName == "QUYẾT ĐỊNH")
        #expect(Self.record.header.title == "Ban hành Quy chế quản lý kho lưu trữ chuyên dụng của tỉnh")
    }

    @Test func aReceivedMailStampIsNotTheIssuer() {
        // The issuer is the one printed at the end, not the body that stamped the copy.
        #expect(Self.record.header.issuerLines == ["UY BAN NHAN DAN TINH NAM DINH"])
    }

    @Test func headerPrintedAtTheEndGivesNumberPlaceAndDate() {
        let h = Self.record.header
        #expect(h.number?.raw == "07/VBHN-UBND")
        #expect(h.number?.typeCode == "VBHN")
        #expect(h.place == "Nam Định")
        #expect(h.date?.year == 2024)
        #expect(h.date?.month == nil && h.date?.day == nil)
        // Those lines are no longer text of the last article.
        let last = LegalStructureTests.all(Self.record.sections, kind: "article").last
        #expect(last?.children.allSatisfy { !$0.title.contains("VBHN") } ?? false)
    }

    @Test func damagedLegalHeadingsStillOpenChaptersAndArticles() {
        let chapters = LegalStructureTests.all(Self.record.sections, kind: "chapter")
        #expect(chapters.map { $0.numbering?.values ?? [] } == [[1], [2], [3]])
        let articles = LegalStructureTests.all(Self.record.sections, kind: "article")
        // `- Điều 4.` is the next article; `- Điều 9 của Luật …` is a reference, not a heading.
        #expect(articles.map { $0.numbering?.values ?? [] } == [[1], [2], [3], [4], [5]])
        #expect(articles[3].title == "Trách nhiệm của Sở Nội vụ")
    }

    @Test func rankIsKeptApartFromTheSignerAndTildeIsADash() {
        let s = Self.record.signatures.first
        #expect(s?.signer == "Lê Văn Bình")
        #expect(s?.rank == "Đại tá")
        #expect(Self.record.recipients.map(\.name) == ["Văn phòng Chính phủ", "Bộ Nội vụ", "Lưu: VT"])
    }

    @Test func aLineWithMarksIsNotReadAsAnUnmarkedTypeName() {
        #expect(Parser.unmarkedType(Support.line("THONG TU")) != nil)
        #expect(Parser.unmarkedType(Support.line("THÔNG TU")) == nil)
        #expect(Parser.unmarkedType(Support.line("THONG TU SO 5")) == nil)
    }

    @Test func ocrRomanNeedsATrueRomanLetter() {
        #expect(TokenizedLine.ocrRoman("VH") == 7)
        #expect(TokenizedLine.ocrRoman("XỊ") == 11)
        // A TCVN3 file in the lower-case font set prints the marked capital in lower case.
        #expect(TokenizedLine.ocrRoman("Vị") == 6)
        #expect(TokenizedLine.ocrRoman("Ô") == nil)
        #expect(TokenizedLine.ocrRoman("HỘI") == nil)
    }

    /// A plan whose `5.` came out of the OCR as `S.`, and whose recipients lost a dash.
    static let plan = """
    ỦY BAN NHÂN DÂN TỈNH BẾN TRE
    Số: 31/KH-UBND
    Bến Tre, ngày 2 tháng 6 năm 2026
    KẾ HOẠCH
    Tuyên truyền cải cách hành chính năm 2026

    I. MỤC ĐÍCH
    Nâng cao nhận thức.
    II. NHIỆM VỤ
    1. Xây dựng chuyên mục.
    2. Tổ chức hội thi.
    3. In tờ gấp.
    4. Cập nhật cổng thông tin.
    S. Khen thưởng cuối năm.
    a) Sở Nội vụ chủ trì.
    III. TỔ CHỨC THỰC HIỆN
    Các sở thực hiện.

    Nơi nhận:
    - Bộ Nội vụ;
    UBND các huyện;
    - Lưu: VT.

    TM. ỦY BAN NHÂN DÂN
    CHỦ TỊCH
    Trần Ngọc Tam
    """

    @Test func aLetterOCRMadeOfTheNextDigitIsNoPart() {
        let r = Support.process(Self.plan).record
        #expect(LegalStructureTests.outline(r.sections) == [
            "section I.", " paragraph -", "section II.", " subsection 1.", " subsection 2.", " subsection 3.",
            " subsection 4.", " subsection S.", "  item a)", "section III.", " paragraph -",
        ])
    }

    @Test func aLineAfterAnEntryClosedBySemicolonIsAnEntry() {
        let r = Support.process(Self.plan).record
        #expect(r.recipients.map(\.name) == ["Bộ Nội vụ", "UBND các huyện", "Lưu: VT"])
    }
}

/// Targets listed under a horizon heading (`1. Đến năm 2030`) of a heading that declares
/// targets, measurable or not, and one whose dash a page break lost.
@Suite("Horizon targets")
struct HorizonTargetTests {
    static let resolution = """
    ĐẢNG BỘ TỈNH HÀ GIANG
    TỈNH ỦY
    Số 09-NQ/TU
    Hà Giang, ngày 5 tháng 8 năm 2026
    NGHỊ QUYẾT
    về phát triển kinh tế rừng

    I- QUAN ĐIỂM
    Rừng là tài sản quý.

    II- MỤC TIÊU
    1- Đến năm 2035
    - Tỉ lệ che phủ rừng đạt trên 60%.
    - Hình thành vùng nguyên liệu gỗ lớn gắn với chế biến sâu.

    3
    Thu nhập của người trồng rừng tăng gấp hai lần so với năm 2025.
    - Kinh tế rừng đóng góp ít nhất 8% giá trị sản xuất nông nghiệp.
    2- Tầm nhìn đến năm 2045
    Hà Giang là trung tâm lâm nghiệp của vùng.
    III- NHIỆM VỤ
    1- Rà soát quy hoạch.
    """

    @Test func everyEntryUnderAHorizonHeadingIsATarget() {
        let r = Support.process(Self.resolution).record
        #expect(r.targets.map { $0.text.prefix(12) } == ["Tỉ lệ che ph", "Hình thành v", "Thu nhập của", "Kinh tế rừng"])
        #expect(r.targets[2].span.start.line == 17)
    }
}
