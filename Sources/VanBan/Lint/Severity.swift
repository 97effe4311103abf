/// How serious a diagnostic is. Ordered: `info` < `warning` < `error`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    /// Worth a look; never fails a run unless asked (`--fail-level info`).
    case info
    /// Probably a mistake.
    case warning
    /// Certainly a mistake the document must not be signed with.
    case error

    var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The word shown in text output.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.error, .vi): return "lỗi"
        case (.warning, .vi): return "cảnh báo"
        case (.info, .vi): return "lưu ý"
        case (_, .en): return rawValue
        }
    }
}

/// A text in both languages. Placeholders `{0}`, `{1}` … are filled by `format`.
public struct LocalizedText: Sendable, Equatable {
    /// Vietnamese.
    public var vi: String
    /// English.
    public var en: String

    /// Creates a text in both languages.
    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The text in `language` with `{k}` replaced by `arguments[k]`.
    public func format(_ language: Language, _ arguments: [String] = []) -> String {
        var s = language == .vi ? vi : en
        for (k, a) in arguments.enumerated() { s = s.replacingAll("{\(k)}", with: a) }
        return s
    }
}
