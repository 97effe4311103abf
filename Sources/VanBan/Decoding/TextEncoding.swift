/// The encodings VanBan reads. Everything is turned into Unicode on the way in.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16 with a byte-order mark (either byte order); forced on input without a mark,
    /// the byte order is told from where the zero bytes are (little-endian if unclear).
    case utf16 = "utf-16"
    /// UTF-16, little-endian (Windows' "Unicode"), without a byte-order mark.
    case utf16le = "utf-16le"
    /// UTF-16, big-endian, without a byte-order mark.
    case utf16be = "utf-16be"
    /// Windows-1258: Latin letters plus combining tone marks.
    case cp1258
    /// TCVN 5712:1993 "TCVN3" / ABC, the `.VnTime` / `.VnTimeH` fonts.
    case tcvn3
    /// VNI-Windows: a base letter followed by a mark byte (`aù` = á).
    case vni
    /// VIQR (RFC 1456): ASCII with marks after the vowel (`Vie^.t`).
    case viqr

    /// The names `--encoding` accepts for this encoding.
    public var aliases: [String] {
        switch self {
        case .utf8: return ["utf-8", "utf8"]
        case .utf16: return ["utf-16", "utf16"]
        case .utf16le: return ["utf-16le", "utf16le"]
        case .utf16be: return ["utf-16be", "utf16be"]
        case .cp1258: return ["cp1258", "windows-1258", "win1258"]
        case .tcvn3: return ["tcvn3", "tcvn", "abc", "tcvn5712"]
        case .vni: return ["vni", "vni-windows"]
        case .viqr: return ["viqr"]
        }
    }

    /// The encoding named `name` (case-insensitive, any alias), or nil.
    public init?(name: String) {
        let key = name.lowercased()
        guard let match = TextEncoding.allCases.first(where: { $0.aliases.contains(key) }) else { return nil }
        self = match
    }

    /// The list shown to a user who must choose: `utf-8, utf-16, cp1258, …`.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// True for the single-byte and ASCII-based legacy encodings.
    public var isLegacy: Bool { !isUnicode }

    /// UTF-8 or one of the UTF-16 forms.
    public var isUnicode: Bool { self == .utf8 || self == .utf16 || self == .utf16le || self == .utf16be }
}
