import Foundation

/// A failure of the operating system (open, read, write, rename), as data: the `errno`
/// code. Its text is made in Vietnamese or English by `message(_:)`, so that no English
/// Foundation text ("NSCocoaErrorDomain error 512") reaches a Vietnamese user.
public struct SystemError: Error, Sendable, Equatable {
    /// The `errno` value; 0 when the cause is not known.
    public var code: Int32

    /// The error of `errno` code `code`.
    public init(_ code: Int32) { self.code = code }

    /// The error of the current `errno`.
    public static var current: SystemError { SystemError(errno) }

    /// The `errno` behind any error Foundation throws (POSIX, or Cocoa with a POSIX cause).
    public init(_ error: any Error) {
        if let known = error as? SystemError { self = known; return }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { code = Int32(ns.code); return }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            code = Int32(underlying.code)
            return
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case 4, 260: code = ENOENT
            case 257, 513: code = EACCES
            case 516: code = EEXIST
            case 640: code = ENOSPC
            case 642: code = EROFS
            default: code = 0
            }
            return
        }
        code = 0
    }

    /// What went wrong, in `language`: a few words, no file name.
    public func message(_ language: Language) -> String {
        let vi = language == .vi
        switch code {
        case EACCES, EPERM: return vi ? "không có quyền truy cập" : "permission denied"
        case ENOENT: return vi ? "không có tệp hoặc thư mục này" : "no such file or folder"
        case ENOTDIR: return vi ? "một phần của đường dẫn không phải thư mục" : "a part of the path is not a folder"
        case EISDIR: return vi ? "là thư mục" : "is a folder"
        case ENOSPC, EDQUOT: return vi ? "hết chỗ trên đĩa" : "no space left on the disk"
        case EROFS: return vi ? "ổ đĩa chỉ đọc" : "read-only file system"
        case EEXIST: return vi ? "đã có tệp hoặc thư mục cùng tên" : "a file or folder of that name exists"
        case ENAMETOOLONG: return vi ? "tên quá dài" : "name too long"
        case ELOOP: return vi ? "vòng lặp liên kết tượng trưng" : "too many symbolic links"
        case EIO: return vi ? "lỗi đọc/ghi của thiết bị" : "input/output error"
        case EMFILE, ENFILE: return vi ? "quá nhiều tệp đang mở" : "too many open files"
        case EXDEV: return vi ? "nằm trên ổ đĩa khác" : "on another file system"
        case EBUSY, ETXTBSY: return vi ? "tệp đang bận" : "the file is busy"
        case EFBIG: return vi ? "tệp quá lớn" : "file too large"
        case 0: return vi ? "lỗi hệ thống không rõ nguyên nhân" : "system error of unknown cause"
        default: return vi ? "lỗi hệ thống số \(code)" : "system error \(code)"
        }
    }
}
