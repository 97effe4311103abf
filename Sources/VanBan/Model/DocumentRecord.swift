/// The structured record of one document: what `vanban parse` prints.
///
/// Keys are English camelCase; values keep the document's Vietnamese text. Every
/// node carries a `span` into the original file. The JSON Schema is
/// `schemas/document.schema.json`; bump `schemaVersion` on any incompatible change.
public struct DocumentRecord: Codable, Sendable, Equatable {
    /// Version of the record's shape.
    public var schemaVersion = DocumentRecord.currentSchemaVersion
    /// Where the record came from.
    public var source: SourceInfo
    /// The header block: type, number, place and date, title.
    public var header: Header
    /// Legal bases (*Căn cứ …*).
    public var bases: [Basis] = []
    /// Paragraphs between the bases and the first section.
    public var intro: [Paragraph] = []
    /// The section tree.
    public var sections: [SectionNode] = []
    /// Meetings (*Hội nghị … lần thứ N*), in document order.
    public var meetings: [Meeting] = []
    /// Monthly plans (*Tháng 3/2026*), in document order.
    public var monthlyPlans: [MonthlyPlan] = []
    /// The event a plan organises (*Thời gian: …*, *Địa điểm: …*), if it states one.
    public var event: Event?
    /// Targets (*chỉ tiêu*).
    public var targets: [Target] = []
    /// Appendix tables (*Phụ lục số …*).
    public var appendices: [Appendix] = []
    /// Closing paragraphs (*Trên đây là …*).
    public var closing: [Paragraph] = []
    /// Recipients (*Nơi nhận*).
    public var recipients: [Recipient] = []
    /// The first signature block, if found (kept for compatibility: see `signatures`).
    public var signature: Signature?
    /// Every signature block in order (joint documents sign side by side).
    public var signatures: [Signature] = []
    /// Documents that follow the signature: a programme, plan or regulation issued with
    /// it, the draft sent with a covering letter. Each is a record of the same shape.
    public var attachments: [DocumentRecord] = []
    /// Lines before the header that are not part of the document (web-page chrome, OCR
    /// banners), kept as paragraphs.
    public var front: [Paragraph] = []

    /// The version written by this build. 2.0: an agenda item of a meeting or a monthly plan
    /// names its section node (`node`, a JSON Pointer) instead of repeating its text
    /// (`DocumentRecord+Coding.swift`).
    public static let currentSchemaVersion = "2.0"
}

/// Provenance of a record.
public struct SourceInfo: Codable, Sendable, Equatable {
    /// File name as given (`-` for standard input).
    public var name: String
    /// Number of physical lines.
    public var lineCount: Int
    /// `wrapped` for hard-wrapped PDF dumps, `paragraphs` for one paragraph per line.
    public var layout: String
    /// Original lines dropped as page numbers.
    public var pageNumberLines: [Int]
    /// The encoding the file was read in (`utf-8`, `tcvn3`, `vni`, …).
    public var encoding: TextEncoding
}

/// A paragraph of running text.
public struct Paragraph: Codable, Sendable, Equatable {
    /// The text.
    public var text: String
    /// Where it is.
    public var span: SourceSpan
}

/// The header block of a document.
public struct Header: Codable, Sendable, Equatable {
    /// `ĐẢNG CỘNG SẢN VIỆT NAM` or a similar line, as written.
    public var partyLine: String?
    /// `party` (Hướng dẫn 36-HD/VPTW) or `state` (Nghị định 30/2020/NĐ-CP), from the
    /// Party line or the national motto, else from the shape of the number; nil when unknown.
    public var system: String?
    /// The national motto lines (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Độc lập - Tự do - Hạnh phúc`).
    public var motto: [String]?
    /// The issuing body, when the header names it: its lines joined by a space
    /// (`BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG`).
    public var issuer: String?
    /// The issuer block line by line (parent body first: `BAN CHẤP HÀNH TRUNG ƯƠNG`, `VĂN PHÒNG`).
    public var issuerLines: [String]?
    /// The document type as written (`CHƯƠNG TRÌNH`, `KẾ HOẠCH`).
    public var typeName: String?
    /// Type code the type name implies (`CTr`, `KH`).
    public var typeCode: String?
    /// The number symbol (`Số 04-CTr/ĐU`).
    public var number: DocumentNumber?
    /// Place of the place-date line.
    public var place: String?
    /// Date of the place-date line; parts may be blank in a draft.
    public var date: DocumentDate?
    /// The title (after the type name), lines joined.
    public var title: String?
    /// The subject of a Công văn (`V/v …`), without `V/v`.
    public var subject: String?
    /// What an attached document was issued with (`Ban hành kèm theo Quyết định số …`).
    public var issuedWith: String?
    /// The enacting body under the title of a legal document (`CHÍNH PHỦ`), repeating the issuer.
    public var enactingBody: String?
    /// The term (*khóa I, nhiệm kỳ 2025 - 2030*) from the title or the opening text.
    public var term: Term?
    /// Span of the header block.
    public var span: SourceSpan?
}

