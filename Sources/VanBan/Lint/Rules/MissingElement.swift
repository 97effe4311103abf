import Foundation
import Synchronization

/// `missing-element`: a required element absent — document type, place-date line,
/// recipients (*Nơi nhận*), signature block.
public enum MissingElement: Rule {
    public static let id = "missing-element"
    public static let nameVi = "thiếu thành phần thể thức"
    public static let severity = Severity.warning
    public static let summary = LocalizedText(
        vi: "Thiếu thành phần bắt buộc: tên loại văn bản, địa danh - ngày tháng, nơi nhận, chữ ký",
        en: "A required element is missing: document type, place-date line, recipients, signature block")
    public static let details = LocalizedText(
        vi: "Theo thể thức văn bản của Đảng (Hướng dẫn 36-HD/VPTW) và nhà nước (Nghị định 30/2020/NĐ-CP); công văn có trích yếu 'V/v …' thay cho tên loại. Nơi nhận được nhận ra ở mọi kiểu chữ (đậm, gạch dưới, tiêu đề #), chữ ký ở mọi hình thức (T/M, K/T, TM., KT., TL., TUQ., Q.). Thiếu phần đầu được báo ở dòng 1, thiếu phần cuối ở dòng cuối.",
        en: "Per the Party's (Hướng dẫn 36-HD/VPTW) and the state's (Nghị định 30/2020/NĐ-CP) document formats; a Công văn has its 'V/v …' subject instead of a type name. Recipients are recognised in any typography (bold, underscores, # heading), signatures in every form (T/M, K/T, TM., KT., TL., TUQ., Q.). Missing header parts are reported at line 1, missing closing parts at the last line.")
    public static let messages: [String: LocalizedText] = [
        "type": LocalizedText(vi: "Không thấy tên loại văn bản (CHƯƠNG TRÌNH, KẾ HOẠCH, NGHỊ QUYẾT …)",
                              en: "No document type found (CHƯƠNG TRÌNH, KẾ HOẠCH, NGHỊ QUYẾT …)"),
        "placeDate": LocalizedText(vi: "Không thấy dòng địa danh, ngày tháng năm ban hành", en: "No place-and-date line found"),
        "recipients": LocalizedText(vi: "Không thấy phần 'Nơi nhận'", en: "No recipients ('Nơi nhận') found"),
        "signature": LocalizedText(vi: "Không thấy khối chữ ký (thẩm quyền, chức vụ, họ tên)", en: "No signature block found"),
    ]

