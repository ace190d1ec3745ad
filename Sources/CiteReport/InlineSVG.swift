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

    /// - Complexity: O(n) in the length of the markup. Works on the UTF-8 bytes: a tag's name and
    ///   attributes are byte ranges, and a `String` is made only for a link to check or an error.
    static func sanitised(_ svg: String, idPrefix: String) throws(Rejected) -> String {
        var svg = svg
        let prefix = Array(idPrefix.utf8)
        let result: Result<String, Rejected> = svg.withUTF8 { bytes in
            do throws(Rejected) { return .success(try sanitised(bytes, idPrefix: prefix)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    private static func sanitised(_ bytes: UnsafeBufferPointer<UInt8>, idPrefix: [UInt8]) throws(Rejected) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        var i = 0
        var sawRoot = false
        var depth = 0
        var tag = Tag()
        while i < bytes.count {
            let b = bytes[i]
            if b != UInt8(ascii: "<") {
                // Text between tags: Graphviz has escaped it. `>` is legal in text; `<` never reaches here.
                if sawRoot { out.append(b) }
                i += 1
                continue
            }
            if starts(bytes, i, commentOpen) {
                guard let end = find(bytes, from: i + 4, commentClose) else { throw Rejected(reason: "unterminated comment") }
                i = end + 3
                continue
            }
            if starts(bytes, i, declarationOpen) {
                guard let end = find(bytes, from: i + 2, declarationClose) else { throw Rejected(reason: "unterminated declaration") }
                i = end + 2
                continue
            }
            if starts(bytes, i, markupOpen) {
                guard !starts(bytes, i, cdataOpen) else { throw Rejected(reason: "CDATA section") }
                guard !sawRoot, let end = find(bytes, from: i + 2, tagClose) else { throw Rejected(reason: "markup declaration inside the drawing") }
                i = end + 1
                continue
            }
            try readTag(bytes, at: i, into: &tag)
            i = tag.end
            guard isAllowedElement(bytes[tag.name]) else {
                throw Rejected(reason: "element <\(string(bytes[tag.name]))> is not allowed")
            }
            if !sawRoot {
                guard bytes[tag.name].elementsEqual("svg".utf8), !tag.closing else { throw Rejected(reason: "the drawing does not start with <svg>") }
                sawRoot = true
            }
            if tag.closing {
                depth -= 1
                out.append(contentsOf: "</".utf8)
                out.append(contentsOf: bytes[tag.name])
                out.append(UInt8(ascii: ">"))
            } else {
                if !tag.selfClosing { depth += 1 }
                out.append(UInt8(ascii: "<"))
                out.append(contentsOf: bytes[tag.name])
                for a in tag.attributes {
                    out.append(UInt8(ascii: " "))
                    out.append(contentsOf: bytes[a.name])
                    out.append(contentsOf: "=\"".utf8)
                    try appendCheckedValue(bytes, name: a.name, value: a.value, idPrefix: idPrefix, to: &out)
                    out.append(UInt8(ascii: "\""))
                }
                out.append(contentsOf: tag.selfClosing ? "/>".utf8 : ">".utf8)
            }
            if sawRoot && depth == 0 { break }
        }
        guard sawRoot, depth == 0 else { throw Rejected(reason: "the drawing is not a complete <svg> element") }
        return String(decoding: out, as: UTF8.self)
    }

    private static let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8)
    private static let declarationOpen = Array("<?".utf8), declarationClose = Array("?>".utf8)
    private static let markupOpen = Array("<!".utf8), cdataOpen = Array("<![CDATA[".utf8), tagClose = Array(">".utf8)
    private static let allowedElementBytes: [[UInt8]] = allowedElements.sorted().map { Array($0.utf8) }

    /// A tag as byte ranges of the markup; its attribute list is reused from tag to tag.
    private struct Tag {
        var name: Range<Int> = 0..<0
        var closing = false
        var selfClosing = false
        var attributes: [(name: Range<Int>, value: Range<Int>)] = []
        var end = 0
    }

    private static func string(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The element's name, compared without case, is one Graphviz writes.
    private static func isAllowedElement(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        allowedElementBytes.contains { allowed in
            allowed.count == name.count && zip(allowed, name).allSatisfy { $0 == lowered($1) }
        }
    }

    private static func lowered(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// Reads `<name a="v" …>`, `</name>` or `<name …/>`; values must be double-quoted (as
    /// Graphviz writes them) and are kept as written (already escaped).
    private static func readTag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, into tag: inout Tag) throws(Rejected) {
        var i = start + 1
        tag.closing = false
        tag.selfClosing = false
        tag.attributes.removeAll(keepingCapacity: true)
        if i < bytes.count, bytes[i] == UInt8(ascii: "/") { tag.closing = true; i += 1 }
        let nameStart = i
        while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
        tag.name = nameStart..<i
        guard !tag.name.isEmpty else { throw Rejected(reason: "malformed tag at byte \(start)") }
        while true {
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count else { throw Rejected(reason: "unterminated tag <\(string(bytes[tag.name]))>") }
            if bytes[i] == UInt8(ascii: ">") { i += 1; break }
            if bytes[i] == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">"), !tag.closing {
                tag.selfClosing = true
                i += 2
                break
            }
            guard !tag.closing else { throw Rejected(reason: "attributes on a closing tag </\(string(bytes[tag.name]))>") }
            let attrStart = i
            while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
            let attrName = attrStart..<i
            guard !attrName.isEmpty, i + 1 < bytes.count, bytes[i] == UInt8(ascii: "="),
                  bytes[i + 1] == UInt8(ascii: "\"") else {
                throw Rejected(reason: "malformed attribute in <\(string(bytes[tag.name]))>")
            }
            i += 2
            let valueStart = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                guard bytes[i] != UInt8(ascii: "<") else { throw Rejected(reason: "unescaped < in an attribute of <\(string(bytes[tag.name]))>") }
                i += 1
            }
            guard i < bytes.count else {
                throw Rejected(reason: "unterminated attribute \(string(bytes[attrName])) in <\(string(bytes[tag.name]))>")
            }
            tag.attributes.append((attrName, valueStart..<i))
            i += 1
        }
        tag.end = i
    }

    /// Refuses event handlers and foreign links; prefixes ids and references to them. Appends the
    /// attribute's value, as it is or rewritten, to `out`.
    private static func appendCheckedValue(_ bytes: UnsafeBufferPointer<UInt8>, name: Range<Int>, value: Range<Int>,
                                           idPrefix: [UInt8], to out: inout [UInt8]) throws(Rejected) {
        let n = bytes[name], v = bytes[value]
        func nameIs(_ word: String) -> Bool { n.count == word.utf8.count && zip(n, word.utf8).allSatisfy { lowered($0) == $1 } }
        func nameEndsWith(_ suffix: String) -> Bool {
            n.count >= suffix.utf8.count && zip(n.suffix(suffix.utf8.count), suffix.utf8).allSatisfy { lowered($0) == $1 }
        }
        if n.count >= 2, lowered(n[n.startIndex]) == UInt8(ascii: "o"), lowered(n[n.startIndex + 1]) == UInt8(ascii: "n") {
            throw Rejected(reason: "event attribute \(string(n))")
        }
        if nameIs("href") || nameEndsWith(":href") {
            let url = string(v)
            guard Links.isSafeUndocsURL(url) else { throw Rejected(reason: "link to \(url)") }
            out.append(contentsOf: v)
            return
        }
        if nameIs("style"), !urlOpenings(v, caseInsensitive: true).isEmpty { throw Rejected(reason: "style with url()") }
        if nameIs("id") {
            out.append(contentsOf: idPrefix)
            out.append(contentsOf: v)
            return
        }
        let urlAt = urlOpenings(v, caseInsensitive: false)
        guard !urlAt.isEmpty else { out.append(contentsOf: v); return }
        // Gradient references: url(#id) → url(#prefix-id); any other url() is refused.
        var k = v.startIndex
        for at in urlAt {
            let hash = at + 4
            guard hash < v.endIndex, v[hash] == UInt8(ascii: "#") else { throw Rejected(reason: "external reference in \(string(n))") }
            out.append(contentsOf: v[k...hash])
            out.append(contentsOf: idPrefix)
            k = hash + 1
        }
        out.append(contentsOf: v[k...])
    }

    /// Where each `url(` of `value` starts (compared as `containsURL` does, or without case).
    private static func urlOpenings(_ value: Slice<UnsafeBufferPointer<UInt8>>, caseInsensitive: Bool) -> [Int] {
        var found: [Int] = []
        var state = 0
        for k in value.indices {
            let b = caseInsensitive ? lowered(value[k]) : value[k]
            switch (state, b) {
            case (_, UInt8(ascii: "u")): state = 1
            case (1, UInt8(ascii: "r")): state = 2
            case (2, UInt8(ascii: "l")): state = 3
            case (3, UInt8(ascii: "(")): found.append(k - 3); state = 0
            default: state = 0
            }
        }
        return found
    }

    /// Whether `value` holds `url(` (case-sensitive, as `String.contains` looks): the scan the
    /// sanitiser runs over attribute values, on a `String`.
    static func containsURL(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { !urlOpenings($0[...], caseInsensitive: false).isEmpty }
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ p: [UInt8]) -> Bool {
        guard i + p.count <= bytes.count else { return false }
        for k in 0..<p.count where bytes[i + k] != p[k] { return false }
        return true
    }

    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ n: [UInt8]) -> Int? {
        guard n.count > 0, bytes.count >= n.count else { return nil }
        var i = start
        while i + n.count <= bytes.count {
            if bytes[i] == n[0], starts(bytes, i, n) { return i }
            i += 1
        }
        return nil
    }
}
