import Foundation

/// Files to leave out when walking folders: the patterns of `--exclude` and of a
/// `.vanbanignore` file, in a subset of `.gitignore` syntax:
///
/// ```
/// # a comment; blank lines are ignored
/// ban-nhap/          a folder of that name at any depth (trailing / = folders only)
/// *.bak.txt          a file name pattern at any depth: * ? [abc] as in the shell
/// /luu-tru/cu        anchored: relative to the ignore file's folder (a / inside anchors too)
/// nam-**/phu-luc     ** = any number of folders
/// !giu-lai.txt       a negation: a later ! pattern takes a path back in
/// ```
///
/// The last matching pattern decides, as in git; a folder left out takes everything under
/// it (a negation cannot reach inside, also as in git). Matching is case-sensitive.
public struct PathFilter: Sendable, Equatable {
    /// One pattern line.
    public struct Pattern: Sendable, Equatable {
        /// Path segments; `**` is a segment of its own.
        var segments: [String]
        /// `!`: takes a path back in.
        var negated: Bool
        /// Trailing `/`: matches folders only.
        var directoryOnly: Bool
        /// Relative to `base` only (a `/` at the start or inside).
        var anchored: Bool
        /// The folder anchored patterns are relative to (absolute, standardised).
        var base: String
    }

    /// The patterns, in order.
    public private(set) var patterns: [Pattern] = []

    /// An empty filter (leaves out nothing).
    public init() {}

    /// True when no pattern is set.
    public var isEmpty: Bool { patterns.isEmpty }

    /// Adds the pattern lines of `text` (an ignore file's content), relative to `base`.
    public mutating func add(lines text: String, base: String) {
        let root = URL(fileURLWithPath: base).standardizedFileURL.path
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            var line = String(raw)
            while line.last == " " || line.last == "\t" { line.removeLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            var negated = false
            if line.hasPrefix("!") { negated = true; line.removeFirst() }
            if line.hasPrefix("\\") { line.removeFirst() }  // \# and \! name files that start so
            var directoryOnly = false
            while line.hasSuffix("/") { directoryOnly = true; line.removeLast() }
            let anchored = line.contains("/")
            while line.hasPrefix("/") { line.removeFirst() }
            let segments = line.split(separator: "/").map(String.init)
            guard !segments.isEmpty else { continue }
            patterns.append(Pattern(segments: segments, negated: negated, directoryOnly: directoryOnly,
                                    anchored: anchored, base: root))
        }
    }

    /// Adds the patterns of the ignore file at `path` (relative to its folder); false when
    /// it cannot be read.
    @discardableResult
    public mutating func add(file path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        add(lines: String(decoding: data, as: UTF8.self), base: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        return true
    }

    /// Whether the file or folder at `path` is left out. `root` is the folder being walked:
    /// a path outside a pattern's base is matched, for unanchored patterns, relative to it.
    public func excludes(_ path: String, isDirectory: Bool, root: String? = nil) -> Bool {
        guard !patterns.isEmpty else { return false }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var excluded = false
        for p in patterns {
            guard let relative = Self.relative(absolute, to: p.base) ?? (p.anchored ? nil : root.flatMap { Self.relative(absolute, to: $0) })
            else { continue }
            let components = relative.split(separator: "/").map(String.init)
            guard !components.isEmpty else { continue }
            if p.directoryOnly && !isDirectory { continue }
            let segments = p.anchored ? p.segments : ["**"] + p.segments
            if Self.match(segments[...], components[...]) { excluded = !p.negated }
        }
        return excluded
    }

    /// `path` relative to `base` when it is inside it.
    static func relative(_ path: String, to base: String) -> String? {
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }

    /// Segment-wise glob matching; `**` takes zero or more components.
    static func match(_ segments: ArraySlice<String>, _ components: ArraySlice<String>) -> Bool {
        guard let first = segments.first else { return components.isEmpty }
        if first == "**" {
            var rest = components
            while true {
                if match(segments.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        }
        guard let component = components.first, fnmatch(first, component, 0) == 0 else { return false }
        return match(segments.dropFirst(), components.dropFirst())
    }
}
