/// Fixed collocations of the genre and the fixed names of bodies, for `misspelling`
/// and `truncated-term`.
///
/// Sources: the vocabulary of Party documents (Điều lệ Đảng; Hướng dẫn 36-HD/VPTW) and
/// the names of bodies in the Law on Organisation of Local Government (2025). All lower
/// case, old tone style (*ủy*, *hóa*).
enum Lexicon {
    /// Words of two or three syllables spelt one way only in this genre. A text
    /// bigram one diacritic, one vowel mark or one final consonant away from one of
    /// these (and not itself listed) is a misspelling with a certain fix.
    static let collocations: [String] = [
        "triển khai", "xây dựng", "cách mạng", "tuyển chọn", "chỉ thị", "ban chỉ huy", "trung tâm", "khoáng sản", "đẩy lùi",
        "phông chữ", "tình hình", "thực hiện", "nhiệm vụ", "chỉ đạo", "lãnh đạo", "kiểm tra", "giám sát", "phát triển",
        "tổng kết", "sơ kết", "nghị quyết", "kế hoạch", "chương trình", "quyết định", "hội nghị", "ban thường vụ", "chấp hành",
        "đảng viên", "quốc phòng", "an ninh", "trật tự", "kinh tế", "chính trị", "tư tưởng", "tuyên truyền", "tuyên giáo",
        "dân vận", "mặt trận", "tổ quốc", "quân sự", "nhân dân", "hội đồng", "ủy ban", "văn phòng", "thi đua", "khen thưởng",
        "ngân sách", "đầu tư", "quy hoạch", "tài nguyên", "giáo dục", "bầu cử", "đại biểu", "quốc hội",
        "nhiệm kỳ", "phương hướng", "giải pháp", "đánh giá", "báo cáo", "kết quả", "thẩm quyền", "cán bộ", "công chức",
        "viên chức", "kiện toàn", "củng cố", "hiệu quả", "trọng tâm", "chuyển đổi số", "nghĩa vụ", "nhập ngũ", "kỷ luật",
        "kỷ niệm", "thành lập", "phong trào", "tiêu biểu", "phối hợp", "chủ trì", "tham mưu", "quán triệt",
        "học tập", "tổ chức", "cơ sở", "địa bàn", "hành chính", "chuẩn bị", "dự thảo", "thông qua", "ban hành", "nội dung",
        "vi phạm", "pháp luật", "tội phạm", "tệ nạn", "giao thông", "phòng chống", "tham nhũng", "lãng phí", "tiêu cực",
        "đoàn kết", "sáng tạo", "văn minh", "hiện đại", "bền vững", "nông thôn", "đô thị", "kết luận",
    ]

    /// `collocations` for membership tests.
    static let collocationSet: Set<String> = Set(collocations)

    /// Misspellings that are not one mark away from their word, with their correction.
    static let known: [String: String] = [
        "mnttqvn": "MTTQVN",
    ]

    /// Words and bigrams that are correct although one mark away from a collocation.
    static let valid: Set<String> = [
        "quân sử", "quân sư", "đồ thị", "có sở", "đầu từ", "văn phong", "trong tâm",
    ]

    /// Compounds that a misspelt-looking bigram's second word may start instead
    /// (*chi thị trấn*: *chi* + *thị trấn*), so the bigram is not a misspelling.
    static let compounds: Set<String> = [
        "thị trấn", "thị xã", "thị trường", "thị phần", "thị hiếu", "huy động", "hiện đại", "hiện nay", "hiện hành",
        "tâm lý", "quá trình", "quốc gia", "dân cư", "biểu dương", "hiện nay", "khai thác", "dựng lên", "quả thật", "tiêu chí", "tiêu chuẩn", "tiêu biểu", "dân tộc", "dân chủ", "dân số",
        "đi đôi", "phát minh", "đào tạo", "chính sách",
    ]

    /// Function words (hư từ: determiners, quantifiers, numerals, pronouns, prepositions,
    /// conjunctions, aspect and modal words), after the word classes of Diệp Quang Ban,
    /// *Ngữ pháp tiếng Việt* (2005). Each is a word on its own and stands at the seams
    /// between words, so a pair with one of them (*các bộ*, *mỗi trường*, *cùng cấp*,
    /// *rác tại*) is read as two words, never as a misspelt compound.
    static let functionWords: Set<String> = [
        // determiners and quantifiers
        "các", "những", "mọi", "mỗi", "từng", "cả", "tất", "mấy", "vài", "nhiều", "ít", "cùng",
        // demonstratives
        "này", "đó", "kia", "ấy", "nọ", "đây", "đấy", "nào", "gì", "sao",
        // numerals
        "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ",
        "tỉ", "lăm", "mốt", "nửa", "rưỡi",
        // pronouns
        "tôi", "ta", "chúng", "họ", "mình", "ông", "bà", "anh", "chị", "em", "nó", "ai",
        // prepositions and conjunctions
        "và", "với", "hoặc", "hay", "nhưng", "mà", "thì", "là", "của", "cho", "tại", "từ", "đến", "tới", "trong", "ngoài",
        "trên", "dưới", "sau", "trước", "giữa", "về", "theo", "bằng", "do", "vì", "nên", "để", "khi", "nếu", "như", "tuy",
        "sang", "qua", "ở", "nhằm", "cũng", "đều", "rằng", "hễ", "dù",
        // aspect, modality, negation, degree
        "đã", "đang", "sẽ", "vẫn", "còn", "vừa", "mới", "chỉ", "rất", "hơn", "nhất", "quá", "lắm", "không", "chưa", "chẳng",
        "được", "bị", "có", "phải", "cần", "nên", "hãy", "đừng", "chớ", "lại", "ra", "vào", "lên", "xuống", "đi", "luôn",
    ]

    /// Known acronyms of bodies and programmes: never reported as misspellings.
    static let acronyms: Set<String> = [
        "MTTQVN", "MTTQ", "UBMTTQ", "UBMTTQVN", "UBND", "HĐND", "UBKT", "BCHQS", "VPĐU", "TNCS", "ANTT", "NVQS", "THCS",
        "THPT", "KTXH", "CTXH", "CNXH", "BCĐ", "QPAN", "ATGT", "HĐNDT", "BHXH", "BHYT", "CCHC", "XDĐ",
    ]

    /// Fixed names of bodies as compounds (two-syllable words): a name cut inside a
    /// compound (*Ủy ban nhân,*; *Ban Thường Đảng ủy*) is truncated.
    static let bodies: [[[String]]] = [
        [["ủy", "ban"], ["nhân", "dân"]],
        [["hội", "đồng"], ["nhân", "dân"]],
        [["ban"], ["thường", "vụ"], ["đảng", "ủy"]],
        [["ban"], ["thường", "vụ"], ["thành", "ủy"]],
        [["ban"], ["thường", "vụ"], ["tỉnh", "ủy"]],
        [["ban"], ["chấp", "hành"], ["đảng", "bộ"]],
        [["ban"], ["chỉ", "huy"], ["quân", "sự"]],
        [["ủy", "ban"], ["mặt", "trận"], ["tổ", "quốc"]],
        [["mặt", "trận"], ["tổ", "quốc"], ["việt", "nam"]],
        [["ủy", "ban"], ["kiểm", "tra"]],
        [["văn", "phòng"], ["đảng", "ủy"]],
        [["ban"], ["xây", "dựng"], ["đảng"]],
        [["ban"], ["tuyên", "giáo"], ["và"], ["dân", "vận"]],
    ]
}
