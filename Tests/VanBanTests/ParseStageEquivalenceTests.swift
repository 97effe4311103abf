import Foundation
import Testing
@testable import VanBan

/// The parse stage's hot spots rewritten in the fourth session of issue 17, each against its
/// old form (kept here as the reference) on input chosen to hit the old form's subtle
/// behaviour: Character-wise operations next to combining marks, prepended marks and other
/// scripts, case mappings of more than one scalar, canonically equal but byte-different text.
@Suite("Parse stage equivalence (issue 17, session 4)")
struct ParseStageEquivalenceTests {
    /// A tokenised line of `text` (not empty: a source of no lines has no line 0).
    static func line(_ text: String) -> TokenizedLine {
        Lexer.tokenize(LogicalLine(CleanLine(source: SourceText(name: "", text: text), index: 0)))
    }

    /// Texts where a Character and a scalar differ, or a case mapping has two scalars.
    static let tricky: [String] = [
        "", ".", "1", "1.", "12.", "11.1", "1\u{301}", "1.\u{301}", "\u{0600}1", "I", "II.", "IV", "L", "XL.", "I\u{301}",
        "\u{0600}I", "İ", "Ii", "a", "Tiềm lực", "2025 - 2030", "2025-2030", "Quý IV/2025", "–", "-\u{301}", "a-\u{301}b",
        "x–y", "Hằng năm", "e\u{301}", "中文-", "🇻🇳-", "ष्ट", " - ", "Thường xuyên", "Sở Tư pháp (để biết)",
    ]

    @Test func cellIndexTestsAgreeWithTheCharacterForms() {
        func oldIsIndex(_ s: String) -> Bool {
            var t = Substring(s)
            if t.last == "." { t = t.dropLast() }
            guard let f = t.first, f.isASCIIDigit, t.count <= 8 else { return false }
            return t.allSatisfy { $0.isASCIIDigit || $0 == "." }
        }
        func oldIsGroupIndex(_ s: String) -> Bool {
            var t = s
            if t.last == "." { t.removeLast() }
            return !t.isEmpty && t.allSatisfy { "IVXL".contains($0) } && RomanNumeral.value(of: t) != nil
        }
        for s in Self.tricky {
            #expect(TableBuilder.isIndex(s) == oldIsIndex(s), "\(s.unicodeScalars.map(\.value))")
            #expect(TableBuilder.isGroupIndex(s) == oldIsGroupIndex(s), "\(s.unicodeScalars.map(\.value))")
        }
    }

    @Test func dashSearchAndCharacterCountAgreeWithFoundationAndString() {
        for s in Self.tricky + ["a \u{301}-", "Tháng 12/2026 - 3/2027", String(repeating: "ệ", count: 30)] {
            #expect(TableBuilder.containsDash(s) == (s.contains("-") || s.contains("–")), "\(s.unicodeScalars.map(\.value))")
            #expect(TableBuilder.characterCount(s) == s.count, "\(s.unicodeScalars.map(\.value))")
        }
    }

