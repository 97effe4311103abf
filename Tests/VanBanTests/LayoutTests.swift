import Testing
@testable import VanBan

@Suite("Layout recovery")
struct LayoutTests {
    /// A PDF dump: blank line after every physical line, wraps across them.
    static let dump = """
    - Cho ý kiến về Báo cáo chính trị, dự thảo Báo cáo kiểm điểm nhiệm kỳ 2025 

    - 2030 của Ban Chấp hành Đảng bộ phường, dự thảo Nghị quyết Đại hội nhiệm kỳ 

    2030 - 2035. ( Tiểu ban Văn kiện Đại hội chuẩn bị) 

    - Phấn đấu thành lập ít nhất 02 tổ chức đảng trong các doanh nghiệp ngoài nhà 

    nước, hợp tác xã, đơn vị sự nghiệp ngoài công lập theo tinh thần Nghị quyết số 28-

    NQ/TU của Ban Thường vụ Thành ủy. 

    - Cho ý kiến vào một số nội dung khác thuộc thẩm quyền của Ban Thường vụ, xem 

    xét đề nghị của các đơn vị trực thuộc. 

    14 

    - Nghe Báo cáo kết quả công tác tuyển quân năm 2027; lãnh đạo chỉ đạo công tác 

    huấn luyện lực lượng vũ trang (Ban Chỉ huy Quân sự chuẩn bị). 
    """

    @Test func rangeContinuationStartingWithDash() {
        let lines = Support.logicalLines(Self.dump)
        #expect(lines[0].contains("nhiệm kỳ 2025 - 2030 của Ban Chấp hành"))
        #expect(lines[0].hasSuffix("( Tiểu ban Văn kiện Đại hội chuẩn bị)"))
    }

    @Test func symbolSplitByTheWrapIsRejoined() {
        let lines = Support.logicalLines(Self.dump)
        #expect(lines[1].contains("Nghị quyết số 28-NQ/TU của Ban Thường vụ"))
    }

    @Test func pageNumberBetweenItemsIsDropped() {
        let result = LayoutRecovery.recover(SourceText(name: "t", text: Self.dump))
        #expect(result.lines.count == 4)
        #expect(result.pageNumberLines == [17])
        #expect(result.isWrappedDump)
    }

