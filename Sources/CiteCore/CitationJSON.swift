import Foundation

/// The JSON record of DESIGN.md with a fixed key order, so output is byte-stable.
public enum CitationJSON {
    public static func line(_ c: Citation) -> String {
        var bytes: [UInt8] = []
        append(c, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the record of `c` (without a line break) to `out`: every key, quote and number
    /// goes into one byte buffer, so a file's records cost no string per field.
    public static func append(_ c: Citation, to out: inout [UInt8]) {
        func key(_ k: StaticString, first: Bool = false) {
            if !first { out.append(0x2C) }
            out.append(0x22)
            k.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(0x22)
            out.append(0x3A)
        }
        func str(_ k: StaticString, _ v: String, first: Bool = false) {
            key(k, first: first)
            appendQuoted(v, to: &out)
        }
        func int(_ v: Int) { out.append(contentsOf: String(v).utf8) }
        out.append(0x7B)
        str("citing", c.citing, first: true)
        str("target", c.target)
        str("targetKind", c.targetKind.rawValue)
        if let b = c.body { str("body", b.rawValue) }
        str("relation", c.relation.rawValue)
        str("section", c.section.rawValue)
        str("paragraph", c.paragraph)
        key("span")
        out.append(0x5B); int(c.span.lowerBound); out.append(0x2C); int(c.span.upperBound); out.append(0x5D)
        str("text", c.text)
        if let d = c.date { str("date", d) }
        if let p = c.part { str("part", p) }
        if let t = c.title { str("title", t) }
        if let f = c.footnote { key("footnote"); int(f) }
        if let u = c.unts {
            key("unts")
            out.append(contentsOf: "{\"volume\":".utf8); int(u.volume)
            out.append(contentsOf: ",\"number\":".utf8); int(u.number)
            if u.league { out.append(contentsOf: ",\"league\":true".utf8) }
            out.append(0x7D)
        }
        if let v = c.via { str("via", v.rawValue) }
        out.append(0x7D)
    }

    /// A JSON string literal with its quotes (RFC 8259): `"` `\` and control characters escaped.
    public static func quote(_ s: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 8)
        appendQuoted(s, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// `quote(s)` appended to `out`. Byte by byte: every byte that needs an escape is ASCII, so the
    /// rest of the UTF-8 is copied as it is; a string with nothing to escape is copied whole.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            if !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
                out.append(contentsOf: utf8)
                return
            }
            for b in utf8 {
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                default: out.append(b)
                }
            }
        }
        out.append(0x22)
    }
}
