import CiteCore

/// Reads what a canonical symbol says about time, body and kind, for nodes that carry no date.
///
/// Within one numbering (Security Council resolutions; General Assembly, Human Rights Council or
/// ECOSOC resolutions of one kind) the symbol orders documents more reliably than a date does:
/// two resolutions adopted on one day still have an order.
public enum SymbolChronology {
    /// A position in one numbering: documents with the same `family` compare by `(major, minor)`.
    public struct Sequence: Hashable, Sendable, Comparable {
        /// `S/RES`, `A/RES`, `A/DEC`, `A/HRC/RES`, `E/RES`, `E/CN.4/RES`, …
        public var family: String
        public var major: Int
        public var minor: Int

        public static func < (a: Sequence, b: Sequence) -> Bool {
            (a.family, a.major, a.minor) < (b.family, b.major, b.minor)
        }
    }

    /// The numbering position of a symbol, when it follows one of the regular patterns.
    ///
    /// `S/RES/1325 (2000)` → (S/RES, 1325, 0); `A/RES/73/154` → (A/RES, 73, 154);
    /// `A/RES/2200 (XXI)` → (A/RES, 21, 2200); `E/RES/2019/20` → (E/RES, 2019, 20).
    /// Emergency and special sessions (`ES-11/1`, `S-27/2`) have no place in the regular order: nil.
    public static func sequence(of symbol: String) -> Sequence? {
        if symbol.hasPrefix("S/RES/") {
            let rest = symbol.dropFirst(6)
            let digits = rest.prefix(while: \.isASCIIDigit)
            guard let n = Int(digits) else { return nil }
            return Sequence(family: "S/RES", major: n, minor: 0)
        }
        let families = ["A/HRC/RES/", "A/HRC/DEC/", "E/CN.4/RES/", "E/CN.4/DEC/", "A/RES/", "A/DEC/", "E/RES/", "E/DEC/"]
        guard let family = families.first(where: { symbol.hasPrefix($0) }) else { return nil }
        let rest = symbol.dropFirst(family.count)
        let name = String(family.dropLast())
        // `73/154`, `2019/20`
        let parts = rest.split(separator: "/", maxSplits: 1)
        if parts.count == 2, let major = Int(parts[0]) {
            let minorDigits = parts[1].prefix(while: \.isASCIIDigit)
            guard let minor = Int(minorDigits) else { return nil }
            return Sequence(family: name, major: major, minor: minor)
        }
        // `2200 (XXI)`
        if let open = rest.firstIndex(of: "("), let close = rest.firstIndex(of: ")"), open < close {
            let number = rest[..<open].prefix(while: \.isASCIIDigit)
            let roman = rest[rest.index(after: open)..<close]
            if let n = Int(number), let session = Symbols.romanValue(roman) {
                return Sequence(family: name, major: session, minor: n)
            }
        }
        return nil
    }

    /// The year of an ISO date, or else the year a symbol implies.
    public static func year(date: String?, symbol: String) -> Int? {
        if let date, date.utf8.count >= 4, let y = Int(date.prefix(4)), y > 1 { return y }
        return year(ofSymbol: symbol)
    }

    /// The year a symbol implies: `(2000)` for the Security Council, session + 1945 for the
    /// General Assembly, the year for ECOSOC and the Commission on Human Rights, an estimate
    /// (three sessions a year since 2006) for the Human Rights Council.
    public static func year(ofSymbol symbol: String) -> Int? {
        if symbol.hasPrefix("S/RES/"), let open = symbol.lastIndex(of: "("), let close = symbol.lastIndex(of: ")"),
           open < close, let y = Int(symbol[symbol.index(after: open)..<close]) {
            return y
        }
        if symbol.hasPrefix("A/RES/ES-") || symbol.hasPrefix("A/RES/S-") { return nil }
        guard let seq = sequence(of: symbol) else { return nil }
        switch seq.family {
        case "A/RES", "A/DEC": return seq.major + 1945
        case "A/HRC/RES", "A/HRC/DEC": return 2006 + max(seq.major - 1, 0) / 3
        case "E/RES", "E/DEC", "E/CN.4/RES", "E/CN.4/DEC": return seq.major >= 1946 ? seq.major : nil
        default: return nil
        }
    }

    /// Body that a symbol names (`A/HRC/RES/54/7` → HRC), nil when it names none.
    public static func body(of symbol: String) -> Body? { Symbols.body(ofSymbol: symbol) }

    /// Kind that a symbol shows: resolution, decision, treaty, instrument, or other document.
    public static func kind(of symbol: String) -> TargetKind { Symbols.kind(ofSymbol: symbol) }
}
