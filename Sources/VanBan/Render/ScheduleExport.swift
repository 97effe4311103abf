/// The scheduled items of documents as table rows, for `vanban export --csv`: one row per
/// agenda item of a meeting or session and per item of a monthly plan, and one per article
/// (*Điều*) of a legal text, in document order.
public enum ScheduleExport {
    /// One scheduled item.
    public struct Row: Sendable, Equatable {
        /// Where the item stands.
        public enum Kind: String, Sendable {
            /// An agenda item of a meeting.
            case meeting
            /// An item of a monthly plan.
            case plan
            /// An item on the agenda of a session (*kỳ họp*).
            case session
            /// An article (*Điều*): its number and title in `item`, its chapter in `body`.
            case article
        }

        /// The document, as given.
        public var document: String
        /// A meeting's agenda item, or a monthly plan's item.
        public var kind: Kind
        public var year: Int?
        public var month: Int?
        /// The body that meets, or whose plan it is, as written.
        public var body: String?
        /// Meeting number; nil for a monthly plan.
        public var meeting: Int?
        /// *mở rộng*.
        public var extended: Bool
        /// The item's text.
        public var item: String
        /// Who prepares it, with their role when the document gives one.
        public var preparers: [Preparer]
        /// *nếu có*.
        public var conditional: Bool
        /// The item's line in the file.
        public var line: Int
    }

    /// The rows of `record`, named `document`.
    public static func rows(_ record: DocumentRecord, document: String) -> [Row] {
        var rows: [Row] = []
        for m in record.meetings {
            for item in m.items {
                rows.append(Row(document: document, kind: m.kind == "session" ? .session : .meeting, year: m.period?.year, month: m.period?.month,
                                body: m.body ?? m.group, meeting: m.session, extended: m.extended, item: item.text,
                                preparers: item.preparers, conditional: item.conditional, line: item.span.start.line))
            }
        }
        for p in record.monthlyPlans {
            for item in p.items {
                rows.append(Row(document: document, kind: .plan, year: p.period.year, month: p.period.month,
                                body: p.body, meeting: nil, extended: false, item: item.text,
                                preparers: item.preparers, conditional: item.conditional, line: item.span.start.line))
            }
        }
        articleRows(record.sections, chapter: nil, document: document, into: &rows)
        return rows.sorted { $0.line < $1.line }
    }

    /// One row per article, with the chapter it stands in.
    static func articleRows(_ nodes: [SectionNode], chapter: String?, document: String, into rows: inout [Row]) {
        for node in nodes {
            if node.kind == "article" {
                let label = node.numbering?.label ?? ""
                rows.append(Row(document: document, kind: .article, year: nil, month: nil, body: chapter, meeting: nil,
                                extended: false, item: node.title.isEmpty ? label : "\(label) \(node.title)", preparers: [],
                                conditional: false, line: node.span.start.line))
                continue
            }
            let inner = node.kind == "chapter" ? "\(node.numbering?.label ?? "") \(node.title)" : chapter
            articleRows(node.children, chapter: inner, document: document, into: &rows)
        }
    }

    /// The column names in `language`.
    public static func header(_ language: Language) -> [String] {
        switch language {
        case .vi: return ["văn bản", "loại", "năm", "tháng", "cơ quan", "hội nghị lần thứ", "mở rộng",
                          "nội dung", "cơ quan chuẩn bị", "nếu có", "dòng"]
        case .en: return ["document", "kind", "year", "month", "body", "meeting_number", "extended",
                          "item", "preparers", "conditional", "line"]
        }
    }

    /// The fields of `row` in `language`: preparers joined by `; `, each with its role in
    /// brackets (`Văn phòng Đảng ủy (chủ trì)`); yes/no as `có`/`không` or `yes`/`no`.
    public static func fields(_ row: Row, _ language: Language) -> [String] {
        let vi = language == .vi
        func yesNo(_ b: Bool) -> String { vi ? (b ? "có" : "không") : (b ? "yes" : "no") }
        let kind = switch row.kind {
        case .meeting: vi ? "hội nghị" : "meeting"
        case .plan: vi ? "kế hoạch tháng" : "monthly plan"
        case .session: vi ? "kỳ họp" : "session"
        case .article: vi ? "điều" : "article"
        }
        let preparers = row.preparers.map { p -> String in
            guard let role = p.role.flatMap({ roleName($0, language) }) else { return p.name }
            return "\(p.name) (\(role))"
        }
        return [
            row.document, kind, row.year.map(String.init) ?? "", row.month.map(String.init) ?? "", row.body ?? "",
            row.meeting.map(String.init) ?? "", row.kind == .meeting ? yesNo(row.extended) : "", row.item,
            preparers.joined(separator: "; "), row.kind == .article ? "" : yesNo(row.conditional), String(row.line),
        ]
    }

    static func roleName(_ role: String, _ language: Language) -> String? {
        let vi = language == .vi
        switch role {
        case "lead": return vi ? "chủ trì" : "lead"
        case "prepare": return vi ? "chuẩn bị" : "prepare"
        case "advise": return vi ? "chủ trì tham mưu" : "advise"
        case "coordinate": return vi ? "phối hợp" : "coordinate"
        default: return nil
        }
    }

    /// The CSV file of `rows` (`CSV.file`): values in `language`, column names in `header`
    /// (English unless asked, so that scripts reading the columns do not depend on `--lang`).
    public static func csv(_ rows: [Row], language: Language, header headerLanguage: Language = .en) -> [UInt8] {
        CSV.file(header: header(headerLanguage), records: rows.map { fields($0, language) })
    }
}
