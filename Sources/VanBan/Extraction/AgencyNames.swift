import Foundation

/// Canonical names of bodies: abbreviations expanded, one tone style, one casing,
/// so that `Uỷ ban Kiểm tra Đảng uỷ` and `UBKT Đảng ủy` compare equal.
///
/// The canonical tone style is the old one (*ủy*), the majority in Party documents
/// (KNOWLEDGE.md, "Tone-mark styles").
public enum AgencyNames {
    /// Abbreviations, longest first, replaced as whole words.
    static let abbreviations: [(String, String)] = [
        ("UBMTTQVN", "Ủy ban Mặt trận Tổ quốc Việt Nam"), ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
        ("MTTQVN", "Mặt trận Tổ quốc Việt Nam"), ("MNTTQVN", "Mặt trận Tổ quốc Việt Nam"),
        ("MTTQ VN", "Mặt trận Tổ quốc Việt Nam"), ("MTTQ", "Mặt trận Tổ quốc"),
        ("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân"), ("UBKT", "Ủy ban Kiểm tra"),
        ("BCH Quân sự", "Ban Chỉ huy Quân sự"), ("BCHQS", "Ban Chỉ huy Quân sự"), ("BCH", "Ban Chấp hành"),
        ("NVQS", "Nghĩa vụ quân sự"), ("VPĐU", "Văn phòng Đảng ủy"), ("ĐU", "Đảng ủy"), ("TU", "Thành ủy"),
        ("BTV", "Ban Thường vụ"), ("CT-XH", "chính trị - xã hội"), ("TĐKT", "Thi đua - Khen thưởng"),
        ("TT", "Thường trực"), ("VN", "Việt Nam"),
    ]

    /// Names with their canonical casing, matched without regard to case.
    static let casings: [String] = [
        "Ủy ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc",
        "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Kiểm tra", "Ban Xây dựng Đảng", "Ban Chỉ huy Quân sự",
        "Hội đồng Nghĩa vụ quân sự", "Văn phòng Đảng ủy", "Ban Tổ chức", "Ban Tuyên giáo và Dân vận",
        "Ban Thường vụ", "Ban Chấp hành", "Tiểu ban Văn kiện", "Tiểu ban Nhân sự", "Công an",
    ]

