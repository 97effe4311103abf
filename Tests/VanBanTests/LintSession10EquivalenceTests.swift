import Foundation
import Testing
@testable import VanBan

// The old forms of session 10's rewrites in the linter (issue 17), kept as the reference the
// new forms are compared with.

extension TruncatedTerm {
    /// `BodyNames` resolved to the document's word IDs (`FoldedWordIDs`: compared as
    /// `matchesFolded` compares): each token is tested with one array look-up, and a name's
    /// compounds with integer compares (issue 17).
    struct Resolved: NameMatching {
        let f: FoldedWordIDs
        /// Every compound of every name as IDs, name after name (`compoundIndex`): the
        /// compounds of name `n` are `compounds[compoundStart[n]..<compoundStart[n + 1]]`.
        let compounds: [[Int32]]
        let levels: [[Int32]]
        /// For each document ID: true when it is the first word of some name (compared as
        /// `f.key`).
        let isStart: [Bool]
        /// For each document ID (compared as `f.key`): the index of the group of names
        /// starting with it, or -1.
        let startGroup: [Int32]
        /// The names (indexes in `BodyNames.names`, in table order) starting with one word,
        /// group after group: group `g` is `groupNames[groupStart[g]..<groupStart[g + 1]]`.
        let groupNames: [Int32]
        let groupStart: [Int32]
        /// Each name's first compound as IDs, name after name: name `n`'s is
        /// `firstIDs[firstStart[n]..<firstStart[n + 1]]`.
        let firstIDs: [Int32]
        let firstStart: [Int32]
        /// For each name: the ID the token after its first word must be (compared as `f.key`
        /// or as it is), for a name whose first compound has two words or more (its second
        /// word) or that `needsSecond` (its second compound's first word); `anySecond` for the
        /// others. A necessary condition of `firstMatches` and of the `needsSecond` test, read
        /// with one load per name of a group (issue 17: a group such as *Ban …* has dozens).
        let second: [Int32]
        static let anySecond = Int32.min
        /// For each document ID: `mayStart` of it, in one array.
        let startOf: [Bool]

        init(_ document: LintDocument) {
            let f = document.foldedIDs
            self.f = f
            // (Each distinct word looked up once: `compoundIndex`.)
            let compounds = f.ids(TruncatedTerm.compoundIndex)
            self.compounds = compounds
            levels = f.ids(TruncatedTerm.levelIndex)
            let starts = TruncatedTerm.compoundStart
            var firstIDs: [Int32] = [], firstStart: [Int32] = [0]
            firstIDs.reserveCapacity(starts.count * 2)
            firstStart.reserveCapacity(starts.count)
            var second = [Int32](repeating: Self.anySecond, count: starts.count - 1)
            let needsSecond = TruncatedTerm.needsSecond
            var isStart = [Bool](repeating: false, count: document.words.count)
            var startGroup = [Int32](repeating: -1, count: document.words.count)
            var groups: [[Int32]] = []
            for n in 0..<(starts.count - 1) {
                let first = compounds[starts[n]]
                firstIDs.append(contentsOf: first)
                firstStart.append(Int32(firstIDs.count))
                if first.count >= 2 { second[n] = first[1] } else if needsSecond[n] { second[n] = compounds[starts[n] + 1][0] }
                guard first[0] >= 0 else { continue }
                let w = Int(first[0])
                isStart[w] = true
                if startGroup[w] < 0 {
                    startGroup[w] = Int32(groups.count)
                    groups.append([])
                }
                groups[Int(startGroup[w])].append(Int32(n))
            }
            self.isStart = isStart
            self.startGroup = startGroup
            var groupNames: [Int32] = [], groupStart: [Int32] = [0]
            for g in groups {
                groupNames.append(contentsOf: g)
                groupStart.append(Int32(groupNames.count))
            }
            self.groupNames = groupNames
            self.groupStart = groupStart
            self.firstIDs = firstIDs
            self.firstStart = firstStart
            self.second = second
            var startOf = [Bool](repeating: false, count: document.words.count)
            for id in startOf.indices {
                let k = f.key[id]
                startOf[id] = k >= 0 && isStart[Int(k)]
            }
            self.startOf = startOf
        }

        /// True when a name may start at a token with ID `id` (the names are in the old tone
        /// style, `BodyNames`: a token starts one when its key is the first word).
        @inline(__always)
        func mayStart(_ id: Int32) -> Bool {
            let k = f.key[Int(id)]
            return k >= 0 && isStart[Int(k)]
        }

