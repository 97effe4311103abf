/// Rebuilds appendix tables that arrive one cell per line, cells themselves
/// wrapped (`Ngân` / `sách nhà` / `nước`).
///
/// A row starts at its index (`1`, `2` … or a Roman group `I`, `II`). Its time
/// cells are taken from the end (`2026 2026`, `Quý` / `IV/2025`, `Hằng` / `năm`,
/// `2025 - 2030`); of the lines left, the task comes first and runs until a line
/// ends a sentence or a short line follows a finished one; the narrow
/// owner/resources column is the rest.
public enum TableBuilder {
    /// Header phrases, longest first.
    static let headerPhrases: [String] = [
        "Đơn vị chủ trì và tham mưu", "Nguồn lực thực hiện", "Cơ quan thực hiện", "Nhiệm vụ trọng tâm",
        "Thời gian thực hiện", "Nhiệm vụ", "Thời gian", "Thực hiện", "Hoàn thành", "STT",
    ]

    /// `headerPhrases` lower-cased, and the first scalar of each.
    static let headerPhrasesLower: [String] = headerPhrases.map { $0.lowercased() }
    static let headerInitials: [Unicode.Scalar] = headerPhrasesLower.compactMap { $0.unicodeScalars.first }

    /// Builds an appendix record.
    public static func build(_ lines: AppendixLines) -> Appendix {
        let heading = lines.heading
        var numberRaw = ""
        var number: Int? = nil
        if let t = heading.tokens.last {
            let raw = String(scalars: heading.line.scalars[t.range])
            if let v = Int(raw) ?? RomanNumeral.value(of: raw) { numberRaw = raw; number = v }
        }
        let title = lines.title.map(\.line.text).joined(separator: " ")
        if let (header, marked) = markedRows(lines.columns, lines.cells) {
            return Appendix(number: number, numberRaw: numberRaw, title: title, columns: header, rows: buildMarked(header, marked),
                            span: heading.line.span)
        }
        if let (header, rows) = columnarRows(columns: lines.columns, cells: lines.cells) {
            return Appendix(number: number, numberRaw: numberRaw, title: title, columns: header, rows: rows, span: heading.line.span)
        }
        let columns = headerColumns(lines.columns.map(\.line.text).joined(separator: " "))
        var rows: [AppendixRow] = []
        var group: String? = nil
        var collectingGroup = false
        var current: [TokenizedLine] = []
        var expected = 1

        func flush() {
            if let row = makeRow(current, group: group) { rows.append(row) }
            current = []
        }
        for line in lines.cells {
            if let g = groupTitle(line) {
                flush()
                group = g
                collectingGroup = g.isEmpty
                expected = 1
                continue
            }
            let numbered = Parser.isRowStart(line)
            if collectingGroup, !numbered {
                group = group!.isEmpty ? line.line.text : group! + " " + line.line.text
                continue
            }
            collectingGroup = false
            if numbered, startsRow(line, current: current, expected: expected) {
                flush()
                expected = (line.int(0) ?? expected) + 1
            } else if current.isEmpty {
                continue
            }
            current.append(line)
        }
        flush()
        return Appendix(number: number, numberRaw: numberRaw, title: title, columns: columns, rows: rows, span: heading.line.span)
    }

    /// A Roman group row: `I` alone (its title follows) or `II Trật tự đô thị …`.
    static func groupTitle(_ line: TokenizedLine) -> String? {
        // The letters first, on the scalars (`Parser.isRomanLetters`): every cell line of an
        // appendix came here, and its first word's String was built and read twice (issue 17).
        guard let first = line.tokens.first, first.kind == .word, Parser.isRomanLetters(line, first) else { return nil }
        let word = line.text(0)
        guard RomanNumeral.value(of: word) != nil else { return nil }
        if line.tokens.count == 1 { return "" }
        guard line.tokens[1].kind == .word, Alphabet.isUppercase(line.line.scalars[line.tokens[1].range.lowerBound]) else { return nil }
        return line.text(from: line.tokens[1].range.lowerBound, to: line.line.scalars.count)
    }

