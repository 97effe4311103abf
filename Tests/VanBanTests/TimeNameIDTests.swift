import Foundation
import Testing
@testable import VanBan

/// The time and name rules over word IDs (issue 17): each integer comparison they now make must
/// say what the String comparison it replaced said, on real documents and on tricky text (tone
/// styles, capitals, a fold that changes a word's byte length, abbreviations).
@Suite("Lint: time and name rules on word IDs")
struct TimeNameIDTests {
    /// A programme with what the comparisons must tell apart: *Thuỳ*/*thùy* (the fold changes
    /// the length), *Uỷ*/*Ủy*, capitals, *UBND*/*Ủy ban nhân dân*, *CT-XH*, a cut name, an
    /// appendix table.
    static let tricky = programme("""
        I. NHIỆM VỤ
        1. Tháng 1/2026
        - Ủy ban nhân dân phường, UBND phường, Uỷ ban nhân dân phường, ỦY BAN NHÂN DÂN phường (Văn phòng Đảng ủy, VPĐU, Văn phòng Đảng uỷ chủ trì chuẩn bị).
        - Ban Thường vũ Đảng ủy, Ban Thường Đảng ủy, BAN THƯỜNG VỤ ĐẢNG UỶ, Thuỳ thùy THUỲ Hoà hòa hoà bình phương hướng năm 2027, tổng kết năm 2025.
        - Các tổ chức CT-XH, chính trị - xã hội, Hội Liên hợp Phụ nữ phường, Ủy ban nhân, Ủy ban Mặt trận Tổ quốc phường (MTTQ, UBMTTQ, Mặt trận Tổ quốc chuẩn bị).
        - Cơ quan chuẩn bị, phối hợp: UBND phường, Ủy ban nhân dân phường, Công an phường.
        """)

    /// The same in the new tone style, which the normaliser keeps when most words are written
    /// so: there *thuỳ* (6 bytes) folds to *thùy* (5 bytes), which `matchesFolded` rejects.
    static let trickyNew = programme("""
        I. NHIỆM VỤ
        1. Tháng 1/2026
        - Uỷ ban nhân dân phường, Đảng uỷ, Thuỳ, thuỳ, THUỲ, hoà bình, khoẻ, thuỷ lợi, Uỷ ban Kiểm tra Đảng uỷ, Ban Thường vụ Đảng uỷ chủ trì; tuỳ, tuỳ, quỹ, hoà giải, hoà nhập, Hoà Bình, Thuỷ, khoẻ.
        """)

    static func documents() throws -> [(String, LintDocument)] {
        var out: [(String, LintDocument)] = [("tricky", LintDocument(try VanBan.process(Array(tricky.utf8), name: "tricky.txt"))),
                                              ("trickyNew", LintDocument(try VanBan.process(Array(trickyNew.utf8), name: "trickyNew.txt")))]
        for name in ["06_hd-45-hdbtctw.txt", "14_nq-03-nqcp-ctr-hanh-dong.txt", "19_ocr-vbhn-46-bqp-tesseract.txt", "000_3eaa0e434add0cf8.txt",
                     "32_khlt-syt-sgddt-bhxh-quang-ngai-bhyt-hssv.txt"] {
            let bytes = [UInt8](try Data(contentsOf: Support.corpus.appendingPathComponent(name)))
            out.append((name, LintDocument(try VanBan.process(bytes, name: name))))
        }
        return out
    }

