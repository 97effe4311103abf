import Foundation
import Testing
@testable import VanBan

/// The record's JSON shape 2.0: an item of a meeting or a monthly plan names its section
/// node (`node`, a JSON Pointer) instead of repeating the node's text, and nothing is lost:
/// reading the JSON back gives the same record, so every consumer gives the same output.
@Suite("Output contract")
struct OutputContractTests {
    /// The value at a JSON Pointer (RFC 6901; VanBan's pointers hold no `~` or `/` in a token).
    static func resolve(_ pointer: String, in object: Any) -> Any? {
        var node: Any? = object
        for token in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            if let array = node as? [Any], let k = Int(token), k < array.count { node = array[k] }
            else if let dictionary = node as? [String: Any] { node = dictionary[String(token)] }
            else { return nil }
        }
        return node
    }

    /// Every item of every meeting and plan (attachments too) points at a section node
    /// with its text and span, and does not repeat the text.
    @Test(arguments: Support.corpusFiles)
    func itemsPointAtTheirSectionNodes(_ file: String) throws {
        let record = try Support.record(file)
        let json = try JSONSerialization.jsonObject(with: Data(try JSONRenderer.bytes(record))) as! [String: Any]
        func check(_ object: [String: Any], _ record: DocumentRecord) {
            #expect(object["schemaVersion"] as? String == "2.0")
            let items = (record.meetings.flatMap(\.items) + record.monthlyPlans.flatMap(\.items))
            let written = ((object["meetings"] as! [[String: Any]]) + (object["monthlyPlans"] as! [[String: Any]]))
                .flatMap { $0["items"] as! [[String: Any]] }
            #expect(items.count == written.count)
            for (item, out) in zip(items, written) {
                #expect(out["text"] == nil, "\(file): item at \(item.span) repeats its text")
                guard let pointer = out["node"] as? String else { Issue.record("\(file): item at \(item.span) has no node"); continue }
                let node = Self.resolve(pointer, in: object) as? [String: Any]
                #expect(node?["title"] as? String == item.text, "\(file): \(pointer)")
                #expect((node?["span"] as? NSDictionary) == (out["span"] as? NSDictionary), "\(file): \(pointer)")
            }
            for (attachment, out) in zip(record.attachments, object["attachments"] as! [[String: Any]]) { check(out, attachment) }
        }
        check(json, record)
    }

    /// The JSON read back is the same record, so the export CSV, the HTML report, the batch
    /// row and the Word comments, which read the record, are the same as from the parse itself.
    @Test(arguments: Support.corpusFiles)
    func readingTheJSONBackGivesTheSameRecordAndOutputs(_ file: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Support.corpus.appendingPathComponent(file)))
        let result = try VanBan.process(bytes, name: file)
        for compact in [false, true] {
            let decoded = try JSONDecoder().decode(DocumentRecord.self, from: Data(try JSONRenderer.bytes(result.record, compact: compact)))
            #expect(decoded == result.record)
        }
        var reread = result
        reread.record = try JSONDecoder().decode(DocumentRecord.self, from: Data(try JSONRenderer.bytes(result.record)))
        let diagnostics = Linter.lint(result)
        #expect(ScheduleExport.csv(ScheduleExport.rows(reread.record, document: file), language: .vi)
                == ScheduleExport.csv(ScheduleExport.rows(result.record, document: file), language: .vi))
        #expect(HTMLReport.render(reread, diagnostics: diagnostics, language: .vi) == HTMLReport.render(result, diagnostics: diagnostics, language: .vi))
        #expect(Linter.lint(reread) == diagnostics)
    }

    /// The coding keys written by hand cover every stored property, so a field added to the
    /// model later cannot silently drop out of the JSON.
    @Test func everyPropertyHasAKey() throws {
        let record = try Support.record("000_3eaa0e434add0cf8.txt")
        func labels(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }
        func keys<K: CodingKey & CaseIterable>(_: K.Type) -> Set<String> { Set(K.allCases.map(\.stringValue)) }
        #expect(labels(record) == keys(DocumentRecord.CodingKeys.self))
        #expect(labels(record.meetings[0]) == keys(LinkedMeeting.CodingKeys.self))
        #expect(labels(record.monthlyPlans[0]) == keys(LinkedMonthlyPlan.CodingKeys.self))
        #expect(labels(record.monthlyPlans[0].items[0]).union(["node"]) == keys(LinkedItem.CodingKeys.self))
    }

    /// An item the section tree does not hold keeps its text; a pointer that leads nowhere is an error.
    @Test func unlinkedItemKeepsItsTextAndBadPointerIsRejected() throws {
        var record = try Support.record("000_3eaa0e434add0cf8.txt")
        record.monthlyPlans[0].items[0].text = "không có trong cây mục"
        let json = try JSONSerialization.jsonObject(with: Data(try JSONRenderer.bytes(record))) as! [String: Any]
        let first = ((json["monthlyPlans"] as! [[String: Any]])[0]["items"] as! [[String: Any]])[0]
        #expect(first["text"] as? String == "không có trong cây mục")
        #expect(first["node"] == nil)
        #expect(try JSONDecoder().decode(DocumentRecord.self, from: Data(try JSONRenderer.bytes(record))) == record)

        let good = try Support.record("000_3eaa0e434add0cf8.txt")
        var text = try JSONRenderer.render(good, compact: true)
        let pointer = try #require(text.range(of: "\"node\":\"/sections/"))
        text.replaceSubrange(pointer, with: "\"node\":\"/sections/9999")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DocumentRecord.self, from: Data(text.utf8)) }
    }
}
