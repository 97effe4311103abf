import Foundation
import Testing
@testable import VanBan

/// What the .docx reader takes from WordprocessingML, on small documents written here
/// part by part: each construct the issue names, and the way back for comments.
struct DocxReaderTests {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    static let mc = "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""

    /// A Word file with `body` inside `w:body`, and optional numbering and styles parts.
    static func docx(_ body: String, numbering: String? = nil, styles: String? = nil, extra: [(String, String)] = []) throws -> [UInt8] {
        let empty = try ZipArchive([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
        var parts: [(String, String)] = [
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(w) \(mc)><w:body>\(body)</w:body></w:document>"),
        ]
        if let numbering { parts.append(("word/numbering.xml", "<w:numbering \(w)>\(numbering)</w:numbering>")) }
        if let styles { parts.append(("word/styles.xml", "<w:styles \(w)>\(styles)</w:styles>")) }
        parts += extra
        return try ZipRewriter.rewrite(empty, replacing: parts.map { ($0.0, Array($0.1.utf8)) })
    }

    static func p(_ runs: String, _ pPr: String = "") -> String { "<w:p>\(pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>")\(runs)</w:p>" }
    static func r(_ text: String, _ rPr: String = "") -> String { "<w:r>\(rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>")<w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }

    @Test func paragraphsRunsTabsAndBreaks() throws {
        let body = Self.p(Self.r("Kế ") + Self.r("hoạch", "<w:b/>")) + "<w:p/>"
            + Self.p("<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:br w:type=\"page\"/><w:t>d</w:t></w:r>")
        let text = try DocxReader.read(try Self.docx(body))
        #expect(text.text == "Kế hoạch\n\na\tb\nc\nd")
        #expect(text.lines.map(\.paragraph) == [1, 2, 3, 3, 3])
        #expect(text.lines.map(\.offset) == [0, 0, 0, 4, 6])
        #expect(text.paragraph(line: 4, column: 1)! == (3, 4))
    }

    @Test func tableCellsArriveOnePerLineAndCountAsParagraphs() throws {
        func row(_ cells: [String]) -> String { "<w:tr>" + cells.map { "<w:tc><w:tcPr/>" + Self.p(Self.r($0)) + "</w:tc>" }.joined() + "</w:tr>" }
        let body = Self.p(Self.r("Phụ lục")) + "<w:tbl><w:tblPr/>" + row(["STT", "Nhiệm vụ"]) + row(["1", "Xây dựng kế hoạch"]) + "</w:tbl>" + Self.p(Self.r("Hết"))
        let text = try DocxReader.read(try Self.docx(body))
        #expect(text.text == "Phụ lục\nSTT\nNhiệm vụ\n1\nXây dựng kế hoạch\nHết")
        #expect(text.lines.map(\.paragraph) == [1, 2, 3, 4, 5, 6])
    }

    @Test func aTextBoxIsReadOnceNotAgainFromItsFallback() throws {
        let box = "<w:txbxContent>" + Self.p(Self.r("Trong khung")) + "</w:txbxContent>"
        let body = Self.p("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx xmlns:wps=\"x\">\(box)</wps:txbx></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><v:textbox xmlns:v=\"v\">\(box)</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>" + Self.r("Sau"))
        let text = try DocxReader.read(try Self.docx(body))
        #expect(text.text == "Trong khung\nSau")
    }

    static let numbering = """
    <w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
      <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
      <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%5."/><w:suff w:val="nothing"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
    <w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
    """

    @Test func automaticNumberingBecomesTheLabelsAReaderSees() throws {
        func item(_ numId: Int, _ ilvl: Int, _ text: String) -> String {
            Self.p(Self.r(text), "<w:numPr><w:ilvl w:val=\"\(ilvl)\"/><w:numId w:val=\"\(numId)\"/></w:numPr>")
        }
        let body = item(1, 0, "MỤC ĐÍCH") + item(1, 1, "Mục đích") + item(1, 2, "điểm một") + item(1, 2, "điểm hai")
            + item(1, 3, "gạch đầu dòng") + item(1, 1, "Yêu cầu") + item(1, 4, "chi tiết") + item(1, 0, "NHIỆM VỤ")
            + item(2, 0, "BẮT ĐẦU LẠI") + item(3, 0, "chấm") + item(0, 0, "không đánh số") + item(5, 0, "TIẾP THEO")
        let text = try DocxReader.read(try Self.docx(body, numbering: Self.numbering))
        #expect(text.text.split(separator: "\n") == [
            "I. MỤC ĐÍCH", "1. Mục đích", "a) điểm một", "b) điểm hai", "- gạch đầu dòng", "2. Yêu cầu", "2.1.chi tiết",
            "II. NHIỆM VỤ", "IV. BẮT ĐẦU LẠI", "• chấm", "không đánh số",
            // Instances of one definition share its counters (a restart included).
            "V. TIẾP THEO",
        ])
        #expect(text.lines[0].label == 3)
        // The label is not a character of the paragraph: column 4 is its first character.
        #expect(text.paragraph(line: 1, column: 4)! == (1, 0))
    }

    @Test func hostileNumberingValuesStayBounded() throws {
        let numbering = """
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="9223372036854775807"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
        """
        let item = Self.p(Self.r("x"), "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>")
        let text = try DocxReader.read(try Self.docx(item + item, numbering: numbering))
        #expect(text.text == "100000) x\n100001) x")
    }

    @Test func headingStylesNumberTheirParagraphs() throws {
        let styles = """
        <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style>
        """
        let body = Self.p(Self.r("MỤC ĐÍCH"), "<w:pStyle w:val=\"Heading1\"/>") + Self.p(Self.r("NHIỆM VỤ"), "<w:pStyle w:val=\"MyHeading\"/>")
        let text = try DocxReader.read(try Self.docx(body, numbering: Self.numbering, styles: styles))
        #expect(text.text == "I. MỤC ĐÍCH\nII. NHIỆM VỤ")
    }

    @Test func trackedChangesAreReadAsAccepted() throws {
        let body = Self.p(Self.r("Nghị quyết số ") + "<w:del w:id=\"1\"><w:r><w:delText>44</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\">" + Self.r("45") + "</w:ins>" + Self.r("-NQ/TW")
            + "<w:moveFrom w:id=\"3\">" + Self.r(" cũ") + "</w:moveFrom>" + "<w:moveTo w:id=\"4\">" + Self.r(" mới") + "</w:moveTo>")
        let text = try DocxReader.read(try Self.docx(body))
        #expect(text.text == "Nghị quyết số 45-NQ/TW mới")
        #expect(text.trackedChanges == 4)
        #expect(text.firstChange == SourceLocation(line: 1, column: 15))
    }

    @Test func fieldsGiveTheirShownResultAndHiddenTextIsLeftOut() throws {
        let body = Self.p("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE \\@ dd/MM/yyyy </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + Self.r("14/01/2026") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:fldSimple w:instr=\"PAGE\">" + Self.r(" trang 3") + "</w:fldSimple>"
            + Self.r(" ẩn", "<w:vanish/>") + Self.r(" hiện", "<w:vanish w:val=\"0\"/>"))
        let text = try DocxReader.read(try Self.docx(body))
        #expect(text.text == "14/01/2026 trang 3 hiện")
    }

    @Test func referencesAreDecodedAndNoDTDIsAccepted() throws {
        let text = try DocxReader.read(try Self.docx(Self.p(Self.r("A &amp; B &lt;C&gt; &#x1EA1;&#7841; &unknown;"))))
        #expect(text.text == "A & B <C> ạạ &unknown;")
        #expect(throws: ContainerProblem.badXML(part: "word/numbering.xml", reason: "DTD")) {
            try DocxReader.read(try Self.docx(Self.p(Self.r("x")), numbering: "<!DOCTYPE x [<!ENTITY a \"b\">]>"))
        }
    }

    @Test func commentsSplitARunKeepingItsFormattingAndTheTextReadsTheSame() throws {
        let bytes = try Self.docx(Self.p(Self.r("Căn cứ Chi thị số 05", "<w:b/><w:sz w:val=\"28\"/>")))
        let text = try DocxReader.read(bytes)
        let comment = DocxCommenter.Comment(start: SourceLocation(line: 1, column: 8), end: SourceLocation(line: 1, column: 15), paragraphs: ["sai"])
        let reviewed = try DocxCommenter.annotate(bytes, docx: text, comments: [comment])
        let archive = try ZipArchive(reviewed)
        let xml = String(decoding: try archive.data(try #require(archive.entry("word/document.xml"))), as: UTF8.self)
        #expect(xml.contains("<w:r><w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">Căn cứ </w:t></w:r><w:commentRangeStart w:id=\"0\"/>"
            + "<w:r><w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">Chi thị</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"))
        #expect(try DocxReader.read(reviewed).text == text.text)
        #expect(archive.entry("word/comments.xml") != nil)
        let types = String(decoding: try archive.data(try #require(archive.entry("[Content_Types].xml"))), as: UTF8.self)
        #expect(types.contains("/word/comments.xml"))
        let rels = String(decoding: try archive.data(try #require(archive.entry("word/_rels/document.xml.rels"))), as: UTF8.self)
        #expect(rels.contains("relationships/comments") && rels.contains("Target=\"comments.xml\""))
    }

    @Test func aDocumentWithoutPrefixesGetsMarksInTheRightNamespace() throws {
        let empty = try ZipArchive([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
        let document = "<document xmlns=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><body>"
            + "<p><r><t>Kế hoạch số 05</t></r></p></body></document>"
        let bytes = try ZipRewriter.rewrite(empty, replacing: [("[Content_Types].xml", Array("<Types></Types>".utf8)),
                                                               ("word/document.xml", Array(document.utf8))])
        let text = try DocxReader.read(bytes)
        #expect(text.text == "Kế hoạch số 05")
        let reviewed = try DocxCommenter.annotate(bytes, docx: text, comments: [
            .init(start: SourceLocation(line: 1, column: 4), end: SourceLocation(line: 1, column: 9), paragraphs: ["x"]),
        ])
        let archive = try ZipArchive(reviewed)
        let xml = String(decoding: try archive.data(try #require(archive.entry("word/document.xml"))), as: UTF8.self)
        #expect(xml.contains("<t xml:space=\"preserve\">Kế </t></r><w:commentRangeStart xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" w:id=\"0\"/><r><t xml:space=\"preserve\">hoạch</t></r>"), "\(xml)")
        #expect(try DocxReader.read(reviewed).text == text.text)
    }

    @Test func aDocumentsOwnCommentsStayAndOursFollowThem() throws {
        let own = "<w:comments \(Self.w)><w:comment w:id=\"7\" w:author=\"Chánh Văn phòng\"><w:p>\(Self.r("xem lại"))</w:p></w:comment></w:comments>"
        let rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId9\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"notes.xml\"/></Relationships>"
        let bytes = try Self.docx(Self.p(Self.r("Kế hoạch")), extra: [("word/notes.xml", own), ("word/_rels/document.xml.rels", rels)])
        let reviewed = try DocxCommenter.annotate(bytes, docx: try DocxReader.read(bytes), comments: [
            .init(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 3), paragraphs: ["một"]),
        ])
        let archive = try ZipArchive(reviewed)
        let notes = String(decoding: try archive.data(try #require(archive.entry("word/notes.xml"))), as: UTF8.self)
        #expect(notes.contains("Chánh Văn phòng") && notes.contains("w:id=\"8\" w:author=\"VanBan\""))
        #expect(archive.entry("word/comments.xml") == nil)
        #expect(archive.entries.count == 5)
    }

    @Test func theRewrittenArchiveCopiesUntouchedEntriesByteForByte() throws {
        let bytes = try Self.docx(Self.p(Self.r("x")), extra: [("word/media/a.bin", String(repeating: "z", count: 3000))])
        let original = try ZipArchive(bytes)
        let copy = try ZipArchive(try ZipRewriter.rewrite(original, replacing: [("word/document.xml", Array("<w:document/>".utf8))]))
        for entry in original.entries where entry.name != "word/document.xml" {
            let other = try #require(copy.entry(entry.name))
            #expect(original.bytes[try original.dataRange(entry)] == copy.bytes[try copy.dataRange(other)])
            #expect(try copy.data(other) == (try original.data(entry)))
        }
        #expect(try copy.data(try #require(copy.entry("word/document.xml"))) == Array("<w:document/>".utf8))
    }
}
