/// Canonical identifiers of DESIGN.md, built from the parts of a citation.
public enum Symbols {
    /// Roman numeral value (I…XL), or nil when `s` is not one.
    public static func romanValue(_ s: some StringProtocol) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        guard !s.isEmpty, s.count <= 8 else { return nil }
        var total = 0
        var previous = 0
        for ch in s.reversed() {
            guard let v = values[ch] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        return total > 0 ? total : nil
    }

    /// First Security Council resolution number of each year (1946…2026), learned from the corpus
    /// and the Council's records; used to tell "1325 (2000)" from "vol. 382 (1960)".
    static let firstSCResolutionOfYear: [Int: Int] = [
        1946: 1, 1947: 16, 1948: 38, 1949: 67, 1950: 79, 1951: 90, 1952: 97, 1953: 99, 1954: 104,
        1955: 106, 1956: 111, 1957: 122, 1958: 127, 1959: 132, 1960: 133, 1961: 161, 1962: 171,
        1963: 178, 1964: 186, 1965: 200, 1966: 220, 1967: 233, 1968: 245, 1969: 263, 1970: 276,
        1971: 292, 1972: 308, 1973: 325, 1974: 345, 1975: 367, 1976: 385, 1977: 403, 1978: 423,
        1979: 444, 1980: 462, 1981: 485, 1982: 500, 1983: 529, 1984: 546, 1985: 560, 1986: 581,
        1987: 594, 1988: 607, 1989: 627, 1990: 647, 1991: 684, 1992: 726, 1993: 800, 1994: 893,
        1995: 967, 1996: 1036, 1997: 1091, 1998: 1147, 1999: 1220, 2000: 1285, 2001: 1335,
        2002: 1387, 2003: 1455, 2004: 1522, 2005: 1581, 2006: 1651, 2007: 1739, 2008: 1795,
        2009: 1860, 2010: 1908, 2011: 1967, 2012: 2033, 2013: 2086, 2014: 2133, 2015: 2196,
        2016: 2260, 2017: 2337, 2018: 2398, 2019: 2452, 2020: 2504, 2021: 2561, 2022: 2618,
        2023: 2672, 2024: 2722, 2025: 2768, 2026: 2812,
    ]

    /// Whether `number (year)` is a plausible Security Council resolution (within a small margin).
    public static func isPlausibleSCResolution(number: Int, year: Int) -> Bool {
        guard number >= 1, let first = firstSCResolutionOfYear[year] else {
            // Years after the table: numbers keep growing by about 50 a year.
            if year > 2026 && year < 2100 { return number >= 2800 && number <= 2812 + (year - 2025) * 90 }
            return false
        }
        let next = firstSCResolutionOfYear[year + 1] ?? (first + 90)
        return number >= first - 12 && number <= next + 12
    }

    /// The year the Council adopted resolution `number`, when the table knows it (numbers up to the
    /// last full year of the table); nil after it.
    public static func scYear(ofNumber number: Int) -> Int? {
        guard number >= 1, let lastYear = firstSCResolutionOfYear.keys.max(), let last = firstSCResolutionOfYear[lastYear], number < last else { return nil }
        return firstSCResolutionOfYear.filter { $0.value <= number }.keys.max()
    }

    /// Whether `written` reads as a slip for the year `real`: a year or two off, one digit wrong
    /// ("1325 (2010)"), or two neighbouring digits swapped ("2312 (2106)").
    public static func looksLikeTypo(of real: Int, written: Int) -> Bool {
        if abs(real - written) <= 2 { return true }
        let a = Array(String(real)), b = Array(String(written))
        guard a.count == b.count else { return false }
        let differing = a.indices.filter { a[$0] != b[$0] }
        if differing.count == 1 { return true }
        if differing.count == 2, differing[1] == differing[0] + 1, a[differing[0]] == b[differing[1]], a[differing[1]] == b[differing[0]] { return true }
        return false
    }

    /// `S/RES/1325 (2000)`.
    public static func scResolution(_ number: Int, year: Int) -> String { "S/RES/\(number) (\(year))" }

    /// Canonical id of a resolution or decision given its body and its number as cited
    /// (`73/154`, `ES-11/1`, `S-27/2`, `2019/20`, `2200 (XXI)`).
    public static func canonical(body: Body, kind: TargetKind, number: String) -> String? {
        let isDecision = kind == .decision
        switch body {
        case .ga: return (isDecision ? "A/DEC/" : "A/RES/") + number
        case .hrc: return (isDecision ? "A/HRC/DEC/" : "A/HRC/RES/") + number
        case .ecosoc: return (isDecision ? "E/DEC/" : "E/RES/") + number
        case .chr: return (isDecision ? "E/CN.4/DEC/" : "E/CN.4/RES/") + number
        case .sc, .other: return nil
        }
    }

