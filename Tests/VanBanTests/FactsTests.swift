import Foundation
import Testing
@testable import VanBan

/// Records against hand-read facts (`corpus/facts/*.facts.json`, written by reading the
/// documents, never by running VanBan; conventions in `corpus/facts/README.md`).
///
/// Every fact must match, except the reviewed differences listed in
/// `corpus/facts/known-differences.json` (file, field, why). A listed difference that
/// has since been fixed fails too, so the list only ever shrinks by review.
@Suite("Facts")
struct FactsTests {
    static let factsFolder = Support.corpus.appendingPathComponent("facts")

    static var factFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: factsFolder.path)) ?? [])
            .filter { $0.hasSuffix(".facts.json") }.sorted()
    }

    struct KnownDifference: Decodable {
        var file: String
        var field: String
        var why: String
    }

    static let known: [KnownDifference] = {
        let url = factsFolder.appendingPathComponent("known-differences.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([KnownDifference].self, from: data)) ?? []
    }()

    @Test(arguments: factFiles)
    func recordMatchesFacts(_ factsName: String) throws {
        let facts = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.factsFolder.appendingPathComponent(factsName))) as! [String: Any]
        let file = facts["file"] as! String
        let record = try Support.record(file)
        let got = Self.observed(record)
        var mismatches: [String: String] = [:]
        for (field, want) in Self.expected(facts) where got[field] != want {
            mismatches[field] = "want \(want), got \(got[field] ?? "nil")"
        }
        let listed = Set(Self.known.filter { $0.file == file }.map(\.field))
        for (field, text) in mismatches.sorted(by: { $0.key < $1.key }) where !listed.contains(field) {
            Issue.record("\(file): \(field): \(text)")
        }
        for field in listed.sorted() where mismatches[field] == nil {
            Issue.record("\(file): \(field) now matches its facts: remove it from known-differences.json")
        }
    }

    /// The facts as comparable strings, one per field.
    static func expected(_ facts: [String: Any]) -> [String: String] {
        var out: [String: String] = [:]
        func text(_ key: String) -> String { (facts[key] as? String).map(clean) ?? "nil" }
        out["system"] = text("system")
        out["issuer"] = ((facts["issuer"] as? [String]) ?? []).map(clean).joined(separator: " ")
        out["typeName"] = text("typeName")
        out["typeCode"] = text("typeCode")
        out["number"] = (facts["number"] as? String).map(symbol) ?? "nil"
        out["place"] = text("place")
        out["date"] = text("date")
        out["title"] = text("title")
        out["subject"] = text("subject")
        let signers = (facts["signers"] as? [[String: Any]]) ?? []
        out["signers"] = signers.map { ($0["name"] as? String).map(clean) ?? "nil" }.joined(separator: "; ")
        out["signerForms"] = signers.map { ($0["form"] as? String) ?? "nil" }.joined(separator: "; ")
        // A Nơi nhận heading with nothing under it (0) and no heading (null) read the same in a record.
        out["recipients"] = (facts["recipients"] as? Int).flatMap { $0 == 0 ? nil : String($0) } ?? "nil"
        let counts = (facts["counts"] as? [String: Any]) ?? [:]
        for key in ["parts", "chapters", "sections", "articles", "romanSections", "sessions", "attachments"] {
            out[key] = String((counts[key] as? Int) ?? 0)
        }
        out["targets"] = String((counts["targets"] as? Int) ?? 0)
        out["appendices"] = String((counts["appendices"] as? Int) ?? 0)
        let attachments = (facts["attachments"] as? [[String: Any]]) ?? []
        out["attachmentAppendices"] = String(attachments.reduce(0) { $0 + (($1["appendices"] as? Int) ?? 0) })
        return out
    }

    /// The same fields read from a record.
    static func observed(_ r: DocumentRecord) -> [String: String] {
        var out: [String: String] = [:]
        let h = r.header
        out["system"] = h.system ?? "nil"
        out["issuer"] = (h.issuerLines ?? h.issuer.map { [$0] } ?? []).map(clean).joined(separator: " ")
        out["typeName"] = h.typeName.map(clean) ?? "nil"
        out["typeCode"] = h.number?.typeCode ?? h.typeCode ?? "nil"
        out["number"] = h.number.map { symbol($0.raw) } ?? "nil"
        out["place"] = h.place.map(clean) ?? "nil"
        out["date"] = h.date.map(iso) ?? "nil"
        out["title"] = h.title.map(clean) ?? "nil"
        out["subject"] = h.subject.map(clean) ?? "nil"
        out["signers"] = r.signatures.map { $0.signer.map(clean) ?? "nil" }.joined(separator: "; ")
        out["signerForms"] = r.signatures.map(form).joined(separator: "; ")
        out["recipients"] = r.recipients.isEmpty ? "nil" : String(r.recipients.count)
        var counts: [String: Int] = [:]
        func walk(_ nodes: [SectionNode]) {
            for n in nodes {
                counts[countKey(n), default: 0] += 1
                walk(n.children)
            }
        }
        walk(r.sections)
        for key in ["parts", "chapters", "sections", "articles", "romanSections"] { out[key] = String(counts[key] ?? 0) }
        out["sessions"] = String(r.meetings.count)
        out["attachments"] = String(r.attachments.count)
        out["targets"] = String(r.targets.count)
        out["appendices"] = String(r.appendices.count)
        out["attachmentAppendices"] = String(r.attachments.reduce(0) { $0 + $1.appendices.count })
        return out
    }

    /// Which count a section node adds to: a legal division by its word, a Roman heading at the top.
    static func countKey(_ n: SectionNode) -> String {
        let label = (n.numbering?.label ?? "").lowercased()
        switch n.kind {
        case "part": return "parts"
        case "chapter": return "chapters"
        case "article": return "articles"
        case "section": return label.hasPrefix("mục") ? "sections" : "romanSections"
        default: return n.kind
        }
    }

    static func form(_ s: Signature) -> String {
        s.authority.map(clean) ?? "nil"
    }

    static func iso(_ d: DocumentDate) -> String {
        guard let year = d.year else { return "nil" }
        guard let month = d.month else { return String(year) }
        guard let day = d.day else { return String(format: "%04d-%02d", year, month) }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Whitespace collapsed, Markdown emphasis and escapes dropped.
    static func clean(_ s: String) -> String {
        var t = s.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "").replacingOccurrences(of: "\\", with: "")
        t = t.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return t
    }

    /// A number symbol without `Số`, `:` and white space (`Số:   /QĐ-UBND` → `/QĐ-UBND`).
    static func symbol(_ s: String) -> String {
        var t = clean(s)
        for prefix in ["Số:", "Số", "số:", "số"] where t.hasPrefix(prefix) { t.removeFirst(prefix.count); break }
        return t.filter { !$0.isWhitespace && $0 != ":" }
    }
}