    @Test func dashInsideASentenceContinuesIt() {
        let text = """
        Hội Liên hiệp Phụ nữ: Tập trung xây dựng hình ảnh người phụ nữ thời đại mới 

        - có tri thức, bản lĩnh, đạo đức, biết xây dựng gia đình hạnh phúc, tiến bộ, 

        bình đẳng. 

        - Đoàn Thanh niên: phát huy tinh thần xung kích trong phát triển kinh tế 

        - xã hội, xây dựng đô thị xanh, văn minh, hiện đại, đặc biệt là các nhóm thanh 

        niên mới. 

        - Hội Cựu chiến binh: tiếp tục phát huy phẩm chất "Bộ đội Cụ Hồ", giữ gìn ổn định 

        chính trị. 
        """
        let lines = Support.logicalLines(text)
        #expect(lines == [
            "Hội Liên hiệp Phụ nữ: Tập trung xây dựng hình ảnh người phụ nữ thời đại mới - có tri thức, bản lĩnh, đạo đức, biết xây dựng gia đình hạnh phúc, tiến bộ, bình đẳng.",
            "- Đoàn Thanh niên: phát huy tinh thần xung kích trong phát triển kinh tế - xã hội, xây dựng đô thị xanh, văn minh, hiện đại, đặc biệt là các nhóm thanh niên mới.",
            "- Hội Cựu chiến binh: tiếp tục phát huy phẩm chất \"Bộ đội Cụ Hồ\", giữ gìn ổn định chính trị.",
        ])
    }

    /// A PDF dump wrapped at ~80 columns: a month heading after a sentence that ended
    /// exactly at the wrap is a heading, not the next sentence of that paragraph.
    @Test func monthHeadingAfterAFullWidthSentenceStartsItsOwnLine() {
        let text = """
        KẾ HOẠCH CÔNG TÁC NĂM 2029 CỦA ĐẢNG ỦY XÃ TÂN PHÚ, TỈNH ĐỒNG THÁP VÀ CÁC CHI BỘ 
        - Chỉ đạo các chi bộ ấp tổ chức sinh hoạt chuyên đề và kiểm tra việc thực hiện. 
        Tháng 4/2029 
        - Chỉ đạo tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2028. 
        THÁNG 5 NĂM 2029 
        - Tổ chức các hoạt động kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh tại các chi bộ ấp. 
        Tháng 6/2029 tổ chức hội nghị sơ kết công tác 6 tháng đầu năm của Đảng ủy xã. 
        - Dự kiến nội dung hội nghị sẽ được gửi đến các đồng chí ủy viên vào cuối 
        tháng 6/2029 để nghiên cứu trước, bảo đảm chất lượng của hội nghị sơ kết. 
        """
        let lines = LayoutRecovery.recover(SourceText(name: "t", text: text)).lines.map(\.text)
        #expect(lines.contains("Tháng 4/2029"))
        #expect(lines.contains("THÁNG 5 NĂM 2029"))
        // Look-alikes: a sentence that starts with a month keeps joining after a full-width
        // sentence, and a wrapped lower-case "tháng 6/2029" continues its sentence.
        #expect(lines.contains { $0.hasSuffix("tại các chi bộ ấp. Tháng 6/2029 tổ chức hội nghị sơ kết công tác 6 tháng đầu năm của Đảng ủy xã.") })
        #expect(lines.contains { $0.hasSuffix("vào cuối tháng 6/2029 để nghiên cứu trước, bảo đảm chất lượng của hội nghị sơ kết.") })
    }

    @Test(arguments: ["Tháng 3/2028", "THÁNG 01 NĂM 2028", "Tháng 12:", "Tháng 7 năm 2027", "Tháng 4 "])
    func monthHeadingShapes(_ line: String) {
        #expect(LineShape.isMonthHeading(Array(line.unicodeScalars)))
    }

    @Test(arguments: ["tháng 3/2028", "Tháng 13/2028", "Tháng 3/2028 tổ chức", "Tháng ba", "Tháng 3/28", "Thắng 3/2028"])
    func notMonthHeadings(_ line: String) {
        #expect(!LineShape.isMonthHeading(Array(line.unicodeScalars)))
    }

    @Test func wrappedRecipientIsOneLine() {
        let text = "Nơi nhận: \n- Thường trực Thành ủy (để báo cáo), \n\n- Đồng chí Bùi Xuân Thắng - UVBTVTU,   \n\nChỉ huy Trưởng BCH Quân sự TP (để báo cáo), \n\n- Lưu Văn phòng Đảng ủy. \n"
        let record = Support.process(text).record
        #expect(record.recipients.count == 3)
        #expect(record.recipients[1].name == "Đồng chí Bùi Xuân Thắng - UVBTVTU, Chỉ huy Trưởng BCH Quân sự TP")
        #expect(record.recipients[1].purpose == "để báo cáo")
    }

    @Test func paragraphsDialectKeepsBlankSeparatedLinesApart() {
        let text = "CHƯƠNG TRÌNH\nCông tác năm 2026\n\nCăn cứ Điều lệ Đảng;\n\n1. Tháng 1\n\n- Kiểm điểm tình hình.\n\n* *Cơ quan chuẩn bị, phối hợp*: Văn phòng Đảng ủy.\n"
        let result = LayoutRecovery.recover(SourceText(name: "t", text: text))
        #expect(!result.isWrappedDump)
        #expect(result.lines.map(\.text) == ["CHƯƠNG TRÌNH", "Công tác năm 2026", "Căn cứ Điều lệ Đảng;", "1. Tháng 1",
                                            "- Kiểm điểm tình hình.", "• Cơ quan chuẩn bị, phối hợp: Văn phòng Đảng ủy."])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndings(_ end: String) {
        let text = ["1. Tháng 1", "- Một", "- Hai"].joined(separator: end) + end
        let result = Support.process(text)
        #expect(result.source.lineCount == 3)
        #expect(result.record.monthlyPlans.first?.items.map(\.text) == ["Một", "Hai"])
        #expect(result.record.monthlyPlans.first?.items[1].span.start == SourceLocation(line: 3, column: 1))
    }

    @Test func decomposedTextIsComposedAndColumnsStayOriginal() {
        // "nghĩa" with a combining tilde: 6 scalars in the file, 5 after NFC.
        let text = "- Ban nghi\u{0303}a vụ quân sự năm 2026 (Công an chuẩn bị).\n"
        let result = Support.process(text)
        #expect(result.layout.lines[0].text == "- Ban nghĩa vụ quân sự năm 2026 (Công an chuẩn bị).")
        #expect(result.record.sections.first?.kind == "item")
        let line = result.layout.lines[0]
        let offset = Array(line.scalars).firstIndex(of: "2")!
        // "- Ban nghĩa vụ quân sự năm " is 28 scalars in the file (the tilde counts).
        #expect(line.location(at: offset) == SourceLocation(line: 1, column: 29))
    }
}
