/// Fixed names of bodies, for `truncated-term`: each name as its compounds (the words a
/// reader cannot cut: *nhân dân*, *thường vụ*), lower case, old tone style (*ủy*).
///
/// A name written with one compound cut short, changed or dropped is truncated; what a
/// name may be followed by (an administrative level, a Party committee) is the `levels`
/// table below.
enum BodyNames {
    struct Name {
        /// The name's compounds.
        var compounds: [[String]]
        /// True when the whole name must be written before an administrative level — the
        /// last compound cannot be left out (*Ủy ban Mặt trận Tổ quốc Việt Nam phường X*).
        /// Names whose local bodies legitimately drop a part (*Hội Nông dân xã*) are false.
        var wholeBeforeLevel = false
        /// Where the name is fixed.
        var source: String
    }

    static let names: [Name] = [
        Name(compounds: [["ủy", "ban"], ["nhân", "dân"]], source: "Luật Tổ chức chính quyền địa phương 2025, Điều 4"),
        Name(compounds: [["hội", "đồng"], ["nhân", "dân"]], source: "Luật Tổ chức chính quyền địa phương 2025, Điều 4"),
        Name(compounds: [["ban"], ["thường", "vụ"], ["đảng", "ủy"]], source: "Điều lệ Đảng, Điều 9; Hướng dẫn 36-HD/VPTW"),
        Name(compounds: [["ban"], ["thường", "vụ"], ["thành", "ủy"]], source: "Điều lệ Đảng, Điều 9; Hướng dẫn 36-HD/VPTW"),
        Name(compounds: [["ban"], ["thường", "vụ"], ["tỉnh", "ủy"]], source: "Điều lệ Đảng, Điều 9; Hướng dẫn 36-HD/VPTW"),
        Name(compounds: [["ban"], ["chấp", "hành"], ["đảng", "bộ"]], source: "Điều lệ Đảng, Điều 9"),
        Name(compounds: [["ban"], ["chấp", "hành"], ["trung", "ương"]], source: "Điều lệ Đảng, Điều 15"),
        Name(compounds: [["ban"], ["chỉ", "huy"], ["quân", "sự"]], source: "Luật Dân quân tự vệ 2019, Điều 3"),
        Name(compounds: [["ủy", "ban"], ["mặt", "trận"], ["tổ", "quốc"], ["việt", "nam"]], wholeBeforeLevel: true,
             source: "Luật Mặt trận Tổ quốc Việt Nam 2015, Điều 2 (Ủy ban Mặt trận Tổ quốc Việt Nam các cấp)"),
        Name(compounds: [["mặt", "trận"], ["tổ", "quốc"], ["việt", "nam"]], source: "Hiến pháp 2013, Điều 9"),
        Name(compounds: [["ủy", "ban"], ["kiểm", "tra"]], source: "Điều lệ Đảng, Điều 30"),
        Name(compounds: [["văn", "phòng"], ["đảng", "ủy"]], source: "Hướng dẫn 36-HD/VPTW"),
        Name(compounds: [["ban"], ["xây", "dựng"], ["đảng"]], source: "Quy định 214-QĐ/TW 2025 (Ban Xây dựng Đảng cấp xã)"),
        Name(compounds: [["ban"], ["tuyên", "giáo"], ["và"], ["dân", "vận"]], source: "KNOWLEDGE.md Terms: Ban Tuyên giáo và Dân vận (2025)"),
        Name(compounds: [["ban"], ["tổ", "chức"]], source: "Điều lệ Đảng; Hướng dẫn 36-HD/VPTW"),
        Name(compounds: [["hội"], ["liên", "hiệp"], ["phụ", "nữ"]], source: "Điều lệ Hội Liên hiệp Phụ nữ Việt Nam"),
        Name(compounds: [["hội"], ["cựu", "chiến", "binh"]], source: "Điều lệ Hội Cựu chiến binh Việt Nam"),
        Name(compounds: [["hội"], ["nông", "dân"]], source: "Điều lệ Hội Nông dân Việt Nam"),
        Name(compounds: [["đoàn"], ["thanh", "niên"], ["cộng", "sản"], ["hồ", "chí", "minh"]], source: "Điều lệ Đoàn TNCS Hồ Chí Minh"),
        Name(compounds: [["liên", "đoàn"], ["lao", "động"]], source: "Luật Công đoàn 2024"),
        Name(compounds: [["ngân", "hàng"], ["chính", "sách"], ["xã", "hội"]], source: "Quyết định 131/2002/QĐ-TTg thành lập Ngân hàng Chính sách xã hội"),
        Name(compounds: [["tòa", "án"], ["nhân", "dân"]], source: "Hiến pháp 2013, Điều 102; Luật Tổ chức Tòa án nhân dân 2024"),
        Name(compounds: [["viện"], ["kiểm", "sát"], ["nhân", "dân"]], source: "Hiến pháp 2013, Điều 107; Luật Tổ chức Viện kiểm sát nhân dân 2014"),
        Name(compounds: [["hội"], ["người"], ["cao", "tuổi"]], source: "Điều lệ Hội Người cao tuổi Việt Nam"),
        Name(compounds: [["hội"], ["khuyến", "học"]], source: "Điều lệ Hội Khuyến học Việt Nam"),
        Name(compounds: [["đội"], ["thiếu", "niên"], ["tiền", "phong"], ["hồ", "chí", "minh"]],
             source: "Điều lệ Đoàn TNCS Hồ Chí Minh (Chương VIII: Đoàn phụ trách Đội Thiếu niên Tiền phong Hồ Chí Minh); Điều lệ Đội TNTP Hồ Chí Minh"),
    ]

