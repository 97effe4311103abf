/// Document type names and the type codes they take in a number symbol, in each system.
///
/// Sources (see shared/KNOWLEDGE.md "Document type codes"):
/// * `hd36` — Hướng dẫn 36-HD/VPTW (2018) on the format of Party documents: NQ, QĐ, CT, KL,
///   QC, QĐi, TT (thông tri), HD, BC, KH, CTr, TB, TTr, BB, CV.
/// * `nd30` — Nghị định 30/2020/NĐ-CP, Phụ lục III (state administrative documents): NQ, QĐ,
///   CT, QC, QyĐ, TC, TB, HD, CTr, KH, PA, ĐA, DA, BC, BB, TTr, HĐ, CĐ, BGN, BTT, GUQ, GM,
///   GGT, GNP, PG, PC, PB (CĐ, BGN, BTT, PB unverified in KNOWLEDGE.md).
/// * `legal` — forms of legal (normative) documents of the Law on Legal Documents; their
///   numbers carry the year (`249/2025/NĐ-CP`, `11/2026/TT-BCT`, KNOWLEDGE.md); a law or a
///   resolution of the National Assembly has no type code (`80/2015/QH13`).
/// A Công văn of the state has no type code (`123/UBND-VP`, KNOWLEDGE.md).
public enum DocumentTypes {
    /// The codes of one type name.
    public struct Codes: Sendable, Equatable {
        /// Code in a Party number (`Số 04-CTr/ĐU`), nil when the Party system has no such type.
        public var party: String?
        /// Code in a state number (`Số: 12/QĐ-UBND`), nil when it has none.
        public var state: String?
        /// Codes also seen in practice, accepted by `header-symbol` (see the entry's source).
        public var also: [String] = []

        /// The code for `system` (`party` | `state`), or the one that exists when unknown.
        public func code(for system: String?) -> String? {
            switch system {
            case "party": return party ?? state
            case "state": return state ?? party
            default: return party ?? state
            }
        }

        /// Every code the type takes in `system` (both when the system is unknown).
        public func accepted(in system: String?) -> [String] {
            switch system {
            case "party": return [party].compactMap { $0 } + also
            case "state": return [state].compactMap { $0 } + also + DocumentTypes.consolidationCodes
            default: return [party, state].compactMap { $0 } + also + DocumentTypes.consolidationCodes
            }
        }
    }

    /// One entry of the type list.
    public struct Entry: Sendable {
        /// The type name in capitals, old tone style (`THỎA THUẬN`).
        public var name: String
        /// Its codes.
        public var codes: Codes
        /// Where the entry comes from (`hd36`, `nd30`, `legal`).
        public var source: String
    }

    private static func e(_ name: String, _ party: String?, _ state: String?, _ source: String, also: [String] = []) -> Entry {
        Entry(name: name, codes: Codes(party: party, state: state, also: also), source: source)
    }

    /// The type list, longest names first so that `THÔNG TƯ LIÊN TỊCH` wins over `THÔNG TƯ`.
    public static let entries: [Entry] = [
        e("NGHỊ QUYẾT LIÊN TỊCH", nil, "NQLT", "legal"), e("THÔNG TƯ LIÊN TỊCH", nil, "TTLT", "legal"),
        e("BẢN THỎA THUẬN", nil, "BTT", "nd30"), e("GIẤY NGHỈ PHÉP", nil, "GNP", "nd30"),
        e("GIẤY GIỚI THIỆU", nil, "GGT", "nd30"), e("GIẤY ỦY QUYỀN", nil, "GUQ", "nd30"),
        e("CHƯƠNG TRÌNH", "CTr", "CTr", "hd36, nd30"), e("BẢN GHI NHỚ", nil, "BGN", "nd30"),
        e("PHIẾU CHUYỂN", nil, "PC", "nd30"), e("NGHỊ QUYẾT", "NQ", "NQ", "hd36, nd30"),
        e("QUYẾT ĐỊNH", "QĐ", "QĐ", "hd36, nd30"), e("THÔNG TRI", "TT", nil, "hd36"),
        e("HƯỚNG DẪN", "HD", "HD", "hd36, nd30"), e("THÔNG BÁO", "TB", "TB", "hd36, nd30"),
        e("THÔNG CÁO", nil, "TC", "nd30"), e("PHƯƠNG ÁN", nil, "PA", "nd30"),
        e("CÔNG ĐIỆN", nil, "CĐ", "nd30"), e("NGHỊ ĐỊNH", nil, "NĐ", "legal"),
        e("PHÁP LỆNH", nil, nil, "legal"), e("KẾ HOẠCH", "KH", "KH", "hd36, nd30"),
        e("KẾT LUẬN", "KL", nil, "hd36"), e("QUY CHẾ", "QC", "QC", "hd36, nd30"),
        // Central Party regulations are numbered `-QĐ/TW` in practice (Quy định 384-QĐ/TW,
        // corpus 07; Quy định 377-QĐ/TW, cited in corpus 06), besides HD 36's `QĐi`.
        e("QUY ĐỊNH", "QĐi", "QyĐ", "hd36, nd30; practice", also: ["QĐ"]), e("BÁO CÁO", "BC", "BC", "hd36, nd30"),
        e("TỜ TRÌNH", "TTr", "TTr", "hd36, nd30"), e("BIÊN BẢN", "BB", "BB", "hd36, nd30"),
        e("CÔNG VĂN", "CV", nil, "hd36"), e("THÔNG TƯ", nil, "TT", "legal"),
        e("HỢP ĐỒNG", nil, "HĐ", "nd30"), e("GIẤY MỜI", nil, "GM", "nd30"),
        e("PHIẾU GỬI", nil, "PG", "nd30"), e("PHIẾU BÁO", nil, "PB", "nd30"),
        e("CHỈ THỊ", "CT", "CT", "hd36, nd30"), e("ĐỀ ÁN", nil, "ĐA", "nd30"),
        e("DỰ ÁN", nil, "DA", "nd30"), e("LUẬT", nil, nil, "legal"),
        // A consolidated text (văn bản hợp nhất, Pháp lệnh 01/2012/UBTVQH13) is numbered
        // `46/VBHN-BQP` in practice (corpus 19); it prints the type name of the text it consolidates.
        e("VĂN BẢN HỢP NHẤT", nil, "VBHN", "practice"),
    ].sorted { $0.name.unicodeScalars.count > $1.name.unicodeScalars.count }

