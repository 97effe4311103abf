/// `misspelling`: a misspelt word or collocation, with the correction as a fix
/// (*triền khai* → *triển khai*).
///
/// Two sources of evidence. The lexicon: a bigram or trigram one tone mark, one vowel
/// mark or one final consonant away from a fixed collocation of the genre
/// (`Lexicon.collocations`), or a known misspelt acronym. The document itself: a
/// bigram seen at most twice whose one-mark variant is written at least five times
/// and four times as often — and whose changed word does not start another bigram
/// the document uses (*các chỉ tiêu* beside *các chi bộ* is left alone).
public enum Misspelling: Rule {
    public static let id = "misspelling"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Từ hoặc cụm từ viết sai chính tả, kèm cách sửa (triền khai → triển khai)",
        en: "A misspelt word or collocation, with the correction (triền khai → triển khai)")
    public static let details = LocalizedText(
        vi: "Dựa trên từ điển cụm từ cố định của văn bản Đảng (sai một dấu thanh, một dấu mũ/móc hoặc một phụ âm cuối) và trên chính văn bản: một cụm hiếm gặp chỉ khác một dấu so với cụm được dùng nhiều lần.",
        en: "Uses a lexicon of the genre's fixed collocations (one tone mark, one vowel mark or one final consonant off) and the document itself: a rare bigram one mark away from one used many times.")
    public static let messages: [String: LocalizedText] = [
        "lexicon": LocalizedText(vi: "'{0}' viết sai; đúng là '{1}'", en: "'{0}' is misspelt; it should be '{1}'"),
        "evidence": LocalizedText(vi: "'{0}' có lẽ viết sai: văn bản dùng '{1}' {2} lần", en: "'{0}' looks misspelt: the document writes '{1}' {2} times"),
        "missing": LocalizedText(vi: "'{0}' thiếu chữ: có lẽ là '{1}' (văn bản viết như vậy {2} lần)",
                                 en: "'{0}' misses a word: probably '{1}' (the document writes it {2} times)"),
        "acronym": LocalizedText(vi: "Chữ viết tắt '{0}' sai; đúng là '{1}'", en: "The abbreviation '{0}' is wrong; it should be '{1}'"),
    ]
    public static let fixable = true

    /// Variant phrase → correct phrase, from the lexicon.
    static let variants: [String: String] = {
        let correct = Set(Lexicon.collocations)
        var map: [String: String] = [:]
        for phrase in Lexicon.collocations {
            let words = phrase.split(separator: " ").map(String.init)
            for (k, w) in words.enumerated() {
                for v in Variants.of(w, finals: true) {
                    var changed = words
                    changed[k] = v
                    let key = changed.joined(separator: " ")
                    if !correct.contains(key), !Lexicon.valid.contains(key) { map[key] = phrase }
                }
            }
        }
        return map
    }()

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let lines = document.textLines
        let keys = lines.map { t in t.tokens.map { $0.kind == .word ? foldKey($0.lower) : "" } }
        var reported = Set<SourceLocation>()
        // Lexicon.
        for (t, key) in zip(lines, keys) {
            for i in t.tokens.indices where !key[i].isEmpty {
                if t.tokens[i].kind == .word, let fixed = acronym(t.text(i)) {
                    report.add("acronym", [t.text(i), fixed], at: t.span(i), fix: Fix(span: t.span(i), replacement: fixed))
                    continue
                }
                for length in [3, 2] where i + length <= key.count && (i..<(i + length)).allSatisfy({ !key[$0].isEmpty }) {
                    let phrase = key[i..<(i + length)].joined(separator: " ")
                    guard let correct = variants[phrase], !startsCompound(key, i + length - 1), !endsCompound(key, i) else { continue }
                    add(t, i, length, correct, &report, key: "lexicon", extra: [])
                    for k in i..<(i + length) { reported.insert(t.span(k).start) }
                    break
                }
            }
        }
        // The document's own evidence.
        var counts: [String: Int] = [:]
        for key in keys { for i in key.indices.dropLast() where !key[i].isEmpty && !key[i + 1].isEmpty { counts[key[i] + " " + key[i + 1], default: 0] += 1 } }
        var frequentVariants: [String: String] = [:]
        for (bigram, n) in counts where n >= 5 {
            let words = bigram.split(separator: " ").map(String.init)
            for k in 0..<2 {
                for v in Variants.of(words[k], finals: false) {
                    var changed = words
                    changed[k] = v
                    let key = changed.joined(separator: " ")
                    if counts[key, default: 0] * 4 <= n, counts[key, default: 0] <= 2 { frequentVariants[key] = bigram }
                }
            }
        }
        var unigrams: [String: Int] = [:]
        for key in keys { for w in key where !w.isEmpty { unigrams[w, default: 0] += 1 } }
        for (t, key) in zip(lines, keys) {
            for i in key.indices.dropLast() where !key[i].isEmpty && !key[i + 1].isEmpty {
                let bigram = key[i] + " " + key[i + 1]
                guard let correct = frequentVariants[bigram], !reported.contains(t.span(i).start), !reported.contains(t.span(i + 1).start),
                      !Lexicon.valid.contains(bigram), !Lexicon.collocations.contains(bigram) else { continue }
                let changedFirst = correct.split(separator: " ")[0] != key[i]
                let changed = changedFirst ? key[i] : key[i + 1]
                // A word the writer uses elsewhere is a word, not a slip.
                guard unigrams[changed, default: 0] <= counts[bigram, default: 0] else { continue }
                // The unchanged word must not belong with its other neighbour (*an toàn điện*).
                if changedFirst {
                    if i + 2 < key.count, !key[i + 2].isEmpty, counts[key[i + 1] + " " + key[i + 2], default: 0] >= 2 { continue }
                } else if i > 0, !key[i - 1].isEmpty, counts[key[i - 1] + " " + key[i], default: 0] >= 2 {
                    continue
                }
                add(t, i, 2, correct, &report, key: "evidence", extra: ["\(counts[correct] ?? 0)"], certain: false)
            }
        }
        // A syllable dropped from a fixed word: "Báo cáo hình" where the document writes
        // "Báo cáo tình hình" again and again.
        var trigrams: [String: Int] = [:]
        for key in keys where key.count >= 3 {
            for i in 0..<(key.count - 2) where !key[i].isEmpty && !key[i + 1].isEmpty && !key[i + 2].isEmpty {
                guard twoSyllable.contains(key[i + 1] + " " + key[i + 2]) else { continue }
                trigrams[key[i] + " " + key[i + 1] + " " + key[i + 2], default: 0] += 1
            }
        }
        for (t, key) in zip(lines, keys) {
            for i in key.indices.dropLast() where !key[i].isEmpty && !key[i + 1].isEmpty {
                guard !reported.contains(t.span(i).start), let dropped = droppedBefore[key[i + 1]] else { continue }
                let bigram = key[i] + " " + key[i + 1]
                guard counts[bigram, default: 0] <= 2, !Lexicon.collocations.contains(bigram), !Lexicon.compounds.contains(bigram),
                      !Lexicon.valid.contains(bigram) else { continue }
                // The second word must not start a word of its own with the next one, nor be
                // used on its own elsewhere (*của dân*, *các Sở*).
                if startsCompound(key, i + 1) { continue }
                for x in dropped {
                    let alone = unigrams[key[i + 1], default: 0] - counts[x + " " + key[i + 1], default: 0]
                    guard alone <= 2 else { continue }
                    let full = key[i] + " " + x + " " + key[i + 1]
                    guard let n = trigrams[full], n >= 3, n >= 3 * counts[bigram, default: 0] else { continue }
                    let first = t.text(i), second = t.text(i + 1)
                    let missing = second.unicodeScalars.first?.properties.isUppercase == true ? x.capitalized : x
                    let replacement = first + " " + missing + " " + second
                    let span = t.span(tokens: i, i + 1)
                    // Evidence, not certainty: no automatic fix.
                    report.add("missing", [first + " " + second, replacement, "\(n)"], at: span)
                    break
                }
            }
        }
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

    /// True when word `i` and the one before form a compound or collocation of their own
    /// (*tổng kết quá trình*: *kết* belongs to *tổng kết*).
    static func endsCompound(_ key: [String], _ i: Int) -> Bool {
        guard i > 0, !key[i - 1].isEmpty else { return false }
        let pair = key[i - 1] + " " + key[i]
        return Lexicon.compounds.contains(pair) || Lexicon.collocations.contains(pair)
    }

    /// True when word `i` and the next form a compound or collocation of their own.
    static func startsCompound(_ key: [String], _ i: Int) -> Bool {
        guard i + 1 < key.count, !key[i + 1].isEmpty else { return false }
        let pair = key[i] + " " + key[i + 1]
        return Lexicon.compounds.contains(pair) || Lexicon.collocations.contains(pair)
    }

    static func add(_ t: TokenizedLine, _ i: Int, _ length: Int, _ correct: String, _ report: inout Report, key: String,
                    extra: [String], certain: Bool = true) {
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
                out = Array(String(String.UnicodeScalarView(out)).uppercased().unicodeScalars)
            }
            if let style = ToneMarks.style(of: Array(w.lowercased().unicodeScalars)), style == .new { _ = ToneMarks.apply(.new, to: &out) }
            fixed.append(String(String.UnicodeScalarView(out)))
        }
        let replacement = fixed.joined(separator: " ")
        let span = t.span(tokens: i, i + length - 1)
        let oneLine = span.start.line == span.end.line
        guard certain else {
            report.add(key, [written.joined(separator: " "), replacement] + extra, at: span)
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
        if let known = Lexicon.known[word.lowercased()] { return known }
        var best: String? = nil
        for a in Lexicon.acronyms where a.unicodeScalars.count >= 5 && abs(a.unicodeScalars.count - s.count) == 1
            && Variants.distance(Array(a.unicodeScalars), s) == 1 {
            if best != nil { return nil }
            best = a
        }
        return best
    }
}
