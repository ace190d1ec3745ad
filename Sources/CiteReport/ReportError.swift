/// A report that cannot be written, said in one line.
public enum ReportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A file name that would leave the output folder (a bug guard: names are sanitised first).
    case unsafeFileName(String)
    /// The output folder or a file in it could not be written.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unsafeFileName(let name): "report file name \"\(name)\" would leave the output folder"
        case .writeFailed(let path, let reason): "\(path): cannot write the report: \(reason)"
        }
    }
}