    public static func check(_ document: LintDocument, _ report: inout Report) {
        let record = document.record
        guard document.source.lineCount > 0 else { return }
        let first = SourceSpan(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))
        let lastLine = document.source.lineCount
        let last = SourceSpan(start: SourceLocation(line: lastLine, column: 1), end: SourceLocation(line: lastLine, column: 1))
        // The record is the reader's view; before calling an element missing, the rule looks
        // at the file's own lines (markup stripped), so that an element the reader did not
        // take in (a web copy's table, a Markdown heading) is not reported as absent.
        // (Only read when the record lacks an element: most documents cost nothing here.)
        // A Công văn names no type: its subject line (V/v …) stands in its place.
        let missType = record.header.typeName == nil && record.header.subject == nil
        let missPlaceDate = record.header.date == nil && record.header.place == nil
        // A heading the reader took from a sentence (*Nơi nhận hồ sơ: Bộ phận Một cửa …*) is
        // no recipients heading.
        let sentence = document.parsed.recipientsHeading.map { !isRecipientsHeading(plain(document.source.line($0.line.firstLine - 1))) } ?? false
        let missRecipients = record.recipients.isEmpty && document.parsed.recipientsHeading == nil || sentence
        let missSignature = record.signature == nil
        guard missType || missPlaceDate || missRecipients || missSignature else { return }
        let source = document.source
        let count = source.lineCount
        // Lines are read as text only where an element could start: the head, lines with
        // a comma (place-date), lines starting with N (Nơi nhận) or a signing form's letter.
        // Each line's text is built once: the place-date search reads a candidate line with
        // the next one and the three lines on each side (issue 17).
        var texts = [String?](repeating: nil, count: count)
        func text(_ k: Int) -> String {
            if let known = texts[k] { return known }
            let made = plain(source, k)
            texts[k] = made
            return made
        }
        // (Read on the line's bytes, not its decoded scalars: see `firstLetter(_:_:)`.)
        func firstLetter(_ k: Int) -> Unicode.Scalar? { Self.firstLetter(source, k) }
        // The header ends where the bases or the first article begin (a web copy may put
        // a page of chrome before it).
        // (The head is read only for the type name and the place-date line: a document that
        // lacks only its recipients or signature is not read twice.)
        let searched = min(count, 200)
        let needHead = missType || missPlaceDate
        let head = needHead ? (0..<searched).map(text) : []
        // (A line starting with an ASCII scalar other than *C* can start neither: see `nearClosing`.)
        let end = head.firstIndex { h in
            if let f = h.unicodeScalars.first, f.isASCII, f != "C" { return false }
            return h.hasPrefix("Căn cứ") || h.hasPrefix("Điều 1")
        } ?? min(count, 120)
        // The body starts at its first numbered heading (I., 1., A., Phần, Chương) or basis
        // after the type name (a web copy's menu before the header is not the body).
        // (Each head line judged once: both searches below may ask of the same lines, and the
        // test folds a candidate with Foundation.)
        var typeNameAt = [Bool?](repeating: nil, count: head.count)
        func isTypeNameAt(_ k: Int) -> Bool {
            if let known = typeNameAt[k] { return known }
            let made = isTypeName(head[k])
            typeNameAt[k] = made
            return made
        }
        let typeLine = missPlaceDate ? head.indices.first(where: isTypeNameAt) ?? 0 : 0
        let bodyStart = missPlaceDate ? head.indices.first { $0 > typeLine && isBodyStart(head[$0]) } ?? end : end
        if missType, !head.indices.prefix(max(end, 1)).contains(where: isTypeNameAt) { report.add("type", at: first) }
        // A place-date line may wrap (*Hà Nội, ngày 19* / *tháng 10 năm 2025*) and, in a
        // consolidated text (văn bản hợp nhất), stands at the end.
        // It stands in the header or, in a consolidated text, beside the closing's number or
        // signing form: a dated sentence of the body or a form in an appendix is not it.
        func nearClosing(_ k: Int) -> Bool {
            (max(0, k - 3)...min(count - 1, k + 3)).contains { j in
                // A text that starts with an ASCII letter starts with the same letter in
                // canonical form: only *S* and a form's first letter can begin these prefixes.
                if let f = firstLetter(j), f.isASCII, !closingInitials.contains(f) { return false }
                let l = text(j)
                return l.hasPrefix("Số") || formsThenSpace.contains { l.hasPrefix($0) }
            }
        }
        // (The bytes' buffer taken once for every line's *ngày* test, not a slice per line.)
        if missPlaceDate, !source.utf8.withUnsafeBufferPointer({ b in (0..<count).contains(where: { k in
            // (The place first, then the String search: most lines with *ngày* are in the body.)
            mayHoldNgay(UnsafeBufferPointer(rebasing: b[source.byteRange(ofLine: k)])) && (k <= max(bodyStart, min(count, 12)) || nearClosing(k))
                && text(k).contains("ngày") && isPlaceDate(k + 1 < count ? text(k) + " " + text(k + 1) : text(k))
        }) }) {
            report.add("placeDate", at: record.header.span ?? first)
        }
        if missRecipients, !(0..<count).contains(where: { k in
            (firstLetter(k) == "N" || firstLetter(k) == "n") && isRecipientsHeading(text(k))
        }) {
            report.add("recipients", at: last)
        }
        if missSignature, !(0..<count).contains(where: { k in
            guard let f = firstLetter(k), f == "T" || f == "K" || f == "Q" else { return false }
            let l = text(k)
            return formsThenSpace.contains { l.hasPrefix($0) }
        }) {
            report.add("signature", at: last)
        }
    }

    static let markup: Set<Unicode.Scalar> = ["#", "*", "_", "|", "\\"]

    /// Stands for any scalar outside ASCII in `firstLetter(_:_:)`.
    static let nonASCII: Unicode.Scalar = "\u{FFFD}"

    /// The first scalar of line `k` that is neither `markup`, a space nor a tab, as the rule
    /// reads it: an ASCII scalar as it is, any other as `nonASCII` (every caller asks only
    /// whether it is one ASCII letter or another, or ASCII at all), nil for none. Read on the
    /// line's UTF-8 bytes: the rule decoded every line of the file to read its first letter
    /// (half of its time: issue 17). Every skipped scalar is ASCII, so the first other byte
    /// starts the first other scalar. `MissingElementFirstLetterTests` compares with
    /// `firstLetterDecoded`.
    static func firstLetter(_ source: SourceText, _ k: Int) -> Unicode.Scalar? {
        let range = source.byteRange(ofLine: k)
        return source.utf8.withUnsafeBufferPointer { b -> Unicode.Scalar? in
            var i = range.lowerBound
            while i < range.upperBound {
                let c = b[i]
                // # * _ | \ space tab
                if c == 0x23 || c == 0x2A || c == 0x5F || c == 0x7C || c == 0x5C || c == 0x20 || c == 0x09 { i += 1; continue }
                return c < 0x80 ? Unicode.Scalar(c) : nonASCII
            }
            return nil
        }
    }

    /// `firstLetter(_:_:)` as it was: the line decoded, the first scalar other than markup,
    /// a space or a tab (kept for the equivalence test).
    static func firstLetterDecoded(_ source: SourceText, _ k: Int) -> Unicode.Scalar? {
        source.withLine(k) { line in line.first { !(markup.contains($0) || $0 == " " || $0 == "\t") } }
    }

    /// The first letters of the closing's number (*Số*) and of the signing forms
    /// (`Signing.forms`): a line that starts with another ASCII scalar is neither.
    static let closingInitials: Set<Unicode.Scalar> = Set((["Số"] + Signing.forms).compactMap { $0.unicodeScalars.first })
    /// Each signing form followed by a space (`Signing.forms`), as the closing and signature
    /// tests compare a line's start with it (built once, not once per line and form).
    static let formsThenSpace: [String] = Signing.forms.map { $0 + " " }

    /// False when the line cannot hold *ngày* (composed or decomposed): no `g` before `à` or
    /// before `a` + a combining grave. Read from the scalars so that the String search runs
    /// only on the few lines that may hold it (it was a tenth of the lint stage's time).
    static func mayHoldNgay(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = s.startIndex
        while i < s.endIndex - 1 {
            if s[i] == "g" {
                let next = s[i + 1]
                if next == "à" || next == "a" && i + 2 < s.endIndex && s[i + 2] == "\u{300}" { return true }
            }
            i += 1
        }
        return false
    }

    /// `mayHoldNgay(_:)` on a line's UTF-8 bytes: *g* then *à* (C3 A0) or *a* and a combining
    /// grave (61 CC 80), without decoding the line (`SourceText` holds UTF-8).
    static func mayHoldNgay(bytes s: ArraySlice<UInt8>) -> Bool {
        var i = s.startIndex
        while i < s.endIndex - 1 {
            if s[i] == 0x67 {
                if s[i + 1] == 0xC3, i + 2 < s.endIndex, s[i + 2] == 0xA0 { return true }
                if s[i + 1] == 0x61, i + 3 < s.endIndex, s[i + 2] == 0xCC, s[i + 3] == 0x80 { return true }
            }
            i += 1
        }
        return false
    }

    /// `mayHoldNgay(bytes:)` found with `memchr`: the last byte of *à* (A0) or of the combining
    /// grave (80) is rare in Vietnamese text, *g* is not, so the bytes before each A0 and 80
    /// are read instead of every byte (issue 17). The same answer: a *g* at `i` followed by
    /// C3 A0 is an A0 at `i + 2` with C3 and *g* before it, and so for *g a* CC 80.
    static func mayHoldNgay(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress, b.count >= 3 else { return false }
        let n = b.count
        var from = 2
        while from < n, let hit = memchr(base + from, 0xA0, n - from) {
            let p = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if b[p - 1] == 0xC3, b[p - 2] == 0x67 { return true }
            from = p + 1
        }
        from = 3
        while from < n, let hit = memchr(base + from, 0x80, n - from) {
            let p = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if b[p - 1] == 0xCC, b[p - 2] == 0x61, b[p - 3] == 0x67 { return true }
            from = p + 1
        }
        return false
    }

    /// Type names of normative documents (Luật Ban hành văn bản quy phạm pháp luật 2025,
    /// Điều 4), beside the administrative ones of `DocumentTypes.names`.
    static let normativeTypes = ["NGHỊ ĐỊNH", "THÔNG TƯ", "LUẬT", "PHÁP LỆNH", "NGHỊ QUYẾT LIÊN TỊCH", "THÔNG TƯ LIÊN TỊCH"]

    /// A line's text without Markdown marks (`#`, `*`, `_`, `|`, `\`) and outer spaces.
    /// (Swift compares strings by canonical equivalence, so an NFD line still matches.)
    static func plain(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        // UTF-8 bytes appended and decoded once: appending scalar by scalar to a
        // `String.UnicodeScalarView` was half of this rule's time (it reads 200 lines).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + 8)
        for s in scalars where !(s == "#" || s == "*" || s == "_" || s == "|" || s == "\\") {
            if bytes.isEmpty && (s == " " || s == "\t") { continue }
            Normalizer.append(s.value, to: &bytes)
        }
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0D { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `plain(source.line(k))` made from the line's UTF-8 bytes, without decoding it to scalars
    /// and encoding them again (issue 17): every scalar `plain` drops or trims is ASCII, so
    /// dropping its byte drops it, and the bytes kept are the scalars' own encoding.
    static func plain(_ source: SourceText, _ k: Int) -> String {
        let range = source.byteRange(ofLine: k)
        return source.utf8.withUnsafeBufferPointer { b -> String in
            String(unsafeUninitializedCapacity: max(range.count, 1)) { out in
                var n = 0
                for i in range {
                    let c = b[i]
                    // # * _ | \
                    if c == 0x23 || c == 0x2A || c == 0x5F || c == 0x7C || c == 0x5C { continue }
                    if n == 0 && (c == 0x20 || c == 0x09) { continue }
                    out[n] = c
                    n += 1
                }
                while n > 0, out[n - 1] == 0x20 || out[n - 1] == 0x09 || out[n - 1] == 0x0D { n -= 1 }
                return n
            }
        }
    }

    /// False when `line` cannot be a type name: after its leading non-letters, its first
    /// two characters are not both capitals (every type name is in capitals). Checked
    /// before `isTypeName` folds the line with Foundation, which costs thousands of
    /// instructions a line.
    static func mayBeTypeName(_ line: String) -> Bool {
        var seen = 0
        for c in line {
            if seen == 0 && !c.isLetter { continue }
            guard c.isUppercase else { return false }
            seen += 1
            if seen == 2 { return true }
        }
        return false
    }

    /// A line that is a document type name in capitals, alone or before its title.
    /// Compared without diacritics, which OCR loses (*THONG TU*).
    static func isTypeName(_ line: String) -> Bool {
        guard mayBeTypeName(line) else { return false }
        // The answer depends only on the line's text: kept for the process, for the header
        // lines every document of a system repeats (*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM*), whose
        // Foundation fold cost ~36,000 instructions each time (issue 17). Bounded: past
        // `typeNameCacheLimit` lines, a new line is judged without being kept.
        if let known = typeNameCache.withLock({ $0[line] }) { return known }
        let answer = isTypeNameFolded(line)
        typeNameCache.withLock { cache in
            if cache.count < typeNameCacheLimit { cache[line] = answer }
        }
        return answer
    }

    /// `isTypeName` of lines already judged, by their text.
    static let typeNameCache = Mutex<[String: Bool]>([:])
    /// How many lines `typeNameCache` keeps at most.
    static let typeNameCacheLimit = 4096

    /// `isTypeName` without its cache: the line folded and compared with `typeNames`.
    static func isTypeNameFolded(_ line: String) -> Bool {
        guard mayBeTypeName(line) else { return false }
        let text = fold(String(line.drop { !$0.isLetter }))
        return typeNames.contains { text == $0 || text.hasPrefix($0 + " ") && text.dropFirst($0.count + 1).first?.isUppercase == true }
    }

    static let typeNames = (DocumentTypes.names.map(\.name) + normativeTypes).map(fold)

    static func fold(_ s: String) -> String {
        s.folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: "Đ", with: "D")
    }

    /// A line `<place>, ngày … tháng … năm …` (the date may be left blank in a draft).
    /// The place is the capitalised words before the comma (*Số: 46/VBHN-BQP  Hà Nội, ngày …*).
    /// The date may also be written in figures (*ngày 05/02/2026*, a draft's *ngày …/12/2025*)
    /// and the comma may be missing (*Ninh Bình ngày …*): the line is there, whatever its
    /// form.
    static func isPlaceDate(_ line: String) -> Bool {
        guard let range = line.range(of: ", ngày") ?? line.range(of: " ngày ") else { return false }
        let rest = line[range.upperBound...].lowercased()
        let numeric = numericDate(rest) ?? (rest.range(of: numericDatePattern, options: .regularExpression) != nil)
        guard numeric || rest.contains("tháng") && rest.contains("năm") else { return false }
        let place = line[..<range.lowerBound].split(whereSeparator: \.isWhitespace).suffix(2)
        return !place.isEmpty && place.allSatisfy { $0.first?.isUppercase == true }
    }

    /// A line that opens the recipients: *Nơi nhận* alone or before a colon (*Nơi nhận:*,
    /// *NƠI NHẬN :* ). A sentence that starts with the words (*Nơi nhận hồ sơ: Bộ phận Một
    /// cửa*) is body text.
    static func isRecipientsHeading(_ line: String) -> Bool {
        // (The words' eight Characters are lower-cased from the line's first twelve: the whole
        // line, lower-cased, starts with them only if those do. Most lines that start with an
        // N are body text, and lower-casing all of one cost ~24,000 instructions: issue 17.)
        // (Nor can a line whose first two scalars are not *N* or *n* then *ơ* or *Ơ*, composed or
        // as an *o* before its horn: only those lower-case to the first two `Character`s.)
        var scalars = line.unicodeScalars.makeIterator()
        guard let n = scalars.next(), n == "N" || n == "n", let o = scalars.next(),
              o == "\u{1A1}" || o == "\u{1A0}" || o == "o" || o == "O" else { return false }
        guard String(line.prefix(12)).lowercased().hasPrefix("nơi nhận") else { return false }
        let lower = line.lowercased()
        guard lower.hasPrefix("nơi nhận") else { return false }
        let rest = lower.dropFirst("nơi nhận".count).drop { $0 == " " || $0 == "\t" }
        return rest.isEmpty || rest.first == ":"
    }

    /// A line that opens the body: a numbered heading (*I.*, *1.*, *A.*, *I-*), *Phần*,
    /// *Chương*, *Điều 1* or a basis (*Căn cứ*).
    static func isBodyStart(_ line: String) -> Bool {
        // Every form starts with one of these letters or a digit: the regular expression
        // runs only on such lines.
        guard let head = line.unicodeScalars.first,
              "CĐPIVXABD".unicodeScalars.contains(head) || (head.value >= 0x30 && head.value <= 0x39) else { return false }
        return bodyStartForm(line) ?? (line.range(of: bodyStartPattern, options: .regularExpression) != nil)
    }

    static let numericDatePattern = #"^\s*[0-9.…_ ]*/\s*[0-9.…_ ]*/\s*[0-9]{4}"#
    static let bodyStartPattern = #"^(Căn cứ|Điều 1\b|Chương [IVX]+\b|Phần [IVX0-9]+\b|PHẦN [IVX0-9]+\b|CHƯƠNG [IVX]+\b|[IVX]+[.-] |[0-9]+[.-] |[A-D][.] )"#

    /// `numericDatePattern` read from the scalars (issue 17: no regular expression in the
    /// rule's path), or nil when the text holds, where the pattern would read it, a scalar
    /// whose reading as `\s` is not settled here (a control character, a space outside
    /// ASCII): the pattern reads it then.
    static func numericDate(_ text: String) -> Bool? {
        let s = Array(text.unicodeScalars)
        // (Every scalar a `Character` of its own, so that reading scalars is reading characters.)
        guard s.allSatisfy(TargetConflict.Row.isOwnCharacter) else { return nil }
        var k = 0
        // 1: white space (`\s`); 2: a figure, `.`, `…`, `_` or a space; 3: both; 0: neither;
        // -1: not settled.
        func kind(_ c: Unicode.Scalar) -> Int {
            switch c.value {
            case 0x20: return 3
            case 0x09, 0x0A, 0x0C, 0x0D: return 1
            case 0x30...0x39, 0x2E, 0x5F, 0x2026: return 2
            case 0..<0x20, 0x7F...0xA0: return -1
            default:
                if c.value < 0x80 { return 0 }
                return c.properties.isWhitespace || [.spaceSeparator, .lineSeparator, .paragraphSeparator].contains(c.properties.generalCategory) ? -1 : 0
            }
        }
        func skip(_ bit: Int) -> Bool {
            while k < s.count {
                let c = kind(s[k])
                if c < 0 { return false }
                if c & bit == 0 { return true }
                k += 1
            }
            return true
        }
        for _ in 0..<2 {
            guard skip(1), skip(2) else { return nil }
            guard k < s.count, s[k] == "/" else { return false }
            k += 1
        }
        guard skip(1) else { return nil }
        guard k + 4 <= s.count else { return false }
        return s[k..<(k + 4)].allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
    }

    /// `bodyStartPattern` read from the scalars, or nil when a `\b` it needs stands before a
    /// scalar outside ASCII (the pattern reads the line then).
    static func bodyStartForm(_ line: String) -> Bool? {
        let s = Array(line.unicodeScalars.prefix(80))
        // (A run reaching the end of the prefix is left to the pattern too.)
        let whole = s.count < 80
        guard s.allSatisfy(TargetConflict.Row.isOwnCharacter) else { return nil }
        func literal(_ text: String) -> Int? {
            let t = Array(text.unicodeScalars)
            return s.count >= t.count && Array(s[0..<t.count]) == t ? t.count : nil
        }
        func run(_ from: Int, _ member: (Unicode.Scalar) -> Bool) -> Int {
            var k = from
            while k < s.count, member(s[k]) { k += 1 }
            return k
        }
        // A word boundary after a word character: true at the end, nil before a scalar outside ASCII.
        func boundary(_ k: Int) -> Bool? {
            if k == s.count { return whole ? true : nil }
            let c = s[k]
            guard c.isASCII else { return nil }
            return !(c.properties.isAlphabetic || (c.value >= 0x30 && c.value <= 0x39) || c == "_")
        }
        let roman: (Unicode.Scalar) -> Bool = { $0 == "I" || $0 == "V" || $0 == "X" }
        let digit: (Unicode.Scalar) -> Bool = { $0.value >= 0x30 && $0.value <= 0x39 }
        let romanOrDigit: (Unicode.Scalar) -> Bool = { roman($0) || digit($0) }
        var unsettled = false
        func settle(_ b: Bool?) -> Bool {
            guard let b else { unsettled = true; return false }
            return b
        }
        if literal("Căn cứ") != nil { return true }
        if let k = literal("Điều 1"), settle(boundary(k)) { return true }
        for (word, member) in [("Chương ", roman), ("Phần ", romanOrDigit), ("PHẦN ", romanOrDigit), ("CHƯƠNG ", roman)] {
            guard let k = literal(word) else { continue }
            let end = run(k, member)
            if end > k, settle(boundary(end)) { return true }
        }
        for member in [roman, digit] {
            let end = run(0, member)
            if end > 0, end + 1 < s.count, s[end] == "." || s[end] == "-", s[end + 1] == " " { return true }
            if end > 0, end + 1 >= s.count, !whole { unsettled = true }
        }
        if s.count >= 3, s[0].value >= 0x41, s[0].value <= 0x44, s[1] == ".", s[2] == " " { return true }
        return unsettled ? nil : false
    }
}
