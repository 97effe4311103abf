import Synchronization

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
extension Misspelling {
    /// One syllable (a folded key) with one confusion applied: every spelling the writer
    /// may have meant. Some are no syllables; the table lookup drops them.
    /// `classic`: the confusions spelling is known for (the initials, *hỏi/ngã*, *d/đ*); the
    /// other marks change the word more often than a writer slips on them (*kỳ thi* is a
    /// word the list lacks, one dropped tone from its *kỳ thị*).
    static func confusions(of word: String) -> [(word: String, classic: Bool)] {
        var out: [(word: String, classic: Bool)] = []
        forEachConfusion(of: word) { utf8, classic in out.append((String(decoding: utf8, as: UTF8.self), classic)) }
        return out
    }

    /// `confusions(of:)` one by one, each as the UTF-8 bytes of its scalars (valid only
    /// during the call), with whether it is classic: no `String` is made per candidate.
    /// (`String.UnicodeScalarView` appended scalar by scalar cost ~4,000 instructions a
    /// candidate: 11% of a batch of random-syllable files, where most words are new to the
    /// process.)
    ///
    /// Each candidate is the written bytes with one run of scalars replaced, written into one
    /// buffer allocated once per word (`emit`): an array of scalars built per candidate and a
    /// captured buffer checked for exclusive access at each byte were most of the cost of a
    /// new word (a third of `misspelling` in a batch of random-syllable files: issue 17).
    static func forEachConfusion(of word: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        let s = Array(word.unicodeScalars)
        guard !s.isEmpty else { return }
        // The written bytes, and where each scalar starts in them (`start[s.count]`: the end).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.count * 4)
        var start = [Int](repeating: 0, count: s.count + 1)
        for (k, c) in s.enumerated() {
            start[k] = bytes.count
            UTF8.encode(c) { bytes.append($0) }
        }
        start[s.count] = bytes.count
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + 16)
        defer { out.deallocate() }
        bytes.withUnsafeBufferPointer { written in
            /// The word with scalars `from..<to` replaced by `first` and `second` (nil: none).
            func emit(_ from: Int, _ to: Int, _ first: Unicode.Scalar, _ second: Unicode.Scalar?, _ classic: Bool) {
                var n = 0
                for k in 0..<start[from] { out[n] = written[k]; n += 1 }
                UTF8.encode(first) { out[n] = $0; n += 1 }
                if let second { UTF8.encode(second) { out[n] = $0; n += 1 } }
                for k in start[to]..<written.count { out[n] = written[k]; n += 1 }
                body(UnsafeBufferPointer(start: out, count: n), classic)
            }
            var classic = true
            // Initials.
            if s.count > 1, s[0] == "t", s[1] == "r" {
                emit(0, 2, "c", "h", classic)
            } else if s.count > 1, s[0] == "c", s[1] == "h" {
                emit(0, 2, "t", "r", classic)
            } else if s[0] == "s" {
                emit(0, 1, "x", nil, classic)
            } else if s[0] == "x" {
                emit(0, 1, "s", nil, classic)
            }
            // d, r and gi: "gi" before a vowel is the initial (*giữ*); before a consonant or
            // alone it shares its i with the vowel (*gì*, *gìn*).
            if s.count > 1, s[0] == "g", let v = Alphabet.vowel(s[1]), v.base == Alphabet.Base.i {
                let rest = s.count > 2 && Alphabet.vowel(s[2]) != nil ? 2 : 1
                emit(0, rest, "d", nil, classic)
                emit(0, rest, "r", nil, classic)
            } else if s[0] == "d" || s[0] == "r" {
                if s.count > 1, let v = Alphabet.vowel(s[1]), v.base == Alphabet.Base.i {
                    emit(0, 1, "g", nil, classic)
                } else {
                    emit(0, 1, "g", "i", classic)
                }
                emit(0, 1, s[0] == "d" ? "r" : "d", nil, classic)
            }
            if s[0] == "d" { emit(0, 1, "đ", nil, classic) }
            if s[0] == "đ" { emit(0, 1, "d", nil, classic) }
            // Tones and vowel marks.
            let toned = s.firstIndex { Alphabet.vowel($0).map { $0.tone != 0 } ?? false }
            for (k, c) in s.enumerated() {
                guard let v = Alphabet.vowel(c) else { continue }
                if toned == nil || toned == k {
                    for tone in 0...5 where tone != v.tone {
                        // Only hỏi (3) and ngã (4) are the classic pair: huyền (2) and nặng (5)
                        // also sum to 7, and *dùng*/*dụng* is no slip writers are known for.
                        classic = isHoiNga(v.tone, tone)
                        emit(k, k + 1, Alphabet.letter(Alphabet.Vowel(base: v.base, tone: tone, upper: false)), nil, classic)
                    }
                    classic = false
                }
                if let group = Variants.markGroups.first(where: { $0.contains(v.base) }) {
                    for base in group where base != v.base {
                        emit(k, k + 1, Alphabet.letter(Alphabet.Vowel(base: base, tone: v.tone, upper: false)), nil, classic)
                    }
                }
            }
        }
    }

    /// True when tones `a` and `b` (`Alphabet` numbering: 3 hỏi, 4 ngã) are hỏi and ngã,
    /// the one tone pair whose confusion is classic.
    static func isHoiNga(_ a: Int, _ b: Int) -> Bool { a != b && (a == 3 || a == 4) && (b == 3 || b == 4) }

    /// The table numbers of the confusions of `word` that the tables know.
    /// (Each candidate looked up by its bytes; only one the tables know is made a `String`,
    /// to be compared with `word` as `String`s compare: canonical equivalence.)
    static func confusionIDs(of word: String) -> [(id: Int32, classic: Bool)] {
        var ids: [(id: Int32, classic: Bool)] = []
        forEachConfusion(of: word) { utf8, classic in
            guard let id = RegisterLexicon.id(utf8), String(decoding: utf8, as: UTF8.self) != word,
                  !ids.contains(where: { $0.id == id }) else { return }
            ids.append((id, classic))
        }
        return ids
    }


    /// Reports the real-word errors of the document.
    /// `flat`: the document's folded word IDs (-1: no word), line n's at
    /// `lineStart[n]..<lineStart[n + 1]`; `reported` one flag per place of `flat`.
    /// `pairAt`: each place's bigram number in `counts` (-1: no word pair). `global`: each
    /// word's interner ID (its facts and lists are the process's, `Misspelling+WordCache`);
    /// `registerToDocument`: the document word of each register number (-1: none);
    /// `phrases`: `twoWordPhrases`.
    static func checkConfusions(_ lines: [TokenizedLine], _ flat: [Int32], _ lineStart: [Int], _ pairAt: [Int32], _ words: [String],
                                _ tableID: [Int32], _ function: [Bool], _ global: [UInt32], _ registerToDocument: [Int32],
                                _ phrases: PackedKeyTable<UInt64, UInt8>, _ counts: PairCounts,
                                _ unigrams: [Int], _ reported: inout [Bool], _ report: inout Report) {
        // Per distinct word: its table number and its confusions', computed once.
        // (Only for the IDs that are words' folded texts: `words` numbers every text.)
        // (The lists of the few hundred words asked for, found by a plain integer array over
        // the document's IDs, -1 for not yet: a `Dictionary` keyed by the ID hashed it with
        // SipHash two to four times per judged place, and an array of optional lists over
        // every ID walked every slot on release.)
        var variantAt = [Int32](repeating: -1, count: tableID.count)
        var variantLists: [[(id: Int32, classic: Bool)]] = []
        func variants(_ w: Int32) -> [(id: Int32, classic: Bool)] {
            let at = variantAt[Int(w)]
            if at >= 0 { return variantLists[Int(at)] }
            // A syllable of the table has its confusions listed there; any other is spelt out.
            let found = tableID[Int(w)] >= 0 ? RegisterLexicon.confusions(tableID[Int(w)]) : confusionIDs(ofWord: global[Int(w)])
            variantAt[Int(w)] = Int32(variantLists.count)
            variantLists.append(found)
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
        var slipAt = [Int32](repeating: -1, count: tableID.count)
        var slipLists: [[(id: Int32, evidence: Bool)]] = []
        func slips(_ w: Int32) -> [(id: Int32, evidence: Bool)] {
            let at = slipAt[Int(w)]
            if at >= 0 { return slipLists[Int(at)] }
            let found = slipIDs(ofWord: global[Int(w)])
            slipAt[Int(w)] = Int32(slipLists.count)
            slipLists.append(found)
            return found
        }
        // The tests of a pair that read only its two words, decided once per distinct bigram
        // (by its number in `counts`): 0 not yet, 1 fails, 2 passes. Most places are passed
        // over with two array reads.
        var gate = [UInt8](repeating: 0, count: counts.count)
        func passes(_ x: Int32, _ y: Int32, _ p: Int) -> Bool {
            let a = tableID[Int(x)], b = tableID[Int(y)]
            guard a >= 0 || b >= 0 else { return false }
            // As written, a word or a phrase of the register.
            if a >= 0, b >= 0 {
                let written = lexicon.pair(a, b)
                if written.word || written.count > 0 { return false }
            }
            return !function[Int(x)] && !function[Int(y)] && counts.value(at: p) <= 2
        }
        /// `Lexicon.valid` holds `x y` (document words).
        func isValidPhrase(_ x: Int32, _ y: Int32) -> Bool {
            phrases[UInt64(global[Int(x)]) << 32 | UInt64(global[Int(y)]), default: 0] & PhraseKind.valid != 0
        }
        /// Judges the pair at place `i` of line `n` (at `lp`), which passed the gates;
        /// `firstWord` is the line's first word (-2: not yet looked for, -1: none).
        func judge(_ lp: UnsafePointer<TokenizedLine>, _ n: Int, _ i: Int, _ firstWord: inout Int) {
            let base = lineStart[n], count = lineStart[n + 1] - base
            let x = flat[base + i], y = flat[base + i + 1]
            let a = tableID[Int(x)], b = tableID[Int(y)]
            guard !reported[base + i], !reported[base + i + 1] else { return }
            // A seam between two words is no slip: a syllable that makes a word with its
            // other neighbour (*khoa học sinh*) belongs to that word, as written or changed.
            // (Asked before the letters' case, which reads the line's scalars: most pairs
            // that pass the gates are such seams, and each test only returns.)
            let before: Int32 = i > 0 && flat[base + i - 1] >= 0 ? tableID[Int(flat[base + i - 1])] : -1
            let after: Int32 = i + 2 < count && flat[base + i + 2] >= 0 ? tableID[Int(flat[base + i + 2])] : -1
            if isListWord(before, a) || isListWord(b, after) { return }
            if firstWord == -2 { firstWord = (0..<count).first { flat[base + $0] >= 0 } ?? -1 }
            guard isLowerWord(lp, i, first: i == firstWord), isLowerWord(lp, i + 1, first: false) else { return }
            // Exactly one confusion of one syllable makes a word.
            // (Counted, the first kept: only one found is read, and an array per judged
            // place was an allocation each.)
            var foundCount = 0
            var first: (changedFirst: Bool, id: Int32, count: Int) = (false, -1, 0)
            if b >= 0 {
                for v in variants(x) {
                    if let p = isTarget(v.id, b, v.classic) {
                        if foundCount == 0 { first = (true, v.id, p.count) }
                        foundCount += 1
                    }
                }
            }
            if a >= 0 {
                for v in variants(y) {
                    if let p = isTarget(a, v.id, v.classic) {
                        if foundCount == 0 { first = (false, v.id, p.count) }
                        foundCount += 1
                    }
                }
            }
            if foundCount == 0 {
                // No classic confusion makes a word: the other slips (`Misspelling+Slips.swift`).
                guard let slip = slip(x, y, a, b, before: before, after: after, lexicon: lexicon, slips: slips, classicVariants: variants, documentCount: { v, other, first in
                    // (The document's word of register number `v`: only a word's ID can
                    // start or end a counted pair.)
                    let vid = Int(v) < registerToDocument.count ? registerToDocument[Int(v)] : -1
                    guard vid >= 0 else { return 0 }
                    return counts[first ? Int64(vid) << 32 | Int64(other) : Int64(other) << 32 | Int64(vid), default: 0]
                }, writtenElsewhere: { first in
                    unigrams[Int(first ? x : y)] > counts[Int64(x) << 32 | Int64(y), default: 0]
                }) else { return }
                if slip.changedFirst ? isListWord(before, slip.id) : isListWord(slip.id, after) { return }
                let correct = slip.changedFirst ? RegisterLexicon.syllable(slip.id) + " " + words[Int(y)]
                    : words[Int(x)] + " " + RegisterLexicon.syllable(slip.id)
                guard !isValidPhrase(x, y) else { return }
                if slip.document >= 1 {
                    add(lp.pointee, i, 2, correct, &report, key: "evidence", extra: ["\(slip.document)"], certain: false)
                } else if slip.register >= 2 {
                    add(lp.pointee, i, 2, correct, &report, key: "register", extra: ["\(slip.register)"], certain: false)
                } else {
                    add(lp.pointee, i, 2, correct, &report, key: "word", extra: [], certain: false, severity: .info)
                }
                reported[base + i] = true
                reported[base + i + 1] = true
                return
            }
            guard foundCount == 1 else { return }
            let target = first
            // (For the changed syllable only a word of the list counts: the register's
            // *việc xử* is *việc* + *xử lý*.)
            if target.changedFirst ? isListWord(before, target.id) : isListWord(target.id, after) { return }
            let correct = target.changedFirst ? RegisterLexicon.syllable(target.id) + " " + words[Int(y)]
                : words[Int(x)] + " " + RegisterLexicon.syllable(target.id)
            guard !isValidPhrase(x, y) else { return }
            if target.count >= 2 {
                add(lp.pointee, i, 2, correct, &report, key: "register", extra: ["\(target.count)"], certain: target.count >= certainCount)
            } else {
                add(lp.pointee, i, 2, correct, &report, key: "word", extra: [], certain: false)
            }
            reported[base + i] = true
            reported[base + i + 1] = true
        }
        // The gates over every place, through buffers; the line read in place (a copy of
        // the line per pair that passes was an eighth of this pass).
        lines.withUnsafeBufferPointer { lb in
            pairAt.withUnsafeBufferPointer { pairs in
                flat.withUnsafeBufferPointer { fl in
                    for n in 0..<lb.count {
                        let base = lineStart[n], count = lineStart[n + 1] - base
                        var firstWord = -2
                        for i in 0..<max(count - 1, 0) where pairs[base + i] >= 0 {
                            let p = Int(pairs[base + i])
                            if gate[p] == 0 { gate[p] = passes(fl[base + i], fl[base + i + 1], p) ? 2 : 1 }
                            guard gate[p] == 2 else { continue }
                            judge(lb.baseAddress.unsafelyUnwrapped + n, n, i, &firstWord)
                        }
                    }
                }
            }
        }
    }

    /// `isLowerWord` of the line at `lp`, read in place.
    static func isLowerWord(_ lp: UnsafePointer<TokenizedLine>, _ i: Int, first: Bool) -> Bool {
        let range = lp.pointee.tokens[i].range
        guard !range.isEmpty else { return false }
        return lp.pointee.line.scalars.withUnsafeBufferPointer { s in
            var k = range.lowerBound + 1
            while k < range.upperBound {
                if isUpper(s[k]) { return false }
                k += 1
            }
            return first || !isUpper(s[range.lowerBound])
        }
    }

    /// True when token `i` is a word in lower case — or, as the first word of its line,
    /// with a capital first letter only. Names (*Sơn La*), acronyms and codes are not
    /// judged.
    static func isLowerWord(_ t: TokenizedLine, _ i: Int, first: Bool) -> Bool {
        // (An index loop: the slice and `allSatisfy`'s closure cost ~200 instructions a call.)
        let range = t.tokens[i].range
        guard !range.isEmpty else { return false }
        return t.line.scalars.withUnsafeBufferPointer { s in
            var k = range.lowerBound + 1
            while k < range.upperBound {
                if isUpper(s[k]) { return false }
                k += 1
            }
            return first || !isUpper(s[range.lowerBound])
        }
    }
}
