import Testing
@testable import VanBan

/// Headers of both systems in the layouts they arrive in. The documents are written for
/// these tests (other provinces, bodies, years), not copied from the corpus.
@Suite("Header")
struct HeaderTests {
    static func header(_ text: String) -> Header { Support.process(text).record.header }

    @Test func stateHeaderOneColumnAfterTheOther() {
        let h = Self.header("""
            ỦY BAN NHÂN DÂN
            TỈNH NGHỆ AN
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Số: 1234/QĐ-UBND
            Nghệ An, ngày 05 tháng 3 năm 2027

            QUYẾT ĐỊNH
            Về việc phê duyệt Đề án phát triển du lịch cộng đồng
            ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

            Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;

            QUYẾT ĐỊNH:
            Điều 1. Phê duyệt Đề án.
            """)
        #expect(h.system == "state")
        #expect(h.issuerLines == ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"])
        #expect(h.issuer == "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")
        #expect(h.motto == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
        #expect(h.number?.raw == "1234/QĐ-UBND")
        #expect(h.number?.value == 1234 && h.number?.typeCode == "QĐ" && h.number?.issuerCode == "UBND")
        #expect(h.place == "Nghệ An")
        #expect(h.date?.iso == "2027-03-05")
        #expect(h.typeName == "QUYẾT ĐỊNH" && h.typeCode == "QĐ")
        // The enacting authority repeats the issuer: not part of the title; the bases follow.
        #expect(h.title == "Về việc phê duyệt Đề án phát triển du lịch cộng đồng")
        #expect(h.enactingBody == "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")
    }

    @Test func webCopyColumnsJoinedByTabs() {
        let h = Self.header(
            "BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
            "-------\tĐộc lập – Tự do – Hạnh phúc \n" +
            "\u{00A0}\t---------------\u{00A0}\n" +
            "Số: 17/2027/TT-BTC\tHà Nội, ngày 28 tháng 02 năm 2027\n\nTHÔNG TƯ\n" +
            "Hướng dẫn quản lý kinh phí chuyển đổi số\n\nCăn cứ Luật Ngân sách nhà nước;\n")
        #expect(h.system == "state")
        #expect(h.issuerLines == ["BỘ TÀI CHÍNH"])
        #expect(h.motto?.count == 2)
        #expect(h.number?.value == 17 && h.number?.year == 2027 && h.number?.typeCode == "TT" && h.number?.issuerCode == "BTC")
        #expect(h.place == "Hà Nội" && h.date?.iso == "2027-02-28")
        #expect(h.typeName == "THÔNG TƯ" && h.typeCode == "TT")
        #expect(h.title == "Hướng dẫn quản lý kinh phí chuyển đổi số")
    }

    /// The star under a Party issuer shares its line with the other column's place-date
    /// (a web copy joins the columns with a tab, a PDF dump with spaces); it reads as a
    /// bullet, and the header used to end there.
    @Test(arguments: ["*\tHuế, ngày 03 tháng 02 năm 2027", "*                         Huế, ngày 03 tháng 02 năm 2027"])
    func partyStarBesideThePlaceDate(_ starLine: String) {
        let h = Self.header(
            "ĐẢNG BỘ THÀNH PHỐ HUẾ\tĐẢNG CỘNG SẢN VIỆT NAM\n" +
            "ĐẢNG ỦY PHƯỜNG THUẬN HÓA\t\n" + starLine + "\n" +
            "Số 14-KH/ĐU\t\n\nKẾ HOẠCH\ntổ chức các hoạt động kỷ niệm năm 2027\n\n- Căn cứ Điều lệ Đảng;\n")
        #expect(h.system == "party")
        #expect(h.issuerLines == ["ĐẢNG BỘ THÀNH PHỐ HUẾ", "ĐẢNG ỦY PHƯỜNG THUẬN HÓA"])
        #expect(h.place == "Huế" && h.date?.iso == "2027-02-03")
        #expect(h.number?.value == 14 && h.number?.typeCode == "KH")
        #expect(h.typeName == "KẾ HOẠCH" && h.title == "tổ chức các hoạt động kỷ niệm năm 2027")
    }

    @Test func interleavedColumnsLineByLine() {
        let h = Self.header("""
            ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH QUẢNG TRỊ           Độc lập - Tự do - Hạnh phúc
            Số: 45/KH-UBND           Quảng Trị, ngày 10 tháng 4 năm 2028

            KẾ HOẠCH
            Triển khai chuyển đổi số năm 2028

            I. MỤC ĐÍCH, YÊU CẦU
            """)
        #expect(h.issuerLines == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"])
        #expect(h.motto?.count == 2)
        #expect(h.number?.raw == "45/KH-UBND")
        #expect(h.place == "Quảng Trị" && h.date?.iso == "2028-04-10")
        #expect(h.typeName == "KẾ HOẠCH" && h.title == "Triển khai chuyển đổi số năm 2028")
    }

