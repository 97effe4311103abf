import Foundation
import Testing
@testable import VanBan

/// The ninth session's rule gates and one-pass rewrites (issue 17): each against its old form,
/// kept in the rule, on every document of the corpus, the hold-out, the real and seed
/// documents, those texts in capitals and decomposed (NFD), tricky text and random lines.
@Suite("Lint: gates on IDs and one-pass rewrites, against the old forms")
struct LintDocLinesTests {
    /// Random lines of the words and signs year positions, counts and periods are made of.
    static func random(seed: UInt64, lines: Int = 3000) -> String {
        let alphabet = ["năm", "Năm", "NĂM", "tháng", "Tháng", "ngày", "quý", "II", "/", "/", "-", ":", "(", ")", ",", ";", ".",
                        "2026", "2O26", "20230", "226", "1999", "l999", "12", "3", "6", "9", "31", "05", "mỗi", "hằng", "hàng",
                        "bình", "quân", "trung", "gồm", "bao", "và", "đảng", "viên", "học", "đầu", "cuối", "thường", "xuyên",
                        "na\u{306}m", "2100", "1000", "999999", "12345",
                        // Year positions after a slash, good and bad.
                        "tháng 3/226", "tháng 12/2O26", "ngày 5/3/20230", "ngày 31/12/2026", "5/3/1O26", "tháng 7/12345"]
        var random = SeededRandom(seed: seed)
        var out: [String] = ["KẾ HOẠCH", "I. MỤC ĐÍCH"]
        for k in 0..<lines {
            let count = Int(random.next() % 24) + 1
            var words: [String] = []
            for _ in 0..<count {
                let w = alphabet[Int(random.next() % UInt64(alphabet.count))]
                // (Sometimes glued to the word before: `3/2026`, `năm2026`.)
                if random.next() % 3 == 0, let last = words.popLast() { words.append(last + w) } else { words.append(w) }
            }
            out.append((k % 4 == 0 ? "\(k % 9 + 1). " : "") + words.joined(separator: " "))
        }
        return out.joined(separator: "\n")
    }

    /// Every document (also in capitals and decomposed), the gate tests' tricky texts and
    /// random lines.
    static func texts() throws -> [(String, String)] {
        let base = try RuleGateTests.texts()
        var all = base
        for (name, text) in base {
            all.append((name + " upper", text.uppercased()))
            all.append((name + " nfd", text.decomposedStringWithCanonicalMapping))
        }
        all.append(("random", random(seed: 17)))
        all.append(("random 2", random(seed: 29)))
        return all
    }

    static let documents: [(String, LintDocument)] = {
        ((try? texts()) ?? []).map { ($0.0, LintDocument(VanBan.process(text: $0.1, name: $0.0))) }
    }()

    /// The findings of `check` on `document`.
    static func run(_ rule: any Rule.Type, _ document: LintDocument, _ check: (LintDocument, inout Report) -> Void) -> [Diagnostic] {
        var report = Report(rule: rule)
        check(document, &report)
        return report.diagnostics
    }

    /// Compares a rule's check with its old form on every text; returns the findings counted.
    static func compare(_ rule: any Rule.Type, new: (LintDocument, inout Report) -> Void,
                        old: (LintDocument, inout Report) -> Void) -> Int {
        var found = 0
        for (name, document) in documents {
            let a = run(rule, document, new), b = run(rule, document, old)
            #expect(a == b, "\(rule.id) \(name): \(a.count) against \(b.count)")
            found += b.count
        }
        return found
    }

    @Test func malformedYearReadsOnlyTokensAfterNamOrSlash() {
        let found = Self.compare(MalformedYear.self, new: MalformedYear.check, old: MalformedYear.checkEveryToken)
        #expect(found > 200, "\(found)")
    }

    @Test func countMismatchReadsOnlyLinesWithASeparator() {
        let found = Self.compare(CountMismatch.self, new: CountMismatch.check, old: CountMismatch.checkEveryLine)
        #expect(found > 20, "\(found)")
    }

    /// `PeriodExtractor.located` opening a word by its interner ID finds what the test on its
    /// first letters found, on every line of every document (all of `lines`, whole and after
    /// the marker, with and without a scope's year) and on random lines.
    @Test func periodOpenersByIDAreTheLetterTest() {
        var found = 0, lines = 0
        func same(_ a: [(period: Period, tokens: Range<Int>)], _ b: [(period: Period, tokens: Range<Int>)]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { $0.period == $1.period && $0.tokens == $1.tokens }
        }
        for (name, document) in Self.documents {
            for t in document.lines.map(\.tokens) + document.textLines {
                for year in [nil, 2026] {
                    let e = PeriodExtractor(line: t, scopeYear: year)
                    let old = e.locatedByLetters(), all = e.locatedByLetters(in: 0..<t.tokens.count)
                    #expect(same(e.located(), old), "\(name) \(t.line.firstLine)")
                    #expect(same(e.located(in: 0..<t.tokens.count), all), "\(name) \(t.line.firstLine)")
                    found += old.count
                    lines += 1
                }
            }
        }
        #expect(found > 20_000 && lines > 50_000, "\(found) \(lines)")
    }

    @Test func recurringYearDriftReadsOnlyLinesNamingAYear() {
        let found = Self.compare(RecurringYearDrift.self, new: RecurringYearDrift.check, old: { RecurringYearDrift.check($0, &$1, gated: false) })
        #expect(found > 0, "\(found)")
    }

