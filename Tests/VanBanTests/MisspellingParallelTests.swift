import Foundation
import Synchronization
import Testing
@testable import VanBan

/// `misspelling` keeps what it knows of a word for the process, by interner ID
/// (`Misspelling+WordCache.swift`), and `vanban batch --jobs N` lints documents on several
/// threads at once: documents linted in parallel, in different orders, with words new to the
/// cache, must get the findings the old rule (`MisspellingBefore`, no process cache) gives
/// each of them alone.
@Suite("Misspelling: documents linted in parallel")
struct MisspellingParallelTests {
    @Test func parallelFindingsEqualSerialOnes() throws {
        // Words no other test has put in the cache: made-up marked syllables and slips
        // (seeds the other suites do not use).
        let nonce = String(UUID().uuidString.prefix(6)).lowercased().filter(\.isLetter)
        var texts: [(String, String)] = []
        for (k, (name, text)) in MisspellingEquivalenceTests.documents.prefix(12).enumerated() {
            let extra = "\n- Kiểm tra \(nonce)ệt và ngiệm\(nonce), dảm\(nonce) sử lý \(nonce)ầu tư.\n"
            texts.append((name, MisspellingEquivalenceTests.mutate(text, seed: 40 + k) + extra))
        }
        let documents = texts.map { LintDocument(Support.process($0.1)) }
        // The reference: the old rule, one document at a time.
        let expected: [[Diagnostic]] = documents.map { d in
            var r = Report(rule: Misspelling.self)
            MisspellingBefore.check(d, &r)
            return r.diagnostics
        }
        #expect(expected.reduce(0) { $0 + $1.count } > 100)
        let threads = 8
        let got = Mutex<[Int: [Diagnostic]]>([:])
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            // Each thread its own order over the documents.
            for step in 0..<documents.count {
                let k = t % 2 == 0 ? (step * (t + 1) + t) % documents.count : documents.count - 1 - step
                var r = Report(rule: Misspelling.self)
                Misspelling.check(documents[k], &r)
                let found = r.diagnostics
                got.withLock { all in
                    if let seen = all[k], seen != found { all[-1 - k] = found } else { all[k] = found }
                }
            }
        }
        let results = got.withLock { $0 }
        for k in documents.indices {
            #expect(results[-1 - k] == nil, "\(texts[k].0): threads disagree")
            #expect(results[k] == expected[k], "\(texts[k].0): \(results[k]?.count ?? -1) findings, alone \(expected[k].count)")
        }
    }
}
