import Foundation
import Testing
@testable import VanBan

/// The parse stage's hot spots rewritten for speed (issue 17) against their old forms, kept
/// here as references, on input chosen to hit the old forms' subtle behaviour: grapheme
/// clusters at a cut, decomposed text, other scripts, empty and all-space cells.
@Suite("Parse speed equivalence")
struct ParseSpeedEquivalenceTests {
    /// Cells where a space and the scalar next to it may form one Character.
    static let trickyCells: [String] = [
        "", " ", "   ", "a", " a ", "  Sở Tư pháp  ", " \u{301}x ", "x \u{301}", " \u{301}", "\u{301} ",
        "e\u{301} ", " \u{0600}x ", "x\u{0600} ", "\u{0600} ", " \u{200D}a", "a \u{200D}", " ष्ट ", " 中文 ",
        "\u{00A0}a\u{00A0}", " **b** ", "\tc\t", " Quý IV/2025 ", " ể ", " Đ ", " 🇻🇳 ", " a\u{FE0F} ",
    ]

    @Test func pipeCellsTrimLikeTheCharacterTrim() {
        for cell in Self.trickyCells {
            let scalars = Array(cell.unicodeScalars)
            #expect(LineShape.trimmedCell(scalars[...]) == String(scalars: scalars).trimmingSpaces, "\(cell.unicodeScalars.map(\.value))")
        }
        let row = "|" + Self.trickyCells.joined(separator: "|") + "|"
        let s = Array(row.unicodeScalars)
        // The old form: split, build, trim by Character.
        let old = s.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map { String(scalars: $0).trimmingSpaces }
        #expect(LineShape.pipeCells(s) == old)
    }

    @Test func cellCleaningOfScalarsMatchesTheStringForm() {
        // The old form, as it was: arrays of scalars and a String.UnicodeScalarView.
        func reference(_ s: String) -> String {
            func droppingPairs(_ u: [Unicode.Scalar], _ c: Unicode.Scalar) -> [Unicode.Scalar] {
                guard u.contains(c) else { return u }
                var out: [Unicode.Scalar] = []
                var i = 0
                while i < u.count {
                    if u[i] == c, i + 1 < u.count, u[i + 1] == c { i += 2; continue }
                    out.append(u[i])
                    i += 1
                }
                return out
            }
            var u = droppingPairs(droppingPairs(Array(s.unicodeScalars), "*"), "_")
            u.removeAll { $0 == "\\" }
            var out = String.UnicodeScalarView()
            var space = false
            for c in u {
                if c == " " || c == "\t" { space = !out.isEmpty; continue }
                if space { out.append(" "); space = false }
                out.append(c)
            }
            return String(out)
        }
        let samples = Self.trickyCells + ["a  b", "a b ", " a b", "a\\b", "a__b__", "x*y", "1.", "Kế hoạch số 12", "a \t b"]
        for s in samples {
            let scalars = Array(s.unicodeScalars)
            let cleaned = TableBuilder.cleanCell(scalars: scalars[...])
            // Byte equality: String `==` would let a decomposed result pass.
            #expect(Array(cleaned.unicodeScalars) == Array(reference(s).unicodeScalars), "\(s.unicodeScalars.map(\.value))")
            // A cell cut from a row (a slice not starting at 0) cleans the same.
            let row = Array(("x|" + s + "|y").unicodeScalars)
            #expect(TableBuilder.cleanCell(scalars: row[2..<(row.count - 2)]) == cleaned)
        }
    }

    @Test func purposeWordIsFoundWhereFoundationFindsIt() {
        let texts: [String] = [
            "Thường trực Thành ủy (để báo cáo", "Như trên để b/c", "để ", "để", "Ban A để biết, để thực hiện",
            "Sở Nội vụ", "đểđể x", "Ban A (để\u{00A0}biết)", "Ban A “để báo cáo”", "Ban A để\u{301} x",
            "Ban A đe\u{302}\u{309} báo cáo", "Ban A đê\u{309} báo cáo", "Ban A để \u{301}biết", "x\u{0600}để y",
            "ĐỂ BÁO CÁO", "Ban A để  biết", "các đơn vị để thực hiện; để báo cáo",
        ]
        for t in texts {
            for text in [Substring(t), Substring("- " + t).dropFirst(2)] {
                let mine = RecordBuilder.lastPurposeWord(in: text)
                let foundation = text.range(of: "để ", options: .backwards)
                #expect(mine.map { text[$0] } == foundation.map { text[$0] }, "\(t)")
                #expect(mine?.lowerBound == foundation?.lowerBound, "\(t)")
            }
        }
    }

