import Foundation

/// RFC 4180 fields for the command line's CSV outputs (`rank`, `extract`).
enum CSV {
    /// The field as is, or quoted (quotes doubled) when it holds a comma, quote or line break.
    static func field(_ s: String) -> String {
        s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
