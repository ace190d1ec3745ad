import Foundation

/// Checks the bytes before an XML document's root element, before any parser sees them.
///
/// `XMLParser` asks libxml2 to substitute entities, so a document that declares entities
/// could expand without bound ("billion laughs") or pull in local files. AKN4UN files carry no
/// DOCTYPE at all, so any entity declaration or external DTD is refused outright.
enum AKNPrologScanner {
    /// - Throws: `InputError` for empty input, UTF-16/32 input, a DOCTYPE that declares
    ///   entities, or a DOCTYPE that names an external DTD.
    /// - Complexity: O(p) where p is the length of the prolog (the whole input when no root is found).
    static func check(_ data: Data, path: String) throws {
        let bytes = [UInt8](data)
        guard !bytes.isEmpty else { throw InputError(path: path, reason: "empty file") }
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
            throw InputError(path: path, reason: "XML is UTF-16 encoded; only UTF-8 AKN XML is read")
        }
        if bytes.prefix(4).contains(0) {
            throw InputError(path: path, reason: "XML is not UTF-8 encoded (NUL bytes in the prolog)")
        }
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
            if matches(bytes, at: i, "<?") {
                i = skip(bytes, from: i + 2, past: "?>")
            } else if matches(bytes, at: i, "<!--") {
                i = skip(bytes, from: i + 4, past: "-->")
            } else if matches(bytes, at: i, "<!DOCTYPE") {
                let end = try checkDoctype(bytes, from: i + 9, path: path)
                try refuseAnyEntity(bytes, from: i, to: end, path: path)
                i = end
            } else if c == UInt8(ascii: "<"), i + 1 < bytes.count, isNameStart(bytes[i + 1]) {
                return  // the root element: nothing can be declared after it
            } else {
                break  // not a well-formed prolog; the parser will say where
            }
        }
        // No root element was found where one belongs: be conservative about the rest.
        if contains(bytes, "<!ENTITY", from: 0) {
            throw InputError(path: path, reason: "XML declares entities; refused (entity expansion is not allowed)")
        }
    }

    /// Reads a DOCTYPE declaration up to its closing `>`; returns the index after it.
    private static func checkDoctype(_ bytes: [UInt8], from start: Int, path: String) throws -> Int {
        var i = start, quote: UInt8? = nil, inSubset = false
        var header: [UInt8] = []
        while i < bytes.count {
            let c = bytes[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if inSubset {
                // A processing instruction or comment may hold a lone quote: skipped whole, so
                // that it cannot open a "string" that hides a declaration after it.
                if matches(bytes, at: i, "<?") { i = skip(bytes, from: i + 2, past: "?>"); continue }
                if matches(bytes, at: i, "<!ENTITY") {
                    throw InputError(path: path, reason: "XML DOCTYPE declares entities; refused (entity expansion is not allowed)")
                }
                if matches(bytes, at: i, "<!--") { i = skip(bytes, from: i + 4, past: "-->"); continue }
                if c == UInt8(ascii: "]") { inSubset = false }
            } else if c == UInt8(ascii: "[") {
                inSubset = true
            } else if c == UInt8(ascii: ">") {
                try checkExternal(header, path: path)
                return i + 1
            }
            if !inSubset && quote == nil { header.append(c) }
            i += 1
        }
        try checkExternal(header, path: path)
        return i
    }

    /// Refuses a DOCTYPE that holds `<!ENTITY` anywhere, quoted or not: AKN files have none, so
    /// no way of hiding one (in a string, a comment, a processing instruction) needs telling apart.
    private static func refuseAnyEntity(_ bytes: [UInt8], from start: Int, to end: Int, path: String) throws {
        var i = start
        while i < min(end, bytes.count) {
            if matches(bytes, at: i, "<!ENTITY") {
                throw InputError(path: path, reason: "XML DOCTYPE declares entities; refused (entity expansion is not allowed)")
            }
            i += 1
        }
    }

    private static func checkExternal(_ header: [UInt8], path: String) throws {
        if contains(header, "SYSTEM", from: 0) || contains(header, "PUBLIC", from: 0) {
            throw InputError(path: path, reason: "XML DOCTYPE names an external DTD; refused (external entities are never resolved)")
        }
    }

    private static func isNameStart(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z"))
            || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c >= 0x80
    }

    private static func matches(_ bytes: [UInt8], at i: Int, _ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        return literal.withUTF8Buffer { lit in
            for k in 0..<n where bytes[i + k] != lit[k] { return false }
            return true
        }
    }

    private static func skip(_ bytes: [UInt8], from start: Int, past literal: StaticString) -> Int {
        var i = start
        while i < bytes.count {
            if matches(bytes, at: i, literal) { return i + literal.utf8CodeUnitCount }
            i += 1
        }
        return bytes.count
    }

    private static func contains(_ bytes: [UInt8], _ literal: StaticString, from start: Int) -> Bool {
        var i = start
        while i < bytes.count {
            if matches(bytes, at: i, literal) { return true }
            i += 1
        }
        return false
    }
}
