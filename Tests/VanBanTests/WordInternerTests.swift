import Foundation
import Synchronization
import Testing
@testable import VanBan

/// The process-wide word interner (issue 17, sixth session): a token is 12 bytes with its
/// lower-case text as an interner ID; IDs agree across threads; a lint document's own
/// numbering is what it was when tokens held their strings.
@Suite("Lexing: one interner of words for the process")
struct WordInternerTests {
    @Test func tokenIsEightBytes() {
        // (12 bytes in the sixth session; 8 since the eighth: `TokenStorageTests`.)
        #expect(MemoryLayout<Token>.size == 8)
        #expect(MemoryLayout<Token>.stride == 8)
    }

    @Test func asciiScalarsArePreInterned() {
        let interner = WordInterner.shared
        for v in 0..<128 {
            let text = String(Unicode.Scalar(UInt8(v)))
            #expect(interner.string(UInt32(v)) == text)
            #expect(interner.intern(text) == UInt32(v))
            #expect(Array(interner.utf8(UInt32(v))) == Array(text.utf8))
        }
    }

    @Test func textsRoundTripAndDistinctTextsGetDistinctIDs() {
        let interner = WordInterner.shared
        // Same first bytes, same length, decomposed marks (other scalars: another text),
        // an empty text, a long word, non-BMP scalars.
        let words = ["hoà", "hòa", "hoa\u{300}", "abcdefghij", "abcdefghik", "", "k", "người",
                     String(repeating: "nghiêng", count: 40), "𝔸𝔹", "≥", "«"]
        let ids = words.map { interner.intern($0) }
        #expect(Set(ids).count == words.count)
        for (w, id) in zip(words, ids) {
            #expect(interner.string(id) == w)
            #expect(Array(interner.utf8(id)) == Array(w.utf8))
            #expect(interner.utf8Count(id) == w.utf8.count)
            #expect(interner.intern(w) == id)
        }
        var t = Token(kind: .word, range: 0..<3, lower: "hoà", spaceBefore: false)
        #expect(t.word == ids[0] && t.lower == "hoà")
        t.lower = "hòa"
        #expect(t.word == ids[1] && t.lower == "hòa" && t.range == 0..<3)
    }

    /// Eight threads intern the same words (new to the interner) in different orders at once:
    /// every thread gets the same ID for a word, and the ID's string is the word.
    @Test func threadsAgreeOnIDs() {
        let nonce = UUID().uuidString.prefix(8)
        let words = (0..<6000).map { "từ\(nonce)\($0 % 3 == 0 ? "ầ" : "")\($0)" }
        let threads = 8
        let results = Mutex<[[String: UInt32]]>([])
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            var mine: [String: UInt32] = [:]
            // Each thread its own order: forward, backward, strided.
            for k in 0..<words.count {
                let w = words[t % 2 == 0 ? (k * (t + 1)) % words.count : words.count - 1 - k]
                let id = WordInterner.shared.intern(w)
                if let old = mine[w] { if old != id { mine[w] = UInt32.max } } else { mine[w] = id }
                // Read back at once, without the lock: the entry is there.
                if WordInterner.shared.string(id) != w { mine[w] = UInt32.max }
            }
            results.withLock { $0.append(mine) }
        }
        let all = results.withLock { $0 }
        #expect(all.count == threads)
        let reference = all[0]
        #expect(Set(reference.values).count == Set(reference.keys).count)
        for map in all {
            for (w, id) in map {
                #expect(id != UInt32.max && id == reference[w], "\(w)")
            }
        }
        for w in words { #expect(WordInterner.shared.string(reference[w] ?? 0) == w) }
    }

    /// Documents lexed on several threads at once get the tokens they get alone.
    @Test func documentsLexedInParallelAgree() throws {
        let names = Array(Support.corpusFiles.prefix(8))
        let texts = try names.map { String(decoding: try Data(contentsOf: Support.corpus.appendingPathComponent($0)), as: UTF8.self) }
        let layouts = texts.enumerated().map { VanBan.process(text: $1, name: names[$0]).layout.lines }
        let lowers = Mutex<[Int: [[String]]]>([:])
        DispatchQueue.concurrentPerform(iterations: layouts.count * 2) { k in
            let lines = Lexer.tokenize(layouts[k % layouts.count])
            let l = lines.map { $0.tokens.map(\.lower) }
            lowers.withLock { $0[k] = l }
        }
        let got = lowers.withLock { $0 }
        for k in 0..<layouts.count {
            // The reference: each token's text lower-cased from its scalars.
            let expected = Lexer.tokenize(layouts[k]).map { t in t.tokens.map { tok in
                tok.kind == .punct ? String(scalars: t.line.scalars[tok.range]) : String(scalars: t.line.scalars[tok.range], lowercased: true)
            } }
            #expect(got[k] == expected, "\(names[k])")
            #expect(got[k + layouts.count] == expected, "\(names[k])")
        }
    }