    /// A number-led line starts a new row when it is the next index, or when the
    /// row before it is complete (has its time cells); `8 phòng học …` inside a
    /// task is a wrapped line, not row 8.
    static func startsRow(_ line: TokenizedLine, current: [TokenizedLine], expected: Int) -> Bool {
        guard !current.isEmpty else { return true }
        let index = line.int(0)
        if line.tokens.count == 1 { return index == expected || hasTime(current) }
        return hasTime(current) || (index == expected && current.count >= 3)
    }

    /// True when the row's text so far ends with a time cell: the row is complete.
    /// Only the row's last three words matter (`trailingTime` reads no further back), so
    /// only its last lines are read: rereading the whole row for every line appended to it
    /// made a long row quadratic (issue 17).
    static func hasTime(_ lines: [TokenizedLine]) -> Bool {
        var tail: [String] = []
        var k = lines.count - 1
        while k >= 0, tail.count < 3 {
            tail.insert(contentsOf: words(of: lines[k], first: k == 0), at: 0)
            k -= 1
        }
        return trailingTime(tail) != nil
    }

    /// The words of a row after its index, each with the index of its line.
    static func rowWords(_ lines: [TokenizedLine]) -> [(text: String, line: Int)] {
        var words: [(text: String, line: Int)] = []
        for (k, line) in lines.enumerated() {
            for w in Self.words(of: line, first: k == 0) { words.append((w, k)) }
        }
        return words
    }

    /// The words of one line of a row; the row's first line without its index.
    static func words(of line: TokenizedLine, first: Bool) -> [String] {
        let start = first ? 1 : 0
        guard start < line.tokens.count else { return [] }
        let from = line.tokens[start].range.lowerBound
        let scalars = line.line.scalars[from...]
        // Plain text has one Character a scalar: split the scalars, as the Character split
        // of the line's String would, without building and walking that String (issue 17).
        guard scalars.allSatisfy(\.isPlain) else {
            return line.text(from: from, to: line.line.scalars.count).split(separator: " ").map(String.init)
        }
        return scalars.split(separator: " ").map { String(scalars: $0) }
    }