    /// Codes a text of any type may carry: a consolidated text (*văn bản hợp nhất*) prints the
    /// type name of the text it consolidates (`THÔNG TƯ`) over the number `46/VBHN-BQP`.
    public static let consolidationCodes = ["VBHN"]

    /// Names and their folded scalars (old tone style), computed once.
    private static let folded: [(scalars: [Unicode.Scalar], entry: Entry)] = entries.map { (fold(Array($0.name.unicodeScalars)), $0) }
    /// `folded`'s names alone: the search walks these, touching an entry (and the reference
    /// counts of its strings) only for the name that matches (issue 17).
    private static let foldedNames: [[Unicode.Scalar]] = folded.map(\.scalars)

    /// The first letters of the type names (`N`, `T`, `Q` …).
    private static let initials: Set<Unicode.Scalar> = Set(entries.compactMap { $0.name.unicodeScalars.first })

    /// (type name in capitals, type code) — the Party code where there is one; kept for callers
    /// of the first version.
    public static var names: [(name: String, code: String)] {
        entries.compactMap { e in e.codes.code(for: nil).map { (e.name, $0) } }
    }

    /// Every type code of either system, for reading a number symbol (`QĐ-UBND`: `QĐ` is a code).
    /// Joint forms (`KHLT`) included.
    public static let allCodes: Set<String> = {
        let codes = entries.flatMap { [$0.codes.party, $0.codes.state].compactMap { $0 } }
        return Set(codes + codes.map { $0 + "LT" })
    }()

    /// The type name at the start of `scalars`, written in capitals, followed by
    /// the end of the line or a space: returns the name's length and its code.
    public static func typeName(at scalars: [Unicode.Scalar]) -> (length: Int, code: String)? {
        guard let (length, entry) = entry(at: scalars, caseSensitive: true) else { return nil }
        return (length, entry.codes.code(for: nil) ?? "")
    }

    /// The entry whose name starts `scalars` (in capitals, or in any case when
    /// `caseSensitive` is false), followed by the end of the line or a non-letter.
    ///
    /// In capitals also means a name whose accented capitals came out lowercase while
    /// its plain letters are capitals (`Kế HOẠCH`, `QUYếT địNH`): a TCVN3 file typed in
    /// the lower-case font set has no codes for accented capitals. At least two plain
    /// letters, all capitals, are needed, so prose (`Kế hoạch`) never matches.
    public static func entry(at scalars: [Unicode.Scalar], caseSensitive: Bool) -> (length: Int, entry: Entry)? {
        if let found = match(at: scalars, caseSensitive: caseSensitive) { return found }
        guard caseSensitive, let found = match(at: scalars, caseSensitive: false) else { return nil }
        let plain = scalars.prefix(found.length).filter { $0.isASCII && Alphabet.isAlphabetic($0) }
        guard plain.count >= 2, plain.allSatisfy({ Alphabet.isUppercase($0) }) else { return nil }
        return found
    }

    private static func match(at scalars: [Unicode.Scalar], caseSensitive: Bool) -> (length: Int, entry: Entry)? {
        // `Alphabet`'s letter tests answer as Unicode's (`RepresentationTests`), without its
        // table look-up for ASCII and Vietnamese letters (issue 17).
        guard let first = scalars.first, Alphabet.isAlphabetic(first) else { return nil }
        // Most lines start with no type name's first letter: no folding for them.
        guard initials.contains(caseSensitive ? first : (upperFirst(first) ?? first)) else { return nil }
        let f = fold(Array(scalars.prefix(24)), upper: !caseSensitive)
        let names = foldedNames
        for k in names.indices where f.starts(with: names[k]) {
            let count = names[k].count
            guard scalars.count == count || !Alphabet.isAlphabetic(scalars[count]) else { continue }
            if let joint = jointLength(f, after: count) { return (joint, Self.joint(folded[k].entry)) }
            return (count, folded[k].entry)
        }
        return nil
    }

