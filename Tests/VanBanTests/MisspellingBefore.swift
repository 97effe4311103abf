// The spelling rule as it was on main 12f0f2b (issue 17, session 5), kept unchanged but for
// its name, so that `MisspellingEquivalenceTests` can compare the rewrite against it.
// Not used by the library.
import Synchronization
@testable import VanBan


// ---- Misspelling.swift (main 12f0f2b) ----

/// `misspelling`: a misspelt word or collocation, with the correction as a fix
/// (*triền khai* → *triển khai*).
///
/// Four sources of evidence (and the slips of `Misspelling+Slips.swift`, and a note on a
/// syllable no word has). The syllable model (`Syllable.isValid`, with the spelling rules
/// for lower-case words): a word with a Vietnamese mark that is no syllable (*Luuật*,
/// *ngiệm*) — reported without a fix. Real-word confusions
/// (`Misspelling+Confusion.swift`): two syllables that make no word, one *s/x*, *d/gi/r*,
/// *tr/ch*, *hỏi/ngã* or dropped-mark confusion away from exactly one word of the word list
/// (`RegisterLexicon`) — fixed only when the register writes that word often. The lexicon: a
/// bigram or trigram one tone mark, one vowel mark or one final consonant away from a fixed
/// collocation of the genre (`Lexicon.collocations`), or a known misspelt acronym. The
/// document itself: a bigram seen at most twice whose one-mark variant is written at least
/// five times and four times as often — and whose changed word does not start another bigram
/// the document uses (*các chỉ tiêu* beside *các chi bộ* is left alone). None is reported
/// where the register of real documents vouches for the written words: a word or frequent
/// phrase as written (*các bộ*, *công chứng*) or a changed word that makes a phrase with its
/// outside neighbour (*chính sách tạo*, *chứng chỉ đào tạo*).
enum MisspellingBefore {
    static let id = "misspelling"
    static let nameVi = "sai chính tả"
    static let severity = Severity.warning
    static let summary = LocalizedText(
        vi: "Từ hoặc cụm từ viết sai chính tả, kèm cách sửa (triền khai → triển khai)",
        en: "A misspelt word or collocation, with the correction (triền khai → triển khai)")
    static let details = LocalizedText(
        vi: "Dựa trên mô hình âm tiết tiếng Việt với quy tắc chính tả (c/k/q, g/gh, ng/ngh, phụ âm cuối p t c ch chỉ với dấu sắc, nặng …; chữ không thành âm tiết: không sửa tự động), trên danh sách từ hai âm tiết của tiếng Việt và tần suất trong văn bản hành chính thật (một cặp âm tiết không thành từ, chỉ một lỗi lẫn s/x, d/gi/r, tr/ch, hỏi/ngã, thiếu dấu … là thành từ: sử lý → xử lý; sửa tự động khi cụm đúng gặp ít nhất 20 lần), trên từ điển cụm từ cố định của văn bản hành chính và trên chính văn bản: một cụm hiếm gặp chỉ khác một dấu so với cụm được dùng nhiều lần. Ngoài các lỗi lẫn quen thuộc: thừa một chữ nguyên âm trước âm chính (chuẩn đoán → chẩn đoán), đổi nguyên âm giữ nguyên thanh (quần chóng → quần chúng), lẫn l/n (nực lượng → lực lượng), thừa một chữ ở phụ âm đầu (trách nghiệm → trách nhiệm), sai phụ âm cuối (ngăn chặng → ngăn chặn) — ba lỗi này chỉ báo khi kho văn bản thật hoặc văn bản có cụm đúng —, hay một âm tiết không có trong từ nào, lẫn sang một cụm mà kho văn bản hoặc chính văn bản có viết — là cảnh báo khi kho văn bản thật hoặc văn bản có cụm đúng, nếu không thì chỉ là ghi chú; không sửa tự động. Âm tiết không có trong từ nào của danh sách từ và chưa gặp trong văn bản thật (dảm): ghi chú. Không báo khi cụm như đã viết là một từ hay cụm thường gặp trong văn bản thật (các bộ, công chứng), khi có hư từ (các, mỗi, tại …), tên riêng viết hoa hay chữ viết tắt.",
        en: "Uses the Vietnamese syllable model with the spelling rules (c/k/q, g/gh, ng/ngh, the stop finals p t c ch only with sắc or nặng …; a non-syllable gets no fix), the two-syllable words of Vietnamese with their counts in real administrative documents (a pair of syllables that is no word, one s/x, d/gi/r, tr/ch, hỏi/ngã or dropped-mark confusion away from exactly one word: sử lý → xử lý; fixed when the register writes the word at least 20 times), a lexicon of the genre's fixed collocations and the document itself: a rare bigram one mark away from one used many times. Beyond the classic confusions: a vowel letter added before the nucleus (chuẩn đoán → chẩn đoán), a vowel changed with its tone kept (quần chóng → quần chúng), the initials l/n swapped (nực lượng → lực lượng), a consonant letter added to the initial (trách nghiệm → trách nhiệm), a wrong final (ngăn chặng → ngăn chặn) — these three only where real documents or the document write the correct pair —, or a syllable no word has, a classic confusion away from a phrase the register or the document writes — a warning when real documents or the document write the correct pair, else a note; never fixed. A syllable in no word of the word list and never in real documents (dảm): a note. Silent when the words as written are a word or a frequent phrase of real documents (các bộ, công chứng), around function words (các, mỗi, tại …), capitalised names and acronyms.")
    static let messages: [String: LocalizedText] = [
        "lexicon": LocalizedText(vi: "'{0}' viết sai; đúng là '{1}'", en: "'{0}' is misspelt; it should be '{1}'"),
        "evidence": LocalizedText(vi: "'{0}' có lẽ viết sai: văn bản dùng '{1}' {2} lần", en: "'{0}' looks misspelt: the document writes '{1}' {2} times"),
        "missing": LocalizedText(vi: "'{0}' thiếu chữ: có lẽ là '{1}' (văn bản viết như vậy {2} lần)",
                                 en: "'{0}' misses a word: probably '{1}' (the document writes it {2} times)"),
        "acronym": LocalizedText(vi: "Chữ viết tắt '{0}' sai; đúng là '{1}'", en: "The abbreviation '{0}' is wrong; it should be '{1}'"),
        "register": LocalizedText(vi: "'{0}' có lẽ viết sai: văn bản hành chính viết '{1}' ({2} lần trong kho văn bản thật)",
                                  en: "'{0}' looks misspelt: administrative documents write '{1}' ({2} times in the corpus of real documents)"),
        "word": LocalizedText(vi: "'{0}' có lẽ viết sai: '{0}' không phải là một từ, '{1}' là một từ",
                              en: "'{0}' looks misspelt: '{0}' is no word, '{1}' is one"),
        "rare": LocalizedText(vi: "'{0}' không có trong từ nào của danh sách từ và chưa gặp trong văn bản hành chính thật: có lẽ là '{1}'",
                              en: "'{0}' is in no word of the word list and never in real administrative documents: perhaps '{1}'"),
        "syllable": LocalizedText(vi: "'{0}' không phải là một âm tiết tiếng Việt: có lẽ gõ sai", en: "'{0}' is not a Vietnamese syllable: probably a typo"),
    ]
    static let fixable = true

