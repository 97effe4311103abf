import Testing
@testable import VanBan

/// Chương / Mục / Điều / khoản / điểm, read from `NumberingHierarchy`; quoted amending text.
@Suite("Legal structure")
struct LegalStructureTests {
    /// Kind and label of every node with numbering, depth-first, indented by depth.
    static func outline(_ nodes: [SectionNode], depth: Int = 0) -> [String] {
        nodes.flatMap { n -> [String] in
            let own = String(repeating: " ", count: depth) + n.kind + " " + (n.numbering?.label ?? "-")
            return [own] + outline(n.children, depth: depth + 1)
        }
    }

    static func all(_ nodes: [SectionNode], kind: String) -> [SectionNode] {
        nodes.flatMap { ($0.kind == kind ? [$0] : []) + all($0.children, kind: kind) }
    }

    static let amendingCircular = """
    BỘ TÀI CHÍNH
    Số: 12/2027/TT-BTC
    Hà Nội, ngày 3 tháng 5 năm 2027

    THÔNG TƯ
    Sửa đổi, bổ sung một số điều của Thông tư số 40/2024/TT-BTC

    Căn cứ Luật Ngân sách nhà nước;

    Bộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 40/2024/TT-BTC.

    Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 40/2024/TT-BTC

    1. Điều 5 được sửa đổi, bổ sung như sau:

    “Điều 5. Hồ sơ đề nghị

    1. Văn bản đề nghị của đơn vị.

    2. Bản sao quyết định giao dự toán.”

    2. Điều 8 được sửa đổi như sau: “Điều 8. Thời hạn xử lý

    Trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ.”

    3. Bổ sung điểm d khoản 2 Điều 7 như sau:

    “d) Báo cáo quyết toán năm trước.”

    Điều 2. Hiệu lực thi hành

    1. Thông tư này có hiệu lực từ ngày 01 tháng 7 năm 2027.

    2. Bãi bỏ khoản 3 Điều 9 Thông tư số 40/2024/TT-BTC.

    Nơi nhận:
    - Như Điều 2;
    - Lưu: VT.

    KT. BỘ TRƯỞNG
    THỨ TRƯỞNG
    Nguyễn Văn Bình
    """

    @Test func amendingArticleKeepsQuotedTextInsideItsClause() {
        let record = Support.process(Self.amendingCircular).record
        let articles = Self.all(record.sections, kind: "article")
        #expect(articles.map(\.numbering?.values) == [[1], [2]])
        #expect(articles.map(\.title) == ["Sửa đổi, bổ sung một số điều của Thông tư số 40/2024/TT-BTC", "Hiệu lực thi hành"])
        let first = articles[0]
        #expect(first.children.map(\.kind) == ["clause", "clause", "clause"])
        #expect(first.children.map { $0.numbering?.values ?? [] } == [[1], [2], [3]])
        // The quoted "Điều 5.", "1.", "2." and the quoted paragraph of Điều 8 stay inside their clauses.
        #expect(first.children[0].children.map(\.kind) == ["quote", "quote", "quote"])
        #expect(first.children[0].children[0].title.hasPrefix("“Điều 5."))
        #expect(first.children[1].children.map(\.kind) == ["quote"])
        #expect(first.children[2].children.map(\.kind) == ["quote"])
        #expect(articles[1].children.map(\.kind) == ["clause", "clause"])
        // Every quoted line keeps its place in the original file.
        #expect(first.children[0].children[2].span.start.line == 20)
    }

    static let partyRegulation = """
    ĐẢNG CỘNG SẢN VIỆT NAM
    TỈNH ỦY QUẢNG TRỊ
    Số 15-QĐ/TU
    Quảng Trị, ngày 10 tháng 3 năm 2028

    QUY ĐỊNH
    về chế độ làm việc của Ban Thường vụ Tỉnh ủy

    Chương I
    NHỮNG QUY ĐỊNH CHUNG

    Điều 1. Phạm vi điều chỉnh
    Quy định này quy định chế độ làm việc của Ban Thường vụ Tỉnh ủy khóa XVII.

    Điều 2. Nguyên tắc làm việc
    1. Tập trung dân chủ.
    2. Tập thể lãnh đạo, cá nhân phụ trách:
    a) Thảo luận dân chủ;
    b) Quyết định theo đa số;
    c) Phân công rõ ràng;
    d) Kiểm tra thường xuyên;
    đ) Báo cáo định kỳ.

    CHƯƠNG II - NHIỆM VỤ VÀ QUYỀN HẠN

    Mục 1. BAN THƯỜNG VỤ

    Điều 3. Nhiệm vụ
    1. Lãnh đạo thực hiện nghị quyết của Tỉnh ủy.
    Điều 5 của Quy định năm 2020 không còn áp dụng.

    Mục 2
    THƯỜNG TRỰC TỈNH ỦY

    Điều 4. Quyền hạn
    Thực hiện các quyền hạn theo quy định tại Điều 3 của Quy định này.

    T/M BAN THƯỜNG VỤ
    BÍ THƯ
    Lê Văn An
    """

