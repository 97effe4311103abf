import Foundation
import Testing
@testable import VanBan

/// The majority tone style is counted on the scalars decoded for cleaning
/// (`LayoutRecovery.clean(_:resolving:)`), and `tone-style-mixed` finds its words from the toned
/// vowels (`ToneMarks.forEachTonedWord`), not by walking every letter (issue 17). Both must give
/// what the old forms gave; those are kept here as the reference.
@Suite("Tone style decoded once")
struct ToneDecodeOnceTests {
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

    /// `ToneStyleMixed.check`'s words as they were found: every line decoded and every letter
    /// walked (since then found from the toned vowels, read from the UTF-8).
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

    /// Texts whose words sit at line ends, next to ASCII letters, digits and punctuation, in
    /// NFD (the line composed before counting; not composed for the rule), next to `=`/`<` with
    /// a combining overlay (NFC composes those), with non-ASCII punctuation and non-Vietnamese
    /// letters inside words, longer than five letters, with *qu*/*gi* onsets, in both styles.
    static var texts: [String] {
        var texts = SourceBytesTests.tricky + [
            "hòa thủy\nhoà thuỷ\nhóa", "Đảng uỷ\r\nĐảng ủy\r\nquỳ", "ho\u{61}\u{300} thu\u{79}\u{309}\nhoà",
            "hoà\nho\u{300}a thu\u{309}y\rthủy hòa", "Thủy\u{0}Hòa\u{2028}thuỷ", "hòa", "uỷ", "ủy\n", "\nhoà",
            "abcdefghhoà", "abcdefgh hoà ijklmnop thuỷ", "12345678hòa9thủy", "x-hoà_thuỷ.khoẻ,khỏe",
            "HOÀ HÒA THUỶ THỦY KHOẺ KHỎE", "aaaaaaaaaaaaaaaaaaaaaaaahoà", "hoàaaaaaaaaaaaa hoà",
            "“hoà” «thủy» — uỷ–ủy", "=\u{338}hoà <\u{338}uỷ", "\u{338}hòa", "hoàαβγ thủy", "привет hoà",
            "😀hoà😀 thủy😀", "ờoà ủyy hoàà ÒA UỶ Uỷ oà", "aòa baòa thuỷt hoàn", "ổ hoà\u{0301}a", "ë̈oà", "toà\u{A0}nhà hoà\u{2003}bình", "qoà quỷ giỏi góa", "ooà uuỷ",
            String(repeating: "Thực hiện ", count: 40) + "hoà\r\n" + String(repeating: "thuỷ ", count: 9) + "hòa",
        ]
        for name in Support.corpusFiles.prefix(12) {
            if let data = try? Data(contentsOf: Support.corpus.appendingPathComponent(name)) {
                texts.append(String(decoding: data, as: UTF8.self))
            }
        }
        return texts
    }

    /// Cleaning that counts the majority style as it goes gives the lines and the style of
    /// resolving first and cleaning in that style.
    @Test(arguments: [ToneStyle.keep, .old, .new])
    func cleaningThatResolvesIsResolveThenClean(_ style: ToneStyle) {
        var restyled = 0, decided = 0
        for text in Self.texts {
            let source = SourceText(name: "t", text: text)
            let resolved = Normalizer.resolve(style, in: source)
            let reference = LayoutRecovery.clean(source, toneStyle: resolved)
            let (lines, fused) = LayoutRecovery.clean(source, resolving: style)
            #expect(fused == resolved, "\(text.debugDescription.prefix(60))")
            #expect(lines.count == reference.count)
            for (a, b) in zip(lines, reference) {
                #expect(a.index == b.index)
                #expect(a.scalars == b.scalars, "\(text.debugDescription.prefix(60))")
                #expect(a.anchors.map { "\($0.offset):\($0.column)" } == b.anchors.map { "\($0.offset):\($0.column)" })
                #expect(a.widths == b.widths && a.endColumn == b.endColumn)
            }
            if resolved != nil { decided += 1 }
            if style == .keep, let resolved {
                let unstyled = LayoutRecovery.clean(source, toneStyle: nil)
                restyled += zip(unstyled, reference).filter { $0.scalars != $1.scalars }.count
                _ = resolved
            }
        }
        // Majorities were found and lines restyled (the test would pass on texts without either).
        #expect(decided > 5)
        if style == .keep { #expect(restyled > 3) }
    }

    /// The old- and new-style counts themselves, line by line, as `resolve` counted them.
    @Test func lineCountsAreTheWalkOfEveryWord() {
        var counted = 0
        for text in Self.texts {
            let source = SourceText(name: "t", text: text)
            let reference = Self.referenceCounts(source)
            var old = 0, new = 0
            for k in 0..<source.lineCount {
                let line = Normalizer.composed(Array(source.line(k)))
                FrontSpeedEquivalenceTests.oldForEachWord(line[...]) { r in
                    switch ToneMarks.style(of: line[r]) {
                    case .old?: old += 1
                    case .new?: new += 1
                    default: break
                    }
                }
            }
            #expect(old == reference.old && new == reference.new, "\(text.debugDescription.prefix(60))")
            counted += old + new
        }
        #expect(counted > 50)
    }

    @Test func styledWordsAreThoseOfTheLineWalk() throws {
        var found = 0
        var texts = Self.texts
        // Every corpus document, and NFD and legacy-shaped variants of a few.
        for name in Support.corpusFiles.dropFirst(12) {
            texts.append(String(decoding: try Data(contentsOf: Support.corpus.appendingPathComponent(name)), as: UTF8.self))
        }
        for text in texts.prefix(40) { texts.append(text.decomposedStringWithCanonicalMapping) }
        for text in texts {
            let source = SourceText(name: "t", text: text)
            let new = ToneStyleMixed.styledWords(source), reference = Self.referenceWords(source)
            #expect(new.old.map { "\($0.0):\($0.1)" } == reference.old.map { "\($0.0):\($0.1)" }, "\(text.debugDescription.prefix(60))")
            #expect(new.new.map { "\($0.0):\($0.1)" } == reference.new.map { "\($0.0):\($0.1)" }, "\(text.debugDescription.prefix(60))")
            found += reference.old.count + reference.new.count
        }
        #expect(found > 50)
    }
}
