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
        parts.append("\"span\":[\(c.span.lowerBound),\(c.span.upperBound)]")
        str("text", c.text)
        if let d = c.date { str("date", d) }
        if let p = c.part { str("part", p) }
        if let t = c.title { str("title", t) }
        if let f = c.footnote { parts.append("\"footnote\":\(f)") }
        if let u = c.unts { parts.append("\"unts\":{\"volume\":\(u.volume),\"number\":\(u.number)\(u.league ? ",\"league\":true" : "")}") }
        if let v = c.via { str("via", v.rawValue) }
        return "{" + parts.joined(separator: ",") + "}"
    }

    /// A JSON string literal with its quotes (RFC 8259): `"` `\` and control characters escaped.
    public static func quote(_ s: String) -> String {
        // Byte by byte: every byte that needs an escape is ASCII, so the rest of the UTF-8 is copied
        // as it is (scalar by scalar appends cost more than the query of `citedby` on a hub).
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(s.utf8.count + 8)
        let hex = Array("0123456789abcdef".utf8)
        for b in s.utf8 {
            switch b {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0..<0x20: bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: bytes.append(b)
            }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }
}
