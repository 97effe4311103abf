/// The record's JSON written directly (`JSONDirect`): the same bytes as the `Encodable`
/// coding of `DocumentRecord+Coding.swift` (schema 2.0), each type's members in the byte
/// order of their keys. The conformances of the plain types were generated from the list
/// of their stored properties and are kept by hand; `DirectJSONEquivalenceTests` checks
/// every one against the `Encodable` output, and fails when a type gains a stored property
/// the sample record of the test does not fill (so a field cannot be silently dropped here).

extension DocumentRecord: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"appendices\"", depth, first: true)
        out.array(appendices, depth &+ 1)
        out.key("\"attachments\"", depth)
        out.array(attachments, depth &+ 1)
        out.key("\"bases\"", depth)
        out.array(bases, depth &+ 1)
        out.key("\"closing\"", depth)
        out.array(closing, depth &+ 1)
        if let event { out.key("\"event\"", depth); event.writeJSON(to: &out, depth: depth &+ 1) }
        out.key("\"front\"", depth)
        out.array(front, depth &+ 1)
        out.key("\"header\"", depth)
        header.writeJSON(to: &out, depth: depth &+ 1)
        out.key("\"intro\"", depth)
        out.array(intro, depth &+ 1)
        let nodes = NodePointers(sections, meetings: meetings, monthlyPlans: monthlyPlans)
        out.key("\"meetings\"", depth)
        out.array(meetings, depth &+ 1) { out, meeting, depth in meeting.writeJSON(to: &out, depth: depth, nodes: nodes) }
        out.key("\"monthlyPlans\"", depth)
        out.array(monthlyPlans, depth &+ 1) { out, plan, depth in plan.writeJSON(to: &out, depth: depth, nodes: nodes) }
        out.key("\"recipients\"", depth)
        out.array(recipients, depth &+ 1)
        out.key("\"schemaVersion\"", depth)
        out.string(schemaVersion)
        out.key("\"sections\"", depth)
        out.array(sections, depth &+ 1)
        if let signature { out.key("\"signature\"", depth); signature.writeJSON(to: &out, depth: depth &+ 1) }
        out.key("\"signatures\"", depth)
        out.array(signatures, depth &+ 1)
        out.key("\"source\"", depth)
        source.writeJSON(to: &out, depth: depth &+ 1)
        out.key("\"targets\"", depth)
        out.array(targets, depth &+ 1)
        out.closeObject(depth)
    }
}

extension Meeting {
    /// As `LinkedMeeting` encodes it: the items linked to their section nodes.
    func writeJSON(to out: inout JSONOutput, depth: Int, nodes: NodePointers) {
        out.openObject()
        var first = true
        if let body { out.key("\"body\"", depth, first: true); first = false; out.string(body) }
        out.key("\"extended\"", depth, first: first)
        out.bool(extended)
        if let group { out.key("\"group\"", depth); out.string(group) }
        out.key("\"heading\"", depth)
        out.string(heading)
        out.key("\"items\"", depth)
        out.array(items, depth &+ 1) { out, item, depth in item.writeJSON(to: &out, depth: depth, nodes: nodes) }
        if let kind { out.key("\"kind\"", depth); out.string(kind) }
        if let period { out.key("\"period\"", depth); period.writeJSON(to: &out, depth: depth &+ 1) }
        if let session { out.key("\"session\"", depth); out.int(session) }
        if let sessionRaw { out.key("\"sessionRaw\"", depth); out.string(sessionRaw) }
        out.key("\"span\"", depth)
        out.span(span, depth &+ 1)
        out.closeObject(depth)
    }
}

extension MonthlyPlan {
    /// As `LinkedMonthlyPlan` encodes it: the items linked to their section nodes.
    func writeJSON(to out: inout JSONOutput, depth: Int, nodes: NodePointers) {
        out.openObject()
        var first = true
        if let body { out.key("\"body\"", depth, first: true); first = false; out.string(body) }
        out.key("\"items\"", depth, first: first)
        out.array(items, depth &+ 1) { out, item, depth in item.writeJSON(to: &out, depth: depth, nodes: nodes) }
        out.key("\"period\"", depth)
        period.writeJSON(to: &out, depth: depth &+ 1)
        out.key("\"preparers\"", depth)
        out.array(preparers, depth &+ 1)
        out.key("\"span\"", depth)
        out.span(span, depth &+ 1)
        out.closeObject(depth)
    }
}

