// libFuzzer entry point for the Word container: the DEFLATE decoder, the ZIP reader
// and the .docx text extraction (when the library has it), on arbitrary bytes.
//
// Built by scripts/fuzz_container.sh with the library's sources as one module, like
// Fuzz/FuzzTarget.swift. Any trap, crash, time-out or memory blow-up is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContainer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The raw stream, as a decoder of untrusted data sees it.
    _ = try? Inflate.inflate(bytes, limit: 1 << 22)
    // The archive, every entry read under small limits.
    var limits = ZipArchive.Limits()
    limits.entrySize = 1 << 22
    if let archive = try? ZipArchive(bytes, limits: limits) {
        for entry in archive.entries { _ = try? archive.data(entry) }
    }
    fuzzDocument(bytes)
    return 0
}