    @Test func headerPhrasesFoundOnScalarsWhereTheLowerCasedHeadFindsThem() {
        func old(_ rest: Substring) -> Int? {
            let head = rest.prefix(64).lowercased()
            return TableBuilder.headerPhrasesLower.firstIndex { head.hasPrefix($0) }
        }
        let heads = [
            "STT Nhiệm vụ Thời gian", "Stt", "THỜI GIAN THỰC HIỆN", "Thời gian", "Thời giann", "Thời gian\u{301}",
            "Nhiệm vụ trọng tâm (1)", "ĐƠN VỊ CHỦ TRÌ VÀ THAM MƯU", "Đơn vị chủ trì", "İSTT", "Cơ quan thực hiện",
            "Hoàn thành", "Hoa\u{300}n thành", "Thực hiện \u{0600}", "Nguồn lực thực hiện 中文", "S", "",
            String(repeating: "Thời gian ", count: 10),
        ]
        // The scalar path is taken for most heads (else this compares nothing).
        #expect(heads.filter { TableBuilder.plainPhraseIndex(Substring($0)) != nil }.count >= 12)
        for h in heads {
            let rest = Substring(h)
            let new = TableBuilder.plainPhraseIndex(rest)
            if let new {
                #expect((new < 0 ? nil : new) == old(rest), "\(h.unicodeScalars.map(\.value))")
            }
        }
        // Whole headers: the column names read as before.
        #expect(TableBuilder.headerColumns("STT Nhiệm vụ Đơn vị chủ trì và tham mưu Thời gian thực hiện Ghi chú")
            == ["STT", "Nhiệm vụ", "Đơn vị chủ trì và tham mưu", "Thời gian thực hiện", "Ghi chú"])
    }

    @Test func recipientsOfPlainLinesReadAsTheSubstringForm() {
        // The old form, for every line (it is the non-plain path of `recipient` still).
        func old(_ line: TokenizedLine) -> Recipient {
            var text = Substring(line.body)
            if Parser.opensWithOCRDash(line) { text = text.dropFirst(2) }
            while let l = text.last, l == "," || l == "." || l == ";" || l == " " { text = text.dropLast() }
            var purpose: String? = nil
            if let r = text.range(of: "để ", options: .backwards) {
                var name = text[..<r.lowerBound]
                var p = text[r.lowerBound...]
                while let l = p.last, l == ")" || l == "\"" || l == "”" { p = p.dropLast() }
                while let l = name.last, l == "(" || l == "\"" || l == "“" || l == " " || l == "," { name = name.dropLast() }
                if p.count <= 20 { purpose = String(p); text = name }
            }
            return Recipient(name: String(text), purpose: purpose, span: line.line.span)
        }
        let lines = [
            "- Thường trực Thành ủy (để báo cáo),", "- Như trên;", "- Lưu: VT.", "~ Ban Tổ chức (để thực hiện);",
            "- Các đồng chí Thành ủy viên \"để biết\",", "- Sở Tư pháp để b/c", "- UBND các phường, xã (để phối hợp thực hiện nhiệm vụ được giao),",
            "- Đảng ủy (để\u{301} biết)", "- Văn phòng để để biết", "để ", "- ", "- (để báo cáo)", "- Ban “để biết”.",
            "- Trung tâm 中文 (để biết)", "- Hội đồng nhân dân tỉnh; ,.", "- Ủy ban (để) biết",
        ]
        for text in lines {
            let line = Self.line(text)
            let new = RecordBuilder.recipient(line), reference = old(line)
            #expect(Array(new.name.unicodeScalars) == Array(reference.name.unicodeScalars), "\(text)")
            #expect(new.purpose.map { Array($0.unicodeScalars) } == reference.purpose.map { Array($0.unicodeScalars) }, "\(text)")
        }
    }

    @Test func quoteBalanceCountsTheMarksAsTheScalarLoop() {
        func old(_ line: TokenizedLine) -> (Int, Bool, Bool) {
            var curly = 0, straight = 0
            var closes = false
            for s in line.line.scalars where s.value == 0x22 || s.value == 0x201C || s.value == 0x201D {
                if s.value == 0x201C { curly += 1 } else if s.value == 0x201D { curly -= 1; closes = true } else { straight += 1 }
            }
            return (curly, straight % 2 == 1, closes)
        }
        for text in ["“Điều 5. …", "a ” b", "\"x\" \"", "… “a” “b", "— ‘x’ „y“ «z» \u{201E}\u{201F}", "🇻🇳 “", "no marks"] {
            let line = Self.line(text)
            let b = Parser.quoteBalance(line)
            let r = old(line)
            #expect(b.curly == r.0 && b.straightOdd == r.1 && b.closes == r.2, "\(text)")
        }
    }

    @Test func recipientsHeadingPrefilterKeepsEveryHeading() {
        let samples = ["Nơi nhận:", "NƠI NHẬN:", "nơi nhận", "## Nơi nhận:", "_Nơi nhận_", "  Nơi nhận", "Ńơi nhận",
                       "N\u{301}ơi nhận", "Nới nhận", "Noi nhan", "Đơi nhận", "ǸƠI NHẬN", "#", "", "Nơi"]
        for text in samples {
            let s = Array(text.unicodeScalars)
            #expect(Parser.isRecipientsHeading(s) == LineShape.isRecipientsHeading(s), "\(text)")
        }
    }

    @Test func cachedCanonicalNamesAreTheComputedOnes() {
        let cache = AgencyNames.Cache()
        let names = ["UBND phường", "Uỷ ban Kiểm tra Đảng uỷ", "Ủy ban Kiểm tra Đảng ủy", "U\u{309}y ban nhân dân", "UBND phường",
                     "VPĐU", "BCH Quân sự & MTTQ", "Văn phòng Đảng uỷ", "Văn phòng Đảng u\u{309}y", ""]
        for name in names + names.reversed() {
            let cached = cache.canonical(name)
            #expect(Array(cached.unicodeScalars) == Array(AgencyNames.canonical(name).unicodeScalars), "\(name)")
        }
    }
}

