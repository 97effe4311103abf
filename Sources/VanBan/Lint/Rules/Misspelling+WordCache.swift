import Synchronization

/// What `misspelling` knows of a word that depends only on the word's text, worked out once
/// per distinct word per process and kept by its interner ID (`WordInterner`, `Token.word`;
/// issue 17): the register and lexicon numbers, whether it is a function word, a lexicon
/// variant's misspelt word, a word a syllable may have been dropped before or a known
/// misspelt acronym, the syllable verdicts, and the lists the later passes ask for (its
/// confusions, slips, one-mark variants and the words dropped before it) as interner IDs.
/// Each document asked again for the same few thousand words by their `String`s: hashing a
/// Vietnamese `String` normalises it, and the lists were looked up by text in the document.
///
/// Thread safety: `vanban batch --jobs N` lints documents in parallel. The cache is one
/// `Mutex`; a document takes it once for all its words (`entries`), and once per list it asks
/// for. Every value is a function of the word's text alone, so what a document reads does
/// not depend on which worker filled it first (interner IDs stand for equality only, and
/// are only mapped to the document's own IDs).
extension Misspelling {
    /// The facts of one folded word.
    struct WordEntry: Sendable {
        /// Register number (`RegisterLexicon.id`), -1 for none.
        var register: Int32 = -1
        /// Lexicon vocabulary number (`lexiconTables.vocabulary`), 0 for none.
        var lexicon: UInt32 = 0
        /// `lexiconRoles` of the vocabulary number.
        var roles: UInt8 = 0
        /// `Flag` bits; 0 for an entry not yet worked out.
        var flags: UInt16 = 0

        func has(_ flag: UInt16) -> Bool { flags & flag != 0 }
    }

    /// The bits of `WordEntry.flags`.
    enum Flag {
        static let known: UInt16 = 1
        /// A function word (`Lexicon.functionWords`).
        static let function: UInt16 = 2
        /// The misspelt word of a lexicon variant (`lexiconTables.misspelt`).
        static let misspelt: UInt16 = 4
        /// A word a syllable may have been dropped before (`droppedBefore`).
        static let droppable: UInt16 = 8
        /// The folded form of a key of `Lexicon.known` (a known misspelt acronym).
        static let acronym: UInt16 = 16
        /// Read by the syllable pass when marked: not a register word that is a syllable
        /// as written in either case.
        static let judged: UInt16 = 32
        /// A marked word's `isSyllable(strict: true)`, when `validKnown`.
        static let valid: UInt16 = 64
        /// A marked word's `isSyllable(strict: false)`, when `plausibleKnown`.
        static let plausible: UInt16 = 128
        /// `valid` is worked out (a register word's at once, for `judged`; another word's
        /// when a place asks: `syllableVerdict`).
        static let validKnown: UInt16 = 256
        static let plausibleKnown: UInt16 = 512

        /// The verdict bit and its known bit for `strict`.
        static func verdict(strict: Bool) -> (bit: UInt16, known: UInt16) {
            strict ? (valid, validKnown) : (plausible, plausibleKnown)
        }
    }

    /// The interner IDs of the function words, of `droppedBefore`'s keys and of the folded
    /// keys of `Lexicon.known`, with their `Flag` bits: a new word's entry reads them with
    /// one integer look-up (a `Set<String>` look-up hashes Vietnamese text, normalising it).
    static let wordKinds: [UInt32: UInt16] = {
        var kinds: [UInt32: UInt16] = [:]
        let interner = WordInterner.shared
        for w in Lexicon.functionWords { kinds[interner.intern(w), default: 0] |= Flag.function }
        for w in droppedBefore.keys { kinds[interner.intern(w), default: 0] |= Flag.droppable }
        for w in knownAcronymKeys { kinds[interner.intern(w), default: 0] |= Flag.acronym }
        return kinds
    }()

