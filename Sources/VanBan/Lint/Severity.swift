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
        let template = language == .vi ? vi : en
        if let made = Self.substitute(template, arguments) { return made }
        var s = template
        for (k, a) in arguments.enumerated() { s = s.replacingAll("{\(k)}", with: a) }
        return s
    }

    /// `format`'s replacements in one pass over the template's bytes, when the template and
    /// the arguments are plain text (`Unicode.Scalar.isPlain`: there the Character-wise search
    /// of `replacingAll` finds exactly the byte matches) and no argument holds a `{` (so no
    /// replacement can make or hide a placeholder that a later one would replace); nil
    /// otherwise. Foundation's search once per placeholder was most of the cost of writing
    /// findings on a document with thousands of them (issue 17).
    static func substitute(_ template: String, _ arguments: [String]) -> String? {
        guard arguments.count <= 1_000, template.unicodeScalars.allSatisfy(\.isPlain),
              arguments.allSatisfy({ a in a.unicodeScalars.allSatisfy { $0.isPlain && $0 != "{" } }) else { return nil }
        let t = Array(template.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(t.count + arguments.reduce(0) { $0 + $1.utf8.count })
        var i = 0
        while i < t.count {
            // `{k}` with `k` written as `"\(k)"` writes it (no sign, no leading zero).
            if t[i] == UInt8(ascii: "{") {
                var j = i + 1, k = 0
                while j < t.count, j - i <= 4, t[j] >= UInt8(ascii: "0"), t[j] <= UInt8(ascii: "9") {
                    k = k * 10 + Int(t[j] - UInt8(ascii: "0"))
                    j += 1
                }
                let digits = j - i - 1
                if digits > 0, digits <= 4, j < t.count, t[j] == UInt8(ascii: "}"), digits == 1 || t[i + 1] != UInt8(ascii: "0"),
                   k < arguments.count {
                    out.append(contentsOf: arguments[k].utf8)
                    i = j + 1
                    continue
                }
            }
            out.append(t[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
