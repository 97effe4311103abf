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
        guard arguments.count <= 1_000 else { return nil }
        var total = 0
        for a in arguments {
            var a = a
            guard a.withUTF8({ Self.isPlain($0, braces: false) }) else { return nil }
            total += a.utf8.count
        }
        var template = template
        return template.withUTF8 { t -> String? in
            guard Self.isPlain(t, braces: true) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(t.count + total)
            let brace = UInt8(ascii: "{"), zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
            var i = 0, copied = 0
            while i < t.count {
                // `{k}` with `k` written as `"\(k)"` writes it (no sign, no leading zero).
                guard t[i] == brace else { i += 1; continue }
                var j = i + 1, k = 0
                while j < t.count, j - i <= 4, t[j] >= zero, t[j] <= nine {
                    k = k * 10 + Int(t[j] - zero)
                    j += 1
                }
                let digits = j - i - 1
                if digits > 0, digits <= 4, j < t.count, t[j] == UInt8(ascii: "}"), digits == 1 || t[i + 1] != zero,
                   k < arguments.count {
                    // The text since the last placeholder in one copy, then the argument.
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: t[copied..<i]))
                    out.append(contentsOf: arguments[k].utf8)
                    i = j + 1
                    copied = i
                    continue
                }
                i += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: t[copied..<t.count]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether every scalar of the UTF-8 text `b` is `Unicode.Scalar.isPlain` (and, unless
    /// `braces`, none is `{`). An ASCII byte is plain unless it is a line feed or carriage
    /// return; a longer scalar is decoded and asked. `b` is a String's UTF-8, so valid.
    static func isPlain(_ b: UnsafeBufferPointer<UInt8>, braces: Bool) -> Bool {
        var i = 0
        while i < b.count {
            let lead = b[i]
            if lead < 0x80 {
                if lead == 0x0A || lead == 0x0D || (!braces && lead == UInt8(ascii: "{")) { return false }
                i += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard i + length <= b.count else { return false }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { value = value << 6 | UInt32(b[i + k] & 0x3F) }
            guard let scalar = Unicode.Scalar(value), scalar.isPlain else { return false }
            i += length
        }
        return true
    }
}