    /// The lexicon's variants, packed for the phrase search: every word of the collocations
    /// and of their variants numbered from 1 (`vocabulary`), each variant phrase keyed by the
    /// numbers of its words, 21 bits each (`variantsByID`, → the correct phrase), and the
    /// misspelt word of each variant (`misspelt`, by number: *triền* in *triền khai*; a variant can
    /// only be found around one of these, and they are rare in real text).
    ///
    /// Built in one pass over the collocations, numbering words as they come: building a
    /// `String` map of the variants first and numbering its sorted keys was a third of the
    /// instructions of `vanban lint` on one file.
    struct LexiconTables {
        /// Keyed by UTF-8 bytes: hashing a `String` with Vietnamese letters normalises it
        /// first, which made this table a tenth of `vanban lint` on one file.
        var vocabulary: [[UInt8]: UInt64] = [:]
        var variantsByID: [UInt64: String] = [:]
        /// By vocabulary number (index 0 unused): whether the word is a misspelt word.
        var misspelt: [Bool] = [false]
    }

    static let lexiconTables: LexiconTables = {
        var t = LexiconTables()
        t.vocabulary.reserveCapacity(8_000)
        func number(_ w: [UInt8]) -> UInt64 {
            if let n = t.vocabulary[w] { return n }
            let n = UInt64(t.vocabulary.count + 1)
            t.vocabulary[w] = n
            t.misspelt.append(false)
            return n
        }
        // A variant phrase can only be a collocation or a valid phrase when its changed word
        // is a word of one: only then is the phrase built and looked up.
        var known = Set<[UInt8]>()
        for phrase in Lexicon.collocations + Array(Lexicon.valid) {
            for w in phrase.split(separator: " ") { known.insert(Array(w.utf8)) }
        }
        for phrase in Lexicon.collocations {
            let words = phrase.split(separator: " ").map(String.init)
            let numbers = words.map { number(Array($0.utf8)) }
            for (k, w) in words.enumerated() {
                for v in Variants.of(w, finals: true) {
                    let bytes = Array(v.utf8)
                    if known.contains(bytes) {
                        var changed = words
                        changed[k] = v
                        let key = changed.joined(separator: " ")
                        if Lexicon.collocationSet.contains(key) || Lexicon.valid.contains(key) { continue }
                    }
                    let n = number(bytes)
                    let packed = numbers.indices.reduce(UInt64(0)) { $0 << 21 | ($1 == k ? n : numbers[$1]) }
                    t.variantsByID[packed] = phrase
                    t.misspelt[Int(n)] = true
                }
            }
        }
        return t
    }()

    /// What the tables know of a word: its register number (-1: none), lexicon vocabulary
    /// number (0: none) and whether it is a function word. A register syllable is found
    /// through the register's own index, with its facts by register number; the few words
    /// outside the register (misspelt variants, some function words) through `others`. A
    /// document's distinct word costs one lookup, two when outside the register (they were
    /// three: an `[UInt8]`-keyed dictionary, a binary search, a `Set<String>` that normalises
    /// Vietnamese text to hash it), and nothing is built per syllable at start-up.
    struct WordFacts: Sendable {
        /// By register number.
        let vocabulary: [UInt64]
        let function: [Bool]
        /// The words outside the register, with their facts by line.
        let others: LineSet
        let otherVocabulary: [UInt64]
        let otherFunction: [Bool]

        /// The facts of `word` (a folded key).
        func of(_ word: String) -> (register: Int32, vocabulary: UInt64, function: Bool) {
            if let r = RegisterLexicon.id(word) { return (r, vocabulary[Int(r)], function[Int(r)]) }
            guard let k = others.index(word) else { return (-1, 0, false) }
            return (-1, otherVocabulary[k], otherFunction[k])
        }
    }

    static let wordFacts: WordFacts = {
        let count = RegisterLexicon.tables.starts.count - 1
        var vocabulary = [UInt64](repeating: 0, count: count)
        var function = [Bool](repeating: false, count: count)
        var others: [String] = []
        var otherVocabulary: [UInt64] = []
        var otherFunction: [Bool] = []
        var added: [[UInt8]: Int] = [:]
        for (key, number) in lexiconTables.vocabulary where !key.isEmpty && !key.contains(0x0A) {
            let r = key.withUnsafeBufferPointer { RegisterLexicon.id($0) }
            if let r { vocabulary[Int(r)] = number; continue }
            added[key] = others.count
            others.append(String(decoding: key, as: UTF8.self)); otherVocabulary.append(number); otherFunction.append(false)
        }
        for w in Lexicon.functionWords where !w.isEmpty && !w.contains("\n") {
            if let r = RegisterLexicon.id(w) { function[Int(r)] = true; continue }
            if let k = added[Array(w.utf8)] { otherFunction[k] = true; continue }
            added[Array(w.utf8)] = others.count
            others.append(w); otherVocabulary.append(0); otherFunction.append(true)
        }
        return WordFacts(vocabulary: vocabulary, function: function, others: LineSet(strings: others),
                         otherVocabulary: otherVocabulary, otherFunction: otherFunction)
    }()

