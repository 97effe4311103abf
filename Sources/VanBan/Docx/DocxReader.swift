/// Reads a Word `.docx` file (ECMA-376 WordprocessingML) into text for the pipeline.
///
/// What a reader of the document sees is what VanBan reads: paragraphs and table cells
/// in order, tabs, line and page breaks, text boxes (once: the VML fallback copy is
/// skipped), automatic numbering rendered into labels, fields by their shown result,
/// tracked changes as accepted (insertions kept, deletions and moved-away text dropped),
/// hidden text left out. Anything hostile or not a Word document is refused with a
/// `ContainerProblem`; nothing from the archive is ever written to disk.
public enum DocxReader {
    /// Limits on what is read.
    public struct Limits: Sendable {
        /// The archive's limits.
        public var archive = ZipArchive.Limits()
        /// Largest XML part read (a 32 MB `document.xml` is thousands of pages).
        public var xmlPart = 32 * 1_048_576

        /// The default limits.
        public init() {}
    }

    /// True when `bytes` look like a Word file or something renamed to one: a ZIP
    /// archive or an OLE compound file.
    public static func looksLikeContainer(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
            || bytes.starts(with: compoundFileSignature)
    }

    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The archive of a Word file, after the checks that tell other formats apart.
    public static func open(_ bytes: [UInt8], limits: Limits = Limits()) throws(ContainerProblem) -> (ZipArchive, mainPart: String) {
        if bytes.starts(with: compoundFileSignature) {
            // Encrypted OOXML lives in a compound file with an `EncryptionInfo` stream.
            let marker = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            var scanner = XMLScanner(bytes)
            scanner.position = 0
            throw scanner.find(marker, from: 0) != nil ? .encrypted : .legacyWord
        }
        let archive = try ZipArchive(bytes, limits: limits.archive)
        if let mimetype = archive.entry("mimetype"),
           let data = try? archive.data(mimetype, sizeLimit: 1024),
           data.starts(with: Array("application/vnd.oasis.opendocument".utf8)) {
            throw .openDocument
        }
        if archive.entries.contains(where: { $0.flags & 1 != 0 }) { throw .encrypted }
        guard archive.entry("[Content_Types].xml") != nil else { throw .missingPart("[Content_Types].xml") }
        var main = "word/document.xml"
        if let rels = archive.entry("_rels/.rels") {
            let data = try archive.data(rels, sizeLimit: limits.xmlPart)
            if let target = try relationshipTarget(data, part: "_rels/.rels", typeSuffix: "/officeDocument") {
                main = target.hasPrefix("/") ? String(target.dropFirst()) : target
            }
        }
        guard archive.entry(main) != nil else { throw .missingPart(main) }
        return (archive, main)
    }

    /// The target of the first relationship whose type ends with `typeSuffix`.
    static func relationshipTarget(_ bytes: [UInt8], part: String, typeSuffix: String) throws(ContainerProblem) -> String? {
        var scanner = XMLScanner(bytes)
        do {
            while let event = try scanner.next() {
                guard case .start(let name, let attributes, _, _) = event, WordXML.localName(scanner, name) == "Relationship" else { continue }
                let a = WordXML.attributes(scanner, attributes)
                if a["Type"]?.hasSuffix(typeSuffix) == true, let target = a["Target"], a["TargetMode"] != "External" { return target }
            }
        } catch {
            throw .badXML(part: part, reason: error.reason)
        }
        return nil
    }

    /// The text of the Word file `bytes`.
    public static func read(_ bytes: [UInt8], limits: Limits = Limits()) throws(ContainerProblem) -> DocxText {
        let (archive, main) = try open(bytes, limits: limits)
        let document = try archive.data(archive.entry(main)!, sizeLimit: limits.xmlPart)
        let directory = main.contains("/") ? String(main[..<main.lastIndex(of: "/")!]) + "/" : ""
        func part(_ name: String) throws(ContainerProblem) -> [UInt8]? {
            guard let entry = archive.entry(directory + name) else { return nil }
            return try archive.data(entry, sizeLimit: limits.xmlPart)
        }
        var numbering: WordNumbering
        do { numbering = try WordNumbering(try part("numbering.xml")) } catch let e as XMLScanner.Failure {
            throw .badXML(part: directory + "numbering.xml", reason: e.reason)
        } catch let e as ContainerProblem { throw e } catch { throw .malformed("\(error)") }
        let styles: WordStyles
        do { styles = try WordStyles(try part("styles.xml")) } catch let e as XMLScanner.Failure {
            throw .badXML(part: directory + "styles.xml", reason: e.reason)
        } catch let e as ContainerProblem { throw e } catch { throw .malformed("\(error)") }
        do {
            var extractor = DocxExtractor(document, numbering: numbering, styles: styles)
            try extractor.run()
            return extractor.result(part: main)
        } catch {
            throw .badXML(part: main, reason: error.reason)
        }
    }
}

extension DocxReader {
    /// True for names Word documents have (`.docx`, `.docm`), whatever their case.
    public static func hasWordName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".docx") || lower.hasSuffix(".docm")
    }

    /// The Word file `bytes` as decoded text for the pipeline, with its way back to the
    /// document; a tracked change left in the draft becomes a warning.
    public static func decode(_ bytes: [UInt8], name: String, limits: Limits = Limits()) throws(InputError) -> DecodedText {
        let docx: DocxText
        do {
            docx = try read(bytes, limits: limits)
        } catch {
            throw InputError(file: name, reason: .container(error))
        }
        var decoded = DecodedText(text: docx.text)
        decoded.docx = docx
        if docx.trackedChanges > 0 {
            let at = docx.firstChange ?? SourceLocation(line: 1, column: 1)
            decoded.warnings.append(DecodeWarning(kind: .trackedChanges(docx.trackedChanges), line: at.line, column: at.column))
        }
        return decoded
    }
}