    /// ` LIÊN TỊCH` after a type name: a joint document of several bodies.
    private static let jointWords = Array(" LIÊN TỊCH".unicodeScalars)

    /// The length of the name with ` LIÊN TỊCH` when `folded` goes on with it.
    private static func jointLength(_ folded: [Unicode.Scalar], after length: Int) -> Int? {
        let end = length + jointWords.count
        guard folded.count >= end, Array(folded[length..<end]) == jointWords,
              folded.count == end || !Alphabet.isAlphabetic(folded[end]) else { return nil }
        return end
    }

    /// A joint form of a type (*Kế hoạch liên tịch*): its codes followed by `LT`, as the law
    /// writes `NQLT` and `TTLT` (listed above) and joint plans are numbered `-KHLT-` in
    /// practice (Sở, Ban, Hội joint plans: `Số: 02/KHLT-SYT-SGDĐT`).
    private static func joint(_ entry: Entry) -> Entry {
        func lt(_ code: String?) -> String? { code.map { $0 + "LT" } }
        return Entry(name: entry.name + " LIÊN TỊCH", codes: Codes(party: lt(entry.codes.party), state: lt(entry.codes.state)),
                     source: entry.source + "; joint form (LT)")
    }

    /// Old tone style (`THOẢ` → `THỎA`), optionally upper-cased, so both styles match one entry.
    /// `s.flatMap { $0.properties.uppercaseMapping.unicodeScalars }`, the ASCII and Latin
    /// letters (Vietnamese among them) from `upperTable`: the mapping is a String built per
    /// scalar, a few hundred instructions each, and every header line was folded (issue 17).
    static func upperCased(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        for c in s {
            if let u = upperSingle(c) { out.append(u) } else { out.append(contentsOf: c.properties.uppercaseMapping.unicodeScalars) }
        }
        return out
    }

    /// `c.properties.uppercaseMapping.unicodeScalars.first`.
    static func upperFirst(_ c: Unicode.Scalar) -> Unicode.Scalar? {
        upperSingle(c) ?? c.properties.uppercaseMapping.unicodeScalars.first
    }

    /// The upper-case mapping of `c` when it is one scalar and `c` is ASCII or in the table's
    /// ranges (every Vietnamese letter is); nil else (the caller asks Unicode).
    @inline(__always)
    static func upperSingle(_ c: Unicode.Scalar) -> Unicode.Scalar? {
        let v = c.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A ? Unicode.Scalar(v - 0x20)! : c }
        if v >= 0xC0, v < 0x1B4 { let u = upperTable[Int(v - 0xC0)]; return u == 0 ? nil : Unicode.Scalar(u) }
        if v >= 0x1EA0, v < 0x1F00 { let u = upperTable[0xF4 + Int(v - 0x1EA0)]; return u == 0 ? nil : Unicode.Scalar(u) }
        return nil
    }

    /// Single-scalar upper-case mappings of U+00C0–U+01B3 (Latin-1 letters to `ư`), then of
    /// U+1EA0–U+1EFF (the toned Vietnamese vowels), 0 where the mapping is several scalars:
    /// built once per process from Unicode's own mappings (about 340 of them: the table is
    /// kept to where Vietnamese letters are, since each mapping is a String to build).
    static let upperTable: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 0xF4 + 0x60)
        func fill(_ v: UInt32, _ k: Int) {
            guard let s = Unicode.Scalar(v) else { return }
            let m = s.properties.uppercaseMapping.unicodeScalars
            if m.count == 1 { t[k] = m.first!.value }
        }
        for v in UInt32(0xC0)..<0x1B4 { fill(v, Int(v - 0xC0)) }
        for v in UInt32(0x1EA0)..<0x1F00 { fill(v, 0xF4 + Int(v - 0x1EA0)) }
        return t
    }()

    static func fold(_ s: [Unicode.Scalar], upper: Bool = false) -> [Unicode.Scalar] {
        var scalars = upper ? upperCased(s) : s
        // Only a marked a, e or y after o or u can be in the other style (THOẢ, UỶ).
        // The letter before first, then the Set: most scalars follow no o or u, and the Set's
        // hashing of every scalar was a third of folding a header line (issue 17).
        var styled = false
        var k = 1
        while k < scalars.count {
            let p = scalars[k - 1]
            if p == "O" || p == "U" || p == "o" || p == "u", markedVowels.contains(scalars[k]) { styled = true; break }
            k += 1
        }
        if styled { _ = ToneMarks.apply(.old, to: &scalars) }
        return scalars
    }

    /// a, e, y with a tone mark, both cases.
    private static let markedVowels: Set<Unicode.Scalar> = Set("ÀÁẢÃẠàáảãạÈÉẺẼẸèéẻẽẹỲÝỶỸỴỳýỷỹỵ".unicodeScalars)
}