    static func check(_ document: LintDocument, _ report: inout Report) {
        let lines = document.textLines
        // Words as the document's word-table IDs of their folded text (`LintDocument.words`):
        // no String is hashed or built per token (issue 17). An ID of the table that is no
        // word's folded text (punctuation, a lower-case form in the new style) is never a
        // token's here, so its counts stay 0.
        let table = document.words
        let words = table.text
        var isWordID = [Bool](repeating: false, count: table.count)
        // (Plain loops: a variable a closure mutates lives in a box, checked at each access.)
        var tokenIDs: [[Int32]] = []
        tokenIDs.reserveCapacity(lines.count)
        for (t, ids) in zip(lines, document.ids) {
            var out = [Int32](repeating: -1, count: ids.count)
            for i in ids.indices where t.tokens[i].kind == .word {
                // (`Token.lower` is empty exactly when its ID's text is.)
                guard !words[Int(ids[i])].isEmpty else { continue }
                let f = table.folded[Int(ids[i])]
                out[i] = f
                isWordID[Int(f)] = true
            }
            tokenIDs.append(out)
        }
        func wordID(_ w: String) -> Int32? { table.id(w) }
        func pair(_ a: Int32, _ b: Int32) -> Int64 { Int64(a) << 32 | Int64(b) }
        var reported = TokenFlags(tokenIDs)
        // A line's folded keys (`LintDocument.keys`), built only where a candidate needs
        // them: a String per token of the document was most of what this rule allocated.
        func keyLine(_ n: Int) -> [String] { tokenIDs[n].map { $0 >= 0 ? words[Int($0)] : "" } }
        // Lexicon. (Static tables read into locals: each access to a global costs a
        // swift_once call, which was a twentieth of lint time in this loop.)
        let tables = Self.lexiconTables
        let variants = tables.variantsByID
        // Whether the register writes a variant as written (*các bộ*), once per variant.
        var writtenIsPhrase: [UInt64: Bool] = [:]
        func registerPhrase(_ phrase: UInt64, _ key: [String], _ start: Int, _ length: Int) -> Bool {
            if let known = writtenIsPhrase[phrase] { return known }
            let found = RegisterLexicon.count(key[start..<(start + length)].joined(separator: " ")) >= 2
            writtenIsPhrase[phrase] = found
            return found
        }
        // What the tables know of each distinct word, read with one lookup (`wordFacts`).
        let facts = Self.wordFacts
        var lexiconID = [UInt64](repeating: 0, count: words.count)
        var registerID = [Int32](repeating: -1, count: words.count)
        var function = [Bool](repeating: false, count: words.count)
        for k in words.indices where isWordID[k] {
            (registerID[k], lexiconID[k], function[k]) = facts.of(words[k])
        }
        let misspelt = lexiconID.map { tables.misspelt[Int($0)] }
        // `acronym` answers only for the keys of `Lexicon.known`: it runs only on a token
        // whose folded ID is one of theirs (a String test per capitalised token was 5% of
        // this rule).
        var knownAcronym = [Bool](repeating: false, count: words.count)
        for k in Lexicon.known.keys { if let f = wordID(foldLower(k)) { knownAcronym[Int(f)] = true } }
        for (n, t) in lines.enumerated() {
            let id = tokenIDs[n]
            lazy var key = keyLine(n)
            var nextFree = 0
            for i in t.tokens.indices where id[i] >= 0 {
                if knownAcronym[Int(id[i])], t.tokens[i].range.count >= 4, isUpper(t.line.scalars[t.tokens[i].range.lowerBound]),
                   let fixed = acronym(t.text(i)) {
                    report.add("acronym", [t.text(i), fixed], at: t.span(i), fix: Fix(span: t.span(i), replacement: fixed))
                    continue
                }
                guard misspelt[Int(id[i])] else { continue }
                // Phrases of three, then two words that contain word i.
                search: for length in [3, 2] where max(nextFree, i - length + 1) <= i {
                    for start in max(nextFree, i - length + 1)...i where start + length <= id.count
                        && (start..<(start + length)).allSatisfy({ id[$0] >= 0 && lexiconID[Int(id[$0])] != 0 }) {
                        let phrase = (start..<(start + length)).reduce(UInt64(0)) { $0 << 21 | lexiconID[Int(id[$1])] }
                        guard let correct = variants[phrase], !startsCompound(key, start + length - 1), !endsCompound(key, start),
                              !registerPhrase(phrase, key, start, length), !isRegisterWord(key, start, length, correct) else { continue }
                        add(t, start, length, correct, &report, key: "lexicon", extra: [])
                        for k in start..<(start + length) { reported[n, k] = true }
                        nextFree = start + length
                        break search
                    }
                }
            }
        }
        // Word and bigram counts of the document (also the evidence below).
        var counts = BigramCounts(capacity: tokenIDs.reduce(0) { $0 + $1.count } / 2)
        var unigrams = [Int](repeating: 0, count: words.count)
        for id in tokenIDs {
            for i in id.indices where id[i] >= 0 {
                unigrams[Int(id[i])] += 1
                if i + 1 < id.count, id[i + 1] >= 0 { counts.increment(pair(id[i], id[i + 1])) }
            }
        }
        // Real-word errors: a pair that is no word, one confusion away from one.
        checkConfusions(lines, tokenIDs, words, registerID, function, wordID, counts, unigrams, &reported, &report)
        // Non-syllables: a word with a Vietnamese mark that no Vietnamese syllable spells
        // (*Luuật*, *quyêt*, *nghiã*, *ngiệm*). Acronyms and mixed-case codes (*QĐi*, *HĐND*)
        // aside; a capitalised word is held only to the letters of a syllable, not to the
        // spelling rules that the names of minority-language places break (*Kơ Nia*).
        // No fix: the intended word is not certain.
        var valid = [Int8](repeating: -1, count: words.count)
        var rare = [String??](repeating: nil, count: words.count)
        var plausible = [Int8](repeating: -1, count: words.count)
        for (n, t) in lines.enumerated() {
            let id = tokenIDs[n]
            for i in id.indices where id[i] >= 0 && !reported[n, i] {
                let range = t.tokens[i].range
                let strict = !isUpper(t.line.scalars[range.lowerBound])
                let ok: Bool
                if strict, valid[Int(id[i])] >= 0 { ok = valid[Int(id[i])] == 1 } else if !strict, plausible[Int(id[i])] >= 0 {
                    ok = plausible[Int(id[i])] == 1
                } else {
                    ok = !table.isMarked[Int(id[i])] || isSyllable(words[Int(id[i])], strict: strict)
                    if strict { valid[Int(id[i])] = ok ? 1 : 0 } else { plausible[Int(id[i])] = ok ? 1 : 0 }
                }
                if ok {
                    // A syllable no word uses (*dảm*): a note (`rare`).
                    if strict, table.isMarked[Int(id[i])], unigrams[Int(id[i])] <= 2, isLowerWord(t, i, first: false),
                       let nearest = rareSyllable(id[i], words, &rare) {
                        report.add("rare", [t.text(i), nearest], at: t.span(i), severity: .info)
                        reported[n, i] = true
                    }
                    continue
                }
                guard range.count >= 2, t.line.scalars[range].dropFirst().allSatisfy({ !isUpper($0) }) else { continue }
                report.add("syllable", [t.text(i)], at: t.span(i))
            }
        }
        // The document's own evidence.
        func count(_ a: String, _ b: String) -> Int {
            guard let x = wordID(a), let y = wordID(b) else { return 0 }
            return counts[pair(x, y), default: 0]
        }
        // Rare variants (both words in the document) of frequent bigrams.
        var frequentVariants: [Int64: Int64] = [:]
        for (bigram, n) in counts where n >= 5 {
            let w = [Int32(truncatingIfNeeded: bigram >> 32), Int32(truncatingIfNeeded: bigram)]
            for k in 0..<2 {
                for v in Variants.of(words[Int(w[k])], finals: false) {
                    guard let vid = wordID(v) else { continue }
                    let key = k == 0 ? pair(vid, w[1]) : pair(w[0], vid)
                    let m = counts[key, default: 0]
                    // Two frequent spellings a variant is one mark away from (OCR: "sửa đổi" 65×,
                    // "sửa đôi" 11×): the more frequent wins, whatever the dictionary's order.
                    if m > 0, m * 4 <= n, m <= 2,
                       frequentVariants[key].map({ counts[$0, default: 0] < n || counts[$0, default: 0] == n && $0 > bigram }) ?? true {
                        frequentVariants[key] = bigram
                    }
                }
            }
        }
        // The first words of the variants, so that most pairs are passed over without a lookup.
        var variantFirst = [Bool](repeating: false, count: words.count)
        for key in frequentVariants.keys { variantFirst[Int(key >> 32)] = true }
        for (n, t) in lines.enumerated() where !frequentVariants.isEmpty {
            let id = tokenIDs[n]
            lazy var key = keyLine(n)
            for i in id.indices.dropLast() where id[i] >= 0 && id[i + 1] >= 0 && variantFirst[Int(id[i])] {
                guard let correctPair = frequentVariants[pair(id[i], id[i + 1])],
                      !reported[n, i], !reported[n, i + 1] else { continue }
                let bigram = key[i] + " " + key[i + 1]
                let correct = words[Int(correctPair >> 32)] + " " + words[Int(Int32(truncatingIfNeeded: correctPair))]
                guard !Lexicon.valid.contains(bigram), !Lexicon.collocationSet.contains(bigram),
                      !isRegisterWord(key, i, 2, correct.lowercased()) else { continue }
                let changedFirst = Int32(truncatingIfNeeded: correctPair >> 32) != id[i]
                let changed = changedFirst ? id[i] : id[i + 1]
                // A word the writer uses elsewhere is a word, not a slip.
                guard unigrams[Int(changed)] <= counts[pair(id[i], id[i + 1]), default: 0] else { continue }
                // The unchanged word must not belong with its other neighbour (*an toàn điện*).
                if changedFirst {
                    if i + 2 < id.count, id[i + 2] >= 0, counts[pair(id[i + 1], id[i + 2]), default: 0] >= 2 { continue }
                } else if i > 0, id[i - 1] >= 0, counts[pair(id[i - 1], id[i]), default: 0] >= 2 {
                    continue
                }
                add(t, i, 2, correct, &report, key: "evidence", extra: ["\(counts[correctPair] ?? 0)"], certain: false)
                reported[n, i] = true
            }
        }
        // A syllable dropped from a fixed word: "Báo cáo hình" where the document writes
        // "Báo cáo tình hình" again and again.
        // Which words a syllable may have been dropped before: `droppedBefore`'s keys found by
        // their register numbers (a String lookup per distinct word was 5% of this rule);
        // a key the register lacks is looked up by text.
        let droppedTable = Self.droppedTable
        let droppable = words.indices.map { k in
            guard isWordID[k] else { return false }
            let n = registerID[k]
            return n >= 0 ? n < droppedTable.count && droppedTable[Int(n)] : !droppedOutsideTable.isEmpty && droppedBefore[words[k]] != nil
        }
        // For each droppable word, the document IDs of the words that may have been dropped
        // before it (-1: not in the document).
        var droppedIDs = [[Int32]?](repeating: nil, count: words.count)
        for k in words.indices where droppable[k] { droppedIDs[k] = droppedBefore[words[k]]!.map { wordID($0) ?? -1 } }
        // How often the document writes each three words in a row around a candidate middle
        // word: the candidates are gathered first (`collect`), then counted in one pass over
        // the document. (A scan per candidate, then a count over the middle word's places per
        // bigram, made the rule quadratic in the document: issue 17.)
        var wanted = [Bool](repeating: false, count: words.count)
        var trigrams: [Trigram: Int] = [:]
        func scanDropped(collect: Bool) {
            for (n, t) in lines.enumerated() {
                let id = tokenIDs[n]
                lazy var key = keyLine(n)
                for i in id.indices.dropLast() where id[i] >= 0 && id[i + 1] >= 0 && droppable[Int(id[i + 1])] {
                    let seen = counts[pair(id[i], id[i + 1]), default: 0]
                    // The cheap conditions first, on IDs: the pair is rare, and one dropped word
                    // is a word of the document whose second word is rarely alone (as below).
                    guard seen <= 2, let candidates = droppedIDs[Int(id[i + 1])], candidates.contains(where: { xid in
                        xid >= 0 && unigrams[Int(id[i + 1])] - counts[pair(xid, id[i + 1]), default: 0] <= 2
                    }) else { continue }
                    guard let dropped = droppedBefore[key[i + 1]], !reported[n, i] else { continue }
                    let bigram = key[i] + " " + key[i + 1]
                    guard seen <= 2, !Lexicon.collocationSet.contains(bigram), !Lexicon.compounds.contains(bigram),
                          !Lexicon.valid.contains(bigram) else { continue }
                    // The second word must not start a word of its own with the next one, nor be
                    // used on its own elsewhere (*của dân*, *các Sở*).
                    if startsCompound(key, i + 1) { continue }
                    for x in dropped {
                        let alone = unigrams[Int(id[i + 1])] - count(x, key[i + 1])
                        guard alone <= 2, let xid = wordID(x) else { continue }
                        if collect { wanted[Int(xid)] = true; continue }
                        let full = trigrams[Trigram(a: id[i], b: xid, c: id[i + 1]), default: 0]
                        guard full >= 3, full >= 3 * seen else { continue }
                        let first = t.text(i), second = t.text(i + 1)
                        let missing = second.unicodeScalars.first?.properties.isUppercase == true ? x.capitalized : x
                        let replacement = first + " " + missing + " " + second
                        // Evidence, not certainty: no automatic fix.
                        report.add("missing", [first + " " + second, replacement, "\(full)"], at: t.span(tokens: i, i + 1))
                        break
                    }
                }
            }
        }
        scanDropped(collect: true)
        guard wanted.contains(true) else { return }
        for id in tokenIDs where id.count >= 3 {
            for j in 1..<(id.count - 1) where id[j] >= 0 && wanted[Int(id[j])] && id[j - 1] >= 0 && id[j + 1] >= 0 {
                trigrams[Trigram(a: id[j - 1], b: id[j], c: id[j + 1]), default: 0] += 1
            }
        }
        scanDropped(collect: false)
    }

