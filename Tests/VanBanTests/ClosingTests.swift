import Testing
@testable import VanBan

/// Recipients and signature blocks in the typographies and layouts they arrive in.
@Suite("Closing")
struct ClosingTests {
    static let body = """
        ĐẢNG CỘNG SẢN VIỆT NAM
        Số 14-KH/ĐU
        Phú Lộc, ngày 09 tháng 02 năm 2027

        KẾ HOẠCH
        Kiểm tra, giám sát năm 2027

        I. MỤC ĐÍCH
        1. Nâng cao chất lượng kiểm tra.

        """

    @Test(arguments: ["**Nơi nhận:**", "__Nơi nhận__:", "# Nơi nhận:", "Nơi nhận :", "*Nơi nhận:*", "NƠI NHẬN:"])
    func recipientsInAnyTypography(_ heading: String) {
        let r = Support.process(Self.body + """
            \(heading)
            - Ban Thường vụ Huyện ủy (để b/c),
            - Các chi bộ trực thuộc,
            - Lưu: VT, UBKT.

            T/M BAN THƯỜNG VỤ
            BÍ THƯ

            Hồ Văn Nam
            """).record
        #expect(r.recipients.map(\.name) == ["Ban Thường vụ Huyện ủy", "Các chi bộ trực thuộc", "Lưu: VT, UBKT"])
        #expect(r.signature?.signer == "Hồ Văn Nam")
        #expect(r.closing.isEmpty)
    }

    /// A web copy puts the recipients (left) and the signature (right) on the same lines,
    /// joined by one tab, which cleaning turns into a space: the right column is found by
    /// what starts it (a signing form, a position in capitals, a person's name).
    @Test func recipientsAndSignatureJoinedByATab() {
        let r = Support.process(Self.body + """
            Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
            - Sở Nội vụ (b/c);\tKT. CHỦ TỊCH
            - Thường trực HĐND xã;\tPHÓ CHỦ TỊCH
            - Các thôn, tổ dân phố;
            - Lưu: VT.\tĐặng Thị Mai
            """).record
        #expect(r.recipients.map(\.name) == ["Sở Nội vụ (b/c)", "Thường trực HĐND xã", "Các thôn, tổ dân phố", "Lưu: VT"])
        #expect(r.signatures.count == 1)
        #expect(r.signature?.authority == "TM." && r.signature?.delegation == "KT. CHỦ TỊCH")
        #expect(r.signature?.position == "PHÓ CHỦ TỊCH" && r.signature?.signer == "Đặng Thị Mai")
    }

    /// Word prints the closing as a borderless two-column table; a Word → Markdown converter
    /// makes it a pipe table. It used to stay a table in the body: no recipients, no signature
    /// (and `missing-element` reported a signature that is there).
    @Test func closingLaidOutAsATwoColumnTable() {
        let text = Self.body + """
            | **Nơi nhận:** | **TM. ỦY BAN NHÂN DÂN** |
            |---|---|
            | \\- Sở Nội vụ (b/c); | **KT. CHỦ TỊCH** |
            | \\- Thường trực HĐND xã; | **PHÓ CHỦ TỊCH** |
            | \\- Lưu: VT. | *(Đã ký)* |
            | | **Đặng Thị Mai** |
            """
        let result = Support.process(text)
        let r = result.record
        #expect(r.recipients.map(\.name) == ["Sở Nội vụ (b/c)", "Thường trực HĐND xã", "Lưu: VT"])
        #expect(r.signatures.count == 1)
        #expect(r.signature?.authority == "TM." && r.signature?.delegation == "KT. CHỦ TỊCH")
        #expect(r.signature?.position == "PHÓ CHỦ TỊCH" && r.signature?.signer == "Đặng Thị Mai")
        #expect(Linter.lint(result).filter { $0.ruleID == "missing-element" }.isEmpty)
        // Look-alike: a two-column table in the body that does not open with Nơi nhận stays a table.
        let table = Support.process(Self.body + "| Nội dung | Thời gian |\n|---|---|\n| Sơ kết | Tháng 6 |\n").record
        #expect(table.recipients.isEmpty && table.signatures.isEmpty)
    }

    @Test func stateFormsWithDelegationAndSignedMark() {
        let r = Support.process(Self.body + """
            Nơi nhận:
            - Như Điều 3;
            - Lưu: VT.
            TM. ỦY BAN NHÂN
            DÂN
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            (Đã ký)
            Lê Thị Thu Hà
            """).record
        let s = r.signature
        #expect(s?.authority == "TM.")
        #expect(s?.body == "ỦY BAN NHÂN DÂN")
        #expect(s?.delegation == "KT. CHỦ TỊCH")
        #expect(s?.position == "PHÓ CHỦ TỊCH")
        #expect(s?.mark == "(Đã ký)")
        #expect(s?.signer == "Lê Thị Thu Hà")
        #expect(r.signatures.count == 1)
        #expect(r.closing.isEmpty)
    }