    /// What follows a body's name: the administrative level or the Party committee it
    /// belongs to (*Ủy ban nhân dân **phường**…*, *Ủy ban Kiểm tra **Đảng ủy**…*). A name cut
    /// short right before one of these is truncated, not another word.
    /// Source: Luật Tổ chức chính quyền địa phương 2025 (tỉnh, thành phố, xã, phường, đặc
    /// khu) and the former district level (huyện, quận, thị xã, thị trấn); Điều lệ Đảng.
    static let levels: [[String]] = [
        ["xã"], ["phường"], ["tỉnh"], ["huyện"], ["quận"], ["thị", "xã"], ["thị", "trấn"], ["thành", "phố"], ["tp"],
        ["đặc", "khu"], ["các", "cấp"], ["cấp"], ["trung", "ương"],
        ["đảng", "ủy"], ["thành", "ủy"], ["tỉnh", "ủy"], ["huyện", "ủy"], ["quận", "ủy"], ["đảng", "bộ"], ["chi", "bộ"],
    ]
}

extension BodyNames {
    /// A word with what writers confuse folded away, to see one changed syllable of a name
    /// (*Ban Thường vũ*): tone marks, vowel marks (*a ă â*,
    /// *e ê*, *o ô ơ*, *u ư*), *đ/d*, and the initials *s/x*, *d/gi/r*, *tr/ch* — the
    /// real-word errors of Vietnamese spelling (*xử lý*/*sử lý*, *giải quyết*/*dải quyết*,
    /// *chương trình*/*trương trình*, *hỏi/ngã*, a dropped mark).
    static func skeleton(_ word: String) -> String {
        var s = Array(word.unicodeScalars)
        var prefix = ""
        if s.count > 2, s[0] == "g", s[1] == "i", s.count > 2, Alphabet.vowel(s[2]) != nil { prefix = "D"; s.removeFirst(2) }
        else if s.count > 1, s[0] == "t", s[1] == "r" { prefix = "C"; s.removeFirst(2) }
        else if s.count > 1, s[0] == "c", s[1] == "h" { prefix = "C"; s.removeFirst(2) }
        else if let f = s.first, f == "d" || f == "đ" || f == "r" { prefix = "D"; s.removeFirst() }
        else if let f = s.first, f == "s" || f == "x" { prefix = "S"; s.removeFirst() }
        var out = prefix
        for c in s {
            if let v = Alphabet.vowel(c) {
                let plain = [Alphabet.Base.a, Alphabet.Base.a, Alphabet.Base.a, Alphabet.Base.e, Alphabet.Base.e, Alphabet.Base.i,
                             Alphabet.Base.o, Alphabet.Base.o, Alphabet.Base.o, Alphabet.Base.u, Alphabet.Base.u, Alphabet.Base.y][v.base]
                out.unicodeScalars.append(Alphabet.bases[plain])
            } else if c == "đ" {
                out.unicodeScalars.append("d")
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// True when the syllables `a` and `b` (folded keys) share their initial and their final
    /// consonant letters but not their vowels (*hợp*/*hiệp*, *soát*/*sát*): a vowel changed.
    /// The letters of *gi* and *qu* count with the vowels; a syllable without a vowel is never
    /// the same frame.
    static func sameFrame(_ a: String, _ b: String) -> Bool {
        func frame(_ w: String) -> (initial: [Unicode.Scalar], vowels: [Unicode.Scalar], final: [Unicode.Scalar])? {
            let s = Array(w.unicodeScalars)
            guard let first = s.firstIndex(where: { Alphabet.vowel($0) != nil }),
                  let last = s.lastIndex(where: { Alphabet.vowel($0) != nil }) else { return nil }
            return (Array(s[..<first]), Array(s[first...last]), Array(s[(last + 1)...]))
        }
        guard let x = frame(a), let y = frame(b) else { return false }
        return x.initial == y.initial && x.final == y.final && x.vowels != y.vowels
    }
}
