/// What a body line is, as the grammar sees it.
///
/// The Party and administrative numbering keeps its kinds (`part` `A.`, `section` `I.`,
/// `subsection` `1.`); the legal divisions share them where they are the same level
/// (`part` *Phần*, `section` *Mục*, `subsection` *Tiểu mục*) and add `chapter`,
/// `article`, `clause`, `point` (`NumberingHierarchy`).
public enum NodeKind: String, Sendable, Equatable {
    /// `A. …` — part := LATIN "." TITLE; also *Phần thứ nhất*.
    case part
    /// `I. …` — section := ROMAN "." TITLE; also *Mục 1*.
    case section
    /// `1. …`, `2.1. …` that is neither a meeting nor a month, outside articles; also *Tiểu mục 1*.
    case subsection
    /// `Chương II` — chapter.
    case chapter
    /// `Điều 5. Title` — article, numbered across the document.
    case article
    /// `1. …` inside an article — khoản.
    case clause
    /// `a) …` inside an article — điểm.
    case point
    /// `Kỳ họp thứ nhất (tháng 4/2026)` — a session of an elected body.
    case session
    /// A line of text quoted by an amending clause (`“Điều 5. …”`): it stays inside that clause.
    case quote
    /// `| a | b |` — a row of a pipe table.
    case row
    /// `Năm 2026` — year-group.
    case yearGroup
    /// `BAN THƯỜNG VỤ ĐẢNG ỦY` before meetings or months — body-group.
    case bodyGroup
    /// `1. Hội nghị … lần thứ N (…)` — meeting.
    case meeting
    /// `1. Tháng 3/2026` — month.
    case month
    /// `-`, `(1)`, `a)` … — item.
    case item
    /// Anything else: running text. Never refused.
    case paragraph
}

/// A node of the parse tree: one logical line and what nests under it.
public struct Node: Sendable {
    /// What the line is.
    public var kind: NodeKind
    /// The line.
    public var line: TokenizedLine
    /// Nested nodes, in order.
    public var children: [Node] = []
    /// The legal heading the line is (`Chương II`, `Điều 5.`), if any.
    public var legal: LegalHeading? = nil
    /// The title line of a heading whose title is on the next line (`Chương I` / `QUY ĐỊNH CHUNG`).
    public var titleLine: TokenizedLine? = nil
}

/// The header block's lines, by role.
public struct HeaderLines: Sendable {
    /// `ĐẢNG CỘNG SẢN VIỆT NAM` (possibly wrapped over two lines: the first).
    public var party: TokenizedLine?
    /// The state motto: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Độc lập - Tự do - Hạnh phúc`.
    public var motto: [TokenizedLine] = []
    /// `V/v …`: the subject of a Công văn, its wrapped lines joined.
    public var subject: TokenizedLine?
    /// `(Ban hành kèm theo Quyết định số …)`: what an attached document was issued with.
    public var issuedWith: TokenizedLine?
    /// The enacting body printed under the title of a legal document, repeating the issuer
    /// (`ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI` before *Căn cứ*).
    public var enactingBody: TokenizedLine?
    /// The type name from the type list when the line printed it without diacritics
    /// (`THONG TU` → `THÔNG TƯ`); nil when the line prints it as the list does.
    public var typeNameFromList: String?
    /// Header parts printed at the end of the text, before the signature (a consolidated
    /// text, *văn bản hợp nhất*, prints its issuer, number and date there); also in `all`.
    public var trailing: [TokenizedLine] = []
    /// Capitalised lines before the type name (`ĐẢNG ỦY PHƯỜNG …`).
    public var issuer: [TokenizedLine] = []
    /// `Số 04-CTr/ĐU`.
    public var number: TokenizedLine?
    /// `Hải Phòng, ngày … tháng … năm …`.
    public var placeDate: TokenizedLine?
    /// The line starting with the type name.
    public var type: TokenizedLine?
    /// Length of the type name at the start of `type`, in scalars.
    public var typeNameLength = 0
    /// The type code the type name implies.
    public var typeCode: String?
    /// Title lines after the type line.
    public var title: [TokenizedLine] = []
    /// The type codes the type name takes in each system (`QUY ĐỊNH`: Party `QĐi`, State `QyĐ`).
    public var typeCodes: DocumentTypes.Codes?
    /// Every line of the block, in order.
    public var all: [TokenizedLine] = []
}

/// An appendix as the parser sees it.
public struct AppendixLines: Sendable {
    /// `Phụ lục số 01`.
    public var heading: TokenizedLine
    /// Title lines.
    public var title: [TokenizedLine]
    /// Column-header lines.
    public var columns: [TokenizedLine]
    /// The table's cell lines, from the first row on: a slice of the document's lines, not
    /// a copy (an appendix may hold the rest of a long document: issue 17).
    public var cells: ArraySlice<TokenizedLine>
}

/// The parse of one document: document := header? bases? intro? body closing? appendix*
public struct ParsedDocument: Sendable {
    /// The header block.
    public var header = HeaderLines()
    /// `Căn cứ …` lines.
    public var bases: [TokenizedLine] = []
    /// Paragraphs before the first section.
    public var intro: [TokenizedLine] = []
    /// The body tree.
    public var body: [Node] = []
    /// `Trên đây là …` and what follows it before the recipients.
    public var closing: [TokenizedLine] = []
    /// Recipient lines (after `Nơi nhận`), each possibly joined with its wrap.
    public var recipients: [TokenizedLine] = []
    /// The `Nơi nhận` line.
    public var recipientsHeading: TokenizedLine?
    /// Signature lines: authority, position, name (every block's, in order).
    public var signature: [TokenizedLine] = []
    /// The signature blocks, one per signer (joint documents sign side by side).
    public var signatures: [SignatureLines] = []
    /// Lines before the header that belong to no part of the document (web-page chrome,
    /// OCR banners before the motto).
    public var front: [TokenizedLine] = []
    /// Documents that follow this one's signature (a programme or regulation issued
    /// with it, the draft sent with a covering letter): file := document attachment*.
    public var attachments: [ParsedDocument] = []
    /// Appendices.
    public var appendices: [AppendixLines] = []
}

/// One signature block as the parser sees it: signature := AUTHORITY? BODY? POSITION* MARK? NAME
public struct SignatureLines: Sendable {
    /// The lines (or parts of lines, when blocks stand side by side), in order.
    public var lines: [TokenizedLine] = []
}
