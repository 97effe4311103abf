import Foundation
import Testing
@testable import VanBan

/// The knowledge rules' hot paths rewritten without Strings (issue 17, fifth session) read
/// exactly what their String forms read: each new form against the old one, kept here, on
/// every document of the corpus, the hold-out, the real and seed documents, and tricky text.
@Suite("Lint: rules over bytes and IDs, against their String forms")
struct RuleBytesEquivalenceTests {
    /// Every text document the repository and the shared folders hold.
    static func texts() throws -> [(String, String)] {
        var result: [(String, String)] = []
        var folders = [Support.corpus, Support.root.appendingPathComponent("Tests/Holdout")]
        for shared in ["/work/shared/real", "/work/shared/seeds"] where FileManager.default.fileExists(atPath: shared) {
            folders.append(URL(fileURLWithPath: shared))
        }
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
                let data = try Data(contentsOf: folder.appendingPathComponent(name))
                result.append((name, String(decoding: data, as: UTF8.self)))
            }
        }
        return result
    }

    /// Pipe tables that stress the row reading: padding, combining marks beside bars and
    /// `%`, comparators in words and signs, spaces inside a value, decomposed text, a
    /// non-breaking space, a joiner, a separator first, headers by year alone.
    static let tables = """
        CHỈ TIÊU KẾ HOẠCH NĂM 2027
        | STT | Chỉ tiêu | Kết quả năm 2026 | Kế hoạch năm 2027 | Năm 2029 | Ghi chú |
        | --- | :-- | --: | :-: | --- | --- |
        | 1 | Tỷ lệ hồ sơ đúng hạn | 96,5% | ≥ 95% | 97% | x |
        | 2 | Tỷ lệ hồ sơ đúng hạn | 96,5 % | >= 95% | trên 97% | 1,2,3% |
        | 3 | Tỉ lệ gia đình văn hoá | 90%  | ít nhất 92% | 93% trở lên | ≤ 5% |
        | 4 | Tỷ lệ gia đình văn hóa | đạt 91% | 92% | dưới 3% | <5% |
        | 5 |   Tỷ lệ   người dân   hài lòng   | 95%\u{301} | 9\u{301}5% | 95%\u{00A0} | \u{00A0}95% |
        | 6 | Ty\u{309} lê\u{323} hộ nghèo | 2,5% | 2% | 1,5% | 1% |
        |\u{301} 7 | Tỷ lệ trẻ em | 80% | 85% | 90% | x |
        | 8 | Tỷ lệ xã đạt chuẩn | 70%% | 75,% | ,75% | 7 5% |
        | 9 | Tỷ lệ che phủ rừng | 42% | 43% | 44% | 45%\u{2003} |
        | 10 | TỶ LỆ ĐÔ THỊ HÓA | 50% | 52% | 54% | – |
        | 11 | Tỷ lệ ‰ đô thị | 1%\u{200D} | 2% | 3% | 4% |
        | 12 | Hộ nghèo | 5% | 4% | 3% | 2% |
        | Mục A | Tỷ lệ hộ dùng nước sạch | 95% | 96% | 97% | 98% |
        | 13 | Tỷ\tlệ\tnhập học | 95% | 96% | 97% | 98% |

        | --- | --- |
        | Tỷ lệ thu | 90% |
        Bảng kết quả
        | Chỉ tiêu | 2025 | 2026 |
        |---|---|---|
        | Tỷ lệ bao phủ bảo hiểm y tế | 92% | 93% |
        | Tỷ lệ bao phủ bảo hiểm y tế | 91% | 93% |
        """

    static func same(_ a: [TargetConflict.Mention], _ b: [TargetConflict.Mention]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy {
            $0.key == $1.key && $0.label == $1.label && $0.value == $1.value && $0.line == $1.line && $0.span == $1.span
                && $0.words == $1.words && $0.rest == $1.rest
        }
    }

    /// `TargetConflict.tableMentions` reads the same mentions as its String form.
    @Test func tableMentionsMatchTheStringForm() throws {
        var texts = try Self.texts()
        texts.append(("tables", Self.tables))
        texts.append(("tables, no title year", Self.tables.replacingOccurrences(of: "KẾ HOẠCH NĂM 2027", with: "")))
        var mentions = 0
        for (name, text) in texts {
            let source = Support.process(text).source
            for (documentYear, planYear) in [(nil, nil), (2027, 2027), (2026, nil)] as [(Int?, Int?)] {
                let new = TargetConflict.tableMentions(source, documentYear: documentYear, planYear: planYear)
                let old = Self.oldTableMentions(source, documentYear: documentYear, planYear: planYear)
                #expect(Self.same(new, old), "\(name) \(String(describing: documentYear))")
                mentions += old.count
            }
        }
        #expect(mentions > 30)
    }

    /// `plainPercent` against the two patterns it stands for, on cells of its characters.
    @Test func plainPercentMatchesThePatterns() {
        let parts = ["", " ", "\t", "9", "95", ",", ",5", "%", "≥", "≤", ">", "<", "=", ">=", "<="]
        var cells: [String] = []
        for a in parts { for b in parts { for c in parts { for d in parts { cells.append(a + b + c + d) } } } }
        for w in ["trên ", "từ", "ít nhất ", "ít  nhất ", "dưới", "đạt ", "Trên ", "x "] {
            for a in parts { for b in parts { for c in parts { for e in ["", " trở lên", "trở lên", "trở lên ", " trở  lên", " x"] { cells.append(w + a + b + c + e) } } } }
        }
        var known = 0
        for cell in cells {
            let scalars = ArraySlice(Array(cell.unicodeScalars))
            guard let value = TargetConflict.plainPercent(scalars) else { continue }
            known += 1
            var expected: String? = nil
            if let v = cell.range(of: TargetConflict.valuePattern, options: .regularExpression),
               cell.range(of: TargetConflict.cellPattern, options: .regularExpression) != nil { expected = String(cell[v]) }
            #expect(value == expected, "\(cell)")
        }
        #expect(known == cells.count)
        #expect(TargetConflict.plainPercent(ArraySlice(Array("95%\u{85}".unicodeScalars))) == nil)
        #expect(TargetConflict.plainPercent(ArraySlice(Array("95%\u{00A0}".unicodeScalars))) == nil)
    }

    /// The header readers of `target-conflict` and the line tests of `missing-element`
    /// against the regular expressions they stand for, on every line of every document and
    /// on tricky lines (combining marks beside digits, line terminators, long runs, spaces
    /// outside ASCII, lower case).
    @Test func scalarReadersMatchThePatterns() throws {
        var lines = ["Năm 2029", "năm 2029", "2029", "năm 2029\n", "2029\u{2028}", "năm  2029", "năm 20299", "1999", "2100", "năm 1899",
                     "kế hoạch năm 2027", "kết quả 2026\u{301}", "\u{301}2026", "x2026y", "ước 2025, 2026", "2\u{301}026", "\u{600}2026",
                     "Căn cứ Luật", "Căn cứ\u{301}", "Điều 1.", "Điều 10", "Điều 1", "Điều 1\u{301}", "Điều 1é", "Điều 1_", "Chương IV", "Chương IVa",
                     "Chương IV.", "Chương I\u{00A0}", "Phần 2", "Phần II- x", "PHẦN III", "CHƯƠNG V", "CHƯƠNG", "IV. NHIỆM VỤ", "IV- x", "IV.x",
                     "II.", "12. Tổ chức", "12- x", "12 .", "A. Mục", "D. x", "E. x", "A.x", "1. \u{301}x", String(repeating: "I", count: 90) + ". x",
                     String(repeating: "1", count: 79) + ". x", "V/v", "Xây dựng", "Điều 1 của", "Phần I", "Phần Ia",
                     " 05/02/2026", "…/12/2025", " …/…/2026", "../../2026", " 05 / 02 / 2026", "\t05/02/2026", " 05/02/202", " 05/02/20261",
                     " 05\u{00A0}/02/2026", " 05/02/\u{2003}2026", " tháng 5 năm 2026", "05/02/2026", " _/_/2026", " 5.2/3/2026", " 5/ 3 /2026",
                     "\u{0B}5/3/2026", " 5\u{301}/3/2026", " ١/٢/٢٠٢٦", "/ /2026", "//2026", "5/3/ \t2026", " 5/3/2026\u{85}"]
        for (_, text) in try Self.texts() {
            for line in text.components(separatedBy: "\n") {
                let plain = MissingElement.plain(ArraySlice(Array(line.unicodeScalars)))
                lines.append(plain)
                lines.append(foldKey(plain.lowercased()))
                if let r = plain.range(of: " ngày ") { lines.append(String(plain[r.upperBound...]).lowercased()) }
            }
        }
        var settled = 0
        for line in lines {
            #expect(TargetConflict.bareYear(line) == Self.oldBareYear(line), "\(line)")
            #expect(TargetConflict.firstYear(line) == line.range(of: #"(19|20)[0-9]{2}"#, options: .regularExpression).map { String(line[$0]) }, "\(line)")
            if let fast = MissingElement.numericDate(line) {
                settled += 1
                #expect(fast == (line.range(of: MissingElement.numericDatePattern, options: .regularExpression) != nil), "\(line)")
            }
            if let fast = MissingElement.bodyStartForm(line) {
                settled += 1
                #expect(fast == (line.range(of: MissingElement.bodyStartPattern, options: .regularExpression) != nil), "\(line)")
            }
        }
        #expect(settled > lines.count)
    }

    /// `HeaderSymbol.numberSymbol` against `numberPattern` on every line of every document
    /// and on tricky number lines.
    @Test func numberSymbolMatchesThePattern() throws {
        var lines = ["Số 04-CTr/ĐU", "Số: 15/KH-UBND", "Số: 15/2026/QĐ-UBND", "Số:15/2026-QĐ-UBND", "Số 15 / 2026 / QĐ - UBND", "Số: 15/20261/QĐ-UBND",
                     "Số: 15/202/QĐ-UBND", "Số 04–CTr–ĐU", "Số 04-CTr", "Số 04-CTr/", "Số: 04 - đu/ctr", "Số  : 7/KH-UBND x", "Số: XX/KH-UBND",
                     "Số 04-CTr/ĐU\u{301}", "Số\u{00A0}04-CTr/ĐU", "Số 04-CTr/ĐU\u{2003}", "Số 04-C\u{0B}Tr/ĐU", "Số 4/2026/NQ-HĐND", "Số 4/2026/N",
                     "Số: 12/2026/TT-BTC và", "So 04-CTr/ĐU", "Số", "Số 1", "Số 1/2026", "Số 1/2026/", "Số 1/2026/Q", "Số 1/2026/Q-"]
        for (_, text) in try Self.texts() {
            for line in text.components(separatedBy: "\n").prefix(60) {
                let plain = MissingElement.plain(ArraySlice(Array(line.unicodeScalars)))
                if plain.unicodeScalars.starts(with: DraftDate.numberLead) { lines.append(plain) }
            }
        }
        var settled = 0
        for line in lines {
            if HeaderSymbol.numberMatch(line) != nil { settled += 1 }
            #expect(HeaderSymbol.numberSymbol(line) == line.range(of: HeaderSymbol.numberPattern, options: .regularExpression).map { String(line[$0]) }, "\(line)")
        }
        #expect(settled > lines.count / 2)
    }

    /// `duplicate-preparer` compares a list's first sixteen parts one by one and hashes the
    /// rest: a repeat is found on both sides of that limit, and only a repeat.
    @Test func longPreparerListsFindEveryRepeat() {
        let bodies = ["Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Y tế", "Sở Công Thương", "Sở Ngoại vụ", "Công an tỉnh",
                      "Bộ Chỉ huy Quân sự tỉnh", "Ban Dân tộc", "Thanh tra tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Đài Phát thanh tỉnh",
                      "Báo Quảng Trị", "Liên đoàn Lao động tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh", "Sở Nông nghiệp"]
        for (list, repeats) in [(bodies, 0), (bodies + ["Sở Nội vụ"], 1), (["Sở Y tế"] + bodies, 1), (bodies.prefix(3) + ["Sở Tư pháp"] + bodies.dropFirst(3) + ["Sở Tài chính"], 2)] {
            let text = programme(year2026("3. Tháng 3/2026\n- Sơ kết quý I.\n- Cơ quan chuẩn bị, phối hợp: " + list.joined(separator: ", ") + "."))
            #expect(findings(text).filter { $0.rule == "duplicate-preparer" }.count == repeats, "\(list.count) parts")
        }
    }

    static func oldBareYear(_ head: String) -> Int? {
        guard head.range(of: #"^(năm )?(19|20)[0-9]{2}$"#, options: .regularExpression) != nil else { return nil }
        return Int(head.suffix(4))
    }

    /// `TargetConflict.tableMentions` as it was before issue 17's fifth session: every
    /// row that may matter cut into trimmed Strings.
    static func oldTableMentions(_ source: SourceText, documentYear: Int? = nil, planYear: Int? = nil) -> [TargetConflict.Mention] {
        var mentions: [TargetConflict.Mention] = []
        var header: [String]? = nil
        var previous: [String]? = nil
        // A row whose cells were not built (`mayMatter` false): the previous row when
        // `previous` is nil, built only if a separator row makes it a header.
        var previousRow = -1
        // The last three lines with text before the table (its title), by index: read only
        // for a column headed by a year alone.
        var title: [Int] = []
        for k in 0..<source.lineCount {
            let scalars = source.line(k)
            guard let bar = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }), scalars[bar] == "|" else {
                header = nil; previous = nil; previousRow = -1
                if scalars.contains(where: { $0 != " " && $0 != "\t" }) {
                    if title.count == 3 { title.removeFirst() }
                    title.append(k)
                }
                continue
            }
            // Most rows hold no percentage and are no separator: they only become `previous`;
            // so does a row with a percentage before any header.
            guard TargetConflict.mayMatter(scalars, header: header != nil) else {
                previous = nil
                previousRow = k
                continue
            }
            let cells = TargetConflict.cells(scalars)
            if cells.allSatisfy({ $0.isEmpty || $0.allSatisfy { $0 == "-" || $0 == ":" } }) {
                header = previous ?? (previousRow >= 0 ? TargetConflict.cells(source.line(previousRow)) : nil)
                continue
            }
            previous = cells
            previousRow = -1
            guard let header, cells.contains(where: { $0.contains("%") }), let labelCell = cells.firstIndex(where: { c in
                c.split(separator: " ").filter { $0.first?.isLetter == true }.count >= 2 && !c.contains("%")
            }) else { continue }
            var words = cells[labelCell].lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            while let w = words.first, TargetConflict.leading.contains(w) { words.removeFirst() }
            guard words.count >= 2, words.count <= 12 else { continue }
            for (c, cell) in cells.enumerated() where c < header.count && c != labelCell && cell.contains("%") {
                guard let value = cell.range(of: #"[0-9]+(,[0-9]+)?%"#, options: .regularExpression),
                      cell.range(of: #"^(≥|>=|>|≤|<=|<|trên|từ|ít nhất|dưới|đạt)?\s*[0-9]+(,[0-9]+)?\s*%\s*(trở lên)?$"#, options: .regularExpression) != nil else { continue }
                let head = foldKey(header[c].lowercased())
                var isResult = ["kết quả", "thực hiện", "ước", "đã đạt"].contains { head.contains($0) }
                var isTarget = ["kế hoạch", "chỉ tiêu", "mục tiêu", "phấn đấu"].contains { head.contains($0) }
                if !isResult, !isTarget, let y = TargetConflict.bareYear(head) {
                    if let documentYear {
                        (isTarget, isResult) = (y >= documentYear, y < documentYear)
                    } else {
                        let above = title.map { foldKey(String(String.UnicodeScalarView(source.line($0)))) }.joined(separator: " ")
                        isTarget = ["chỉ tiêu", "mục tiêu", "kế hoạch"].contains { above.contains($0) }
                            && !["kết quả", "thực hiện", "ước"].contains { above.contains($0) }
                    }
                }
                guard isResult != isTarget else { continue }
                let year = head.range(of: #"(19|20)[0-9]{2}"#, options: .regularExpression).map { String(head[$0]) }
                    ?? (isTarget ? planYear.map(String.init) ?? "" : "")
                let rest = "||\(year)|\(isResult)"
                let key = foldKey(words.joined(separator: " ")) + " " + rest
                let raw = String(cell[value])
                // Columns are counted in scalars: the cell starts after its bar and spaces.
                let offset = TargetConflict.cellStart(Array(scalars), cell: c)
                let start = SourceLocation(line: k + 1, column: offset + 1)
                let end = SourceLocation(line: k + 1, column: offset + cell.unicodeScalars.count + 1)
                mentions.append(TargetConflict.Mention(key: key, label: cells[labelCell], value: raw, line: k + 1, span: SourceSpan(start: start, end: end),
                                        words: words.map(foldKey), rest: rest))
            }
        }
        return mentions
    }

}
