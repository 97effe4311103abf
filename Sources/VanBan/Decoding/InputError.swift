/// Why an input could not be read. Error *data*: the text shown to a user is made
/// by `message(in:)`, in Vietnamese or English.
public struct InputError: Error, Sendable, Equatable {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// The path does not exist.
        case notFound
        /// The path is a directory, not a file.
        case isDirectory
        /// The file exists but could not be read (permissions, I/O error).
        case unreadable(String)
        /// The operating system refused (permissions, I/O error): an `errno` code, shown
        /// in the user's language (`SystemError`).
        case system(Int32)
        /// The input has no bytes at all.
        case empty
        /// The bytes are not text: NUL bytes or many control characters.
        case binary
        /// The bytes are not valid UTF-16 although a UTF-16 byte-order mark says so.
        case invalidEncoding(line: Int, column: Int)
        /// Not UTF-8, and no legacy encoding fits well enough to be guessed.
        case unknownEncoding
        /// A Word file (or something named or shaped like one) that cannot be read.
        case container(ContainerProblem)
    }

    /// The file name as the user gave it (`-` for standard input).
    public var file: String
    /// What went wrong.
    public var reason: Reason

    /// Creates an error for `file`.
    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    /// One line for a person, in the given language.
    public func message(in language: Language) -> String {
        switch (reason, language) {
        case (.notFound, .vi): return "\(file): không tìm thấy tệp"
        case (.notFound, .en): return "\(file): no such file"
        case (.isDirectory, .vi): return "\(file): là thư mục, không phải tệp văn bản"
        case (.isDirectory, .en): return "\(file): is a directory, not a text file"
        case (.unreadable(let why), .vi): return "\(file): không đọc được tệp (\(why))"
        case (.unreadable(let why), .en): return "\(file): cannot read the file (\(why))"
        case (.system(let code), _):
            let why = SystemError(code).message(language)
            return language == .vi ? "\(file): không đọc được tệp (\(why))" : "\(file): cannot read the file (\(why))"
        case (.empty, .vi): return "\(file): tệp rỗng, không có nội dung để xử lý"
        case (.empty, .en): return "\(file): the file is empty"
        case (.binary, .vi): return "\(file): không phải tệp văn bản (dữ liệu nhị phân)"
        case (.binary, .en): return "\(file): not a text file (binary data)"
        case (.invalidEncoding(let l, let c), .vi):
            return "\(file):\(l):\(c): dữ liệu UTF-16 không hợp lệ"
        case (.invalidEncoding(let l, let c), .en):
            return "\(file):\(l):\(c): invalid UTF-16 data"
        case (.unknownEncoding, .vi):
            return "\(file): không nhận ra bảng mã (không phải UTF-8, không đủ chắc là bảng mã cũ nào); "
                + "hãy chỉ rõ bằng --encoding \(TextEncoding.choices)"
        case (.unknownEncoding, .en):
            return "\(file): cannot tell the encoding (not UTF-8, and no legacy encoding fits with confidence); "
                + "name it with --encoding \(TextEncoding.choices)"
        case (.container(let problem), _):
            return "\(file): " + problem.message(in: language)
        }
    }
}

/// Language of messages shown to people. Vietnamese is the default.
public enum Language: String, Sendable, CaseIterable {
    /// Tiếng Việt.
    case vi
    /// English.
    case en
}
