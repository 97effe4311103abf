/// Document type names and the type codes they take in a number symbol.
///
/// Source: Hướng dẫn 36-HD/VPTW (2018) for Party documents, Nghị định 30/2020/NĐ-CP
/// Phụ lục III for State documents (see shared/KNOWLEDGE.md).
public enum DocumentTypes {
    /// (type name in capitals, type code), longest names first so that
    /// `QUY ĐỊNH` is not read as a prefix of something else.
    public static let names: [(name: String, code: String)] = [
        ("CHƯƠNG TRÌNH", "CTr"), ("KẾ HOẠCH", "KH"), ("NGHỊ QUYẾT", "NQ"), ("QUYẾT ĐỊNH", "QĐ"),
        ("CHỈ THỊ", "CT"), ("KẾT LUẬN", "KL"), ("QUY CHẾ", "QC"), ("QUY ĐỊNH", "QĐi"),
        ("THÔNG TRI", "TT"), ("HƯỚNG DẪN", "HD"), ("BÁO CÁO", "BC"), ("THÔNG BÁO", "TB"),
        ("TỜ TRÌNH", "TTr"), ("BIÊN BẢN", "BB"), ("CÔNG VĂN", "CV"), ("ĐỀ ÁN", "ĐA"),
        ("PHƯƠNG ÁN", "PA"), ("DỰ ÁN", "DA"), ("CÔNG ĐIỆN", "CĐ"), ("GIẤY MỜI", "GM"),
    ]

    /// The type name at the start of `scalars`, written in capitals, followed by
    /// the end of the line or a space: returns the name's length and its code.
    public static func typeName(at scalars: [Unicode.Scalar]) -> (length: Int, code: String)? {
        for (name, code) in names {
            let p = Array(name.unicodeScalars)
            if scalars.starts(with: p), scalars.count == p.count || scalars[p.count] == " " {
                return (p.count, code)
            }
        }
        return nil
    }
}
