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
              vanban normalize TỆP|-    Chuẩn hoá văn bản: UTF-8 NFC, một kiểu bỏ dấu, đổi bảng mã cũ (TCVN3, VNI…)
              vanban --help              Trợ giúp này
              vanban --version           Phiên bản

            Tùy chọn chung:
              --lang vi|en               Ngôn ngữ thông báo (mặc định: tiếng Việt)
              --encoding TÊN             Bảng mã đầu vào: utf-8, utf-16, cp1258, tcvn3, vni, viqr (mặc định: tự nhận)
              --tone-style old|new|keep  Kiểu bỏ dấu oa/oe/uy: cũ (hòa), mới (hoà), keep = theo đa số trong văn bản

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
              vanban normalize FILE|-    Normalise text: UTF-8 NFC, one tone-mark style, legacy encodings converted
              vanban --help              This help
              vanban --version           Version

            Common options:
              --lang vi|en               Language of messages (default: Vietnamese)
              --encoding NAME            Input encoding: utf-8, utf-16, cp1258, tcvn3, vni, viqr (default: detected)
              --tone-style old|new|keep  oa/oe/uy tone marks: old (hòa), new (hoà), keep = the document's majority

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

    static func normalize(_ language: Language) -> String {
        switch language {
        case .vi:
            return """
            vanban normalize TỆP|- [--output TỆP] [--reflow] [--encoding TÊN] [--tone-style old|new|keep]

            Chuẩn hoá một văn bản và in ra UTF-8 (NFC): đổi bảng mã cũ (TCVN3/ABC, VNI, Windows-1258, VIQR,
            UTF-16) sang Unicode, ghép dấu tách rời (NFD), đưa dấu thanh của oa/oe/uy về một kiểu.
            Mặc định giữ nguyên từng dòng để có thể so sánh dòng với dòng.

              --output TỆP            Ghi ra tệp (ghi an toàn: tệp tạm rồi đổi tên) thay vì ra màn hình
              --reflow                Nối lại các dòng bị ngắt của bản PDF, bỏ số trang đứng riêng, bỏ dấu nhấn
                                      Markdown (*), sửa khoảng trắng trong ngoặc và quanh gạch nối khoảng số
              --encoding TÊN          Chỉ định bảng mã: \(TextEncoding.choices)
              --tone-style KIỂU       old: hòa, khỏe, thủy; new: hoà, khoẻ, thuỷ; keep (mặc định): theo đa số

            Ví dụ:
              vanban normalize van-ban-tcvn3.txt --output van-ban-unicode.txt
              vanban normalize ban-pdf.txt --reflow --tone-style new
            """
        case .en:
            return """
            vanban normalize FILE|- [--output FILE] [--reflow] [--encoding NAME] [--tone-style old|new|keep]

            Normalises one document and prints it as UTF-8 (NFC): legacy encodings (TCVN3/ABC, VNI,
            Windows-1258, VIQR, UTF-16) converted, decomposed marks composed, oa/oe/uy tone marks in one
            style. Lines stay where they were unless --reflow, so the result diffs line for line.

              --output FILE           Write to FILE (atomically: temporary file, then rename)
              --reflow                Rejoin PDF line wraps, drop lone page numbers and Markdown emphasis (*),
                                      fix spacing inside brackets and around dashes in ranges
              --encoding NAME         Force the input encoding: \(TextEncoding.choices)
              --tone-style STYLE      old: hòa, khỏe, thủy; new: hoà, khoẻ, thuỷ; keep (default): the majority

            Examples:
              vanban normalize tcvn3-file.txt --output unicode-file.txt
              vanban normalize pdf-dump.txt --reflow --tone-style new
            """
        }
    }
}
