/// A ZIP archive read from its central directory (APPNOTE.TXT 6.3), the container of
/// every Word `.docx` file.
///
/// Only what OOXML needs: one disk, no ZIP64, stored (0) and deflated (8) entries.
/// Everything is bounds-checked with integer offsets into the bytes; entry data is
/// inflated only on request and never beyond the limits, so a hostile archive costs
/// bounded time and memory. Entry names are never used as file-system paths, and an
/// archive naming an absolute or `..` path, or the same part twice, is refused.
public struct ZipArchive: Sendable {
    /// Limits on what an archive may hold.
    public struct Limits: Sendable {
        /// Most entries (a Word document has a few dozen; a thousand images is plenty).
        public var entries = 10_000
        /// Largest inflated entry.
        public var entrySize = 64 * 1_048_576
        /// Largest inflated/compressed ratio for an entry above `ratioFloor` bytes
        /// (real XML parts compress 5–30 times; a zip bomb 1000 times).
        public var ratio = 200
        /// Entries smaller than this are never refused for their ratio.
        public var ratioFloor = 1_048_576

        /// The default limits.
        public init() {}
    }

    /// One entry of the central directory.
    public struct Entry: Sendable {
        /// The name as stored (`word/document.xml`).
        public var name: String
        /// 0 stored, 8 deflate.
        public var method: Int
        /// General-purpose flags (bit 0: encrypted).
        public var flags: Int
        /// CRC-32 of the uncompressed data.
        public var crc: UInt32
        /// Size of the data as stored.
        public var compressedSize: Int
        /// Size once inflated, as declared.
        public var uncompressedSize: Int
        /// Offset of the entry's local header.
        public var localHeaderOffset: Int
        /// Bytes of the central-directory record (copied when the archive is rewritten).
        public var centralRecord: Range<Int>
    }

    /// The archive's bytes.
    public let bytes: [UInt8]
    /// The entries, in central-directory order.
    public let entries: [Entry]
    /// The limits entries are read under.
    public let limits: Limits

