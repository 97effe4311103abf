/// The JSON shape of a record (schema version 2.0): an agenda item of a meeting or a
/// monthly plan is a node of the section tree too, so its text is written once, in
/// `sections`; the item says where with `node`, a JSON Pointer (RFC 6901) from the record
/// that holds it (`/sections/1/children/0/children/3`; an attachment's pointers start at
/// the attachment). Everything else an item has (marker, preparers, periods, references,
/// span) stays on the item. An item that has no section node of the same span and text
/// (the parser never makes one today) keeps its `text` instead, so nothing is lost.
///
/// In memory nothing changes: `Item.text` is filled, and decoding resolves the pointers,
/// so every consumer (export, reports, batch rows, Word comments) reads the same values.
extension DocumentRecord {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, source, header, bases, intro, sections, meetings, monthlyPlans, event, targets
        case appendices, closing, recipients, signature, signatures, attachments, front
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(source, forKey: .source)
        try c.encode(header, forKey: .header)
        try c.encode(bases, forKey: .bases)
        try c.encode(intro, forKey: .intro)
        try c.encode(sections, forKey: .sections)
        let nodes = NodePointers(sections, for: meetings.flatMap(\.items) + monthlyPlans.flatMap(\.items))
        try c.encode(meetings.map { LinkedMeeting(meeting: $0, nodes: nodes) }, forKey: .meetings)
        try c.encode(monthlyPlans.map { LinkedMonthlyPlan(plan: $0, nodes: nodes) }, forKey: .monthlyPlans)
        try c.encodeIfPresent(event, forKey: .event)
        try c.encode(targets, forKey: .targets)
        try c.encode(appendices, forKey: .appendices)
        try c.encode(closing, forKey: .closing)
        try c.encode(recipients, forKey: .recipients)
        try c.encodeIfPresent(signature, forKey: .signature)
        try c.encode(signatures, forKey: .signatures)
        try c.encode(attachments, forKey: .attachments)
        try c.encode(front, forKey: .front)
    }

    /// Reads a record written by this version; items that name a `node` get that node's title as their text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let sections = try c.decode([SectionNode].self, forKey: .sections)
        let nodes = NodePointers(sections, for: [])
        self.init(source: try c.decode(SourceInfo.self, forKey: .source), header: try c.decode(Header.self, forKey: .header))
        schemaVersion = try c.decode(String.self, forKey: .schemaVersion)
        bases = try c.decode([Basis].self, forKey: .bases)
        intro = try c.decode([Paragraph].self, forKey: .intro)
        self.sections = sections
        meetings = try c.decode([LinkedMeeting].self, forKey: .meetings).map { try $0.resolved(nodes, codingPath: c.codingPath) }
        monthlyPlans = try c.decode([LinkedMonthlyPlan].self, forKey: .monthlyPlans).map { try $0.resolved(nodes, codingPath: c.codingPath) }
        event = try c.decodeIfPresent(Event.self, forKey: .event)
        targets = try c.decode([Target].self, forKey: .targets)
        appendices = try c.decode([Appendix].self, forKey: .appendices)
        closing = try c.decode([Paragraph].self, forKey: .closing)
        recipients = try c.decode([Recipient].self, forKey: .recipients)
        signature = try c.decodeIfPresent(Signature.self, forKey: .signature)
        signatures = try c.decode([Signature].self, forKey: .signatures)
        attachments = try c.decode([DocumentRecord].self, forKey: .attachments)
        front = try c.decode([Paragraph].self, forKey: .front)
    }
}

/// The JSON Pointers of the section nodes that hold items, by span (first in document
/// order on a tie). Only the spans asked for get a pointer string: most nodes are not items
/// of a meeting or plan, and most documents have none.
struct NodePointers {
    private let sections: [SectionNode]
    private var bySpan: [SourceSpan: (pointer: String, title: String)] = [:]

    init(_ sections: [SectionNode], for items: [Item]) {
        self.init(sections, wanted: Set(items.map(\.span)))
    }