    /// Three word IDs in a row.
    struct Trigram: Hashable {
        var a, b, c: Int32
    }

    /// `properties.isUppercase`, with ASCII answered without the Unicode tables (a call per
    /// token: ~300 instructions each through the tables).
    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        // Vietnamese letters from `Alphabet`'s table too (RepresentationTests checks it
        // against the Unicode property for every scalar).
        Alphabet.isUppercase(s)
    }

    /// The frequent syllables (`rareNearCount`) one classic confusion from the document
    /// word `w`, joined by " / ", when `w` (a valid syllable) is in no entry of the word list
    /// (`RegisterLexicon.isListSyllable`: *dảm*, not *dừng*) and never in the register, and is
    /// not a function word; else nil. Cached per word in `cache`.
    static func rareSyllable(_ w: Int32, _ words: [String], _ cache: inout [String??]) -> String? {
        if let known = cache[Int(w)] { return known }
        var found: String? = nil
        let word = words[Int(w)]
        if RegisterLexicon.id(word) == nil, !RegisterLexicon.isListSyllable(word), !Lexicon.functionWords.contains(word) {
            let near = confusions(of: word).filter { $0.classic }.compactMap { v -> String? in
                guard let id = RegisterLexicon.id(v.word), RegisterLexicon.count(id) >= rareNearCount else { return nil }
                return v.word
            }
            var unique: [String] = []
            for v in near where !unique.contains(v) { unique.append(v) }
            if !unique.isEmpty { found = unique.joined(separator: " / ") }
        }
        cache[Int(w)] = .some(found)
        return found
    }

    /// True when `w` (a marked folded key) is a syllable (`Syllable.isValid`, held only to the
    /// letters of one when not `strict`) or two written together (`isTwoSyllables`).
    /// Remembered for the process per syllable of the register: every document asks again
    /// for the same few thousand words, at ~2,000 instructions each.
    static func isSyllable(_ w: String, strict: Bool) -> Bool {
        let slot = RegisterLexicon.id(w).map { Int($0) * 2 + (strict ? 1 : 0) }
        if let slot {
            let known = syllableVerdicts.withLock { slot < $0.count ? $0[slot] : 0 }
            if known != 0 { return known == 1 }
        }
        let ok = Syllable.isValid(w.unicodeScalars, strict: strict) || isTwoSyllables(w)
        if let slot {
            syllableVerdicts.withLock { v in
                if v.isEmpty { v = [UInt8](repeating: 0, count: RegisterLexicon.tables.starts.count * 2 + 2) }
                if slot < v.count { v[slot] = ok ? 1 : 2 }
            }
        }
        return ok
    }

    /// `isSyllable` per register syllable and strictness: 0 not yet known, 1 yes, 2 no.
    private static let syllableVerdicts = Mutex<[UInt8]>([])

    /// How often the register must write a syllable for a rare one to be read as its slip.
    static let rareNearCount = 10

    /// How often the register must write a pair before a confusion of it is fixed.
    static let certainCount = 20

    /// An all-capital token of two letters or more (*TU* in *212-TB/TU*): a code, not a word.
    static func isCode(_ t: TokenizedLine, _ i: Int) -> Bool {
        let letters = t.line.scalars[t.tokens[i].range]
        return letters.count >= 2 && letters.allSatisfy { !$0.properties.isLowercase }
    }

    /// True when `word` is two syllables written together, each starting with a consonant
    /// (*Lênin*, a transcribed foreign name): a name, not a typo. (*Luuật* is no such pair.)
    static func isTwoSyllables(_ word: String) -> Bool {
        let s = Array(word.unicodeScalars)
        guard s.count >= 4 else { return false }
        for k in 2...(s.count - 2) where Alphabet.vowel(s[k]) == nil && Alphabet.vowel(s[0]) == nil {
            if Syllable.isValid(s[..<k]), Syllable.isValid(s[k...]) { return true }
        }
        return false
    }

    /// Two-syllable collocations, and for each second syllable the first syllables it follows.
    static let twoSyllable: Set<String> = Set(Lexicon.collocations.filter { $0.split(separator: " ").count == 2 })
    static let droppedBefore: [String: [String]] = {
        var map: [String: [String]] = [:]
        for c in twoSyllable.sorted() {
            let w = c.split(separator: " ").map(String.init)
            map[w[1], default: []].append(w[0])
        }
        return map
    }()

    /// The register numbers of `droppedBefore`'s keys, and the keys the register lacks.
    static let droppedTableIDs: Set<Int32> = Set(droppedBefore.keys.compactMap { RegisterLexicon.id($0) })
    /// `droppedTableIDs` by register number (a `Set<Int32>` hashed each distinct word of a
    /// document).
    static let droppedTable: [Bool] = {
        var table = [Bool](repeating: false, count: RegisterLexicon.tables.starts.count)
        for n in droppedTableIDs where Int(n) < table.count { table[Int(n)] = true }
        return table
    }()
    static let droppedOutsideTable: Set<String> = Set(droppedBefore.keys.filter { RegisterLexicon.id($0) == nil })

    /// True when the register itself vouches for the written words: the phrase as written
    /// is frequent in real documents (*các bộ*, *công chứng*), or a changed word forms a
    /// phrase of the register with its neighbour outside the phrase (*chính sách tạo*:
    /// *sách* belongs to *chính sách*; *chứng chỉ đào tạo*: *đào* to *đào tạo*).
    static func isRegisterWord(_ key: [String], _ start: Int, _ length: Int, _ correct: String) -> Bool {
        let written = key[start..<(start + length)]
        if RegisterLexicon.count(written.joined(separator: " ")) >= 2 { return true }
        let target = correct.split(separator: " ").map { foldKey(String($0)) }
        guard target.count == length else { return false }
        for (k, (w, c)) in zip(written, target).enumerated() where w != c {
            let at = start + k
            if k == 0, at > 0, !key[at - 1].isEmpty, isPhrase(key[at - 1], w) { return true }
            if k == length - 1, at + 1 < key.count, !key[at + 1].isEmpty, isPhrase(w, key[at + 1]) { return true }
        }
        return false
    }

    static func isPhrase(_ a: String, _ b: String) -> Bool {
        RegisterLexicon.isPhrase(a, b) || Lexicon.compounds.contains(a + " " + b)
    }

    /// True when word `i` and the one before form a compound or collocation of their own
    /// (*tổng kết quá trình*: *kết* belongs to *tổng kết*).
    static func endsCompound(_ key: [String], _ i: Int) -> Bool {
        guard i > 0, !key[i - 1].isEmpty else { return false }
        let pair = key[i - 1] + " " + key[i]
        return Lexicon.compounds.contains(pair) || Lexicon.collocationSet.contains(pair)
    }

    /// True when word `i` and the next form a compound or collocation of their own.
    static func startsCompound(_ key: [String], _ i: Int) -> Bool {
        guard i + 1 < key.count, !key[i + 1].isEmpty else { return false }
        let pair = key[i] + " " + key[i + 1]
        return Lexicon.compounds.contains(pair) || Lexicon.collocationSet.contains(pair)
    }

    static func add(_ t: TokenizedLine, _ i: Int, _ length: Int, _ correct: String, _ report: inout Report, key: String,
                    extra: [String], certain: Bool = true, severity: Severity? = nil) {
        let written = (i..<(i + length)).map { t.text($0) }
        let words = correct.split(separator: " ").map(String.init)
        // Keep the writer's capitals and tone style.
        var fixed: [String] = []
        for (w, c) in zip(written, words) {
            var out = Array(c.unicodeScalars)
            if let first = w.unicodeScalars.first, first.properties.isUppercase, let f = out.first {
                out[0] = String(f).uppercased().unicodeScalars.first!
            }
            if w.unicodeScalars.count > 1, w.unicodeScalars.dropFirst().allSatisfy({ !$0.properties.isLowercase }) {
                out = Array(String(scalars: out).uppercased().unicodeScalars)
            }
            if let style = ToneMarks.style(of: Array(w.lowercased().unicodeScalars)), style == .new { _ = ToneMarks.apply(.new, to: &out) }
            fixed.append(String(scalars: out))
        }
        let replacement = fixed.joined(separator: " ")
        let span = t.span(tokens: i, i + length - 1)
        let oneLine = span.start.line == span.end.line
        guard certain else {
            report.add(key, [written.joined(separator: " "), replacement] + extra, at: span, severity: severity)
            return
        }
        report.add(key, [written.joined(separator: " "), replacement] + extra, at: span,
                   fix: oneLine ? Fix(span: span, replacement: replacement) : Fix(zip(i..<(i + length), fixed).compactMap { k, w in
                       t.text(k) == w ? nil : TextEdit(span: t.span(k), replacement: w)
                   }))
    }

    /// The known acronym `word` misspells, if any.
    static func acronym(_ word: String) -> String? {
        let s = Array(word.unicodeScalars)
        guard s.count >= 4, s.allSatisfy({ $0.properties.isUppercase }), !Lexicon.acronyms.contains(word),
              !Syllable.isValid(word.lowercased().unicodeScalars) else { return nil }
        // Only known misspellings: an acronym one letter away from another is as often a
        // different acronym (HĐDT, Hội đồng Dân tộc, beside HĐNDT; HĐNDTP beside HĐNDT).
        return Lexicon.known[word.lowercased()]
    }
}