    /// Reads the central directory of `bytes`.
    public init(_ bytes: [UInt8], limits: Limits = Limits()) throws(ContainerProblem) {
        self.bytes = bytes
        self.limits = limits
        let b = bytes
        func u16(_ o: Int) -> Int { Int(b[o]) | Int(b[o + 1]) << 8 }
        func u32(_ o: Int) -> Int { u16(o) | u16(o + 2) << 16 }

        // The end-of-central-directory record: 22 bytes plus a comment of up to 65535.
        guard b.count >= 22 else { throw .notZip }
        var eocd = -1
        var o = b.count - 22
        let lowest = max(0, b.count - 22 - 65_535)
        while o >= lowest {
            if b[o] == 0x50, b[o + 1] == 0x4B, b[o + 2] == 0x05, b[o + 3] == 0x06, o + 22 + u16(o + 20) <= b.count {
                eocd = o
                break
            }
            o -= 1
        }
        guard eocd >= 0 else { throw .notZip }
        let disk = u16(eocd + 4), cdDisk = u16(eocd + 6)
        let count = u16(eocd + 10)
        let cdSize = u32(eocd + 12), cdOffset = u32(eocd + 16)
        if count == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF { throw .unsupportedArchive("ZIP64") }
        guard disk == 0, cdDisk == 0, u16(eocd + 8) == count else { throw .unsupportedArchive("multi-disk") }
        guard count <= limits.entries else { throw .tooManyEntries(count) }
        guard cdOffset <= eocd, cdSize <= eocd - cdOffset else { throw .malformed("central directory out of bounds") }

        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var seen = Set<String>()
        o = cdOffset
        for _ in 0..<count {
            guard o + 46 <= eocd, u32(o) == 0x0201_4B50 else { throw .malformed("bad central directory record") }
            let nameLength = u16(o + 28), extraLength = u16(o + 30), commentLength = u16(o + 32)
            let end = o + 46 + nameLength + extraLength + commentLength
            guard end <= eocd else { throw .malformed("central directory record out of bounds") }
            let name = String(decoding: b[(o + 46)..<(o + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(name: name, method: u16(o + 10), flags: u16(o + 8), crc: UInt32(u32(o + 16)),
                              compressedSize: u32(o + 20), uncompressedSize: u32(o + 24),
                              localHeaderOffset: u32(o + 42), centralRecord: o..<end)
            if entry.compressedSize == 0xFFFF_FFFF || entry.uncompressedSize == 0xFFFF_FFFF || entry.localHeaderOffset == 0xFFFF_FFFF {
                throw .unsupportedArchive("ZIP64")
            }
            guard ZipArchive.isSafe(name) else { throw .unsafePath(name) }
            guard seen.insert(name.lowercased()).inserted else { throw .duplicateEntry(name) }
            entries.append(entry)
            o = end
        }
        self.entries = entries
    }

    /// False for names that are absolute, hold `..` segments, backslashes, NUL or
    /// drive letters: no real document has them, and they mean an attack.
    static func isSafe(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.contains("\0") { return false }
        if name.count >= 2, name.dropFirst().first == ":" { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// The entry called `name` (OPC part names compare without case).
    public func entry(_ name: String) -> Entry? {
        let lower = name.lowercased()
        return entries.first { $0.name.lowercased() == lower }
    }

    /// The range of `entry`'s stored data, checked against its local header.
    public func dataRange(_ entry: Entry) throws(ContainerProblem) -> Range<Int> {
        let b = bytes
        let o = entry.localHeaderOffset
        guard o >= 0, o + 30 <= b.count,
              b[o] == 0x50, b[o + 1] == 0x4B, b[o + 2] == 0x03, b[o + 3] == 0x04
        else { throw .malformed("bad local header for \(entry.name)") }
        let nameLength = Int(b[o + 26]) | Int(b[o + 27]) << 8
        let extraLength = Int(b[o + 28]) | Int(b[o + 29]) << 8
        let start = o + 30 + nameLength + extraLength
        guard start <= b.count, entry.compressedSize <= b.count - start else { throw .malformed("data of \(entry.name) out of bounds") }
        return start..<(start + entry.compressedSize)
    }

    /// The inflated bytes of `entry`, checked against its CRC, within the limits
    /// (`sizeLimit`, if given, lowers the size limit for this read).
    public func data(_ entry: Entry, sizeLimit: Int? = nil) throws(ContainerProblem) -> [UInt8] {
        if entry.flags & 1 != 0 { throw .encrypted }
        let limit = min(limits.entrySize, sizeLimit ?? Int.max)
        let ratioLimit = entry.compressedSize > Int.max / limits.ratio ? Int.max : max(limits.ratioFloor, entry.compressedSize * limits.ratio)
        if entry.uncompressedSize > ratioLimit { throw .compressionRatio(entry: entry.name) }
        guard entry.uncompressedSize <= limit else { throw .tooLarge(entry: entry.name, limit: limit) }
        let range = try dataRange(entry)
        // The declared sizes may lie; the inflater enforces the real ones.
        let output: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize <= limit else { throw .tooLarge(entry: entry.name, limit: limit) }
            output = Array(bytes[range])
        case 8:
            do throws(Inflate.Failure) {
                output = try Inflate.inflate(bytes, range: range, limit: min(limit, ratioLimit))
            } catch {
                switch error {
                case .tooLarge:
                    if ratioLimit < limit { throw .compressionRatio(entry: entry.name) }
                    throw .tooLarge(entry: entry.name, limit: limit)
                case .malformed(let why):
                    throw .malformed("\(entry.name): \(why)")
                }
            }
        default:
            throw .unsupportedMethod(entry: entry.name, method: entry.method)
        }
        guard output.count == entry.uncompressedSize else { throw .malformed("\(entry.name): size does not match its header") }
        guard CRC32.checksum(output) == entry.crc else { throw .checksum(entry.name) }
        return output
    }
}
