import Foundation

/// Normalises document text before reading: line ends, page furniture of PDF and OCR text
/// (page numbers, job numbers, running headers), hyphenation and hard-wrapped lines.
/// The result is the text that `citegraph text` prints; spans point into it.
public enum TextCleaner {
    public static func clean(_ input: String) -> String {
        var s = input
        // One pass over the bytes decides which of the rare repairs the text needs at all.
        let needs = Needs(s.utf8)
        if needs.carriageReturn { s = s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        if needs.formFeed { s = s.replacingOccurrences(of: "\u{0C}", with: "\n") }
        // A line feed is a grapheme of its own, so splitting the bytes splits the characters.
        var lines = s.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { trimTrailing(Substring($0)) }
        lines = removePageFurniture(lines)
        if needs.ocrSlip { lines = fixOCR(lines) }
        if isHardWrapped(lines) { lines = joinHardWrapped(lines) }
        else { lines = dehyphenate(lines) }
        // Collapse runs of blank lines and trim the ends.
        var out: [String] = []
        out.reserveCapacity(lines.count)
        for line in lines {
            if line.isEmpty && (out.last?.isEmpty ?? true) { continue }
            out.append(line)
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    /// What a text needs besides splitting and trimming, read in one pass over its bytes.
    struct Needs {
        var carriageReturn = false
        var formFeed = false
        /// One of the OCR slips of `fixOCR` may be present (checked line by line only then).
        var ocrSlip = false

        init(_ utf8: String.UTF8View) {
            var previous: UInt8 = 0
            for b in utf8 {
                switch b {
                case 0x0D: carriageReturn = true
                case 0x0C: formFeed = true
                // "S$/", "Apri]" "]une" "]uly", "Apri1", "0ctober", "Decem-ber", "(5/"
                case 0x24, 0x5D: ocrSlip = true
                case 0x31 where previous == 0x69: ocrSlip = true
                case 0x63 where previous == 0x30: ocrSlip = true
                case 0x2D where previous == 0x6D: ocrSlip = true
                case 0x35 where previous == 0x28: ocrSlip = true
                default: break
                }
                previous = b
            }
        }
    }

    static func trimTrailing(_ line: Substring) -> String {
        var end = line.utf8.endIndex
        let start = line.utf8.startIndex
        while end > start, line.utf8[line.utf8.index(before: end)] == 0x20 { end = line.utf8.index(before: end) }
        return String(line[start..<end])
    }

    static func trimTrailing(_ line: String) -> String { trimTrailing(Substring(line)) }

    /// Job numbers (`19-22331`, `18-16895 (E)`), bar codes (`*1816895*`), page numbers (`2/6`, `Page 3`).
    static func isPageFurniture(_ line: String) -> Bool {
        // Every form starts with a digit, "*" or "Page" (a sign may stand before a page number):
        // other lines are refused from their first byte, without trimming them.
        if let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), first < 0x80,
           !(ReferenceScanner.isDigit(first) || first == 0x2A || first == 0x50 || first == 0x2B || first == 0x2D) { return false }
        // The longest form is a job number with "(E)" and a short tail.
        if line.utf8.count > 512 { return false }
        let t = line.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return false }
        let b = Array(t.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { $0 < b.count && b[$0] >= 0x30 && b[$0] <= 0x39 } }
        // 19-22331, 19-22331 (E), 19-22331X
        if b.count >= 8, digits(0..<2), b[2] == 0x2D, digits(3..<8) {
            let rest = t.dropFirst(8).trimmingCharacters(in: .whitespaces)
            if rest.isEmpty || rest == "(E)" || rest.hasPrefix("(E)") && rest.count < 24 { return true }
        }
        if b.count >= 8, b.first == 0x2A, b.last == 0x2A, digits(1..<(b.count - 1)) { return true }
        // 2/6 page numbers
        if let slash = t.firstIndex(of: "/"), t.count <= 7 {
            let a = t[..<slash], c = t[t.index(after: slash)...]
            if let x = Int(a), let y = Int(c), x >= 1, x <= y, y < 400 { return true }
        }
        if t.hasPrefix("Page "), Int(t.dropFirst(5)) != nil { return true }
        return false
    }

    static func removePageFurniture(_ lines: [String]) -> [String] {
        var out = lines.filter { !isPageFurniture($0) }
        // A running header: a line repeated three or more times that starts with a document symbol.
        var counts: [String: Int] = [:]
        for l in out where l.count < 200 && (l.hasPrefix("A/") || l.hasPrefix("S/") || l.hasPrefix("E/")) { counts[l, default: 0] += 1 }
        let headers = Set(counts.filter { $0.value >= 3 }.keys)
        if !headers.isEmpty {
            var seen = Set<String>()
            out = out.filter { l in
                guard headers.contains(l) else { return true }
                if seen.contains(l) { return false }
                seen.insert(l)
                return true
            }
        }
        return out
    }

    /// Known OCR slips in old Security Council texts that hide citations.
    static func fixOCR(_ lines: [String]) -> [String] {
        let fixes: [(String, String)] = [("S$/", "S/"), ("Apri]", "April"), ("Apri1", "April"), ("]une", "June"), ("]uly", "July"),
                                         ("0ctober", "October"), ("Decem-ber", "December")]
        return lines.map { line in
            var l = line
            for (bad, good) in fixes where l.contains(bad) { l = l.replacingOccurrences(of: bad, with: good) }
            // "(5/2002/1005)": a Security Council document symbol whose S was read as 5.
            if l.contains("(5/") { l = fixFiveForS(l) }
            return l
        }
    }

    /// "(5/2002/1005)" → "(S/2002/1005)": a 5 read for S before a year and a slash.
    static func fixFiveForS(_ line: String) -> String {
        var b = Array(line.utf8)
        var i = 0
        while i + 8 < b.count {
            if b[i] == 0x28, b[i + 1] == 0x35, b[i + 2] == 0x2F,
               (b[i + 3] == 0x31 && b[i + 4] == 0x39) || (b[i + 3] == 0x32 && b[i + 4] == 0x30),
               (i + 5...i + 6).allSatisfy({ b[$0] >= 0x30 && b[$0] <= 0x39 }), b[i + 7] == 0x2F {
                b[i + 1] = 0x53
            }
            i += 1
        }
        return String(decoding: b, as: UTF8.self)
    }

    static func isFootnoteLine(_ l: String) -> Bool {
        // A tab is a character of its own (a control), so the bytes decide.
        var sawDigit = false
        for b in l.utf8 {
            if b >= 0x30 && b <= 0x39 { sawDigit = true; continue }
            return sawDigit && b == 0x09
        }
        return false
    }

    static func isOpening(_ line: Substring) -> Bool {
        // "The …" (any case), possibly after white space: other lines are refused from their first byte.
        if let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), first < 0x80, first | 0x20 != 0x74 { return false }
        if line.utf8.count > 512 { return false }
        return isOpening(String(line))
    }