    @Test(arguments: ["TL.", "TUQ.", "Q.", "K/T", "T/L"])
    func otherSigningForms(_ form: String) {
        let r = Support.process(Self.body + "\(form) GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n(Ký tên, đóng dấu)\nĐinh Công Sơn\n").record
        #expect(r.signature?.authority == form)
        #expect(r.signature?.signer == "Đinh Công Sơn")
        #expect(r.signature?.mark == "(Ký tên, đóng dấu)")
    }

    @Test func recipientsAndSignatureOnTheSameLines() {
        let r = Support.process(Self.body + """
            Nơi nhận:                                  T/M BAN THƯỜNG VỤ
            - Ban Thường vụ Huyện ủy,                  PHÓ BÍ THƯ
            - Các chi bộ,
            - Lưu VPĐU.                                Lương Thị Mai
            """).record
        #expect(r.recipients.map(\.name) == ["Ban Thường vụ Huyện ủy", "Các chi bộ", "Lưu VPĐU"])
        #expect(r.signature?.authority == "T/M" && r.signature?.position == "PHÓ BÍ THƯ")
        #expect(r.signature?.signer == "Lương Thị Mai")
        #expect(r.signature?.span.start == SourceLocation(line: 10, column: 44))
    }

    @Test func signerWithRank() {
        let r = Support.process(Self.body + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(Đã ký)\nThượng tướng Hoàng Xuân Chiến\n").record
        // The rank stands apart (`rank`), as facts/README.md reads a signer's name.
        #expect(r.signature?.signer == "Hoàng Xuân Chiến")
        #expect(r.signature?.rank == "Thượng tướng")
        #expect(r.signature?.position == "THỨ TRƯỞNG")
        #expect(r.closing.isEmpty)
    }

    @Test func threeSignersOneAfterAnother() {
        let r = Support.process(Self.body + """
            TM. BAN THƯỜNG VỤ TỈNH ỦY
            BÍ THƯ
            Nguyễn Đức Long

            TM. ỦY BAN NHÂN DÂN TỈNH
            CHỦ TỊCH
            Trần Quốc Việt

            TM. ỦY BAN MTTQ VIỆT NAM TỈNH
            CHỦ TỊCH
            Phạm Thu Trang
            """).record
        #expect(r.signatures.map(\.signer) == ["Nguyễn Đức Long", "Trần Quốc Việt", "Phạm Thu Trang"])
        #expect(r.signatures.map(\.body) == ["BAN THƯỜNG VỤ TỈNH ỦY", "ỦY BAN NHÂN DÂN TỈNH", "ỦY BAN MTTQ VIỆT NAM TỈNH"])
        #expect(r.signature == r.signatures.first)
    }

    @Test func threeSignersSideBySideWithSpaces() {
        let r = Support.process(Self.body + """
            TM. BAN THƯỜNG VỤ TỈNH ỦY      TM. ỦY BAN NHÂN DÂN TỈNH      TM. ỦY BAN MTTQ VIỆT NAM TỈNH
            BÍ THƯ                         CHỦ TỊCH                      CHỦ TỊCH
            (Đã ký)                        (Đã ký)                       (Đã ký)
            Nguyễn Đức Long                Trần Quốc Việt                Phạm Thu Trang
            """).record
        #expect(r.signatures.count == 3)
        #expect(r.signatures.map(\.signer) == ["Nguyễn Đức Long", "Trần Quốc Việt", "Phạm Thu Trang"])
        #expect(r.signatures.map(\.position) == ["BÍ THƯ", "CHỦ TỊCH", "CHỦ TỊCH"])
        #expect(r.signatures.map(\.mark) == ["(Đã ký)", "(Đã ký)", "(Đã ký)"])
        #expect(r.signatures.allSatisfy { $0.span.start.line == $0.span.end.line - 3 })
    }

    @Test func twoSignersSideBySideJoinedByTabs() {
        let r = Support.process(Self.body +
            "TM. BAN CHẤP HÀNH ĐẢNG BỘ\tTM. ỦY BAN NHÂN DÂN XÃ\nBÍ THƯ\tCHỦ TỊCH\nVõ Minh Châu\tĐặng Thị Hoa\n").record
        #expect(r.signatures.map(\.body) == ["BAN CHẤP HÀNH ĐẢNG BỘ", "ỦY BAN NHÂN DÂN XÃ"])
        #expect(r.signatures.map(\.position) == ["BÍ THƯ", "CHỦ TỊCH"])
        #expect(r.signatures.map(\.signer) == ["Võ Minh Châu", "Đặng Thị Hoa"])
    }

    @Test func missingElementFollowsTheNewReading() {
        let r = Support.process(Self.body + """
            __Nơi nhận__:
            - Các chi bộ,
            - Lưu VP.
            TM. BAN THƯỜNG VỤ
            PHÓ BÍ THƯ
            (Đã ký)
            Hồ Văn Nam
            """)
        let ids = Linter.lint(r).filter { $0.ruleID == "missing-element" }
        #expect(ids.isEmpty)
    }
}