    /// Body of a document symbol (`A/HRC/RES/54/7` → HRC).
    public static func body(ofSymbol s: String) -> Body? {
        if s.hasPrefix("A/HRC/") { return .hrc }
        if s.hasPrefix("E/CN.4/") { return .chr }
        if s.hasPrefix("A/") { return .ga }
        if s.hasPrefix("S/") { return .sc }
        if s.hasPrefix("E/") { return .ecosoc }
        return nil
    }

    /// Kind of a UN document symbol: resolution, decision or other document.
    public static func kind(ofSymbol s: String) -> TargetKind {
        if s.containsASCII("/RES/") { return .resolution }
        if s.containsASCII("/DEC/") { return .decision }
        if s.hasPrefix("UNTS ") || s.hasPrefix("LNTS ") { return .treaty }
        if s.hasPrefix("instrument:") { return .instrument }
        return .document
    }

    /// Drops part letters from a symbol: `A/RES/75/101 A-B` → `A/RES/75/101`, `A/RES/75/290 A` → `A/RES/75/290`.
    public static func withoutPart(_ s: String) -> String {
        // A symbol spaced once between its words (almost every one) keeps its bytes up to the last
        // space, or all of them: the words split and joined again would be the same.
        let u = s.utf8
        // No space at all (most targets but the Council's): nothing to drop.
        guard u.contains(0x20) else { return s }
        if let first = u.first, first != 0x20, u.last != 0x20, !zip(u, u.dropFirst()).contains(where: { $0 == 0x20 && $1 == 0x20 }) {
            guard let space = u.lastIndex(of: 0x20) else { return s }
            return isPart(s[s.index(after: space)...]) ? String(s[..<space]) : s
        }
        var parts = s.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2 else { return s }
        if isPart(parts[parts.count - 1]) { parts.removeLast() }
        return parts.joined(separator: " ")
    }

    /// A part's letters after a symbol's number: "A", "B", "A-B", "A-C" (up to five, from A to H).
    static func isPart(_ last: Substring) -> Bool {
        last.allSatisfy { $0.isUppercase || $0 == "-" } && last.count <= 5
            && last.first.map { $0 >= "A" && $0 <= "H" } == true && !last.hasPrefix("(")
    }

    /// The identity of a document: a resolution adopted in several parts in one text
    /// (`A/RES/75/101 A-B`) is its number; one part published alone (`A/RES/77/292 B`) keeps its letter,
    /// so that the parts of one number stay apart.
    public static func documentSymbol(_ s: String) -> String {
        guard let space = s.lastIndex(of: " ") else { return s }
        let last = s[s.index(after: space)...]
        if last.count == 1, let c = last.first, c >= "A", c <= "H" { return s }
        return withoutPart(s)
    }

    /// `https://undocs.org/<symbol>` for UN document symbols; nil for treaties and instruments.
    /// Letters, digits and `/.-_~`: the bytes an undocs.org address keeps as they are.
    static func isUnreservedInURL(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "~"): true
        default: false
        }
    }

    public static func undocsURL(_ s: String) -> String? {
        switch kind(ofSymbol: s) {
        case .treaty, .instrument: return nil
        default:
            var out: [UInt8] = Array("https://undocs.org/".utf8)
            out.reserveCapacity(out.count + s.utf8.count)
            let hex = Array("0123456789ABCDEF".utf8)
            for b in s.utf8 {
                if Symbols.isUnreservedInURL(b) { out.append(b) } else {
                    out.append(UInt8(ascii: "%")); out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 15)])
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Turns a file name into a symbol: `A_RES_78_153.txt` → `A/RES/78/153`,
    /// `S_RES_2467_(2019).txt` → `S/RES/2467 (2019)`, `S_RES_0002_1946_EN_GOLD.txt` → `S/RES/2 (1946)`.
    public static func fromFileName(_ name: String) -> String? {
        var base = name
        if let dot = base.lastIndex(of: ".") { base = String(base[..<dot]) }
        let pieces = base.split(separator: "_").map(String.init)
        guard pieces.count >= 3 else { return nil }
        if pieces[0] == "S", pieces[1] == "RES", pieces.count >= 3 {
            let num = pieces[2]
            if let n = Int(num) {
                if pieces.count >= 4, let y = Int(pieces[3].trimmingCharacters(in: ["(", ")"])), y > 1945 {
                    return scResolution(n, year: y)
                }
            }
            return nil
        }
        let known = ["A", "E", "S"]
        guard known.contains(pieces[0]) else { return nil }
        let joined = pieces.joined(separator: "/")
        guard joined.contains("/RES/") || joined.contains("/DEC/") || joined.hasPrefix("S/PRST/") else { return nil }
        // A trailing part (`A-B`, `B`) keeps its space.
        if let last = pieces.last, last.count <= 3, last.allSatisfy({ $0.isUppercase || $0 == "-" }),
           pieces.count >= 4 {
            return pieces.dropLast().joined(separator: "/") + " " + last
        }
        return joined
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