    @Test func partyHeaderWithWrappedPartyLineAndPlaceDate() {
        let h = Self.header("""
            TỈNH ỦY LÂM ĐỒNG
            BAN TUYÊN GIÁO VÀ DÂN VẬN
            *
            ĐẢNG CỘNG SẢN
            VIỆT NAM
            -----------
            Số 112-HD/BTGDVTU

            Lâm Đồng, ngày 03
            tháng 6 năm 2026

            HƯỚNG DẪN
            TUYÊN TRUYỀN KỶ NIỆM NGÀY THÀNH LẬP ĐẢNG
            -----

            Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo hướng dẫn như sau:
            """)
        #expect(h.system == "party")
        #expect(h.partyLine == "ĐẢNG CỘNG SẢN VIỆT NAM")
        #expect(h.issuerLines == ["TỈNH ỦY LÂM ĐỒNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN"])
        #expect(h.number?.value == 112 && h.number?.typeCode == "HD" && h.number?.issuerCode == "BTGDVTU")
        #expect(h.place == "Lâm Đồng" && h.date?.iso == "2026-06-03")
        #expect(h.typeName == "HƯỚNG DẪN" && h.typeCode == "HD")
        #expect(h.title == "TUYÊN TRUYỀN KỶ NIỆM NGÀY THÀNH LẬP ĐẢNG")
    }

    @Test(arguments: [
        ("Số: /QĐ-UBND", nil as Int?, "QĐ" as String?, "UBND"),
        ("Số     -CV/VPĐU", nil, "CV", "VPĐU"),
        ("Số 57\\-NQ/TW", 57, "NQ", "TW"),
        ("Số: 249/2027/NĐ-CP", 249, "NĐ", "CP"),
        ("Số: 315/UBND-VP", 315, nil, "UBND-VP"),
    ])
    func numberShapes(_ c: (String, Int?, String?, String)) {
        let h = Self.header("\(c.0)\nCà Mau, ngày 02 tháng 01 năm 2027\n\nBody text.\n")
        #expect(h.number?.value == c.1)
        #expect(h.number?.typeCode == c.2)
        #expect(h.number?.issuerCode == c.3)
        #expect(h.number?.raw.contains("\\") == false)
    }

    @Test func blankDraftNumberAndDateStillMakeAHeader() {
        let h = Self.header("""
            ĐẢNG BỘ XÃ TÂN PHÚ
            Số     -CV/ĐU
            V/v chuẩn bị Hội nghị sơ kết
            công tác 6 tháng đầu năm 2026
                                    Tân Phú, ngày    tháng 6 năm 2026

            Kính gửi: Các chi bộ trực thuộc.

            Thực hiện Chương trình công tác năm 2026, Ban Thường vụ Đảng ủy đề nghị như sau:
            """)
        #expect(h.system == "party")
        #expect(h.number?.value == nil && h.number?.typeCode == "CV")
        #expect(h.subject == "chuẩn bị Hội nghị sơ kết công tác 6 tháng đầu năm 2026")
        #expect(h.date?.day == nil && h.date?.month == 6 && h.place == "Tân Phú")
        #expect(h.typeName == nil)
        #expect(h.issuerLines == ["ĐẢNG BỘ XÃ TÂN PHÚ"])
    }

    @Test func stateCongVanWithSubject() {
        let r = Support.process("""
            ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            PHƯỜNG HẢI CHÂU\tĐộc lập - Tự do - Hạnh phúc
            Số: 88/UBND-VP\tĐà Nẵng, ngày 14 tháng 8 năm 2027
            V/v triển khai thu gom rác thải

            Kính gửi: Các tổ dân phố.

            Ủy ban nhân dân phường đề nghị các tổ dân phố triển khai thu gom rác thải.
            """).record
        #expect(r.header.subject == "triển khai thu gom rác thải")
        #expect(r.header.number?.typeCode == nil && r.header.number?.issuerCode == "UBND-VP")
        #expect(r.header.issuerLines == ["ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI CHÂU"])
        #expect(r.header.place == "Đà Nẵng")
        #expect(r.intro.first?.text == "Kính gửi: Các tổ dân phố.")
    }

    @Test func markdownHeadingsAndChromeBeforeTheHeader() {
        let r = Support.process("""
            Trang chủ | Văn bản | Tra cứu
            Đăng nhập để tải văn bản gốc
            # SỞ Y TẾ TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 09/TB-SYT
            Bắc Ninh, ngày 21 tháng 11 năm 2026
            # THÔNG BÁO
            ## Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 11

            Ngày 20/11/2026, Giám đốc Sở chủ trì cuộc họp giao ban.
            """).record
        #expect(r.front.map(\.text) == ["Trang chủ | Văn bản | Tra cứu", "Đăng nhập để tải văn bản gốc"])
        #expect(r.header.issuerLines == ["SỞ Y TẾ TỈNH BẮC NINH"])
        #expect(r.header.typeName == "THÔNG BÁO" && r.header.typeCode == "TB")
        #expect(r.header.title == "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 11")
        #expect(r.header.number?.typeCode == "TB")
        #expect(r.meetings.isEmpty)
    }

