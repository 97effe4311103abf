import Testing
@testable import VanBan

@Suite("Periods")
struct PeriodTests {
    static let cases: [(String, Int?, [String])] = [
        ("tháng 3/2026", nil, ["month 2026-03"]), ("tháng 3 năm 2026", nil, ["month 2026-03"]),
        ("Tháng 01/2026", nil, ["month 2026-01"]), ("quý II/2026", nil, ["quarter 2026-Q2"]),
        ("quý I năm 2026", nil, ["quarter 2026-Q1"]), ("quý I", 2027, ["quarter 2027-Q1 inferred"]),
        ("6 tháng đầu năm 2026", nil, ["half 2026-H1"]), ("6 tháng cuối năm", 2026, ["half 2026-H2 inferred"]),
        ("6 tháng đầu 2026", nil, ["half 2026-H1"]), ("9 tháng", 2026, ["months 2026-01/2026-09 inferred"]),
        ("3 tháng cuối năm 2026", nil, ["quarter 2026-Q4"]), ("năm 2027", nil, ["year 2027"]),
        ("2025 - 2030", nil, ["range 2025/2030"]), ("nhiệm kỳ 2026-2031", nil, ["range 2026/2031"]),
        ("năm học 2025 - 2026", nil, ["range 2025/2026"]), ("ngày 14/01/2026", nil, ["day 2026-01-14"]),
        ("ngày 14 tháng 01 năm 2026", nil, ["day 2026-01-14"]),
        ("(27/7/1947 - 27/7/2026)", nil, ["dateRange 1947-07-27/2026-07-27"]),
        ("Liệt sĩ 27/7", 2028, ["day 2028-07-27 inferred"]), ("Hằng năm", nil, ["recurring"]),
        ("Thường xuyên", nil, ["continuous"]), ("tháng 1", nil, ["month"]), ("31/02/2026", nil, ["day"]),
        ("Nghị quyết 199/2025/QH15", nil, []), ("tỷ lệ 1/500 các dự án", nil, []), ("6 tháng", 2026, []),
        ("Cách mạng Tháng Tám", nil, []), ("96 năm ngày thành lập", nil, []),
    ]

    @Test(arguments: cases)
    func extracts(_ c: (String, Int?, [String])) {
        let periods = PeriodExtractor(line: Support.line(c.0), scopeYear: c.1).extract()
        let described = periods.map { p in [p.kind, p.iso, p.inferred ? "inferred" : nil].compactMap { $0 }.joined(separator: " ") }
        #expect(described == c.2)
    }
}

@Suite("Preparers")
struct PreparerTests {
    static let cases: [(String, [String])] = [
        ("- Nội dung (Văn phòng Đảng ủy chủ trì chuẩn bị).", ["Văn phòng Đảng ủy/lead"]),
        ("- Nội dung (Uỷ ban nhân dân, Văn phòng Đảng uỷ chủ trì chuẩn bị).", ["Ủy ban nhân dân/lead", "Văn phòng Đảng ủy/lead"]),
        ("(1) Nội dung (UBND phường, Văn phòng Đảng uỷ chuẩn bị).", ["Ủy ban nhân dân phường/prepare", "Văn phòng Đảng ủy/prepare"]),
        ("- Nội dung (Ủy ban Kiểm tra Đảng ủy chủ trì tham mưu).", ["Ủy ban Kiểm tra Đảng ủy/advise"]),
        ("- Đánh giá (Văn phòng Đảng ủy chủ trì, phối hợp các ban tham mưu).", ["Văn phòng Đảng ủy/lead", "các ban tham mưu/coordinate"]),
        ("- Nội dung (Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy chuẩn bị).", ["Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy/prepare"]),
        ("- Phê chuẩn quyết toán (Hội đồng nhân dân, Ủy ban nhân dân phường).", ["Hội đồng nhân dân/-", "Ủy ban nhân dân phường/-"]),
        ("(4) Sắp xếp (khi có chỉ đạo của Ủy ban nhân dân thành phố - Ủy ban nhân dân phường chuẩn bị).", ["Ủy ban nhân dân phường/prepare"]),
        ("- Kiểm tra (UBKT Đảng ủy chuẩn bị).", ["Ủy ban Kiểm tra Đảng ủy/prepare"]),
        ("- Xem xét kế hoạch năm 2026 (nếu có).", []),
        ("- Kỷ niệm 79 năm (27/7/1947 - 27/7/2026).", []),
        ("- Tổ chức Hội nghị (Tiểu ban Tổ chức phục vụ Đại hội chuẩn bị)", ["Tiểu ban Tổ chức phục vụ Đại hội/prepare"]),
    ]

    @Test(arguments: cases)
    func extracts(_ c: (String, [String])) {
        let found = PreparerExtractor.extract(from: Support.line(c.0)).map { "\($0.canonical)/\($0.role ?? "-")" }
        #expect(found == c.1)
    }

