import Foundation
import Testing
@testable import VanBan

/// The parse stage of the seventh session of issue 17: the parser's and the record builder's
/// phrases compared by interner ID (`WordPhrase`) instead of by the bytes of each word. The
/// byte forms (`TokenizedLine.matches(_: [String], at:)`, `find(_: [String], from:)`) are the
/// old forms; each phrase is compared with them at every token of every corpus document and of
/// tricky text (capitals, decomposed marks, both tone styles, words longer than 15 bytes, the
/// phrases glued or cut, signs).
@Suite("Parse stage: phrases by word ID (issue 17, session 7)")
struct WordPhraseTests {
    static let tricky = """
        ĐẢNG CỘNG SẢN VIỆT NAM
        Số: 12-KH/TU                     Hà Nội, ngày 5 tháng 3 năm 2026
        V/v triển khai; v / v; V /V kèm theo KÈM THEO ban hành kèm theo (Ban hành kèm theo Quyết định số 5)
        Độc lập - Tự do - Hạnh phúc; ĐỘC LẬP - TỰ DO - HẠNH PHÚC
        KẾ HOẠCH
        Căn cứ Luật; căn cứ; CĂN CỨ
        I. CHỈ TIÊU CỤ THỂ: Chỉ tiêu cụ thể: đạt 100%; các chỉ tiêu; một số chỉ tiêu; nhóm chỉ tiêu
        1. Hội nghị Ban Chấp hành lần thứ 5 (mở rộng) (tháng 3/2026); HỘI NGHỊ LẦN THỨ; hội  nghị
        2. Kỳ họp thứ nhất; kỳ họp thứ; Kì họp thứ; kỳhọp thứ
        3. Phấn đấu đến năm 2030: Mục tiêu; mục tiêu; phấn đấu; đến năm; đến  năm
        4. Rà soát (nếu có); nếu có; NẾU CÓ; nê\u{301}u có; nếucó; (Văn phòng chủ trì, phối hợp với các ban)
        5. Thời gian: ngày 14/01/2026; Địa điểm: Hội trường; thời gian; địa điểm
        6. Cơ quan chuẩn bị: Văn phòng; cơ quan chuẩn bị; nhiệm kỳ 2025 - 2030; NHIỆM KỲ; trở lên; trở lên
        7. Hoà hòa uỷ ủy thuỷ thủy; khuyếnkhíchkhuyếnkhích ngườingườingười; lưu; Lưu: VT; đã ký; (Đã ký)
        Phần thứ nhất; PHẦN THỨ HAI; Chương I; chương; Mục 1; Tiểu mục 2; tiểu mục; Điều 5. điều; Điều5.
        Trên đây là; trên đây; Kính gửi; kính gửi; về việc; Về; số; Số; tháng; năm; NĂM; ngày
        (UBND phường chủ trì chuẩn bị); (Ban X chủ trì tham mưu); chủ trì thực hiện; chuẩn bị; tham mưu
        """

    /// Every phrase of the parse stage, with its words.
    static var phrases: [WordPhrase] {
        let named: [WordPhrase] = [
            Phrases.hộiNghị, Phrases.lầnThứ, Phrases.kỳHọpThứ, Phrases.thứ, Phrases.nếuCó, Phrases.chỉTiêu,
            Phrases.chỉTiêuCụThể, Phrases.mởRộng, Phrases.cơQuanChuẩnBị, Phrases.thờiGian, Phrases.địaĐiểm,
            Phrases.phấnĐấu, Phrases.mụcTiêu, Phrases.đếnNăm, Phrases.phốiHợp, Phrases.với, Phrases.nhiệmKỳ,
            Phrases.năm, Phrases.tháng, Phrases.ngày, Phrases.độcLập, Phrases.số, Phrases.hạnhPhúc, Phrases.vv,
            Phrases.trởLên, Phrases.lưu, Phrases.kèmTheo, Phrases.banHànhKèmTheo, Phrases.đảngCộngSảnViệtNam,
            Phrases.đãKý, Phrases.về, Phrases.tựDo, Phrases.trênĐây, Phrases.kínhGửi, Phrases.cănCứ,
        ]
        return named + NumberingHierarchy.legalPhrases + TargetHeadings.openingPhrases + PreparerExtractor.rolePhrases.map(\.0)
    }

    /// The tables' phrases hold the tables' words, in their order.
    @Test func tablesKeepTheirWords() {
        #expect(NumberingHierarchy.legalPhrases.map(\.words) == NumberingHierarchy.legal.map(\.words))
        #expect(TargetHeadings.openingPhrases.map(\.words) == TargetHeadings.openings)
        #expect(PreparerExtractor.rolePhrases.map(\.0.words) == PreparerExtractor.roles.map(\.0))
        #expect(PreparerExtractor.rolePhrases.map(\.1) == PreparerExtractor.roles.map(\.1))
    }

    static func lines(_ text: String) -> [TokenizedLine] {
        let logical = VanBan.process(text: text, name: "t.txt").layout.lines
        // Lexed together (one `LowerCaseWords`) and line by line: the IDs must not depend on it.
        return Lexer.tokenize(logical) + logical.map { Lexer.tokenize($0) }
    }

    @Test func matchesAndFindAgreeWithTheByteForms() throws {
        var inputs: [(String, [TokenizedLine])] = [("tricky", Self.lines(Self.tricky))]
        let names = try FileManager.default.contentsOfDirectory(atPath: Support.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        for name in names {
            let text = String(decoding: try Data(contentsOf: Support.corpus.appendingPathComponent(name)), as: UTF8.self)
            inputs.append((name, Self.lines(text)))
        }
        #expect(inputs.count > 20)
        var matched = 0, compared = 0, mismatches = 0
        for (name, lines) in inputs {
            for line in lines {
                for phrase in Self.phrases {
                    // Every start, and the out-of-range ones on both sides.
                    for i in -1...(line.tokens.count + 1) {
                        let new = line.matches(phrase, at: i), old = line.matches(phrase.words, at: i)
                        if new != old {
                            // The first few only (a broken matcher differs millions of times).
                            if mismatches < 5 { Issue.record("\(name): \(phrase.words) at \(i) in \(line.line.text)") }
                            mismatches += 1
                        }
                        if new { matched += 1 }
                        compared += 1
                    }
                    for from in [-1, 0, 1, 2, line.bodyStart, line.bodyStart + 2, line.tokens.count]
                    where line.find(phrase, from: from) != line.find(phrase.words, from: from) {
                        if mismatches < 5 { Issue.record("\(name): find \(phrase.words) from \(from) in \(line.line.text)") }
                        mismatches += 1
                    }
                }
            }
        }
        // The comparison found the phrases (it is not vacuous).
        #expect(mismatches == 0)
        #expect(matched > 1000 && compared > 1_000_000)
    }
}
