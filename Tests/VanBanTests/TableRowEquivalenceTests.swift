import Foundation
import Testing
@testable import VanBan

/// The tables of the parse stage, seventh session of issue 17: a row's words read as ranges of
/// its lines (their Strings built only when read, its cell lines built once from the line), and
/// pipe cells cut as ranges. Each new form is compared with the old one, kept here.
@Suite("Parse stage: table rows without word Strings (issue 17, session 7)")
struct TableRowEquivalenceTests {
    /// Rows of a table dumped one cell per line: times at the end, wedged between wrapped
    /// cells, split over lines, with dashes; decomposed marks, tabs, capitals, long words.
    static let tricky = """
        PHỤ LỤC 01
        DANH MỤC NHIỆM VỤ
        STT
        Nhiệm vụ
        Cơ quan thực hiện
        Thời gian
        1
        Xây dựng kế hoạch chuyển đổi số.
        Sở Khoa học
        2026 2026
        2
        Ngân
        sách nhà
        2026 2027
        nước
        3
        Hoàn thiện thể chế, cơ chế chính sách
        Văn phòng UBND tỉnh
        Quý
        IV/2025
        4 Rà soát thủ tục hành chính Sở Tư pháp 2025 - 2030
        5
        Triển khai ho\u{300}a gia\u{309}i
        Ban Dân vận
        Hằng năm
        6
        Kiểm tra	giám sát
        Thường xuyên
        7
        Đầu tư hạ tầng 2026- 2027
        8
        Tổ chức hội nghị
        UBND các xã, phường
        tháng 3/2026
        I
        NHIỆM VỤ CHUNG
        9 phòng học được xây mới trong năm
        Sở Giáo dục và Đào tạo rất dài tên cơ quan
        2025 – 2030
        10
        Khuyếnkhíchkhuyếnkhích nghiêngnghiêngnghiêng
        hàng quý
        """

