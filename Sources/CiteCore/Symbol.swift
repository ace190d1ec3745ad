/// A UN document symbol parsed once: which numbering it belongs to, its session or year, its
/// number and part, and the canonical id of DESIGN.md.
///
/// Parsing is lenient about how a person types a symbol — any case, spaces, a missing year,
/// "resolution 2467", "res 2467 (2019)", "A/RES/75/101 A-B" — and strict about what it returns:
/// `id` is always the canonical form (`S/RES/2467 (2019)`, `A/RES/70/1`, `A/RES/2200 (XXI)`).
///
/// ```swift
/// let s = Symbol("s/res/2467(2019)")!
/// s.id          // "S/RES/2467 (2019)"
/// s.body        // .sc
/// Symbol("resolution 1882")!.year   // nil: a Security Council number without its year
/// ```
public struct Symbol: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The numbering a symbol belongs to.
    public enum Family: String, Sendable, CaseIterable {
        case scResolution = "S/RES", scPresidentialStatement = "S/PRST"
        case gaResolution = "A/RES", gaDecision = "A/DEC"
        case hrcResolution = "A/HRC/RES", hrcDecision = "A/HRC/DEC"
        case ecosocResolution = "E/RES", ecosocDecision = "E/DEC"
        case chrResolution = "E/CN.4/RES", chrDecision = "E/CN.4/DEC"
        case treaty = "UNTS", instrument = "instrument", document = "document"
    }

    public var family: Family
    /// Session as written (`73`, `ES-11`, `S-27`, `XXI`) or, for ECOSOC and presidential
    /// statements, the year (`2019`); nil for Security Council resolutions.
    public var session: String?
    /// Year of a Security Council resolution, when given.
    public var year: Int?
    /// The number within its session or numbering; nil for documents that have none.
    public var number: Int?
    /// Part letters (`A`, `A-B`), when given.
    public var part: String?
    /// The canonical id (without the part), or the symbol as written for other documents.
    public let id: String

    public var description: String { id }

    /// The body that adopted it.
    public var body: Body? {
        switch family {
        case .scResolution, .scPresidentialStatement: .sc
        case .gaResolution, .gaDecision: .ga
        case .hrcResolution, .hrcDecision: .hrc
        case .ecosocResolution, .ecosocDecision: .ecosoc
        case .chrResolution, .chrDecision: .chr
        case .treaty, .instrument, .document: Symbols.body(ofSymbol: id)
        }
    }

    public var kind: TargetKind { Symbols.kind(ofSymbol: id) }

    /// A Security Council resolution number without its year (`S/RES/1882`): complete it with
    /// `withYear(_:)` from what the graph knows.
    public var lacksYear: Bool { family == .scResolution && year == nil }

    /// The same Security Council resolution with `year`.
    public func withYear(_ year: Int) -> Symbol {
        Symbol(family: family, session: session, year: year, number: number, part: part)
    }

    init(family: Family, session: String?, year: Int?, number: Int?, part: String?, id: String? = nil) {
        self.family = family; self.session = session; self.year = year; self.number = number; self.part = part
        if let id { self.id = id; return }
        switch family {
        case .scResolution:
            self.id = "S/RES/\(number ?? 0)" + (year.map { " (\($0))" } ?? "")
        case .gaResolution where session.flatMap(Symbols.romanValue) != nil:
            self.id = "A/RES/\(number ?? 0) (\(session ?? ""))"
        default:
            self.id = "\(family.rawValue)/\(session ?? "")/\(number ?? 0)"
        }
    }

    /// Parses `text` leniently; nil when it names no document.
    public init?(_ text: String) {
        var t = Symbol.trimmed(text)
        guard !t.isEmpty, t.utf8.count <= 200 else { return nil }
        if t.hasPrefix("instrument:") { self.init(family: .instrument, session: nil, year: nil, number: nil, part: nil, id: t); return }
        if t.hasPrefix("UNTS ") || t.hasPrefix("LNTS ") { self.init(family: .treaty, session: nil, year: nil, number: nil, part: nil, id: t); return }
        // "resolution 2467 (2019)", "Res. 2467", "Security Council resolution 2467": a Council number.
        // (Only a text that starts with R or S can be one: the others are not upper-cased for the test.)
        let first = t.utf8.first ?? 0
        let upper = first == UInt8(ascii: "R") || first == UInt8(ascii: "r") || first == UInt8(ascii: "S") || first == UInt8(ascii: "s") || first >= 128
            ? t.uppercased() : ""
        for prefix in ["SECURITY COUNCIL RESOLUTION ", "RESOLUTION ", "RES. ", "RES "] where upper.hasPrefix(prefix) {
            t = "S/RES/" + t.dropFirst(prefix.count)
            break
        }
        let compact = Symbol.normalise(t)
        // Longest family prefix first (A/HRC/RES before A/RES).
        guard let family = Symbol.numberings.first(where: { compact.hasPrefix($0.rawValue + "/") }) else {
            // Any other UN symbol (`A/78/209`, `S/2019/123`): as written, upper case.
            guard compact.contains("/"), compact.first?.isLetter == true else { return nil }
            self.init(family: .document, session: nil, year: nil, number: nil, part: nil, id: compact)
            return
        }
        var rest = Substring(compact.dropFirst(family.rawValue.count + 1))
        // Part letters after a space: `75/101 A-B`, `2200 A (XXI)`.
        var part: String?
        func takePart() {
            let pieces = rest.split(separator: " ")
            if let i = pieces.firstIndex(where: { p in p.count <= 5 && p.allSatisfy { $0 == "-" || ($0 >= "A" && $0 <= "H") } && p.first != "-" }), i > 0 {
                part = String(pieces[i])
                rest = Substring(pieces.enumerated().filter { $0.offset != i }.map(\.element).joined(separator: " "))
            }
        }
        takePart()
        switch family {
        case .scResolution:
            let digits = rest.prefix(while: \.isASCIIDigit)
            guard let n = Int(digits.prefix(5)), n > 0 else { return nil }
            var year: Int?
            if let open = rest.firstIndex(of: "("), let close = rest.firstIndex(of: ")"), open < close {
                year = Int(rest[rest.index(after: open)..<close].trimmingCharacters(in: .whitespaces))
            }
            self.init(family: family, session: nil, year: year, number: n, part: part)
        default:
            // `73/154`, `ES-11/1`, `2019/20`, or `2200 (XXI)`.
            if let open = rest.firstIndex(of: "("), let close = rest.firstIndex(of: ")"), open < close {
                let number = Int(rest[..<open].trimmingCharacters(in: .whitespaces).prefix(while: \.isASCIIDigit))
                let roman = rest[rest.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
                guard let number, Symbols.romanValue(roman) != nil else { return nil }
                self.init(family: family, session: roman, year: nil, number: number, part: part)
                return
            }
            let pieces = rest.split(separator: "/", maxSplits: 1)
            guard pieces.count == 2, let n = Int(pieces[1].prefix(while: \.isASCIIDigit)),
                  pieces[0].allSatisfy({ $0.isASCIIDigit || $0 == "-" || $0.isLetter }) else { return nil }
            self.init(family: family, session: String(pieces[0]), year: nil, number: n, part: part)
        }
    }

    /// The families that number their documents, longest prefix first (A/HRC/RES before A/RES).
    private static let numberings = Family.allCases.filter { ![.treaty, .instrument, .document].contains($0) }
        .sorted { $0.rawValue.count > $1.rawValue.count }

    /// Upper case, single spaces, a space before `(`, none inside `( … )`.
    static func normalise(_ s: String) -> String {
        normaliseASCII(s) ?? normaliseCharacters(s)
    }

    /// `normalise` read as Characters: any text.
    static func normaliseCharacters(_ s: String) -> String {
        var out = ""
        var lastSpace = false
        for ch in s.uppercased() {
            if ch.isWhitespace || ch == "_" { if !out.isEmpty && !lastSpace { out.append(" "); lastSpace = true }; continue }
            if ch == "(" && !lastSpace && !out.isEmpty { out.append(" ") }
            out.append(ch)
            lastSpace = false
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out.replacingOccurrences(of: "( ", with: "(").replacingOccurrences(of: " )", with: ")")
    }

    /// `normalise` for a text of ASCII bytes only, without making Characters (nil for any other
    /// text): the same result, as the upper case and white space of ASCII are the bytes' own.
    static func normaliseASCII(_ s: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 2)
        var lastSpace = false
        for b in s.utf8 {
            if b >= 128 { return nil }
            if b == 32 || (b >= 9 && b <= 13) || b == UInt8(ascii: "_") {
                if !out.isEmpty && !lastSpace { out.append(32); lastSpace = true }
                continue
            }
            if b == UInt8(ascii: "(") && !lastSpace && !out.isEmpty { out.append(32) }
            out.append(b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") ? b - 32 : b)
            lastSpace = false
        }
        while out.last == 32 { out.removeLast() }
        // "( " → "(", then " )" → ")", each left to right as `replacingOccurrences` does.
        func dropSpace(_ bytes: [UInt8], after open: Bool) -> [UInt8] {
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var k = 0
            while k < bytes.count {
                if open, bytes[k] == UInt8(ascii: "("), k + 1 < bytes.count, bytes[k + 1] == 32 {
                    result.append(bytes[k]); k += 2; continue
                }
                if !open, bytes[k] == 32, k + 1 < bytes.count, bytes[k + 1] == UInt8(ascii: ")") {
                    result.append(bytes[k + 1]); k += 2; continue
                }
                result.append(bytes[k]); k += 1
            }
            return result
        }
        return String(decoding: dropSpace(dropSpace(out, after: true), after: false), as: UTF8.self)
    }

    /// `text` without the white space and line ends around it; the text itself when it has none
    /// (the common case, answered from its first and last bytes).
    static func trimmed(_ text: String) -> String {
        func isASCIISpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }
        if let f = text.utf8.first, let l = text.utf8.last, f < 128, l < 128, !isASCIISpace(f), !isASCIISpace(l) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public static func < (a: Symbol, b: Symbol) -> Bool { SymbolOrder.less(a.id, b.id) }
}

import Foundation

extension Character {
    /// `0`…`9` only (not other scripts' digits).
    public var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}