/// A number symbol: `Số 04-CTr/ĐU`; in a draft the number may be blank (`Số -KH/ĐU`).
public struct DocumentNumber: Codable, Sendable, Equatable {
    /// As written, without `Số`.
    public var raw: String
    /// The number, nil when blank.
    public var value: Int?
    /// The year of a legal document's number (`249/2025/NĐ-CP` → 2025).
    public var year: Int? = nil
    /// Type code (`CTr`, `KH`, `NQ`).
    public var typeCode: String?
    /// Issuer code (`ĐU`, `TU`, `TW`).
    public var issuerCode: String?
    /// Where it is.
    public var span: SourceSpan
}

/// A calendar date whose parts may be blank (drafts leave the day empty).
public struct DocumentDate: Codable, Sendable, Equatable {
    /// As written (`ngày   tháng 12 năm 2025`).
    public var raw: String
    /// Day, nil when blank.
    public var day: Int?
    /// Month, nil when blank.
    public var month: Int?
    /// Year, nil when blank.
    public var year: Int?
    /// ISO 8601 of what is known: `2025-12-05`, `2025-12`, `2025`.
    public var iso: String?
    /// Where it is.
    public var span: SourceSpan
}

/// A term of office: *khóa I, nhiệm kỳ 2025 - 2030*.
public struct Term: Codable, Sendable, Equatable {
    /// As written.
    public var raw: String
    /// The term number (*khóa I* → 1), if stated.
    public var number: Int?
    /// First year.
    public var startYear: Int?
    /// Last year.
    public var endYear: Int?
    /// Where it is.
    public var span: SourceSpan
}

/// A legal basis (*Căn cứ …*).
public struct Basis: Codable, Sendable, Equatable {
    /// The text after *Căn cứ*.
    public var text: String
    /// Documents it cites.
    public var references: [Reference]
    /// Where it is.
    public var span: SourceSpan
}

/// A citation of another document: `Nghị quyết số 45-NQ/TW, ngày 24/01/2019 của Bộ Chính trị`.
public struct Reference: Codable, Sendable, Equatable {
    /// As written.
    public var raw: String
    /// The kind of document as written before the number (`Nghị quyết`), if any.
    public var documentType: String?
    /// The number symbol (`45-NQ/TW`).
    public var number: String
    /// Numeric part.
    public var value: Int?
    /// Type code (`NQ`).
    public var typeCode: String?
    /// Issuer code (`TW`).
    public var issuerCode: String?
    /// ISO date, if given.
    public var date: String?
    /// Issuer after *của*, if given.
    public var issuer: String?
    /// Where it is.
    public var span: SourceSpan
}

/// The numbering of a heading or item.
public struct Numbering: Codable, Sendable, Equatable {
    /// Style (`roman`, `arabic`, `dash` …).
    public var style: NumberingStyle
    /// As written (`II.`, `2.1.`, `(3)`).
    public var label: String
    /// Values (`[2, 1]` for `2.1.`); empty for bullets.
    public var values: [Int]
}

/// A node of the section tree.
public struct SectionNode: Codable, Sendable, Equatable {
    /// `part`, `section`, `subsection`, `yearGroup`, `bodyGroup`, `meeting`, `month`,
    /// `item`, `target`, `paragraph`.
    public var kind: String
    /// Numbering, if the line is numbered.
    public var numbering: Numbering?
    /// Heading or text, without the numbering.
    public var title: String
    /// Where the line is.
    public var span: SourceSpan
    /// Children in order.
    public var children: [SectionNode]
    /// A `row`'s cells, as printed (Markdown emphasis and escapes dropped).
    public var cells: [String]? = nil
    /// True for the header row of a table (the row above its first indexed row).
    public var header: Bool? = nil
}

