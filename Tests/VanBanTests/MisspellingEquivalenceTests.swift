import Foundation
import Testing
@testable import VanBan

/// The spelling rule rewritten over word IDs (issue 17, session 5) must report exactly what
/// it reported before (`MisspellingBefore`, the rule as it was on main 12f0f2b): the same
/// findings, in the same order, with the same spans, arguments, severities and fixes.
@Suite("Misspelling: the ID form equals the old one")
struct MisspellingEquivalenceTests {
    /// Both forms' findings on `result`.
    static func both(_ result: VanBan.Result) -> (new: [Diagnostic], old: [Diagnostic]) {
        let document = LintDocument(result)
        var new = Report(rule: Misspelling.self)
        Misspelling.check(document, &new)
        var old = Report(rule: Misspelling.self)
        MisspellingBefore.check(document, &old)
        return (new.diagnostics, old.diagnostics)
    }

    static func expectSame(_ result: VanBan.Result, _ name: String) -> Int {
        let (new, old) = both(result)
        #expect(new.count == old.count, "\(name): \(new.count) findings, before \(old.count)")
        for (k, (a, b)) in zip(new, old).enumerated() where a != b {
            Issue.record("\(name): finding \(k) differs:\n  now    \(a)\n  before \(b)")
            break
        }
        return old.count
    }

