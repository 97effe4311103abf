import Foundation
import Testing
@testable import VanBan

/// A token is 8 bytes (issue 17, eighth session): its word's interner ID and its start, the
/// end read from the word's scalar count in the interner; a token whose range is not as long
/// as its word keeps word and end in a side table (`IrregularTokens`). The tokens read the
/// same as the 12-byte tokens that stored both ends, kept here as the reference.
@Suite("Lexing: 8-byte tokens")
struct TokenStorageTests {
    /// A token as the 12-byte form stored it: both ends, the kind, the space, the word.
    struct Stored: Equatable, CustomStringConvertible {
        var start: Int, end: Int
        var kind: Token.Kind
        var spaceBefore: Bool
        var word: UInt32
        var description: String { "\(kind) \(start)..<\(end) \(WordInterner.shared.string(word)) \(spaceBefore)" }
    }

    /// The 12-byte form of the old lexer's tokens of `scalars` (`LexerEquivalenceTests.reference`).
    static func reference(_ scalars: [Unicode.Scalar]) -> [Stored] {
        LexerEquivalenceTests.reference(scalars).map { old in
            Stored(start: old.range.lowerBound, end: old.range.upperBound, kind: old.kind, spaceBefore: old.spaceBefore,
                   word: WordInterner.shared.intern(String(decoding: old.lower, as: UTF8.self)))
        }
    }

    static func read(_ t: Token) -> Stored {
        Stored(start: t.range.lowerBound, end: t.range.upperBound, kind: t.kind, spaceBefore: t.spaceBefore, word: t.word)
    }

    /// Every document of the corpus, the hold-out set and the shared real documents, each as
    /// written, decomposed (NFD), in capitals and in lower case.
    static var texts: [(name: String, text: String)] {
        var out: [(String, String)] = []
        let folders = [Support.corpus, Support.root.appendingPathComponent("Tests/Holdout"), URL(fileURLWithPath: "/work/shared/real")]
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
                      let text = String(data: data, encoding: .utf8) else { continue }
                out.append((name, text))
                out.append((name + " NFD", text.decomposedStringWithCanonicalMapping))
                out.append((name + " upper", text.uppercased()))
                out.append((name + " lower", text.lowercased()))
            }
        }
        return out
    }

    /// Every token of every line of every document, in both tone styles and as read, reads
    /// back as the 12-byte token stored it, and none is irregular (no side-table entry).
    @Test func lexedTokensReadAsTheTwelveByteTokens() {
        let texts = Self.texts
        #expect(texts.count >= 100)
        var tokens = 0
        for (name, text) in texts {
            for style in [ToneStyle.keep, .old, .new] {
                let result = VanBan.process(text: text, name: name, options: VanBan.Options(toneStyle: style))
                for line in result.layout.lines {
                    let lexed = Lexer.tokenize(line).tokens
                    let expected = Self.reference(line.scalars)
                    #expect(lexed.map(Self.read) == expected, "\(name) \(style): \(line.text.prefix(60))")
                    #expect(lexed.allSatisfy { $0.bits & Token.irregularBit == 0 }, "\(name): \(line.text.prefix(60))")
                    tokens += lexed.count
                }
            }
        }
        #expect(tokens > 100_000)
    }

    /// Random lines of letters (upper and lower case, Vietnamese and others, decomposed marks),
    /// digits, signs and spaces, some long.
    @Test func randomLinesReadAsTheTwelveByteTokens() {
        var random = SeededRandom(seed: 17)
        let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠĐỨ0123456789 ,.;:()/-–%“”≥ßİǅΩж中😀\u{301}\u{300}\u{323}".unicodeScalars)
        for k in 0..<400 {
            let n = k % 50 == 0 ? 20_000 : Int(random.next() % 120)
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<n { scalars.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
            let lexed = Lexer.tokenize(LexerEquivalenceTests.line(scalars)).tokens
            #expect(lexed.map(Self.read) == Self.reference(scalars), "\(String(String.UnicodeScalarView(scalars)).prefix(80))")
        }
    }

    @Test func tokenIsEightBytes() {
        #expect(MemoryLayout<Token>.size == 8 && MemoryLayout<Token>.stride == 8)
    }

    /// Tokens whose range is not as long as their word (built by hand, or changed) keep what
    /// was set; changed back to the word's length they are regular again and equal to the
    /// lexer's token.
    @Test func irregularTokensKeepWhatWasSet() {
        let lexed = Lexer.tokenize(LexerEquivalenceTests.line(Array("xin chào".unicodeScalars))).tokens[1]
        #expect(lexed.range == 4..<8 && lexed.lower == "chào" && lexed.bits & Token.irregularBit == 0)
        var t = Token(kind: .word, range: 4..<20, lower: "chào", spaceBefore: true)
        #expect(t.bits & Token.irregularBit != 0)
        #expect(t.range == 4..<20 && t.lower == "chào" && t.word == lexed.word && t.kind == .word && t.spaceBefore)
        #expect(t != lexed)
        t.range = 4..<8
        #expect(t.bits & Token.irregularBit == 0 && t == lexed)
        t.lower = "xin"
        #expect(t.range == 4..<8 && t.lower == "xin" && t.bits & Token.irregularBit != 0)
        t.lower = "chào"
        #expect(t == lexed && t.bits & Token.irregularBit == 0)
        t.kind = .punct
        t.spaceBefore = false
        #expect(t.kind == .punct && !t.spaceBefore && t.range == 4..<8 && t.lower == "chào")
        // An empty range; ranges past the largest offset (clamped).
        let empty = Token(kind: .punct, range: 7..<7, lower: "", spaceBefore: false)
        #expect(empty.range == 7..<7 && empty.lower == "" && empty.bits & Token.irregularBit == 0)
        let far = Token(kind: .word, range: (Token.maxOffset - 2)..<(Token.maxOffset + 5), lower: "ab", spaceBefore: false)
        #expect(far.range == (Token.maxOffset - 2)..<Token.maxOffset && far.lower == "ab")
        let farther = Token(kind: .word, range: (Token.maxOffset - 3)..<(Token.maxOffset + 5), lower: "ab", spaceBefore: false)
        #expect(farther.range == (Token.maxOffset - 3)..<Token.maxOffset && farther.bits & Token.irregularBit != 0)
        // Equality reads the fields, not how they are kept.
        var a = Token(kind: .word, range: 0..<9, lower: "ab", spaceBefore: false)
        let b = Token(kind: .word, range: 0..<9, lower: "ab", spaceBefore: false)
        #expect(a == b)
        a.spaceBefore = true
        #expect(a != b)
    }
}