    /// The cache of the process (see the extension's comment).
    struct WordCache {
        /// By interner ID.
        var entries: [WordEntry] = []
        var variants: [UInt32: VariantSplit] = [:]
        var dropped: [UInt32: [UInt32]] = [:]
        var confusions: [UInt32: [(id: Int32, classic: Bool)]] = [:]
        var slips: [UInt32: [(id: Int32, evidence: Bool)]] = [:]
        var rare: [UInt32: String?] = [:]
    }

    static let wordCache = Mutex<WordCache>(WordCache())

    /// The folded forms of `Lexicon.known`'s keys.
    static let knownAcronymKeys: Set<String> = Set(Lexicon.known.keys.map(foldLower))

    /// The entries of `words` (interner IDs of folded texts), worked out for those not yet
    /// known, written to `out` in the same order: one lock per document.
    static func entries(_ words: UnsafeBufferPointer<UInt32>, into out: UnsafeMutableBufferPointer<WordEntry>) {
        wordCache.withLock { cache in
            var top = -1
            for w in words { top = max(top, Int(w)) }
            if top >= cache.entries.count {
                cache.entries.append(contentsOf: repeatElement(WordEntry(), count: max(top + 1, cache.entries.count * 2) - cache.entries.count))
            }
            cache.entries.withUnsafeMutableBufferPointer { entries in
                for (k, w) in words.enumerated() {
                    if entries[Int(w)].flags == 0 { entries[Int(w)] = entry(of: w) }
                    out[k] = entries[Int(w)]
                }
            }
        }
    }

    /// The entry of the word whose interner ID is `id` (a folded text), worked out.
    static func entry(of id: UInt32) -> WordEntry {
        let interner = WordInterner.shared
        let bytes = interner.utf8(id)
        let tables = lexiconTables
        var e = WordEntry()
        e.register = RegisterLexicon.id(bytes) ?? -1
        let lexicon = tables.vocabulary.number(bytes) ?? 0
        e.lexicon = UInt32(truncatingIfNeeded: lexicon)
        e.roles = lexiconRoles[Int(lexicon)]
        var flags = Flag.known | wordKinds[id, default: 0]
        if tables.misspelt[Int(lexicon)] { flags |= Flag.misspelt }
        // Only a marked word is read by the syllable pass: a register word when it is no
        // syllable as written in one of the cases (its verdicts are needed now), any other
        // always (its verdicts when a place asks).
        if bytes.contains(where: { $0 >= 0x80 }) {
            if e.register >= 0 {
                let word = interner.string(id)
                let valid = isSyllable(word, register: e.register, strict: true)
                let plausible = isSyllable(word, register: e.register, strict: false)
                if !(valid && plausible) { flags |= Flag.judged }
                flags |= Flag.validKnown | Flag.plausibleKnown | (valid ? Flag.valid : 0) | (plausible ? Flag.plausible : 0)
            } else {
                flags |= Flag.judged
            }
        }
        e.flags = flags
        return e
    }

    /// `isSyllable(strict:)` of the word `id` (a marked folded text whose entry is known),
    /// worked out once per process and strictness; the entry's flags with the verdict.
    static func syllableVerdict(_ id: UInt32, strict: Bool) -> UInt16 {
        let (bit, known) = Flag.verdict(strict: strict)
        if let flags = wordCache.withLock({ c in Int(id) < c.entries.count && c.entries[Int(id)].has(known) ? c.entries[Int(id)].flags : nil }) {
            return flags
        }
        let word = WordInterner.shared.string(id)
        let ok = isSyllable(word, register: RegisterLexicon.id(word) ?? -1, strict: strict)
        return wordCache.withLock { c in
            guard Int(id) < c.entries.count else { return known | (ok ? bit : 0) }
            c.entries[Int(id)].flags |= known | (ok ? bit : 0)
            return c.entries[Int(id)].flags
        }
    }

