// The .docx stage of the container fuzz target (see ContainerFuzzTarget.swift): read the
// bytes as a Word file; when that works, comment the first and last characters and read
// the reviewed copy back, which must give the same text (a trap otherwise is a finding).
func fuzzDocument(_ bytes: [UInt8]) {
    var limits = DocxReader.Limits()
    limits.archive.entrySize = 1 << 22
    limits.xmlPart = 1 << 22
    guard let docx = try? DocxReader.read(bytes, limits: limits) else { return }
    let lines = max(1, docx.lines.count)
    let comments = [
        DocxCommenter.Comment(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 4), paragraphs: ["a & <b>"]),
        DocxCommenter.Comment(start: SourceLocation(line: lines, column: 2), end: SourceLocation(line: lines + 1, column: 1), paragraphs: ["c"]),
    ]
    guard let reviewed = try? DocxCommenter.annotate(bytes, docx: docx, comments: comments) else { return }
    guard let again = try? DocxReader.read(reviewed, limits: limits) else {
        fatalError("the reviewed copy of a readable document cannot be read")
    }
    if again.text != docx.text { fatalError("commenting changed the text") }
}
