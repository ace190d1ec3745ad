/// Makes Graphviz's SVG safe to place inside an HTML page.
///
/// Graphviz escapes document text itself; this is the second line of defence. The markup is
/// read tag by tag: the XML declaration, the DOCTYPE and comments are dropped, ids are
/// prefixed so that several diagrams can share a page, and anything that could run or load
/// something is refused: an element outside the drawing vocabulary, an event attribute, a link
/// anywhere but https://undocs.org/.
enum InlineSVG {
    struct Rejected: Error, Hashable, Sendable, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    /// The elements Graphviz writes.
    static let allowedElements: Set<String> = [
        "svg", "g", "title", "text", "tspan", "path", "polygon", "polyline", "ellipse", "circle", "rect",
        "line", "a", "defs", "lineargradient", "radialgradient", "stop",
    ]

    /// - Complexity: O(n) in the length of the markup.
    static func sanitised(_ svg: String, idPrefix: String) throws(Rejected) -> String {
        let bytes = Array(svg.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        var i = 0
        var sawRoot = false
        var depth = 0
        while i < bytes.count {
            let b = bytes[i]
            if b != UInt8(ascii: "<") {
                // Text between tags: Graphviz has escaped it. `>` is legal in text; `<` never reaches here.
                if sawRoot { out.append(b) }
                i += 1
                continue
            }
            if starts(bytes, i, "<!--") {
                guard let end = find(bytes, from: i + 4, "-->") else { throw Rejected(reason: "unterminated comment") }
                i = end + 3
                continue
            }
            if starts(bytes, i, "<?") {
                guard let end = find(bytes, from: i + 2, "?>") else { throw Rejected(reason: "unterminated declaration") }
                i = end + 2
                continue
            }
            if starts(bytes, i, "<!") {
                guard !starts(bytes, i, "<![CDATA[") else { throw Rejected(reason: "CDATA section") }
                guard !sawRoot, let end = find(bytes, from: i + 2, ">") else { throw Rejected(reason: "markup declaration inside the drawing") }
                i = end + 1
                continue
            }
            var tag = try readTag(bytes, at: i)
            i = tag.end
            guard allowedElements.contains(tag.name.lowercased()) else {
                throw Rejected(reason: "element <\(tag.name)> is not allowed")
            }
            if !sawRoot {
                guard tag.name == "svg", !tag.closing else { throw Rejected(reason: "the drawing does not start with <svg>") }
                sawRoot = true
            }
            if tag.closing {
                depth -= 1
            } else {
                if !tag.selfClosing { depth += 1 }
                tag.attributes = try checkedAttributes(tag.attributes, idPrefix: idPrefix)
            }
            out += Array(tag.markup.utf8)
            if sawRoot && depth == 0 { break }
        }
        guard sawRoot, depth == 0 else { throw Rejected(reason: "the drawing is not a complete <svg> element") }
        return String(decoding: out, as: UTF8.self)
    }

    private struct Tag {
        var name: String
        var closing: Bool
        var selfClosing: Bool
        var attributes: [(name: String, value: String)]
        var end: Int

        var markup: String {
            if closing { return "</\(name)>" }
            var s = "<" + name
            for a in attributes { s += " \(a.name)=\"\(a.value)\"" }
            return s + (selfClosing ? "/>" : ">")
        }
    }

    /// Reads `<name a="v" …>`, `</name>` or `<name …/>`; values must be double-quoted (as
    /// Graphviz writes them) and are kept as written (already escaped).
    private static func readTag(_ bytes: [UInt8], at start: Int) throws(Rejected) -> Tag {
        var i = start + 1
        var closing = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "/") { closing = true; i += 1 }
        let nameStart = i
        while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
        let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
        guard !name.isEmpty else { throw Rejected(reason: "malformed tag at byte \(start)") }
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        while true {
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count else { throw Rejected(reason: "unterminated tag <\(name)>") }
            if bytes[i] == UInt8(ascii: ">") { i += 1; break }
            if bytes[i] == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">"), !closing {
                selfClosing = true
                i += 2
                break
            }
            guard !closing else { throw Rejected(reason: "attributes on a closing tag </\(name)>") }
            let attrStart = i
            while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
            let attrName = String(decoding: bytes[attrStart..<i], as: UTF8.self)
            guard !attrName.isEmpty, i + 1 < bytes.count, bytes[i] == UInt8(ascii: "="),
                  bytes[i + 1] == UInt8(ascii: "\"") else {
                throw Rejected(reason: "malformed attribute in <\(name)>")
            }
            i += 2
            let valueStart = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                guard bytes[i] != UInt8(ascii: "<") else { throw Rejected(reason: "unescaped < in an attribute of <\(name)>") }
                i += 1
            }
            guard i < bytes.count else { throw Rejected(reason: "unterminated attribute \(attrName) in <\(name)>") }
            attributes.append((attrName, String(decoding: bytes[valueStart..<i], as: UTF8.self)))
            i += 1
        }
        return Tag(name: name, closing: closing, selfClosing: selfClosing, attributes: attributes, end: i)
    }

    /// Refuses event handlers and foreign links; prefixes ids and references to them.
    private static func checkedAttributes(_ attributes: [(name: String, value: String)],
                                          idPrefix: String) throws(Rejected) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        for (name, value) in attributes {
            let lower = name.lowercased()
            if lower.hasPrefix("on") { throw Rejected(reason: "event attribute \(name)") }
            if lower == "href" || lower.hasSuffix(":href") {
                guard Links.isSafeUndocsURL(value) else { throw Rejected(reason: "link to \(value)") }
                result.append((name, value))
                continue
            }
            // `url(` looked for byte by byte: Foundation's `contains` was a few per cent of a site's time.
            if lower == "style", containsURL(value.lowercased()) { throw Rejected(reason: "style with url()") }
            if lower == "id" {
                result.append((name, idPrefix + value))
                continue
            }
            if containsURL(value) {
                // Gradient references: url(#id) → url(#prefix-id); any other url() is refused.
                let rewritten = value.replacingOccurrences(of: "url(#", with: "url(#" + idPrefix)
                if rewritten.replacingOccurrences(of: "url(#" + idPrefix, with: "").contains("url(") {
                    throw Rejected(reason: "external reference in \(name)")
                }
                result.append((name, rewritten))
                continue
            }
            result.append((name, value))
        }
        return result
    }

    /// Whether `value` holds `url(` (case-sensitive, as `String.contains` looks).
    static func containsURL(_ value: String) -> Bool {
        var state = 0
        for b in value.utf8 {
            switch (state, b) {
            case (_, UInt8(ascii: "u")): state = 1
            case (1, UInt8(ascii: "r")): state = 2
            case (2, UInt8(ascii: "l")): state = 3
            case (3, UInt8(ascii: "(")): return true
            default: state = 0
            }
        }
        return false
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    private static func starts(_ bytes: [UInt8], _ i: Int, _ prefix: String) -> Bool {
        let p = Array(prefix.utf8)
        guard i + p.count <= bytes.count else { return false }
        for k in 0..<p.count where bytes[i + k] != p[k] { return false }
        return true
    }

    private static func find(_ bytes: [UInt8], from start: Int, _ needle: String) -> Int? {
        let n = Array(needle.utf8)
        guard n.count > 0, bytes.count >= n.count else { return nil }
        var i = start
        while i + n.count <= bytes.count {
            if bytes[i] == n[0], starts(bytes, i, needle) { return i }
            i += 1
        }
        return nil
    }
}