// ---- Misspelling+Confusion.swift (main 12f0f2b) ----
/// Real-word errors: two syllables that are each Vietnamese but together no word, one
/// confusion away from a word (*sử lý* → *xử lý*, *giáo giục* → *giáo dục*).
///
/// The confusions are the ones Vietnamese spelling is known for (the sound merges of the
/// northern and southern dialects and of typing): the initials *s/x*, *d/gi/r*, *tr/ch*;
/// the tones *hỏi/ngã* and any tone dropped, added or swapped; a vowel mark
/// (*a ă â*, *e ê*, *o ô ơ*, *u ư*) and *d/đ*. A pair is reported when it is neither a word
/// of the word list nor a phrase of the register, and exactly one confusion of one of its
/// syllables is a word of the list (`RegisterLexicon`) — for a confusion other than the
/// initials, *hỏi/ngã* and *d/đ*, a word the register also writes. Function words
/// (`Lexicon.functionWords`), capitalised names and codes are left alone, and so is a
/// syllable that makes a word with its other neighbour (a seam between two words).
extension MisspellingBefore {
    /// One syllable (a folded key) with one confusion applied: every spelling the writer
    /// may have meant. Some are no syllables; the table lookup drops them.
    /// `classic`: the confusions spelling is known for (the initials, *hỏi/ngã*, *d/đ*); the
    /// other marks change the word more often than a writer slips on them (*kỳ thi* is a
    /// word the list lacks, one dropped tone from its *kỳ thị*).
    static func confusions(of word: String) -> [(word: String, classic: Bool)] {
        let s = Array(word.unicodeScalars)
        guard !s.isEmpty else { return [] }
        var out: [(word: String, classic: Bool)] = []
        var classic = true
        func emit(_ v: [Unicode.Scalar]) { out.append((String(String.UnicodeScalarView(v)), classic)) }
        // Initials.
        let rest: ArraySlice<Unicode.Scalar>
        if s.count > 1, s[0] == "t", s[1] == "r" {
            emit(["c", "h"] + s[2...])
        } else if s.count > 1, s[0] == "c", s[1] == "h" {
            emit(["t", "r"] + s[2...])
        } else if s[0] == "s" {
            emit(["x"] + s[1...])
        } else if s[0] == "x" {
            emit(["s"] + s[1...])
        }
        // d, r and gi: "gi" before a vowel is the initial (*giữ*); before a consonant or
        // alone it shares its i with the vowel (*gì*, *gìn*).
        if s.count > 1, s[0] == "g", let v = Alphabet.vowel(s[1]), v.base == Alphabet.Base.i {
            rest = s.count > 2 && Alphabet.vowel(s[2]) != nil ? s[2...] : s[1...]
            emit(["d"] + rest)
            emit(["r"] + rest)
        } else if s[0] == "d" || s[0] == "r" {
            rest = s[1...]
            if let first = rest.first, let v = Alphabet.vowel(first), v.base == Alphabet.Base.i {
                emit(["g"] + rest)
            } else {
                emit(["g", "i"] + rest)
            }
            emit([s[0] == "d" ? "r" : "d"] + rest)
        }
        if s[0] == "d" { emit(["đ"] + s[1...]) }
        if s[0] == "đ" { emit(["d"] + s[1...]) }
        // Tones and vowel marks.
        let toned = s.firstIndex { Alphabet.vowel($0).map { $0.tone != 0 } ?? false }
        for (k, c) in s.enumerated() {
            guard let v = Alphabet.vowel(c) else { continue }
            if toned == nil || toned == k {
                for tone in 0...5 where tone != v.tone {
                    var copy = s
                    copy[k] = Alphabet.letter(Alphabet.Vowel(base: v.base, tone: tone, upper: false))
                    // Only hỏi (3) and ngã (4) are the classic pair: huyền (2) and nặng (5)
                    // also sum to 7, and *dùng*/*dụng* is no slip writers are known for.
                    classic = isHoiNga(v.tone, tone)
                    emit(copy)
                }
                classic = false
            }
            if let group = Variants.markGroups.first(where: { $0.contains(v.base) }) {
                for base in group where base != v.base {
                    var copy = s
                    copy[k] = Alphabet.letter(Alphabet.Vowel(base: base, tone: v.tone, upper: false))
                    emit(copy)
                }
            }
        }
        return out
    }

