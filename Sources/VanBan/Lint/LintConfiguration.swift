import Foundation

/// `.vanban.json`: rules switched off or re-levelled.
///
/// ```json
/// { "rules": { "spacing": "off", "misspelling": "error" } }
/// ```
public struct LintConfiguration: Sendable, Equatable {
    /// Per rule: nil = off, otherwise the severity to report with.
    public var overrides: [String: Severity?] = [:]

    /// The default configuration: every rule at its declared severity.
    public init() {}

    /// What a configuration file can get wrong.
    public struct Problem: Error, Sendable, Equatable {
        public enum Reason: Sendable, Equatable {
            case unreadable
            case notJSON
            case unknownRule(String)
            case badLevel(rule: String, value: String)
        }
        /// The file.
        public var path: String
        /// What is wrong.
        public var reason: Reason

        /// The message in `language`.
        public func message(_ language: Language) -> String {
            switch (reason, language) {
            case (.unreadable, .vi): return "\(path): không đọc được tệp cấu hình"
            case (.unreadable, .en): return "\(path): cannot read the configuration file"
            case (.notJSON, .vi): return "\(path): tệp cấu hình không phải JSON dạng {\"rules\": {\"mã-quy-tắc\": \"off|info|warning|error\"}}"
            case (.notJSON, .en): return "\(path): the configuration is not JSON of the form {\"rules\": {\"rule-id\": \"off|info|warning|error\"}}"
            case (.unknownRule(let id), .vi): return "\(path): không có quy tắc '\(id)' (xem `vanban rules`)"
            case (.unknownRule(let id), .en): return "\(path): no rule '\(id)' (see `vanban rules`)"
            case (.badLevel(let id, let v), .vi): return "\(path): mức '\(v)' của '\(id)' không hợp lệ; dùng off, info, warning hoặc error"
            case (.badLevel(let id, let v), .en): return "\(path): level '\(v)' for '\(id)' is invalid; use off, info, warning or error"
            }
        }
    }

    /// A stable text naming every override (`spacing=off,misspelling=error`), for telling
    /// whether an earlier output was made with the same configuration.
    public var fingerprint: String {
        overrides.keys.sorted().map { id in "\(id)=\(overrides[id]!.map(\.rawValue) ?? "off")" }.joined(separator: ",")
    }

    /// The severity `rule` reports with, nil when it is off.
    public func severity(of rule: any Rule.Type) -> Severity? {
        if let override = overrides[rule.id] { return override }
        return rule.severity
    }

    /// What `vanban lint --show-config` prints: where the configuration came from, then
    /// every rule with the severity it reports at (`off` when switched off), overrides marked.
    public func describe(file: String?, explicit: Bool, disabled: Bool, language: Language) -> String {
        let vi = language == .vi
        var out: String
        if let file {
            out = (vi ? "Cấu hình: \(file)" : "Configuration: \(file)")
                + (explicit ? (vi ? " (--config)" : " (--config)") : (vi ? " (tệp .vanban.json gần nhất phía trên)" : " (the nearest .vanban.json above)")) + "\n"
        } else if disabled {
            out = vi ? "Cấu hình: mặc định (--no-config)\n" : "Configuration: defaults (--no-config)\n"
        } else {
            out = vi ? "Cấu hình: mặc định (không có tệp .vanban.json)\n" : "Configuration: defaults (no .vanban.json found)\n"
        }
        let width = Linter.rules.map { $0.id.count }.max() ?? 20
        for rule in Linter.rules {
            let level = severity(of: rule)?.rawValue ?? "off"
            let changed = overrides[rule.id] != nil
            out += rule.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + level
                + (changed ? (vi ? "  (mặc định: \(rule.severity.rawValue))" : "  (default: \(rule.severity.rawValue))") : "") + "\n"
        }
        return out
    }

    /// Parses a configuration file's bytes.
    public static func parse(_ data: Data, path: String) throws(Problem) -> LintConfiguration {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Problem(path: path, reason: .notJSON)
        }
        var config = LintConfiguration()
        guard let rules = object["rules"] else { return config }
        guard let map = rules as? [String: Any] else { throw Problem(path: path, reason: .notJSON) }
        for (id, value) in map.sorted(by: { $0.key < $1.key }) {
            guard Linter.rule(id) != nil else { throw Problem(path: path, reason: .unknownRule(id)) }
            let text = (value as? String) ?? String(describing: value)
            switch text {
            case "off": config.overrides[id] = .some(nil)
            case "info", "warning", "error": config.overrides[id] = .some(Severity(rawValue: text)!)
            default: throw Problem(path: path, reason: .badLevel(rule: id, value: text))
            }
        }
        return config
    }

    /// Reads the configuration file at `path`.
    public static func load(path: String) throws(Problem) -> LintConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else { throw Problem(path: path, reason: .unreadable) }
        return try parse(data, path: path)
    }

    /// The nearest `.vanban.json` in `directory` or above it, if any.
    public static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(".vanban.json").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }
}
