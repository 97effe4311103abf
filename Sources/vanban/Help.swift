import VanBan

/// Help texts, Vietnamese by default, English with `--lang en`.
enum Help {
    static func main(_ language: Language) -> String {
        switch language {
        case .vi:
            return """
            vanban \(VanBan.version) — đọc và kiểm tra văn bản Đảng, văn bản hành chính (chương trình, kế hoạch, nghị quyết)

            Cách dùng:
              vanban parse TỆP|-        Phân tích văn bản, in bản ghi JSON (hội nghị, tháng, nội dung, chỉ tiêu, phụ lục…)
              vanban --help              Trợ giúp này
              vanban --version           Phiên bản

            Tùy chọn chung:
              --lang vi|en               Ngôn ngữ thông báo (mặc định: tiếng Việt)

            Mã thoát: 0 thành công; 1 có lỗi ở mức chặn; 2 không đọc được đầu vào hoặc sai cú pháp lệnh.

            Ví dụ:
              vanban parse chuong-trinh-2026.txt > ban-ghi.json
              cat du-thao.txt | vanban parse - --compact
            """
        case .en:
            return """
            vanban \(VanBan.version) — reads and checks Vietnamese Party and administrative documents

            Usage:
              vanban parse FILE|-        Parse a document and print its record as JSON
              vanban --help              This help
              vanban --version           Version

            Common options:
              --lang vi|en               Language of messages (default: Vietnamese)

            Exit codes: 0 success; 1 findings at or above the fail level; 2 unreadable input or bad usage.

            Examples:
              vanban parse programme-2026.txt > record.json
              cat draft.txt | vanban parse - --compact
            """
        }
    }

    static func parse(_ language: Language) -> String {
        switch language {
        case .vi:
            return """
            vanban parse TỆP|- [--compact]

            Phân tích một văn bản (tệp, hoặc - để đọc từ đầu vào chuẩn) và in bản ghi JSON:
            phần đầu (loại, số, địa danh, ngày, tiêu đề, nhiệm kỳ), căn cứ, cây mục, các hội nghị,
            kế hoạch từng tháng, nội dung và cơ quan chuẩn bị, chỉ tiêu, phụ lục, nơi nhận, chữ ký.
            Mỗi phần tử kèm vị trí (dòng, cột) trong tệp gốc.

              --compact     In JSON trên một dòng

            Ví dụ:
              vanban parse corpus/001_c8064ae758f1624a.txt
            """
        case .en:
            return """
            vanban parse FILE|- [--compact]

            Parses one document (a file, or - for standard input) and prints its record as JSON:
            header (type, number, place, date, title, term), legal bases, section tree, meetings,
            monthly plans, items with preparers, targets, appendices, recipients, signature.
            Every node carries its line and column in the original file.

              --compact     Print the JSON on one line

            Example:
              vanban parse corpus/001_c8064ae758f1624a.txt
            """
        }
    }
}