    /// The lint document's numbering (by interner ID) equals a plain numbering by text in
    /// token order, kept here as the reference, on every corpus document and tricky text.
    @Test func documentIDsAreTheNumberingByText() throws {
        var results: [(String, VanBan.Result)] = [("tricky", VanBan.process(text: LintDocumentIDTests.tricky, name: "t.txt"))]
        for name in Support.corpusFiles {
            results.append((name, try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)))
        }
        var checked = 0
        for (name, result) in results {
            let document = LintDocument(result)
            // Keyed by bytes (a String key compares canonically: decomposed = composed).
            var number: [[UInt8]: Int32] = [:]
            var texts: [String] = []
            var reference: [[Int32]] = []
            for line in document.textLines {
                reference.append(line.tokens.map { token in
                    // The text from the token's scalars, not from the interner.
                    let scalars = line.line.scalars[token.range]
                    let text = token.kind == .punct ? String(scalars: scalars) : String(scalars: scalars, lowercased: true)
                    // The lexer's ID (hashed as it lowers) is the interner's for the text.
                    #expect(WordInterner.shared.intern(text) == token.word, "\(name) \(text)")
                    let bytes = Array(text.utf8)
                    if let id = number[bytes] { return id }
                    number[bytes] = Int32(texts.count)
                    texts.append(text)
                    return Int32(texts.count - 1)
                })
            }
            #expect(document.ids == reference, "\(name)")
            #expect(document.words.count >= texts.count)
            #expect(Array(document.words.text.prefix(texts.count)).map { Array($0.utf8) } == texts.map { Array($0.utf8) }, "\(name)")
            checked += 1
        }
        #expect(checked == Support.corpusFiles.count + 1)
    }

    /// The interner-ID → document-ID table against a dictionary, on random keys (a document's
    /// own words get consecutive interner IDs, which the multiplicative hash spreads evenly:
    /// random keys make the probe chains a wrong comparison would stop in).
    @Test func globalWordIDsAgreeWithADictionary() {
        var generator = SystemRandomNumberGenerator()
        let table = GlobalWordIDs(capacity: 4)
        var reference: [UInt32: Int32] = [:]
        for k in 0..<30_000 {
            let key = UInt32.random(in: 0...UInt32.max, using: &generator)
            let slot = table.find(key)
            if let id = reference[key] {
                #expect(table.id(at: slot) == id)
            } else {
                #expect(table.id(at: slot) == -1)
                table.insert(key, Int32(k), at: slot)
                reference[key] = Int32(k)
            }
        }
        for (key, id) in reference { #expect(table.id(key) == id) }
        for _ in 0..<30_000 {
            let key = UInt32.random(in: 0...UInt32.max, using: &generator)
            #expect(table.id(key) == reference[key])
        }
    }

    /// A word table's map from interner IDs holds every text of the table and no other: the
    /// look-up by interner ID answers as the look-up by text (kept here as the reference), for
    /// the document's words, the table words of `TruncatedTerm` and absent words; a copy that
    /// numbers more words leaves the original's map as it was.
    @Test func lookUpByInternerIDIsLookUpByText() throws {
        var results: [(String, VanBan.Result)] = [("tricky", VanBan.process(text: LintDocumentIDTests.tricky, name: "t.txt"))]
        for name in Support.corpusFiles {
            results.append((name, try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)))
        }
        let absent = ["không-có-trong-văn-bản-\(UUID().uuidString)", "qqqq-\(UUID().uuidString)"]
        for (name, result) in results {
            let document = LintDocument(result)
            let words = document.words
            for (k, text) in words.text.enumerated() {
                #expect(words.id(global: WordInterner.shared.intern(text)) == Int32(k), "\(name) \(text)")
            }
            for w in absent + TruncatedTerm.compoundIndex.words + TruncatedTerm.levelIndex.words {
                #expect(words.id(global: WordInterner.shared.intern(w)) == words.id(w), "\(name) \(w)")
            }
            // The index resolved by interner ID, and by text as before.
            let f = FoldedWordIDs(words)
            for index in [TruncatedTerm.compoundIndex, TruncatedTerm.levelIndex] {
                #expect(f.ids(index) == index.phrases.map { $0.map { f.id(index.words[$0]) } }, "\(name)")
            }
            // Appendix lines: each token's ID by interner ID, and by its text as before.
            for k in document.lines.indices where document.ids(ofLine: k) == nil {
                let byText = document.lines[k].tokens.tokens.map { words.id($0.lower) ?? Int32(words.count) }
                #expect(FoldedWordIDs.lineIDs(document, k) == byText, "\(name) line \(k)")
            }
            // A copy numbering a new word: the original does not learn it.
            var copy = words
            let new = copy.intern(absent[0])
            #expect(copy.id(global: WordInterner.shared.intern(absent[0])) == new)
            #expect(words.id(global: WordInterner.shared.intern(absent[0])) == nil)
            #expect(copy.id(global: WordInterner.shared.intern(absent[1])) == nil)
        }
    }

    /// The interner's folded form of every token is `foldLower` of its text, and a document's
    /// folded IDs (read from the interner) are those of the fold by text, kept here as the
    /// reference: each marked text's `foldedIfChanged` looked up by text.
    @Test func foldedIsFoldLower() throws {
        var results: [(String, VanBan.Result)] = [("tricky", VanBan.process(text: LintDocumentIDTests.tricky + "\nhoà hoả thuỷ khoẻ Hoà HOÀ oà uỳ quý quỳ", name: "t.txt"))]
        for name in Support.corpusFiles {
            results.append((name, try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)))
        }
        var changed = 0
        for (name, result) in results {
            let document = LintDocument(result)
            let words = document.words
            for t in document.textLines {
                for token in t.tokens {
                    let f = WordInterner.shared.string(token.folded)
                    #expect(f == foldLower(token.lower), "\(name) \(token.lower)")
                    if token.folded != token.word { changed += 1 }
                }
            }
            for k in 0..<words.count {
                let expected: Int32
                if words.isMarked[k], let f = foldedIfChanged(words.text[k]) { expected = words.id(f) ?? -1 } else { expected = Int32(k) }
                #expect(words.folded[k] == expected, "\(name) \(words.text[k])")
            }
        }
        #expect(changed > 5)
    }
}
