/// Reads UN document symbols written out in full: `A/RES/73/154`, `S/RES/1325 (2000)`,
/// `S/RES/1325(2000)`, `A/RES/2200 A (XXI)`, `A/HRC/RES/54/7`, `E/CN.4/RES/2005/70`, `A/78/209`,
/// `FCCC/CP/2015/10/Add.1`.
public enum SymbolParser {
    public struct Parsed: Equatable, Sendable {
        /// Canonical symbol without part letters.
        public var symbol: String
        public var part: String?
        public var kind: TargetKind
        public var body: Body?
        /// Bytes consumed.
        public var length: Int
    }

    static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isAlnum(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) || isDigit(b) }

    /// Parses an explicit symbol starting at `i` (which must be a word start).
    public static func parse(_ bytes: [UInt8], at start: Int, end: Int) -> Parsed? {
        var i = start
        guard i < end, isUpper(bytes[i]) else { return nil }
        if i > 0, isAlnum(bytes[i - 1]) || bytes[i - 1] == 0x2F || bytes[i - 1] == 0x2E || bytes[i - 1] == 0x2D { return nil }
        // Root: capitals, optionally ".digits" (E/CN.4) — up to the first slash.
        while i < end, isUpper(bytes[i]) { i += 1 }
        guard i - start <= 8, i < end else { return nil }
        if bytes[i] == 0x24, i + 1 < end, bytes[i + 1] == 0x2F { i += 1 }  // OCR "S$/"
        guard bytes[i] == 0x2F else { return nil }
        // Segments.
        // (Replacements only where their bytes are: "$" is 0x24, U+2011 begins with 0xE2.)
        let rootText = String(decoding: bytes[start..<i], as: UTF8.self)
        var segments: [String] = [bytes[start..<i].contains(0x24) ? rootText.replacingOccurrences(of: "$", with: "") : rootText]
        while i < end, bytes[i] == 0x2F {
            let s = i + 1
            var j = s
            while j < end {
                if isAlnum(bytes[j]) || bytes[j] == 0x2E || bytes[j] == 0x2D { j += 1; continue }
                // A non-breaking hyphen inside the segment ("A/S‑23/10"), read as "-".
                if j + 3 < end, bytes[j] == 0xE2, bytes[j + 1] == 0x80, bytes[j + 2] == 0x91, isAlnum(bytes[j + 3]) { j += 3; continue }
                // An en dash joining two symbols ("A/78/86–E/2023/83", as the Arabic and some English
                // texts print the joint symbol), read as "-": a digit before it, a root and "/" after.
                if j > s, j + 3 < end, bytes[j] == 0xE2, bytes[j + 1] == 0x80, bytes[j + 2] == 0x93, isDigit(bytes[j - 1]) {
                    var k = j + 3
                    while k < end, isUpper(bytes[k]) { k += 1 }
                    if k > j + 3, k < end, bytes[k] == 0x2F { j += 3; continue }
                }
                break
            }
            // A trailing full stop ends the sentence, not the symbol.
            var segEnd = j
            while segEnd > s, bytes[segEnd - 1] == 0x2E || bytes[segEnd - 1] == 0x2D { segEnd -= 1 }
            guard segEnd > s else { break }
            let segment = String(decoding: bytes[s..<segEnd], as: UTF8.self)
            segments.append(bytes[s..<segEnd].contains(0xE2)
                ? segment.replacingOccurrences(of: "\u{2011}", with: "-").replacingOccurrences(of: "\u{2013}", with: "-") : segment)
            i = segEnd
            if segEnd < j { break }
        }
        guard segments.count >= 2, segments.dropFirst().contains(where: { $0.contains(where: \.isNumber) }) else { return nil }
        // The root must look like a UN series symbol (A, S, E, A/HRC, E/CN.4, FCCC, UNEP, ...).
        let root = segments[0]
        // Roman numerals ("XIII/18" is a decision of a conference) are not series roots.
        guard root.count <= 8, Symbols.romanValue(root) == nil || root == "CD" || root == "CCD" else { return nil }
        // A joint symbol "A/78/209-S/2023/456" keeps its first half.
        // (Segments are ASCII here: the first "-" character is the first "-" a string search finds.)
        if let last = segments.last, let dash = last.firstIndex(of: "-") {
            let tail = last[last.index(after: dash)...]
            if tail.first.map({ $0.isUppercase }) == true, tail.count <= 2 || tail.hasPrefix("S") || tail.hasPrefix("A") || tail.hasPrefix("E") {
                let keep = last[..<dash]
                let removed = last.utf8.count - keep.utf8.count
                segments[segments.count - 1] = String(keep)
                i -= removed
                // the rest is read again as its own symbol by the caller
            }
        }
        // A presidential statement written without its "S/" ("its PRST/2017/21", "(PRST/2006/28)"):
        // the "PRST" numbering is the Security Council's alone, so it is the same node as "S/PRST/…".
        if segments.count == 3, segments[0] == "PRST", segments[1].count == 4, Int(segments[1]) != nil, Int(segments[2]) != nil {
            segments.insert("S", at: 0)
        }
        // "UNEP/EA.5/RES.6" (as the Arabic A/RES/78/155 writes it) is "UNEP/EA.5/Res.6", as the
        // Environment and Habitat Assemblies write it (the Organization of American States writes
        // "MRE/RES.1/91", "CP/RES.594": kept).
        if segments[0] == "UNEP" || segments[0] == "HSP" {
            for k in segments.indices.dropFirst() where segments[k].hasPrefix("RES.") || segments[k].hasPrefix("res.") {
                let number = segments[k].dropFirst(4)
                if number.allSatisfy(\.isASCII), Int(number) != nil { segments[k] = "Res." + number }
            }
        }
        var symbol = segments.joined(separator: "/")
        var part: String?
        var kind = Symbols.kind(ofSymbol: symbol)
        let body = Symbols.body(ofSymbol: symbol)
        if symbol.hasPrefix("S/RES/"), segments.count == 3, let n = Int(segments[2]) {
            // S/RES/1325 (2000) or S/RES/1325(2000)
            var k = i
            if k < end, bytes[k] == 0x20 { k += 1 }
            if k + 6 <= end, bytes[k] == 0x28, (k + 1..<k + 5).allSatisfy({ isDigit(bytes[$0]) }), bytes[k + 5] == 0x29 {
                let year = Int(String(decoding: bytes[(k + 1)..<(k + 5)], as: UTF8.self)) ?? 0
                symbol = Symbols.scResolution(n, year: year)
                i = k + 6
            } else if let (number, year, after) = spacedOut(bytes, number: segments[2], at: i, end: end) {
                symbol = Symbols.scResolution(number, year: year)
                i = after
            }
            kind = .resolution
        } else if kind == .resolution || kind == .decision {
            // Part letter "A/RES/75/290 A" and old sessions "A/RES/2200 A (XXI)".
            var k = i
            if k + 1 < end, bytes[k] == 0x20, bytes[k + 1] >= 0x41, bytes[k + 1] <= 0x48,
               k + 2 >= end || !(isAlnum(bytes[k + 2]) || bytes[k + 2] == 0x2F) {
                part = String(UnicodeScalar(bytes[k + 1]))
                k += 2
                i = k
            }
            if k < end, bytes[k] == 0x20 { k += 1 }
            if k < end, bytes[k] == 0x28, let close = (k + 1..<min(end, k + 10)).first(where: { bytes[$0] == 0x29 }) {
                let inner = String(decoding: bytes[(k + 1)..<close], as: UTF8.self)
                let roman = inner.hasPrefix("ES-") ? String(inner.dropFirst(3)) : inner.hasPrefix("S-") ? String(inner.dropFirst(2)) : inner
                if Symbols.romanValue(roman) != nil, segments.count == 3, Int(segments[2]) != nil {
                    symbol += " (\(inner))"
                    i = close + 1
                }
            }
        }
        return Parsed(symbol: symbol, part: part, kind: kind, body: kind == .document ? body : body, length: i - start)
    }

    /// A Council number and year that the source spaced out or punctuated ("S/RES/22 1 1 (2015)",
    /// "S/RES/2 3 85 (2017)", "S/RES/2393 (201 7 )", "S/RES/1998, (2011)" in the aide-memoires), read
    /// only when the number so joined is one the Council adopted in that year; the number, the year
    /// and where the year's bracket closes.
    static func spacedOut(_ bytes: [UInt8], number first: String, at start: Int, end: Int) -> (Int, Int, Int)? {
        var digits = first
        var k = start
        while k + 1 < end, bytes[k] == 0x20, isDigit(bytes[k + 1]) {
            var e = k + 1
            while e < end, isDigit(bytes[e]) { e += 1 }
            digits += String(decoding: bytes[(k + 1)..<e], as: UTF8.self)
            k = e
        }
        if k < end, bytes[k] == 0x2C { k += 1 }
        if k < end, bytes[k] == 0x20 { k += 1 }
        guard k < end, bytes[k] == 0x28, let close = (k + 1..<min(end, k + 10)).first(where: { bytes[$0] == 0x29 }) else { return nil }
        let inside = bytes[(k + 1)..<close].filter { $0 != 0x20 }
        guard inside.count == 4, inside.allSatisfy(isDigit), let year = Int(String(decoding: inside, as: UTF8.self)),
              let number = Int(digits), Symbols.isPlausibleSCResolution(number: number, year: year) else { return nil }
        return (number, year, close + 1)
    }
}