        /// `f.matches(first compound of name n, ids, at: i)`, on the flat list.
        @inline(__always)
        func firstMatches(_ n: Int, _ ids: [Int32], at i: Int) -> Bool {
            let a = Int(firstStart[n]), count = Int(firstStart[n + 1]) - a
            guard i >= 0, i + count <= ids.count else { return false }
            var k = 0
            while k < count {
                let id = ids[i + k], w = firstIDs[a + k]
                if f.key[Int(id)] != w && id != w { return false }
                k += 1
            }
            return true
        }

        /// Name `n`'s compounds as IDs (a slice of `compounds`: its indices are theirs).
        func name(_ n: Int) -> ArraySlice<[Int32]> {
            compounds[TruncatedTerm.compoundStart[n]..<TruncatedTerm.compoundStart[n + 1]]
        }

        // The comparisons `NameMatching` asks for, as the old rule made them on document IDs.
        func group(_ id: Int32) -> Int { Int(startGroup[Int(f.key[Int(id)])]) }
        func isWord(_ id: Int32, _ w: Int32) -> Bool { f.key[Int(id)] == w || id == w }
        func foldsTo(_ id: Int32, _ w: Int32) -> Bool { f.words.folded[Int(id)] == w }
    }

    /// Every compound of `BodyNames.names`, name after name, and the levels, with each word
    /// numbered once: the old per-document resolution's tables.
    static let compoundIndex = FoldedWordIDs.WordIndex(BodyNames.names.flatMap(\.compounds))
    static let levelIndex = FoldedWordIDs.WordIndex(BodyNames.levels)

    /// The old `check`: names resolved to the document's IDs (`Resolved`).
    static func oldCheck(_ document: LintDocument, _ report: inout Report) {
        let r = Resolved(document)
        let lines = document.textLines
        let startOf = r.startOf
        for n in lines.indices {
            let ids = document.ids[n]
            guard RuleWords.anyMarked(ids, startOf) else { continue }
            let t = lines[n]
            var i = t.bodyStart
            while i < t.tokens.count {
                if r.mayStart(ids[i]), let (cut, unique) = truncation(t, ids, r, at: i),
                   !continuesOnNextLine(t, from: i, last: cut.last, replacement: cut.replacement, next: n + 1 < lines.count ? lines[n + 1] : nil) {
                    let last = cut.last
                    let span = t.span(tokens: i, last)
                    let atEnd = (last + 1..<t.tokens.count).allSatisfy { t.tokens[$0].kind != .word && t.isPunct($0, "*") }
                    let fix = span.start.line == span.end.line && !atEnd && unique && cut.certain ? Fix(span: span, replacement: cut.replacement) : nil
                    report.add(cut.key, [cut.written, cut.replacement], at: span, fix: fix, severity: cut.certain ? nil : .info)
                    i = last + 1
                } else {
                    i += 1
                }
            }
        }
    }
}

