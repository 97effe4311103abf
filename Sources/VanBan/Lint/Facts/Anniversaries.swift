/// Base dates of the events documents celebrate (*kỷ niệm N năm …*).
///
/// Source: KNOWLEDGE.md "Anniversary base dates" (official dates of founding days as
/// published by the Party and State). A wrong fact is a one-line fix here.
enum Anniversaries {
    struct Event: Sendable {
        /// Phrases that name the event, lower case, old tone style; matched as words.
        var phrases: [String]
        /// Day, month, year of the base date.
        var day: Int, month: Int, year: Int
    }

    static let events: [Event] = [
        Event(phrases: ["thành lập đảng", "ngày thành lập đảng", "đảng cộng sản việt nam"], day: 3, month: 2, year: 1930),
        Event(phrases: ["cách mạng tháng tám", "cách mạng tháng 8", "tháng tám", "công an nhân dân"], day: 19, month: 8, year: 1945),
        Event(phrases: ["quốc khánh", "2/9"], day: 2, month: 9, year: 1945),
        Event(phrases: ["thương binh - liệt sĩ", "thương binh – liệt sĩ", "thương binh liệt sĩ", "thương binh, liệt sĩ"], day: 27, month: 7, year: 1947),
        Event(phrases: ["giải phóng miền nam", "thống nhất đất nước", "30/4"], day: 30, month: 4, year: 1975),
        Event(phrases: ["quân đội nhân dân việt nam", "thành lập quân đội nhân dân"], day: 22, month: 12, year: 1944),
        Event(phrases: ["ngày hội quốc phòng toàn dân", "quốc phòng toàn dân"], day: 22, month: 12, year: 1989),
        Event(phrases: ["mặt trận tổ quốc việt nam", "mặt trận dân tộc thống nhất", "mặt trận tổ quốc"], day: 18, month: 11, year: 1930),
        Event(phrases: ["hội liên hiệp phụ nữ việt nam", "phụ nữ việt nam", "hội liên hiệp phụ nữ"], day: 20, month: 10, year: 1930),
        Event(phrases: ["hội nông dân việt nam", "hội nông dân"], day: 14, month: 10, year: 1930),
        Event(phrases: ["đoàn tncs hồ chí minh", "đoàn thanh niên cộng sản hồ chí minh", "thành lập đoàn"], day: 26, month: 3, year: 1931),
        Event(phrases: ["hội cựu chiến binh việt nam", "hội cựu chiến binh", "cựu chiến binh việt nam"], day: 6, month: 12, year: 1989),
        Event(phrases: ["ngày nhà giáo việt nam", "nhà giáo việt nam"], day: 20, month: 11, year: 1982),
        Event(phrases: ["ngày thầy thuốc việt nam", "thầy thuốc việt nam"], day: 27, month: 2, year: 1955),
        Event(phrases: ["báo chí cách mạng việt nam", "báo chí cách mạng"], day: 21, month: 6, year: 1925),
        Event(phrases: ["giải phóng hải phòng", "giải phóng thành phố hải phòng"], day: 13, month: 5, year: 1955),
        Event(phrases: ["giải phóng thủ đô"], day: 10, month: 10, year: 1954),
        Event(phrases: ["ngày sinh chủ tịch hồ chí minh", "ngày sinh bác hồ", "sinh nhật bác", "ngày sinh của chủ tịch hồ chí minh"], day: 19, month: 5, year: 1890),
        Event(phrases: ["ngành tổ chức xây dựng đảng", "ngày truyền thống ngành tổ chức"], day: 14, month: 10, year: 1930),
        Event(phrases: ["ngành kiểm tra đảng", "ngày truyền thống ngành kiểm tra"], day: 16, month: 10, year: 1948),
        Event(phrases: ["văn phòng cấp ủy", "ngày truyền thống văn phòng cấp ủy"], day: 18, month: 10, year: 1930),
        Event(phrases: ["ngành tuyên giáo", "ngày truyền thống ngành tuyên giáo"], day: 1, month: 8, year: 1930),
        Event(phrases: ["công tác dân vận", "ngày truyền thống công tác dân vận", "dân vận của đảng"], day: 15, month: 10, year: 1930),
        Event(phrases: ["quốc tế lao động"], day: 1, month: 5, year: 1886),
        // Beyond KNOWLEDGE.md, each with the text that fixes the date:
        // Điều lệ Đội TNTP Hồ Chí Minh (Đội thành lập ngày 15/5/1941).
        Event(phrases: ["đội thiếu niên tiền phong hồ chí minh", "đội tntp hồ chí minh", "đội thiếu niên tiền phong"], day: 15, month: 5, year: 1941),
        // Điều lệ Công đoàn Việt Nam (Công đoàn Việt Nam thành lập ngày 28/7/1929).
        Event(phrases: ["công đoàn việt nam", "thành lập công đoàn"], day: 28, month: 7, year: 1929),
        // Điều lệ Hội Chữ thập đỏ Việt Nam (Hội thành lập ngày 23/11/1946).
        Event(phrases: ["hội chữ thập đỏ việt nam", "hội chữ thập đỏ", "chữ thập đỏ việt nam"], day: 23, month: 11, year: 1946),
        // Điều lệ Hội Liên hiệp Thanh niên Việt Nam (Ngày truyền thống 15/10/1956).
        Event(phrases: ["hội liên hiệp thanh niên việt nam", "hội liên hiệp thanh niên"], day: 15, month: 10, year: 1956),
        // Điều lệ Hội Sinh viên Việt Nam (Ngày truyền thống học sinh, sinh viên 09/01/1950).
        Event(phrases: ["hội sinh viên việt nam", "truyền thống học sinh, sinh viên", "truyền thống học sinh sinh viên"], day: 9, month: 1, year: 1950),
        // Quyết định 72/2001/QĐ-TTg (28/6 hằng năm là Ngày Gia đình Việt Nam, từ 2001).
        Event(phrases: ["ngày gia đình việt nam", "gia đình việt nam"], day: 28, month: 6, year: 2001),
        // The historical events of the yearly Hướng dẫn tuyên truyền kỷ niệm các ngày lễ lớn,
        // sự kiện lịch sử (Ban Tuyên giáo Trung ương), with their dates:
        Event(phrases: ["quốc tế phụ nữ"], day: 8, month: 3, year: 1910),
        Event(phrases: ["điện biên phủ"], day: 7, month: 5, year: 1954),
        Event(phrases: ["điện biên phủ trên không"], day: 30, month: 12, year: 1972),
        Event(phrases: ["nam bộ kháng chiến"], day: 23, month: 9, year: 1945),
        Event(phrases: ["toàn quốc kháng chiến"], day: 19, month: 12, year: 1946),
        Event(phrases: ["ra đi tìm đường cứu nước"], day: 5, month: 6, year: 1911),
        Event(phrases: ["lời kêu gọi thi đua ái quốc", "thi đua ái quốc"], day: 11, month: 6, year: 1948),
        // Bộ đội Biên phòng, founded 03/3/1959 (Luật Biên phòng Việt Nam 2020 makes 03/3 the
        // Ngày Biên phòng toàn dân).
        Event(phrases: ["bộ đội biên phòng"], day: 3, month: 3, year: 1959),
    ]

    /// Phrase words split once.
    static let tokenized: [(words: [String], event: Int)] = {
        var list: [(words: [String], event: Int)] = []
        for (k, e) in events.enumerated() {
            for p in e.phrases {
                list.append((Lexer.tokenize(LogicalLine(CleanLine(source: SourceText(name: "", text: p), index: 0))).tokens.map(\.lower), k))
            }
        }
        // Longest first: "cách mạng tháng tám" before "tháng tám".
        return list.sorted { $0.words.count > $1.words.count }
    }()
}