    /// The canonical form of an agency name: one scan expands abbreviations (the first
    /// in `abbreviations` that matches a whole word at a position wins), a second re-cases
    /// the known names (the first in `casings` wins; inside a longer name the original
    /// first letter stays: "Tiểu ban Tổ chức", "Ủy ban Thường vụ Quốc hội"); spaces collapse.
    public static func canonical(_ name: String) -> String {
        var s = Array(name.unicodeScalars)
        var i = 0
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count + 16)
        // "&" → " và ", "Uỷ"/"uỷ" → "Ủy"/"ủy".
        while i < s.count {
            switch s[i] {
            case "&": out += [" ", "v", "à", " "]
            case "U" where i + 1 < s.count && s[i + 1] == "ỷ": out += ["Ủ", "y"]; i += 1
            case "u" where i + 1 < s.count && s[i + 1] == "ỷ": out += ["ủ", "y"]; i += 1
            default: out.append(s[i])
            }
            i += 1
        }
        s = replacingWords(out, abbreviationTable, firsts: abbreviationFirsts, caseInsensitive: false)
        s = replacingWords(s, casingTable, firsts: casingFirsts, caseInsensitive: true)
        // Collapse runs of spaces, trim.
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(s.count)
        var pendingSpace = false
        for c in s {
            if c == " " { pendingSpace = !text.isEmpty; continue }
            if pendingSpace { text.append(" "); pendingSpace = false }
            text.append(c)
        }
        return String(scalars: text)
    }

    /// `canonical` remembered per name for one record: a document names the same few bodies
    /// again and again (each `canonical` walks the name three times and builds four arrays;
    /// it was a twentieth of the parse stage: issue 17). Names are keyed by their UTF-8 bytes
    /// (`canonical` reads scalars, so equal bytes give an equal result); String hashing of
    /// Vietnamese text normalises it first and costs as much as `canonical` itself.
    final class Cache {
        struct Key: Hashable {
            let name: String
            static func == (a: Key, b: Key) -> Bool { sameBytes(a.name, b.name) }
            func hash(into hasher: inout Hasher) {
                var s = name
                s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }
        }
        private var known: [Key: String] = [:]

        func canonical(_ name: String) -> String {
            let key = Key(name: name)
            if let c = known[key] { return c }
            let c = AgencyNames.canonical(name)
            known[key] = c
            return c
        }
    }

    private static let abbreviationTable: [([Unicode.Scalar], [Unicode.Scalar])] =
        abbreviations.map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }
    private static let casingTable: [([Unicode.Scalar], [Unicode.Scalar])] =
        casings.map { (Array($0.lowercased().unicodeScalars), Array($0.unicodeScalars)) }
    /// The first scalar of every entry of each table: a position whose scalar is none of
    /// them is passed without walking the table (walking it, with the reference counting of
    /// its arrays, at every word of every name was most of `canonical`: issue 17).
    private static let abbreviationFirsts: [Unicode.Scalar] = abbreviationTable.map { $0.0[0] }
    private static let casingFirsts: [Unicode.Scalar] = casingTable.map { $0.0[0] }

    /// Whole-word occurrences of each table entry's first part replaced by its second;
    /// a word boundary is anything but a letter or digit.
    private static func replacingWords(_ hay: [Unicode.Scalar], _ table: [([Unicode.Scalar], [Unicode.Scalar])],
                                       firsts: [Unicode.Scalar], caseInsensitive: Bool) -> [Unicode.Scalar] {
        let folded: [Unicode.Scalar] = caseInsensitive ? hay.map { Alphabet.lower($0) } : hay
        func boundary(_ k: Int) -> Bool { k < 0 || k >= hay.count || !Lexer.isWordScalar(hay[k]) }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(hay.count + 16)
        var i = 0
        while i < hay.count {
            var matched = false
            if boundary(i - 1), firsts.contains(folded[i]) {
                for (needle, replacement) in table where i + needle.count <= hay.count && folded[i] == needle[0] {
                    guard boundary(i + needle.count), folded[i..<(i + needle.count)].elementsEqual(needle) else { continue }
                    out.append(contentsOf: replacement)
                    if caseInsensitive, i > 0, !replacement.isEmpty { out[out.count - replacement.count] = hay[i] }
                    i += needle.count
                    matched = true
                    break
                }
            }
            if !matched {
                out.append(hay[i])
                i += 1
            }
        }
        return out
    }

    /// Lower-cased first words that mark a phrase as the name of a body.
    static let heads: [String] = [
        "ủy ban", "uỷ ban", "ubnd", "hđnd", "hội đồng", "ban", "văn phòng", "công an", "thường trực", "tiểu ban",
        "đảng ủy", "đảng uỷ", "mttq", "mặt trận", "ubkt", "ubmttq", "các cơ quan", "các ban", "các tiểu ban",
        "các đồng chí", "đồng chí", "phòng", "trung tâm", "bch", "đoàn", "hội", "chi bộ", "đảng bộ", "các chi",
        "các phòng", "các tổ chức", "tt", "vpđu",
    ]

    /// True when `phrase` starts like the name of a body.
    public static func looksLikeAgency(_ phrase: String) -> Bool {
        let lower = phrase.lowercased()
        guard let first = lower.unicodeScalars.first else { return heads.contains { lower == $0 } }
        // A head is compared only when the phrase can start with its first letter: as that
        // letter (`ủ`) or as the base letter of its decomposed form (`u` + hook), the only
        // first scalars of a Character equal to it (String comparison was most of this: issue 17).
        return headsWithSpace.indices.contains { k in
            (first == headInitials[k].letter || first == headInitials[k].base)
                && (lower == heads[k] || lower.hasPrefix(headsWithSpace[k]))
        }
    }

    /// `looksLikeAgency(String(scalars: phrase))` without building the String when the phrase
    /// is printable ASCII and Vietnamese letters: each such scalar is one Character whose
    /// lower-case mapping is one scalar (`Alphabet.lower`), so the lower-cased phrase is NFC
    /// like the heads and the Character-wise `==` and `hasPrefix` are scalar-wise. Any other
    /// phrase is tested as before. (Building and lower-casing the String of every part of
    /// every parenthesis was most of the preparers' cost: issue 17.)
    static func looksLikeAgency(scalars phrase: ArraySlice<Unicode.Scalar>) -> Bool {
        // The longest head with its space: no more of the phrase is read.
        var lower: [Unicode.Scalar] = []
        lower.reserveCapacity(headsReach)
        var plain = true
        for c in phrase {
            guard (c.value >= 0x20 && c.value < 0x7F) || Alphabet.isVietnameseLetter(c) else { plain = false; break }
            if lower.count < headsReach { lower.append(Alphabet.lower(c)) }
        }
        guard plain else { return looksLikeAgency(String(scalars: phrase)) }
        guard let first = lower.first else { return false }
        let count = phrase.count
        for k in headScalars.indices where headScalars[k][0] == first {
            let head = headScalars[k]
            if count == head.count, lower.elementsEqual(head) { return true }
            if count > head.count, lower[head.count] == " ", lower[..<head.count].elementsEqual(head) { return true }
        }
        return false
    }

    /// `heads` as scalars, and how many scalars of a phrase they can read (the longest and its space).
    static let headScalars: [[Unicode.Scalar]] = heads.map { Array($0.unicodeScalars) }
    static let headsReach: Int = (headScalars.map(\.count).max() ?? 0) + 1

    /// `heads`, each with the space that ends its word, built once (not per phrase and head).
    static let headsWithSpace: [String] = heads.map { $0 + " " }
    /// The first letter of each head and the first scalar of its canonical decomposition.
    static let headInitials: [(letter: Unicode.Scalar, base: Unicode.Scalar)] = heads.map { head in
        let letter = head.unicodeScalars.first!
        return (letter, String(letter).decomposedStringWithCanonicalMapping.unicodeScalars.first!)
    }
}

extension String {
    /// Every occurrence of `target` replaced (plain, case-sensitive).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
