import Foundation
import Testing
@testable import VanBan

/// The parse stage's changes of the eighth session of issue 17, each against its old form
/// (kept here as the reference), on every line of every corpus, hold-out, real and seed
/// document, their NFD and upper-case variants, and lines made to hit the old forms' cases.
@Suite("Parse stage equivalence (issue 17, session 8)")
struct ParseSession8EquivalenceTests {
    /// Lines where the recipients and the signature stand side by side, or nearly.
    static let tricky = """
    Nơi nhận:        T/M BAN THƯỜNG VỤ
    - Như trên;         KT. CHỦ TỊCH
    – Ban Tổ chức;      PHÓ CHỦ TỊCH
    - Lưu: VT.        (Đã ký)
    Lưu: VT, VP.      Nguyễn Văn An
    LƯU VT       BÍ THƯ
    ## Nơi nhận:     TM. ỦY BAN NHÂN DÂN
    _Nơi nhận_:      TM. ĐẢNG ỦY
    • Các ban đảng;     TM. BAN CHẤP HÀNH
    ● Sở Nội vụ;   K/T GIÁM ĐỐC
    + Các sở;     KT. GIÁM ĐỐC
    −  Văn phòng;    TUQ. CHỦ TỊCH
    * Như trên;     TM. BAN
    Hà Nội, ngày 5 tháng 3 năm 2026      TM. CHÍNH PHỦ
    1. Sở Tài chính;     KT. BỘ TRƯỞNG
    nơi nhận: - Như trên; - Lưu VT. TM. UBND
    Nơi nhận: - Như trên, TM. BAN THƯỜNG VỤ BÍ THƯ
    - Thường trực Thành ủy (để báo cáo), KT. BÍ THƯ PHÓ BÍ THƯ Trần Văn Bình
    (Đã ký) (Đã ký)
    [đã ký]
    (Ký tên, đóng dấu)
    (Ký)
    [ký tên]
    (Ký, ghi rõ họ tên)
    (đóng dấu)
    ĐÃ KÝ
    Dự thảo
    DỰ THẢO
    DỰ THẢO LẦN 2
    Số: 12/QĐ-UBND
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    ĐẢNG CỘNG SẢN VIỆT NAM
    Điều 5. Hiệu lực
    CHƯƠNG I
    Phần thứ nhất
    Mục 2
    ĐIỀU 7
    Kèm theo Quyết định số 5/QĐ-UBND
    BAN HÀNH KÈM THEO
    Sô 5 ĐÔC LẬP Đang
    THONG TU
    NGHI DINH
    QUYET DINH Ve viec
    . Ke hoach
    ke hoach
    CHUONG TRINH
    """

