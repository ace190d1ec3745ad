/// UN document symbols as written in AKN links and covers, normalised the way the corpus
/// tables normalise them (`truth/akn_links.tsv`'s `target`, `akn/index.tsv`'s `symbol`).
enum AKNSymbol {
    /// The linked symbol of an `href` to a UN document (undocs.org or docs.un.org), or `nil`
    /// for any other URL.
    ///
    ///     target(href: "https://undocs.org/en/S/RES/2282(2016)")  // "S/RES/2282 (2016)"
    ///     target(href: "https://undocs.org/en/A/RES/47/120b")     // "A/RES/47/120 B"
    ///     target(href: "https://undocs.org/fr/A/RES/76/13")       // "A/RES/76/13"
    ///
    /// - Complexity: O(n) in the length of the URL.
    static func target(href: String) -> String? {
        let trimmed = trim(href)
        guard let match = trimmed.wholeMatch(of: hostPattern) else { return nil }
        var path = percentDecoded(String(match.output.2 ?? ""))
        if path.hasPrefix("/") { path.removeFirst() }
        // The language segment of the six official languages (`/en/`, `/fr/`, `/zh/`, …) is no part of the symbol.
        if let slash = path.firstIndex(of: "/"), languageSegments.contains(path[..<slash].lowercased()) {
            path = String(path[path.index(after: slash)...])
        }
        path = trim(trimSlashes(path))
        guard !path.isEmpty else { return nil }
        // A decoded `%1B[31m` (or any control or invisible character) is no symbol: as a node id
        // it would break SVG and reach the terminal raw.
        guard !path.unicodeScalars.contains(where: SymbolText.isHidden) else { return nil }
        return normalise(path)
    }

    /// A symbol normalised: first segment upper-cased; resolutions in canonical form
    /// (`S/RES/N (YYYY)`, `A/RES/N (XXI)`, `A/RES/75/290 A`, `A/HRC/RES/…`, `E/RES/…`);
    /// anything else as written.
    static func normalise(_ symbol: String) -> String {
        var segments = symbol.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !segments.isEmpty else { return symbol }
        segments[0] = segments[0].uppercased()
        let s = segments.joined(separator: "/")
        if let m = s.wholeMatch(of: scResolution) {
            return "S/RES/\(m.output.1) (\(m.output.2))"
        }
        if let m = s.wholeMatch(of: gaRomanResolution) {
            return "A/RES/\(m.output.1) (\(m.output.2.uppercased()))"
        }
        if let m = s.wholeMatch(of: sessionResolution) {
            var out = "\(m.output.1.uppercased())/\(m.output.2.uppercased())/\(m.output.3)"
            if let part = m.output.4 { out += " " + part.uppercased() }
            return out
        }
        return s
    }

    /// Body of a document from its symbol.
    static func body(of symbol: String) -> Body? {
        let s = symbol.uppercased()
        if s.hasPrefix("A/HRC/") { return .hrc }
        if s.hasPrefix("E/CN.4/") { return .chr }
        if s.hasPrefix("E/") { return .ecosoc }
        if s.hasPrefix("S/") { return .sc }
        if s.hasPrefix("A/") { return .ga }
        return nil
    }

    /// The language codes undocs.org puts before a symbol: the six official languages (Chinese as `ch` or `zh`).
    static let languageSegments: Set<String> = ["ar", "zh", "ch", "en", "fr", "ru", "es"]

    // MARK: - Patterns

    nonisolated(unsafe) private static let hostPattern = #/(?i)https?://(www\.)?(?:undocs\.org|docs\.un\.org)(/.*)?/#
    nonisolated(unsafe) private static let scResolution = #/(?i)S/RES/([0-9]+)\s*\(([0-9]{4})\)/#
    nonisolated(unsafe) private static let gaRomanResolution = #/(?i)A/RES/([0-9]+)\s*\(((?:ES-|S-)?[IVXLC]+)\)/#
    nonisolated(unsafe) private static let sessionResolution =
        #/(?i)(A/RES|A/HRC/RES|E/RES)/((?:ES-|S-)?[0-9]+)/([0-9]+)\s*([A-Za-z](?:-[A-Za-z])?)?/#

    private static func trimSlashes(_ s: String) -> String {
        guard let first = s.firstIndex(where: { $0 != "/" }), let last = s.lastIndex(where: { $0 != "/" }) else { return "" }
        return String(s[first...last])
    }

    /// Trims Python-style whitespace from both ends.
    private static func trim(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !AKNTextBuffer.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !AKNTextBuffer.isWhitespace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// Decodes `%XX` escapes as UTF-8; malformed escapes stay as written.
    private static func percentDecoded(_ s: String) -> String {
        let input = Array(s.utf8)
        guard input.contains(UInt8(ascii: "%")) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            if input[i] == UInt8(ascii: "%"), i + 2 < input.count,
               let hi = hex(input[i + 1]), let lo = hex(input[i + 2]) {
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(input[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
