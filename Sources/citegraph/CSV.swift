import Foundation

/// RFC 4180 fields for the command line's CSV outputs (`rank`, `extract`, `cited-by`).
enum CSV {
    /// The field as is, or quoted (quotes doubled) when it holds a comma, quote or line break;
    /// `'` before a formula-like start (`=1+1` → `'=1+1`), as `export` does (`Escape.csv`).
    static func field(_ s: String) -> String {
        if startsLikeFormula(s) { return field("'" + s) }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// A cell starting with `=`, `+`, `-`, `@`, tab or CR is run as a formula by the spreadsheets
    /// that open the file; a leading `'` makes it text, as they expect.
    static func startsLikeFormula(_ s: String) -> Bool {
        guard let first = s.utf8.first else { return false }
        return first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
    }
}
