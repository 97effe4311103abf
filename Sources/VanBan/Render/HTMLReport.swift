import Foundation

/// The HTML report of one document: a single self-contained page (inline CSS and script,
/// nothing fetched) with a summary of the findings, the programme's calendar, and the
/// document with line numbers, every finding highlighted where it is and its message and
/// fix in the margin. Without the script everything is shown; the script only filters.
///
/// Finding `k` of `diagnostics` (0-based) is `f{k+1}` in the page: its note has that id,
/// and every highlight of it lists `k+1` in `data-f`. The order is the JSON output's.
public enum HTMLReport {
    /// The report of `result` with its `diagnostics` (as `Linter.lint` returned them).
    public static func render(_ result: VanBan.Result, diagnostics: [Diagnostic], language: Language) -> String {
        let words = Words(language)
        let source = result.source
        let record = result.record
        let timeline = Timeline(record: record, diagnostics: diagnostics)
        var out = ""
        out.reserveCapacity(source.scalarCount * 3 + diagnostics.count * 600 + 20_000)

        let name = displayName(source.name)
        out += "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"vanban \(VanBan.version)\">\n"
        out += contentSecurityPolicy(script: script)
        out += "<title>\(escape(words.reportTitle)): \(escape(name))</title>\n<style>\(css)</style>\n</head>\n<body>\n"

        // Title block: what the document is, and the counts.
        out += "<header class=\"top\">\n<h1>\(escape(words.reportTitle)): <span class=\"file\">\(escape(name))</span></h1>\n"
        out += describe(record, words)
        var bySeverity: [Severity: Int] = [:]
        for d in diagnostics { bySeverity[d.severity, default: 0] += 1 }
        out += counts(bySeverity, words)
        let structure = structureSection(record, words)
        let structureLink = structure.isEmpty ? "" : " · <a href=\"#structure\">\(words.structure)</a>"
        out += "<nav class=\"toc\"><a href=\"#summary\">\(words.summary)</a> · <a href=\"#timeline\">\(words.timeline)</a>\(structureLink) · <a href=\"#document\">\(words.document)</a></nav>\n"
        out += "</header>\n"

        out += summarySection(diagnostics, words)
        out += timelineSection(timeline, diagnostics, words)
        out += structure
        out += documentSection(source, diagnostics, bySeverity, words)
        out += "<footer>vanban \(VanBan.version) · \(escape(words.footer))</footer>\n"
        out += "<script>\(script)</script>\n</body>\n</html>\n"
        return out
    }

    /// One line of the batch index.
    public struct IndexEntry: Sendable {
        /// The input as given.
        public var path: String
        /// The report, relative to the index page; nil when the input failed.
        public var report: String?
        /// Document type name, if recognised.
        public var documentType: String?
        public var meetings: Int
        public var monthlyPlans: Int
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        /// Why the input failed.
        public var failure: String?

        public init(path: String, report: String?, documentType: String?, meetings: Int, monthlyPlans: Int,
                    errors: Int, warnings: Int, infos: Int, failure: String?) {
            self.path = path
            self.report = report
            self.documentType = documentType
            self.meetings = meetings
            self.monthlyPlans = monthlyPlans
            self.errors = errors
            self.warnings = warnings
            self.infos = infos
            self.failure = failure
        }
    }

