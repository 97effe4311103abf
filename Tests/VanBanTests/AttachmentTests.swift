import Testing
@testable import VanBan

/// More than one document in a file: what follows the main document's signature.
@Suite("Attachments")
struct AttachmentTests {
    @Test func resolutionWithAttachedProgramme() {
        let r = Support.process("""
            ĐẢNG BỘ TỈNH THÁI BÌNH
            ĐẢNG ỦY XÃ ĐÔNG HƯNG
            ĐẢNG CỘNG SẢN VIỆT NAM
            Số 05-NQ/ĐU
            Đông Hưng, ngày 15 tháng 01 năm 2027

            NGHỊ QUYẾT
            về nhiệm vụ chuyển đổi số năm 2027

            1. Thông qua Chương trình hành động (kèm theo).
            2. Giao Văn phòng Đảng ủy theo dõi.

            Nơi nhận:
            - Ban Thường vụ Tỉnh ủy,
            - Lưu VPĐU.

            T/M ĐẢNG ỦY
            BÍ THƯ
            Đỗ Thị Lan

            CHƯƠNG TRÌNH HÀNH ĐỘNG
            thực hiện Nghị quyết số 05-NQ/ĐU về chuyển đổi số năm 2027
            (Kèm theo Nghị quyết số 05-NQ/ĐU ngày 15/01/2027 của Đảng ủy xã)

            I. MỤC TIÊU
            1. Số hóa 100% hồ sơ đảng viên.
            II. NHIỆM VỤ
            1. Xây dựng kho dữ liệu đảng viên.
            """).record
        #expect(r.signatures.count == 1)
        #expect(r.signature?.signer == "Đỗ Thị Lan")
        #expect(r.closing.isEmpty)
        #expect(r.attachments.count == 1)
        let a = r.attachments.first
        #expect(a?.header.typeName == "CHƯƠNG TRÌNH")
        #expect(a?.header.typeCode == "CTr")
        #expect(a?.header.title == "HÀNH ĐỘNG thực hiện Nghị quyết số 05-NQ/ĐU về chuyển đổi số năm 2027")
        #expect(a?.header.issuedWith == "Kèm theo Nghị quyết số 05-NQ/ĐU ngày 15/01/2027 của Đảng ủy xã")
        #expect(a?.sections.map(\.title) == ["MỤC TIÊU", "NHIỆM VỤ"])
        #expect(a?.sections.first?.span.start.line == 25)
        #expect(a?.attachments.isEmpty == true)
    }

    @Test func decisionWithAttachedRegulation() {
        let r = Support.process("""
            ỦY BAN NHÂN DÂN
            TỈNH KON TUM
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 31/2027/QĐ-UBND
            Kon Tum, ngày 20 tháng 7 năm 2027

            QUYẾT ĐỊNH
            Ban hành Quy chế quản lý cụm công nghiệp

            ỦY BAN NHÂN DÂN TỈNH KON TUM

            Căn cứ Luật Tổ chức chính quyền địa phương;

            QUYẾT ĐỊNH:

            Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.
            Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 8 năm 2027.

            Nơi nhận:
            - Như Điều 2;
            - Lưu: VT, KT.

            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            (Đã ký)
            Y Ngọc

            ỦY BAN NHÂN DÂN
            TỈNH KON TUM
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            QUY CHẾ
            Quản lý cụm công nghiệp trên địa bàn tỉnh Kon Tum
            (Ban hành kèm theo Quyết định số 31/2027/QĐ-UBND ngày 20/7/2027 của Ủy ban nhân dân tỉnh)

            Điều 1. Phạm vi điều chỉnh
            Quy chế này quy định việc quản lý cụm công nghiệp.
            """).record
        #expect(r.header.typeName == "QUYẾT ĐỊNH" && r.header.number?.year == 2027)
        #expect(r.signature?.signer == "Y Ngọc")
        #expect(r.signature?.mark == "(Đã ký)")
        #expect(r.attachments.count == 1)
        let a = r.attachments.first
        #expect(a?.header.typeName == "QUY CHẾ" && a?.header.typeCode == "QC")
        #expect(a?.header.issuerLines == ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"])
        #expect(a?.header.system == "state")
        #expect(a?.header.title == "Quản lý cụm công nghiệp trên địa bàn tỉnh Kon Tum")
        #expect(a?.header.issuedWith?.hasPrefix("Ban hành kèm theo Quyết định số 31/2027/QĐ-UBND") == true)
        #expect(a?.header.span?.start.line == 29)
    }