    @Test func conferenceTitleIsNotAMeeting() {
        let r = Support.process("""
            ĐẢNG BỘ TỈNH HÀ TĨNH
            ĐẢNG ỦY XÃ THẠCH LẠC
            ĐẢNG CỘNG SẢN VIỆT NAM
            Số 21-NQ/ĐU
            Thạch Lạc, ngày 08 tháng 01 năm 2027
            NGHỊ QUYẾT
            HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 12
            về nhiệm vụ năm 2027
            -----
            I. ĐÁNH GIÁ TÌNH HÌNH
            1. Kết quả đạt được trong năm 2026.
            """).record
        #expect(r.header.title == "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 12 về nhiệm vụ năm 2027")
        #expect(r.meetings.isEmpty)
        #expect(r.sections.first?.title == "ĐÁNH GIÁ TÌNH HÌNH")
    }

    @Test(arguments: [
        ("QUY ĐỊNH", "party", "QĐi"), ("QUY ĐỊNH", "state", "QyĐ"), ("NGHỊ ĐỊNH", "state", "NĐ"),
        ("THÔNG TRI", "party", "TT"), ("BẢN THOẢ THUẬN", "state", "BTT"), ("CÔNG ĐIỆN", "state", "CĐ"),
        ("KẾT LUẬN", "party", "KL"), ("TỜ TRÌNH", "state", "TTr"),
    ])
    func typeCodesFollowTheSystem(_ c: (String, String, String)) {
        let head = c.1 == "party" ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        let h = Self.header("\(head)\nYên Bái, ngày 05 tháng 5 năm 2026\n\n\(c.0)\nVề một việc\n\nNội dung.\n")
        #expect(h.typeName == c.0)
        #expect(h.system == c.1)
        #expect(h.typeCode == c.2)
    }

    @Test func noHeaderGivesTheLinesBack() {
        let r = Support.process("Quán triệt Nghị quyết, Ban Chấp hành xây dựng Chương trình như sau:\n\nA. MỤC ĐÍCH\n")
        #expect(r.record.header.typeName == nil && r.record.header.system == nil)
        #expect(r.record.front.isEmpty)
        #expect(r.record.intro.count == 1)
    }
}

/// The rules that read the header follow the reading of both systems.
@Suite("Header rules, both systems")
struct HeaderRuleTests {
    static func findings(_ text: String, _ rule: String) -> [String] {
        let result = Support.process(text)
        return Linter.lint(result).filter { $0.ruleID == rule }.map { d in
            String(result.source.line(d.span.start.line - 1).map(Character.init).dropFirst(d.span.start.column - 1)
                .prefix(d.span.end.column - d.span.start.column))
        }
    }

    static func state(_ number: String, _ type: String) -> String {
        """
        ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc
        \(number)\tAn Phú, ngày 12 tháng 5 năm 2027

        \(type)
        Về công tác phòng cháy

        Nội dung.

        Nơi nhận:
        - Lưu: VT.
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Lý Văn Tư
        """
    }

    @Test(arguments: [
        ("Số: 12/KH-UBND", "QUYẾT ĐỊNH", ["KH"]), ("Số: 12/QĐ-UBND", "QUYẾT ĐỊNH", []),
        ("Số: 05/QyĐ-UBND", "QUY ĐỊNH", []), ("Số: 05/QĐi-UBND", "QUY ĐỊNH", ["QĐi"]),
        ("Số: 07/2027/NĐ-CP", "NGHỊ ĐỊNH", []), ("Số: 07/2027/TT-BCT", "NGHỊ ĐỊNH", ["TT"]),
        ("Số: 88/UBND-VP", "QUYẾT ĐỊNH", []),
    ])
    func headerSymbolInTheStateSystem(_ c: (String, String, [String])) {
        #expect(Self.findings(Self.state(c.0, c.1), "header-symbol") == c.2)
    }

    @Test(arguments: [("Số 05-QĐi/ĐU", [String]()), ("Số 05-QĐ/TW", []), ("Số 05-KH/ĐU", ["KH"])])
    func headerSymbolInThePartySystem(_ c: (String, [String])) {
        let text = "ĐẢNG CỘNG SẢN VIỆT NAM\n\(c.0)\nAn Phú, ngày 12 tháng 5 năm 2027\n\nQUY ĐỊNH\nvề chế độ làm việc\n\nNội dung.\n"
        #expect(Self.findings(text, "header-symbol") == c.1)
    }

    @Test func draftDateOnAStateDraft() {
        let text = Self.state("Số:      /QĐ-UBND", "QUYẾT ĐỊNH").replacingOccurrences(of: "ngày 12 tháng", with: "ngày    tháng")
        #expect(Self.findings(text, "draft-date") == ["/QĐ-UBND", "ngày    tháng 5 năm 2027"])
    }

    @Test func congVanNeedsNoTypeName() {
        let text = Self.state("Số: 88/UBND-VP", "V/v công tác phòng cháy")
        #expect(Self.findings(text, "missing-element").isEmpty)
        #expect(Support.process(text).record.header.subject == "công tác phòng cháy")
    }
}