    /// The pointers of the nodes that hold the items of `meetings` and `monthlyPlans`.
    init(_ sections: [SectionNode], meetings: [Meeting], monthlyPlans: [MonthlyPlan]) {
        var wanted = Set<SourceSpan>()
        for meeting in meetings { for item in meeting.items { wanted.insert(item.span) } }
        for plan in monthlyPlans { for item in plan.items { wanted.insert(item.span) } }
        self.init(sections, wanted: wanted)
    }

    private init(_ sections: [SectionNode], wanted: Set<SourceSpan>) {
        self.sections = sections
        guard !wanted.isEmpty else { return }
        // The start lines of the spans wanted, as bits: most nodes are ruled out by one
        // load, without hashing their span (a line below 1, never made, is looked up).
        var lines = [UInt64](repeating: 0, count: (wanted.map(\.start.line).max() ?? 0) / 64 + 1)
        for span in wanted where span.start.line >= 0 { lines[span.start.line >> 6] |= 1 << UInt64(span.start.line & 63) }
        var path: [Int] = []
        func walk(_ node: SectionNode) {
            let line = node.span.start.line
            if line < 0 || (line >> 6 < lines.count && lines[line >> 6] & (1 << UInt64(line & 63)) != 0),
               wanted.contains(node.span), bySpan[node.span] == nil {
                var pointer = "/sections/" + String(path[0])
                for k in path.dropFirst() { pointer += "/children/" + String(k) }
                bySpan[node.span] = (pointer, node.title)
            }
            for k in node.children.indices {
                path.append(k)
                walk(node.children[k])
                path.removeLast()
            }
        }
        for k in sections.indices {
            path = [k]
            walk(sections[k])
        }
    }

    /// The pointer of the node that holds `item`: same span and the same text.
    func pointer(of item: Item) -> String? {
        guard let node = bySpan[item.span], node.title == item.text else { return nil }
        return node.pointer
    }

    /// The title of the node at `pointer` (`/sections/N(/children/N)*`), nil when there is none.
    func title(at pointer: String) -> String? {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false)
        guard tokens.count >= 3, tokens.count % 2 == 1, tokens[0].isEmpty, tokens[1] == "sections",
              let first = Int(tokens[2]), sections.indices.contains(first) else { return nil }
        var node = sections[first]
        for k in stride(from: 3, to: tokens.count, by: 2) {
            guard tokens[k] == "children", let index = Int(tokens[k + 1]), node.children.indices.contains(index) else { return nil }
            node = node.children[index]
        }
        return node.title
    }
}

/// An item as written inside a record: `node` in place of `text` where the section tree holds it.
struct LinkedItem: Codable {
    var item: Item
    var node: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case marker, text, node, preparers, conditional, periods, references, span }

    init(item: Item, nodes: NodePointers) {
        self.item = item
        node = nodes.pointer(of: item)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(item.marker, forKey: .marker)
        if let node { try c.encode(node, forKey: .node) } else { try c.encode(item.text, forKey: .text) }
        try c.encode(item.preparers, forKey: .preparers)
        try c.encode(item.conditional, forKey: .conditional)
        try c.encode(item.periods, forKey: .periods)
        try c.encode(item.references, forKey: .references)
        try c.encode(item.span, forKey: .span)
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        node = try c.decodeIfPresent(String.self, forKey: .node)
        let text = try c.decodeIfPresent(String.self, forKey: .text)
        if text == nil && node == nil {
            throw DecodingError.keyNotFound(CodingKeys.text, .init(codingPath: c.codingPath, debugDescription: "an item needs text or node"))
        }
        item = Item(marker: try c.decodeIfPresent(String.self, forKey: .marker), text: text ?? "",
                    preparers: try c.decode([Preparer].self, forKey: .preparers),
                    conditional: try c.decode(Bool.self, forKey: .conditional),
                    periods: try c.decode([Period].self, forKey: .periods),
                    references: try c.decode([Reference].self, forKey: .references),
                    span: try c.decode(SourceSpan.self, forKey: .span))
        writtenText = text
    }

    /// Set when decoding: the text written on the item itself, if any.
    private var writtenText: String? = nil

    /// The item, its text taken from the node it points to.
    func resolved(_ nodes: NodePointers, codingPath: [any CodingKey]) throws -> Item {
        guard writtenText == nil, let node else { return item }
        guard let title = nodes.title(at: node) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "item node \(node) is not a section node of the record"))
        }
        var item = self.item
        item.text = title
        return item
    }
}

