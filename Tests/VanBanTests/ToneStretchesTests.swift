import Foundation
import Testing
@testable import VanBan

/// The tone-style count of the normaliser and the words of `tone-style-mixed` are read from the
/// source's UTF-8, decoding only the stretches around non-ASCII scalars (`ToneStretches`,
/// issue 17). Both must find what decoding every line found; the line-by-line forms are kept
/// here as the reference.
@Suite("Tone stretches")
struct ToneStretchesTests {
    /// `Normalizer.resolve(_:in: SourceText)`'s count as it was: every line decoded, composed
    /// when it holds a scalar that may change under NFC.
    static func referenceCounts(_ source: SourceText) -> (old: Int, new: Int) {
        var old = 0, new = 0
        for index in 0..<source.lineCount {
            let c = source.withLine(index) { p in
                ToneMarks.count(p, stoppingAtComposing: true) ?? ToneMarks.count(Normalizer.composed(Array(p))[...])
            }
            old += c.old
            new += c.new
        }
        return (old, new)
    }

    /// `ToneStyleMixed.check`'s words as they were found: every line decoded and walked.
    static func referenceWords(_ source: SourceText) -> (old: [(Int, Range<Int>)], new: [(Int, Range<Int>)]) {
        var old: [(Int, Range<Int>)] = []
        var new: [(Int, Range<Int>)] = []
        for index in 0..<source.lineCount {
            source.withLine(index) { s in
                var i = 0
                let end = s.count
                while i < end {
                    guard Alphabet.isLetter(s[i]) else { i += 1; continue }
                    var j = i + 1
                    while j < end, Alphabet.isLetter(s[j]) { j += 1 }
                    if j - i >= 2, j - i <= 5, ToneStyleMixed.mayHaveStyle(s[j - 2], s[j - 1]) {
                        switch ToneMarks.style(of: s[i..<j]) {
                        case .old?: old.append((index, i..<j))
                        case .new?: new.append((index, i..<j))
                        default: break
                        }
                    }
                    i = j
                }
            }
        }
        return (old, new)
    }

    /// Texts whose words sit where stretches start and end: at line ends, next to ASCII
    /// letters, digits and punctuation, after eight-byte ASCII runs, in NFD (whole line
    /// composed), next to `=`/`<` with a combining overlay (NFC composes those), with
    /// non-ASCII punctuation and non-Vietnamese letters inside words.
    static var texts: [String] {
        var texts = SourceBytesTests.tricky + [
            "hòa thủy\nhoà thuỷ\nhóa", "Đảng uỷ\r\nĐảng ủy\r\nquỳ", "ho\u{61}\u{300} thu\u{79}\u{309}\nhoà",
            "hoà\nho\u{300}a thu\u{309}y\rthủy hòa", "Thủy\u{0}Hòa\u{2028}thuỷ", "hòa", "uỷ", "ủy\n", "\nhoà",
            "abcdefghhoà", "abcdefgh hoà ijklmnop thuỷ", "12345678hòa9thủy", "x-hoà_thuỷ.khoẻ,khỏe",
            "HOÀ HÒA THUỶ THỦY KHOẺ KHỎE", "aaaaaaaaaaaaaaaaaaaaaaaahoà", "hoàaaaaaaaaaaaa hoà",
            "“hoà” «thủy» — uỷ–ủy", "=\u{338}hoà <\u{338}uỷ", "\u{338}hòa", "hoàαβγ thủy", "привет hoà",
            "😀hoà😀 thủy😀", "toà\u{A0}nhà hoà\u{2003}bình", "qoà quỷ giỏi góa", "ooà uuỷ",
            String(repeating: "Thực hiện ", count: 40) + "hoà\r\n" + String(repeating: "thuỷ ", count: 9) + "hòa",
        ]
        for name in Support.corpusFiles.prefix(12) {
            if let data = try? Data(contentsOf: Support.corpus.appendingPathComponent(name)) {
                texts.append(String(decoding: data, as: UTF8.self))
            }
        }
        return texts
    }

    @Test func countIsTheLineByLineCount() {
        var counted = 0
        for text in Self.texts {
            let source = SourceText(name: "t", text: text)
            let new = Normalizer.toneCounts(source), reference = Self.referenceCounts(source)
            #expect(new.old == reference.old && new.new == reference.new, "\(text.debugDescription.prefix(60))")
            counted += reference.old + reference.new
        }
        // The texts hold styled words in number (the test would pass on zeros otherwise).
        #expect(counted > 50)
    }

    @Test func styledWordsAreThoseOfTheLineWalk() {
        var found = 0
        for text in Self.texts {
            let source = SourceText(name: "t", text: text)
            let new = ToneStyleMixed.styledWords(source), reference = Self.referenceWords(source)
            #expect(new.old.map { "\($0.0):\($0.1)" } == reference.old.map { "\($0.0):\($0.1)" }, "\(text.debugDescription.prefix(60))")
            #expect(new.new.map { "\($0.0):\($0.1)" } == reference.new.map { "\($0.0):\($0.1)" }, "\(text.debugDescription.prefix(60))")
            found += reference.old.count + reference.new.count
        }
        #expect(found > 50)
    }

    /// Every stretch is the decoded line's scalars at its offset, bounded as the words need.
    @Test func stretchesOfEveryLineMatchTheDecodedLine() {
        let stretches = ToneStretches()
        for text in Self.texts {
            let source = SourceText(name: "t", text: text)
            for index in 0..<source.lineCount {
                let line = Array(source.line(index))
                source.utf8.withUnsafeBufferPointer { bytes in
                    stretches.forEach(in: UnsafeBufferPointer(rebasing: bytes[source.byteRange(ofLine: index)])) { offset, s in
                        // Each stretch is the line's scalars at its offset, holds a non-ASCII
                        // scalar, and is bounded by ASCII non-letters or the line's ends.
                        #expect(offset >= 0 && offset + s.count <= line.count)
                        guard offset >= 0, offset + s.count <= line.count else { return false }
                        #expect(Array(s) == Array(line[offset..<(offset + s.count)]))
                        #expect(s.contains { $0.value >= 0x80 })
                        if offset > 0 { #expect(line[offset - 1].isASCII && !Alphabet.isLetter(line[offset - 1])) }
                        let end = offset + s.count
                        if end < line.count { #expect(line[end].isASCII && !Alphabet.isLetter(line[end])) }
                        return true
                    }
                }
            }
        }
    }
}
