import Foundation
import Testing
@testable import VanBan

/// The decode + normalise stage's hot spots rewritten for speed (issue 17) against their
/// old forms, kept here as references: line cleaning (`CleanLine`) with its column map, the
/// tone-style count and rewrite, and the document's majority style. Inputs chosen to hit
/// the subtle cases: decomposed marks, mixed tone styles, emphasis, escapes, bullets,
/// headings, tabs, NBSP, zero-width and byte-order marks, 4-byte scalars, legacy encodings.
@Suite("Front speed equivalence")
struct FrontSpeedEquivalenceTests {
    // MARK: References (the code as it was at eaa5d36)

    /// What the old `CleanLine.init` built.
    struct OldLine {
        var scalars: [Unicode.Scalar] = []
        var anchors: [(offset: Int, column: Int)] = []
        var endColumn = 1
        var widths: [Int: Int] = [:]

        func column(at offset: Int) -> Int {
            var lo = 0, hi = anchors.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if anchors[mid].offset <= offset { lo = mid } else { hi = mid - 1 }
            }
            let a = anchors[lo]
            return a.column + (offset - a.offset)
        }

        func columnEnd(at offset: Int) -> Int { column(at: offset) + (widths[offset] ?? 1) }

        func dropping(first count: Int) -> OldLine {
            guard count > 0 else { return self }
            var copy = self
            let firstColumn = column(at: count)
            copy.scalars = Array(scalars[count...])
            copy.anchors = anchors.compactMap { a in a.offset >= count ? (a.offset - count, a.column) : nil }
            if copy.anchors.first?.offset != 0 { copy.anchors.insert((0, firstColumn), at: 0) }
            copy.widths = Dictionary(uniqueKeysWithValues: widths.compactMap { k, w in k >= count ? (k - count, w) : nil })
            return copy
        }
    }

    /// The old words of up to five letters, every one of them.
    static func oldForEachWord(_ scalars: ArraySlice<Unicode.Scalar>, _ body: (Range<Int>) -> Void) {
        var i = scalars.startIndex
        let end = scalars.endIndex
        while i < end {
            guard Alphabet.isLetter(scalars[i]) else { i += 1; continue }
            var j = i + 1
            while j < end, Alphabet.isLetter(scalars[j]) { j += 1 }
            if j - i >= 2 && j - i <= 5 { body(i..<j) }
            i = j
        }
    }

    static func oldCount(_ scalars: ArraySlice<Unicode.Scalar>) -> (old: Int, new: Int) {
        var old = 0, new = 0
        oldForEachWord(scalars) { range in
            switch ToneMarks.style(of: scalars[range]) {
            case .old?: old += 1
            case .new?: new += 1
            default: break
            }
        }
        return (old, new)
    }

    static func oldApply(_ target: ToneStyle, to scalars: inout [Unicode.Scalar]) -> Int {
        guard target != .keep else { return 0 }
        var ranges: [Range<Int>] = []
        oldForEachWord(scalars[...]) { r in
            if let style = ToneMarks.style(of: scalars[r]), style != target { ranges.append(r) }
        }
        for r in ranges { ToneMarks.restyle(&scalars, range: r, to: target) }
        return ranges.count
    }

    static func oldResolve(_ style: ToneStyle, in scalars: [Unicode.Scalar]) -> ToneStyle? {
        guard style == .keep else { return style }
        var old = 0, new = 0
        var start = 0
        let n = scalars.count
        while start < n {
            var end = start
            var changes = false
            while end < n, scalars[end] != "\n", scalars[end] != "\r" {
                if Composer.mayChange(scalars[end].value) { changes = true }
                end += 1
            }
            let c = changes ? oldCount(Normalizer.composed(Array(scalars[start..<end]))[...]) : oldCount(scalars[start..<end])
            old += c.old
            new += c.new
            start = end + 1
        }
        return ToneMarks.majority(old: old, new: new)
    }

    /// The old `CleanLine.init`, as it was.
    static func oldClean(source: SourceText, index: Int, toneStyle: ToneStyle?) -> OldLine {
        struct Units {
            var emitted: [Unicode.Scalar] = []
            var starts: [Int32] = []
            var columns: [Int32] = []
            var lengths: [Int32] = []
            var count: Int { columns.isEmpty ? emitted.count : columns.count }
            func column(_ u: Int) -> Int { columns.isEmpty ? u + 1 : Int(columns[u]) }
            func length(_ u: Int) -> Int { lengths.isEmpty ? 1 : Int(lengths[u]) }
            func range(_ u: Int) -> Range<Int> { starts.isEmpty ? u..<(u + 1) : Int(starts[u])..<Int(starts[u + 1]) }
            func single(_ u: Int) -> Unicode.Scalar? {
                if starts.isEmpty { return emitted[u] }
                return starts[u + 1] - starts[u] == 1 ? emitted[Int(starts[u])] : nil
            }
            func isSpace(_ u: Int) -> Bool { single(u).map(Alphabet.isWhitespace) ?? false }
        }
        func isEscapable(_ s: Unicode.Scalar) -> Bool { s.isASCII && "\\`*_{}[]()#+-.!|<>".unicodeScalars.contains(s) }
        func isEmphasisUnderscore(_ units: Units, at i: Int) -> Bool {
            var lo = i, hi = i
            while lo > 0, units.single(lo - 1) == "_" { lo -= 1 }
            while hi + 1 < units.count, units.single(hi + 1) == "_" { hi += 1 }
            guard hi > lo else { return false }
            func isWordUnit(_ k: Int) -> Bool {
                guard k >= 0, k < units.count else { return false }
                let emit = units.range(k)
                guard !emit.isEmpty else { return false }
                let first = units.emitted[emit.lowerBound]
                return first.properties.isAlphabetic || ("0"..."9").contains(first)
            }
            return isWordUnit(lo - 1) || isWordUnit(hi + 1)
        }
        var line = OldLine()
        func anchor(_ column: Int) {
            let offset = line.scalars.count
            if let last = line.anchors.last, last.column + (offset - last.offset) == column { return }
            line.anchors.append((offset, column))
        }
        let raw = source.line(index)
        var units = Units()
        var lengths: [Int32] = []
        if source.origins == nil, !raw.contains(where: { Composer.mayChange($0.value) }) {
            units.emitted.append(contentsOf: raw)
        } else if Composer.compose(raw, into: &units.emitted, lengths: &lengths) {
            if source.origins == nil {
                var column: Int32 = 1
                for n in lengths { units.columns.append(column); column += n }
                units.lengths = lengths
            } else {
                var consumed = 0
                for n in lengths {
                    let column = source.column(line: index, offset: consumed)
                    consumed += Int(n)
                    units.columns.append(Int32(column))
                    units.lengths.append(Int32(source.column(line: index, offset: consumed) - column))
                }
            }
        } else {
            units.emitted.removeAll()
            var consumed = 0
            units.starts.append(0)
            for ch in String(scalars: raw) {
                let n = ch.unicodeScalars.count
                units.emitted.append(contentsOf: String(ch).precomposedStringWithCanonicalMapping.unicodeScalars)
                let column = source.column(line: index, offset: consumed)
                let after = source.column(line: index, offset: consumed + n)
                units.starts.append(Int32(units.emitted.count))
                units.columns.append(Int32(column))
                units.lengths.append(Int32(after - column))
                consumed += n
            }
        }
        var u = 0
        while u < units.count, units.isSpace(u) { u += 1 }
        var hash = u
        while hash < units.count, units.single(hash) == "#" { hash += 1 }
        if hash > u, hash - u <= 6, hash < units.count, units.isSpace(hash) {
            u = hash
            while u < units.count, units.isSpace(u) { u += 1 }
        }
        var star = u
        while star < units.count, units.single(star) == "*" { star += 1 }
        if star > u, star < units.count, units.isSpace(star) {
            anchor(units.column(u))
            line.scalars.append("•")
            line.endColumn = units.column(u) + 1
            u = star
        }
        var pendingSpace: Int? = nil
        while u < units.count {
            let unit = u
            u += 1
            if let s = units.single(unit) {
                if s == "*" { continue }
                if s == "\\", u < units.count, let next = units.single(u), isEscapable(next) { continue }
                if s == "_", isEmphasisUnderscore(units, at: unit) { continue }
                if Alphabet.isWhitespace(s) || s.value == 0xFEFF {
                    if !line.scalars.isEmpty && pendingSpace == nil { pendingSpace = units.column(unit) }
                    continue
                }
            }
            if let space = pendingSpace {
                anchor(space)
                line.scalars.append(" ")
                pendingSpace = nil
            }
            let column = units.column(unit), length = units.length(unit)
            let emit = units.range(unit)
            let exact = emit.count == length
            for k in emit {
                anchor(column + (exact ? k - emit.lowerBound : 0))
                if !exact { line.widths[line.scalars.count] = k == emit.upperBound - 1 ? length : 0 }
                line.scalars.append(units.emitted[k])
            }
            line.endColumn = column + length
        }
        if line.anchors.isEmpty { line.anchors = [(0, 1)] }
        if let toneStyle { _ = oldApply(toneStyle, to: &line.scalars) }
        return line
    }

    // MARK: Inputs

    /// Lines chosen for the cleaner's and the tone code's corners.
    static let trickyLines: [String] = [
        "", " ", "   ", "\t", "a", "Một hai ba, bốn năm.", "  a \t b **c**", "a  b", "a b ", " a b",
        "# Tiêu đề", "### Mục 1", "####### bảy dấu", "#không", "* Gạch đầu dòng", "** Hai sao", "*nghiêng*",
        "**Nơi nhận:**", "__Nơi nhận__", "Số ___/QĐ", "a_b", "a__", "__", "1\\. Mục", "\\- gạch", "a\\b", "I\\.",
        "Ho\u{302}\u{323}i nghi\u{323}", "ho\u{300}a thuy\u{309}", "hoà hòa thuỷ thủy khoẻ khỏe", "HOÀ HÒA Uỷ ỦY",
        "quý giỏi hoàn hoạch khuyến huýt", "oà òa uỳ ùy", "xhoàx hoàhoà", "nghiêng-hoà/thuỷ", "hoà\u{301}",
        "a\u{00A0}b\u{00A0}", "\u{00A0}đầu", "cuối\u{00A0}", "a\u{200B}b", "a\u{200D}b", "\u{FEFF}BOM đầu dòng",
        "a\u{FEFF}b", "x\u{2003}y\u{3000}z", "a\u{1680}b", "a\u{0085}b", "tab\tgiữa\t\tdòng\t", "𝐇𝐨𝐚̀ 🇻🇳 😀 hoà",
        "e\u{301}\u{301}", "\u{301}đầu dấu", "a\u{0600}b", "ष्ट hoà", "Cộng\u{0303}", "Ω\u{0345}", "\u{0344}x",
        "ǅ ǈ ﬁ", "Ⅻ", "\u{2126}hm", "\u{212B}", "Đ đ", "  * ", "* ", "*", "#", "# ", "\\", "_", "___a",
        "- 2025 - 2030", "( tháng 6/2028)", "|  Nơi nhận: | TM. |", "Tho\u{31B}\u{300}i gian", "uy\u{301}",
    ]

    /// The documents of the repository: corpus and hold-out, every line of each.
    static func documents() -> [(String, [UInt8])] {
        var list: [(String, [UInt8])] = []
        for folder in [Support.corpus, Support.root.appendingPathComponent("Tests/Holdout")] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".txt") {
                if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) {
                    list.append((name, [UInt8](data)))
                }
            }
        }
        return list
    }

    // MARK: Tests

    /// Compares every observable of one line, new against old, for each tone style.
    static func expectSameCleaning(_ source: SourceText, _ label: String) {
        for style in [nil, ToneStyle.old, .new] {
            for index in 0..<source.lineCount {
                let new = CleanLine(source: source, index: index, toneStyle: style)
                let old = oldClean(source: source, index: index, toneStyle: style)
                guard new.scalars == old.scalars, new.endColumn == old.endColumn else {
                    Issue.record("\(label) line \(index + 1) \(String(describing: style)): \(String(scalars: new.scalars)) ≠ \(String(scalars: old.scalars))")
                    return
                }
                let n = old.scalars.count
                for k in 0...n where new.column(at: k) != old.column(at: k) || new.columnEnd(at: k) != old.columnEnd(at: k) {
                    Issue.record("\(label) line \(index + 1): offset \(k) column \(new.column(at: k)) ≠ \(old.column(at: k))")
                    return
                }
                #expect(new.widths == old.widths, "\(label) line \(index + 1)")
                for cut in Set([1, 2, n / 2, n - 1, n]) where cut > 0 && cut <= n {
                    let a = new.dropping(first: cut), b = old.dropping(first: cut)
                    let same = a.scalars == b.scalars && a.endColumn == b.endColumn
                        && (0...b.scalars.count).allSatisfy { a.column(at: $0) == b.column(at: $0) && a.columnEnd(at: $0) == b.columnEnd(at: $0) }
                    if !same { Issue.record("\(label) line \(index + 1): dropping \(cut) differs"); return }
                }
            }
        }
    }

    @Test func trickyLinesCleanAsBefore() {
        for line in Self.trickyLines {
            Self.expectSameCleaning(SourceText(name: "t", text: line), line.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
        // All of them as one text, with every kind of line break.
        Self.expectSameCleaning(SourceText(name: "t", text: Self.trickyLines.joined(separator: "\n")), "joined LF")
        Self.expectSameCleaning(SourceText(name: "t", text: Self.trickyLines.joined(separator: "\r\n")), "joined CRLF")
        Self.expectSameCleaning(SourceText(name: "t", text: Self.trickyLines.joined(separator: "\r")), "joined CR")
    }

    /// Legacy encodings: VNI and VIQR spend several bytes on a letter (origins), TCVN3 and
    /// Windows-1258 one (CP1258 writes tones as combining marks).
    @Test func legacyDecodedLinesCleanAsBefore() throws {
        let text = Self.trickyLines.filter { !$0.unicodeScalars.contains { $0.value > 0x1EFF || ($0.value >= 0x80 && $0.value < 0xC0) } }
            .joined(separator: "\n") + "\nHội nghị lần thứ 12 Ban Chấp hành Đảng bộ (mở rộng) hoà thuỷ\n"
        let kinds: [(LegacyEncoders.Kind, TextEncoding)] = [(.vni, .vni), (.viqr, .viqr), (.tcvn3, .tcvn3), (.cp1258, .cp1258), (.nfd, .utf8)]
        for (kind, encoding) in kinds {
            let bytes = LegacyEncoders.encode(text, as: kind)
            let decoded = try TextDecoder.decode(bytes, name: "t.txt", encoding: encoding)
            #expect(decoded.origins != nil || encoding != .vni)
            Self.expectSameCleaning(SourceText(name: "t", decoded: decoded), kind.rawValue)
        }
    }

    @Test func documentsCleanAsBefore() throws {
        let documents = Self.documents()
        #expect(documents.count >= 40)
        for (name, bytes) in documents {
            let decoded = try TextDecoder.decode(bytes, name: name)
            Self.expectSameCleaning(SourceText(name: name, decoded: decoded), name)
        }
    }

    @Test func toneCountsAndRewritesAsBefore() {
        var texts = Self.trickyLines
        texts += Self.documents().map { String(decoding: $0.1, as: UTF8.self) }
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let a = ToneMarks.count(scalars[...]), b = Self.oldCount(scalars[...])
            #expect(a == b, "\(text.prefix(40))")
            for style in ToneStyle.allCases {
                var x = scalars, y = scalars
                let moved = ToneMarks.apply(style, to: &x)
                #expect(moved == Self.oldApply(style, to: &y))
                #expect(x == y, "\(text.prefix(40))")
                #expect(Normalizer.resolve(style, in: scalars) == Self.oldResolve(style, in: scalars))
            }
        }
        // Documents whose majority is each style, and a tie.
        for (old, new) in [(3, 1), (1, 3), (2, 2), (0, 0)] {
            let text = Array(repeating: "hòa", count: old).joined(separator: " ") + "\n" + Array(repeating: "thuỷ", count: new).joined(separator: "\r\n")
                + "\nkho\u{309}e" // one decomposed old-style word
            let scalars = Array(text.unicodeScalars)
            #expect(Normalizer.resolve(.keep, in: scalars) == Self.oldResolve(.keep, in: scalars))
        }
    }
    // MARK: Decoding

    static func oldLooksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        var controls = 0
        for b in bytes.prefix(65_536) {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
        }
        return controls * 20 > min(bytes.count, 65_536)
    }

    static func oldUTF16ByteOrder(_ bytes: ArraySlice<UInt8>) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        let sample = bytes.prefix(65_536)
        var i = sample.startIndex
        while i + 1 < sample.endIndex {
            if sample[i] == 0 { zeroEven += 1 }
            if sample[i + 1] == 0 { zeroOdd += 1 }
            i += 2
        }
        let units = sample.count / 2
        if zeroOdd * 4 >= units, zeroEven * 50 <= units { return true }
        if zeroEven * 4 >= units, zeroOdd * 50 <= units { return false }
        return nil
    }

    /// The byte tests read eight bytes at a time; the old ones one by one. Slices not
    /// starting at 0, lengths around the 64 KiB sample and the word size, zero bytes and
    /// controls at every offset, UTF-16 of both orders.
    @Test func byteSamplingAsBefore() {
        var random = SeededRandom(seed: 17)
        var inputs: [[UInt8]] = []
        let text = Array("Hội nghị\tlần thứ 12\r\n\u{0C}trang 3\n".utf8)
        for length in [0, 1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 63, 64, 65, 65_535, 65_536, 65_537, 70_001] {
            inputs.append((0..<length).map { text[$0 % text.count] })
        }
        for _ in 0..<300 {
            let length = Int(random.next() % 200)
            // Mostly text, with zero bytes and controls sprinkled at random offsets.
            inputs.append((0..<length).map { k in
                switch random.next() % 20 {
                case 0: return 0
                case 1: return UInt8(random.next() % 0x20)
                default: return text[k % text.count]
                }
            })
        }
        for s in ["Hội nghị lần thứ 12", "abc", "a\u{0}b"] {
            for le in [true, false] {
                inputs.append(s.utf16.flatMap { u in le ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)] })
            }
        }
        // Controls in one in twenty bytes, just below, at and above the threshold.
        for controls in [49, 50, 51] {
            var b = [UInt8](repeating: 0x61, count: 1_000)
            for k in 0..<controls { b[k * 19] = 0x01 }
            inputs.append(b)
        }
        for bytes in inputs {
            for drop in [0, 1, 3] where drop <= bytes.count {
                let slice = bytes[drop...]
                #expect(TextDecoder.looksBinary(slice) == Self.oldLooksBinary(slice), "\(bytes.count) \(drop)")
                #expect(TextDecoder.utf16ByteOrder(slice) == Self.oldUTF16ByteOrder(slice), "\(bytes.count) \(drop)")
                #expect(TextDecoder.isASCII(slice) == slice.allSatisfy { $0 < 0x80 })
            }
        }
    }

    /// Valid UTF-8 is now taken by the standard library's validation: the same text as
    /// before for valid input, and invalid input still repaired byte by byte with warnings.
    @Test func utf8DecodingAsBefore() throws {
        let samples: [[UInt8]] = [
            Array("Hội nghị lần thứ 12 🇻🇳 𝐇".utf8), Array("Ho\u{302}\u{323}i".utf8), [0xEF, 0xBB, 0xBF] + Array("BOM hoà".utf8),
            [0x61, 0xC0, 0xAF, 0x62], [0x61, 0xED, 0xA0, 0x80, 0x62], [0x61, 0xF4, 0x90, 0x80, 0x80], [0xE1, 0xBB],
            Array("Hội nghị ".utf8) + [0xFF] + Array(String(repeating: "Đảng bộ ", count: 20).utf8),
            Array("Hoi nghi la^`n thu*' 12".utf8), Array("plain ascii line\n".utf8),
        ]
        for bytes in samples {
            let new = try? TextDecoder.decode(bytes, name: "t.txt")
            let scan = TextDecoder.scanUTF8(bytes[...])
            if scan.invalid == 0, scan.multibyte > 0 {
                let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
                #expect(new.map { Array($0.text.utf8) } == Array(String(decoding: body, as: UTF8.self).utf8))
            }
            if scan.invalid > 0, let new {
                #expect(new.warnings.count == scan.invalid || new.encoding != .utf8)
            }
        }
    }

    /// The scalars read from the bytes are the String's scalars: ASCII runs at every
    /// alignment, 2-, 3- and 4-byte sequences at the eight-byte boundaries, documents.
    @Test func scalarsFromBytesAsFromTheString() {
        var texts = Self.trickyLines + Self.documents().map { String(decoding: $0.1, as: UTF8.self) }
        let pieces = ["a", "ộ", "€", "😀", "\u{301}", "\n", "\u{FFFD}", "abcdefgh", "Đ", "\u{10FFFF}"]
        var random = SeededRandom(seed: 4)
        for _ in 0..<500 {
            let length = Int(random.next() % 40)
            texts.append((0..<length).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined())
        }
        for text in texts {
            #expect(ScalarDecoder.scalars(of: text) == Array(text.unicodeScalars), "\(text.prefix(30))")
        }
        // A String read from bytes with broken sequences holds U+FFFD for them.
        let repaired = String(decoding: [0x61, 0xFF, 0xE1, 0xBB, 0x62, 0xF0, 0x9F], as: UTF8.self)
        #expect(ScalarDecoder.scalars(of: repaired) == Array(repaired.unicodeScalars))
    }

    /// `vanban normalize` copies a line with nothing to compose and no toned oa/oe/uy
    /// pair as it is; the word-by-word path must give the same bytes for every line, in
    /// every tone style, with the `keep` majority counted the same.
    @Test func plainLinesCopiedAsTheWordPathWrites() {
        var texts = [Self.trickyLines.joined(separator: "\n"), Self.trickyLines.joined(separator: "\r\n") + "\n"]
        texts += Self.documents().map { String(decoding: $0.1, as: UTF8.self) }
        // Toned vowels at the eight-byte boundaries, partners on either side of them.
        for pad in 0..<9 {
            let p = String(repeating: "x", count: pad)
            texts.append(p + "hoà\n" + p + "thủy\n" + p + "òa\n" + p + "ùy ả\n" + p + "oẹ\n" + p + "Uỷ ban\n" + p + "quý hoàn\n" + p + "khỏe\n")
        }
        for text in texts {
            var copy = text
            copy.withUTF8 { bytes in
                for style in ToneStyle.allCases {
                    let fast = Normalizer.normalizeUTF8(bytes, toneStyle: style, copyingPlainLines: true)
                    let words = Normalizer.normalizeUTF8(bytes, toneStyle: style, copyingPlainLines: false)
                    #expect(fast == words, "\(style) \(text.prefix(40))")
                }
            }
        }
    }
}
