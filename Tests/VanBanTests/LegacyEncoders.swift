import Foundation
import Testing

/// Encoders written for the tests, independent of the decoders under test:
/// TCVN3 and Windows-1258 come from glibc's `iconv` (TCVN5712-1, CP1258), VNI and
/// VIQR are spelt out here from their published descriptions. Characters an
/// encoding cannot write become `?`, and `lossy(_:for:)` makes the same loss in
/// the reference text, so that only decoding is compared.
enum LegacyEncoders {
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case tcvn3, tcvn3LowercaseSet, vni, cp1258, viqr, nfd
        var testDescription: String { rawValue }
    }

    static func encode(_ text: String, as kind: Kind) -> [UInt8] {
        switch kind {
        case .tcvn3: return table(for: "TCVN5712-1", text).encode(text)
        case .tcvn3LowercaseSet:
            // `.VnTimeH` users type capitals as lowercase codes: TCVN3 without its capital block.
            let lowered = String(String.UnicodeScalarView(text.unicodeScalars.map { s in
                let str = String(s)
                let low = str.lowercased()
                return low != str && s.value > 0x7F && !"ĂÂÊÔƠƯĐ".unicodeScalars.contains(s) ? low.unicodeScalars.first! : s
            }))
            return table(for: "TCVN5712-1", lowered).encode(lowered)
        case .cp1258: return table(for: "CP1258", text).encode(text)
        case .vni: return vni(text)
        case .viqr: return viqr(text)
        case .nfd: return Array(text.decomposedStringWithCanonicalMapping.utf8)
        }
    }

    /// `text` with what `kind` cannot write replaced by `?`.
    static func lossy(_ text: String, for kind: Kind) -> String {
        switch kind {
        case .nfd: return text
        case .tcvn3, .tcvn3LowercaseSet: return table(for: "TCVN5712-1", text).lossy(text)
        case .cp1258: return table(for: "CP1258", text).lossy(text)
        case .vni: return String(String.UnicodeScalarView(text.unicodeScalars.map { vniBytes($0) == nil ? "?" : $0 }))
        case .viqr: return String(String.UnicodeScalarView(text.unicodeScalars.map { viqrLetter($0) == nil && $0.value > 0x7F ? "?" : $0 }))
        }
    }

    struct Table {
        var map: [Unicode.Scalar: [UInt8]]
        func encode(_ text: String) -> [UInt8] {
            var out: [UInt8] = []
            for s in text.unicodeScalars {
                if s.value < 0x80 { out.append(UInt8(s.value)) } else { out.append(contentsOf: map[s] ?? [0x3F]) }
            }
            return out
        }
        func lossy(_ text: String) -> String {
            String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x80 || map[$0] != nil ? $0 : "?" }))
        }
    }

    /// Each distinct non-ASCII scalar of `text`, converted by one `iconv -c` call.
    static func table(for charset: String, _ text: String) -> Table {
        let distinct = Array(Set(text.unicodeScalars.filter { $0.value > 0x7F && $0 != "\u{2028}" }))
        let joined = distinct.map { String($0) }.joined(separator: "\n") + "\n"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["iconv", "-c", "-f", "UTF-8", "-t", charset]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try! process.run()
        input.fileHandleForWriting.write(Data(joined.utf8))
        try! input.fileHandleForWriting.close()
        let bytes = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        let parts = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        var map: [Unicode.Scalar: [UInt8]] = [:]
        for (k, s) in distinct.enumerated() where k < parts.count && !parts[k].isEmpty { map[s] = Array(parts[k]) }
        return Table(map: map)
    }

    // MARK: VNI-Windows: base letter + one mark byte; a few letters are one byte.

    /// The VNI bytes of one scalar, or nil when VNI cannot write it.
    static func vniBytes(_ s: Unicode.Scalar) -> [UInt8]? {
        if s.value < 0x80 { return [UInt8(s.value)] }
        if s == "đ" { return [0xF1] }
        if s == "Đ" { return [0xD1] }
        let parts = Array(String(s).decomposedStringWithCanonicalMapping.unicodeScalars)
        guard let base = parts.first, base.value < 0x80, "aeiouyAEIOUY".unicodeScalars.contains(base) else {
            // Typographic characters VNI fonts draw from Windows-1252.
            let cp1252: [Unicode.Scalar: UInt8] = ["–": 0x96, "—": 0x97, "“": 0x93, "”": 0x94, "‘": 0x91, "’": 0x92, "…": 0x85, "•": 0x95]
            return cp1252[s].map { [$0] }
        }
        let upper = base.properties.isUppercase
        let shape = parts.dropFirst().first { [0x302, 0x306, 0x31B].contains($0.value) }?.value
        let tone = parts.dropFirst().first { [0x301, 0x300, 0x309, 0x303, 0x323].contains($0.value) }?.value
        let t = tone.map { [0x301: 0, 0x300: 1, 0x309: 2, 0x303: 3, 0x323: 4][$0]! }
        func cased(_ b: UInt8) -> UInt8 { upper ? b & ~0x20 : b }
        let lower = Unicode.Scalar(base.value | 0x20)!
        if lower == "i" {
            guard shape == nil else { return nil }
            guard let t else { return [UInt8(base.value)] }
            return [cased([0xED, 0xEC, 0xE6, 0xF3, 0xF2][t])]
        }
        if lower == "y", t == 4, shape == nil { return [cased(0xEE)] }
        var out: [UInt8]
        switch (lower, shape) {
        case ("o", 0x31B?): out = [cased(0xF4)]
        case ("u", 0x31B?): out = [cased(0xF6)]
        case (_, nil): out = [UInt8(base.value)]
        case (_, 0x302?):
            return [UInt8(base.value), cased(t.map { [0xE1, 0xE0, 0xE5, 0xE3, 0xE4][$0] } ?? 0xE2)]
        case ("a", 0x306?):
            return [UInt8(base.value), cased(t.map { [0xE9, 0xE8, 0xFA, 0xFC, 0xEB][$0] } ?? 0xEA)]
        default: return nil
        }
        if let t { out.append(cased([0xF9, 0xF8, 0xFB, 0xF5, 0xEF][t])) }
        return out
    }

    static func vni(_ text: String) -> [UInt8] {
        text.unicodeScalars.flatMap { vniBytes($0) ?? [0x3F] }
    }

    // MARK: VIQR (RFC 1456)

    static func viqrLetter(_ s: Unicode.Scalar) -> String? {
        if s.value < 0x80 { return String(s) }
        if s == "đ" { return "dd" }
        if s == "Đ" { return "DD" }
        let parts = Array(String(s).decomposedStringWithCanonicalMapping.unicodeScalars)
        guard let base = parts.first, base.value < 0x80 else { return nil }
        var out = String(base)
        for m in parts.dropFirst() {
            switch m.value {
            case 0x302: out += "^"
            case 0x306: out += "("
            case 0x31B: out += "+"
            default: break
            }
        }
        for m in parts.dropFirst() {
            switch m.value {
            case 0x301: out += "'"
            case 0x300: out += "`"
            case 0x309: out += "?"
            case 0x303: out += "~"
            case 0x323: out += "."
            case 0x302, 0x306, 0x31B: break
            default: return nil
            }
        }
        return out
    }

    static func viqr(_ text: String) -> [UInt8] {
        var out = ""
        var previousVowel = false
        for s in text.unicodeScalars {
            // A mark character right after a vowel is escaped, as RFC 1456 says.
            if previousVowel, "^(+'`?~.\\".unicodeScalars.contains(s) { out += "\\" }
            let letter = viqrLetter(s) ?? "?"
            // A d after a d would make đ ("SGDĐT" is "SGD\DDT"), as RFC 1456 escapes it.
            if let last = out.unicodeScalars.last, "dD".unicodeScalars.contains(last),
               let first = letter.unicodeScalars.first, "dD".unicodeScalars.contains(first) { out += "\\" }
            out += letter
            let base = String(s).decomposedStringWithCanonicalMapping.unicodeScalars.first!
            previousVowel = "aeiouyAEIOUY".unicodeScalars.contains(base)
        }
        return Array(out.utf8)
    }
}