/// The old forms of `InlineMarkers`' search, `markedWords` and `Linter.lint`.
enum LintSession10OldForms {
    /// The lines holding `vanban-ignore` as the old scan found them: one search per line.
    static func keywordLines(_ source: SourceText) -> [(line: Int, offset: Int)] {
        source.utf8.withUnsafeBufferPointer { bytes in
            (0..<source.lineCount).compactMap { line in
                let range = source.byteRange(ofLine: line)
                return firstKeyword(bytes, range).map { hit in
                    (line, bytes[range.lowerBound..<hit].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 })
                }
            }
        }
    }

    /// The old `InlineMarkers.firstKeyword` (its shift table read as a `static let`).
    static func firstKeyword(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let k = InlineMarkers.keywordBytes, n = k.count
        let last = k[n - 1]
        var i = range.lowerBound
        while i + n <= range.upperBound {
            let c = s[i + n - 1]
            if c == last {
                var m = n - 2
                while m >= 0, s[i + m] == k[m] { m -= 1 }
                if m < 0 { return i }
            }
            i += c < 128 ? Int(InlineMarkers.shifts[Int(c)]) : n
        }
        return nil
    }

    /// The old `LintDocument.markedWords`: the lines walked with `zip`.
    static func markedWords(_ document: LintDocument) -> Int {
        var n = 0
        for (t, id) in zip(document.textLines, document.ids) {
            for k in t.tokens.indices where t.tokens[k].kind == .word && document.words.isMarked[Int(id[k])] { n += 1 }
        }
        return n
    }

    /// The old `Linter.lint`: the owners of the physical lines built first, a rule's ID inserted
    /// at every finding, the catalogue order built per call and a String per finding for the
    /// last de-duplication.
    static func lint(_ result: VanBan.Result, configuration: LintConfiguration = LintConfiguration()) -> [Diagnostic] {
        let document = LintDocument(result)
        let silenced = document.markers
        let logical = result.layout.physicalLineOwners(count: max(result.source.lineCount, 1))
        var all: [Diagnostic] = []
        var unconfigured = Set<String>()
        for rule in Linter.rules {
            if Deadline.expired { break }
            guard let severity = configuration.severity(of: rule) else { continue }
            let configured = configuration.overrides[rule.id] != nil
            var report = Report(rule: rule)
            rule.check(document, &report)
            var perLine: [Int: Int] = [:]
            for var d in report.diagnostics {
                if silenced.silences(d.ruleID, line: d.span.start.line) { continue }
                let index = d.span.start.line - 1
                let key = index >= 0 && index < logical.count ? Int(logical[index]) : index
                perLine[key, default: 0] += 1
                if perLine[key]! > Linter.maxPerRuleAndLine { continue }
                if configured { d.severity = severity } else { unconfigured.insert(rule.id) }
                all.append(d)
            }
        }
        let misread = all.count { $0.ruleID == Misspelling.id }
        if document.looksLikeOCR(misreadings: misread) {
            for k in all.indices where Linter.ocrSensitive.contains(all[k].ruleID) && unconfigured.contains(all[k].ruleID) {
                all[k].severity = min(all[k].severity, .info)
            }
        }
        all.sort { a, b in
            a.span.start != b.span.start ? a.span.start < b.span.start : a.ruleID < b.ruleID
        }
        let order = Dictionary(uniqueKeysWithValues: Linter.rules.enumerated().map { ($1.id, $0) })
        var best: [SourceSpan: String] = [:]
        for d in all where best[d.span].map({ order[$0, default: 0] > order[d.ruleID, default: 0] }) ?? true { best[d.span] = d.ruleID }
        var seen = Set<String>()
        return all.filter { best[$0.span] == $0.ruleID && seen.insert("\($0.ruleID)@\($0.span)#\($0.messageKey)").inserted }
    }
}