/// A year and month, with the year possibly inherited from the scope.
public struct MonthRef: Codable, Sendable, Equatable {
    /// Year.
    public var year: Int?
    /// Month (1–12).
    public var month: Int?
    /// True when the year was not written but taken from the scope.
    public var inferred: Bool
}

/// A meeting (*Hội nghị Ban Chấp hành … lần thứ N*) or a session of an elected body
/// (*Kỳ họp thứ nhất, Quốc hội khóa XVI (tháng 4/2026)*, `kind` `session`).
public struct Meeting: Codable, Sendable, Equatable {
    /// Session number, Roman numerals converted.
    public var session: Int?
    /// Session number as written (`XIV`, `3`).
    public var sessionRaw: String?
    /// *mở rộng*: an extended meeting.
    public var extended: Bool
    /// When it is held.
    public var period: MonthRef?
    /// The body that meets (`Ban Chấp hành Đảng bộ phường`).
    public var body: String?
    /// The body-group heading it stands under, if any.
    public var group: String?
    /// The heading as written, without its number.
    public var heading: String
    /// Agenda items.
    public var items: [Item]
    /// Where the heading is.
    public var span: SourceSpan
    /// `session` for a session (*kỳ họp*) of the National Assembly or a People's Council;
    /// absent for a conference (*hội nghị*).
    public var kind: String? = nil
}

/// A monthly plan (*Tháng 3/2026*).
public struct MonthlyPlan: Codable, Sendable, Equatable {
    /// The month.
    public var period: MonthRef
    /// The body-group heading it stands under, if any.
    public var body: String?
    /// Items.
    public var items: [Item]
    /// Agencies of the *Cơ quan chuẩn bị, phối hợp* note.
    public var preparers: [Preparer]
    /// Where the heading is.
    public var span: SourceSpan
}

/// An agenda item or list item.
public struct Item: Codable, Sendable, Equatable {
    /// The marker as written (`-`, `(3)`).
    public var marker: String?
    /// The text without the marker.
    public var text: String
    /// Who prepares it.
    public var preparers: [Preparer]
    /// *nếu có*: only if the occasion arises.
    public var conditional: Bool
    /// Periods mentioned.
    public var periods: [Period]
    /// Documents cited.
    public var references: [Reference]
    /// Where it is.
    public var span: SourceSpan
}

/// An agency responsible for an item.
public struct Preparer: Codable, Sendable, Equatable {
    /// As written.
    public var name: String
    /// Abbreviations expanded, one tone style (`UBND` → `Ủy ban nhân dân`).
    public var canonical: String
    /// `lead` (*chủ trì chuẩn bị*), `prepare` (*chuẩn bị*), `advise` (*chủ trì tham mưu*),
    /// `coordinate` (*phối hợp*), or nil when the document does not say.
    public var role: String?
    /// True when the item names no one itself and the agency comes from its month's
    /// *Cơ quan chuẩn bị, phối hợp* note.
    public var fromMonthNote: Bool = false
}

/// A period of time mentioned in the text.
public struct Period: Codable, Sendable, Equatable {
    /// `day`, `month`, `quarter`, `half`, `months`, `year`, `range`, `dateRange`, `recurring`, `continuous`.
    public var kind: String
    /// As written.
    public var raw: String
    /// ISO 8601 form (`2026-03`, `2026-Q2`, `2026-H1`, `2026-01/2026-09`, `2025/2030`, `2026-01-14`).
    public var iso: String?
    /// Year (the first year of a range).
    public var year: Int?
    /// Month.
    public var month: Int?
    /// Day.
    public var day: Int?
    /// Quarter (1–4).
    public var quarter: Int?
    /// Last year of a range.
    public var endYear: Int?
    /// True when the year was taken from the scope.
    public var inferred: Bool
    /// Where it is.
    public var span: SourceSpan
}