    @Test(arguments: [
        ("Uỷ ban kiểm tra Đảng uỷ", "Ủy ban Kiểm tra Đảng ủy"), ("UBKT Đảng ủy", "Ủy ban Kiểm tra Đảng ủy"),
        ("ban xây dựng Đảng", "Ban Xây dựng Đảng"), ("Tiểu ban Tổ chức", "Tiểu ban Tổ chức"),
        ("Ủy ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội"), ("Văn phòng HĐND&UBND", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"),
    ])
    func canonicalNames(_ c: (String, String)) {
        #expect(AgencyNames.canonical(c.0) == c.1)
    }

    @Test func conditionalItem() {
        let record = Support.process("1. Tháng 6\n- Xem xét điều chỉnh (nếu có). (Ủy ban nhân dân phường chuẩn bị).\n- Cho ý kiến.\n").record
        #expect(record.monthlyPlans[0].items.map(\.conditional) == [true, false])
        #expect(record.monthlyPlans[0].items[0].preparers.map(\.name) == ["Ủy ban nhân dân phường"])
    }
}

@Suite("References")
struct ReferenceTests {
    @Test func partySymbolWithDateAndIssuer() {
        let refs = ReferenceExtractor.extract(from: Support.line("thực hiện Nghị quyết số 45-NQ/TW, ngày 24/01/2019 của Bộ Chính trị “Về xây dựng”"))
        #expect(refs.count == 1)
        #expect(refs[0].documentType == "Nghị quyết")
        #expect(refs[0].number == "45-NQ/TW")
        #expect(refs[0].value == 45)
        #expect(refs[0].typeCode == "NQ")
        #expect(refs[0].issuerCode == "TW")
        #expect(refs[0].date == "2019-01-24")
        #expect(refs[0].issuer == "Bộ Chính trị")
    }

    @Test func stateSymbol() {
        let refs = ReferenceExtractor.extract(from: Support.line("theo Nghị định 30/2020/NĐ-CP và Nghị quyết 199/2025/QH15"))
        #expect(refs.map(\.number) == ["30/2020/NĐ-CP", "199/2025/QH15"])
        #expect(refs.map(\.typeCode) == ["NĐ", nil])
        #expect(refs.map(\.issuerCode) == ["CP", "QH15"])
    }

    @Test func basisWithRegulation() {
        let record = Support.process("Căn cứ Quy chế làm việc số 01-QC/ĐU ngày 01/7/2025 của Ban Chấp hành Đảng bộ khóa I, nhiệm kỳ 2025-2030;\n").record
        #expect(record.bases.count == 1)
        let ref = record.bases[0].references[0]
        #expect(ref.documentType == "Quy chế làm việc")
        #expect(ref.date == "2025-07-01")
        #expect(ref.issuer == "Ban Chấp hành Đảng bộ khóa I")
    }
}

@Suite("Targets")
struct TargetTests {
    static let cases: [(String, [String])] = [
        ("(1) Phấn đấu tỷ lệ kết nạp đảng viên mới hằng năm đạt ít nhất 3% tổng đảng viên.", ["3.0 % >="]),
        ("(3) Phấn đấu hằng năm, có từ 90% tổ chức cơ sở đảng được đánh giá từ hoàn thành tốt nhiệm vụ trở lên.", ["90.0 % >="]),
        ("(6) Giai đoạn 2026-2030, thu nhập bình quân tăng bình quân 10,5%.", ["10.5 % -"]),
        ("(5) Đến năm 2030, phấn đấu có 20 doanh nghiệp/1.000 dân.", ["20.0 doanh nghiệp/1.000 dân -"]),
        ("(1) Đến năm 2030 tỷ lệ hộ cận nghèo còn dưới 0,5%.", ["0.5 % <"]),
        ("(4) Vốn đầu tư giai đoạn 2026 - 2030 đạt 200 tỷ đồng.", ["200.0 tỷ đồng -"]),
        ("(2) Gia đình văn hóa ≥97%, Tổ dân phố văn hóa ≥85%.", ["97.0 % >=", "85.0 % >="]),
        ("(7) Phấn đấu đạt chuẩn đô thị văn minh.", []),
    ]

    @Test(arguments: cases)
    func values(_ c: (String, [String])) {
        let values = TargetExtractor.values(in: Support.line(c.0)).map { "\($0.value) \($0.unit ?? "-") \($0.comparator ?? "-")" }
        #expect(values == c.1)
    }

    @Test func targetsFollowTheirAnnouncement() {
        let text = "1. Mục tiêu: Giữ vững.\n\nMột số chỉ tiêu cụ thể:\n\n(1) Đạt 100%.\n\n(2) Trên 90%.\n\n2. Nhiệm vụ\n\n(1) Không phải chỉ tiêu 5%.\n"
        let record = Support.process(text).record
        #expect(record.targets.map(\.label) == ["1", "2"])
    }
}