extension Item {
    /// As `LinkedItem` encodes it: `node` in place of `text` when a section node holds the item.
    func writeJSON(to out: inout JSONOutput, depth: Int, nodes: NodePointers) {
        let node = nodes.pointer(of: self)
        out.openObject()
        out.key("\"conditional\"", depth, first: true)
        out.bool(conditional)
        if let marker { out.key("\"marker\"", depth); out.string(marker) }
        if let node { out.key("\"node\"", depth); out.string(node) }
        out.key("\"periods\"", depth)
        out.array(periods, depth &+ 1)
        out.key("\"preparers\"", depth)
        out.array(preparers, depth &+ 1)
        out.key("\"references\"", depth)
        out.array(references, depth &+ 1)
        out.key("\"span\"", depth)
        out.span(span, depth &+ 1)
        if node == nil { out.key("\"text\"", depth); out.string(text) }
        out.closeObject(depth)
    }
}

extension SourceInfo: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"encoding\"", depth, first: true)
        out.string(encoding.rawValue)
        out.key("\"layout\"", depth)
        out.string(layout)
        out.key("\"lineCount\"", depth)
        out.int(lineCount)
        out.key("\"name\"", depth)
        out.string(name)
        out.key("\"pageNumberLines\"", depth)
        out.array(pageNumberLines, depth &+ 1)
        out.closeObject(depth)
    }
}

extension Paragraph: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"span\"", depth, first: true)
        out.span(span, depth &+ 1)
        out.key("\"text\"", depth)
        out.string(text)
        out.closeObject(depth)
    }
}

extension Header: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        var first = true
        if let v = date { out.key("\"date\"", depth, first: first); first = false; v.writeJSON(to: &out, depth: depth &+ 1) }
        if let v = enactingBody { out.key("\"enactingBody\"", depth, first: first); first = false; out.string(v) }
        if let v = issuedWith { out.key("\"issuedWith\"", depth, first: first); first = false; out.string(v) }
        if let v = issuer { out.key("\"issuer\"", depth, first: first); first = false; out.string(v) }
        if let v = issuerLines { out.key("\"issuerLines\"", depth, first: first); first = false; out.array(v, depth &+ 1) }
        if let v = motto { out.key("\"motto\"", depth, first: first); first = false; out.array(v, depth &+ 1) }
        if let v = number { out.key("\"number\"", depth, first: first); first = false; v.writeJSON(to: &out, depth: depth &+ 1) }
        if let v = partyLine { out.key("\"partyLine\"", depth, first: first); first = false; out.string(v) }
        if let v = place { out.key("\"place\"", depth, first: first); first = false; out.string(v) }
        if let v = span { out.key("\"span\"", depth, first: first); first = false; out.span(v, depth &+ 1) }
        if let v = subject { out.key("\"subject\"", depth, first: first); first = false; out.string(v) }
        if let v = system { out.key("\"system\"", depth, first: first); first = false; out.string(v) }
        if let v = term { out.key("\"term\"", depth, first: first); first = false; v.writeJSON(to: &out, depth: depth &+ 1) }
        if let v = title { out.key("\"title\"", depth, first: first); first = false; out.string(v) }
        if let v = typeCode { out.key("\"typeCode\"", depth, first: first); first = false; out.string(v) }
        if let v = typeName { out.key("\"typeName\"", depth, first: first); first = false; out.string(v) }
        if first && out.pretty { out.append(0x0A) }   // no member: `{`, two newlines, `}`, like JSONEncoder
        out.closeObject(depth)
    }
}

extension DocumentNumber: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        var first = true
        if let v = issuerCode { out.key("\"issuerCode\"", depth, first: first); first = false; out.string(v) }
        out.key("\"raw\"", depth, first: first); first = false
        out.string(raw)
        out.key("\"span\"", depth)
        out.span(span, depth &+ 1)
        if let v = typeCode { out.key("\"typeCode\"", depth); out.string(v) }
        if let v = value { out.key("\"value\"", depth); out.int(v) }
        if let v = year { out.key("\"year\"", depth); out.int(v) }
        out.closeObject(depth)
    }
}

