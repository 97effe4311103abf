// libFuzzer entry point: decode → normalise → layout → lex → parse → record → lint → JSON,
// HTML report, CSV export, fixes; and the bytes as a file name (escaping) and as UTF-16.
//
// Built by scripts/fuzz.sh together with the library's sources (one module), not by
// SwiftPM: an executable target's `main` fights libFuzzer's. Any trap, crash or
// time-out in the pipeline is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = BatchInputs.escaped(Array(bytes.prefix(255)))
    _ = try? TextDecoder.decode(bytes, name: "fuzz.txt", encoding: .utf16be)
    guard let result = try? VanBan.process(bytes, name: "fuzz.txt") else { return 0 }
    let diagnostics = Linter.lint(result)
    _ = try? JSONRenderer.render(result.record, compact: true)
    _ = FixApplier.apply(diagnostics, to: result.source)
    _ = HTMLReport.render(result, diagnostics: diagnostics, language: .vi)
    _ = ScheduleExport.csv(ScheduleExport.rows(result.record, document: "fuzz.txt"), language: .vi)
    return 0
}