extension ParseStageEquivalenceTests {
    @Test func agencyHeadsReadOnScalarsAsOnTheLowerCasedString() {
        let phrases = [
            "Ủy ban nhân dân phường", "ỦY BAN NHÂN DÂN", "Uỷ ban Kiểm tra", "UBND phường", "Ubnd", "ban", "Ban", "Ban Tổ chức",
            "Bảng", "các cơ quan", "Các Cơ Quan chuyên trách", "các cơquan", "Văn phòng", "Văn phòngx", "văn phòng Đảng ủy",
            "Đảng ủy", "Đảng uỷ phường", "ĐẢNG UỶ", "Thường trực", "thường trực HĐND", "TT", "TT.", "tt HĐND", "Hội", "Hội đồng",
            "hội nông dân", "Đoàn", "Đoàn Thanh niên", "u\u{309}y ban nhân dân", "U\u{309}Y BAN", "İban", "Ban\u{301}", "ban\u{0600}",
            "Phòng Văn hóa", "phòng", "Trung tâm 中文", "VPĐU", "vpđu huyện", "Mặt trận", "MTTQ", "ubmttq", "các chi bộ", "chi bộ",
            "Công an xã", "công ty", "đồng chí Bí thư", "các đồng chí", " ban", "ban ", "ban\tx", "", "ủy", "ủy ban",
        ]
        var scalarPath = 0
        for p in phrases {
            let s = Array(p.unicodeScalars)
            #expect(AgencyNames.looksLikeAgency(scalars: s[...]) == AgencyNames.looksLikeAgency(p), "\(p.unicodeScalars.map(\.value))")
            if s.allSatisfy({ ($0.value >= 0x20 && $0.value < 0x7F) || Alphabet.isVietnameseLetter($0) }) { scalarPath += 1 }
        }
        #expect(scalarPath >= 40)
        // In a line: the token range's scalars, as `text(line, r)` cuts them.
        let line = Self.line("- Việc A (Ban Tổ chức, UBND phường, các ngành chủ trì chuẩn bị)")
        for a in 0..<line.tokens.count {
            for b in a...line.tokens.count {
                #expect(PreparerExtractor.looksLikeAgency(line, a..<b) == AgencyNames.looksLikeAgency(PreparerExtractor.text(line, a..<b)))
            }
        }
    }
}

