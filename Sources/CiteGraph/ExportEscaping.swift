import CiteCore

/// Escaping for the export formats; every function is total (any Swift string in, valid text out).
enum Escape {
    /// XML 1.0 text or attribute value: `& < > " '` as entities, tab/newline/CR as character
    /// references (so attribute values keep them), other characters XML 1.0 cannot hold
    /// (C0 controls, U+FFFE, U+FFFF) as U+FFFD.
    static func xml(_ s: String) -> String { MarkupEscaper.xmlAttribute.escape(s) }

    /// A JSON string literal with its quotes: the one quoting of CiteCore's citation records.
    static func json(_ s: String) -> String { CitationJSON.quote(s) }

    /// A CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, or starts or ends
    /// with a space; quotes doubled; `'` before a formula-like start (`=1+1` → `'=1+1`).
    static func csv(_ s: String) -> String {
        // A cell starting like a formula (`=`, `+`, `-`, `@`, tab, CR) is run by spreadsheets
        // that open the file: a leading `'` makes it text, as they expect.
        if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { return csv("'" + s) }
        let needsQuotes = s.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || s.hasPrefix(" ") || s.hasSuffix(" ")
        guard needsQuotes else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A Cypher string literal with its single quotes: `\` `'` `"` and control characters escaped.
    static func cypher(_ s: String) -> String {
        var out = "'"
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out += "\\u" + hex4(u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "'"
    }

    static func hex4(_ v: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(v >> 12 & 0xF)], digits[Int(v >> 8 & 0xF)], digits[Int(v >> 4 & 0xF)], digits[Int(v & 0xF)]])
    }

    /// A number as every export writes it: integers without a fraction, others in shortest form.
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return "\(x)"
    }
}

extension CitationGraph {
    /// Text of the `relations` attribute: `recalls:2|reaffirms:1`, in order of first occurrence.
    func relationsText(_ e: CitationEdge) -> String {
        e.relations.map { "\($0.relation.rawValue):\($0.count)" }.joined(separator: "|")
    }

    /// Display label of a node: its id (the symbol users search for).
    func label(_ v: Int) -> String { nodes[v].id }
}
