import Foundation
import Testing
@testable import VanBan

/// Tone-mark placement: every oa/oe/uy rhyme × tone × case × onset, both styles.
@Suite("Tone marks")
struct ToneMarkTests {
    static let onsets = ["", "h", "kh", "th", "t", "x", "l", "ng", "nh", "ch", "tr", "s", "đ"]
    static let rhymes: [(Unicode.Scalar, Unicode.Scalar)] = [("o", "a"), ("o", "e"), ("u", "y")]
    static let marks: [String] = ["\u{301}", "\u{300}", "\u{309}", "\u{303}", "\u{323}"]

    static func nfc(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }

    /// (old form, new form) for every combination.
    static var pairs: [(String, String)] {
        var result: [(String, String)] = []
        for onset in onsets {
            for (a, b) in rhymes {
                for mark in marks {
                    let old = nfc(onset + String(a) + mark + String(b))
                    let new = nfc(onset + String(a) + String(b) + mark)
                    for transform in [{ (s: String) in s }, { $0.uppercased() }, { $0.prefix(1).uppercased() + $0.dropFirst() }] {
                        result.append((transform(old), transform(new)))
                    }
                }
            }
        }
        return result
    }

    static func restyled(_ word: String, _ style: ToneStyle) -> String {
        var scalars = Array(word.unicodeScalars)
        ToneMarks.apply(style, to: &scalars)
        return String(String.UnicodeScalarView(scalars))
    }

    @Test func everyRhymeToneAndCaseInBothStyles() {
        let all = Self.pairs
        #expect(all.count == Self.onsets.count * 3 * 5 * 3)
        for (old, new) in all {
            #expect(Self.restyled(old, .new) == new, "\(old) → new")
            #expect(Self.restyled(new, .old) == old, "\(new) → old")
            #expect(Self.restyled(old, .old) == old)
            #expect(Self.restyled(new, .new) == new)
            #expect(ToneMarks.style(of: Array(old.unicodeScalars)) == .old, "\(old)")
            #expect(ToneMarks.style(of: Array(new.unicodeScalars)) == .new, "\(new)")
        }
    }

    /// Syllables both styles write alike: a final consonant or glide, qu/gi onsets,
    /// circumflex/breve/horn vowels, no tone.
    @Test(arguments: ["hoàn", "hoạch", "khuyến", "huýt", "toán", "thuyền", "ngoài", "xoáy", "khuấy", "khuya",
                      "quý", "quả", "quẻ", "Quý", "QUỶ", "giá", "giỏi", "già", "người", "thuở", "hoặc", "hoa",
                      "thuy", "HOÀNG", "Quyết", "khoẻo", "ưa", "ủa"])
    func alikeInBothStyles(_ word: String) {
        #expect(Self.restyled(word, .old) == word)
        #expect(Self.restyled(word, .new) == word)
    }

    @Test func onlyTheMarkMoves() {
        for (old, new) in Self.pairs {
            let strip = { (s: String) in s.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) } }
            #expect(Array(strip(old)) == Array(strip(new)))
        }
    }

    @Test func keepFollowsTheMajority() {
        let text = "Đảng ủy, Ủy ban, hòa bình, sức khoẻ"
        let out = String(decoding: Normalizer.normalize(DecodedText(text: text)), as: UTF8.self)
        #expect(out == "Đảng ủy, Ủy ban, hòa bình, sức khỏe")
        let tie = "hòa và hoà"
        #expect(String(decoding: Normalizer.normalize(DecodedText(text: tie)), as: UTF8.self) == tie)
    }
}

/// `vanban normalize` over the corpus: properties that must hold for any document.
@Suite("Normaliser")
struct NormalizerTests {
    static func original(_ file: String) throws -> String {
        try String(contentsOf: Support.corpus.appendingPathComponent(file), encoding: .utf8)
    }

    static func normalize(_ text: String, _ options: Normalizer.Options = .init()) -> String {
        String(decoding: Normalizer.normalize(DecodedText(text: text), options: options), as: UTF8.self)
    }

