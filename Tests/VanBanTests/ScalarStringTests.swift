import Foundation
import Testing
@testable import VanBan

/// `String(scalars:)` counts the UTF-8 length eight scalars at a time, writes the bytes into a temporary buffer and
/// makes the String without validation (issue 17, session 8). Compared here with the standard
/// library's own String of the same scalars (the reference), on every line of the corpus plus
/// NFD text, both tone styles, every UTF-8 length, slices at every alignment and long input:
/// the same bytes, the same `==`, hash, Character count and ASCII-ness.
@Suite("String from scalars (issue 17, session 8)")
struct ScalarStringTests {
    static func reference(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    static func check(_ scalars: ArraySlice<Unicode.Scalar>, _ note: @autoclosure () -> String = "") {
        let made = String(scalars: scalars)
        let expected = reference(scalars)
        #expect(Array(made.utf8) == Array(expected.utf8), "\(note()) \(scalars.map(\.value))")
        #expect(made == expected)
        #expect(made.hashValue == expected.hashValue)
        #expect(made.count == expected.count)
        #expect(made.utf8.allSatisfy { $0 < 0x80 } == scalars.allSatisfy(\.isASCII))
        let lower = String(scalars: scalars, lowercased: true)
        #expect(Array(lower.utf8) == Array(reference(scalars.map(Alphabet.lower)).utf8), "\(note())")
        // The same through a generic collection (the slow path).
        #expect(String(scalars: scalars.lazy.map { $0 }) == expected)
    }

    @Test func corpusLinesAndTheirSlices() throws {
        for name in Support.corpusFiles {
            let text = try String(contentsOf: Support.corpus.appendingPathComponent(name), encoding: .utf8)
            for variant in [text, text.decomposedStringWithCanonicalMapping, text.uppercased()] {
                let lines = LayoutRecovery.recover(SourceText(name: name, text: variant)).lines
                for line in lines {
                    let s = line.scalars
                    Self.check(s[...], name)
                    // Every start alignment of the vector loads, and a cut inside a word.
                    for start in 0..<min(9, s.count) { Self.check(s[start...], name) }
                    if s.count > 3 { Self.check(s[1..<(s.count - 2)], name) }
                }
            }
        }
    }

    @Test func everyEncodedLengthAtEveryPosition() {
        let samples: [Unicode.Scalar] = ["a", "Z", " ", "\u{7F}", "\u{80}", "đ", "Ư", "\u{7FF}", "\u{800}", "ệ", "“", "\u{FFFD}",
                                         "\u{FFFF}", "\u{10000}", "🇻", "\u{10FFFF}", "\u{301}", "\u{0}"]
        var random = SeededRandom(seed: 17)
        for length in 0..<40 {
            for _ in 0..<60 {
                let scalars = (0..<length).map { _ in
                    // Mostly ASCII, as Vietnamese text is, with runs broken at random.
                    random.next() % 3 == 0 ? samples[Int(random.next() % UInt64(samples.count))]
                        : Unicode.Scalar(UInt8(0x20 + random.next() % 0x5F))
                }
                Self.check(scalars[...])
            }
        }
        // Long input: all ASCII, all non-ASCII, and one non-ASCII scalar at the very end.
        let ascii = [Unicode.Scalar](repeating: "a", count: 5000)
        Self.check(ascii[...])
        Self.check([Unicode.Scalar](repeating: "ệ", count: 4099)[...])
        Self.check((ascii + ["🇻"])[...])
        Self.check((["đ"] + ascii)[...])
    }
}
