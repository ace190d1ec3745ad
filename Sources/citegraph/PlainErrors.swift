import CiteCore
import Foundation

/// One plain line for an error of Foundation's file functions, which print as
/// `Error Domain=NSCocoaErrorDomain Code=4 "(null)" UserInfo={…}`: what could not be done, to
/// which file, and why ("cannot write Graphs/x.svg: no such folder").
enum PlainErrors {
    /// The line for `error`: Foundation's file errors rewritten, any other error as it prints.
    static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        guard ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain else { return String(describing: error) }
        let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        let reason = self.reason(ns)
        let action = (NSFileWriteUnknownError...NSFileWriteVolumeReadOnlyError).contains(ns.code) ? "cannot write"
            : (NSFileReadUnknownError...NSFileReadUnsupportedSchemeError).contains(ns.code) ? "cannot read" : "file error"
        guard let path else { return "\(action): \(reason)" }
        return "\(action) \(FileNames.printable(path)): \(reason)"
    }

    private static func reason(_ ns: NSError) -> String {
        var posix: Int32? = ns.domain == NSPOSIXErrorDomain ? Int32(ns.code) : nil
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            posix = Int32(underlying.code)
        }
        if let posix {
            switch posix {
            case ENOENT: return "no such file or folder"
            case ENOSPC: return "disk full"
            case EFBIG: return "file too large (file size limit)"
            default: return String(cString: strerror(posix)).lowercased()
            }
        }
        switch ns.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or folder"
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "disk full"
        case NSFileWriteVolumeReadOnlyError: return "read-only file system"
        case NSFileWriteFileExistsError: return "a file is already there"
        case NSFileReadCorruptFileError: return "damaged file"
        case NSFileReadInapplicableStringEncodingError, NSFileWriteInapplicableStringEncodingError: return "not in the expected text encoding"
        default: return "input/output error (code \(ns.code))"
        }
    }
}