    /// `FoldedWordIDs.matches` is `TokenizedLine.matchesFolded` (which rejects *thuỳ* for
    /// *thùy*), and `matchesExact` is `TokenizedLine.matches`, at every token of every line
    /// (appendix lines through `lineIDs`).
    @Test func foldedAndExactIDsMatchWhereTheStringHelpersMatch() throws {
        let table: [[String]] = BodyNames.names.flatMap(\.compounds) + BodyNames.levels + AdministrativeUnits.districtBodies
            + [["thùy"], ["thuỳ"], ["hòa"], ["hoà", "bình"], ["ủy", "ban"], ["uỷ", "ban"], ["tổng", "kết"], ["kết"], ["zzq", "xxq"], ["2025"], ["("]]
            + TimeWords.forward + TimeWords.backward + TimeWords.citing + TimeWords.pastEvent + TimeWords.pastReference + TimeWords.documentKinds
        for (name, document) in try Self.documents() {
            let f = FoldedWordIDs(document.words)
            let resolved = f.ids(table)
            var folded = 0, exact = 0
            // (The first 700 lines and every appendix line: a debug build compares slowly.)
            for k in document.lines.indices where k < 700 || document.lines[k].role == .appendix {
                let t = document.lines[k].tokens
                let ids = FoldedWordIDs.lineIDs(document, k)
                #expect(ids.count == t.tokens.count)
                for i in -1...t.tokens.count {
                    for (p, phrase) in table.enumerated() {
                        let a = f.matches(resolved[p], ids, at: i), b = t.matchesFolded(phrase, at: i)
                        #expect(a == b, "\(name) line \(k) \(phrase) at \(i)")
                        let c = FoldedWordIDs.matchesExact(resolved[p], ids, at: i), d = t.matches(phrase, at: i)
                        #expect(c == d, "\(name) line \(k) \(phrase) at \(i) exact")
                        if a { folded += 1 }
                        if c { exact += 1 }
                    }
                }
            }
            #expect(folded > 3 && exact > 3, "\(name)")
        }
    }

    /// The old `duplicate-preparer` key: the joined words, each abbreviation expanded.
    static func referenceKey(_ t: TokenizedLine, _ r: Range<Int>) -> String {
        var words: [String] = []
        for k in r where t.tokens[k].kind == .word {
            words.append(DuplicatePreparer.expansions[t.text(k)] ?? foldLower(t.tokens[k].lower))
        }
        return words.joined(separator: " ")
    }