extension LintSession10OldForms {
    /// The old `ToneStyleMixed.forEachTonedWord`: the scalar offset kept at every byte.
    static func forEachTonedWord(_ line: ToneStyleMixed.UTF8Line, _ body: (UnsafeBufferPointer<Unicode.Scalar>, Range<Int>) -> Void) {
        let table = Alphabet.infoTable
        let n = line.count, base = line.base
        var i = 0        // byte position
        var k = 0        // scalar offset of byte `i`
        var word: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) = (" ", " ", " ", " ", " ")
        while i < n {
            // Below U+00C0 (ASCII, continuation bytes, lead bytes C0–C2) no scalar is a toned
            // vowel: one scalar for every byte that is not a continuation byte. Eight bytes
            // are read at once and passed over up to the first lead byte of U+00C0 or above
            // (`0b11xxxxxx`), counting the scalars that start in them (the bytes that are not
            // `0b10xxxxxx`): the byte-at-a-time walk over a Vietnamese line, with a non-ASCII
            // letter every few bytes, was most of the rule's cost (issue 17).
            if i + 8 <= n {
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let high = x & 0x8080_8080_8080_8080
                if high == 0 { i += 8; k += 8; continue }
                let six = (x << 1) & 0x8080_8080_8080_8080      // bit 6 of each byte, at bit 7
                let lead = high & six                          // bytes 0b11xxxxxx
                let continuation = high & ~six                 // bytes 0b10xxxxxx
                if lead == 0 { i += 8; k += 8 - ToneStyleMixed.markedBytes(continuation); continue }
                let j = lead.trailingZeroBitCount >> 3         // the first lead byte (little-endian)
                if j > 0 {
                    i += j
                    k += j - ToneStyleMixed.markedBytes(continuation & ((1 &<< UInt64(j &* 8)) &- 1))
                }
            }
            let b = base[i]
            if b < 0xC3 {
                if b & 0xC0 != 0x80 { k += 1 }
                i += 1
                continue
            }
            let (s, length) = line.scalar(at: i)
            let v = s.value
            guard v < 0x1F00, case let packed = table[Int(v)], packed & 0xF0 != 0 else { i += length; k += 1; continue }
            // `ToneMarks.pair`: the partner after an o/u, before an a/e/y.
            let vowelBase = Int(packed & 0xF) - 1
            var endByte = 0, endScalar = 0
            switch vowelBase {
            case Alphabet.Base.o, Alphabet.Base.u:
                guard i + length < n else { i += length; k += 1; continue }
                let nextByte = base[i + length]
                if nextByte < 0x80 {
                    // (An ASCII partner is `a`, `e` or `y` in either case: no decoding.)
                    let l = nextByte | 0x20
                    guard vowelBase == Alphabet.Base.o ? (l == 0x61 || l == 0x65) : l == 0x79 else { i += length; k += 1; continue }
                    endByte = i + length + 1
                } else {
                    guard case let (next, nextLength) = line.scalar(at: i + length),
                          let partner = Alphabet.vowel(next, table),
                          vowelBase == Alphabet.Base.o ? (partner.base == Alphabet.Base.a || partner.base == Alphabet.Base.e)
                                                       : partner.base == Alphabet.Base.y
                    else { i += length; k += 1; continue }
                    endByte = i + length + nextLength
                }
                endScalar = k + 2
            case Alphabet.Base.a, Alphabet.Base.e, Alphabet.Base.y:
                guard i > 0 else { i += length; k += 1; continue }
                let want = vowelBase == Alphabet.Base.y ? Alphabet.Base.u : Alphabet.Base.o
                let previousByte = base[i - 1]
                if previousByte < 0x80 {
                    // (An ASCII partner is `o` or `u` in either case.)
                    guard previousByte | 0x20 == (want == Alphabet.Base.u ? 0x75 : 0x6F) else { i += length; k += 1; continue }
                } else {
                    guard let partner = Alphabet.vowel(line.scalar(at: line.previous(i)).0, table), partner.base == want
                    else { i += length; k += 1; continue }
                }
                endByte = i + length
                endScalar = k + 1
            default:
                i += length
                k += 1
                continue
            }
            // The word ends at the pair: nothing more if a letter follows.
            guard endByte == n || !Alphabet.isLetter(line.scalar(at: endByte).0) else {
                i = endByte
                k = endScalar
                continue
            }
            // Its start: back over letters, at most five scalars in all.
            var loByte = line.previous(line.previous(endByte))
            var loScalar = endScalar - 2
            while loByte > 0, endScalar - loScalar <= 5 {
                let before = line.previous(loByte)
                guard Alphabet.isLetter(line.scalar(at: before).0) else { break }
                loByte = before
                loScalar -= 1
            }
            if endScalar - loScalar <= 5 && (loByte == 0 || !Alphabet.isLetter(line.scalar(at: line.previous(loByte)).0)) {
                withUnsafeMutablePointer(to: &word) { tuple in
                    tuple.withMemoryRebound(to: Unicode.Scalar.self, capacity: 5) { p in
                        var j = loByte, w = 0
                        while j < endByte {
                            let (c, l) = line.scalar(at: j)
                            p[w] = c
                            w += 1
                            j += l
                        }
                        body(UnsafeBufferPointer(start: p, count: w), loScalar..<endScalar)
                    }
                }
            }
            i = endByte
            k = endScalar
        }
    }
}

/// Session 10 of issue 17, the linter part: `LintDocument`'s build, `Linter.lint` and
/// `truncated-term` rewritten for speed must give what their old forms gave.
@Suite("Lint session 10 equivalence")
struct LintSession10EquivalenceTests {
    /// Every document of the corpus, the hold-out set, the real documents and the seeds, as
    /// written, decomposed (NFD) and in capitals.
    static let texts: [(name: String, text: String)] = {
        var out: [(String, String)] = []
        for (name, text) in RulesSession9EquivalenceTests.documents {
            out.append((name, text))
            out.append((name + " NFD", text.decomposedStringWithCanonicalMapping))
            out.append((name + " upper", text.uppercased()))
        }
        return out
    }()

    /// The texts processed, with the tricky texts of the rule gates and random lines of the
    /// rules' words.
    static let results: [(name: String, result: VanBan.Result)] = {
        var out = texts.map { ($0.name, Support.process($0.text)) }
        for (name, text) in (try? RuleGateTests.texts()) ?? [] { out.append((name, Support.process(text))) }
        var random = ""
        for (n, line) in RulesSession9EquivalenceTests.randomLines(count: 600, seed: 10).enumerated() { random += (n % 7 == 0 ? "\n| " : "\n") + line }
        out.append(("random", Support.process(random)))
        return out
    }()

