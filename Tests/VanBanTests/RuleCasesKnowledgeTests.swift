import Foundation
import Testing
@testable import VanBan

/// Issue 15, the rules built on knowledge tables (truncated-term, national-term,
/// abolished-unit, target-conflict, header-symbol, missing-element, draft-date): at least
/// three catches and three correct look-alikes each, from lines of the real documents in
/// corpus/ (01–21) and from text written for these tests, with other bodies, places and
/// years than the seeds and the hold-out. Every catch here was missed by the rules before
/// this change (commit 83ba733).
@Suite("Lint rules: knowledge-table rules beyond the seeds")
struct RuleCasesKnowledgeTests {
    /// `missing-element` reads a line for *ngày* only when its scalars may hold it: every line
    /// of the corpus that holds it (composed or decomposed) passes the scalar test.
    @Test func ngayPrefilterKeepsEveryLineWithNgay() throws {
        var lines = ["Hà Nội, ngày 05 tháng 3 năm 2026", "Hà Nội, nga\u{300}y 05 tháng 3", "ngày", "NGÀY 5", "ngà voi", "Ngày"]
        for name in try FileManager.default.contentsOfDirectory(atPath: Support.corpus.path) where name.hasSuffix(".txt") {
            lines += try String(contentsOf: Support.corpus.appendingPathComponent(name), encoding: .utf8).components(separatedBy: "\n")
        }
        var held = 0
        for l in lines where l.contains("ngày") {
            held += 1
            #expect(MissingElement.mayHoldNgay(Array(l.unicodeScalars)[...]), "\(l)")
        }
        #expect(held > 100)
        #expect(!MissingElement.mayHoldNgay(Array("Ban Chấp hành Đảng bộ tỉnh".unicodeScalars)[...]))
    }

    /// The byte form (read on `SourceText`'s UTF-8) answers as the scalar form on every corpus
    /// line and on the composed, decomposed and near-miss spellings.
    @Test func ngayPrefilterOnBytesAgreesWithScalars() throws {
        var lines = ["Hà Nội, ngày 05", "nga\u{300}y", "ga", "g", "gà", "ga\u{301}y", "ga\u{300}", "nga", "xg\u{E0}", "gg\u{E0}"]
        for name in try FileManager.default.contentsOfDirectory(atPath: Support.corpus.path) where name.hasSuffix(".txt") {
            lines += try String(contentsOf: Support.corpus.appendingPathComponent(name), encoding: .utf8).components(separatedBy: "\n")
        }
        var yes = 0
        for l in lines {
            let scalars = MissingElement.mayHoldNgay(Array(l.unicodeScalars)[...])
            #expect(MissingElement.mayHoldNgay(bytes: Array(l.utf8)[...]) == scalars, "\(l)")
            if scalars { yes += 1 }
        }
        #expect(yes > 100)
    }

    /// A Party programme of a ward in Quảng Ninh dated December 2026, with month blocks of
    /// 2027: the scope the national-term cases need.
    static func year2027(_ january: String, _ february: String = "- Họp giao ban.") -> String {
        programme("""
            I. NỘI DUNG
            Năm 2027
            BAN THƯỜNG VỤ ĐẢNG ỦY
            1. Tháng 01/2027
            \(january)
            2. Tháng 02/2027
            \(february)
            """, date: "Hạ Long, ngày 18 tháng 12 năm 2026", number: "Số 09-CTr/ĐU")
    }

    /// A state plan of a province's People's Committee with the given header lines.
    static func statePlan(number: String = "Số: 27/KH-UBND", date: String = "Lạng Sơn, ngày 09 tháng 3 năm 2026",
                          type: String = "KẾ HOẠCH", title: String = "Kiểm tra công tác cải cách hành chính năm 2026",
                          body: String = "I. MỤC ĐÍCH, YÊU CẦU\n1. Đánh giá đúng thực trạng.",
                          recipients: String = "Nơi nhận:\n- Như trên;\n- Lưu: VT, NC.",
                          signature: String = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Văn Tú") -> String {
        """
        ỦY BAN NHÂN DÂN
        TỈNH LẠNG SƠN
        \(number)
        \(date)
        \(type)
        \(title)
        \(body)
        \(recipients)
        \(signature)
        """
    }