    static func oldMakeRow(_ lines: [TokenizedLine], group: String?) -> AppendixRow? {
        guard let first = lines.first else { return nil }
        var words = TableBuilder.rowWords(lines)
        let index = first.text(0)
        // Time cells from the end.
        var times: [String] = []
        // `trailingTime` reads the last three words only: they are all it is given (the whole
        // row's words were copied for each call).
        while times.count < 2, let (cell, used) = TableBuilder.trailingTime(words.suffix(3).map(\.text)) {
            times.insert(cell, at: 0)
            words.removeLast(used)
            if TableBuilder.containsDash(cell) { break }
        }
        if times.isEmpty {
            // A time line wedged between wrapped cells ("sách nhà" / "2026 2026" / "… Thành. nước").
            var wordsByLine: [[String]] = Array(repeating: [], count: lines.count)
            for w in words { wordsByLine[w.line].append(w.text) }
            for k in stride(from: lines.count - 1, through: 1, by: -1) {
                var lineWords = wordsByLine[k]
                var found: [String] = []
                while found.count < 2, let (cell, used) = TableBuilder.trailingTime(lineWords) { found.insert(cell, at: 0); lineWords.removeLast(used) }
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
        // Split task and owner along the original lines.
        var byLine: [[String]] = Array(repeating: [], count: lines.count)
        for w in words { byLine[w.line].append(w.text) }
        let cellLines = byLine.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
        var task: [String] = []
        var owner: [String] = []
        for cell in cellLines {
            if owner.isEmpty, let previous = task.last {
                let finished = previous.hasSuffix(".")
                let long = TableBuilder.characterCount(cell) > 20
                let lowerStart = cell.first.map { $0.isLowercase } ?? false
                if !finished && (cell.hasSuffix(".") || long || (lowerStart && TableBuilder.characterCount(previous) > 20)) {
                    task.append(cell)
                    continue
                }
                owner.append(cell)
            } else if task.isEmpty {
                task.append(cell)
            } else if TableBuilder.characterCount(cell) > 24 {
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


    static func lines(_ text: String) -> [[TokenizedLine]] {
        let result = VanBan.process(text: text, name: "t.txt")
        var groups: [[TokenizedLine]] = [result.layout.lines.map { Lexer.tokenize($0) }]
        func add(_ d: ParsedDocument) {
            for a in d.appendices { groups.append(a.columns + Array(a.cells)) }
            d.attachments.forEach(add)
        }
        add(result.parsed)
        return groups
    }

    /// Every run of one to five lines of each document (its appendix cells, and its lines as
    /// a table would give them) made into a row, by both forms.
    @Test func rowsAgreeWithTheWordStringForm() throws {
        var inputs: [(String, [[TokenizedLine]])] = [("tricky", Self.lines(Self.tricky))]
        // Lines as typed, spaces doubled and all (not cleaned by the layout).
        let raw = Self.tricky.split(separator: "\n").map { String($0) } + ["1  Hai  dấu cách  2026 2026", "2 a  b", " 3 x ", "4\u{301} Chữ 2026"]
        func clean(_ t: String) -> CleanLine { CleanLine(source: SourceText(name: "", text: t), index: 0) }
        // Logical lines joined over a blank piece: two spaces in a row in the line's scalars.
        func joined(_ pieces: [String]) -> TokenizedLine {
            var line = LogicalLine(clean(pieces[0]))
            for p in pieces.dropFirst() { line.append(clean(p)) }
            return Lexer.tokenize(line)
        }
        let spaced = [joined(["1", "Hai", " ", "dấu cách"]), joined(["Sở", " ", "Tư pháp"]), joined(["2026", " ", "2026"]),
                      joined(["2", "Ba", " ", " ", "chữ"]), joined(["Hằng", " ", "năm"])]
        #expect(spaced.contains { $0.line.scalars.count > 1 && zip($0.line.scalars, $0.line.scalars.dropFirst()).contains { $0 == " " && $1 == " " } })
        inputs.append(("raw", [raw.map { Lexer.tokenize(LogicalLine(clean($0))) } + spaced + spaced.reversed()]))
        let names = try FileManager.default.contentsOfDirectory(atPath: Support.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        for name in names {
            let text = String(decoding: try Data(contentsOf: Support.corpus.appendingPathComponent(name)), as: UTF8.self)
            inputs.append((name, Self.lines(text)))
        }
        var compared = 0, withTimes = 0, mismatches = 0
        for (name, groups) in inputs {
            for lines in groups {
                for start in lines.indices {
                    for count in 1...5 where start + count <= lines.count {
                        let run = Array(lines[start..<(start + count)])
                        for group in [nil, "NHIỆM VỤ"] as [String?] {
                            let new = TableBuilder.makeRow(run, group: group), old = Self.oldMakeRow(run, group: group)
                            if new != old {
                                if mismatches < 5 { Issue.record("\(name) line \(start) ×\(count): \(String(describing: new)) vs \(String(describing: old))") }
                                mismatches += 1
                            }
                            if old?.start != nil { withTimes += 1 }
                            compared += 1
                        }
                    }
                }
            }
        }
        #expect(mismatches == 0)
        #expect(compared > 10_000 && withTimes > 100, "\(compared) \(withTimes)")
    }

    @Test func pipeCellRangesAreTheSlices() {
        let rows = ["|", "||", "|||", "| a |", "| a | b |", "|a|b|c|", "| 1 | Tiềm lực | Thứ bậc |", "a | b", "| a | b", "a | b |",
                    "", "x", "| | |", "|  ho\u{300}a  |  **2** |", "| --- | :---: |", "|| a ||"]
        for t in rows {
            let s = Array(t.unicodeScalars)
            let new = TableBuilder.pipeCellRanges(s).map { Array(s[$0]) }
            let old = LineShape.pipeCellSlices(s).map { Array($0) }
            #expect(new == old, "\(t)")
        }
    }
}