    @Test func agencyHeadsMatchLikeTheStringComparison() {
        // The old form: every head compared as a String, its space appended per comparison.
        func reference(_ phrase: String) -> Bool {
            let lower = phrase.lowercased()
            return AgencyNames.heads.contains { lower == $0 || lower.hasPrefix($0 + " ") }
        }
        let phrases = ["Ủy ban nhân dân phường", "U\u{309}y ban nhân dân", "u\u{31B}\u{309}y ban", "UBND xã", "ubnd", "Ban", "Bandit",
                       "Đảng ủy phường", "Đa\u{309}ng ủy", "các cơ quan", "Các đồng chí", "chi bộ", "Chi", "", " ", "\u{309}ban",
                       "TT", "tt xã", "Phòng Văn hóa", "phòng", "văn phòng đảng ủy", "Hội", "hội đồng", "Trung tâm", "Mặt trận Tổ quốc",
                       "İban", "Thường trực", "thường vụ", "Công an xã", "công an"]
        for p in phrases { #expect(AgencyNames.looksLikeAgency(p) == reference(p), "\(p.unicodeScalars.map(\.value))") }
    }

    @Test func formStartsReadInPlaceLikeTheCopy() {
        // The old form: the rest of the line copied into an array at every token.
        func reference(_ line: TokenizedLine, _ i: Int) -> Bool {
            let c = line.line.scalars[line.tokens[i].range.lowerBound]
            guard c == "T" || c == "K" || c == "Q" else { return false }
            let rest = Array(line.line.scalars[line.tokens[i].range.lowerBound...])
            guard LineShape.isAllCaps(rest) else { return false }
            for form in Signing.forms where rest.starts(with: form.unicodeScalars) {
                let n = form.unicodeScalars.count
                if n < rest.count, rest[n] == " " { return true }
            }
            return false
        }
        let lines = ["Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Bộ Nội vụ (b/c); KT. CHỦ TỊCH", "- Lưu: VT. T/M BAN THƯỜNG VỤ", "TM.", "Q. GIÁM ĐỐC",
                     "- Như trên; TL. Bộ trưởng", "KT.CHỦ TỊCH", "TUQ. CHỦ TỊCH", "x Q. Đ", "K/T BÍ THƯ", "TM. UBND TỈNH"]
        for text in lines {
            let line = Support.line(text)
            for i in line.tokens.indices { #expect(Parser.isFormStart(line, i) == reference(line, i), "\(text) @\(i)") }
        }
    }

    @Test func positionsMatchLikeThePhraseSplit() {
        // The old form: the phrase split as UTF-8 at every call, each token's text built.
        func matchesPhrase(_ line: TokenizedLine, _ phrase: String, at i: Int) -> Bool {
            let words = phrase.utf8.split(separator: UInt8(ascii: " "))
            guard i + words.count <= line.tokens.count else { return false }
            for (k, w) in words.enumerated() where !line.text(i + k).utf8.elementsEqual(w) { return false }
            return true
        }
        let lines = ["PHÓ CHỦ TỊCH", "- Bộ Nội vụ (b/c); BÍ THƯ", "KT. BỘ TRƯỞNG THỨ TRƯỞNG", "Phó chủ tịch", "CHỦ", "UỶ VIÊN ỦY VIÊN",
                     "TỔNG BÍ THƯ", "VIỆN TRƯỞNG VIỆN", "THỦ TRƯỞNG ĐƠN VỊ", "CHÁNH ÁN", "KIỂM TOÁN TRƯỞNG NHÀ NƯỚC", "x"]
        for text in lines {
            let line = Support.line(text)
            for i in 0...line.tokens.count {
                #expect(Parser.startsPosition(line, at: i) == Signing.positions.contains { matchesPhrase(line, $0, at: i) }, "\(text) @\(i)")
            }
        }
    }

    /// The period reader passes a word whose first letter is not n, t, q or h (in either
    /// case) without reading its text: sound only if no other scalar lower-cases to one.
    @Test func onlyASCIILettersLowerToPeriodInitials() {
        for v in UInt32(0)..<0x2000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let lower = Alphabet.lower(s)
            if ["n", "t", "q", "h"].contains(lower) { #expect(["n", "t", "q", "h", "N", "T", "Q", "H"].contains(s), "U+\(String(v, radix: 16))") }
        }
        let line = Support.line("THÁNG 3/2026, Quý II năm 2026, NĂM 2027, Hằng năm, THƯỜNG XUYÊN, Ngày 14 tháng 01 năm 2026")
        let kinds = PeriodExtractor(line: line, scopeYear: nil).extract().map(\.kind)
        #expect(kinds == ["month", "quarter", "year", "recurring", "continuous", "day"])
    }

    @Test func scalarStringsFromSlicesAndBuffersAgree() {
        let samples = ["", "a", "Đảng bộ phường", "e\u{301}", "中文 🇻🇳 ष्ट", String(repeating: "Ủy ban nhân dân ", count: 40)]
        for s in samples {
            let scalars = Array(s.unicodeScalars)
            for lowered in [false, true] {
                let viaArray = String(scalars: scalars, lowercased: lowered)
                let viaSlow = String(slowScalars: scalars.lazy.map { $0 }, lowercased: lowered)
                #expect(Array(viaArray.utf8) == Array(viaSlow.utf8), "\(s)")
                if scalars.count > 2 {
                    #expect(Array(String(scalars: scalars[1..<(scalars.count - 1)], lowercased: lowered).utf8)
                            == Array(String(slowScalars: scalars[1..<(scalars.count - 1)].lazy.map { $0 }, lowercased: lowered).utf8))
                }
            }
        }
        #expect(sameBytes("tháng", "tháng") && !sameBytes("tháng", "thang") && !sameBytes("năm", "nă") && sameBytes("", ""))
    }
}