extension DocumentDate: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        var first = true
        if let v = day { out.key("\"day\"", depth, first: first); first = false; out.int(v) }
        if let v = iso { out.key("\"iso\"", depth, first: first); first = false; out.string(v) }
        if let v = month { out.key("\"month\"", depth, first: first); first = false; out.int(v) }
        out.key("\"raw\"", depth, first: first); first = false
        out.string(raw)
        out.key("\"span\"", depth)
        out.span(span, depth &+ 1)
        if let v = year { out.key("\"year\"", depth); out.int(v) }
        out.closeObject(depth)
    }
}

extension Term: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        var first = true
        if let v = endYear { out.key("\"endYear\"", depth, first: first); first = false; out.int(v) }
        if let v = number { out.key("\"number\"", depth, first: first); first = false; out.int(v) }
        out.key("\"raw\"", depth, first: first); first = false
        out.string(raw)
        out.key("\"span\"", depth)
        out.span(span, depth &+ 1)
        if let v = startYear { out.key("\"startYear\"", depth); out.int(v) }
        out.closeObject(depth)
    }
}

extension Basis: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"references\"", depth, first: true)
        out.array(references, depth &+ 1)
        out.key("\"span\"", depth)
        out.span(span, depth &+ 1)
        out.key("\"text\"", depth)
        out.string(text)
        out.closeObject(depth)
    }
}

extension Reference: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        var first = true
        if let v = date { out.key("\"date\"", depth, first: first); first = false; out.string(v) }
        if let v = documentType { out.key("\"documentType\"", depth, first: first); first = false; out.string(v) }
        if let v = issuer { out.key("\"issuer\"", depth, first: first); first = false; out.string(v) }
        if let v = issuerCode { out.key("\"issuerCode\"", depth, first: first); first = false; out.string(v) }
        out.key("\"number\"", depth, first: first); first = false
        out.string(number)
        out.key("\"raw\"", depth)
        out.string(raw)
        out.key("\"span\"", depth)
        out.span(span, depth &+ 1)
        if let v = typeCode { out.key("\"typeCode\"", depth); out.string(v) }
        if let v = value { out.key("\"value\"", depth); out.int(v) }
        out.closeObject(depth)
    }
}

extension Numbering: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"label\"", depth, first: true)
        out.string(label)
        out.key("\"style\"", depth)
        out.string(style.rawValue)
        out.key("\"values\"", depth)
        out.array(values, depth &+ 1)
        out.closeObject(depth)
    }
}

extension SectionNode: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        var first = true
        if let v = cells { out.key("\"cells\"", depth, first: first); first = false; out.array(v, depth &+ 1) }
        out.key("\"children\"", depth, first: first); first = false
        out.array(children, depth &+ 1)
        if let v = header { out.key("\"header\"", depth); out.bool(v) }
        out.key("\"kind\"", depth)
        out.string(kind)
        if let v = numbering { out.key("\"numbering\"", depth); v.writeJSON(to: &out, depth: depth &+ 1) }
        out.key("\"span\"", depth)
        out.span(span, depth &+ 1)
        out.key("\"title\"", depth)
        out.string(title)
        out.closeObject(depth)
    }
}

extension MonthRef: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"inferred\"", depth, first: true)
        out.bool(inferred)
        if let v = month { out.key("\"month\"", depth); out.int(v) }
        if let v = year { out.key("\"year\"", depth); out.int(v) }
        out.closeObject(depth)
    }
}

extension Preparer: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"canonical\"", depth, first: true)
        out.string(canonical)
        out.key("\"fromMonthNote\"", depth)
        out.bool(fromMonthNote)
        out.key("\"name\"", depth)
        out.string(name)
        if let v = role { out.key("\"role\"", depth); out.string(v) }
        out.closeObject(depth)
    }
}

extension Period: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        var first = true
        if let v = day { out.key("\"day\"", depth, first: first); first = false; out.int(v) }
        if let v = endYear { out.key("\"endYear\"", depth, first: first); first = false; out.int(v) }
        out.key("\"inferred\"", depth, first: first); first = false
        out.bool(inferred)
        if let v = iso { out.key("\"iso\"", depth); out.string(v) }
        out.key("\"kind\"", depth)
        out.string(kind)
        if let v = month { out.key("\"month\"", depth); out.int(v) }
        if let v = quarter { out.key("\"quarter\"", depth); out.int(v) }
        out.key("\"raw\"", depth)
        out.string(raw)
        out.key("\"span\"", depth)
        out.span(span, depth &+ 1)
        if let v = year { out.key("\"year\"", depth); out.int(v) }
        out.closeObject(depth)
    }
}