    /// True when tones `a` and `b` (`Alphabet` numbering: 3 hỏi, 4 ngã) are hỏi and ngã,
    /// the one tone pair whose confusion is classic.
    static func isHoiNga(_ a: Int, _ b: Int) -> Bool { a != b && (a == 3 || a == 4) && (b == 3 || b == 4) }

    /// The table numbers of the confusions of `word` that the tables know.
    static func confusionIDs(of word: String) -> [(id: Int32, classic: Bool)] {
        var ids: [(id: Int32, classic: Bool)] = []
        for v in confusions(of: word) where v.word != word {
            if let id = RegisterLexicon.id(v.word), !ids.contains(where: { $0.id == id }) { ids.append((id, v.classic)) }
        }
        return ids
    }

    /// Reports the real-word errors of the document.
    static func checkConfusions(_ lines: [TokenizedLine], _ tokenIDs: [[Int32]], _ words: [String],
                                _ tableID: [Int32], _ function: [Bool], _ documentID: (String) -> Int32?, _ counts: BigramCounts, _ unigrams: [Int], _ reported: inout TokenFlags, _ report: inout Report) {
        // Per distinct word: its table number and its confusions', computed once.
        // (Only for the IDs that are words' folded texts: `words` numbers every text.)
        var variantCache: [[(id: Int32, classic: Bool)]?] = Array(repeating: nil, count: words.count)
        func variants(_ w: Int32) -> [(id: Int32, classic: Bool)] {
            if let known = variantCache[Int(w)] { return known }
            // A syllable of the table has its confusions listed there; any other is spelt out.
            let found = tableID[Int(w)] >= 0 ? RegisterLexicon.confusions(tableID[Int(w)]) : confusionIDs(of: words[Int(w)])
            variantCache[Int(w)] = found
            return found
        }
        // The tables read once (each static access is a `swift_once` and a copy).
        let lexicon = RegisterLexicon.tables
        func isWord(_ a: Int32, _ b: Int32) -> Bool {
            guard a >= 0, b >= 0 else { return false }
            let p = lexicon.pair(a, b)
            return p.word || p.count >= 2
        }
        func isListWord(_ a: Int32, _ b: Int32) -> Bool { a >= 0 && b >= 0 && lexicon.pair(a, b).word }
        /// A pair the writer may have meant: a word of the list (a frequent phrase of the
        /// register may be the seam of two words: *Việt Nam và* has *nam và*) — and, for a
        /// confusion that is not a classic one, a word the register writes.
        func isTarget(_ a: Int32, _ b: Int32, _ classic: Bool) -> (count: Int, word: Bool)? {
            let p = lexicon.pair(a, b)
            return p.word && (classic || p.count >= 2) ? p : nil
        }
        var slipCache: [[(id: Int32, evidence: Bool)]?] = Array(repeating: nil, count: words.count)
        func slips(_ w: Int32) -> [(id: Int32, evidence: Bool)] {
            if let known = slipCache[Int(w)] { return known }
            let found = slipIDs(of: words[Int(w)])
            slipCache[Int(w)] = found
            return found
        }
        for (n, t) in lines.enumerated() {
            let id = tokenIDs[n]
            let firstWord = id.firstIndex { $0 >= 0 }
            for i in id.indices.dropLast() where id[i] >= 0 && id[i + 1] >= 0 {
                let x = id[i], y = id[i + 1]
                let a = tableID[Int(x)], b = tableID[Int(y)]
                guard a >= 0 || b >= 0 else { continue }
                // As written, a word or a phrase of the register.
                if a >= 0, b >= 0 {
                    let p = lexicon.pair(a, b)
                    if p.word || p.count > 0 { continue }
                }
                guard !function[Int(x)], !function[Int(y)], !reported[n, i], !reported[n, i + 1],
                      counts[Int64(x) << 32 | Int64(y), default: 0] <= 2,
                      isLowerWord(t, i, first: i == firstWord), isLowerWord(t, i + 1, first: false) else { continue }
                // A seam between two words is no slip: a syllable that makes a word with its
                // other neighbour (*khoa học sinh*) belongs to that word, as written or changed.
                let before: Int32 = i > 0 && id[i - 1] >= 0 ? tableID[Int(id[i - 1])] : -1
                let after: Int32 = i + 2 < id.count && id[i + 2] >= 0 ? tableID[Int(id[i + 2])] : -1
                if isListWord(before, a) || isListWord(b, after) { continue }
                // Exactly one confusion of one syllable makes a word.
                var found: [(changedFirst: Bool, id: Int32, count: Int)] = []
                if b >= 0 { for v in variants(x) { if let p = isTarget(v.id, b, v.classic) { found.append((true, v.id, p.count)) } } }
                if a >= 0 { for v in variants(y) { if let p = isTarget(a, v.id, v.classic) { found.append((false, v.id, p.count)) } } }
                if found.isEmpty {
                    // No classic confusion makes a word: the other slips (`Misspelling+Slips.swift`).
                    guard let slip = slip(x, y, a, b, before: before, after: after, lexicon: lexicon, slips: slips, classicVariants: variants, documentCount: { v, other, first in
                        guard let vid = documentID(RegisterLexicon.syllable(v)) else { return 0 }
                        return counts[first ? Int64(vid) << 32 | Int64(other) : Int64(other) << 32 | Int64(vid), default: 0]
                    }, writtenElsewhere: { first in
                        unigrams[Int(first ? x : y)] > counts[Int64(x) << 32 | Int64(y), default: 0]
                    }) else { continue }
                    if slip.changedFirst ? isListWord(before, slip.id) : isListWord(slip.id, after) { continue }
                    let correct = slip.changedFirst ? RegisterLexicon.syllable(slip.id) + " " + words[Int(y)]
                        : words[Int(x)] + " " + RegisterLexicon.syllable(slip.id)
                    guard !Lexicon.valid.contains(words[Int(x)] + " " + words[Int(y)]) else { continue }
                    if slip.document >= 1 {
                        add(t, i, 2, correct, &report, key: "evidence", extra: ["\(slip.document)"], certain: false)
                    } else if slip.register >= 2 {
                        add(t, i, 2, correct, &report, key: "register", extra: ["\(slip.register)"], certain: false)
                    } else {
                        add(t, i, 2, correct, &report, key: "word", extra: [], certain: false, severity: .info)
                    }
                    reported[n, i] = true
                    reported[n, i + 1] = true
                    continue
                }
                guard found.count == 1, let target = found.first else { continue }
                // (For the changed syllable only a word of the list counts: the register's
                // *việc xử* is *việc* + *xử lý*.)
                if target.changedFirst ? isListWord(before, target.id) : isListWord(target.id, after) { continue }
                let correct = target.changedFirst ? RegisterLexicon.syllable(target.id) + " " + words[Int(y)]
                    : words[Int(x)] + " " + RegisterLexicon.syllable(target.id)
                guard !Lexicon.valid.contains(words[Int(x)] + " " + words[Int(y)]) else { continue }
                if target.count >= 2 {
                    add(t, i, 2, correct, &report, key: "register", extra: ["\(target.count)"], certain: target.count >= certainCount)
                } else {
                    add(t, i, 2, correct, &report, key: "word", extra: [], certain: false)
                }
                reported[n, i] = true
                reported[n, i + 1] = true
            }
        }
    }