extension ParseStageEquivalenceTests {
    @Test func upperCaseFoldingFromTheTableIsUnicodes() {
        // Every scalar the table answers for, and some it does not (Greek, Cyrillic, ß, ŉ, ǰ, ﬀ).
        var scalars: [Unicode.Scalar] = (UInt32(0)..<0x250).compactMap(Unicode.Scalar.init)
        scalars += (UInt32(0x1E00)..<0x1F00).compactMap(Unicode.Scalar.init)
        scalars += ["ß", "ŉ", "ǰ", "ﬀ", "σ", "ς", "ж", "ᾳ", "İ", "ı", "\u{301}", "中"]
        let reference = scalars.flatMap { $0.properties.uppercaseMapping.unicodeScalars }
        #expect(DocumentTypes.upperCased(scalars) == reference)
        for s in scalars {
            #expect(DocumentTypes.upperFirst(s) == s.properties.uppercaseMapping.unicodeScalars.first, "\(s.value)")
        }
    }

    @Test func periodsFoundWithTheTokenPrefilterAreThoseOfEveryToken() {
        // The old loop: `match` at every token.
        func old(_ e: PeriodExtractor, _ r: Range<Int>) -> [(period: Period, tokens: Range<Int>)] {
            var result: [(period: Period, tokens: Range<Int>)] = []
            var i = r.lowerBound
            while i < r.upperBound {
                if let (period, next) = e.match(at: i, end: r.upperBound) { result.append((period, i..<next)); i = next } else { i += 1 }
            }
            return result
        }
        let texts = [
            "- Báo cáo tháng 3/2026 và quý II năm 2026 (Văn phòng chủ trì chuẩn bị)", "Hằng năm, thường xuyên; 6 tháng đầu năm 2027",
            "NGÀY 14 THÁNG 01 NĂM 2026, Tháng 12: năm học 2025 - 2026", "9 tháng, 3 tháng cuối năm; 27/7/1947 - 27/7/2026; 30/4",
            "Nghị quyết số 199/2025/QH15 ngày 14/01/2026 của Quốc hội", "hàng tuần; Hàng Quý; HẰNG NĂM; Thường Xuyên", "2025 – 2030 và 2020—2025",
            "(tháng 13/2026) (quý V) quý IV/2025 Quý iv", "năm2026 tháng 3 / 2026",
        ]
        var found = 0
        defer { #expect(found >= 20) }
        for text in texts {
            let line = Self.line(text)
            found += PeriodExtractor(line: line, scopeYear: 2026).located().count
            for scope in [nil, 2026] as [Int?] {
                let e = PeriodExtractor(line: line, scopeYear: scope)
                for r in [line.bodyStart..<line.tokens.count, 0..<line.tokens.count, 0..<(line.tokens.count + 3)] {
                    let new = e.located(in: r), reference = old(e, r)
                    #expect(new.map(\.tokens) == reference.map(\.tokens), "\(text)")
                    #expect(new.map(\.period.iso) == reference.map(\.period.iso), "\(text)")
                    #expect(new.map(\.period.raw) == reference.map(\.period.raw), "\(text)")
                    #expect(new.map(\.period.kind) == reference.map(\.period.kind), "\(text)")
                    #expect(new.map(\.period.inferred) == reference.map(\.period.inferred), "\(text)")
                }
            }
        }
    }
}

extension ParseStageEquivalenceTests {
    @Test func conditionalItemsAreThoseOfTheWordSearch() {
        let texts = ["- Báo cáo (nếu có)", "- Báo cáo nếu có (nếu có)", "(nếu có)", "nếu có", "- Việc (Nếu Có) khác", "- Việc ( nếu có )",
                     "- Việc (nếu  có", "- nếu", "- Việc (nế\u{301}u có)", "- Việc (NẾU CÓ)", "-", "- (nếu) có", "- Việc (nêu có)"]
        var conditional = 0
        for text in texts {
            let line = Self.line(text)
            let reference = line.find(["nếu", "có"]).map { $0 > 0 && line.isPunct($0 - 1, "(") } ?? false
            #expect(RecordBuilder.isConditional(line) == reference, "\(text)")
            if reference { conditional += 1 }
        }
        #expect(conditional >= 4)
    }
}