    /// Two ranges of words have equal ID keys exactly when they had equal String keys (*UBND* =
    /// *Ủy ban nhân dân* = *Uỷ ban nhân dân*; *CT-XH* ≠ *chính trị - xã hội*).
    @Test func preparerKeysOnIDsEqualWhereTheStringKeysAreEqual() throws {
        for (name, document) in try Self.documents() {
            var keys = DuplicatePreparer.Keys(document)
            var byOld: [String: [Int32]] = [:], byNew: [[Int32]: String] = [:]
            for k in document.lines.indices.prefix(400) {
                let t = document.lines[k].tokens
                let ids = FoldedWordIDs.lineIDs(document, k)
                for i in t.tokens.indices {
                    for j in (i + 1)...min(t.tokens.count, i + 6) {
                        let old = Self.referenceKey(t, i..<j), new = DuplicatePreparer.key(t, ids, i..<j, &keys)
                        if let seen = byOld[old] { #expect(seen == new, "\(name) '\(old)'") } else { byOld[old] = new }
                        if let seen = byNew[new] { #expect(seen == old, "\(name) '\(old)' and '\(seen)'") } else { byNew[new] = old }
                    }
                }
            }
            #expect(byOld.count > 50, "\(name)")
        }
        // The abbreviation and its expansion meet in the tricky text.
        let (_, document) = try Self.documents()[0]
        var keys = DuplicatePreparer.Keys(document)
        var found: [String: [Int32]] = [:]
        for k in document.lines.indices {
            let t = document.lines[k].tokens
            let ids = FoldedWordIDs.lineIDs(document, k)
            for i in t.tokens.indices {
                if t.text(i) == "UBND" { found["UBND"] = DuplicatePreparer.key(t, ids, i..<(i + 1), &keys) }
                if t.matchesFolded(["ủy", "ban", "nhân", "dân"], at: i) { found["Ủy"] = DuplicatePreparer.key(t, ids, i..<(i + 4), &keys) }
            }
        }
        #expect(found["UBND"] != nil && found["UBND"] == found["Ủy"])
    }

    /// The clusters of `recurring-year-drift` as they were built with word Strings, ordered by
    /// (frequency, text), against the ID version ordered by (frequency, ID): prefix filtering
    /// finds every pair above the threshold whatever the order, so the clusters are the same.
    static func referenceClusters(_ instances: [(year: Int, words: Set<String>)]) -> [[Int]] {
        var frequency: [String: Int] = [:]
        for instance in instances { for w in instance.words { frequency[w, default: 0] += 1 } }
        func prefix(_ words: Set<String>) -> ArraySlice<String> {
            let ordered = words.sorted { (frequency[$0] ?? 0, $0) < (frequency[$1] ?? 0, $1) }
            let required = Int((RecurringYearDrift.threshold * Double(ordered.count)).rounded(.up))
            return ordered.prefix(max(0, ordered.count - required + 1))
        }
        func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
            let union = a.union(b).count
            return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
        }
        var clusters: [[Int]] = []
        var index: [String: [Int]] = [:]
        for (n, instance) in instances.enumerated() {
            let rare = prefix(instance.words)
            var candidates = Set<Int>()
            for w in rare { candidates.formUnion(index[w] ?? []) }
            var best: (index: Int, score: Double)? = nil
            for k in candidates.sorted() where !clusters[k].contains(where: { instances[$0].year == instance.year }) {
                let score = similarity(instances[clusters[k][0]].words, instance.words)
                if score >= RecurringYearDrift.threshold, score > (best?.score ?? 0) { best = (k, score) }
            }
            if let best { clusters[best.index].append(n) } else {
                clusters.append([n])
                for w in rare { index[w, default: []].append(clusters.count - 1) }
            }
        }
        return clusters
    }

    @Test func driftClustersOnIDsAreTheClustersOnStrings() throws {
        let (_, document) = try Self.documents()[0]
        let line = document.lines[0]
        // Pseudo-random items over a small vocabulary, so that many share words and ties in
        // frequency are common; IDs numbered against the text order (`w9` < `w10` as IDs, not as
        // text).
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        var grouped = 0
        for round in 0..<40 {
            var strings: [(year: Int, words: Set<String>)] = []
            var instances: [RecurringYearDrift.Instance] = []
            let base = (0..<(4 + next(6))).map { _ in next(14) }
            for _ in 0..<(3 + next(40)) {
                var ids = Set<Int32>()
                for w in base where next(5) > 0 { ids.insert(Int32(w)) }
                for _ in 0..<next(4) { ids.insert(Int32(next(14 + round))) }
                let year = 2020 + next(8)
                strings.append((year, Set(ids.map { "w\($0)" })))
                instances.append(RecurringYearDrift.Instance(line: line, year: year, words: ids.sorted(), years: [], place: ""))
            }
            let new = RecurringYearDrift.clusters(instances).map { c in c.map { i in instances.firstIndex { $0.words == i.words && $0.year == i.year }! } }
            let old = Self.referenceClusters(strings).map { c in c.map { i in strings.firstIndex { $0.words == strings[i].words && $0.year == strings[i].year }! } }
            #expect(new == old, "round \(round)")
            grouped += new.filter { $0.count >= 3 }.count
        }
        // (Clusters of three and more, which the rule reads, were formed.)
        #expect(grouped > 20)
    }

    /// A table resolved through its distinct words is the table resolved word by word; the
    /// heading kinds tested without hashing are the set's.
    @Test func wordIndexResolvesAsTheTableAndHeadingKindsAreTheSet() throws {
        let table = BodyNames.names.flatMap(\.compounds) + BodyNames.levels + [["thùy"], ["zzq", "ban", "zzq"]]
        for (name, document) in try Self.documents() {
            let f = FoldedWordIDs(document.words)
            #expect(f.ids(FoldedWordIDs.WordIndex(table)) == f.ids(table), "\(name)")
            let kinds = Set(document.lines.compactMap(\.kind))
            for kind in kinds { #expect(YearOutOfScope.isHeadingKind(kind) == YearOutOfScope.headingKinds.contains(kind), "\(kind)") }
        }
    }

    @Test func reviewWindowKindsAreTheTableKeys() {
        for kind in ["month", "quarter", "half", "months", "year", "day", "range", "date", ""] {
            #expect(TimeWords.hasReviewWindow(kind) == (TimeWords.reviewWindow[kind] != nil), "\(kind)")
        }
    }
}