    static func isOpening(_ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces).lowercased()
        guard t.count < 70, t.hasPrefix("the ") else { return false }
        let bodies = ["the general assembly", "the security council", "the human rights council",
                      "the economic and social council", "the commission on human rights"]
        guard let b = bodies.first(where: { t.hasPrefix($0) }) else { return false }
        let rest = t.dropFirst(b.count).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty || rest == "," || rest == ":" || rest == "." || rest == ";"
    }

    /// Text with hard line breaks inside paragraphs (OCR, some PDF extractions).
    static func isHardWrapped(_ lines: [String]) -> Bool {
        var continued = 0, nonEmpty = 0
        for (i, l) in lines.enumerated() where !l.isEmpty && !isFootnoteLine(l) {
            nonEmpty += 1
            if i + 1 < lines.count, !lines[i + 1].isEmpty, !isFootnoteLine(lines[i + 1]) { continued += 1 }
        }
        guard nonEmpty >= 4, continued * 2 > nonEmpty else { return false }
        // Characters are counted only for text that has the line breaks of wrapped text.
        let totalLength = lines.reduce(0) { $0 + ($1.isEmpty || isFootnoteLine($1) ? 0 : $1.count) }
        return totalLength / nonEmpty < 100
    }

    static func startsNewParagraph(_ l: String) -> Bool {
        let t = Substring(l)
        // "1. Decides", "(a) ...", "__________"
        if t.hasPrefix("___") { return true }
        var i = t.startIndex
        var digits = 0
        while i < t.endIndex, t[i].isASCII, t[i].isNumber { digits += 1; i = t.index(after: i) }
        if digits > 0, digits <= 3, i < t.endIndex, t[i] == "." {
            let after = t.index(after: i)
            if after < t.endIndex, t[after] == " " || t[after] == "\t" { return true }
        }
        if t.hasPrefix("("), let close = t.firstIndex(of: ")"), t.distance(from: t.startIndex, to: close) <= 5 {
            let inner = t[t.index(after: t.startIndex)..<close]
            // "(a)", "(iv)", "(1)"; not a year "(1979)" that a wrapped line starts with.
            let letters = inner.allSatisfy { $0.isLetter && $0.isLowercase } && inner.count <= 4
            let digits = inner.allSatisfy { $0.isASCII && $0.isNumber } && inner.count <= 2
            if !inner.isEmpty, letters || digits { return true }
        }
        return false
    }

    /// Joins the lines of each paragraph (after the opening line) and undoes end-of-line hyphenation.
    static func joinHardWrapped(_ lines: [String]) -> [String] {
        var out: [String] = []
        var inBody = false
        var current: String? = nil
        func flush() { if let c = current { out.append(c); current = nil } }
        for l in lines {
            if !inBody {
                out.append(l)
                if isOpening(l) { inBody = true }
                continue
            }
            if l.isEmpty { flush(); out.append(""); continue }
            if isFootnoteLine(l) || startsNewParagraph(l) { flush(); current = l; continue }
            if let c = current {
                current = joinWrapped(c, l)
            } else {
                current = l
            }
        }
        flush()
        // Texts without an opening line: join nothing but hyphenation.
        return inBody ? out : dehyphenate(lines)
    }

    static func joinWrapped(_ a: String, _ b: String) -> String {
        if a.hasSuffix("-"), let first = b.first, first.isLowercase, a.dropLast().last?.isLetter == true {
            return String(a.dropLast()) + b
        }
        return a + " " + b
    }

    static func dehyphenate(_ lines: [String]) -> [String] {
        var out: [String] = []
        for l in lines {
            if let last = out.last, last.hasSuffix("-"), last.dropLast().last?.isLetter == true,
               let first = l.first, first.isLowercase {
                out[out.count - 1] = String(last.dropLast()) + l
            } else {
                out.append(l)
            }
        }
        return out
    }
}