    /// Every document the tests know, with variants: NFD, upper case, Windows line ends.
    static func texts() throws -> [(String, String)] {
        var result: [(String, String)] = [("tricky", tricky)]
        let folders = [Support.corpus, Support.root.appendingPathComponent("Tests/Holdout"),
                       URL(fileURLWithPath: "/work/shared/real"), URL(fileURLWithPath: "/work/shared/seeds")]
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
                result.append((name, text))
            }
        }
        #expect(result.count > 40)
        var variants: [(String, String)] = []
        for (name, text) in result.prefix(30) {
            variants.append((name + " NFD", text.decomposedStringWithCanonicalMapping))
            variants.append((name + " upper", text.uppercased()))
        }
        variants.append(("tricky CRLF", tricky.replacingOccurrences(of: "\n", with: "\r\n")))
        return result + variants
    }

    static func lines(_ text: String) -> [TokenizedLine] {
        VanBan.process(text: text, name: "t.txt").layout.lines.map { Lexer.tokenize($0) }
    }

    static func describe(_ line: TokenizedLine) -> String {
        "\(line.line.text) @\(line.line.span)"
    }

    /// `splitRecipientsColumns` with the prefilter `mayOpenRecipientColumn`, against the old
    /// form that cut every line: the same right columns, the same replaced lines.
    @Test func recipientColumnsAgreeWithTheOldScan() throws {
        var cut = 0
        for (name, text) in try Self.texts() {
            let lines = Self.lines(text)
            var new = Parser(lines: lines), old = Parser(lines: lines)
            let newRight = new.splitRecipientsColumns(), oldRight = old.oldSplitRecipientsColumns()
            #expect(newRight.map(Self.describe) == oldRight.map(Self.describe), "\(name)")
            #expect(new.replaced.keys.sorted() == old.replaced.keys.sorted(), "\(name)")
            for (k, line) in old.replaced { #expect(new.replaced[k].map(Self.describe) == Self.describe(line), "\(name) \(k)") }
            cut += oldRight.count
        }
        // The inputs hold lines the old form did cut.
        #expect(cut >= 10)
    }

    /// The word tests by interner ID against the old tests on `lower` Strings.
    @Test func wordTestsAgreeWithTheStringForms() throws {
        var marks = 0, strong = 0, starts = 0, unmarked = 0
        for (name, text) in try Self.texts() {
            let lines = Self.lines(text)
            let parser = Parser(lines: lines)
            for (i, line) in lines.enumerated() {
                let mark = Parser.isSignatureMark(line)
                #expect(mark == Self.oldIsSignatureMark(line), "\(name) \(i): \(line.line.text)")
                let may = Parser.mayHoldStrongPart(line)
                #expect(may == Self.oldMayHoldStrongPart(line), "\(name) \(i): \(line.line.text)")
                #expect(parser.isTitleLine(line) == parser.oldIsTitleLine(line), "\(name) \(i): \(line.line.text)")
                let start = parser.attachmentStarts(at: i)
                #expect(start == parser.oldAttachmentStarts(at: i), "\(name) \(i): \(line.line.text)")
                // Each header segment of the line, as `headerRole` reads it.
                for seg in Parser.segments(of: line) {
                    let new = Parser.unmarkedType(seg), old = Self.oldUnmarkedType(seg)
                    #expect(String(describing: new) == String(describing: old), "\(name) \(i): \(seg.line.text)")
                    if new != nil { unmarked += 1 }
                }
                if mark { marks += 1 }
                if may { strong += 1 }
                if start { starts += 1 }
            }
        }
        #expect(marks > 5 && strong > 50 && starts > 20 && unmarked > 0)
    }

    static func oldIsSignatureMark(_ line: TokenizedLine) -> Bool {
        let s = line.line.scalars
        guard let f = s.first, let l = s.last, s.count <= 60 else { return false }
        let words = Set(line.tokens.map(\.lower))
        let signs = words.contains("ký") || words.contains("dấu") || words.contains("đã")
        if (f == "(" || f == "[") && (l == ")" || l == "]") { return signs }
        return line.matches(Phrases.đãKý, at: 0) && line.tokens.count <= 3
    }

    /// `unmarkedType` before the skeletons were computed once (session 7).
    static func oldUnmarkedType(_ seg: TokenizedLine) -> Parser.HeaderRole? {
        let s = seg.line.scalars
        guard !Skeleton.hasMarks(s) else { return nil }
        var k = 0
        while k < seg.tokens.count, seg.tokens[k].kind == .punct, TokenizedLine.ocrSpecks.contains(s[seg.tokens[k].range.lowerBound]) { k += 1 }
        guard k < seg.tokens.count, seg.tokens[k...].allSatisfy({ $0.kind == .word }) else { return nil }
        let words = seg.tokens[k...].map(\.lower).joined(separator: " ")
        guard let entry = DocumentTypes.entries.first(where: { Skeleton.of($0.name.unicodeScalars) == words }) else { return nil }
        return .unmarkedType(name: entry.name, codes: entry.codes)
    }

    static func oldMayHoldStrongPart(_ line: TokenizedLine) -> Bool {
        guard line.tokens.count <= 60 else { return false }
        let s = line.line.scalars
        for k in line.tokens.indices where line.tokens[k].kind == .word {
            let c = s[line.tokens[k].range.lowerBound]
            guard c == "C" || c == "Đ" || c == "S" else { continue }
            switch line.tokens[k].lower {
            case "cộng", "độc", "đảng", "số": return true
            default: continue
            }
        }
        return false
    }

    /// A table header cell lower-cased scalar by scalar (`TableBuilder.lowercasedCell`) is
    /// `lowercased()` byte for byte: every line of every document and variant, whole and cut
    /// into words, plus cells whose lower case is not one scalar a scalar.
    @Test func headerCellsLowerCaseAsTheStandardLibraryDoes() throws {
        var cells: [String] = ["İstanbul Chủ Trì", "STRASSE ß", "ΣΟΦΙΑ Thời Gian", "Cơ Quan\u{0301}", "ǅ Đơn Vị", "Ⅻ Bắt Đầu", "Kết Thúc – “Hoàn Thành”", "½ µ § ° ± « » × ÷ ¿ Tiến Độ", "\u{A0}Thời Hạn\u{AD}", ""]
        for (_, text) in try Self.texts() {
            for line in text.split(whereSeparator: { $0.isNewline }) {
                cells.append(String(line))
                cells.append(contentsOf: line.split(separator: " ").map(String.init))
            }
        }
        var differences = 0
        for cell in cells where TableBuilder.lowercasedCell(cell).utf8.elementsEqual(cell.lowercased().utf8) == false {
            differences += 1
            if differences < 5 { Issue.record("\(cell.debugDescription): \(TableBuilder.lowercasedCell(cell).debugDescription) vs \(cell.lowercased().debugDescription)") }
        }
        #expect(differences == 0)
        #expect(cells.count > 100_000)
    }
}

