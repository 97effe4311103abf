/// Why a Word file (or something named like one) could not be read. Error *data*;
/// `message(in:)` gives the text, in Vietnamese or English.
public enum ContainerProblem: Error, Sendable, Equatable {
    /// Not a ZIP archive at all (and not a known other format either).
    case notZip
    /// The ZIP structure is cut short or inconsistent; the text says where.
    case malformed(String)
    /// ZIP64 or multi-disk archives, which a Word document never needs.
    case unsupportedArchive(String)
    /// An entry is encrypted, or the file is an encrypted Office document (a
    /// compound file holding `EncryptionInfo`).
    case encrypted
    /// A legacy Word 97–2003 `.doc` (compound file) renamed to `.docx`.
    case legacyWord
    /// An OpenDocument text (`.odt`) renamed to `.docx`.
    case openDocument
    /// An entry compressed with a method other than stored or deflate.
    case unsupportedMethod(entry: String, method: Int)
    /// More entries than any document has.
    case tooManyEntries(Int)
    /// An entry would inflate beyond the size limit.
    case tooLarge(entry: String, limit: Int)
    /// An entry inflates far more than real documents do (a zip bomb).
    case compressionRatio(entry: String)
    /// An entry's path is absolute or climbs out with `..`.
    case unsafePath(String)
    /// Two entries with the same name (ignoring case, as OPC part names do).
    case duplicateEntry(String)
    /// The stored checksum does not match the data.
    case checksum(String)
    /// A part the document needs is missing.
    case missingPart(String)
    /// A part is not well-formed XML, or uses a DTD (entities are never expanded).
    case badXML(part: String, reason: String)

    /// A stable code for batch summaries.
    public var code: String {
        switch self {
        case .notZip: return "notZip"
        case .malformed: return "malformedZip"
        case .unsupportedArchive: return "unsupportedArchive"
        case .encrypted: return "encrypted"
        case .legacyWord: return "legacyWord"
        case .openDocument: return "openDocument"
        case .unsupportedMethod: return "unsupportedMethod"
        case .tooManyEntries: return "tooManyEntries"
        case .tooLarge: return "tooLarge"
        case .compressionRatio: return "compressionRatio"
        case .unsafePath: return "unsafePath"
        case .duplicateEntry: return "duplicateEntry"
        case .checksum: return "checksum"
        case .missingPart: return "missingPart"
        case .badXML: return "badXML"
        }
    }

    /// The reason in words (without the file name).
    public func message(in language: Language) -> String {
        let vi = language == .vi
        switch self {
        case .notZip:
            return vi ? "không phải tệp Word .docx (không có cấu trúc ZIP)" : "not a Word .docx file (no ZIP structure)"
        case .malformed(let why):
            return vi ? "tệp .docx bị hỏng (\(why))" : "the .docx file is damaged (\(why))"
        case .unsupportedArchive(let what):
            return vi ? "tệp nén dạng \(what) không được hỗ trợ" : "\(what) archives are not supported"
        case .encrypted:
            return vi ? "tệp Word được đặt mật khẩu hoặc mã hóa; hãy bỏ mật khẩu trong Word rồi thử lại"
                      : "the Word file is password-protected or encrypted; remove the password in Word and try again"
        case .legacyWord:
            return vi ? "đây là tệp Word 97–2003 (.doc) đổi tên thành .docx; hãy mở bằng Word và lưu lại dạng .docx"
                      : "this is a Word 97–2003 (.doc) file renamed to .docx; open it in Word and save it as .docx"
        case .openDocument:
            return vi ? "đây là tệp OpenDocument (.odt) đổi tên thành .docx; hãy lưu lại dạng .docx"
                      : "this is an OpenDocument (.odt) file renamed to .docx; save it as .docx"
        case .unsupportedMethod(let entry, let method):
            return vi ? "phần \(entry) nén bằng phương pháp \(method) không được hỗ trợ"
                      : "part \(entry) uses unsupported compression method \(method)"
        case .tooManyEntries(let n):
            return vi ? "tệp .docx có quá nhiều phần (\(n))" : "the .docx file has too many parts (\(n))"
        case .tooLarge(let entry, let limit):
            return vi ? "phần \(entry) vượt quá giới hạn \(limit / 1_048_576) MB khi giải nén"
                      : "part \(entry) exceeds the \(limit / 1_048_576) MB limit when decompressed"
        case .compressionRatio(let entry):
            return vi ? "phần \(entry) có tỉ lệ nén bất thường (nghi là bom nén), không giải nén"
                      : "part \(entry) has an abnormal compression ratio (a likely zip bomb); not decompressed"
        case .unsafePath(let name):
            return vi ? "tệp chứa đường dẫn không an toàn: \(name)" : "the file holds an unsafe path: \(name)"
        case .duplicateEntry(let name):
            return vi ? "tệp chứa hai phần trùng tên: \(name)" : "the file holds two parts with the same name: \(name)"
        case .checksum(let name):
            return vi ? "phần \(name) sai mã kiểm tra (CRC), tệp bị hỏng" : "part \(name) fails its CRC check; the file is damaged"
        case .missingPart(let name):
            return vi ? "thiếu phần \(name) của tài liệu Word" : "the Word document lacks its part \(name)"
        case .badXML(let part, let reason):
            return vi ? "phần \(part) không phải XML hợp lệ (\(reason))" : "part \(part) is not valid XML (\(reason))"
        }
    }
}