    static func stripTones(_ s: String) -> String {
        String(String.UnicodeScalarView(s.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            ![0x300, 0x301, 0x303, 0x309, 0x323].contains($0.value)
        })).precomposedStringWithCanonicalMapping
    }

    @Test(arguments: Support.corpusFiles)
    func idempotentAndLettersUnchanged(_ file: String) throws {
        let text = try Self.original(file)
        for style in ToneStyle.allCases {
            let once = Self.normalize(text, .init(toneStyle: style))
            #expect(Self.normalize(once, .init(toneStyle: style)) == once, "\(style)")
            #expect(Self.stripTones(once) == Self.stripTones(text), "\(style): letters changed")
            #expect(once == once.precomposedStringWithCanonicalMapping, "\(style): not NFC")
            #expect(once.split(separator: "\n", omittingEmptySubsequences: false).count
                    == text.split(separator: "\n", omittingEmptySubsequences: false).count)
            let reflowed = Self.normalize(text, .init(toneStyle: style, reflow: true))
            #expect(Self.normalize(reflowed, .init(toneStyle: style, reflow: true)) == reflowed, "\(style) reflow")
        }
    }

    @Test func reflowKeepsTheBreakAfterARejoinedParagraph() {
        // The paragraph's last piece is short, so the capitalised line after it stays
        // apart; reflowed, the paragraph is one line far longer than the output's typical
        // width; read again it would take in the next line, so a blank line keeps them apart.
        let text = """
        Điều 5. Lễ tang đối với quân nhân có cấp bậc quân hàm từ Đại tá
        trở xuống hoặc công nhân, công chức, viên chức quốc phòng đang
        công tác quy định tại Chương IV hoặc
        Chương V Thông tư này.

        """
        let once = Self.normalize(text, .init(reflow: true))
        #expect(once.split(separator: "\n").count == 2, "\(once)")
        #expect(Self.normalize(once, .init(reflow: true)) == once)
    }

    @Test func spaceBeforeACommaBetweenWordsMovesAfterIt() {
        // " ,x" gets the space after the comma at once: fixing again changes nothing.
        let once = Spacing.fixed(Array("Hà Nội ,Hải Phòng ;Đà Nẵng".unicodeScalars))
        #expect(String(String.UnicodeScalarView(once)) == "Hà Nội, Hải Phòng; Đà Nẵng")
        #expect(Spacing.fixed(once) == once)
        #expect(String(String.UnicodeScalarView(Spacing.fixed(Array("năm 2026 , tháng".unicodeScalars)))) == "năm 2026, tháng")
    }

    @Test func styleNewLeavesNoOldWordIn001AndBack() throws {
        let text = try Self.original("001_c8064ae758f1624a.txt")
        let words = { (s: String) in s.split(whereSeparator: { !$0.isLetter }).map { Array(String($0).unicodeScalars) } }
        let new = Self.normalize(text, .init(toneStyle: .new))
        let old = Self.normalize(text, .init(toneStyle: .old))
        #expect(words(new).filter { ToneMarks.style(of: $0) == .old }.isEmpty)
        #expect(words(old).filter { ToneMarks.style(of: $0) == .new }.isEmpty)
        #expect(words(text).contains { ToneMarks.style(of: $0) == .new }, "the seed mixes styles")
        #expect(Self.stripTones(new) == Self.stripTones(text) && Self.stripTones(old) == Self.stripTones(text))
    }

    @Test func movingMarksMayGrowTheText() {
        // "ùy" is 3 bytes, "uỳ" 4: a text of nothing else outgrows the fast path's buffer.
        let text = String(repeating: "ùy ", count: 2000)
        #expect(Self.normalize(text, .init(toneStyle: .new)) == String(repeating: "uỳ ", count: 2000))
        #expect(Self.normalize(text + "uỳ uỳ", .init(toneStyle: .keep)) == text + "ùy ùy")
    }

    @Test func decomposedInputComposes() {
        let nfd = "Đảng ủy phường Hòa Bình, Hội nghị lần thứ nhất".decomposedStringWithCanonicalMapping
        #expect(Self.normalize(nfd, .init(toneStyle: .old)) == "Đảng ủy phường Hòa Bình, Hội nghị lần thứ nhất")
        // Marks in non-canonical order and marks on non-Vietnamese letters go through full NFC.
        #expect(Self.normalize("a\u{306}\u{323} n\u{303}") == "ặ ñ")
    }

    @Test func reflowJoinsWrapsAndFixesSpacing() {
        let text = "1. Hội nghị lần thứ 13 ( tháng 6/2028)\nthảo luận nhiệm kỳ 2030 -2035 ( Văn phòng\nĐảng ủy chuẩn bị).   \n\n5\n\n2. Hội nghị lần thứ 14\n"
        let out = Self.normalize(text, .init(reflow: true))
        #expect(out == "1. Hội nghị lần thứ 13 (tháng 6/2028) thảo luận nhiệm kỳ 2030 - 2035 (Văn phòng Đảng ủy chuẩn bị).\n\n2. Hội nghị lần thứ 14\n")
    }

    @Test(arguments: [
        ("( Văn phòng )", "(Văn phòng)"), ("a , b", "a, b"), ("a,b", "a, b"), ("1,5%", "1,5%"),
        ("2030 -2035", "2030 - 2035"), ("1955- 2030", "1955 - 2030"), ("2025 - 2030", "2025 - 2030"),
        ("- có tri thức", "- có tri thức"), ("hết .", "hết."), ("xem ...", "xem ..."),
    ])
    func spacing(_ c: (String, String)) {
        #expect(String(String.UnicodeScalarView(Spacing.fixed(Array(c.0.unicodeScalars)))) == c.1)
    }
}