/// A meeting as written inside a record, its items linked to their section nodes.
struct LinkedMeeting: Codable {
    var meeting: Meeting
    var items: [LinkedItem]

    enum CodingKeys: String, CodingKey, CaseIterable { case session, sessionRaw, extended, period, body, group, heading, items, span, kind }

    init(meeting: Meeting, nodes: NodePointers) {
        self.meeting = meeting
        items = meeting.items.map { LinkedItem(item: $0, nodes: nodes) }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(meeting.session, forKey: .session)
        try c.encodeIfPresent(meeting.sessionRaw, forKey: .sessionRaw)
        try c.encode(meeting.extended, forKey: .extended)
        try c.encodeIfPresent(meeting.period, forKey: .period)
        try c.encodeIfPresent(meeting.body, forKey: .body)
        try c.encodeIfPresent(meeting.group, forKey: .group)
        try c.encode(meeting.heading, forKey: .heading)
        try c.encode(items, forKey: .items)
        try c.encode(meeting.span, forKey: .span)
        try c.encodeIfPresent(meeting.kind, forKey: .kind)
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        items = try c.decode([LinkedItem].self, forKey: .items)
        meeting = Meeting(session: try c.decodeIfPresent(Int.self, forKey: .session),
                          sessionRaw: try c.decodeIfPresent(String.self, forKey: .sessionRaw),
                          extended: try c.decode(Bool.self, forKey: .extended),
                          period: try c.decodeIfPresent(MonthRef.self, forKey: .period),
                          body: try c.decodeIfPresent(String.self, forKey: .body),
                          group: try c.decodeIfPresent(String.self, forKey: .group),
                          heading: try c.decode(String.self, forKey: .heading),
                          items: [], span: try c.decode(SourceSpan.self, forKey: .span),
                          kind: try c.decodeIfPresent(String.self, forKey: .kind))
    }

    func resolved(_ nodes: NodePointers, codingPath: [any CodingKey]) throws -> Meeting {
        var meeting = self.meeting
        meeting.items = try items.map { try $0.resolved(nodes, codingPath: codingPath) }
        return meeting
    }
}

/// A monthly plan as written inside a record, its items linked to their section nodes.
struct LinkedMonthlyPlan: Codable {
    var plan: MonthlyPlan
    var items: [LinkedItem]

    enum CodingKeys: String, CodingKey, CaseIterable { case period, body, items, preparers, span }

    init(plan: MonthlyPlan, nodes: NodePointers) {
        self.plan = plan
        items = plan.items.map { LinkedItem(item: $0, nodes: nodes) }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(plan.period, forKey: .period)
        try c.encodeIfPresent(plan.body, forKey: .body)
        try c.encode(items, forKey: .items)
        try c.encode(plan.preparers, forKey: .preparers)
        try c.encode(plan.span, forKey: .span)
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        items = try c.decode([LinkedItem].self, forKey: .items)
        plan = MonthlyPlan(period: try c.decode(MonthRef.self, forKey: .period), body: try c.decodeIfPresent(String.self, forKey: .body),
                           items: [], preparers: try c.decode([Preparer].self, forKey: .preparers),
                           span: try c.decode(SourceSpan.self, forKey: .span))
    }

    func resolved(_ nodes: NodePointers, codingPath: [any CodingKey]) throws -> MonthlyPlan {
        var plan = self.plan
        plan.items = try items.map { try $0.resolved(nodes, codingPath: codingPath) }
        return plan
    }
}