    /// `variantsWithoutFinals` of the word `id` (register number `register`), split into the
    /// register's syllables, by register number, and the others, by text
    /// (`registerVariantIDs`; a word outside the register remembered here by its ID).
    /// Nothing is interned: a variant that no document has written is no document's word,
    /// and a document finds its words among them by register number or by text
    /// (interning every one-mark variant of every word asked for, most of which never
    /// occur, cost ~1,300 instructions each and grew the process's interner).
    static func variantSplit(_ id: UInt32, register: Int32) -> VariantSplit {
        if register >= 0 {
            // (The process's split read by number first: making the word's `String` to ask
            // `registerVariantIDs` was most of the cost of a call that finds it known.)
            if let known = knownRegisterSplit(register) { return known }
            return registerVariantIDs(WordInterner.shared.string(id), register: register)
        }
        if let known = wordCache.withLock({ $0.variants[id] }) { return known }
        let found = VariantSplit(variantsOf: WordInterner.shared.utf8(id))
        wordCache.withLock { $0.variants[id] = found }
        return found
    }

    /// The interner IDs of `droppedBefore` of the word `id`, in its order.
    static func droppedWords(_ id: UInt32) -> [UInt32] {
        if let known = wordCache.withLock({ $0.dropped[id] }) { return known }
        let interner = WordInterner.shared
        let found = (droppedBefore[interner.string(id)] ?? []).map { interner.intern($0) }
        wordCache.withLock { $0.dropped[id] = found }
        return found
    }

    /// `confusionIDs(of:)` of the word `id` (outside the register).
    static func confusionIDs(ofWord id: UInt32) -> [(id: Int32, classic: Bool)] {
        if let known = wordCache.withLock({ $0.confusions[id] }) { return known }
        let found = confusionIDs(of: WordInterner.shared.string(id))
        wordCache.withLock { $0.confusions[id] = found }
        return found
    }

    /// `spellSlips` of the word `id`.
    static func slipIDs(ofWord id: UInt32) -> [(id: Int32, evidence: Bool)] {
        if let known = wordCache.withLock({ $0.slips[id] }) { return known }
        let found = spellSlips(WordInterner.shared.string(id))
        wordCache.withLock { $0.slips[id] = found }
        return found
    }

    /// `rareSyllable` of the word `id`, remembered for the process.
    static func rareSyllable(ofWord id: UInt32) -> String? {
        if let known = wordCache.withLock({ $0.rare[id] }) { return known }
        let found = rareSyllable(WordInterner.shared.string(id))
        wordCache.withLock { $0.rare[id] = .some(found) }
        return found
    }

    /// The two-word entries of `Lexicon.valid`, `collocationSet` and `compounds` by the
    /// interner IDs of their words (`a << 32 | b`), with a bit for each set (`PhraseKind`):
    /// a document's bigram is asked for with an integer look-up, not a `String` joined and
    /// hashed per place.
    static let twoWordPhrases: PackedKeyTable<UInt64, UInt8> = {
        var table = PackedKeyTable<UInt64, UInt8>(capacity: 4_096)
        let interner = WordInterner.shared
        for (set, bit) in [(Lexicon.valid, PhraseKind.valid), (Lexicon.collocationSet, PhraseKind.collocation), (Lexicon.compounds, PhraseKind.compound)] {
            for phrase in set {
                let words = phrase.split(separator: " ", omittingEmptySubsequences: false)
                guard words.count == 2, !words[0].isEmpty, !words[1].isEmpty else { continue }
                let key = UInt64(interner.intern(String(words[0]))) << 32 | UInt64(interner.intern(String(words[1])))
                table.set(key, table[key, default: 0] | bit)
            }
        }
        return table
    }()

    /// The bits of `twoWordPhrases`.
    enum PhraseKind {
        static let valid: UInt8 = 1
        static let collocation: UInt8 = 2
        static let compound: UInt8 = 4
    }
}
