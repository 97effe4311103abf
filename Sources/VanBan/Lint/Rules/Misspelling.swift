import Synchronization

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
public enum Misspelling: Rule {
    public static let id = "misspelling"
    public static let nameVi = "sai chính tả"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Từ hoặc cụm từ viết sai chính tả, kèm cách sửa (triền khai → triển khai)",
        en: "A misspelt word or collocation, with the correction (triền khai → triển khai)")
    public static let details = LocalizedText(
        vi: "Dựa trên mô hình âm tiết tiếng Việt với quy tắc chính tả (c/k/q, g/gh, ng/ngh, phụ âm cuối p t c ch chỉ với dấu sắc, nặng …; chữ không thành âm tiết: không sửa tự động), trên danh sách từ hai âm tiết của tiếng Việt và tần suất trong văn bản hành chính thật (một cặp âm tiết không thành từ, chỉ một lỗi lẫn s/x, d/gi/r, tr/ch, hỏi/ngã, thiếu dấu … là thành từ: sử lý → xử lý; sửa tự động khi cụm đúng gặp ít nhất 20 lần), trên từ điển cụm từ cố định của văn bản hành chính và trên chính văn bản: một cụm hiếm gặp chỉ khác một dấu so với cụm được dùng nhiều lần. Ngoài các lỗi lẫn quen thuộc: thừa một chữ nguyên âm trước âm chính (chuẩn đoán → chẩn đoán), đổi nguyên âm giữ nguyên thanh (quần chóng → quần chúng), lẫn l/n (nực lượng → lực lượng), thừa một chữ ở phụ âm đầu (trách nghiệm → trách nhiệm), sai phụ âm cuối (ngăn chặng → ngăn chặn) — ba lỗi này chỉ báo khi kho văn bản thật hoặc văn bản có cụm đúng —, hay một âm tiết không có trong từ nào, lẫn sang một cụm mà kho văn bản hoặc chính văn bản có viết — là cảnh báo khi kho văn bản thật hoặc văn bản có cụm đúng, nếu không thì chỉ là ghi chú; không sửa tự động. Âm tiết không có trong từ nào của danh sách từ và chưa gặp trong văn bản thật (dảm): ghi chú. Không báo khi cụm như đã viết là một từ hay cụm thường gặp trong văn bản thật (các bộ, công chứng), khi có hư từ (các, mỗi, tại …), tên riêng viết hoa hay chữ viết tắt.",
        en: "Uses the Vietnamese syllable model with the spelling rules (c/k/q, g/gh, ng/ngh, the stop finals p t c ch only with sắc or nặng …; a non-syllable gets no fix), the two-syllable words of Vietnamese with their counts in real administrative documents (a pair of syllables that is no word, one s/x, d/gi/r, tr/ch, hỏi/ngã or dropped-mark confusion away from exactly one word: sử lý → xử lý; fixed when the register writes the word at least 20 times), a lexicon of the genre's fixed collocations and the document itself: a rare bigram one mark away from one used many times. Beyond the classic confusions: a vowel letter added before the nucleus (chuẩn đoán → chẩn đoán), a vowel changed with its tone kept (quần chóng → quần chúng), the initials l/n swapped (nực lượng → lực lượng), a consonant letter added to the initial (trách nghiệm → trách nhiệm), a wrong final (ngăn chặng → ngăn chặn) — these three only where real documents or the document write the correct pair —, or a syllable no word has, a classic confusion away from a phrase the register or the document writes — a warning when real documents or the document write the correct pair, else a note; never fixed. A syllable in no word of the word list and never in real documents (dảm): a note. Silent when the words as written are a word or a frequent phrase of real documents (các bộ, công chứng), around function words (các, mỗi, tại …), capitalised names and acronyms.")
    public static let messages: [String: LocalizedText] = [
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
    public static let fixable = true

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
        /// Keyed by UTF-8 bytes (`ByteKeyTable`): hashing a `String` with Vietnamese letters
        /// normalises it first, and an `[[UInt8]: UInt64]` dictionary allocated and
        /// SipHashed an array per look-up.
        var vocabulary = ByteKeyTable(capacity: 4_096)
        var variantsByID = PhraseTable()
        /// By vocabulary number (index 0 unused): whether the word is a misspelt word.
        var misspelt: [Bool] = [false]
    }

    static let lexiconTables: LexiconTables = {
        var t = LexiconTables()
        // A variant phrase can only be a collocation or a valid phrase when its changed word
        // is a word of one: only then is the phrase built and looked up.
        var known = ByteKeyTable(capacity: 1_024)
        for phrase in Lexicon.collocations + Array(Lexicon.valid) {
            var phrase = phrase
            phrase.withUTF8 { p in
                var start = 0
                for k in 0...p.count where k == p.count || p[k] == 0x20 {
                    if k > start { _ = known.insert(UnsafeBufferPointer(rebasing: p[start..<k])) }
                    start = k + 1
                }
            }
        }
        // Each word and variant numbered by its bytes, read in place (a variant is a
        // native `String`: `withUTF8` copies nothing).
        func number(_ w: UnsafeBufferPointer<UInt8>) -> UInt64 {
            let (n, inserted) = t.vocabulary.insert(w)
            if inserted { t.misspelt.append(false) }
            return n
        }
        var numbers: [UInt64] = []
        for phrase in Lexicon.collocations {
            let words = phrase.split(separator: " ").map(String.init)
            numbers.removeAll(keepingCapacity: true)
            for w in words {
                var w = w
                numbers.append(w.withUTF8 { number($0) })
            }
            for (k, w) in words.enumerated() {
                for v in Variants.of(w, finals: true) {
                    var v = v
                    let n: UInt64? = v.withUTF8 { bytes in
                        if known.number(bytes) != nil {
                            var changed = words
                            changed[k] = String(decoding: bytes, as: UTF8.self)
                            let key = changed.joined(separator: " ")
                            if Lexicon.collocationSet.contains(key) || Lexicon.valid.contains(key) { return nil }
                        }
                        return number(bytes)
                    }
                    guard let n else { continue }
                    var packed: UInt64 = 0
                    for j in 0..<numbers.count { packed = packed << 21 | (j == k ? n : numbers[j]) }
                    t.variantsByID.set(packed, phrase)
                    t.misspelt[Int(n)] = true
                }
            }
        }
        return t
    }()

    /// For each lexicon vocabulary number, the places it holds in a key of
    /// `lexiconTables.variantsByID` that the phrase search can build: bit `k` for word `k`
    /// of a window of three, bit `3 + k` for word `k` of a window of two (`roleBit`). A
    /// window whose words lack their bits has no variant, and is not packed and looked up.
    ///
    /// Read from the keys themselves, as the search packs a window (21 bits a word, the
    /// first word highest): a key that a window of three builds has its first word's number
    /// at bits 42–62 (a longer phrase whose leading bits fell off the 64 may build such a
    /// key too: it is found as the search finds it), one of two has nothing above bit 41.
    static let lexiconRoles: [UInt8] = {
        let t = lexiconTables
        var roles = [UInt8](repeating: 0, count: t.misspelt.count)
        let mask: UInt64 = (1 << 21) - 1
        for key in t.variantsByID.keys where key >> 63 == 0 {
            let first = key >> 42, second = key >> 21 & mask, third = key & mask
            let numbers = first != 0 ? [first, second, third] : [second, third]
            guard !numbers.contains(0), numbers.allSatisfy({ Int($0) < roles.count }) else { continue }
            for (k, n) in numbers.enumerated() { roles[Int(n)] |= roleBit(numbers.count, k) }
        }
        return roles
    }()

    /// The bit of word `k` of a window of `length` (3 or 2) in `lexiconRoles`.
    @inline(__always)
    static func roleBit(_ length: Int, _ k: Int) -> UInt8 { UInt8(1) << UInt8(length == 3 ? k : 3 + k) }

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let lines = document.textLines
        // Words as the document's word-table IDs of their folded text (`LintDocument.words`):
        // no String is hashed or built per token (issue 17). An ID of the table that is no
        // word's folded text (punctuation, a lower-case form in the new style) is never a
        // token's here, so its counts stay 0.
        let table = document.words
        let words = table.text
        let idCount = table.count
        let documentIDs = document.ids
        func pair(_ a: Int32, _ b: Int32) -> Int64 { Int64(a) << 32 | Int64(b) }
        // The static tables read into locals: each access to a global costs a swift_once
        // call, which was a twentieth of lint time in a loop.
        let tables = Self.lexiconTables
        let variants = tables.variantsByID
        let phrases = Self.twoWordPhrases
        // What the rule knows of each distinct word (`WordEntry`: register number, lexicon
        // number, function word, lexicon variant's misspelt word, word a syllable may have
        // been dropped before, known misspelt acronym, syllable verdicts), read from the
        // process's cache by the word's interner ID (`global`).
        var lexiconID = [UInt64](repeating: 0, count: idCount)
        var registerID = [Int32](repeating: -1, count: idCount)
        var function = [Bool](repeating: false, count: idCount)
        var misspelt = [Bool](repeating: false, count: idCount)
        var droppable = [Bool](repeating: false, count: idCount)
        var knownAcronym = [Bool](repeating: false, count: idCount)
        var wordRoles = [UInt8](repeating: 0, count: idCount)
        var wordFlags = [UInt16](repeating: 0, count: idCount)
        // Per word, the passes below it concerns (`Pass`), and per line the union of its
        // words': a pass skips every line without its bit.
        var wordPasses = [UInt8](repeating: 0, count: idCount)
        var linePasses = [UInt8](repeating: 0, count: lines.count)
        // The document's words laid out flat: one buffer of folded IDs (-1: no word) for the
        // tokens of all text lines, line n's at `lineStart[n]..<lineStart[n + 1]` (it was an
        // array per line); the word and bigram counts taken in the same pass.
        var lineStart = [Int](repeating: 0, count: lines.count + 1)
        var total = 0
        for n in lines.indices { lineStart[n] = total; total += documentIDs[n].count }
        lineStart[lines.count] = total
        // Each distinct ID's folded ID, -1 for an empty text: read once per ID, not per token.
        // (`Token.lower` is empty exactly when its ID's text is.)
        var foldedWord = [Int32](repeating: -1, count: idCount)
        for k in 0..<idCount where !words[k].isEmpty { foldedWord[k] = table.folded[k] }
        var isWordID = [Bool](repeating: false, count: idCount)
        // The interner ID of each word's folded text (`WordTable.fold`: the interner's
        // folded form of a marked word, the word itself otherwise), and the words in the
        // order first met.
        var global = [UInt32](repeating: 0, count: idCount)
        var distinct: [Int32] = []
        // (Room for every ID at once: grown as words came, it was copied a dozen times.)
        distinct.reserveCapacity(idCount)
        var unigrams = [Int](repeating: 0, count: idCount)
        // (Counted after the flat pass, in one tight loop over `flat`: `PairCounts`.)
        let counts = PairCounts(capacity: total / 2)
        // Each place's bigram: its number in `counts` for the word at place g and the next
        // one, -1 when either is no word. A pass reads a pair's count and facts by it,
        // without hashing the pair again.
        var pairAt = [Int32](repeating: -1, count: total)
        let interner = WordInterner.shared
        let marked = table.isMarked
        // (Written through buffers: an array's uniqueness check at each store was a third
        // of this pass.)
        let flat = [Int32](unsafeUninitializedCapacity: total) { out, initialized in
            isWordID.withUnsafeMutableBufferPointer { seen in
                unigrams.withUnsafeMutableBufferPointer { unigram in
                    foldedWord.withUnsafeBufferPointer { folded in
                        for n in lines.indices {
                            let ids = documentIDs[n]
                            let tokens = lines[n].tokens
                            let base = lineStart[n]
                            for i in ids.indices {
                                let f = tokens[i].kind == .word ? folded[Int(ids[i])] : -1
                                out[base + i] = f
                                if f >= 0 {
                                    if !seen[Int(f)] {
                                        seen[Int(f)] = true
                                        let word = tokens[i].word
                                        global[Int(f)] = marked[Int(ids[i])] ? interner.folded(word) : word
                                        distinct.append(f)
                                    }
                                    unigram[Int(f)] += 1
                                }
                            }
                        }
                    }
                }
            }
            initialized = total
        }
        flat.withUnsafeBufferPointer { fl in
            lineStart.withUnsafeBufferPointer { ls in
                pairAt.withUnsafeMutableBufferPointer { counts.countPairs(fl, ls, $0) }
            }
        }
        // The facts of each distinct word, then which passes each line concerns.
        // The register number's document ID (`registerToDocument`, -1: none) finds the
        // document's words among a word's variants without hashing their text.
        let registerCount = RegisterLexicon.tables.starts.count - 1
        var registerToDocument = [Int32](repeating: -1, count: registerCount)
        let distinctGlobal = distinct.map { global[Int($0)] }
        let entries = [WordEntry](unsafeUninitializedCapacity: distinct.count) { out, initialized in
            distinctGlobal.withUnsafeBufferPointer { Self.entries($0, into: out) }
            initialized = distinct.count
        }
        // (By index: `zip`'s iterator was a call per word.)
        for j in distinct.indices {
            let e = entries[j], k32 = distinct[j]
            let k = Int(k32)
            registerID[k] = e.register
            lexiconID[k] = UInt64(e.lexicon)
            function[k] = e.has(Flag.function)
            misspelt[k] = e.has(Flag.misspelt)
            droppable[k] = e.has(Flag.droppable)
            knownAcronym[k] = e.has(Flag.acronym)
            wordRoles[k] = e.roles
            wordFlags[k] = e.flags
            let r = e.register
            if r >= 0, Int(r) < registerCount { registerToDocument[Int(r)] = k32 }
            wordPasses[k] = (misspelt[k] && wordRoles[k] != 0 || knownAcronym[k] ? Pass.lexicon : 0)
                | (marked[k] ? Pass.marked : 0) | (droppable[k] ? Pass.dropped : 0)
        }
        wordPasses.withUnsafeBufferPointer { passes in
            flat.withUnsafeBufferPointer { flat in
                for n in lines.indices {
                    var union: UInt8 = 0
                    for g in lineStart[n]..<lineStart[n + 1] where flat[g] >= 0 { union |= passes[Int(flat[g])] }
                    linePasses[n] = union
                }
            }
        }
        // One flag per token (by its place in `flat`): a token a finding took.
        var reported = [Bool](repeating: false, count: total)
        // A line's folded keys (`LintDocument.keys`), built only where a candidate needs
        // them: a String per token of the document was most of what this rule allocated.
        func keyLine(_ n: Int) -> [String] { flat[lineStart[n]..<lineStart[n + 1]].map { $0 >= 0 ? words[Int($0)] : "" } }
        // Lexicon.
        // Whether the register writes a variant as written (*các bộ*), once per variant.
        var writtenIsPhrase: [UInt64: Bool] = [:]
        func registerPhrase(_ phrase: UInt64, _ key: [String], _ start: Int, _ length: Int) -> Bool {
            if let known = writtenIsPhrase[phrase] { return known }
            let found = RegisterLexicon.count(key[start..<(start + length)].joined(separator: " ")) >= 2
            writtenIsPhrase[phrase] = found
            return found
        }
        let globalIDs = global
        /// Whether document words `a b` are a compound or a collocation of the lexicon.
        func joins(_ a: Int32, _ b: Int32) -> Bool {
            phrases[UInt64(globalIDs[Int(a)]) << 32 | UInt64(globalIDs[Int(b)]), default: 0] & (PhraseKind.compound | PhraseKind.collocation) != 0
        }
        for n in lines.indices where linePasses[n] & Pass.lexicon != 0 {
            // (Copied only for a line that has a finding or an acronym to look at: a copy per
            // line retained and released its arrays.)
            lazy var t = lines[n]
            let base = lineStart[n], count = lineStart[n + 1] - base
            lazy var key = keyLine(n)
            var nextFree = 0
            for i in 0..<count where flat[base + i] >= 0 {
                let w = Int(flat[base + i])
                if knownAcronym[w], t.tokens[i].range.count >= 4, isUpper(t.line.scalars[t.tokens[i].range.lowerBound]),
                   let fixed = acronym(t.text(i)) {
                    report.add("acronym", [t.text(i), fixed], at: t.span(i), fix: Fix(span: t.span(i), replacement: fixed))
                    continue
                }
                // (A window that holds a word out of its place in every variant is no variant:
                // `lexiconRoles`.)
                guard misspelt[w], wordRoles[w] != 0 else { continue }
                // Phrases of three, then two words that contain word i.
                // (The words' numbers packed in one plain loop: `allSatisfy` and `reduce` with
                // closures were 3% of this rule.)
                // (Lengths counted down in a plain loop: an array literal here was built per
                // token; a window without word i's own bit is passed over first.)
                var length = 3
                search: while length >= 2 {
                    defer { length -= 1 }
                    // (A plain counter: a `ClosedRange` walk cost an optional index per step.)
                    var start = max(nextFree, i - length + 1)
                    while start <= i {
                        defer { start += 1 }
                        guard start + length <= count && wordRoles[w] & roleBit(length, i - start) != 0 else { continue }
                        var phrase: UInt64 = 0
                        var known = true
                        for k in start..<(start + length) {
                            let x = flat[base + k]
                            guard x >= 0, wordRoles[Int(x)] & roleBit(length, k - start) != 0 else { known = false; break }
                            phrase = phrase << 21 | lexiconID[Int(x)]
                        }
                        // (`startsCompound` and `endsCompound` asked on the words' interner IDs,
                        // `twoWordPhrases`: the line's keys are built only when those pass.)
                        let last = start + length - 1
                        guard known, let correct = variants[phrase],
                              !(last + 1 < count && flat[base + last + 1] >= 0 && joins(flat[base + last], flat[base + last + 1])),
                              !(start > 0 && flat[base + start - 1] >= 0 && joins(flat[base + start - 1], flat[base + start])),
                              !registerPhrase(phrase, key, start, length), !isRegisterWord(key, start, length, correct) else { continue }
                        add(t, start, length, correct, &report, key: "lexicon", extra: [])
                        for k in start..<(start + length) { reported[base + k] = true }
                        nextFree = start + length
                        break search
                    }
                }
            }
        }
        // Real-word errors: a pair that is no word, one confusion away from one.
        checkConfusions(lines, flat, lineStart, pairAt, words, registerID, function, global, registerToDocument, phrases, counts, unigrams,
                        &reported, &report)
        // Non-syllables: a word with a Vietnamese mark that no Vietnamese syllable spells
        // (*Luuật*, *quyêt*, *nghiã*, *ngiệm*). Acronyms and mixed-case codes (*QĐi*, *HĐND*)
        // aside; a capitalised word is held only to the letters of a syllable, not to the
        // spelling rules that the names of minority-language places break (*Kơ Nia*).
        // No fix: the intended word is not certain. A word without a mark is a syllable here
        // and no rare one: only the lines with a marked word are read.
        // Which words this pass reads (`judged`): a marked word, unless a register word (never
        // a rare one) that is a syllable as written in either case, which gives no finding
        // anywhere. Decided once per distinct word per process (`WordEntry`), with the
        // verdicts; then the places of the judged words, in document order, are found in one
        // scan.
        var judged = [Bool](repeating: false, count: idCount)
        for k32 in distinct where marked[Int(k32)] { judged[Int(k32)] = wordFlags[Int(k32)] & Flag.judged != 0 }
        // (A finding here marks only its own place: the places can be gathered first.)
        var syllablePlaces: [(n: Int, i: Int)] = []
        flat.withUnsafeBufferPointer { flat in
            judged.withUnsafeBufferPointer { judged in
                reported.withUnsafeBufferPointer { reported in
                    for n in lines.indices where linePasses[n] & Pass.marked != 0 {
                        let base = lineStart[n]
                        for g in base..<lineStart[n + 1] where flat[g] >= 0 && judged[Int(flat[g])] && !reported[g] {
                            syllablePlaces.append((n, g - base))
                        }
                    }
                }
            }
        }
        for (n, i) in syllablePlaces {
            let t = lines[n]
            let base = lineStart[n]
            do {
                let w = Int(flat[base + i])
                let range = t.tokens[i].range
                let strict = !isUpper(t.line.scalars[range.lowerBound])
                // (A word outside the register has its verdict worked out when a place first
                // asks for it, once per process.)
                let (bit, known) = Flag.verdict(strict: strict)
                if wordFlags[w] & known == 0 { wordFlags[w] |= syllableVerdict(global[w], strict: strict) }
                let ok = wordFlags[w] & bit != 0
                if ok {
                    // A syllable no word uses (*dảm*): a note (`rare`).
                    // (`rareSyllable` answers nil for a register word or a function word: they are
                    // known from the word facts, without a String lookup.)
                    if strict, unigrams[w] <= 2, registerID[w] < 0, !function[w], isLowerWord(t, i, first: false),
                       let nearest = rareSyllable(ofWord: global[w]) {
                        report.add("rare", [t.text(i), nearest], at: t.span(i), severity: .info)
                        reported[base + i] = true
                    }
                    continue
                }
                guard range.count >= 2, t.line.scalars[range].dropFirst().allSatisfy({ !isUpper($0) }) else { continue }
                report.add("syllable", [t.text(i)], at: t.span(i))
            }
        }
        // The document's own evidence.
        // Rare variants (both words in the document) of frequent bigrams.
        // (By pair number: the variant pair's → its frequent pair's, -1 for none. Every
        // variant pair is written, so it has a number.)
        var frequentOf = [Int32](repeating: -1, count: counts.count)
        var variantCount = 0
        // The variants of each word that the document writes, as document IDs, spelt out once
        // per distinct word (they were spelt and looked up once per frequent bigram).
        var variantIDs = [[Int32]?](repeating: nil, count: idCount)
        // A variant pair is written once or twice: a word that no such pair ends
        // (`rareBefore`) or starts (`rareAfter`) has no variant to find beside it, and the
        // variants of its neighbour are not spelt out.
        var rareBefore = [Bool](repeating: false, count: idCount)
        var rareAfter = [Bool](repeating: false, count: idCount)
        let pairCount = counts.count
        for p in 0..<pairCount where counts.value(at: p) <= 2 {
            let bigram = counts.key(at: p)
            rareAfter[Int(bigram >> 32)] = true
            rareBefore[Int(Int32(truncatingIfNeeded: bigram))] = true
        }
        // The document's words outside the register by the hash of their bytes
        // (`ByteKeyTable.fnv`; -2 for a hash two words share), made when first needed: a
        // variant outside the register is found among them with one integer look-up (its
        // text was hashed again per document and variant).
        var otherWords = PackedKeyTable<UInt64, Int32>()
        var otherWordsMade = false
        for q in 0..<pairCount where counts.value(at: q) >= 5 {
            let bigram = counts.key(at: q), n = counts.value(at: q)
            let w0 = Int32(truncatingIfNeeded: bigram >> 32), w1 = Int32(truncatingIfNeeded: bigram)
            for k in 0..<2 where k == 0 ? rareBefore[Int(w1)] : rareAfter[Int(w0)] {
                let wk = Int(k == 0 ? w0 : w1)
                if variantIDs[wk] == nil {
                    // The variants (`variantSplit`, once per process) found among the
                    // document's words: a register syllable by its number
                    // (`registerToDocument` holds only words), another by its text. Only a
                    // word's ID can start or end a counted pair. (The order of the list
                    // does not matter: each variant makes its own pair.)
                    let split = variantSplit(global[wk], register: registerID[wk])
                    var found: [Int32] = []
                    for r in split.register where Int(r) < registerCount {
                        let d = registerToDocument[Int(r)]
                        if d >= 0 { found.append(d) }
                    }
                    if !split.others.isEmpty, !otherWordsMade {
                        for k32 in distinct where registerID[Int(k32)] < 0 {
                            let wh = ByteKeyTable.fnv(words[Int(k32)])
                            otherWords.set(wh, otherWords[wh] == nil ? k32 : -2)
                        }
                        otherWordsMade = true
                    }
                    for k in split.others.indices {
                        guard let d = otherWords[split.otherHashes[k]] else { continue }
                        let v = split.others[k]
                        if d < 0 {
                            if let e = table.id(v), isWordID[Int(e)] { found.append(e) }
                        } else if Array(v.utf8) == Array(words[Int(d)].utf8) {
                            // (Equal hashes, equal bytes: `WordTable.id` compares bytes too.)
                            found.append(d)
                        }
                    }
                    variantIDs[wk] = found
                }
                for vid in variantIDs[wk]! {
                    let key = k == 0 ? pair(vid, w1) : pair(w0, vid)
                    guard let p = counts.index(of: key) else { continue }
                    let m = counts.value(at: p)
                    // Two frequent spellings a variant is one mark away from (OCR: "sửa đổi" 65×,
                    // "sửa đôi" 11×): the more frequent wins, whatever the dictionary's order.
                    let best = frequentOf[p]
                    if m > 0, m * 4 <= n, m <= 2,
                       best < 0 || counts.value(at: Int(best)) < n || counts.value(at: Int(best)) == n && counts.key(at: Int(best)) > bigram {
                        if best < 0 { variantCount += 1 }
                        frequentOf[p] = Int32(q)
                    }
                }
            }
        }
        // The first words of the variants, so that most pairs are passed over without a lookup.
        // The variant pairs by bigram number: a place is passed over with one array read.
        // The places of the variant pairs, in document order, found in one scan over the
        // bigram numbers (`pairAt` is -1 at a line's last place).
        var variantPlaces: [(n: Int, i: Int)] = []
        if variantCount > 0 {
            pairAt.withUnsafeBufferPointer { pairs in
                frequentOf.withUnsafeBufferPointer { frequent in
                    for n in lines.indices {
                        let base = lineStart[n]
                        for g in base..<lineStart[n + 1] where pairs[g] >= 0 && frequent[Int(pairs[g])] >= 0 { variantPlaces.append((n, g - base)) }
                    }
                }
            }
        }
        var keyLineNumber = -1
        var key: [String] = []
        for (n, i) in variantPlaces {
            let t = lines[n]
            let base = lineStart[n], count = lineStart[n + 1] - base
            do {
                let x = flat[base + i], y = flat[base + i + 1]
                guard case let best = frequentOf[Int(pairAt[base + i])], best >= 0,
                      !reported[base + i], !reported[base + i + 1] else { continue }
                // (The line's folded keys built once per line, where a place needs them.)
                if keyLineNumber != n { key = keyLine(n); keyLineNumber = n }
                let correctPair = counts.key(at: Int(best))
                let correct = words[Int(correctPair >> 32)] + " " + words[Int(Int32(truncatingIfNeeded: correctPair))]
                // (The written pair a valid phrase or a collocation: `twoWordPhrases`.)
                guard phrases[UInt64(global[Int(x)]) << 32 | UInt64(global[Int(y)]), default: 0] & (PhraseKind.valid | PhraseKind.collocation) == 0,
                      !isRegisterWord(key, i, 2, correct.lowercased()) else { continue }
                let changedFirst = Int32(truncatingIfNeeded: correctPair >> 32) != x
                let changed = changedFirst ? x : y
                // A word the writer uses elsewhere is a word, not a slip.
                guard unigrams[Int(changed)] <= counts[pair(x, y), default: 0] else { continue }
                // The unchanged word must not belong with its other neighbour (*an toàn điện*).
                if changedFirst {
                    if i + 2 < count, flat[base + i + 2] >= 0, counts[pair(y, flat[base + i + 2]), default: 0] >= 2 { continue }
                } else if i > 0, flat[base + i - 1] >= 0, counts[pair(flat[base + i - 1], x), default: 0] >= 2 {
                    continue
                }
                add(t, i, 2, correct, &report, key: "evidence", extra: ["\(counts.value(at: Int(best)))"], certain: false)
                reported[base + i] = true
            }
        }
        // A syllable dropped from a fixed word: "Báo cáo hình" where the document writes
        // "Báo cáo tình hình" again and again.
        // Which words a syllable may have been dropped before (`droppable`, a word entry's
        // flag). For each droppable word, the document IDs of the words that may have been
        // dropped before it (-1: not in the document), found by their interner IDs
        // (`droppedWords`, once per process).
        var droppedIDs = [[Int32]?](repeating: nil, count: idCount)
        // (A plain loop: `map`'s closure copied the document's `WordTable` per word, and
        // released its arrays again.)
        for k32 in distinct where droppable[Int(k32)] {
            let globals = droppedWords(global[Int(k32)])
            var ids: [Int32] = []
            ids.reserveCapacity(globals.count)
            for g in globals { ids.append(table.id(global: g) ?? -1) }
            droppedIDs[Int(k32)] = ids
        }
        // How often the document writes each three words in a row around a candidate middle
        // word: the candidates are gathered first, then counted in one pass over the
        // document. (A scan per candidate, then a count over the middle word's places per
        // bigram, made the rule quadratic in the document: issue 17.)
        var wanted = [Bool](repeating: false, count: idCount)
        // Only the three words in a row that a place below reads are counted, each keyed by
        // the number of its first two words' pair and its third word (`trigramKey`): a
        // `Dictionary` of every trigram around a wanted word hashed each one with SipHash.
        let trigrams = PairCounts(capacity: 64)
        func trigramKey(_ a: Int32, _ b: Int32, _ c: Int32) -> Int64? {
            counts.index(of: pair(a, b)).map { Int64($0) << 32 | Int64(c) }
        }
        // Whether a pair of words is a collocation, a compound or a valid phrase of the
        // lexicon: an integer look-up of their interner IDs (`twoWordPhrases`; a String
        // built and hashed per candidate was most of this pass).
        func phraseKinds(_ a: Int32, _ b: Int32) -> UInt8 { phrases[UInt64(global[Int(a)]) << 32 | UInt64(global[Int(b)]), default: 0] }
        // The places that pass every test but the three-word count, in document order: found
        // once, then only they are visited again once the counts are known.
        var places: [(n: Int, i: Int)] = []
        // The places whose second word is droppable, in document order, found in one scan.
        var droppedPlaces: [(n: Int, i: Int)] = []
        pairAt.withUnsafeBufferPointer { pairs in
            flat.withUnsafeBufferPointer { flat in
                droppable.withUnsafeBufferPointer { droppable in
                    for n in lines.indices where linePasses[n] & Pass.dropped != 0 {
                        let base = lineStart[n]
                        for g in base..<lineStart[n + 1] where pairs[g] >= 0 && droppable[Int(flat[g + 1])] { droppedPlaces.append((n, g - base)) }
                    }
                }
            }
        }
        for (n, i) in droppedPlaces {
            let base = lineStart[n], count = lineStart[n + 1] - base
            do {
                let x = flat[base + i], y = flat[base + i + 1]
                let seen = counts.value(at: Int(pairAt[base + i]))
                // The cheap conditions first, on IDs: the pair is rare, and one dropped word
                // is a word of the document whose second word is rarely alone (as below).
                guard seen <= 2, let candidates = droppedIDs[Int(y)], candidates.contains(where: { xid in
                    xid >= 0 && unigrams[Int(y)] - counts[pair(xid, y), default: 0] <= 2
                }), !reported[base + i] else { continue }
                if phraseKinds(x, y) != 0 { continue }
                // The second word must not start a word of its own with the next one, nor be
                // used on its own elsewhere (*của dân*, *các Sở*). (`startsCompound` on IDs.)
                if i + 2 < count, case let z = flat[base + i + 2], z >= 0, !words[Int(z)].isEmpty,
                   phraseKinds(y, z) & (PhraseKind.compound | PhraseKind.collocation) != 0 { continue }
                places.append((n, i))
                // (`droppedIDs` follows the order of `droppedBefore`'s words; -1 for a word the
                // document lacks, whose count is 0.)
                for xid in candidates where xid >= 0 && unigrams[Int(y)] - counts[pair(xid, y), default: 0] <= 2 {
                    wanted[Int(xid)] = true
                    // (A trigram whose first pair the document never writes is never written.)
                    if let key = trigramKey(x, xid, y) { _ = trigrams.insert(key) }
                }
            }
        }
        // (A candidate place marks at least one wanted word.)
        guard !places.isEmpty else { return }
        flat.withUnsafeBufferPointer { flat in
            wanted.withUnsafeBufferPointer { wanted in
                pairAt.withUnsafeBufferPointer { pairs in
                    for n in lines.indices where lineStart[n + 1] - lineStart[n] >= 3 {
                        for g in (lineStart[n] + 1)..<(lineStart[n + 1] - 1) where flat[g] >= 0 && wanted[Int(flat[g])] && flat[g - 1] >= 0 && flat[g + 1] >= 0 {
                            // (`pairs[g - 1]` is the pair of the first two words: both are words.)
                            if let k = trigrams.index(of: Int64(pairs[g - 1]) << 32 | Int64(flat[g + 1])) { trigrams.increment(at: k) }
                        }
                    }
                }
            }
        }
        for (n, i) in places {
            let base = lineStart[n]
            let x = flat[base + i], y = flat[base + i + 1]
            let seen = counts[pair(x, y), default: 0]
            let dropped = droppedBefore[words[Int(y)]]!
            for (xWord, xid) in zip(dropped, droppedIDs[Int(y)]!) where xid >= 0 {
                let alone = unigrams[Int(y)] - counts[pair(xid, y), default: 0]
                guard alone <= 2 else { continue }
                let full = trigramKey(x, xid, y).map { trigrams[$0, default: 0] } ?? 0
                guard full >= 3, full >= 3 * seen else { continue }
                let t = lines[n]
                let first = t.text(i), second = t.text(i + 1)
                let missing = second.unicodeScalars.first?.properties.isUppercase == true ? xWord.capitalized : xWord
                let replacement = first + " " + missing + " " + second
                // Evidence, not certainty: no automatic fix.
                report.add("missing", [first + " " + second, replacement, "\(full)"], at: t.span(tokens: i, i + 1))
                break
            }
        }
    }

    /// The passes of `check` a word concerns: bits of a byte per word and per line.
    enum Pass {
        /// A known misspelt acronym or a misspelt word of a lexicon variant.
        static let lexicon: UInt8 = 1
        /// A word with a Vietnamese mark (the syllable pass).
        static let marked: UInt8 = 2
        /// A word a syllable may have been dropped before.
        static let dropped: UInt8 = 4
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
    /// not a function word; else nil. (Remembered for the process by `rareSyllable(ofWord:)`.)
    static func rareSyllable(_ word: String) -> String? {
        var found: String? = nil
        if RegisterLexicon.id(word) == nil, !RegisterLexicon.isListSyllable(word), !Lexicon.functionWords.contains(word) {
            // (Each classic candidate looked up by its bytes: only a frequent one is made a
            // `String`.)
            var near: [String] = []
            forEachConfusion(of: word) { utf8, classic in
                guard classic, let id = RegisterLexicon.id(utf8), RegisterLexicon.count(id) >= rareNearCount else { return }
                near.append(String(decoding: utf8, as: UTF8.self))
            }
            var unique: [String] = []
            for v in near where !unique.contains(v) { unique.append(v) }
            if !unique.isEmpty { found = unique.joined(separator: " / ") }
        }
        return found
    }

    /// True when `w` (a marked folded key) is a syllable (`Syllable.isValid`, held only to the
    /// letters of one when not `strict`) or two written together (`isTwoSyllables`).
    /// Remembered for the process per syllable of the register: every document asks again
    /// for the same few thousand words, at ~2,000 instructions each.
    static func isSyllable(_ w: String, strict: Bool) -> Bool {
        isSyllable(w, register: RegisterLexicon.id(w) ?? -1, strict: strict)
    }

    /// `isSyllable(_:strict:)` of a word whose register number (-1: none) is known.
    static func isSyllable(_ w: String, register: Int32, strict: Bool) -> Bool {
        let slot = register >= 0 ? Int(register) * 2 + (strict ? 1 : 0) : nil
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

    /// `Variants.of(word, finals: false)`, found by the register number `register` of `word`
    /// (-1: none) for a register syllable: `Variants.of`'s own cache hashes the String.
    static func variantsWithoutFinals(_ word: String, register: Int32) -> [String] {
        guard register >= 0 else { return Variants.of(word, finals: false) }
        let r = Int(register)
        if let known = registerVariants.withLock({ r < $0.count ? $0[r] : nil }) { return known }
        // (`Variants.spell`, which `of` caches by the `String`: remembered here by number, so
        // the word's text is not hashed, normalising it, to look it up and store it again.)
        let found = Variants.spell(word, finals: false)
        registerVariants.withLock { v in
            if v.isEmpty { v = [[String]?](repeating: nil, count: RegisterLexicon.tables.starts.count) }
            if r < v.count { v[r] = found }
        }
        return found
    }

    /// `variantsWithoutFinals` by register number (nil: not yet spelt out).
    private static let registerVariants = Mutex<[[String]?]>([])

    /// One-mark variants of a word (`variantsWithoutFinals`): those of the register by
    /// number, the others by text, with the hash of each text's bytes (`ByteKeyTable.fnv`),
    /// by which a document finds its words among them without hashing the text again.
    struct VariantSplit: Sendable {
        var register: [Int32] = []
        var others: [String] = []
        var otherHashes: [UInt64] = []

        init(_ variants: [String]) {
            for v in variants {
                if let id = RegisterLexicon.id(v) {
                    register.append(id)
                } else {
                    others.append(v)
                    otherHashes.append(ByteKeyTable.fnv(v))
                }
            }
        }

        /// The split of `Variants.of(word, finals: false)` for the word of UTF-8 `bytes`,
        /// spelt out byte by byte (`Variants.forEachVariant`): a variant of the register is
        /// looked up by its bytes, and only one outside it is made a `String`.
        init(variantsOf bytes: UnsafeBufferPointer<UInt8>) {
            let t = RegisterLexicon.tables
            Variants.forEachVariant(bytes, finals: false) { v in
                if let id = RegisterLexicon.lookup(v, t.bytes, t.starts, t.syllableSlots) {
                    register.append(id)
                } else {
                    others.append(String(decoding: v, as: UTF8.self))
                    otherHashes.append(byteHash(v))
                }
            }
        }
    }

    /// The variants of a register syllable (`variantsWithoutFinals`) split into those of the
    /// register, by number, and the others, by text (`VariantSplit`); remembered for the
    /// process per register number. A document finds its words among them with an array read
    /// for the first kind.
    static func registerVariantIDs(_ word: String, register: Int32) -> VariantSplit {
        let r = Int(register)
        if let known = registerVariantSplits.withLock({ r < $0.count ? $0[r] : nil }) { return known }
        var word = word
        let found = word.withUTF8 { VariantSplit(variantsOf: $0) }
        registerVariantSplits.withLock { v in
            if v.isEmpty { v = [VariantSplit?](repeating: nil, count: RegisterLexicon.tables.starts.count) }
            if r < v.count { v[r] = found }
        }
        return found
    }

    /// `registerVariantIDs` of register number `register` when it is already known.
    static func knownRegisterSplit(_ register: Int32) -> VariantSplit? {
        let r = Int(register)
        return registerVariantSplits.withLock { r < $0.count ? $0[r] : nil }
    }

    /// `registerVariantIDs` by register number (nil: not yet split).
    private static let registerVariantSplits = Mutex<[VariantSplit?]>([])

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
    /// (The collocations in the order of `String`'s `<`, which for NFC text is the order of
    /// their UTF-8 bytes: sorted by bytes, without the Unicode comparison that made this
    /// table 2 M instructions of every process's start-up.)
    static let droppedBefore: [String: [String]] = {
        var map: [String: [String]] = [:]
        for c in twoSyllable.map({ (bytes: Array($0.utf8), text: $0) }).sorted(by: { $0.bytes.lexicographicallyPrecedes($1.bytes) }) {
            let w = c.text.split(separator: " ").map(String.init)
            map[w[1], default: []].append(w[0])
        }
        return map
    }()


    /// True when the register itself vouches for the written words: the phrase as written
    /// is frequent in real documents (*các bộ*, *công chứng*), or a changed word forms a
    /// phrase of the register with its neighbour outside the phrase (*chính sách tạo*:
    /// *sách* belongs to *chính sách*; *chứng chỉ đào tạo*: *đào* to *đào tạo*).
    static func isRegisterWord(_ key: [String], _ start: Int, _ length: Int, _ correct: String) -> Bool {
        let written = key[start..<(start + length)]
        if writtenCount(written) >= 2 { return true }
        let target = foldedWords(of: correct)
        guard target.count == length else { return false }
        for (k, (w, c)) in zip(written, target).enumerated() where w != c {
            let at = start + k
            if k == 0, at > 0, !key[at - 1].isEmpty, isPhrase(key[at - 1], w) { return true }
            if k == length - 1, at + 1 < key.count, !key[at + 1].isEmpty, isPhrase(w, key[at + 1]) { return true }
        }
        return false
    }

    /// `RegisterLexicon.count` of `written` joined by spaces, read from the words' numbers
    /// without joining and splitting them again (a word with a space in it, which no token
    /// has, takes the old way).
    static func writtenCount(_ written: ArraySlice<String>) -> Int {
        guard written.count == 2 || written.count == 3, !written.contains(where: { $0.utf8.contains(0x20) }) else {
            return RegisterLexicon.count(written.joined(separator: " "))
        }
        var ids: [Int32] = []
        for w in written {
            guard let x = RegisterLexicon.id(w) else { return 0 }
            ids.append(x)
        }
        return ids.count == 2 ? RegisterLexicon.pair(ids[0], ids[1]).count : RegisterLexicon.triple(ids[0], ids[1], ids[2])
    }

    /// The words of `phrase`, each folded (`foldKey`), remembered for the process (bounded
    /// like `Variants.of`'s cache): the same few hundred corrections are asked for again in
    /// every document.
    static func foldedWords(of phrase: String) -> [String] {
        if let known = foldedPhrases.withLock({ $0[phrase] }) { return known }
        let found = phrase.split(separator: " ").map { foldKey(String($0)) }
        foldedPhrases.withLock { if $0.count < Variants.cacheLimit { $0[phrase] = found } }
        return found
    }

    private static let foldedPhrases = Mutex<[String: [String]]>([:])

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
        let words = spaceSeparatedWords(correct)
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

    /// `phrase.split(separator: " ").map(String.init)`, split on the space byte when no
    /// scalar of `phrase` can join a space into a larger character (a combining mark, a
    /// joiner, a prepended sign): then a space byte is a space `Character`, and the bytes
    /// between are the words. (`split` walked the text by `Character`, ~6,000 instructions
    /// for a two-word correction.) Any other text takes the `Character` split.
    static func spaceSeparatedWords(_ phrase: String) -> [String] {
        var phrase = phrase
        let split: [String]? = phrase.withUTF8 { p in
            // Plain when every scalar is ASCII, below U+0300 (Latin-1 and Latin Extended, no
            // combining marks) or in U+1E00–U+1EFF (the precomposed Vietnamese letters).
            var k = 0
            while k < p.count {
                let b = p[k]
                if b < 0x80 || b < 0xC0 || (b >= 0xC2 && b <= 0xCB) {
                    k += 1
                } else if b == 0xE1, k + 1 < p.count, p[k + 1] >= 0xB8, p[k + 1] <= 0xBB {
                    k += 2
                } else {
                    return nil
                }
            }
            var out: [String] = []
            var start = 0
            for k in 0...p.count where k == p.count || p[k] == 0x20 {
                if k > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: p[start..<k]), as: UTF8.self)) }
                start = k + 1
            }
            return out
        }
        return split ?? phrase.split(separator: " ").map(String.init)
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

/// How often the document writes each bigram of word IDs (`a << 32 | b`); reads give 0 for a
/// bigram never written (`counts[key, default: 0]`).
typealias BigramCounts = PackedKeyTable<Int64, Int>

/// The lexicon's variant phrases (`Misspelling.LexiconTables.variantsByID`): packed word
/// numbers → the correct phrase.
typealias PhraseTable = PackedKeyTable<UInt64, String>