    /// `InlineMarkers.keywordLines` (one search over the text) finds the lines and offsets the
    /// search per line found: on every text, and on random texts with markers anywhere (twice
    /// on a line, at its ends, split by a break, after multi-byte scalars, CR, LF and CRLF).
    @Test func markerLinesAsTheSearchPerLine() {
        var state: UInt64 = 10
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        let pieces = ["vanban-ignore", "vanban-ignore", "vanban-ignor", "anban-ignore", "vanban-ignore-next-line: spacing", "x", "đ", "ồ", "😀",
                      " ", "\n", "\r", "\r\n", "\n\n", "e", "-ignore", "vanban", "vanban-\nignore", "vanban-ignorevanban-ignore", "ảnh"]
        var texts = Self.texts.map(\.text)
        for _ in 0..<3000 {
            var s = ""
            for _ in 0..<(next() % 30) { s += pieces[next() % pieces.count] }
            texts.append(s)
        }
        var found = 0
        for text in texts {
            let source = SourceText(name: "t", text: text)
            let old = LintSession10OldForms.keywordLines(source), new = InlineMarkers.keywordLines(source)
            #expect(old.map(\.line) == new.map(\.line) && old.map(\.offset) == new.map(\.offset), "\(text.prefix(80))")
            found += old.count
        }
        #expect(found > 1000)
    }

    /// `markedWords` (counted when the document is built) is the count over the lines.
    @Test func markedWordsAsCountedOverTheLines() {
        var total = 0
        for (name, result) in Self.results {
            let document = LintDocument(result)
            let old = LintSession10OldForms.markedWords(document)
            #expect(document.markedWords == old, "\(name)")
            total += old
        }
        #expect(total > 100_000)
    }

    /// `truncated-term` on the table's numbers (`Names`) reports what it reported on the
    /// names resolved to the document's IDs (`Resolved`), and a name may start at the same IDs.
    @Test func truncatedTermOnTheTableNumbers() {
        var findings = 0
        for (name, result) in Self.results {
            let document = LintDocument(result)
            var old = Report(rule: TruncatedTerm.self), new = Report(rule: TruncatedTerm.self)
            TruncatedTerm.oldCheck(document, &old)
            TruncatedTerm.check(document, &new)
            #expect(old.diagnostics == new.diagnostics, "\(name)")
            findings += old.diagnostics.count
            let r = TruncatedTerm.Resolved(document), names = TruncatedTerm.Names(document)
            for id in 0..<Int32(document.words.count) where r.mayStart(id) != names.mayStart(id) {
                Issue.record("\(name): \(document.words.text[Int(id)]) may start \(r.mayStart(id)), \(names.mayStart(id))")
            }
        }
        #expect(findings > 50)
    }

    /// `Linter.lint` gives the findings of its old form, with and without a configuration.
    @Test func lintAsTheOldLinter() {
        var configured = LintConfiguration()
        configured.overrides[RepeatedWord.id] = .error
        configured.overrides[Misspelling.id] = .some(nil)
        var findings = 0
        for (name, result) in Self.results {
            for configuration in [LintConfiguration(), configured] {
                let old = LintSession10OldForms.lint(result, configuration: configuration)
                #expect(Linter.lint(result, configuration: configuration) == old, "\(name)")
                findings += old.count
            }
        }
        #expect(findings > 5000)
    }

    /// `ToneStyleMixed.forEachTonedWord` counts scalar offsets only at the words it finds: it
    /// finds the words, with their scalar ranges, that the walk keeping the offset found, on
    /// every text and on random lines after prefixes of every length and width.
    @Test func tonedWordsAsTheWalkKeepingOffsets() {
        func words(_ source: SourceText, old: Bool) -> [String] {
            var out: [String] = []
            source.utf8.withUnsafeBufferPointer { text in
                for index in 0..<source.lineCount {
                    let r = source.byteRange(ofLine: index)
                    guard !r.isEmpty else { continue }
                    let line = ToneStyleMixed.UTF8Line(base: text.baseAddress! + r.lowerBound, count: r.count)
                    let body: (UnsafeBufferPointer<Unicode.Scalar>, Range<Int>) -> Void = { word, range in
                        out.append("\(index):\(range):" + String(String.UnicodeScalarView(Array(word))))
                    }
                    if old { LintSession10OldForms.forEachTonedWord(line, body) } else { ToneStyleMixed.forEachTonedWord(line, body) }
                }
            }
            return out
        }
        var found = 0
        let random = RulesSession9EquivalenceTests.randomTexts(count: 3000, seed: 10).map { ("random", $0) }
        for (name, text) in Self.texts + random {
            for prefix in ["", "x", "xy", "xyz", "ab cd", "đ", "ồ", "😀", "hoà "] {
                let source = SourceText(name: name, text: prefix + text)
                let old = words(source, old: true)
                #expect(words(source, old: false) == old, "\(name) after '\(prefix)'")
                found += old.count
            }
        }
        #expect(found > 10000)
    }
}