    /// Column names found in the header text, in order.
    static func headerColumns(_ text: String) -> [String] {
        // `replacingAll` searches first with Foundation (a few thousand instructions): a plain
        // text without the target is let go on its scalars (`plainContains`, issue 17).
        func replacing(_ text: String, _ target: String) -> String {
            plainContains(text, target) == false ? text : text.replacingAll(target, with: "STT")
        }
        var rest = Substring(replacing(replacing(text, "ST T"), "Stt"))
        var result: [String] = []
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " }
            // Only the head of the rest can match (the longest phrase is 26 characters):
            // lower-casing the whole rest for every phrase and word was quadratic in the
            // header's length (callgrind, issue 17). And a phrase can start here only if the
            // rest's first letter, lower-cased, opens one (lower-casing maps scalar by scalar,
            // so it is the head's first scalar): other words skip the lower-casing.
            let initial = rest.unicodeScalars.first.map { c in
                c.isASCII ? Alphabet.lower(c) : c.properties.lowercaseMapping.unicodeScalars.first ?? c
            }
            let phrase: String? = initial.map { headerInitials.contains($0) } ?? false ? {
                if let k = plainPhraseIndex(rest) { return k < 0 ? nil : headerPhrases[k] }
                let head = rest.prefix(64).lowercased()
                return headerPhrasesLower.firstIndex { head.hasPrefix($0) }.map { headerPhrases[$0] }
            }() : nil
            if let p = phrase {
                result.append(p)
                rest = rest.dropFirst(p.count)
            } else {
                let word = rest.prefix { $0 != " " }
                if let last = result.last, !headerPhrases.contains(last) { result[result.count - 1] += " " + word }
                else if !word.isEmpty { result.append(String(word)) }
                rest = rest.dropFirst(word.count)
            }
        }
        return result
    }

    /// `headerPhrasesLower.firstIndex { rest.prefix(64).lowercased().hasPrefix($0) }` (-1 for
    /// none) read on scalars, when the head of `rest` is printable ASCII and Vietnamese letters:
    /// each such scalar is one Character, its lower-case mapping one scalar (`Alphabet.lower`),
    /// and the lower-cased head NFC like the phrases, so the Character-wise prefix test is the
    /// scalar-wise one. Nil for any other head (the caller then lower-cases it as before). The
    /// lower-casing of 64 Characters per word was most of a header's cost (issue 17).
    static func plainPhraseIndex(_ rest: Substring) -> Int? {
        var head: [Unicode.Scalar] = []
        head.reserveCapacity(64)
        var count = 0
        for c in rest.unicodeScalars {
            guard count < 64 else { break }
            guard (c.value >= 0x20 && c.value < 0x7F) || Alphabet.isVietnameseLetter(c) else { return nil }
            head.append(Alphabet.lower(c))
            count += 1
        }
        for (k, p) in headerPhrasesLowerScalars.enumerated() where p.count <= head.count {
            if head[..<p.count].elementsEqual(p) { return k }
        }
        return -1
    }

    static let headerPhrasesLowerScalars: [[Unicode.Scalar]] = headerPhrasesLower.map { Array($0.unicodeScalars) }

    /// A word of a row: its line and scalar range there; its text built only when read
    /// (`text`), except on a line that is not plain scalars, whose words are split as Strings
    /// (`words(of:first:)`). Building every word of every row as a String, and joining them
    /// back into the row's cell lines, was a third of a table's cost (issue 17).
    struct RowWord {
        var line: Int
        var range: Range<Int>
        var string: String?
    }

    /// `rowWords(lines)` as `RowWord`s: the same words, in the same order.
    static func lazyRowWords(_ lines: [TokenizedLine]) -> [RowWord] {
        var result: [RowWord] = []
        for k in lines.indices {
            let line = lines[k]
            let start = k == 0 ? 1 : 0
            guard start < line.tokens.count else { continue }
            let from = line.tokens[start].range.lowerBound
            let s = line.line.scalars
            guard s[from...].allSatisfy(\.isPlain) else {
                for w in words(of: line, first: k == 0) { result.append(RowWord(line: k, range: 0..<0, string: w)) }
                continue
            }
            // `split(separator: " ")`: maximal runs of other scalars.
            var i = from
            while i < s.count {
                if s[i] == " " { i += 1; continue }
                var j = i + 1
                while j < s.count, s[j] != " " { j += 1 }
                result.append(RowWord(line: k, range: i..<j, string: nil))
                i = j
            }
        }
        return result
    }

    static func makeRow(_ lines: [TokenizedLine], group: String?) -> AppendixRow? {
        guard let first = lines.first else { return nil }
        var words = lazyRowWords(lines)
        func text(_ w: RowWord) -> String { w.string ?? String(scalars: lines[w.line].line.scalars[w.range]) }
        let index = first.text(0)
        // Time cells from the end.
        var times: [String] = []
        // `trailingTime` reads the last three words only: they are all it is given (the whole
        // row's words were copied for each call).
        while times.count < 2, let (cell, used) = trailingTime(words.suffix(3).map(text)) {
            times.insert(cell, at: 0)
            words.removeLast(used)
            if containsDash(cell) { break }
        }
        if times.isEmpty {
            // A time line wedged between wrapped cells ("sách nhà" / "2026 2026" / "… Thành. nước").
            // A line is taken only when the time cells (at most two, of at most three words
            // each) are all its words: the words of longer lines are not built.
            var counts = [Int](repeating: 0, count: lines.count)
            for w in words { counts[w.line] += 1 }
            var wordsByLine: [[String]] = Array(repeating: [], count: lines.count)
            for w in words where counts[w.line] <= 6 { wordsByLine[w.line].append(text(w)) }
            for k in stride(from: lines.count - 1, through: 1, by: -1) where counts[k] <= 6 {
                var lineWords = wordsByLine[k]
                var found: [String] = []
                while found.count < 2, let (cell, used) = trailingTime(lineWords) { found.insert(cell, at: 0); lineWords.removeLast(used) }
                if !found.isEmpty, lineWords.isEmpty {
                    times = found
                    words.removeAll { $0.line == k }
                    break
                }
            }
        }
        var start: String? = nil, end: String? = nil
        if times.count == 2 { start = times[0]; end = times[1] }
        else if let only = times.first {
            let parts = only.split(separator: " ").filter { $0 != "-" && $0 != "–" }
            if parts.count == 2, parts.allSatisfy({ Int($0) != nil }) { start = String(parts[0]); end = String(parts[1]) }
            else { start = only }
        }
        // Split task and owner along the original lines. A line keeps a prefix of its words
        // (words leave from the row's end, or a whole line at once): on a plain line whose
        // words stand one space apart, their join is the line's text from the first to the
        // last kept word, built once.
        var cellLines: [String] = []
        var w = 0
        while w < words.count {
            let k = words[w].line
            var e = w
            while e + 1 < words.count, words[e + 1].line == k { e += 1 }
            let s = lines[k].line.scalars
            if words[w].string == nil, words[e].string == nil,
               !hasSpaceRun(s, words[w].range.lowerBound..<words[e].range.upperBound) {
                let cell = String(scalars: s[words[w].range.lowerBound..<words[e].range.upperBound])
                if !cell.isEmpty { cellLines.append(cell) }
            } else {
                let cell = words[w...e].map(text).joined(separator: " ")
                if !cell.isEmpty { cellLines.append(cell) }
            }
            w = e + 1
        }
        var task: [String] = []
        var owner: [String] = []
        for cell in cellLines {
            if owner.isEmpty, let previous = task.last {
                let finished = previous.hasSuffix(".")
                let long = characterCount(cell) > 20
                let lowerStart = cell.first.map { $0.isLowercase } ?? false
                if !finished && (cell.hasSuffix(".") || long || (lowerStart && characterCount(previous) > 20)) {
                    task.append(cell)
                    continue
                }
                owner.append(cell)
            } else if task.isEmpty {
                task.append(cell)
            } else if characterCount(cell) > 24 {
                // The owner column is narrow: a long line belongs to the task.
                task.append(cell)
            } else {
                owner.append(cell)
            }
        }
        let span = first.line.span.union(lines[lines.count - 1].line.span)
        return AppendixRow(index: index, group: group.flatMap { $0.isEmpty ? nil : $0 }, task: task.joined(separator: " "),
                           owner: owner.isEmpty ? nil : owner.joined(separator: " "), start: start, end: end, span: span)
    }

    /// Two spaces in a row within `range` of `s`.
    static func hasSpaceRun(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound + 1
        while i < range.upperBound {
            if s[i] == " ", s[i - 1] == " " { return true }
            i += 1
        }
        return false
    }

    /// `s.count`: on text of plain scalars (`Unicode.Scalar.isPlain`), one Character a scalar,
    /// the scalars are counted without the Character walk.
    static func characterCount(_ s: String) -> Int {
        let u = s.unicodeScalars
        return u.allSatisfy(\.isPlain) ? u.count : s.count
    }

    /// `cell.contains("-") || cell.contains("–")` (Foundation's search, a few thousand
    /// instructions a call): on text of plain scalars (`Unicode.Scalar.isPlain`: one scalar a
    /// Character) the scalars are searched instead; anything else is searched as before.
    static func containsDash(_ cell: String) -> Bool {
        let u = cell.unicodeScalars
        guard u.allSatisfy(\.isPlain) else { return cell.contains("-") || cell.contains("–") }
        return u.contains("-") || u.contains("–")
    }

    /// The time cell at the end of `words`, and how many words it takes.
    static func trailingTime(_ words: [String]) -> (String, Int)? {
        func isYear(_ w: String) -> Bool { w.count == 4 && Int(w).map { (1900...2100).contains($0) } ?? false }
        let n = words.count
        guard n > 0 else { return nil }
        let last = words[n - 1]
        if n >= 3, isYear(last), words[n - 2] == "-" || words[n - 2] == "–", isYear(words[n - 3]) {
            return (words[(n - 3)...].joined(separator: " "), 3)
        }
        if n >= 2, isYear(last), words[n - 2].hasSuffix("-"), isYear(String(words[n - 2].dropLast())) {
            return (words[(n - 2)...].joined(separator: " "), 2)
        }
        if isYear(last) { return (last, 1) }
        let lower = last.lowercased()
        if n >= 2 {
            let before = words[n - 2].lowercased()
            if ["hằng", "hàng"].contains(before), ["năm", "tháng", "quý"].contains(lower) { return (words[(n - 2)...].joined(separator: " "), 2) }
            if before == "thường", lower == "xuyên" { return (words[(n - 2)...].joined(separator: " "), 2) }
            if ["quý", "tháng"].contains(before), last.contains("/") { return (words[(n - 2)...].joined(separator: " "), 2) }
        }
        return nil
    }
}