    /// Every document of the corpus, the hold-out set and the shared real documents, as
    /// written.
    static var documents: [(name: String, text: String)] {
        var out: [(String, String)] = []
        var folders = [Support.corpus, Support.root.appendingPathComponent("Tests/Holdout")]
        folders.append(URL(fileURLWithPath: "/work/shared/real"))
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
                      let text = String(data: data, encoding: .utf8) else { continue }
                out.append((name, text))
            }
        }
        return out
    }

    @Test func sameFindingsOnEveryDocument() {
        var total = 0
        let docs = Self.documents
        #expect(docs.count >= 25)
        for (name, text) in docs { total += Self.expectSame(Support.process(text), name) }
        #expect(total > 0)
    }

    /// Documents with slips put in on purpose, so that every kind of finding is exercised:
    /// every fifth word replaced by one of its variants (a tone, a vowel mark, a final, *d/đ*)
    /// or a classic confusion (*s/x*, *tr/ch*, *d/gi/r*, *hỏi/ngã*), in the writer's case; a
    /// vowel letter doubled; a syllable dropped; the tone marks in the new style; words in
    /// capitals.
    @Test func sameFindingsOnDocumentsWithSlips() {
        var total = 0
        var kinds = Set<String>()
        for (name, text) in Self.documents.prefix(30) {
            for seed in 0..<3 {
                let mutated = Self.mutate(text, seed: seed)
                let result = Support.process(mutated)
                total += Self.expectSame(result, "\(name)#\(seed)")
                for d in Self.both(result).old { kinds.insert(d.messageKey) }
            }
        }
        #expect(total > 1_000)
        // Every kind of finding but the acronym one (tested by name in SpellingTests).
        for key in ["lexicon", "evidence", "register", "word", "rare", "syllable", "missing"] {
            #expect(kinds.contains(key), "no '\(key)' finding among the mutated documents")
        }
    }

    /// The made-up slips of `SpellingTests` and the tricky spellings around them.
    @Test func sameFindingsOnTrickyLines() {
        let lines = [
            "- Tuyên dương công nhân dỏi nghề năm 2026.", "- Đào tạo lao động giỏi nghề.",
            "- Phấn đấu 3 chiệu người được tiêm phòng.", "- Thu hút 2 triệu người tham gia.",
            "- Kiểm tra việc thu, chi tại các trường; sau đó dáo cho phòng chuyên môn xử lý.",
            "- Đề nghị các cơ quan xem và xửa lại cho đúng.", "- Bố trí cán bộ dữa các phiên họp.",
            "- Triền khai thực hiện Nghị quyết; sử lý vi phạm; giáo giục chính trị.",
            "- TRIỀN KHAI THỰC HIỆN; Sử lý nghiêm; sử lý nghiêm.", "- Luuật, quyêt, nghiã, ngiệm, Lênin, Kơ Nia.",
            "- Báo cáo tình hình kinh tế.", "- Báo cáo tình hình xã hội.", "- Báo cáo tình hình an ninh.",
            "- Báo cáo hình thực hiện nhiệm vụ.", "- Hoà giải, thuỷ lợi, uỷ ban, Uỷ ban nhân dân, hòa giải.",
            "- UBND, HĐND, HĐNDT, QĐi, TU, 212-TB/TU, UBKTTU.", "- chuẩn đoán, quần chóng, nực lượng, trách nghiệm, ngăn chặng.",
            "- sửa đổi sửa đổi sửa đổi sửa đổi sửa đổi sửa đôi.", "- các chỉ tiêu, các chi bộ, các bộ, công chứng.",
        ]
        let text = (["KẾ HOẠCH", "công tác năm 2026", "I. NỘI DUNG"] + lines).joined(separator: "\n")
        _ = Self.expectSame(Support.process(text), "tricky")
        let lower = (["KẾ HOẠCH", "công tác năm 2026"] + lines.map { $0.lowercased() }).joined(separator: "\n")
        _ = Self.expectSame(Support.process(lower), "tricky, lower case")
    }

    /// The slips of every syllable of both tables and of their variants: the candidates now
    /// looked up by their bytes, as before through a String each.
    @Test func slipsOfEverySyllableAreTheOldOnes() {
        let t = RegisterLexicon.tables
        var words = Set((0..<Int32(t.starts.count - 1)).map(RegisterLexicon.syllable))
        let list = RegisterLexicon.listSyllables
        for k in 0..<(list.starts.count - 1) {
            words.insert(String(decoding: list.bytes[Int(list.starts[k])..<Int(list.starts[k + 1] - 1)], as: UTF8.self))
        }
        for w in Array(words).prefix(2_000) { for v in Variants.of(w, finals: true) { words.insert(v) } }
        words.formUnion(["", "a", "ngh", "uyê", "hoà", "thuỷ", "đ", "x𝔸a", "nghiêng", "khuya"])
        var slips = 0
        for w in words {
            let new = Misspelling.spellSlips(w), old = MisspellingBefore.spellSlips(w)
            #expect(new.map(\.id) == old.map(\.id) && new.map(\.evidence) == old.map(\.evidence), "\(w)")
            slips += new.count
        }
        #expect(slips > 10_000)
    }

    /// `isRegisterWord` reads the written words' register count from their numbers and the
    /// folded correction from a cache: the same answer on every two and three words in a row
    /// of four documents, against corrections of their length (the collocations).
    @Test func registerWordAnswersAsBefore() throws {
        let two = Lexicon.collocations.filter { $0.split(separator: " ").count == 2 }.prefix(40)
        let three = Lexicon.collocations.filter { $0.split(separator: " ").count == 3 }.prefix(20)
        var yes = 0
        for name in ["06_hd-45-hdbtctw.txt", "14_nq-03-nqcp-ctr-hanh-dong.txt", "000_3eaa0e434add0cf8.txt", "19_ocr-vbhn-46-bqp-tesseract.txt"] {
            let result = try VanBan.process([UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(name))), name: name)
            for t in LintDocument(result).textLines {
                let key = t.tokens.map { $0.kind == .word ? foldKey($0.lower) : "" }
                for start in key.indices {
                    for (length, corrections) in [(2, Array(two)), (3, Array(three))] where start + length <= key.count {
                        for correct in corrections + [key[start..<(start + length)].joined(separator: " ").uppercased()] {
                            let new = Misspelling.isRegisterWord(key, start, length, correct)
                            #expect(new == MisspellingBefore.isRegisterWord(key, start, length, correct), "\(key[start..<(start + length)]) \(correct)")
                            if new { yes += 1 }
                        }
                    }
                }
            }
        }
        #expect(yes > 100)
    }

    /// `text` with slips put in (deterministic for `seed`).
    static func mutate(_ text: String, seed: Int) -> String {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 12345
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            var k = 0
            while k < words.count {
                let w = words[k]
                let letters = w.unicodeScalars.filter { $0.properties.isAlphabetic }
                if letters.count == w.unicodeScalars.count, !w.isEmpty, next() % 5 == 0 {
                    let lower = w.lowercased()
                    let upperFirst = w.unicodeScalars.first!.properties.isUppercase
                    let allUpper = w.count > 1 && w == w.uppercased()
                    var candidates = Variants.of(lower, finals: true)
                    candidates += Misspelling.confusions(of: lower).map(\.word)
                    switch next() % 9 {
                    case 0 where k + 1 < words.count:
                        words.remove(at: k)   // a syllable dropped
                        continue
                    case 1:
                        var s = Array(lower.unicodeScalars)
                        if let v = s.firstIndex(where: { Alphabet.vowel($0) != nil }) { s.insert(s[v], at: v) }
                        candidates = [String(String.UnicodeScalarView(s))]
                    case 2:
                        var s = Array(lower.unicodeScalars)
                        _ = ToneMarks.apply(.new, to: &s)
                        candidates = [String(String.UnicodeScalarView(s))]
                    default: break
                    }
                    if !candidates.isEmpty {
                        var c = candidates[next() % candidates.count]
                        if allUpper { c = c.uppercased() } else if upperFirst { c = c.prefix(1).uppercased() + c.dropFirst() }
                        words[k] = c
                    }
                }
                k += 1
            }
            out.append(words.joined(separator: " "))
        }
        return out.joined(separator: "\n")
    }
}