extension Parser {
    /// `splitRecipientsColumns` before the prefilter (session 7).
    mutating func oldSplitRecipientsColumns() -> [TokenizedLine] {
        var right: [TokenizedLine] = []
        for i in pos..<end {
            let line = self.line(at: i)
            guard let last = Parser.gapCuts(line).last ?? Parser.rightColumnStart(line) else { continue }
            let columns = Parser.cut(line, at: [last])
            guard columns.count == 2, Parser.signatureRole(columns[1]) != .other else { continue }
            let left = columns[0]
            let recipientLike = Parser.isRecipientsHeading(left.line.scalars) || left.matches(Phrases.lưu, at: 0)
                || left.marker.map { [.dash, .bullet, .plus].contains($0.style) } ?? false
            guard recipientLike else { continue }
            replaced[i] = left
            right.append(columns[1])
        }
        return right
    }

    /// `isTitleLine` before the word IDs (session 7).
    func oldIsTitleLine(_ line: TokenizedLine) -> Bool {
        guard line.marker == nil, !line.isBasis, line.legalHeading == nil, !Parser.opensWithQuote(line),
              let last = line.line.scalars.last else { return false }
        if ["điều", "chương", "phần", "mục"].contains(line.tokens.first?.lower ?? ""), line.tokens.count > 1,
           line.tokens[1].kind == .number || RomanNumeral.value(of: line.text(1)) != nil { return false }
        if Parser.headerRole(of: line) != .other && !line.isAllCaps { return false }
        if line.isAllCaps { return last != ":" }
        return last != ":" && last != "." && last != ";" && line.line.scalars.count <= 250
    }

    /// `attachmentStarts` before the word IDs (session 7).
    func oldAttachmentStarts(at i: Int) -> Bool {
        var j = i
        var caps = 0
        while j < end, j < i + 8 {
            let line = self.line(at: j)
            if Parser.isRule(line) { j += 1; continue }
            if let first = line.tokens.first, first.kind == .word, !Parser.isCapsWord(line, 0),
               !["số", "độc", "kèm", "ban"].contains(first.lower) {
                return false
            }
            let segments = Parser.segments(of: line)
            if segments.allSatisfy({ Parser.headerRole(of: $0) == .noise }) { j += 1; continue }
            let words = Set(line.tokens.map(\.lower))
            if line.tokens.count <= 4, words.contains("dự"), words.contains("thảo") { j += 1; continue }
            for seg in segments {
                switch Parser.headerRole(of: seg) {
                case .nation, .slogan, .party, .number, .issuedWith, .type, .unmarkedType: return true
                default: break
                }
            }
            guard line.marker == nil, line.isAllCaps, !line.isAuthorityLine, caps < 4 else { return false }
            caps += 1
            j += 1
        }
        return false
    }
}