    static let cases: [RuleCase] = [
        // truncated-term — catches: a compound cut before a level or a Party committee, a
        // compound left out inside the name, a syllable changed, a missing 'Việt Nam' (info)
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Ủy ban nhân xã Tiên Yên chủ trì tổ chức ra quân."), at: ["Ủy ban nhân xã"]),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Ủy ban Kiểm Thành ủy hướng dẫn kiểm điểm cuối năm."), at: ["Ủy ban Kiểm Thành ủy"]),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Phối hợp Ủy ban Mặt trận Việt Nam tỉnh tổ chức Ngày hội."), at: ["Mặt trận Việt Nam"]),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Hội đồng nhân thị trấn Cô Tô giám sát."), at: ["Hội đồng nhân thị trấn"]),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Ban Thường vũ Đảng ủy cho ý kiến."), at: ["Ban Thường vũ"]),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Phối hợp với Ủy ban dân phường Mạo Khê."), at: ["Ủy ban dân phường"]),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Ủy ban Mặt trận Tổ quốc xã Đầm Hà chủ trì."), at: ["Mặt trận Tổ quốc xã"]),
        // truncated-term — look-alikes: whole names before a level (16, 17 and 06 of the corpus),
        // other words after a cut-looking compound, local bodies named without 'Việt Nam'
        RuleCase(rule: "truncated-term", text: programme("I. A\na) Ủy ban nhân dân các xã, đặc khu và các phường có"), at: []),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương, chức danh"), at: []),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Kỷ niệm Ngày truyền thống Ban Xây dựng Đảng, Ủy ban Kiểm tra và Văn phòng cấp ủy."), at: []),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Tham dự phiên họp của Ủy ban nhân quyền Liên hợp quốc."), at: []),
        // (16 of the corpus: a name's syllables where a compound of its own stands)
        RuleCase(rule: "truncated-term", text: programme("I. A\nBan hành kèm theo Quyết định này; Ủy ban Dân tộc và Hội đồng Dân tộc của Quốc hội phối hợp."), at: []),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Hội Nông dân xã, Hội Liên hiệp Phụ nữ phường và Đoàn Thanh niên thị trấn phối hợp."), at: []),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Cẩm Phả phối hợp."), at: []),

        // truncated-term (session 3) — Đội Thiếu niên Tiền phong Hồ Chí Minh (Điều lệ Đoàn TNCS Hồ Chí Minh):
        // half a compound or a whole one dropped; the whole name, its abbreviation and other teams silent
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Phối hợp Liên đội Trường Tiểu học Lê Lợi kỷ niệm Ngày thành lập Đội Thiếu niên Tiền Hồ Chí Minh (15/5)."),
                 at: ["Đội Thiếu niên Tiền Hồ Chí Minh"]),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Tặng quà đội viên Đội Thiếu niên Hồ Chí Minh vượt khó học giỏi."), at: ["Đội Thiếu niên Hồ Chí Minh"]),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Tổng phụ trách Đội Thiếu niên Tiền phong Hồ Chí Minh phường báo cáo.\n- Đội TNTP Hồ Chí Minh và Đội Thiếu niên tiền phong phường Đông Hải ra quân."),
                 at: []),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Đội thiếu niên xung kích của khu phố dọn vệ sinh; Đội Thiếu niên Tiền phong Hồ Chí Minh và Đoàn Thanh niên Cộng sản Hồ Chí Minh phối hợp."),
                 at: []),

        // truncated-term (session 3) — more fixed names with their sources (Ngân hàng Chính sách xã hội, Tòa án
        // nhân dân, Hội Người cao tuổi): a compound cut or left out caught; the whole names and other bodies silent
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Phối hợp Ngân hàng Chính sách hội phường giải ngân vốn vay."), at: ["Ngân hàng Chính sách hội"]),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Tòa án nhân thành phố xét xử lưu động.\n- Hội Người tuổi phường mừng thọ."), at: ["Tòa án nhân", "Hội Người tuổi"]),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Ngân hàng Chính sách xã hội, Tòa án nhân dân khu vực 2, Viện kiểm sát nhân dân thành phố, Hội Người cao tuổi và Hội Khuyến học phường phối hợp."), at: []),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Ngân hàng Nhà nước chi nhánh khu vực 5; Hội người có công; Tòa án tối cao."), at: []),

        // truncated-term (round 2) — a syllable of a name changed into another word with the same initial
        // and final, the rest of the name following (Hội Liên hiệp Phụ nữ, Viện kiểm sát nhân dân, Ban
        // Thường vụ, Đội Thiếu niên Tiền phong: their sources in BodyNames); other bodies whose word
        // differs in its initial or final, and the changed word without the rest of the name, silent
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Hội Liên hợp Phụ nữ xã Tân Phú tổ chức tọa đàm."), at: ["Hội Liên hợp Phụ nữ"]),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Làm việc với Viện kiểm soát nhân dân tỉnh Đồng Tháp."), at: ["Viện kiểm soát nhân dân"]),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Ban Thường vị Đảng ủy xã Ea Tir họp định kỳ."), at: ["Ban Thường vị Đảng ủy"]),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Đội Thiếu niên Tiền phương Hồ Chí Minh trường Tiểu học Kim Đồng cắm trại."), at: ["Đội Thiếu niên Tiền phương Hồ Chí Minh"]),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Ban Thường trực Tỉnh ủy làm việc với Ban Thường trực Đảng ủy phường."), at: []),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Hội Liên hiệp Thanh niên Việt Nam tỉnh Bắc Ninh và Hội Liên hợp tác xã phối hợp."), at: []),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Ban Chỉ đạo quân sự tỉnh họp; Viện Kiểm sát nhân dân khu vực 3 tham dự."), at: []),
        RuleCase(rule: "truncated-term", text: programme("I. A\n- Viện kiểm soát chất lượng và Ban Thường vụ Tỉnh ủy Gia Lai."), at: []),

        // national-term — catches: a resolution of a Congress not yet held, a Congress dated
        // in brackets, a People's Council term at an election or a session after it ended
        RuleCase(rule: "national-term", text: year2027("- Quán triệt Nghị quyết Đại hội XV của Đảng đến cán bộ, đảng viên."), at: ["Đại hội XV"]),
        RuleCase(rule: "national-term", text: year2027("- Học tập chuyên đề về Đại hội XIV của Đảng (tháng 01/2021)."), at: ["Đại hội XIV"]),
        RuleCase(rule: "national-term", text: year2027("- Họp giao ban.", "- Cho ý kiến nội dung kỳ họp giữa năm 2027 của Hội đồng nhân dân phường nhiệm kỳ 2021 - 2026."),
                 at: ["nhiệm kỳ 2021 - 2026"]),
        RuleCase(rule: "national-term", text: programme(year2026("3. Tháng 3/2026\n- Chỉ đạo bầu cử đại biểu Hội đồng nhân dân phường nhiệm kỳ 2021 - 2026 (Văn phòng Đảng ủy chuẩn bị).")),
                 at: ["Hội đồng nhân dân phường nhiệm kỳ 2021 - 2026"]),
        RuleCase(rule: "national-term", text: year2027("- Xây dựng Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng."),
                 at: ["lần thứ XIII"]),
        // national-term — look-alikes: an older resolution reviewed or cited (04 of the corpus),
        // documents of the next Congress drafted, a term that belongs to another body, a past
        // session cited, a by-election
        RuleCase(rule: "national-term", text: year2027("- nhiệm vụ trọng tâm, các mục tiêu của Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII và nghị quyết đại hội đảng bộ các tỉnh, thành phố nhiệm kỳ 2020 - 2025."),
                 at: []),
        RuleCase(rule: "national-term", text: year2027("- Tổng kết 5 năm thực hiện Nghị quyết Đại hội XIII của Đảng.", "- Cho ý kiến vào dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XV của Đảng."),
                 at: []),
        RuleCase(rule: "national-term", text: year2027("- Đồng chí Lê Văn Hùng, đại biểu Quốc hội khóa XVI, nguyên Chủ tịch HĐND tỉnh nhiệm kỳ 2021 - 2026, dự họp."), at: []),
        RuleCase(rule: "national-term", text: year2027("- Thực hiện Nghị quyết số 15/NQ-HĐND ngày 10/12/2025 tại kỳ họp thứ 10 của HĐND phường nhiệm kỳ 2021 - 2026."), at: []),
        RuleCase(rule: "national-term", text: programme(year2026("3. Tháng 3/2026\n- Chỉ đạo bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 (Văn phòng Đảng ủy chuẩn bị).")),
                 at: []),
        RuleCase(rule: "national-term", text: year2027("- Quán triệt Nghị quyết Đại hội XV Đảng bộ tỉnh và Nghị quyết Đại hội lần thứ XV, nhiệm kỳ 2020 - 2025 của Đảng bộ tỉnh.",
                                                       "- Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Hội Nông dân Việt Nam."), at: []),
        RuleCase(rule: "national-term", text: programme("I. A\n- Hướng dẫn bầu cử bổ sung đại biểu HĐND phường nhiệm kỳ 2021 - 2026.", date: "Hạ Long, ngày 10 tháng 3 năm 2025"), at: []),

        // national-term (session 3) — catches: an Assembly term with a session or vote dated
        // outside it, a national Congress with another term in brackets, a merged
        // province's 2025–2030 congress numbered other than I (Nghị quyết 202/2025/QH15, both
        // orders), one committee's congress of one term cited with two numbers
        RuleCase(rule: "national-term", text: year2027("- Quán triệt Luật Địa chất và Khoáng sản được Quốc hội khóa XV thông qua tại Kỳ họp thứ 3 (tháng 5/2028)."),
                 at: ["Quốc hội khóa XV"]),
        RuleCase(rule: "national-term", text: year2027("- Triển khai Nghị quyết của Quốc hội khóa XVI tại kỳ họp thứ nhất ngày 20/4/2025 về giám sát."), at: ["Quốc hội khóa XVI"]),
        RuleCase(rule: "national-term", text: year2027("- Quán triệt Nghị quyết Kỳ họp thứ hai, Quốc hội khóa XVI (tháng 10/2025)."), at: ["Quốc hội khóa XVI"]),
        RuleCase(rule: "national-term", text: year2027("- Quán triệt Nghị quyết Kỳ họp thứ 10, Quốc hội khóa XV (tháng 10/2025).",
                                                       "- Nguyên đại biểu Quốc hội khóa XIV phát biểu tại kỳ họp tháng 7/2027 của Hội đồng nhân dân phường."), at: []),
        RuleCase(rule: "national-term", text: year2027("- Học tập Nghị quyết Đại hội Đảng toàn quốc lần thứ XIV của Đảng (nhiệm kỳ 2020 - 2025) trong toàn Đảng bộ."), at: ["lần thứ XIV"]),
        RuleCase(rule: "national-term", text: year2027("- Quán triệt Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, nhiệm kỳ 2026 - 2031."), at: ["lần thứ XIII"]),
        RuleCase(rule: "national-term", text: year2027("- Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ XVII, nhiệm kỳ 2025 - 2030."), at: ["lần thứ XVII"]),
        RuleCase(rule: "national-term", text: year2027("- Thực hiện Nghị quyết Đại hội đại biểu lần thứ XXI Đảng bộ thành phố Cần Thơ, nhiệm kỳ 2025 - 2030."), at: ["lần thứ XXI"]),
        RuleCase(rule: "national-term", text: year2027("- Căn cứ Nghị quyết Đại hội Đảng bộ phường Hà Tu lần thứ I, nhiệm kỳ 2025 - 2030.",
                                                       "- Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ phường Hà Tu lần thứ II, nhiệm kỳ 2025 - 2030."),
                 at: ["Hà Tu lần thứ II"]),
        // (the committee elected by the congress, *Ban Chấp hành … khóa N*; the Congress with its term after a comma)
        RuleCase(rule: "national-term", text: year2027("- Thực hiện Nghị quyết Ban Chấp hành Đảng bộ tỉnh Đắk Lắk khóa XVIII, nhiệm kỳ 2025 - 2030."), at: ["khóa XVIII"]),
        RuleCase(rule: "national-term", text: year2027("- Học tập chuyên đề về Đại hội XIII của Đảng, nhiệm kỳ 2026 - 2031."), at: ["Đại hội XIII"]),
        RuleCase(rule: "national-term", text: year2027("- Thực hiện Nghị quyết Ban Chấp hành Đảng bộ tỉnh Thanh Hóa khóa XX, nhiệm kỳ 2025 - 2030; Ban Chấp hành Đảng bộ tỉnh Đắk Lắk khóa I, nhiệm kỳ 2025 - 2030.",
                                                       "- Quán triệt Nghị quyết Đại hội XIV của Đảng, nhiệm kỳ 2025 - 2030 của Đảng bộ phường."), at: []),
        // national-term (session 3) — look-alikes: a law passed by a term and in force after it,
        // a former deputy at a later date, a past session, the Congress with its own term,
        // another organisation's national congress, a province not merged in 2025, a merged
        // province's previous term, the next congress of a committee
        RuleCase(rule: "national-term", text: year2027("- Luật Đất đai được Quốc hội khóa XV thông qua ngày 18/01/2024, có hiệu lực từ ngày 01/8/2027.",
                                                       "- Đồng chí Hà Văn Nam, nguyên đại biểu Quốc hội khóa XV, báo cáo tại hội nghị ngày 12/3/2027."), at: []),
        RuleCase(rule: "national-term", text: year2027("- Thực hiện Luật Thủ đô được Quốc hội khóa XV thông qua tại kỳ họp thứ 7 (tháng 6/2024).",
                                                       "- Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng (nhiệm kỳ 2026 - 2031)."), at: []),
        RuleCase(rule: "national-term", text: year2027("- Học tập Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Công đoàn Việt Nam, nhiệm kỳ 2028 - 2033.",
                                                       "- Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX, nhiệm kỳ 2025 - 2030."), at: []),
        RuleCase(rule: "national-term", text: year2027("- Tổng kết Nghị quyết Đại hội Đảng bộ tỉnh Gia Lai lần thứ XVI, nhiệm kỳ 2020 - 2025; Đảng bộ tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030.",
                                                       "- Chuẩn bị Đại hội Đảng bộ phường Hà Tu lần thứ II, nhiệm kỳ 2030 - 2035; thực hiện Nghị quyết Đại hội Đảng bộ phường Hà Tu lần thứ I, nhiệm kỳ 2025 - 2030."), at: []),

        // abolished-unit — catches: cities of district level (of a province, inside a
        // centrally-run city), their Thành ủy, an agency named after one (TP.)
        RuleCase(rule: "abolished-unit", text: programme("I. A\n- Trung tâm Y tế thành phố Bà Rịa phối hợp tiêm chủng năm 2026."), at: ["thành phố Bà Rịa"]),
        RuleCase(rule: "abolished-unit", text: programme("I. A\n- Làm việc với Thành ủy Uông Bí về tiếp nhận hồ sơ đảng viên."), at: ["Thành ủy Uông Bí"]),
        RuleCase(rule: "abolished-unit", text: programme("I. A\n- Phòng Tài chính - Kế hoạch TP. Long Xuyên hướng dẫn quyết toán."), at: ["TP. Long Xuyên"]),
        RuleCase(rule: "abolished-unit", text: programme("I. A\n- Ủy ban nhân dân thành phố Dĩ An tổ chức đối thoại với Nhân dân."), at: ["thành phố Dĩ An"]),
        // abolished-unit — look-alikes: centrally-run cities (16 of the corpus, an OCR'd name),
        // a foreign city, a former city, a heading in capitals
        RuleCase(rule: "abolished-unit", text: programme("I. A\n- bị mất, bị hủy hoại trên địa bàn thành phố Hải Phòng quy định tại khoản"), at: []),
        RuleCase(rule: "abolished-unit", text: programme("I. A\n- Sở Y tế thành phố Cần Thơ, Công an Thành phố Hỗ Chí Minh và Ban Thường vụ Thành ủy Thành phố Huế phối hợp."), at: []),
        RuleCase(rule: "abolished-unit", text: programme("I. A\n- Đoàn công tác thăm thành phố Vientiane (Lào) và thành phố Seoul."), at: []),
        RuleCase(rule: "abolished-unit", text: programme("I. A\n- Tiếp nhận hồ sơ của nguyên thành phố Cẩm Phả; Thành ủy chỉ đạo."), at: []),
        RuleCase(rule: "abolished-unit", text: programme("I. A\n- Chỉnh lý tài liệu lưu trữ của Quận ủy Hồng Bàng.\n- Quản lý tài sản do Ủy ban nhân dân huyện An Lão bàn giao."), at: []),
        RuleCase(rule: "abolished-unit", text: programme("I. A\nII. KẾT QUẢ KỲ HỌP HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ KHÓA XVI\n- Nội dung."), at: []),

        // abolished-unit (session 3) — the numbered districts of Thành phố Hồ Chí Minh; the past marked three words
        // before ('trước đây thuộc Quận 3'), a former one, a fraction after 'quận' silent
        RuleCase(rule: "abolished-unit", text: programme("I. A\n- Phối hợp Trung tâm Y tế Quận 3 khám sức khỏe cho đoàn viên năm 2026."), at: ["Quận 3"]),
        RuleCase(rule: "abolished-unit", text: programme("I. A\n- Làm việc với Công an quận 10 về an ninh trật tự trên địa bàn."), at: ["quận 10"]),
        RuleCase(rule: "abolished-unit", text: programme("I. A\n- Phường Bàn Cờ (trước đây thuộc Quận 3) tổ chức hội nghị.\n- Tiếp nhận hồ sơ của Quận 5 cũ."), at: []),
        RuleCase(rule: "abolished-unit", text: programme("I. A\n- Tỷ lệ học viên hoàn thành đạt 2/3 lớp; lớp học quận 2/3 học viên."), at: []),

        // target-conflict — catches: a year inside the indicator, a colon or '>=' before the
        // value, a pipe table's target column against the text
        RuleCase(rule: "target-conflict", text: programme("I. A\n- Tỷ lệ hồ sơ trực tuyến năm 2027 đạt 90%.\n- Tỷ lệ hồ sơ trực tuyến năm 2027 đạt 85%."), at: ["đạt 85%"]),
        RuleCase(rule: "target-conflict", text: programme("I. A\n- Tỷ lệ tiêm chủng mở rộng đạt 98%.\n- Tỷ lệ tiêm chủng mở rộng: ≥ 95%."), at: ["≥ 95%"]),
        RuleCase(rule: "target-conflict", text: programme("I. A\n- Tỷ lệ trường đạt chuẩn quốc gia đạt 85%.\n- Tỷ lệ trường đạt chuẩn quốc gia >= 80%."), at: [">= 80%"]),
        RuleCase(rule: "target-conflict", text: programme("I. A\n- Tỷ lệ che phủ rừng năm 2027 đạt 45%.\nPHỤ LỤC\n| STT | Chỉ tiêu | Kết quả năm 2026 | Kế hoạch năm 2027 |\n| --- | --- | --- | --- |\n| 1 | Tỷ lệ che phủ rừng | 41,5% | 42% |"),
                 at: ["| 1 |"]),
        // target-conflict — look-alikes: a result and a target in one row, last year's result
        // beside this year's target, a narrower indicator, a real table without % cells (14)
        RuleCase(rule: "target-conflict", text: programme("I. A\n- Tỷ lệ che phủ rừng năm 2027 đạt 42%.\nPHỤ LỤC\n| STT | Chỉ tiêu | Kết quả năm 2026 | Kế hoạch năm 2027 |\n| --- | --- | --- | --- |\n| 1 | Tỷ lệ che phủ rừng | 41,5% | 42% |"),
                 at: []),
        RuleCase(rule: "target-conflict", text: programme("I. A\n- Tỷ lệ hồ sơ trực tuyến năm 2027 đạt 90% (kết quả năm 2026 đạt 82%).\n- Tỷ lệ hộ nghèo năm 2027 giảm còn 1,2% (kết quả năm 2026 đạt 1,8%)."), at: []),
        RuleCase(rule: "target-conflict", text: programme("I. A\n- Tỷ lệ hộ nghèo đa chiều giảm 1%.\n- Tỷ lệ hộ cận nghèo đa chiều giảm 2%."), at: []),
        RuleCase(rule: "target-conflict", text: programme("""
            I. A
            | TT  | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |
            | --- | --- | --- | --- | --- |
            | 8   | Tỉ lệ đóng góp của năng suất nhân tố tổng hợp (TEP) vào tăng trưởng kinh tế | % | ≥ 55 | Bộ Kế hoạch và Đầu tư |
            | 9   | Tỉ trọng xuất khẩu sản phẩm công nghệ cao trên tổng giá trị hàng hoá xuất khẩu | % | ≥ 50 | Bộ Khoa học và Công nghệ |
            | 11.1| Tỉ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp | % | ≥ 80 | Bộ Thông tin và Truyền thông |
            """), at: []),

        // target-conflict (session 3) — catches: a long indicator (more than eight words) in the text against a
        // table column headed by its year alone; the year inside the indicator's name before a colon, in the prose
        // of an appendix after the signature
        RuleCase(rule: "target-conflict", text: programme("I. A\n- Phấn đấu tỷ lệ chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên năm 2026 đạt 92%.\nPHỤ LỤC\nCHỈ TIÊU NĂM 2026\n| STT | Chỉ tiêu | Năm 2026 |\n| --- | --- | --- |\n| 1 | Tỷ lệ chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên | ≥ 88% |",
                                                          date: "Hải Phòng, ngày 05 tháng 01 năm 2026"),
                 at: ["| 1 |"]),
        RuleCase(rule: "target-conflict", text: programme("I. A\n- Tỷ lệ che phủ rừng đạt 47% vào năm 2030 (năm 2025 đạt 44%).") + "\nPHỤ LỤC\nCHỈ TIÊU ĐẾN NĂM 2030\n1- Tỷ lệ che phủ rừng năm 2030: 48%.\n2- Tỷ lệ hộ nghèo năm 2030: dưới 1%.",
                 at: ["1- Tỷ lệ che phủ rừng năm 2030"]),
        // target-conflict (session 3) — look-alikes: a column headed by a past year (a result) beside this
        // year's target; the same indicator for another year in the appendix's prose; two different indicators
        RuleCase(rule: "target-conflict", text: programme("I. A\n- Phấn đấu tỷ lệ chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên năm 2026 đạt 92%.\nPHỤ LỤC\n| STT | Chỉ tiêu | Năm 2025 |\n| --- | --- | --- |\n| 1 | Tỷ lệ chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên | 89% |",
                                                          date: "Hải Phòng, ngày 05 tháng 01 năm 2026"),
                 at: []),
        RuleCase(rule: "target-conflict", text: programme("I. A\n- Tỷ lệ che phủ rừng đạt 47% vào năm 2030 (năm 2025 đạt 44%).") + "\nPHỤ LỤC\nLỘ TRÌNH\n1- Tỷ lệ che phủ rừng năm 2027: 45%.\n2- Tỷ lệ che phủ rừng phòng hộ năm 2030: 30%.",
                 at: []),

        // header-symbol — catches: a type name on one line with its title (both systems)
        RuleCase(rule: "header-symbol", text: statePlan(number: "Số: 27/BC-UBND", type: "KẾ HOẠCH Kiểm tra công tác cải cách hành chính năm 2026", title: ""),
                 at: ["Số: 27/BC-UBND"]),
        RuleCase(rule: "header-symbol", text: programme("I. A\n- Nội dung.", number: "Số 11-KH/ĐU", type: "CHƯƠNG TRÌNH Công tác năm 2026"), at: ["Số 11-KH/ĐU"]),
        RuleCase(rule: "header-symbol", text: statePlan(number: "Số: 27/2026/QĐ-UBND", type: "QUY CHẾ Phối hợp quản lý cụm công nghiệp", title: ""),
                 at: ["Số: 27/2026/QĐ-UBND"]),
        // header-symbol — look-alikes: the same headers with the right code, a Công văn
        // number, the practice QĐ on a Quy định
        RuleCase(rule: "header-symbol", text: statePlan(type: "KẾ HOẠCH Kiểm tra công tác cải cách hành chính năm 2026", title: ""), at: []),
        RuleCase(rule: "header-symbol", text: programme("I. A\n- Nội dung.", number: "Số 11-CTr/ĐU", type: "CHƯƠNG TRÌNH Công tác năm 2026"), at: []),
        RuleCase(rule: "header-symbol", text: statePlan(number: "Số: 27/2026/QĐ-UBND", type: "QUY ĐỊNH Về quản lý camera giám sát", title: ""), at: []),
        RuleCase(rule: "header-symbol", text: statePlan(number: "Số: 512/UBND-NC", type: "", title: "V/v kiểm tra công tác cải cách hành chính"), at: []),

        // missing-element — catches: a place-date only in a dated sentence of the body or in a
        // form of an appendix; a prose line that starts with 'Nơi nhận'
        RuleCase(rule: "missing-element", text: statePlan(date: "", body: "I. MỤC ĐÍCH\n1. Đánh giá đúng thực trạng.\n2. Tổng hợp.\n3. Báo cáo.\nII. NỘI DUNG\n1. Kiểm tra.\n2. Phúc tra.\nIII. TỔ CHỨC\nLạng Sơn, ngày 20 tháng 5 năm 2026, Đoàn kiểm tra làm việc tại Sở Nội vụ."),
                 at: ["ỦY BAN NHÂN DÂN"]),
        RuleCase(rule: "missing-element", text: statePlan(date: "", body: "I. MỤC ĐÍCH\n1. Nội dung.\n2. Nội dung.\n3. Nội dung.\n4. Nội dung.\n5. Nội dung.\n6. Nội dung.\n7. Nội dung.\n8. Nội dung.\nMẪU BÁO CÁO\nĐơn vị: ...\nLạng Sơn, ngày ... tháng ... năm 2026\nNội dung báo cáo."),
                 at: ["ỦY BAN NHÂN DÂN"]),
        RuleCase(rule: "missing-element", text: statePlan(body: "I. MỤC ĐÍCH\n1. Nội dung.\nII. TỔ CHỨC\n1. Hồ sơ gửi về Bộ phận Một cửa.", recipients: "Nơi nhận hồ sơ: Bộ phận Một cửa tỉnh trước ngày 15/4/2026.\n- Lưu: VT."),
                 at: ["Hoàng Văn Tú"]),
        // missing-element — look-alikes: a place-date in figures, without its comma, a
        // recipients heading in capitals with a spaced colon
        RuleCase(rule: "missing-element", text: statePlan(date: "Lạng Sơn, ngày 09/3/2026"), at: []),
        RuleCase(rule: "missing-element", text: statePlan(date: "Lạng Sơn ngày 09 tháng 3 năm 2026"), at: []),
        RuleCase(rule: "missing-element", text: statePlan(recipients: "NƠI NHẬN :\n- Như trên;\n- Lưu: VT."), at: []),

        // draft-date — catches: placeholders the reader does not take for a number or a date
        RuleCase(rule: "draft-date", text: statePlan(number: "Số: XX/KH-UBND"), at: ["Số: XX/KH-UBND"]),
        RuleCase(rule: "draft-date", text: programme("I. A\n- Nội dung.", number: "Số ……-CTr/ĐU"), at: ["Số ……-CTr/ĐU"]),
        RuleCase(rule: "draft-date", text: statePlan(date: "Lạng Sơn, ngày …/3/2026"), at: ["ngày …/3/2026"]),
        // draft-date — look-alikes: a complete number and date, in figures, a number with a year
        RuleCase(rule: "draft-date", text: statePlan(), at: []),
        RuleCase(rule: "draft-date", text: statePlan(date: "Lạng Sơn, ngày 09/3/2026"), at: []),
        RuleCase(rule: "draft-date", text: statePlan(number: "Số: 27/2026/QĐ-UBND", type: "QUYẾT ĐỊNH"), at: []),

        // MARK: round 2 (session 3), classes missed on the hold-out h15–h20, other wording
        // national-term — catches: a Congress named as the one to come that is not the next
        // after the year (XV meets in 2031, XVI in 2036)
        RuleCase(rule: "national-term", text: statePlan(date: "Lạng Sơn, ngày 09 tháng 3 năm 2028", title: "Thi đua năm 2028",
                                                         body: "I. MỤC ĐÍCH\n1. Thi đua lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XVI của Đảng."),
                 at: ["lần thứ XVI của Đảng"]),
        RuleCase(rule: "national-term", text: statePlan(date: "Lạng Sơn, ngày 12 tháng 01 năm 2033", title: "Tuyên truyền năm 2033",
                                                         body: "I. NHIỆM VỤ\n1. Tuyên truyền sâu rộng, tạo khí thế hướng tới Đại hội XV của Đảng."),
                 at: ["Đại hội XV của Đảng"]),
        RuleCase(rule: "national-term", text: year2027("- Chuẩn bị tốt nội dung tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng."),
                 at: ["lần thứ XIV của Đảng"]),
        // national-term — look-alikes: the next Congress; the one of the year and the one after
        // it in that year; a success celebrated; another organisation's congress
        RuleCase(rule: "national-term", text: statePlan(date: "Lạng Sơn, ngày 09 tháng 3 năm 2028", title: "Thi đua năm 2028",
                                                         body: "I. MỤC ĐÍCH\n1. Hướng tới chào mừng Đại hội đại biểu toàn quốc lần thứ XV của Đảng."), at: []),
        RuleCase(rule: "national-term", text: programme("I. A\n- Chào mừng thành công Đại hội XIV của Đảng; chuẩn bị các tiền đề hướng tới Đại hội XV của Đảng."), at: []),
        RuleCase(rule: "national-term", text: statePlan(date: "Lạng Sơn, ngày 09 tháng 3 năm 2028", title: "Thi đua năm 2028",
                                                         body: "I. MỤC ĐÍCH\n1. Thi đua chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Công đoàn Việt Nam."), at: []),
        RuleCase(rule: "national-term", text: year2027("- Tuyên truyền kết quả Đại hội XIV của Đảng, chuẩn bị tổng kết 5 năm."), at: []),

        // abolished-unit — catches: the header of a web copy read after its page chrome (a
        // site name in capitals, a breadcrumb), so the date is known
        RuleCase(rule: "abolished-unit", text: "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN\nTrang chủ > Văn bản > Kế hoạch\n"
                    + statePlan(body: "I. NHIỆM VỤ\n1. Phối hợp với Phòng Tư pháp huyện Cao Lộc rà soát hồ sơ hộ tịch."), at: ["huyện Cao Lộc"]),
        RuleCase(rule: "abolished-unit", text: "SỞ NỘI VỤ TỈNH LẠNG SƠN - TRANG THÔNG TIN\nĐăng ngày: 10/3/2026 | Lượt xem: 310\n"
                    + statePlan(body: "I. NHIỆM VỤ\n1. Trung tâm Y tế huyện Hữu Lũng khám sức khỏe cho cán bộ."), at: ["huyện Hữu Lũng"]),
        // abolished-unit — look-alikes: the same pages speaking of the past
        RuleCase(rule: "abolished-unit", text: "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN\nTrang chủ > Văn bản > Kế hoạch\n"
                    + statePlan(body: "I. NHIỆM VỤ\n1. Kế thừa kết quả Chương trình của huyện Cao Lộc giai đoạn 2021 - 2025."), at: []),
        RuleCase(rule: "abolished-unit", text: "SỞ NỘI VỤ TỈNH LẠNG SƠN - TRANG THÔNG TIN\nĐăng ngày: 10/3/2026 | Lượt xem: 310\n"
                    + statePlan(body: "I. NHIỆM VỤ\n1. Tiếp nhận hồ sơ lưu trữ của Phòng Nội vụ huyện Hữu Lũng."), at: []),

        // target-conflict — catches: a target written without its year in the text (the
        // title's year) against the target column of the appendix for that year
        RuleCase(rule: "target-conflict", text: statePlan(title: "Cải cách hành chính năm 2027",
                                                           body: "I. CHỈ TIÊU\n1. Phấn đấu tỷ lệ hồ sơ giải quyết trực tuyến đạt 70% trở lên.\nII. PHỤ LỤC\n| TT | Chỉ tiêu | Kết quả năm 2026 | Chỉ tiêu năm 2027 |\n|---|---|---|---|\n| 1 | Tỷ lệ hồ sơ giải quyết trực tuyến | 62% | ≥ 65% |"),
                 at: ["| 1 | Tỷ lệ hồ sơ"]),
        RuleCase(rule: "target-conflict", text: programme("I. CHỈ TIÊU\n- Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ đạt 90%.\nII. PHỤ LỤC\n| STT | Nội dung | Năm 2025 | Chỉ tiêu năm 2026 |\n|---|---|---|---|\n| 1 | Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ | 88% | 85% |"),
                 at: ["| 1 | Tỷ lệ chi bộ"]),
        // target-conflict — look-alikes: the result column; a target of another year; the same value
        RuleCase(rule: "target-conflict", text: statePlan(title: "Cải cách hành chính năm 2027",
                                                           body: "I. CHỈ TIÊU\n1. Phấn đấu tỷ lệ hồ sơ giải quyết trực tuyến đạt 65% trở lên.\nII. PHỤ LỤC\n| TT | Chỉ tiêu | Kết quả năm 2026 | Chỉ tiêu năm 2027 |\n|---|---|---|---|\n| 1 | Tỷ lệ hồ sơ giải quyết trực tuyến | 62% | ≥ 65% |"),
                 at: []),
        RuleCase(rule: "target-conflict", text: statePlan(title: "Cải cách hành chính năm 2027",
                                                           body: "I. CHỈ TIÊU\n1. Phấn đấu đến năm 2030 tỷ lệ hồ sơ giải quyết trực tuyến đạt 90%.\nII. PHỤ LỤC\n| TT | Chỉ tiêu | Kết quả năm 2026 | Chỉ tiêu năm 2027 |\n|---|---|---|---|\n| 1 | Tỷ lệ hồ sơ giải quyết trực tuyến | 62% | ≥ 65% |"),
                 at: []),
    ]

    @Test(arguments: cases)
    func rule(_ c: RuleCase) {
        c.check()
    }

    /// The fixes: only when one name reads the cut text, never for the short form that is
    /// in use (*Ủy ban Mặt trận Tổ quốc xã*).
    /// A web copy opening with its site name in capitals and a breadcrumb: the header after
    /// them is read (date, type, title), and the chrome is kept apart.
    @Test func headerAfterWebChrome() {
        let text = "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN\nTrang chủ > Văn bản > Kế hoạch\n" + Self.statePlan()
        let record = VanBan.process(text: text, name: "t.txt").record
        #expect(record.header.date?.year == 2026)
        #expect(record.header.typeCode == "KH")
        #expect(record.header.title?.contains("cải cách hành chính") == true)
    }

    @Test func truncatedTermFixes() {
        let text = programme("I. A\n- Ủy ban nhân xã Tiên Yên chủ trì.\n- Ủy ban Mặt trận Tổ quốc xã Đầm Hà phối hợp.")
        let found = Linter.lint(VanBan.process(text: text, name: "t.txt")).filter { $0.ruleID == "truncated-term" }
        #expect(found.map { $0.fix?.edits.first?.replacement } == ["Ủy ban nhân dân", nil])
        #expect(found.map(\.severity) == [.warning, .info])
    }
}