    /// The index page of a batch: one line per input with its counts and a link to its report.
    public static func index(_ entries: [IndexEntry], language: Language) -> String {
        let words = Words(language)
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"vanban \(VanBan.version)\">\n"
        out += contentSecurityPolicy(script: indexScript)
        out += "<title>\(escape(words.indexTitle))</title>\n<style>\(css)</style>\n</head>\n<body>\n"
        let failed = entries.filter { $0.report == nil }.count
        let e = entries.reduce(0) { $0 + $1.errors }, w = entries.reduce(0) { $0 + $1.warnings }, i = entries.reduce(0) { $0 + $1.infos }
        out += "<header class=\"top\">\n<h1>\(escape(words.indexTitle))</h1>\n"
        out += "<p class=\"meta\">\(words.files(entries.count)) · \(words.failedFiles(failed))</p>\n"
        out += "<p class=\"counts\"><span class=\"count sev-error\">\(words.count(e, .error))</span> "
        out += "<span class=\"count sev-warning\">\(words.count(w, .warning))</span> "
        out += "<span class=\"count sev-info\">\(words.count(i, .info))</span></p>\n"
        out += "<p class=\"filters\"><label><input type=\"checkbox\" id=\"only-problems\"> \(words.onlyProblemFiles)</label></p>\n</header>\n"
        out += "<section>\n<table class=\"index\">\n<thead><tr><th>\(words.file)</th><th>\(words.type)</th><th>\(words.meetingsHeader)</th>"
        out += "<th>\(words.plansHeader)</th><th class=\"sev-error\">\(words.severity(.error))</th>"
        out += "<th class=\"sev-warning\">\(words.severity(.warning))</th><th class=\"sev-info\">\(words.severity(.info))</th></tr></thead>\n<tbody>\n"
        for entry in entries {
            let problem = entry.report == nil || entry.errors + entry.warnings > 0
            out += "<tr class=\"\(problem ? "problem" : "clean")\(entry.report == nil ? " failed" : "")\">"
            if let report = entry.report {
                out += "<td><a href=\"\(escape(urlPath(report)))\">\(escape(entry.path))</a></td>"
                out += "<td>\(escape(entry.documentType ?? "—"))</td><td>\(entry.meetings)</td><td>\(entry.monthlyPlans)</td>"
                out += "<td>\(entry.errors)</td><td>\(entry.warnings)</td><td>\(entry.infos)</td>"
            } else {
                out += "<td>\(escape(entry.path))</td><td colspan=\"6\" class=\"reason\">\(escape(words.failedBecause)) \(escape(entry.failure ?? ""))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n<footer>vanban \(VanBan.version)</footer>\n"
        out += "<script>\(indexScript)</script>\n</body>\n</html>\n"
        return out
    }

    // MARK: - Title block

    /// The page's Content-Security-Policy: nothing may load (`default-src 'none'`), and only
    /// the page's own style and script may run, named by their SHA-256, so that text a
    /// document smuggled past escaping could still not run or fetch anything. Hashes rather
    /// than 'unsafe-inline': the page is self-contained and its two blocks are fixed text.
    static func contentSecurityPolicy(script: String) -> String {
        func hash(_ text: String) -> String { "'sha256-" + Data(SHA256.digest(Array(text.utf8))).base64EncodedString() + "'" }
        return "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src \(hash(css)); "
            + "script-src \(hash(script)); img-src data:; base-uri 'none'; form-action 'none'\">\n"
    }

    static func describe(_ record: DocumentRecord, _ words: Words) -> String {
        let h = record.header
        var parts: [String] = []
        if let t = h.typeName { parts.append("<b>\(escape(t))</b>") }
        if let n = h.number { parts.append("\(escape(words.number)) \(escape(n.raw))") }
        if let d = h.date { parts.append(escape(d.raw)) }
        if let t = h.term { parts.append(escape(t.raw)) }
        var out = ""
        if !parts.isEmpty { out += "<p class=\"meta\">\(parts.joined(separator: " · "))</p>\n" }
        if let title = h.title { out += "<p class=\"doctitle\">\(escape(title))</p>\n" }
        if let subject = h.subject { out += "<p class=\"doctitle\">\(words.subject) \(escape(subject))</p>\n" }
        if let issuer = h.issuerLines, !issuer.isEmpty {
            out += "<p class=\"meta\">\(words.issuer): \(issuer.map(escape).joined(separator: " / "))</p>\n"
        }
        let signers = record.signatures.map { s in
            [s.authority.map { a in a + " " + (s.body ?? "") }, s.position, s.signer].compactMap { $0 }.map(escape).joined(separator: ", ")
        }.filter { !$0.isEmpty }
        if !signers.isEmpty { out += "<p class=\"meta\">\(words.signers): \(signers.joined(separator: " · "))</p>\n" }
        if !record.attachments.isEmpty {
            out += "<p class=\"meta\">\(words.attachments):</p>\n<ul class=\"attachments\">\n"
            for a in record.attachments {
                let name = [a.header.typeName, a.header.title].compactMap { $0 }.joined(separator: " ")
                let line = a.header.span?.start.line ?? a.sections.first?.span.start.line ?? 1
                out += "<li><a href=\"#L\(line)\">\(escape(name.isEmpty ? "—" : name))</a></li>\n"
            }
            out += "</ul>\n"
        }
        let items = record.meetings.reduce(0) { $0 + $1.items.count } + record.monthlyPlans.reduce(0) { $0 + $1.items.count }
        out += "<p class=\"meta\">\(words.recordCounts(lines: record.source.lineCount, meetings: record.meetings.count, plans: record.monthlyPlans.count, items: items))</p>\n"
        return out
    }

    static func counts(_ bySeverity: [Severity: Int], _ words: Words) -> String {
        var out = "<p class=\"counts\">"
        for s in [Severity.error, .warning, .info] {
            out += "<a class=\"count sev-\(s.rawValue)\" href=\"#summary\">\(words.count(bySeverity[s] ?? 0, s))</a> "
        }
        if bySeverity.isEmpty { out += "<span class=\"clean\">\(words.noFindings)</span>" }
        return out + "</p>\n"
    }

    // MARK: - Summary

    static func summarySection(_ diagnostics: [Diagnostic], _ words: Words) -> String {
        var out = "<section id=\"summary\">\n<h2>\(words.summary)</h2>\n"
        guard !diagnostics.isEmpty else {
            return out + "<p class=\"clean\">\(words.noFindings)</p>\n</section>\n"
        }
        // Rules in order of their worst severity, then count, then ID.
        var byRule: [String: [Int]] = [:]
        var worstOf: [String: Severity] = [:]
        for (k, d) in diagnostics.enumerated() {
            byRule[d.ruleID, default: []].append(k)
            worstOf[d.ruleID] = max(worstOf[d.ruleID] ?? d.severity, d.severity)
        }
        let order = byRule.keys.sorted { a, b in
            if worstOf[a]! != worstOf[b]! { return worstOf[a]! > worstOf[b]! }
            if byRule[a]!.count != byRule[b]!.count { return byRule[a]!.count > byRule[b]!.count }
            return a < b
        }
        out += "<table class=\"rules\">\n<thead><tr><th>\(words.severityHeader)</th><th>\(words.rule)</th><th>\(words.countHeader)</th><th>\(words.where_)</th></tr></thead>\n<tbody>\n"
        for id in order {
            let ks = byRule[id]!
            let worst = worstOf[id]!
            let summary = Linter.rule(id)?.summary.format(words.language) ?? ""
            out += "<tr id=\"r-\(escape(id))\" data-rule=\"\(escape(id))\"><td><span class=\"sev-label sev-\(worst.rawValue)\">\(words.severity(worst))</span></td>"
            out += "<td><code>\(escape(id))</code>\(ruleName(id, words))<div class=\"rule-summary\">\(escape(summary))</div></td><td class=\"num\">\(ks.count)</td><td class=\"links\">"
            out += ks.map { k in
                let d = diagnostics[k]
                return "<a class=\"sev-\(d.severity.rawValue)\" href=\"#f\(k + 1)\" title=\"\(escape(d.message(words.language)))\">\(d.span.start.line)</a>"
            }.joined(separator: " ")
            out += "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
        return out
    }

    // MARK: - Timeline

    static func timelineSection(_ timeline: Timeline, _ diagnostics: [Diagnostic], _ words: Words) -> String {
        var out = "<section id=\"timeline\">\n<h2>\(words.timeline)</h2>\n"
        guard !timeline.isEmpty else {
            return out + "<p class=\"empty\">\(words.noTimeline)</p>\n</section>\n"
        }
        if !timeline.dated.isEmpty {
            out += "<div class=\"calwrap\"><table class=\"cal\">\n<thead><tr><th>\(words.year)</th>"
            for m in 1...12 { out += "<th>\(words.monthShort(m))</th>" }
            out += "</tr></thead>\n<tbody>\n"
            for year in timeline.years {
                let outside = timeline.term.map { !$0.contains(year) } ?? false
                out += "<tr\(outside ? " class=\"outside\"" : "")><th>\(year)"
                if outside { out += "<div class=\"outside-note\">\(words.outsideTerm)</div>" }
                out += "</th>"
                for month in 1...12 {
                    let entries = timeline.entries(year: year, month: month)
                    out += "<td\(entries.isEmpty ? " class=\"none\"" : "")>"
                    for e in entries { out += chip(e, diagnostics, words) }
                    out += "</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n</table></div>\n"
            out += "<p class=\"legend\"><span class=\"chip meeting\">\(words.meetingShort) 1</span> \(words.legendMeeting) "
            out += "<span class=\"chip meeting extended\">\(words.meetingShort) 2 <span class=\"tag\">\(words.extendedShort)</span></span> \(words.legendExtended) "
            out += "<span class=\"chip plan\">\(words.items(5))</span> \(words.legendPlan) "
            out += "<span class=\"chip event\">\(words.eventShort)</span> \(words.legendEvent) "
            out += "<span class=\"fb sev-warning\">2</span> \(words.legendFindings)</p>\n"
        }
        if !timeline.undated.isEmpty {
            out += "<p>\(words.undated)</p>\n<p class=\"undated\">"
            for e in timeline.undated { out += chip(e, diagnostics, words) }
            out += "</p>\n"
        }
        return out + "</section>\n"
    }

    static func chip(_ e: Timeline.Entry, _ diagnostics: [Diagnostic], _ words: Words) -> String {
        var classes = "chip \(e.kind.rawValue)"
        if e.extended { classes += " extended" }
        var label: String
        var title: String
        switch e.kind {
        case .meeting:
            label = "\(words.meetingShort) \(e.session.map(String.init) ?? "?")"
            title = e.heading
            if e.extended { label += " <span class=\"tag\">\(words.extendedShort)</span>" }
            title += " · " + words.items(e.itemCount)
        case .plan:
            label = words.items(e.itemCount)
            title = words.planTitle(month: e.month, year: e.year) + " · " + words.items(e.itemCount)
        case .event:
            label = words.eventLabel(day: e.day, month: e.month)
            title = e.heading
        }
        if let body = e.body { title += " · " + body }
        let worst = e.findings.map { diagnostics[$0].severity }.max()
        if let worst { classes += " has-f sev-\(worst.rawValue)" }
        for k in e.findings { title += "\n• " + diagnostics[k].message(words.language) }
        var out = "<a class=\"\(classes)\" href=\"#L\(e.lines.lowerBound)\" title=\"\(escape(title))\">\(label)"
        if let worst {
            out += " <span class=\"fb sev-\(worst.rawValue)\" data-f=\"\(e.findings.map { String($0 + 1) }.joined(separator: " "))\">\(e.findings.count)</span>"
        }
        return out + "</a>"
    }

    // MARK: - Document

    /// A highlighted piece of one line: scalar offsets `start..<end` (empty for a caret).
    struct Piece {
        var start: Int
        var end: Int
        var finding: Int
    }

    /// Blank lines in a row (without findings) shown as one row.
    static let minimumGap = 10

    static func documentSection(_ source: SourceText, _ diagnostics: [Diagnostic], _ bySeverity: [Severity: Int],
                                _ words: Words) -> String {
        let lineCount = max(source.lineCount, 1)
        func length(_ line: Int) -> Int { line <= source.lineCount ? source.lines[line - 1].count : 0 }
        func offset(_ line: Int, _ column: Int) -> Int {
            line <= source.lineCount ? source.offset(line: line - 1, column: column) : 0
        }
        // Pieces and notes by line (1-based). A finding outside the text is put on the last line.
        var pieces: [Int: [Piece]] = [:]
        var notes: [Int: [Int]] = [:]
        for (k, d) in diagnostics.enumerated() {
            let first = min(max(d.span.start.line, 1), lineCount)
            let last = min(max(d.span.end.line, first), lineCount)
            let outside = d.span.start.line > lineCount || d.span.start.line < 1
            notes[first, default: []].append(k)
            var any = false
            if !outside {
                for line in first...last {
                    let a = line == first ? offset(line, d.span.start.column) : 0
                    let b = line == last ? offset(line, d.span.end.column) : length(line)
                    if a < b {
                        pieces[line, default: []].append(Piece(start: a, end: b, finding: k))
                        any = true
                    }
                }
            }
            if !any {
                let at = outside ? length(first) : offset(first, d.span.start.column)
                pieces[first, default: []].append(Piece(start: at, end: at, finding: k))
            }
        }

        var out = "<section id=\"document\">\n<h2>\(words.document)</h2>\n"
        out += filterBar(diagnostics, bySeverity, words)
        out += "<div class=\"doc\">\n"
        func isQuietBlank(_ line: Int) -> Bool {
            guard line <= source.lineCount, notes[line] == nil, pieces[line] == nil else { return false }
            return source.line(line - 1).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{0C}" || $0 == "\r" }
        }
        var line = 1
        while line <= lineCount {
            defer { line += 1 }
            if line & 4095 == 0, Deadline.expired { break }  // batch --timeout: the page is dropped
            // A run of blank lines without findings is one row: 20 MB of empty lines made
            // a 2.6 GB page; now the page grows with the text, not with the line breaks.
            // Short runs (a few lines between sections) stay as they are in the file.
            if isQuietBlank(line), line + minimumGap - 1 <= lineCount, (line..<(line + minimumGap)).allSatisfy(isQuietBlank) {
                var end = line + minimumGap - 1
                while end + 1 <= lineCount, isQuietBlank(end + 1) { end += 1 }
                out += "<div class=\"row gap\" id=\"L\(line)\"><a class=\"ln\" href=\"#L\(line)\">\(line)</a>"
                    + "<div class=\"tx\">\(words.blankLines(end - line + 1, from: line, to: end))</div><div class=\"notes\"></div></div>\n"
                line = end
                continue
            }
            let scalars: ArraySlice<Unicode.Scalar> = line <= source.lineCount ? source.line(line - 1) : []
            let lineNotes = notes[line] ?? []
            out += "<div class=\"row\(lineNotes.isEmpty ? "" : " noted")\" id=\"L\(line)\"><a class=\"ln\" href=\"#L\(line)\">\(line)</a><div class=\"tx\">"
            out += highlighted(scalars, pieces[line] ?? [], diagnostics, words)
            out += "</div><div class=\"notes\">"
            for k in lineNotes { out += note(k, diagnostics[k], source, words) }
            out += "</div></div>\n"
        }
        out += "</div>\n</section>\n"
        return out
    }

    static func filterBar(_ diagnostics: [Diagnostic], _ bySeverity: [Severity: Int], _ words: Words) -> String {
        var out = "<div class=\"filters\" id=\"filters\"><span class=\"group\"><b>\(words.filterSeverity)</b>"
        for s in [Severity.error, .warning, .info] {
            out += " <label class=\"sev-\(s.rawValue)\"><input type=\"checkbox\" data-filter-sev value=\"\(s.rawValue)\" checked> \(words.severity(s)) (\(bySeverity[s] ?? 0))</label>"
        }
        out += "</span><span class=\"group\"><b>\(words.filterRule)</b>"
        var counts: [String: Int] = [:]
        for d in diagnostics { counts[d.ruleID, default: 0] += 1 }
        for id in counts.keys.sorted() {
            out += " <label><input type=\"checkbox\" data-filter-rule value=\"\(escape(id))\" checked> <code>\(escape(id))</code> (\(counts[id]!))</label>"
        }
        out += "</span><span class=\"group\"><label><input type=\"checkbox\" id=\"only-noted\"> \(words.onlyNoted)</label>"
        out += " <span id=\"shown\" class=\"shown\"></span></span></div>\n"
        return out
    }

    /// The text of one line with its pieces as `<mark>`s: the line is cut at every piece
    /// boundary; each cut covered by pieces becomes one mark listing them all, coloured by
    /// the worst; carets are empty marks.
    static func highlighted(_ scalars: ArraySlice<Unicode.Scalar>, _ pieces: [Piece],
                            _ diagnostics: [Diagnostic], _ words: Words) -> String {
        let base = scalars.startIndex
        let n = scalars.count
        guard !pieces.isEmpty else { return escape(scalars) }
        var cuts = Set([0, n])
        for p in pieces { cuts.insert(p.start); cuts.insert(p.end) }
        let bounds = cuts.sorted()
        var out = ""
        for (i, x) in bounds.enumerated() {
            for p in pieces where p.start == x && p.end == x {
                let s = diagnostics[p.finding].severity
                out += "<mark class=\"hl caret sev-\(s.rawValue)\" data-f=\"\(p.finding + 1)\" title=\"\(escape(diagnostics[p.finding].message(words.language)))\"></mark>"
            }
            guard i + 1 < bounds.count else { break }
            let y = bounds[i + 1]
            let text = escape(scalars[(base + x)..<(base + y)])
            let covering = pieces.filter { $0.start <= x && $0.end >= y && $0.start < $0.end }
            if covering.isEmpty {
                out += text
            } else {
                let worst = covering.map { diagnostics[$0.finding].severity }.max()!
                let ids = covering.map { String($0.finding + 1) }.joined(separator: " ")
                let title = covering.map { diagnostics[$0.finding].message(words.language) }.joined(separator: "\n")
                out += "<mark class=\"hl sev-\(worst.rawValue)\" data-f=\"\(ids)\" title=\"\(escape(title))\">\(text)</mark>"
            }
        }
        return out
    }

    /// The rule's Vietnamese short name beside its ID, in the Vietnamese report only.
    static func ruleName(_ id: String, _ words: Words) -> String {
        guard words.language == .vi, let name = Linter.rule(id)?.nameVi else { return "" }
        return " <span class=\"rule-name\">\(escape(name))</span>"
    }

    static func note(_ k: Int, _ d: Diagnostic, _ source: SourceText, _ words: Words) -> String {
        let s = d.severity.rawValue
        var out = "<div class=\"note sev-\(s)\" id=\"f\(k + 1)\" data-f=\"\(k + 1)\" data-sev=\"\(s)\" data-rule=\"\(escape(d.ruleID))\">"
        out += "<div class=\"nh\"><span class=\"sev-label sev-\(s)\">\(words.severity(d.severity))</span> "
        out += "<a class=\"rule\" href=\"#r-\(escape(d.ruleID))\"><code>\(escape(d.ruleID))</code>\(ruleName(d.ruleID, words))</a> "
        out += "<span class=\"loc\">\(d.span.start.line):\(d.span.start.column)</span></div>"
        out += "<div class=\"msg\">\(escape(d.message(words.language)))</div>"
        if let fix = d.fix {
            let edits = fix.edits.map { e -> String in
                let old = text(of: e.span, in: source)
                switch (old.isEmpty, e.replacement.isEmpty) {
                case (true, _): return words.insert(escapeQuoted(e.replacement))
                case (false, true): return words.delete(escapeQuoted(old))
                case (false, false): return words.replace(escapeQuoted(old), escapeQuoted(e.replacement))
                }
            }
            // A fix of hundreds of edits (one tone style throughout) lists its first few.
            let shown = 4
            var list = edits.prefix(shown).joined(separator: "; ")
            if edits.count > shown { list += "; " + words.more(edits.count - shown) }
            out += "<div class=\"fix\"><b>\(words.suggestedFix)</b> \(list)</div>"
        }
        if let details = Linter.rule(d.ruleID)?.details.format(words.language), !details.isEmpty {
            out += "<details><summary>\(words.why)</summary>\(escape(details))</details>"
        }
        return out + "</div>"
    }

    /// The original text of a one-line span, as shown.
    static func text(of span: SourceSpan, in source: SourceText) -> String {
        let line = span.start.line
        guard line >= 1, line <= source.lineCount else { return "" }
        let a = source.offset(line: line - 1, column: span.start.column)
        let b = span.end.line == line ? source.offset(line: line - 1, column: span.end.column) : source.lines[line - 1].count
        guard a < b else { return "" }
        let slice = source.line(line - 1)
        var s = ""
        s.unicodeScalars.append(contentsOf: slice[(slice.startIndex + a)..<(slice.startIndex + b)])
        return s
    }

    static func escapeQuoted(_ s: String) -> String {
        "<q>" + escape(s) + "</q>"
    }

    // MARK: - Escaping

    /// HTML text: `& < > "` escaped, control characters shown as their pictures (␀, ␛),
    /// so that the page holds every character of the line and nothing the browser drops.
    static func escape<S: Collection>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        // Built as UTF-8 bytes: appending scalars to a String.UnicodeScalarView one by one
        // made a 800 kB line take seconds.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + 16)
        func add(_ c: Unicode.Scalar) { bytes.append(contentsOf: UTF8.encode(c)!) }
        for c in scalars {
            switch c.value {
            case 0x26: bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])          // &amp;
            case 0x3C: bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])                // &lt;
            case 0x3E: bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])                // &gt;
            case 0x22: bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])    // &quot;
            case 0x09: bytes.append(0x09)
            case 0x00..<0x20: add(Unicode.Scalar(0x2400 + c.value)!)
            case 0x7F: add(Unicode.Scalar(0x2421)!)
            case 0x80..<0xA0, 0xFFFE, 0xFFFF: add(Unicode.Scalar(0xFFFD)!)
            case 0x20..<0x7F: bytes.append(UInt8(c.value))
            default: add(c)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func escape(_ s: String) -> String { escape(s.unicodeScalars) }

    /// A relative path as a URL path (`a/b c.html` → `a/b%20c.html`).
    static func urlPath(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    /// `path` without its folders.
    static func displayName(_ path: String) -> String {
        path == "-" ? InputReader.standardInputName : String(path.split(separator: "/").last ?? Substring(path))
    }
}
