/// Writes a copy of a ZIP archive with some entries replaced or added, every other
/// entry copied byte for byte (local header, data, data descriptor, central record),
/// so a Word file comes back unchanged outside the parts VanBan edits.
///
/// Replaced and added entries are stored (method 0): every reader must accept it,
/// and the parts VanBan writes are small.
public enum ZipRewriter {
    /// A copy of `archive` with `replacements` (entry name → new bytes) applied; names not
    /// in the archive are added at the end, in the order given.
    public static func rewrite(_ archive: ZipArchive, replacing replacements: [(name: String, data: [UInt8])]) throws(ContainerProblem) -> [UInt8] {
        let source = archive.bytes
        var out: [UInt8] = []
        out.reserveCapacity(source.count + replacements.reduce(0) { $0 + $1.data.count + 100 })
        var central: [UInt8] = []
        var count = 0
        var pending = replacements
        for entry in archive.entries {
            let offset = out.count
            if let k = pending.firstIndex(where: { $0.name == entry.name }) {
                let replacement = pending.remove(at: k)
                append(name: entry.name, data: replacement.data, to: &out, central: &central, offset: offset)
            } else {
                let data = try archive.dataRange(entry)
                var end = data.upperBound
                if entry.flags & 8 != 0 {
                    // A data descriptor follows: CRC and sizes, with or without its signature.
                    let signed = end + 4 <= source.count && source[end] == 0x50 && source[end + 1] == 0x4B
                        && source[end + 2] == 0x07 && source[end + 3] == 0x08
                    end = min(source.count, end + (signed ? 16 : 12))
                }
                out.append(contentsOf: source[entry.localHeaderOffset..<end])
                var record = Array(source[entry.centralRecord])
                put32(&record, at: 42, offset)
                central.append(contentsOf: record)
            }
            count += 1
        }
        for added in pending {
            append(name: added.name, data: added.data, to: &out, central: &central, offset: out.count)
            count += 1
        }
        guard count < 0xFFFF, out.count < 0xFFFF_FFFF else { throw .unsupportedArchive("ZIP64") }
        let centralOffset = out.count
        out.append(contentsOf: central)
        var end: [UInt8] = [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0]
        end += le16(count) + le16(count) + le32(central.count) + le32(centralOffset) + [0, 0]
        out.append(contentsOf: end)
        return out
    }

    static func append(name: String, data: [UInt8], to out: inout [UInt8], central: inout [UInt8], offset: Int) {
        let nameBytes = Array(name.utf8)
        let crc = Int(CRC32.checksum(data))
        // Version 2.0, flag bit 11 (names are UTF-8), stored, DOS time 1980-01-01 00:00.
        let common = le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21) + le32(crc) + le32(data.count) + le32(data.count)
            + le16(nameBytes.count) + le16(0)
        out += [0x50, 0x4B, 0x03, 0x04] + common + nameBytes
        out += data
        central += [0x50, 0x4B, 0x01, 0x02] + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + nameBytes
    }

    static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    static func le32(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24 & 0xFF)] }
    static func put32(_ bytes: inout [UInt8], at i: Int, _ v: Int) {
        for k in 0..<4 { bytes[i + k] = UInt8(v >> (8 * k) & 0xFF) }
    }
}