    /// `RepeatedWord.doubledOnPurpose`, reading once per ID what depends on the word alone, is
    /// `reduplicated.contains(lower) || isReduplicative`, at every pair of equal adjacent words
    /// of every document and of random lines of doubled words (reduplicatives of the word list,
    /// of `reduplicated`, frequent syllables, words of neither; both tone styles, capitals).
    @Test func doubledOnPurposeIsTheStringTests() {
        let alphabet = ["song", "Song", "chung", "là", "dần", "người", "đa", "dạng", "thanh", "niên", "nhất", "trí", "thống",
                        "hoà", "hòa", "bình", "uỷ", "ủy", "ban", "trùng", "sáng", "nhà", "nước", "xã", "SONG", "1", ","]
        var random = SeededRandom(seed: 41)
        var lines: [String] = ["KẾ HOẠCH"]
        for _ in 0..<3000 {
            let count = Int(random.next() % 8) + 1
            var words: [String] = []
            for _ in 0..<count {
                let w = alphabet[Int(random.next() % UInt64(alphabet.count))]
                words.append(w)
                if random.next() % 2 == 0 { words.append(random.next() % 3 == 0 ? w.uppercased() : w) }
            }
            lines.append(words.joined(separator: " "))
        }
        var documents = Self.documents
        documents.append(("doubled", LintDocument(VanBan.process(text: lines.joined(separator: "\n"), name: "doubled"))))
        var pairs = 0, onPurpose = 0
        for (name, document) in documents {
            var known = [Int8](repeating: 0, count: document.words.count)
            for (t, id) in zip(document.textLines, document.ids) where t.tokens.count > 1 {
                for i in 0..<(t.tokens.count - 1) where t.isWord(i) && t.isWord(i + 1) && id[i] == id[i + 1] {
                    let old = RepeatedWord.reduplicated.contains(t.tokens[i].lower) || RepeatedWord.isReduplicative(t, i, i + 1)
                    #expect(RepeatedWord.doubledOnPurpose(t, id, i, i + 1, &known) == old, "\(name) \(t.line.firstLine) \(i)")
                    pairs += 1
                    if old { onPurpose += 1 }
                }
            }
        }
        #expect(pairs > 2000 && onPurpose > 200 && pairs - onPurpose > 200, "\(pairs) \(onPurpose)")
    }

    /// `NumberingSequences.visit` with its sequences in a list finds the events the dictionary
    /// found, on every document and on random numbered lists (repeats, gaps, restarts, jumps,
    /// mixed styles and prefixes).
    @Test func numberingSequencesInAListAreTheDictionary() {
        func describe(_ events: [NumberingSequences.Event]) -> [String] {
            events.map { e in
                switch e {
                case let .gap(line, previous, value): return "gap \(line.line.span(0..<1)) \(line.tokens.count) \(previous) \(value)"
                case let .duplicate(line, value, first): return "dup \(line.line.span(0..<1)) \(value) \(first.line.span(0..<1))"
                }
            }
        }
        let markers = ["I.", "II.", "III.", "V.", "1.", "2.", "3.", "4.", "9.", "1.1.", "1.2.", "2.1.", "2.3.", "a)", "b)", "d)",
                       "(1)", "(2)", "(4)", "1)", "3)", "A.", "B.", "D.", "-", "+"]
        var random = SeededRandom(seed: 53)
        var lines = ["KẾ HOẠCH"]
        for _ in 0..<3000 {
            lines.append(markers[Int(random.next() % UInt64(markers.count))] + " Nội dung công việc")
        }
        var documents = Self.documents
        documents.append(("numbered", LintDocument(VanBan.process(text: lines.joined(separator: "\n"), name: "numbered"))))
        var found = 0
        for (name, document) in documents {
            var new: [NumberingSequences.Event] = [], old: [NumberingSequences.Event] = []
            NumberingSequences.visit(document.parsed.body, &new)
            NumberingSequences.visitByDictionary(document.parsed.body, &old)
            #expect(describe(new) == describe(old), "\(name)")
            found += old.count
        }
        #expect(found > 500, "\(found)")
    }

    /// `DuplicateSentence.signatures`, in one pass, gives the signatures of `clauses` on every
    /// text line of every document and of random lines (brackets, numbers around `.`, commas).
    @Test func clauseSignaturesInOnePassAreTheClauses() {
        var clauses = 0
        for (name, document) in Self.documents {
            let folded = document.words.folded
            for (t, id) in zip(document.textLines, document.ids) {
                let old = DuplicateSentence.clauses(t).map {
                    DuplicateSentence.signature(count: $0.words.count, first: folded[Int(id[$0.words.first!])], last: folded[Int(id[$0.words.last!])])
                }
                var new: [UInt64] = []
                DuplicateSentence.signatures(t, id, folded, &new)
                #expect(new == old, "\(name) \(t.line.firstLine)")
                clauses += old.count
            }
        }
        #expect(clauses > 10_000, "\(clauses)")
    }

    /// `LintDocument.mayHoldPeriodByWord`, on the tokens' interner IDs, is the byte test
    /// `mayHoldPeriod` on every line of every document (whole and after the marker).
    @Test func mayHoldPeriodByWordIsTheByteTest() {
        var held = 0, lines = 0
        for (name, document) in Self.documents {
            for t in document.lines.map(\.tokens) + document.textLines {
                let old = LintDocument.mayHoldPeriod(t)
                #expect(LintDocument.mayHoldPeriodByWord(t.tokens, from: t.bodyStart) == old, "\(name) \(t.line.firstLine)")
                if old { held += 1 }
                lines += 1
            }
        }
        #expect(held > 5_000 && lines - held > 5_000, "\(held) \(lines)")
    }
}
