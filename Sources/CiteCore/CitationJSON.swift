import Foundation

/// The JSON record of DESIGN.md with a fixed key order, so output is byte-stable.
public enum CitationJSON {
    public static func line(_ c: Citation) -> String {
        var parts: [String] = []
        func str(_ k: String, _ v: String) { parts.append("\"\(k)\":\(quote(v))") }
        str("citing", c.citing)
        str("target", c.target)
        str("targetKind", c.targetKind.rawValue)
        if let b = c.body { str("body", b.rawValue) }
        str("relation", c.relation.rawValue)
        str("section", c.section.rawValue)
        str("paragraph", c.paragraph)
        parts.append("\"span\":[\(c.span[0]),\(c.span[1])]")
        str("text", c.text)
        if let d = c.date { str("date", d) }
        if let p = c.part { str("part", p) }
        if let t = c.title { str("title", t) }
        if let f = c.footnote { parts.append("\"footnote\":\(f)") }
        if let u = c.unts { parts.append("\"unts\":{\"volume\":\(u.volume),\"number\":\(u.number)\(u.league ? ",\"league\":true" : "")}") }
        if let v = c.via { str("via", v) }
        return "{" + parts.joined(separator: ",") + "}"
    }

    /// A JSON string literal with its quotes (RFC 8259): `"` `\` and control characters escaped.
    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let digits = Array("0123456789abcdef")
                    out += "\\u00" + String(digits[Int(u.value >> 4)]) + String(digits[Int(u.value & 0xF)])
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
