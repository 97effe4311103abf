import Foundation
import Testing
@testable import VanBan

/// The clean stage cleans a document's lines in one pass over its bytes (`CleanLine.cleanAll`,
/// issue 17, ninth session): a line is decoded straight into its cleaned text, trimmed in
/// place, and its tone styles counted only when it holds a toned vowel next to its
/// *oa/oe/uy* partner. Every line must come out as the line-by-line cleaning (the initialisers
/// `LayoutRecovery.clean` called before, kept) makes it: the same scalars, map, end column and
/// index, the same majority style and the same restyled lines, on every corpus, hold-out, real
/// and seed document, decomposed, in legacy encodings, with odd spaces and on random text.
@Suite("Clean stage in one pass")
struct CleanAllEquivalenceTests {
    /// The line-by-line cleaning `LayoutRecovery.clean(_:resolving:)` did before.
    static func oldResolving(_ source: SourceText) -> (lines: [CleanLine], style: ToneStyle?) {
        var lines: [CleanLine] = []
        var counts = (old: 0, new: 0)
        var movable: [Int] = []
        for index in 0..<source.lineCount {
            var restyle = false
            lines.append(CleanLine(source: source, index: index, counts: &counts, restyle: &restyle))
            if restyle { movable.append(index) }
        }
        let resolved = ToneMarks.majority(old: counts.old, new: counts.new)
        if let resolved {
            for k in movable { ToneMarks.apply(resolved, to: &lines[k].scalars) }
        }
        return (lines, resolved)
    }

    /// The line-by-line cleaning `LayoutRecovery.clean(_:toneStyle:)` did before.
    static func oldStyled(_ source: SourceText, _ style: ToneStyle?) -> [CleanLine] {
        (0..<source.lineCount).map { CleanLine(source: source, index: $0, toneStyle: style) }
    }

    static func same(_ a: [CleanLine], _ b: [CleanLine]) -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            guard x.scalars == y.scalars, x.index == y.index, x.endColumn == y.endColumn,
                  x.frame.firstColumn == y.frame.firstColumn, x.frame.map == y.frame.map else { return false }
        }
        return true
    }

    static var texts: [(name: String, text: String)] {
        var out: [(String, String)] = []
        let folders = [Support.corpus, Support.root.appendingPathComponent("Tests/Holdout"),
                       URL(fileURLWithPath: "/work/shared/real"), URL(fileURLWithPath: "/work/shared/seeds")]
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
                      let text = String(data: data, encoding: .utf8) else { continue }
                out.append((name, text))
                out.append((name + " NFD", text.decomposedStringWithCanonicalMapping))
                out.append((name + " upper", text.uppercased()))
                // Odd spaces and marks: NBSP, tabs, a zero-width no-break space, runs of spaces,
                // trailing blanks, emphasis, escapes, underscores.
                let odd = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { k, line in
                    switch k % 7 {
                    case 0: return "  " + line + "   "
                    case 1: return line.replacingOccurrences(of: " ", with: "\u{A0}")
                    case 2: return "\t" + line.replacingOccurrences(of: " ", with: "  ")
                    case 3: return "\u{FEFF}" + line + " \u{2003}"
                    case 4: return "* **" + line + "**"
                    case 5: return line.replacingOccurrences(of: ".", with: "\\.") + " __x__"
                    default: return String(line)
                    }
                }.joined(separator: k7Break(text))
                out.append((name + " odd", odd))
            }
        }
        return out
    }

    /// `\r\n` for some texts, so that both breaks are read.
    static func k7Break(_ text: String) -> String { text.count % 2 == 0 ? "\n" : "\r\n" }

    static func check(_ source: SourceText, _ name: String) {
        let (oldLines, oldStyle) = oldResolving(source)
        let (newLines, newStyle) = LayoutRecovery.clean(source, resolving: .keep)
        #expect(oldStyle == newStyle, "\(name)")
        #expect(same(oldLines, newLines), "\(name) keep")
        for style in [ToneStyle.old, .new, nil] {
            #expect(same(oldStyled(source, style), LayoutRecovery.clean(source, toneStyle: style)), "\(name) \(String(describing: style))")
        }
    }

    @Test func everyDocumentCleansAsLineByLine() {
        let texts = Self.texts
        #expect(texts.count >= 200)
        for (name, text) in texts {
            Self.check(SourceText(name: name, text: text), name)
        }
    }

    @Test func legacyEncodingsCleanAsLineByLine() throws {
        var checked = 0
        for (name, text) in Self.texts.prefix(24) where !name.hasSuffix(" odd") {
            for kind in LegacyEncoders.Kind.allCases {
                let bytes = LegacyEncoders.encode(text, as: kind)
                guard let decoded = try? TextDecoder.decode(bytes, name: name) else { continue }
                Self.check(SourceText(name: name, decoded: decoded), "\(name) \(kind)")
                checked += 1
            }
        }
        #expect(checked >= 50)
    }

    /// The need found while decoding is `need` of the decoded line, and the scalars are the
    /// decoded ones, on every line of every text and on random lines.
    @Test func needFoundWhileDecodingIsNeed() {
        var lines: [String] = Self.texts.flatMap { $0.text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" }).map(String.init) }
        var rng = SystemRandomNumberGenerator()
        let pieces: [String] = ["a", "o", "ò", "à", "hoà", "hòa", "thuỷ", "U\u{309}Y", " ", "  ", "\t", "\u{A0}", "\u{85}", "\u{2003}",
                                "\u{FEFF}", "*", "#", "\\", "_", "__", "\u{301}", "Đ", "1", ".", "\u{1F600}", "\u{200B}", "ư", "ơ", "ẻ"]
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...40, using: &rng) { text += pieces.randomElement(using: &rng)! }
            lines.append(text)
        }
        var fused = 0
        for line in lines {
            let bytes = Array(line.utf8)
            let scalars = Array(line.unicodeScalars)
            guard !scalars.isEmpty else { continue }
            var decoded: CleanLine.Need? = nil
            let out = [Unicode.Scalar](unsafeUninitializedCapacity: scalars.count) { buffer, initialized in
                bytes.withUnsafeBufferPointer { decoded = CleanLine.decodeNeed($0, at: 0, count: scalars.count, into: buffer.baseAddress!) }
                initialized = scalars.count
            }
            #expect(out == scalars, "\(line.debugDescription)")
            if let decoded {
                fused += 1
                #expect(decoded == scalars.withUnsafeBufferPointer { CleanLine.need($0) }, "\(line.debugDescription)")
            }
        }
        #expect(fused > 10_000)
    }

    @Test func randomTextCleansAsLineByLine() {
        var rng = SystemRandomNumberGenerator()
        let pieces: [String] = ["a", "o", "e", "u", "y", "ò", "à", "ỏ", "ẻ", "ủ", "ý", "hoà", "hòa", "thuỷ", "thủy", "khoẻ", "khỏe",
                                " ", "  ", "\t", "\u{A0}", "\u{2003}", "\u{FEFF}", "*", "**", "#", "# ", "\\", "\\.", "_", "__",
                                "\u{301}", "\u{300}", "\u{323}", "o\u{300}a", "U\u{309}Y", "Đ", "1", "2026", ".", ",", "(", ")",
                                "\u{1F600}", "\u{85}", "\u{200B}", "\n", "\r\n", "\r", "TOÀ", "Hoà", "HÒA"]
        for round in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 0...200, using: &rng) { text += pieces.randomElement(using: &rng)! }
            Self.check(SourceText(name: "random", text: text), "random \(round): \(text.debugDescription)")
        }
    }
}