    @Test func regulationWithChaptersSectionsArticlesClausesAndPoints() {
        let record = Support.process(Self.partyRegulation).record
        let chapters = record.sections.filter { $0.kind == "chapter" }
        #expect(chapters.map(\.title) == ["NHỮNG QUY ĐỊNH CHUNG", "NHIỆM VỤ VÀ QUYỀN HẠN"])
        #expect(chapters.map { $0.numbering?.style } == [.roman, .roman])
        #expect(chapters[1].children.map(\.kind) == ["section", "section"])
        #expect(chapters[1].children.map(\.title) == ["BAN THƯỜNG VỤ", "THƯỜNG TRỰC TỈNH ỦY"])
        // Articles are numbered across the document, under their chapter or section.
        #expect(Self.all(record.sections, kind: "article").map { $0.numbering?.values ?? [] } == [[1], [2], [3], [4]])
        let article2 = chapters[0].children[1]
        #expect(article2.children.map(\.kind) == ["clause", "clause"])
        // Points follow the Vietnamese alphabet: a b c d đ.
        #expect(article2.children[1].children.map(\.kind) == ["point", "point", "point", "point", "point"])
        #expect(article2.children[1].children.map { $0.numbering?.values ?? [] } == [[1], [2], [3], [4], [5]])
        // "Điều 5 của Quy định …" is a sentence, not an article.
        let article3 = chapters[1].children[0].children[0]
        #expect(article3.children.map(\.kind) == ["clause"])
        // The chapter's title on its own line widens its span.
        #expect(chapters[0].span.start.line == 9 && chapters[0].span.end.line == 10)
    }

    @Test func reportShowsTheLegalOutline() {
        let html = HTMLReport.render(Support.process(Self.partyRegulation), diagnostics: [], language: .vi)
        #expect(html.contains("<section id=\"structure\">"))
        #expect(html.contains("<a href=\"#L12\">Điều 1. Phạm vi điều chỉnh</a>"))
        #expect(!HTMLReport.render(Support.process("1. Nội dung\n- Việc một"), diagnostics: [], language: .vi).contains("id=\"structure\""))
    }

    static let headings: [(String, String?)] = [
        ("Chương IV QUY ĐỊNH CHUNG", "chapter 4 Chương IV"), ("Chương 2. Điều khoản chung", "chapter 2 Chương 2."),
        ("Phần thứ hai", "part 2 Phần thứ hai"), ("Tiểu mục 3. Hồ sơ", "subsection 3 Tiểu mục 3."),
        ("Mục 2", "section 2 Mục 2"), ("Điều 12. Hiệu lực thi hành", "article 12 Điều 12."),
        ("ĐIỀU 3: PHẠM VI", "article 3 ĐIỀU 3:"), (": Chương I", "chapter 1 Chương I"),
        ("Điều 5 của Luật này quy định", nil), ("Mục tiêu cụ thể", nil), ("CHƯƠNG TRÌNH HÀNH ĐỘNG", nil),
        ("Chương V Thông tư này.", nil), ("điều 5. thường", nil), ("“Điều 5. Hồ sơ", nil), ("Chương hai", nil),
        ("1. Điều 5 được sửa đổi", nil),
        // A legacy font without accented capitals (TCVN3 lower-case set) loses their case.
        ("Chương III QUY ĐịNH CHUNG", "chapter 3 Chương III"), ("ĐIềU 4. HIệU LựC", "article 4 ĐIềU 4."),
    ]

    @Test(arguments: headings)
    func recognisesLegalHeadings(_ c: (String, String?)) {
        let h = Support.line(c.0).legalHeading
        #expect(h.map { "\($0.kind.rawValue) \($0.value) \($0.label)" } == c.1)
    }

    @Test func caseLostCapitalsStillStartALegalHeading() {
        #expect(LineShape.startsLegalHeading(Array("CHươNG II QUY ĐịNH Cụ THể".unicodeScalars)))
        #expect(!LineShape.startsLegalHeading(Array("Chương V Thông tư này.".unicodeScalars)))
    }

    @Test func aLegalHeadingIsNeverJoinedToTheSentenceBefore() {
        // Hard-wrapped lines without blank lines between them, as in web copies.
        let text = """
        Ủy ban nhân dân tỉnh ban hành Quyết định về quản lý, sử dụng và khai thác tài sản kết cấu hạ tầng
        trên địa bàn tỉnh Bắc Giang theo quy định của pháp luật hiện hành về quản lý tài sản công.
        Điều 1. Phạm vi điều chỉnh
        1. Quyết định này quy định việc phân cấp quản lý tài sản quy định tại khoản 2 Điều 20 và khoản
        2 Điều 21 của Nghị định số 43/2022/NĐ-CP của Chính phủ.
        """
        let lines = Support.logicalLines(text)
        #expect(lines.count == 3)
        #expect(lines.dropFirst().first == "Điều 1. Phạm vi điều chỉnh")
        let record = Support.process(text).record
        #expect(Self.all(record.sections, kind: "article").map { $0.numbering?.values ?? [] } == [[1]])
    }
}
