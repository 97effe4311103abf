/// A unified diff (`diff -u`, `git diff`), for `vanban lint --diff`: what `--fix` would
/// change, shown and not written, as ruff's `--diff` does.
public enum UnifiedDiff {
    /// The diff of `old` to `new` with `context` lines around each change, headed
    /// `--- a/NAME` / `+++ b/NAME`; empty when the texts are equal.
    public static func render(old: String, new: String, name: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let a = lines(old), b = lines(new)
        let script = edits(a, b)
        // Hunks: runs of changes with up to 2×context equal lines between them.
        var out = "--- a/\(name)\n+++ b/\(name)\n"
        var k = 0
        while k < script.count {
            guard let firstChange = script[k...].firstIndex(where: { $0.kind != .equal }) else { break }
            var end = firstChange
            var lastChange = firstChange
            while end < script.count {
                if script[end].kind != .equal { lastChange = end; end += 1; continue }
                // Equal run: does another change come within 2×context lines?
                var run = end
                while run < script.count, script[run].kind == .equal { run += 1 }
                if run < script.count, run - end <= 2 * context { end = run } else { break }
            }
            let start = max(k, firstChange - context)
            let stop = min(script.count, lastChange + 1 + context)
            let hunk = script[start..<stop]
            let oldStart = hunk.first!.oldLine, newStart = hunk.first!.newLine
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for e in hunk {
                let prefix = e.kind == .equal ? " " : e.kind == .delete ? "-" : "+"
                out += prefix + e.text.text + "\n"
                if !e.text.terminated { out += "\\ No newline at end of file\n" }
            }
            k = stop
        }
        return out
    }

    /// `start,count` as diff writes it (a zero-length range names the line before it).
    static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start - 1),0" : count == 1 ? "\(start)" : "\(start),\(count)"
    }

    struct Line: Equatable {
        var text: String
        /// False for a last line without a line break.
        var terminated: Bool
    }

    /// The lines of `text`, each knowing whether a break ended it (CRLF kept as its text's CR).
    static func lines(_ text: String) -> [Line] {
        var result: [Line] = []
        var current = ""
        for s in text.unicodeScalars {
            if s == "\n" {
                result.append(Line(text: current, terminated: true))
                current = ""
            } else {
                current.unicodeScalars.append(s)
            }
        }
        if !current.isEmpty { result.append(Line(text: current, terminated: false)) }
        return result
    }

    enum Kind { case equal, delete, insert }

    struct Edit {
        var kind: Kind
        var text: Line
        /// 1-based line numbers in the old and new text where this edit stands.
        var oldLine: Int, newLine: Int
    }

    /// The shortest edit script (Myers, O((N+M)·D)), after trimming the common head and tail;
    /// fixes touch few lines, so D is small.
    static func edits(_ a: [Line], _ b: [Line]) -> [Edit] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let x = Array(a[head..<(a.count - tail)]), y = Array(b[head..<(b.count - tail)])
        var middle: [Kind] = []
        let n = x.count, m = y.count, max = n + m
        var v = [Int](repeating: 0, count: 2 * max + 2)
        var trace: [[Int]] = []
        outer: for d in 0...max {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var i = (k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max])) ? v[k + 1 + max] : v[k - 1 + max] + 1
                var j = i - k
                while i < n, j < m, x[i] == y[j] { i += 1; j += 1 }
                v[k + max] = i
                if i >= n && j >= m { break outer }
            }
        }
        // Walk back through the trace.
        var i = n, j = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) where d > 0 || i > 0 || j > 0 {
            let vd = trace[d]
            let k = i - j
            let prevK = (k == -d || (k != d && vd[k - 1 + max] < vd[k + 1 + max])) ? k + 1 : k - 1
            let prevI = vd[prevK + max], prevJ = prevI - prevK
            while i > prevI, j > prevJ { middle.append(.equal); i -= 1; j -= 1 }
            if d > 0 { middle.append(i == prevI ? .insert : .delete) }
            i = prevI; j = prevJ
        }
        middle.reverse()
        var script: [Edit] = []
        var oi = 0, ni = 0
        func push(_ kind: Kind) {
            switch kind {
            case .equal: script.append(Edit(kind: .equal, text: a[oi], oldLine: oi + 1, newLine: ni + 1)); oi += 1; ni += 1
            case .delete: script.append(Edit(kind: .delete, text: a[oi], oldLine: oi + 1, newLine: ni + 1)); oi += 1
            case .insert: script.append(Edit(kind: .insert, text: b[ni], oldLine: oi + 1, newLine: ni + 1)); ni += 1
            }
        }
        for _ in 0..<head { push(.equal) }
        for kind in middle { push(kind) }
        for _ in 0..<tail { push(.equal) }
        return script
    }
}
