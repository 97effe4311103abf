extension HTMLReport {
    /// The report's words in Vietnamese or English (already HTML-safe).
    struct Words {
        let language: Language
        init(_ language: Language) { self.language = language }
        private var vi: Bool { language == .vi }

        var reportTitle: String { vi ? "Báo cáo kiểm tra" : "Check report" }
        var indexTitle: String { vi ? "Báo cáo kiểm tra — danh sách văn bản" : "Check reports — documents" }
        var summary: String { vi ? "Tóm tắt" : "Summary" }
        var timeline: String { vi ? "Lịch chương trình" : "Calendar" }
        var structure: String { vi ? "Bố cục văn bản" : "Structure" }
        var document: String { vi ? "Văn bản" : "Document" }
        var footer: String {
            vi ? "Tô màu: đỏ = lỗi, vàng = cảnh báo, xanh = lưu ý. Di chuột lên chỗ tô màu để xem nội dung."
               : "Colours: red = error, yellow = warning, blue = note. Hover a highlight to read it."
        }
        var number: String { vi ? "Số" : "No." }
        var issuer: String { vi ? "Cơ quan ban hành" : "Issued by" }
        var signers: String { vi ? "Người ký" : "Signed by" }
        var attachments: String { vi ? "Văn bản kèm theo" : "Attached documents" }
        var subject: String { vi ? "V/v" : "Subject" }
        var noFindings: String { vi ? "Không có phát hiện nào." : "No findings." }
        var severityHeader: String { vi ? "Mức" : "Severity" }
        var rule: String { vi ? "Quy tắc" : "Rule" }
        var countHeader: String { vi ? "Số lần" : "Count" }
        var where_: String { vi ? "Dòng (bấm để xem)" : "Lines (click to see)" }
        var year: String { vi ? "Năm" : "Year" }
        var outsideTerm: String { vi ? "ngoài nhiệm kỳ" : "outside the term" }
        var meetingShort: String { vi ? "HN" : "Mtg" }
        var extendedShort: String { vi ? "mở rộng" : "extended" }
        var eventShort: String { vi ? "Tổ chức" : "Held" }
        var legendMeeting: String { vi ? "hội nghị lần thứ 1;" : "meeting no. 1;" }
        var legendExtended: String { vi ? "hội nghị mở rộng;" : "extended meeting;" }
        var legendPlan: String { vi ? "kế hoạch tháng (số nội dung);" : "monthly plan (items);" }
        var legendEvent: String { vi ? "ngày tổ chức của kế hoạch;" : "the plan's event;" }
        var legendFindings: String { vi ? "số phát hiện ở phần đó (di chuột để xem, bấm để đến dòng)." : "findings there (hover to read, click to go to the line)." }
        var noTimeline: String {
            vi ? "Văn bản không có hội nghị, kế hoạch tháng hay ngày tổ chức nào để xếp lịch."
               : "The document has no meetings, monthly plans or event date to place on a calendar."
        }
        var undated: String { vi ? "Chưa xác định được tháng, năm:" : "Without a month and year:" }
        var filterSeverity: String { vi ? "Mức:" : "Severity:" }
        var filterRule: String { vi ? "Quy tắc:" : "Rule:" }
        func blankLines(_ count: Int, from: Int, to: Int) -> String {
            vi ? "(\(count) dòng trống, dòng \(from)–\(to))" : "(\(count) blank lines, lines \(from)–\(to))"
        }
        var onlyNoted: String { vi ? "Chỉ hiện dòng có phát hiện" : "Only lines with findings" }
        var onlyProblemFiles: String { vi ? "Chỉ hiện tệp có lỗi, cảnh báo hoặc không đọc được" : "Only files with errors, warnings or failures" }
        var suggestedFix: String { vi ? "Đề xuất sửa:" : "Suggested fix:" }
        var why: String { vi ? "Vì sao?" : "Why?" }
        var file: String { vi ? "Tệp" : "File" }
        var type: String { vi ? "Loại văn bản" : "Type" }
        var meetingsHeader: String { vi ? "Hội nghị" : "Meetings" }
        var plansHeader: String { vi ? "Kế hoạch tháng" : "Monthly plans" }
        var failedBecause: String { vi ? "Không xử lý được:" : "Not processed:" }

        func severity(_ s: Severity) -> String {
            switch (s, vi) {
            case (.error, true): return "Lỗi"
            case (.warning, true): return "Cảnh báo"
            case (.info, true): return "Lưu ý"
            case (.error, false): return "Error"
            case (.warning, false): return "Warning"
            case (.info, false): return "Note"
            }
        }

        /// `10 lỗi`, `1 error`, `2 warnings`.
        func count(_ n: Int, _ s: Severity) -> String {
            if vi { return "\(n) \(severity(s).lowercased())" }
            return "\(n) \(severity(s).lowercased())\(n == 1 ? "" : "s")"
        }

        func monthShort(_ m: Int) -> String {
            vi ? "T\(m)" : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
        }

        func items(_ n: Int) -> String { vi ? "\(n) nội dung" : "\(n) item\(n == 1 ? "" : "s")" }

        func planTitle(month: Int?, year: Int?) -> String {
            let m = month.map(String.init) ?? "?", y = year.map(String.init) ?? "?"
            return vi ? "Kế hoạch tháng \(m)/\(y)" : "Plan for \(m)/\(y)"
        }

        func recordCounts(lines: Int, meetings: Int, plans: Int, items: Int) -> String {
            vi ? "\(lines) dòng · \(meetings) hội nghị · \(plans) kế hoạch tháng · \(items) nội dung theo lịch"
               : "\(lines) lines · \(meetings) meetings · \(plans) monthly plans · \(items) scheduled items"
        }

        func files(_ n: Int) -> String { vi ? "\(n) tệp" : "\(n) file\(n == 1 ? "" : "s")" }
        func failedFiles(_ n: Int) -> String { vi ? "\(n) không xử lý được" : "\(n) failed" }

        func more(_ n: Int) -> String { vi ? "… và \(n) chỗ khác (vanban lint --fix sửa tất cả)" : "… and \(n) more (vanban lint --fix applies them all)" }

        func eventLabel(day: Int?, month: Int?) -> String {
            let date = [day, month].compactMap { $0 }.map(String.init).joined(separator: "/")
            return vi ? "Tổ chức \(date)" : "Held \(date)"
        }

        func insert(_ new: String) -> String { vi ? "chèn \(new)" : "insert \(new)" }
        func delete(_ old: String) -> String { vi ? "xoá \(old)" : "delete \(old)" }
        func replace(_ old: String, _ new: String) -> String { vi ? "thay \(old) bằng \(new)" : "replace \(old) with \(new)" }
    }
}