    /// True when token `i` is a word in lower case — or, as the first word of its line,
    /// with a capital first letter only. Names (*Sơn La*), acronyms and codes are not
    /// judged.
    static func isLowerWord(_ t: TokenizedLine, _ i: Int, first: Bool) -> Bool {
        let letters = t.line.scalars[t.tokens[i].range]
        guard let head = letters.first else { return false }
        guard letters.dropFirst().allSatisfy({ !isUpper($0) }) else { return false }
        return first || !isUpper(head)
    }
}

// ---- Misspelling+Slips.swift (main 12f0f2b) ----

/// Slips beyond the classic confusions (issue 15's recall on new documents), tried only
/// where no classic confusion of the pair makes a word:
///
/// * a glide or vowel letter added before the nucleus (*chuẩn đoán* for *chẩn đoán*): one
///   unmarked vowel letter that another vowel follows deleted;
/// * a vowel changed, its tone kept (*quần chóng* for *quần chúng*): another vowel outside
///   the mark groups that the classic confusions already try (*o* → *u*, *a* → *ơ* …),
///   toward a syllable the register writes more often than the written one;
/// * the initials *l/n* swapped (*nực lượng* for *lực lượng*), a consonant letter added to
///   the initial (*trách nghiệm* for *trách nhiệm*), a wrong final consonant (*ngăn chặng*
///   for *ngăn chặn*, *buôn lận* for *buôn lậu*) — each toward a syllable the register
///   writes more often than the written one;
/// * a syllable that no word of the list and no phrase of the register has (*dảm*), one
///   classic confusion away from a pair that is no word of the list but that the register
///   or the document writes (*giảm nghèo*, which pyvi's list lacks).
///
/// Precision first: the written pair is no word and no phrase of the register (the caller's
/// gates), exactly one candidate across all these slips makes a word, and the finding is a
/// warning only when the register (twice or more) or the document (elsewhere) writes the
/// corrected pair; otherwise it is `info`. Never a fix.
extension MisspellingBefore {
    /// The slips of `syllable` (a folded key) that the first two kinds give, as syllables
    /// of the register's table (any other spelling is no word of the list).
    /// A changed vowel is tried only toward a syllable the register writes more often than
    /// the written one (a writer slips toward the rarer spelling, not away from it: *công*
    /// is no slip for *cung*).
    /// `evidence`: a slip of a sound (*l/n*, an initial letter, a final), reported only where
    /// the register or the document writes the corrected pair (*hàng giả* is no slip for
    /// *hành giả*, a word the list has and the genre never writes).
    static func slipIDs(of syllable: String) -> [(id: Int32, evidence: Bool)] {
        // Every document asks for the same few thousand syllables: each is spelt out once
        // per process (bounded like `Variants.of`'s cache).
        if let known = slipCache.withLock({ $0[syllable] }) { return known }
        let found = spellSlips(syllable)
        slipCache.withLock { if $0.count < Variants.cacheLimit { $0[syllable] = found } }
        return found
    }

    private static let slipCache = Mutex<[String: [(id: Int32, evidence: Bool)]]>([:])

