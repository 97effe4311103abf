import Foundation

/// One input's line in `summary.json` / `summary.csv`, also kept in its output file.
public struct BatchRow: Codable, Sendable, Equatable {
    /// ok: converted (possibly with findings); failed: not converted, see `reason`.
    public enum Status: String, Codable, Sendable { case ok, failed }

    /// The input path, as found.
    public var path: String
    /// Its output file, relative to the output folder (ok only).
    public var output: String?
    public var status: Status
    /// Taken from an up-to-date output of an earlier run (`--resume`).
    public var resumed: Bool = false
    /// Document type as written (`CHƯƠNG TRÌNH`) and its code (`CTr`).
    public var documentType: String?
    public var typeCode: String?
    /// The number symbol as written without `Số` (`57-NQ/TW`, `249/2025/NĐ-CP`).
    public var number: String?
    /// `party` or `state`, when the header tells.
    public var system: String?
    /// The date of the place-date line, ISO 8601 as far as it is filled in.
    public var date: String?
    /// Documents attached after the signature.
    public var attachments: Int = 0
    /// The encoding the input was decoded from.
    public var encoding: String?
    public var meetings: Int = 0
    public var monthlyPlans: Int = 0
    public var errors: Int = 0
    public var warnings: Int = 0
    public var infos: Int = 0
    /// Bytes repaired while decoding (replaced by U+FFFD).
    public var decodeWarnings: Int = 0
    /// Why a failed input failed: a message for a person and a stable code.
    public var reason: String?
    public var reasonCode: String?
    public var bytes: Int = 0
    /// Time spent on this input.
    public var milliseconds: Int = 0

    public init(path: String, status: Status) {
        self.path = path
        self.status = status
    }

    /// Whether the row has a finding at or above `level`.
    public func hasFindings(atLeast level: Severity) -> Bool {
        switch level {
        case .error: return errors > 0
        case .warning: return errors + warnings > 0
        case .info: return errors + warnings + infos > 0
        }
    }
}

/// `summary.json`: the whole batch.
public struct BatchSummary: Codable, Sendable {
    public var vanban = VanBan.version
    /// Inputs found.
    public var inputs: Int
    public var ok: Int
    public var failed: Int
    /// Taken from earlier outputs (`--resume`).
    public var resumed: Int
    /// Stopped by SIGINT/SIGTERM before every input was processed (`files` lists the done ones).
    public var interrupted: Bool
    public var seconds: Double
    public var jobs: Int
    public var files: [BatchRow]
    /// Entries under the input folders that were not processed, each with its reason.
    public var skipped: [Skipped]

    /// One entry not processed.
    public struct Skipped: Codable, Sendable, Equatable {
        public var path: String
        /// `hidden`, `pattern`, `outputFolder`, `symlinkedFolder`, `brokenLink`, `special`.
        public var reasonCode: String
        public var reason: String
    }

    public init(inputs: Int, files: [BatchRow], interrupted: Bool, seconds: Double, jobs: Int,
                skipped: [SkippedEntry] = [], language: Language = .vi) {
        self.inputs = inputs
        self.files = files
        self.skipped = skipped.map { Skipped(path: $0.path, reasonCode: $0.reason.rawValue, reason: $0.message(language)) }
        self.ok = files.filter { $0.status == .ok }.count
        self.failed = files.filter { $0.status == .failed }.count
        self.resumed = files.filter(\.resumed).count
        self.interrupted = interrupted
        self.seconds = seconds
        self.jobs = jobs
    }

    /// The column names of `summary.csv` in `language` (English by default).
    public static func csvHeader(_ language: Language) -> [String] {
        switch language {
        case .en: return ["path", "status", "document_type", "type_code", "number", "system", "date", "attachments", "encoding",
                          "meetings", "monthly_plans", "errors", "warnings", "infos", "decode_warnings", "reason_code", "reason", "output"]
        case .vi: return ["đường dẫn", "trạng thái", "loại văn bản", "mã loại", "số, ký hiệu", "hệ thống", "ngày", "số văn bản kèm theo",
                          "bảng mã", "số hội nghị", "số kế hoạch tháng", "lỗi", "cảnh báo", "lưu ý", "cảnh báo giải mã", "mã lý do", "lý do", "kết quả"]
        }
    }

    /// `summary.csv` (`CSV.file`): one row per input, in input order, then one per skipped entry; column names in `header`.
    public func csv(header language: Language = .en) -> [UInt8] {
        let header = Self.csvHeader(language)
        let records = files.map { r in
            [
                r.path, r.status.rawValue, r.documentType ?? "", r.typeCode ?? "", r.number ?? "", r.system ?? "", r.date ?? "",
                String(r.attachments), r.encoding ?? "",
                String(r.meetings), String(r.monthlyPlans), String(r.errors), String(r.warnings), String(r.infos),
                String(r.decodeWarnings), r.reasonCode ?? "", r.reason ?? "", r.output ?? "",
            ]
        }
        // Skipped entries follow, with status `skipped`, so that the table accounts for every entry.
        let skippedRecords = skipped.map { e in
            [e.path, "skipped"] + Array(repeating: "", count: header.count - 5) + [e.reasonCode, e.reason, ""]
        }
        return CSV.file(header: header, records: records + skippedRecords)
    }
}
