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
    /// Emergency and special sessions (`ES-11/1`, `S-27/2`) have no place in the regular order: nil,
    /// and so have presidential statements, treaties, instruments and other documents.
    public static func sequence(of symbol: Symbol) -> Sequence? {
        guard let number = symbol.number else { return nil }
        switch symbol.family {
        case .scResolution:
            return Sequence(family: symbol.family.rawValue, major: number, minor: 0)
        case .gaResolution, .gaDecision, .hrcResolution, .hrcDecision, .ecosocResolution, .ecosocDecision,
             .chrResolution, .chrDecision:
            // `73/154`, `2019/20`: the session or year; `2200 (XXI)`: the Roman session.
            guard let session = symbol.session, let major = Int(session) ?? Symbols.romanValue(session) else { return nil }
            return Sequence(family: symbol.family.rawValue, major: major, minor: number)
        case .scPresidentialStatement, .treaty, .instrument, .document:
            return nil
        }
    }

    /// The numbering position of a canonical symbol (parsed by `Symbol`), when it has one.
    public static func sequence(of symbol: String) -> Sequence? { Symbol(symbol).flatMap(sequence(of:)) }

    /// The year of an ISO date, or else the year a symbol implies.
    public static func year(date: String?, symbol: String) -> Int? {
        year(ofDate: date) ?? year(ofSymbol: symbol)
    }

    /// The year of an ISO date (`2018-12-17` → 2018), when it has one.
    public static func year(ofDate date: String?) -> Int? {
        guard let date, date.utf8.count >= 4, let y = Int(date.prefix(4)), y > 1 else { return nil }
        return y
    }

    /// The year a symbol implies: `(2000)` for the Security Council, session + 1945 for the
    /// General Assembly, the year for ECOSOC and the Commission on Human Rights, an estimate
    /// (three sessions a year since 2006) for the Human Rights Council.
    public static func year(of symbol: Symbol) -> Int? {
        if symbol.family == .scResolution { return symbol.year }
        guard let seq = sequence(of: symbol) else { return nil }
        switch symbol.family {
        case .gaResolution, .gaDecision: return seq.major + 1945
        case .hrcResolution, .hrcDecision: return 2006 + max(seq.major - 1, 0) / 3
        case .ecosocResolution, .ecosocDecision, .chrResolution, .chrDecision: return seq.major >= 1946 ? seq.major : nil
        default: return nil
        }
    }

    /// The year a canonical symbol implies (see `year(of:)`).
    public static func year(ofSymbol symbol: String) -> Int? { Symbol(symbol).flatMap(year(of:)) }

    /// Body that a symbol names (`A/HRC/RES/54/7` → HRC), nil when it names none.
    public static func body(of symbol: String) -> Body? { Symbols.body(ofSymbol: symbol) }

    /// Kind that a symbol shows: resolution, decision, treaty, instrument, or other document.
    public static func kind(of symbol: String) -> TargetKind { Symbols.kind(ofSymbol: symbol) }
}
