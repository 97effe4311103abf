/// The text of one input after decoding, with what is needed to point back into
/// the bytes the user has.
public struct DecodedText: Sendable {
    /// The text (not yet normalised: NFD stays NFD here).
    ///
    /// Text decoded from valid UTF-8 is held as those bytes, with its line table found in the
    /// same pass as their validation (`SourceText.scan`), and made a String only when this is
    /// read: a String validated the bytes a second time and `SourceText` copied them out of it
    /// again (issue 17, tenth session).
    public var text: String {
        get {
            if let storedText { return storedText }
            return validUTF8.withUnsafeBufferPointer { String(validUTF8: $0, isASCII: false) }
        }
        set {
            storedText = newValue
            validUTF8 = []
            lines = nil
        }
    }
    /// `text` when it was given as a String; nil when it is `validUTF8`.
    private var storedText: String?
    /// The text's UTF-8 bytes, known to be valid, when `storedText` is nil (else empty).
    private(set) var validUTF8: [UInt8] = []
    /// The physical lines of `validUTF8`, found while it was validated (nil with `storedText`).
    private(set) var lines: SourceText.Lines?
    /// The encoding the bytes were read in.
    public var encoding: TextEncoding
    /// Whether the encoding was detected (false when forced or given by a BOM).
    public var detected: Bool
    /// Problems met while decoding, each with its position.
    public var warnings: [DecodeWarning]
    /// For encodings that spend several bytes on one letter (VNI, VIQR): for every
    /// scalar of `text`, its offset in the input (one extra entry for the end).
    /// Nil when each scalar is one column of the original, as in UTF-8, UTF-16,
    /// TCVN3 and Windows-1258.
    public var origins: [Int32]?
    /// For a Word file: where each line of `text` comes from in the document.
    public var docx: DocxText?

    /// Plain UTF-8 text, nothing to report.
    public init(text: String, encoding: TextEncoding = .utf8, detected: Bool = false,
                warnings: [DecodeWarning] = [], origins: [Int32]? = nil) {
        self.storedText = text
        self.encoding = encoding
        self.detected = detected
        self.warnings = warnings
        self.origins = origins
    }
}

extension DecodedText {
    /// Text of the valid UTF-8 `bytes`, whose lines are `lines` (`SourceText.scan`).
    init(validUTF8 bytes: [UInt8], lines: SourceText.Lines) {
        self.init(text: "")
        storedText = nil
        validUTF8 = bytes
        self.lines = lines
    }

    /// Calls `body` with the UTF-8 bytes of `text`, without making a String of bytes it holds.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if var storedText { return try storedText.withUTF8(body) }
        return try validUTF8.withUnsafeBufferPointer(body)
    }

    /// The text's UTF-8 bytes and, when they were decoded from valid UTF-8, their lines.
    var utf8AndLines: (utf8: [UInt8], lines: SourceText.Lines?) {
        if let storedText { return (Array(storedText.utf8), nil) }
        return (validUTF8, lines)
    }
}

/// Something decoding repaired but the user should know about.
public struct DecodeWarning: Sendable, Equatable {
    /// What was repaired.
    public enum Kind: Sendable, Equatable {
        /// Bytes that are not UTF-8 in a UTF-8 file, replaced by U+FFFD.
        case invalidUTF8
        /// Bytes the chosen legacy encoding does not define, replaced by U+FFFD.
        case undefinedByte(TextEncoding)
        /// A Word document still holding this many tracked changes, read as accepted.
        case trackedChanges(Int)
    }
    /// What was repaired.
    public var kind: Kind
    /// 1-based line.
    public var line: Int
    /// 1-based column (in the original's characters).
    public var column: Int

    /// One line for a person: `file:line:col: cảnh báo: …`.
    public func message(file: String, in language: Language) -> String {
        switch (kind, language) {
        case (.invalidUTF8, .vi):
            return "\(file):\(line):\(column): cảnh báo: byte không hợp lệ trong UTF-8, đã thay bằng ký tự U+FFFD"
        case (.invalidUTF8, .en):
            return "\(file):\(line):\(column): warning: invalid UTF-8 byte replaced by U+FFFD"
        case (.undefinedByte(let e), .vi):
            return "\(file):\(line):\(column): cảnh báo: byte không có trong bảng mã \(e.rawValue), đã thay bằng U+FFFD"
        case (.undefinedByte(let e), .en):
            return "\(file):\(line):\(column): warning: byte undefined in \(e.rawValue), replaced by U+FFFD"
        case (.trackedChanges(let n), .vi):
            return "\(file):\(line):\(column): cảnh báo: tài liệu còn \(n) thay đổi được theo dõi (Track Changes); "
                + "đã đọc như khi chấp nhận tất cả (giữ phần chèn, bỏ phần xóa)"
        case (.trackedChanges(let n), .en):
            return "\(file):\(line):\(column): warning: the document still has \(n) tracked change\(n == 1 ? "" : "s"); "
                + "read as if all were accepted (insertions kept, deletions dropped)"
        }
    }
}