/// The event of a plan (*Kế hoạch tổ chức Hội nghị …*): when and where.
public struct Event: Codable, Sendable, Equatable {
    /// The *Thời gian* line's text after the colon.
    public var time: String?
    /// The first date of that line (`ngày 14/01/2026`).
    public var date: Period?
    /// The *Địa điểm* line's text after the colon.
    public var place: String?
    /// Where the *Thời gian* (or *Địa điểm*) line is.
    public var span: SourceSpan
}

/// A target (*chỉ tiêu*).
public struct Target: Codable, Sendable, Equatable {
    /// Its label (`1` for `(1)`), nil when unnumbered.
    public var label: String?
    /// Title of the section it belongs to.
    public var section: String?
    /// The text.
    public var text: String
    /// The quantities stated.
    public var values: [TargetValue]
    /// Where it is.
    public var span: SourceSpan
}

/// One quantity of a target: `ít nhất 3%`, `trên 150 triệu đồng/ha`.
public struct TargetValue: Codable, Sendable, Equatable {
    /// The number (`10,5` → 10.5; `1.000` → 1000).
    public var value: Double
    /// As written (`10,5%`).
    public var raw: String
    /// Unit (`%`, `tỷ đồng`, `doanh nghiệp/1.000 dân`), if any.
    public var unit: String?
    /// `>=`, `>`, `<`, `<=`, or nil for a plain value.
    public var comparator: String?
    /// The words that gave the comparator (`ít nhất`, `từ … trở lên`).
    public var comparatorText: String?
    /// Where it is.
    public var span: SourceSpan
}

/// An appendix table (*Phụ lục số 01*).
public struct Appendix: Codable, Sendable, Equatable {
    /// Its number.
    public var number: Int?
    /// Its number as written.
    public var numberRaw: String
    /// Its title.
    public var title: String
    /// Column headers as recovered.
    public var columns: [String]
    /// Rows.
    public var rows: [AppendixRow]
    /// Where the heading is.
    public var span: SourceSpan
}

/// A row of an appendix table.
public struct AppendixRow: Codable, Sendable, Equatable {
    /// The index cell (`1`, `2`).
    public var index: String
    /// The group row (Roman-numbered) it stands under, if any.
    public var group: String?
    /// The task (*nhiệm vụ*).
    public var task: String
    /// The agency or resources (*cơ quan / nguồn lực thực hiện*).
    public var owner: String?
    /// Start (*thực hiện*).
    public var start: String?
    /// End (*hoàn thành*).
    public var end: String?
    /// The row's cells in column order, as printed, when the table came with its cells
    /// marked (a pipe table, an HTML `<table>`, a scraped table); nil for a dump of one
    /// cell per line, whose cells are only known through `task`, `owner`, `start`, `end`.
    public var cells: [String]? = nil
    /// Rows without an index printed under this one (the rest of its merged cells), their cells as printed.
    public var subRows: [[String]]? = nil
    /// Where the row is.
    public var span: SourceSpan
}

/// A recipient (*Nơi nhận*).
public struct Recipient: Codable, Sendable, Equatable {
    /// Who.
    public var name: String
    /// Why, if said (`để báo cáo`, `để thực hiện`).
    public var purpose: String?
    /// Where it is.
    public var span: SourceSpan
}

/// The signature block.
public struct Signature: Codable, Sendable, Equatable {
    /// Signing form (`T/M`, `K/T`, `TM.` …), if any.
    public var authority: String?
    /// The collective or person signed for (`BAN CHẤP HÀNH`).
    public var body: String?
    /// The signer's position (`BÍ THƯ`).
    public var position: String?
    /// The signer's name.
    public var signer: String?
    /// The form signed on behalf of the head (`KT. THỦ TƯỚNG`, `K/T BÍ THƯ`) when the block
    /// has two signing forms (`TM. CHÍNH PHỦ` / `KT. THỦ TƯỚNG` / `PHÓ THỦ TƯỚNG`).
    public var delegation: String? = nil
    /// A mark in place of the signature or seal (`(Đã ký)`, `[đã ký]`, `(Ký tên, đóng dấu)`).
    public var mark: String? = nil
    /// A military rank printed before the name (`Thượng tướng`), kept out of `signer`.
    public var rank: String? = nil
    /// Where it is.
    public var span: SourceSpan
}