    @Test func coveringLetterWithDraft() {
        let r = Support.process("""
            SỞ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH LẠNG SƠN\tĐộc lập - Tự do - Hạnh phúc
            Số: 402/SNV-CCVC\tLạng Sơn, ngày 03 tháng 9 năm 2026
            V/v góp ý dự thảo Kế hoạch tuyển dụng

            Kính gửi: Các sở, ban, ngành tỉnh.

            Sở Nội vụ gửi kèm dự thảo Kế hoạch, đề nghị các cơ quan góp ý trước ngày 15/9/2026.

            Nơi nhận:
            - Như trên;
            - Lưu: VT.
            KT. GIÁM ĐỐC
            PHÓ GIÁM ĐỐC
            Hoàng Văn Tú

            DỰ THẢO
            ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
            Số:     /KH-UBND

            KẾ HOẠCH
            Tuyển dụng công chức năm 2027

            I. MỤC ĐÍCH
            """).record
        #expect(r.header.subject == "góp ý dự thảo Kế hoạch tuyển dụng")
        #expect(r.signature?.signer == "Hoàng Văn Tú")
        #expect(r.attachments.count == 1)
        #expect(r.attachments.first?.header.typeName == "KẾ HOẠCH")
        #expect(r.attachments.first?.header.number?.typeCode == "KH")
        #expect(r.attachments.first?.header.number?.value == nil)
    }

    @Test func reportTitleBlockListsIssuerSignersAndAttachments() {
        let result = Support.process("""
            ĐẢNG BỘ XÃ ĐÔNG HƯNG
            ĐẢNG CỘNG SẢN VIỆT NAM
            Số 05-NQ/ĐU
            Đông Hưng, ngày 15 tháng 01 năm 2027

            NGHỊ QUYẾT
            về chuyển đổi số

            1. Thông qua Chương trình (kèm theo).

            T/M ĐẢNG ỦY
            BÍ THƯ
            Đỗ Thị Lan

            CHƯƠNG TRÌNH HÀNH ĐỘNG
            về chuyển đổi số <năm 2027>

            I. MỤC TIÊU
            """)
        let html = HTMLReport.render(result, diagnostics: [], language: .vi)
        #expect(html.contains("Cơ quan ban hành: ĐẢNG BỘ XÃ ĐÔNG HƯNG"))
        #expect(html.contains("Người ký: T/M ĐẢNG ỦY, BÍ THƯ, Đỗ Thị Lan"))
        #expect(html.contains("<li><a href=\"#L15\">CHƯƠNG TRÌNH HÀNH ĐỘNG về chuyển đổi số &lt;năm 2027&gt;</a></li>"))
    }

    @Test func trailingWebChromeIsNotAnAttachment() {
        let r = Support.process("""
            ĐẢNG CỘNG SẢN VIỆT NAM
            Số 02-TB/ĐU
            Vĩnh Yên, ngày 04 tháng 3 năm 2026

            THÔNG BÁO
            Lịch làm việc tháng 3

            1. Họp giao ban.

            T/M BAN THƯỜNG VỤ
            PHÓ BÍ THƯ
            Kiều Văn Đạt

            Văn bản liên quan
            Ban hành: 05/03/2026

            THÔNG BÁO
            Về lưu trữ thông tin khách hàng
            """).record
        #expect(r.attachments.isEmpty)
        #expect(r.closing.map(\.text) == ["Văn bản liên quan", "Ban hành: 05/03/2026", "THÔNG BÁO", "Về lưu trữ thông tin khách hàng"])
    }
}
