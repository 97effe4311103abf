import Foundation
import Testing
@testable import VanBan

/// The lexer rewritten for memory and speed (issue 17: tokens of 24 bytes with packed
/// offsets, arrays at their exact size, lower case of ASCII words from their bytes) against
/// its old form, kept here as the reference, on input chosen for the old form's subtle
/// behaviour: case mapping outside ASCII, decomposed text, other scripts, digits inside
/// words, symbols, long words.
@Suite("Lexer equivalence")
struct LexerEquivalenceTests {
    /// A token as the old lexer made it.
    struct Old: Equatable, CustomStringConvertible {
        var kind: Token.Kind
        var range: Range<Int>
        var lower: [UInt8]
        var spaceBefore: Bool
        var description: String { "\(kind) \(range) \(String(decoding: lower, as: UTF8.self)) \(spaceBefore)" }
    }

    /// The old `Lexer.tokenize`, as it was at eaa5d36.
    static func reference(_ s: [Unicode.Scalar]) -> [Old] {
        let n = s.count
        var tokens: [Old] = []
        var i = 0
        var space = false
        while i < n {
            let c = s[i]
            if c == " " { space = true; i += 1; continue }
            let start = i
            if Lexer.isWordScalar(c) {
                var allDigits = true
                while i < n, Lexer.isWordScalar(s[i]) {
                    if !(s[i].value >= 0x30 && s[i].value <= 0x39) { allDigits = false }
                    i += 1
                }
                let lower = allDigits ? String(scalars: s[start..<i]) : String(scalars: s[start..<i], lowercased: true)
                tokens.append(Old(kind: allDigits ? .number : .word, range: start..<i, lower: Array(lower.utf8), spaceBefore: space))
            } else {
                i += 1
                tokens.append(Old(kind: .punct, range: start..<i, lower: Array(String(c).utf8), spaceBefore: space))
            }
            space = false
        }
        return tokens
    }

    /// A logical line of exactly these scalars (not cleaned: decomposed text stays decomposed).
    static func line(_ scalars: [Unicode.Scalar]) -> LogicalLine {
        var clean = CleanLine(source: SourceText(name: "t", text: "x"), index: 0)
        clean.scalars = scalars
        return LogicalLine(clean)
    }

    static func compare(_ scalars: [Unicode.Scalar]) {
        let new = Lexer.tokenize(line(scalars)).tokens.map {
            Old(kind: $0.kind, range: $0.range, lower: Array($0.lower.utf8), spaceBefore: $0.spaceBefore)
        }
        #expect(new == reference(scalars), "\(scalars.map(\.value))")
    }

    static let tricky: [String] = [
        "", " ", "   ", "a", "A", "Z@[`{", "ĐẢNG ỦY Đảng ủy 2026 NQ/TU 2O26 05", "e\u{301}A\u{301}B \u{301}x",
        "ΑΒΓ Ωμέγα", "İstanbul ǅ ß ŉ", "ＡＢＣ ｄ", "٣ ४ 3٣", "≥ 50% – “trích” …", "\t\u{00A0}x\u{00A0}",
        "🇻🇳 a\u{FE0F} 中文 ष्ट", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij0123456789", "NGHỊQUYẾTSỐMƯỜILĂMNĂMHAIMƯƠI",
        "  - (3) a) II. 1.2. Điều 5. Khoản 1", "x\u{0}y\u{7F}z", "Chương trình công tác năm 2026 của Ban Chấp hành",
        "số 12/2025/NĐ-CP ngày 01/01/2025", "a  b   c", " leading", "trailing ", "Ⅻ ⅻ ℃ №", "ǈ Ǉ ǉ",
    ]

    @Test func tokensMatchTheOldLexerOnTrickyLines() {
        for text in Self.tricky { Self.compare(Array(text.unicodeScalars)) }
        Self.compare(Array(Self.tricky.joined(separator: " ").unicodeScalars))
        // Every scalar of the Basic Multilingual Plane's Latin, Greek, Cyrillic, combining and
        // Vietnamese blocks, in and out of words.
        let blocks = (0x20..<0x250).compactMap(Unicode.Scalar.init) + (0x300..<0x530).compactMap(Unicode.Scalar.init)
            + (0x1E00..<0x1F00).compactMap(Unicode.Scalar.init) + (0x2000..<0x2100).compactMap(Unicode.Scalar.init)
        Self.compare(blocks)
        for c in blocks { Self.compare(["a", c, "B", " ", c, "1"]) }
    }

    @Test func tokensMatchTheOldLexerOnEveryCorpusLine() throws {
        for file in Support.corpusFiles {
            let text = try String(contentsOf: Support.corpus.appendingPathComponent(file), encoding: .utf8)
            for line in Support.process(text).layout.lines {
                Self.compare(line.scalars)
            }
        }
    }

    /// The lines of a document tokenised together share their words' lower-case strings
    /// (`LowerCaseWords`): same tokens as the old lexer, line by line, for the corpus, the
    /// tricky lines, and thousands of distinct words (the table grows several times).
    @Test func documentTokenisationMatchesTheOldLexer() throws {
        var lines = Self.tricky.map { Self.line(Array($0.unicodeScalars)) }
        lines += (0..<5000).map { k in Self.line(Array("Từ\(k) TỪ\(k) từ\(k)x ĐẢNG\(k % 7) w\(k)".unicodeScalars)) }
        for file in Support.corpusFiles {
            let text = try String(contentsOf: Support.corpus.appendingPathComponent(file), encoding: .utf8)
            lines += Support.process(text).layout.lines
        }
        let tokenized = Lexer.tokenize(lines)
        #expect(tokenized.count == lines.count)
        for (line, t) in zip(lines, tokenized) {
            let new = t.tokens.map { Old(kind: $0.kind, range: $0.range, lower: Array($0.lower.utf8), spaceBefore: $0.spaceBefore) }
            #expect(new == Self.reference(line.scalars), "\(line.text)")
            let single = Lexer.tokenize(line)
            #expect(t.marker == single.marker && t.bodyStart == single.bodyStart)
        }
    }

    @Test func packedFieldsReadBackWhatWasSet() {
        var t = Token(kind: .number, range: 3..<9, lower: "x", spaceBefore: true)
        #expect(t.kind == .number && t.range == 3..<9 && t.spaceBefore)
        t.kind = .punct
        #expect(t.kind == .punct && t.range == 3..<9 && t.spaceBefore)
        t.spaceBefore = false
        #expect(t.kind == .punct && t.range == 3..<9 && !t.spaceBefore)
        t.range = 0..<Token.maxOffset
        #expect(t.kind == .punct && t.range == 0..<Token.maxOffset && !t.spaceBefore)
        t.kind = .word
        t.spaceBefore = true
        #expect(t.kind == .word && t.range == 0..<Token.maxOffset && t.spaceBefore)
        // Offsets past what the token holds are clamped, never a crash.
        let big = Token(kind: .word, range: 5..<(Token.maxOffset + 10), lower: "", spaceBefore: false)
        #expect(big.range == 5..<Token.maxOffset && big.kind == .word)
        #expect(MemoryLayout<Token>.size == 8 && MemoryLayout<Token>.stride == 8)
    }

    @Test func tokenArraysAreExactlySized() {
        let tokens = Lexer.tokenize(Self.line(Array("Kế hoạch số 12-KH/ĐU ngày 5/1/2026 (dự thảo).".unicodeScalars))).tokens
        // (The allocator may round the block up to a multiple of 16 bytes: one token at most.)
        #expect(tokens.count == 19 && tokens.capacity <= tokens.count + 1)
    }
}
