/// Bodies of an administrative level that no longer exists.
///
/// Source: KNOWLEDGE.md "Terms" — the district level (*cấp huyện*: huyện, quận,
/// thị xã, with their Huyện ủy, Quận ủy, Thị ủy, UBND, HĐND) ceased on 01/07/2025
/// (two-level local government; Nghị quyết 203/2025/QH15 amending the Constitution).
enum AdministrativeUnits {
    /// The day the district level ceased, as a comparable (year, month, day).
    static let districtLevelEnd = (year: 2025, month: 7, day: 1)

    /// Phrases (lower case, old tone style) that name a district-level body.
    static let districtBodies: [[String]] = [
        ["huyện", "ủy"], ["quận", "ủy"], ["thị", "ủy"], ["cấp", "huyện"],
        ["ủy", "ban", "nhân", "dân", "huyện"], ["ủy", "ban", "nhân", "dân", "quận"], ["ủy", "ban", "nhân", "dân", "thị", "xã"],
        ["ubnd", "huyện"], ["ubnd", "quận"], ["ubnd", "thị", "xã"],
        ["hội", "đồng", "nhân", "dân", "huyện"], ["hội", "đồng", "nhân", "dân", "quận"], ["hđnd", "huyện"], ["hđnd", "quận"],
        ["ban", "thường", "vụ", "huyện", "ủy"], ["ban", "thường", "vụ", "quận", "ủy"],
        // The district Youth Union committees (Điều lệ Đoàn TNCS Hồ Chí Minh, cấp huyện).
        ["huyện", "đoàn"], ["quận", "đoàn"], ["thị", "đoàn"],
    ]
    /// District-level units (lower case): followed by a capitalised name they name a
    /// district, and whatever agency the name ends (*Phòng Nội vụ quận Y*) was a district's.
    static let districtUnits: [[String]] = [["huyện"], ["quận"], ["thị", "xã"]]

    /// Words that name a city (*thành phố*, *TP*, its Party committee *Thành ủy*). A city is
    /// district level unless it is one of `provincialCities`: a city of a province
    /// (*thành phố Vinh*) or inside a centrally-run city (*thành phố Thủ Đức*), both
    /// abolished with the district level.
    static let cityUnits: [[String]] = [["thành", "phố"], ["tp"], ["thành", "ủy"]]

    /// The centrally-run cities (*thành phố trực thuộc trung ương*) after 12/06/2025, in
    /// letters without diacritics (OCR loses them: *Hỗ Chí Minh*). Source: Nghị quyết
    /// 202/2025/QH15 on the arrangement of provincial units (Hà Nội, Huế, Hải Phòng, Đà
    /// Nẵng, Thành phố Hồ Chí Minh, Cần Thơ).
    static let provincialCities: [[String]] = [["ha", "noi"], ["hue"], ["hai", "phong"], ["da", "nang"], ["ho", "chi", "minh"], ["can", "tho"]]
}

extension AdministrativeUnits {
    /// The provincial units formed by merging two or three former provinces on 12/06/2025,
    /// in letters without diacritics (as `provincialCities`). Their Party committees held
    /// their first congress for the term 2025–2030, *lần thứ I* (KNOWLEDGE.md "Terms").
    /// Source: Nghị quyết 202/2025/QH15 on the arrangement of provincial units, Điều 1
    /// (23 merged units; the 11 unchanged — Hà Nội, Huế, Lai Châu, Điện Biên, Sơn La,
    /// Lạng Sơn, Quảng Ninh, Thanh Hóa, Nghệ An, Hà Tĩnh, Cao Bằng — are not listed).
    static let mergedProvinces: [[String]] = [
        ["tuyen", "quang"], ["lao", "cai"], ["thai", "nguyen"], ["phu", "tho"], ["bac", "ninh"], ["hung", "yen"],
        ["hai", "phong"], ["ninh", "binh"], ["quang", "tri"], ["da", "nang"], ["quang", "ngai"], ["gia", "lai"],
        ["khanh", "hoa"], ["lam", "dong"], ["dak", "lak"], ["ho", "chi", "minh"], ["dong", "nai"], ["tay", "ninh"],
        ["can", "tho"], ["vinh", "long"], ["dong", "thap"], ["ca", "mau"], ["an", "giang"],
    ]
}
