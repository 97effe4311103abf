import Foundation
import Testing
@testable import VanBan

/// Corpus documents damaged the way real files are damaged — lines deleted, duplicated,
/// shuffled, cut off mid-line or mid-character — with a fixed seed, so every run checks
/// the same 50 variants. The pipeline must not crash, and what it reports must
/// stay inside the file.
@Suite("Mutations of the corpus")
struct MutationTests {
    enum Damage: CaseIterable { case delete, duplicate, shuffle, truncateLine, truncateBytes }

    static func mutate(_ bytes: [UInt8], _ damage: Damage, _ random: inout SeededRandom) -> [UInt8] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard lines.count > 2 else { return bytes }
        let count = max(1, lines.count / 10)
        switch damage {
        case .delete:
            for _ in 0..<count where lines.count > 1 { lines.remove(at: Int.random(in: 0..<lines.count, using: &random)) }
        case .duplicate:
            for _ in 0..<count {
                let i = Int.random(in: 0..<lines.count, using: &random)
                lines.insert(lines[i], at: Int.random(in: 0...lines.count, using: &random))
            }
        case .shuffle:
            let start = Int.random(in: 0..<lines.count, using: &random)
            let end = min(lines.count, start + Int.random(in: 2...40, using: &random))
            lines[start..<end].shuffle(using: &random)
        case .truncateLine:
            for _ in 0..<count {
                let i = Int.random(in: 0..<lines.count, using: &random)
                if !lines[i].isEmpty { lines[i] = Array(lines[i].prefix(Int.random(in: 0..<lines[i].count, using: &random))) }
            }
        case .truncateBytes:
            return Array(bytes.prefix(Int.random(in: 1..<bytes.count, using: &random)))
        }
        return Array(lines.joined(separator: [0x0A]))
    }

    @Test(arguments: Support.corpusFiles)
    func damagedDocumentsDoNotCrash(_ file: String) throws {
        let original = [UInt8](try Data(contentsOf: Support.corpus.appendingPathComponent(file)))
        var random = SeededRandom(seed: 0x5EED_0000 &+ UInt64(file.utf8.reduce(0) { $0 &+ Int($1) }))
        var processed = 0
        for damage in Damage.allCases {
            for _ in 0..<2 {
                let bytes = Self.mutate(original, damage, &random)
                guard let result = try? VanBan.process(bytes, name: file) else { continue }
                processed += 1
                let lineCount = result.source.lineCount
                let diagnostics = Linter.lint(result)
                for d in diagnostics {
                    #expect(d.span.start.line >= 1 && d.span.start.line <= lineCount + 1, "\(file) \(damage): \(d.ruleID) at \(d.span)")
                    #expect(d.span.start <= d.span.end, "\(file) \(damage): \(d.ruleID) at \(d.span)")
                }
                _ = try JSONRenderer.render(result.record)
                let fixed = FixApplier.apply(diagnostics, to: result.source)
                #expect(fixed.applied <= diagnostics.reduce(0) { $0 + ($1.fix?.edits.count ?? 0) })
            }
        }
        #expect(processed >= 8, "\(file): only \(processed) of 10 variants could be processed")
    }
}