extension Event: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        var first = true
        if let v = date { out.key("\"date\"", depth, first: first); first = false; v.writeJSON(to: &out, depth: depth &+ 1) }
        if let v = place { out.key("\"place\"", depth, first: first); first = false; out.string(v) }
        out.key("\"span\"", depth, first: first); first = false
        out.span(span, depth &+ 1)
        if let v = time { out.key("\"time\"", depth); out.string(v) }
        out.closeObject(depth)
    }
}

extension Target: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        var first = true
        if let v = label { out.key("\"label\"", depth, first: first); first = false; out.string(v) }
        if let v = section { out.key("\"section\"", depth, first: first); first = false; out.string(v) }
        out.key("\"span\"", depth, first: first); first = false
        out.span(span, depth &+ 1)
        out.key("\"text\"", depth)
        out.string(text)
        out.key("\"values\"", depth)
        out.array(values, depth &+ 1)
        out.closeObject(depth)
    }
}

extension TargetValue: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        var first = true
        if let v = comparator { out.key("\"comparator\"", depth, first: first); first = false; out.string(v) }
        if let v = comparatorText { out.key("\"comparatorText\"", depth, first: first); first = false; out.string(v) }
        out.key("\"raw\"", depth, first: first); first = false
        out.string(raw)
        out.key("\"span\"", depth)
        out.span(span, depth &+ 1)
        if let v = unit { out.key("\"unit\"", depth); out.string(v) }
        out.key("\"value\"", depth)
        out.double(value)
        out.closeObject(depth)
    }
}

extension Appendix: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"columns\"", depth, first: true)
        out.array(columns, depth &+ 1)
        if let v = number { out.key("\"number\"", depth); out.int(v) }
        out.key("\"numberRaw\"", depth)
        out.string(numberRaw)
        out.key("\"rows\"", depth)
        out.array(rows, depth &+ 1)
        out.key("\"span\"", depth)
        out.span(span, depth &+ 1)
        out.key("\"title\"", depth)
        out.string(title)
        out.closeObject(depth)
    }
}

extension AppendixRow: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        var first = true
        if let v = cells { out.key("\"cells\"", depth, first: first); first = false; out.array(v, depth &+ 1) }
        if let v = end { out.key("\"end\"", depth, first: first); first = false; out.string(v) }
        if let v = group { out.key("\"group\"", depth, first: first); first = false; out.string(v) }
        out.key("\"index\"", depth, first: first); first = false
        out.string(index)
        if let v = owner { out.key("\"owner\"", depth); out.string(v) }
        out.key("\"span\"", depth)
        out.span(span, depth &+ 1)
        if let v = start { out.key("\"start\"", depth); out.string(v) }
        if let v = subRows { out.key("\"subRows\"", depth); out.array(v, depth &+ 1) { out, row, depth in out.array(row, depth) } }
        out.key("\"task\"", depth)
        out.string(task)
        out.closeObject(depth)
    }
}

extension Recipient: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        out.key("\"name\"", depth, first: true)
        out.string(name)
        if let v = purpose { out.key("\"purpose\"", depth); out.string(v) }
        out.key("\"span\"", depth)
        out.span(span, depth &+ 1)
        out.closeObject(depth)
    }
}

extension Signature: JSONDirect {
    func writeJSON(to out: inout JSONOutput, depth: Int) {
        out.openObject()
        var first = true
        if let v = authority { out.key("\"authority\"", depth, first: first); first = false; out.string(v) }
        if let v = body { out.key("\"body\"", depth, first: first); first = false; out.string(v) }
        if let v = delegation { out.key("\"delegation\"", depth, first: first); first = false; out.string(v) }
        if let v = mark { out.key("\"mark\"", depth, first: first); first = false; out.string(v) }
        if let v = position { out.key("\"position\"", depth, first: first); first = false; out.string(v) }
        if let v = rank { out.key("\"rank\"", depth, first: first); first = false; out.string(v) }
        if let v = signer { out.key("\"signer\"", depth, first: first); first = false; out.string(v) }
        out.key("\"span\"", depth, first: first); first = false
        out.span(span, depth &+ 1)
        out.closeObject(depth)
    }
}