    /// `slipIDs` without the cache.
    static func spellSlips(_ syllable: String) -> [(id: Int32, evidence: Bool)] {
        let s = Array(syllable.unicodeScalars)
        var out: [(id: Int32, evidence: Bool)] = []
        var sound = false
        let writtenCount = RegisterLexicon.id(syllable).map(RegisterLexicon.count) ?? 0
        var changingVowel = false
        func emit(_ v: [Unicode.Scalar]) {
            var text = String(String.UnicodeScalarView(v))
            guard let id = text.withUTF8({ RegisterLexicon.id($0) }), !out.contains(where: { $0.id == id }) else { return }
            if changingVowel && RegisterLexicon.count(id) <= writtenCount { return }
            out.append((id, sound))
        }
        let vowels = s.indices.filter { Alphabet.vowel(s[$0]) != nil }
        // A glide or vowel letter added before the nucleus (*chuẩn* for *chẩn*): delete one
        // that carries no tone and stands before another vowel. (The last vowel is the
        // nucleus or an off-glide: deleting it changes the word's sound, *thuê* → *thu*.)
        if vowels.count >= 2 {
            for k in vowels where Alphabet.vowel(s[k])!.tone == 0 && k + 1 < s.count && Alphabet.vowel(s[k + 1]) != nil {
                var copy = s
                copy.remove(at: k)
                emit(copy)
            }
        }
        // The other slips change a sound the writer may have meant: each only toward a
        // syllable the register writes more often than the written one.
        changingVowel = true
        // A vowel changed, its tone kept: the bases outside its mark group.
        for k in vowels {
            let v = Alphabet.vowel(s[k])!
            let group = Variants.markGroups.first { $0.contains(v.base) } ?? [v.base]
            for base in 0..<Alphabet.bases.count where !group.contains(base) {
                var copy = s
                copy[k] = Alphabet.letter(Alphabet.Vowel(base: base, tone: v.tone, upper: false))
                emit(copy)
            }
        }
        guard let firstVowel = vowels.first, let lastVowel = vowels.last else { return out }
        sound = true
        // The initials *l* and *n*, which northern speech merges (*nực lượng* for *lực
        // lượng*, *lăng lực* for *năng lực*). (*ng*, *nh* are other initials.)
        if firstVowel == 1, s[0] == "l" { emit(["n"] + s[1...]) }
        if firstVowel == 1, s[0] == "n" { emit(["l"] + s[1...]) }
        // A consonant letter added to the initial (*nghiệm* for *nhiệm*): one letter of an
        // initial of two or three deleted.
        if firstVowel >= 2 {
            for k in 0..<firstVowel {
                var copy = s
                copy.remove(at: k)
                emit(copy)
            }
        }
        // A wrong final consonant (`finalSlips`: *chặng* for *chặn*, *lận* for *lậu*).
        if lastVowel + 1 < s.count {
            let final = String(String.UnicodeScalarView(s[(lastVowel + 1)...]))
            for other in finalSlips[final] ?? [] {
                emit(Array(s[...lastVowel]) + Array(other.unicodeScalars))
            }
        }
        return out
    }

    /// For each final consonant, the finals a writer may have meant: the other finals of
    /// its class (the nasals *m n ng nh*, the stops *p t c ch*: the class keeps the tone
    /// rule of the syllable — a stop only with sắc or nặng), and an off-glide or no final
    /// at all (a final added: *lận* for *lậu*). The merges of the southern finals (*n/ng*,
    /// *t/c*) and of typing; source: Đoàn Thiện Thuật, *Ngữ âm tiếng Việt* (1977), the
    /// finals of Vietnamese and their dialect merges.
    static let finalSlips: [String: [String]] = {
        let nasals = ["m", "n", "ng", "nh"], stops = ["p", "t", "c", "ch"]
        let open = ["", "i", "y", "o", "u"]
        var map: [String: [String]] = [:]
        for group in [nasals, stops] {
            for f in group { map[f] = group.filter { $0 != f } + open }
        }
        return map
    }()

    /// A slip of the pair `x y` (table numbers `a`, `b`; -1 for a syllable the tables lack),
    /// if exactly one candidate makes a word: which syllable changed, its new table number,
    /// and how often the register and the document write the corrected pair.
    /// `classicVariants` gives the classic confusions of a document word;
    /// `documentCount` counts a pair of folded keys in the document; `writtenElsewhere` tells
    /// whether the document writes the first (true) or second written syllable outside this pair.
    static func slip(_ x: Int32, _ y: Int32, _ a: Int32, _ b: Int32, before: Int32, after: Int32, lexicon: RegisterLexicon.Tables,
                     slips: (Int32) -> [(id: Int32, evidence: Bool)], classicVariants: (Int32) -> [(id: Int32, classic: Bool)],
                     documentCount: (Int32, Int32, Bool) -> Int, writtenElsewhere: (Bool) -> Bool = { _ in false })
        -> (changedFirst: Bool, id: Int32, register: Int, document: Int, word: Bool)? {
        // A seam is no slip: a written syllable that makes a word or a phrase of the register
        // with its outer neighbour is not the one that changed (*đầu tư công | cấp xã*).
        let firstBound = before >= 0 && a >= 0 && (lexicon.pair(before, a).word || lexicon.pair(before, a).count > 0)
        let secondBound = after >= 0 && b >= 0 && (lexicon.pair(b, after).word || lexicon.pair(b, after).count > 0)
        var found: [(changedFirst: Bool, id: Int32, register: Int, document: Int, word: Bool)] = []
        var needsEvidence = false
        // A vowel added or changed, to a word of the list.
        if b >= 0, !firstBound {
            for v in slips(x) where v.id != a {
                let p = lexicon.pair(v.id, b)
                if p.word { found.append((true, v.id, p.count, documentCount(v.id, y, true), true)); needsEvidence = v.evidence }
            }
        }
        if a >= 0, !secondBound {
            for v in slips(y) where v.id != b {
                let p = lexicon.pair(a, v.id)
                if p.word { found.append((false, v.id, p.count, documentCount(v.id, x, false), true)); needsEvidence = v.evidence }
            }
        }
        // A syllable the tables lack, a classic confusion away from a phrase the register or
        // the document writes.
        if a < 0, b >= 0 {
            for v in classicVariants(x) where v.classic {
                let p = lexicon.pair(v.id, b)
                let d = documentCount(v.id, y, true)
                if !p.word, p.count >= 2 || d >= 1 { found.append((true, v.id, p.count, d, false)) }
            }
        }
        if b < 0, a >= 0 {
            for v in classicVariants(y) where v.classic {
                let p = lexicon.pair(a, v.id)
                let d = documentCount(v.id, x, false)
                if !p.word, p.count >= 2 || d >= 1 { found.append((false, v.id, p.count, d, false)) }
            }
        }
        guard found.count == 1 else { return nil }
        if needsEvidence, found[0].register < 2, found[0].document < 1 { return nil }
        // A sound slip's written syllable that the document writes elsewhere is a word of
        // the writer's (*đường liên thôn* beside *thôn*, *buôn* of the same document), not
        // a slip toward *liên thông*.
        if needsEvidence, writtenElsewhere(found[0].changedFirst) { return nil }
        return found[0]
    }
}

// ---- TokenFlags (main 7e691ac's Misspelling.swift; only the old rule above uses it) ----

/// One flag per token of a document's text lines (`reported`: a token a finding took), in
/// one flat array: a `Set<Int64>` of (line, token) hashed a key per token (issue 17).
struct TokenFlags {
    private var flags: [Bool]
    /// Where each line's tokens start in `flags`.
    private let starts: [Int]

    init(_ lines: [[Int32]]) {
        var starts: [Int] = []
        starts.reserveCapacity(lines.count + 1)
        var total = 0
        for line in lines { starts.append(total); total += line.count }
        starts.append(total)
        self.starts = starts
        flags = [Bool](repeating: false, count: total)
    }

    /// The flag of token `i` of line `n` (false outside the lines).
    subscript(n: Int, i: Int) -> Bool {
        @inline(__always) get {
            guard n >= 0, n + 1 < starts.count, i >= 0, starts[n] + i < starts[n + 1] else { return false }
            return flags[starts[n] + i]
        }
        set {
            guard n >= 0, n + 1 < starts.count, i >= 0, starts[n] + i < starts[n + 1] else { return }
            flags[starts[n] + i] = newValue
        }
    }
}
