import Foundation

/// Normalises document text before reading: line ends, page furniture of PDF and OCR text
/// (page numbers, job numbers, running headers), hyphenation and hard-wrapped lines.
/// The result is the text that `citegraph text` prints; spans point into it.
public enum TextCleaner {
    public static func clean(_ input: String) -> String { cleanPages(input).text }

    /// `clean`, and whether the text was a UN PDF's read page by page (its footnote numbers then
    /// stand apart from the words they mark: "(1999). 1 Petitioners").
    static func cleanPages(_ input: String) -> (text: String, paged: Bool) {
        // Most texts (the UN's own renderings) need nothing: one pass over the bytes says so.
        if isClean(input) { return (input, false) }
        var s = input
        // One pass over the bytes decides which of the rare repairs the text needs at all.
        let needs = Needs(s.utf8)
        if needs.carriageReturn { s = s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        let pages = needs.formFeed ? pageStarts(s.utf8) : []
        if needs.formFeed { s = s.replacingOccurrences(of: "\u{0C}", with: "\n") }
        // A line feed is a grapheme of its own, so splitting the bytes splits the characters.
        var lines = s.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { trimTrailing(Substring($0)) }
        var paged = false
        if !pages.isEmpty { (lines, paged) = relayPages(lines, pageStarts: pages) }
        if paged { lines = unsplitLastLetters(lines) }
        lines = removePageFurniture(lines)
        if needs.ocrSlip { lines = fixOCR(lines) }
        if isHardWrapped(lines) { lines = joinHardWrapped(lines, width: WrapWidth.learn(lines, paged: paged), paged: paged) }
        else { lines = dehyphenate(lines) }
        // Collapse runs of blank lines and trim the ends.
        var out: [String] = []
        out.reserveCapacity(lines.count)
        for line in lines {
            if line.isEmpty && (out.last?.isEmpty ?? true) { continue }
            out.append(line)
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return (out.joined(separator: "\n") + "\n", paged)
    }

    /// What a text needs besides splitting and trimming, read in one pass over its bytes.
    struct Needs {
        var carriageReturn = false
        var formFeed = false
        /// One of the OCR slips of `fixOCR` is present (lines are then checked one by one).
        var ocrSlip = false

        init(_ utf8: String.UTF8View) {
            var window: UInt64 = 0
            for b in utf8 {
                window = window << 8 | UInt64(b)
                if b == 0x0D { carriageReturn = true } else if b == 0x0C { formFeed = true }
                else if !ocrSlip, Self.endsSlip(window, b) { ocrSlip = true }
            }
        }

        /// The slips of `fixOCR` as the last bytes of a rolling window ("ecem-ber" stands for "Decem-ber").
        static let slips: [(pattern: UInt64, mask: UInt64)] = ["S$/", "Apri]", "Apri1", "]une", "]uly", "0ctober", "ecem-ber", "(5/"].map { s in
            let bytes = Array(s.utf8)
            let value = bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            return (value, bytes.count == 8 ? UInt64.max : (UInt64(1) << (8 * UInt64(bytes.count))) - 1)
        }

        /// Whether the window ends with a slip; only bytes that end one are checked.
        /// The byte before the last is checked first: the letters that end a slip are common.
        @inline(__always) static func endsSlip(_ window: UInt64, _ last: UInt8) -> Bool {
            let previous = UInt8(truncatingIfNeeded: window >> 8)
            // Each case compares the window with the slips that end with its byte (those of `slips`).
            switch last {
            case 0x2F: guard previous == 0x24 || previous == 0x35 else { return false }
                return window & 0xFF_FFFF == 0x53_242F || window & 0xFF_FFFF == 0x28_352F  // "S$/", "(5/"
            case 0x5D: guard previous == 0x69 else { return false }
                return window & 0xFF_FFFF_FFFF == 0x41_7072_695D  // "Apri]"
            case 0x31: guard previous == 0x69 else { return false }
                return window & 0xFF_FFFF_FFFF == 0x41_7072_6931  // "Apri1"
            case 0x65: guard previous == 0x6E else { return false }
                return window & 0xFFFF_FFFF == 0x5D75_6E65  // "]une"
            case 0x79: guard previous == 0x6C else { return false }
                return window & 0xFFFF_FFFF == 0x5D75_6C79  // "]uly"
            case 0x72: guard previous == 0x65 else { return false }
                return window & 0xFF_FFFF_FFFF_FFFF == 0x30_6374_6F62_6572 || window == 0x6563_656D_2D62_6572  // "0ctober", "ecem-ber"
            default: return false
            }
        }

        /// Whether the bytes hold a carriage return, a form feed or a slip: `Needs(…)` with nothing
        /// to do. Sixteen bytes at a time are compared with the marks one of these holds: a carriage
        /// return or form feed, or the rare pair or three bytes every slip of `slips` holds ("$/",
        /// "i]", "i1", "]u", "0c", "(5/", "m-b"); the common letters slips end in are not read.
        /// Only a block with a mark, and the six bytes after it (a slip ends at most six bytes after
        /// its mark begins: "0ctober"), is read byte by byte (`endsSlipOrControl`); so are the last
        /// bytes, fewer than a block and its two loads ahead.
        /// - Complexity: O(n) in the bytes.
        static func hasControlOrSlip(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = u.baseAddress else { return false }
            let raw = UnsafeRawPointer(base), n = u.count
            typealias Block = SIMD16<UInt8>
            // Compared lane by lane with vectors (a compare with a scalar is not vectorised).
            let crOrFF = Block(repeating: 0xFE), formFeed = Block(repeating: 0x0C)
            let dollar = Block(repeating: 0x24), slash = Block(repeating: 0x2F), bracket = Block(repeating: 0x5D)
            let letterI = Block(repeating: 0x69), one = Block(repeating: 0x31), letterU = Block(repeating: 0x75)
            let zero = Block(repeating: 0x30), letterC = Block(repeating: 0x63), open = Block(repeating: 0x28)
            let five = Block(repeating: 0x35), letterM = Block(repeating: 0x6D), hyphen = Block(repeating: 0x2D), letterB = Block(repeating: 0x62)
            var start = 0
            while start + 18 <= n {
                // The block's bytes, and the bytes one and two after each.
                let x = raw.loadUnaligned(fromByteOffset: start, as: Block.self)
                let y = raw.loadUnaligned(fromByteOffset: start + 1, as: Block.self)
                let z = raw.loadUnaligned(fromByteOffset: start + 2, as: Block.self)
                let control = (x & crOrFF) .== formFeed  // 0x0C or 0x0D
                let pairs = (x .== dollar .& y .== slash) .| (x .== letterI .& (y .== bracket .| y .== one))
                    .| (x .== bracket .& y .== letterU) .| (x .== zero .& y .== letterC)
                let triples = (x .== open .& y .== five .& z .== slash) .| (x .== letterM .& y .== hyphen .& z .== letterB)
                // Any lane set: the mask's sixteen bytes read as two words.
                let marks = unsafeBitCast(control .| pairs .| triples, to: SIMD2<UInt64>.self)
                if marks[0] | marks[1] != 0, endsSlipOrControl(u, from: start, to: min(start + 22, n)) { return true }
                start += 16
            }
            return endsSlipOrControl(u, from: start, to: n)
        }

        /// Whether a byte at `from..<to` is a carriage return or a form feed or ends a slip
        /// (`endsSlip` of the window of it and the seven bytes before it).
        /// - Complexity: O(to - from).
        static func endsSlipOrControl(_ u: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
            var window: UInt64 = 0
            for k in max(0, from - 7)..<from { window = window << 8 | UInt64(u[k]) }
            for k in from..<to {
                let b = u[k]
                window = window << 8 | UInt64(b)
                if b == 0x0D || b == 0x0C || endsSlip(window, b) { return true }
            }
            return false
        }

        /// Whether `line` holds a slip.
        static func hasSlip(_ line: String) -> Bool {
            var window: UInt64 = 0
            for b in line.utf8 {
                window = window << 8 | UInt64(b)
                if endsSlip(window, b) { return true }
            }
            return false
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
        var copy = line
        return copy.withUTF8 { isPageFurniture(utf8: $0) { line } }
    }

    /// `isPageFurniture` of the line whose bytes are `u`; `line` makes its `String` for the few
    /// candidates read as characters.
    static func isPageFurniture(utf8 u: UnsafeBufferPointer<UInt8>, line: () -> String) -> Bool {
        // Decided from the bytes when the line, without spaces and tabs around it, begins and ends
        // in ASCII (no other white space to trim); the few candidates are read as characters.
        var s = 0, e = u.count
        while s < e, u[s] == 0x20 || u[s] == 0x09 { s += 1 }
        while e > s, u[e - 1] == 0x20 || u[e - 1] == 0x09 { e -= 1 }
        guard s < e else { return false }
        // Every rule of `isPageFurnitureCharacters` wants the line, trimmed, to begin with a digit,
        // "+", "-", "*" or "P": a line that begins with another character is refused from its bytes
        // (a white space of another script, which it trims, leaves the line to it).
        if u[s] >= 0x80 {
            let (scalar, _) = Language.scalar(u, at: s)
            guard Unicode.Scalar(scalar)?.properties.generalCategory == .spaceSeparator else { return false }
            return isPageFurnitureCharacters(line())
        }
        guard ReferenceScanner.isDigit(u[s]) || u[s] == 0x2B || u[s] == 0x2D || u[s] == 0x2A || u[s] == 0x50 else { return false }
        if u[e - 1] >= 0x80 { return isPageFurnitureCharacters(line()) }
        let n = e - s
        func digit(_ k: Int) -> Bool { ReferenceScanner.isDigit(u[s + k]) }
        switch u[s] {
        case 0x30...0x39:
            // The date stamp of a UN PDF page, "290524" (day, month, year).
            if n == 6, (1..<6).allSatisfy(digit) {
                let day = Int(u[s] - 0x30) * 10 + Int(u[s + 1] - 0x30), month = Int(u[s + 2] - 0x30) * 10 + Int(u[s + 3] - 0x30)
                if day >= 1 && day <= 31 && month >= 1 && month <= 12 { return true }
            }
            // "2/6" (seven characters at most, all ASCII), or a job number "19-22331 (E)".
            if n <= 7 || n >= 8 && digit(1) && u[s + 2] == 0x2D && (3..<8).allSatisfy(digit) { return isPageFurnitureCharacters(line()) }
            return false
        case 0x2A: return n >= 8 && u[e - 1] == 0x2A && (1..<(n - 1)).allSatisfy(digit)
        case 0x50: return n > 5 && u[s..<(s + 5)].elementsEqual("Page ".utf8) ? isPageFurnitureCharacters(line()) : false
        case 0x2B, 0x2D: return n <= 7 ? isPageFurnitureCharacters(line()) : false
        default: return false
        }
    }

    /// `isPageFurniture` read as characters.
    static func isPageFurnitureCharacters(_ line: String) -> Bool {
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
            guard Needs.hasSlip(line) else { return line }
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
        var line = l
        return line.withUTF8 { isFootnoteLine(utf8: $0) }
    }

    static func isOpening(_ line: Substring) -> Bool {
        // "The …" (any case), possibly after white space: other lines are refused from their first bytes.
        guard mayBeOpening(line) else { return false }
        if line.utf8.count > 512 { return false }
        if let ascii = line.utf8.withContiguousStorageIfAvailable(isOpeningASCII), let found = ascii { return found }
        return isOpening(String(line))
    }

    static func isOpening(_ line: String) -> Bool {
        guard mayBeOpening(line) else { return false }
        if let ascii = line.utf8.withContiguousStorageIfAvailable(isOpeningASCII), let found = ascii { return found }
        let t = line.trimmingCharacters(in: .whitespaces).lowercased()
        guard t.count < 70, t.hasPrefix("the ") else { return false }
        let bodies = ["the general assembly", "the security council", "the human rights council",
                      "the economic and social council", "the commission on human rights"]
        guard let b = bodies.first(where: { t.hasPrefix($0) }) else { return false }
        let rest = t.dropFirst(b.count).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty || rest == "," || rest == ":" || rest == "." || rest == ";"
    }

    /// The bodies whose name opens a text, in lower case, as `isOpening` reads them.
    static let openingBodies = ["the general assembly", "the security council", "the human rights council",
                                "the economic and social council", "the commission on human rights"].map { Array($0.utf8) }

    /// `isOpening` of an ASCII line read from its bytes, or nil when the line holds another byte.
    /// An ASCII line's characters are its bytes (it holds no line feed), its white space to trim
    /// is spaces and tabs, and it lower-cases byte by byte.
    /// - Complexity: O(n).
    static func isOpeningASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        for byte in b where byte >= 0x80 || byte == 0x0A { return nil }
        func lower(_ x: UInt8) -> UInt8 { x >= 0x41 && x <= 0x5A ? x | 0x20 : x }
        var s = 0, e = b.count
        while s < e, b[s] == 0x20 || b[s] == 0x09 { s += 1 }
        while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1 }
        guard e - s < 70 else { return false }
        // The names begin differently after "the ": the first that opens the line is the only one.
        guard let body = openingBodies.first(where: { name in
            e - s >= name.count && name.indices.allSatisfy { lower(b[s + $0]) == name[$0] }
        }) else { return false }
        var r = s + body.count
        while r < e, b[r] == 0x20 || b[r] == 0x09 { r += 1 }
        if r == e { return true }
        return e - r == 1 && (b[r] == 0x2C || b[r] == 0x3A || b[r] == 0x2E || b[r] == 0x3B)
    }

    /// False when `isOpening` is false whatever the rest of the line: after spaces and tabs, "the "
    /// in any case must follow (no other character lower-cases to these letters), or a white space
    /// of another script that `isOpening` trims, which leaves the line to it.
    /// - Complexity: O(1) past the leading spaces and tabs.
    static func mayBeOpening<S: StringProtocol>(_ line: S) -> Bool {
        var bytes = line.utf8.makeIterator()
        var b = bytes.next()
        while b == 0x20 || b == 0x09 { b = bytes.next() }
        guard let first = b else { return false }
        if first >= 0x80 {
            guard let scalar = line.unicodeScalars.first(where: { $0 != " " && $0 != "\t" }) else { return false }
            return scalar.properties.generalCategory == .spaceSeparator
        }
        guard first | 0x20 == 0x74, let h = bytes.next(), h | 0x20 == 0x68, let e = bytes.next(), e | 0x20 == 0x65 else { return false }
        return bytes.next() == 0x20
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
            // "1." alone: pdftotext puts the number of an operative paragraph on a line of its own.
            if after == t.endIndex || t[after] == " " || t[after] == "\t" { return true }
        }
        if isRomanHeading(t) { return true }
        if t.hasPrefix("("), let close = t.firstIndex(of: ")"), t.distance(from: t.startIndex, to: close) <= 5 {
            let inner = t[t.index(after: t.startIndex)..<close]
            // "(a)", "(iv)", "(1)"; not a year "(1979)" that a wrapped line starts with.
            let letters = inner.allSatisfy { $0.isLetter && $0.isLowercase } && inner.count <= 4
            let digits = inner.allSatisfy { $0.isASCII && $0.isNumber } && inner.count <= 2
            if !inner.isEmpty, letters || digits { return true }
        }
        return false
    }

    /// "Annex", "Annex I", "Annexes": a heading that `StructureParser` reads on its own line.
    static func isAnnexHeadingLine(_ l: String) -> Bool {
        let words = l.split(separator: " ")
        guard let first = words.first, first == "Annex" || first == "Annexes" || first == "ANNEX", words.count <= 3 else { return false }
        return words.count == 1 || Symbols.romanValue(words[1]) != nil || Int(words[1]) != nil
    }

    /// "B" alone before the opening of the part it letters.
    static func isPartLetterLine(_ l: String, next: String) -> Bool {
        guard l.utf8.count == 1, let b = l.utf8.first, b >= 0x41, b <= 0x48 else { return false }
        return next.hasPrefix("The ") && isOpening(next)
    }

    /// A wrapped line that opens a new clause: a capitalised clause opener ("Recalling", "Convinced",
    /// "Also decides", "Keeping in mind") after a paragraph that ends in "," ";" or ":" (a detached
    /// footnote number may follow the mark: "Agreement, 2").
    static func opensClause(_ line: String, after paragraph: String) -> Bool {
        guard let first = line.utf8.first, first >= 0x41, first <= 0x5A else { return false }
        // Back over a marker, spaces and invisible marks ("Change,\u{200E}").
        let u = Array(paragraph.utf8.suffix(24))
        var end = u.count
        while end > 0 {
            if ReferenceScanner.isDigit(u[end - 1]) || u[end - 1] == 0x20 { end -= 1 }
            else if end >= 3, u[end - 3] == 0xE2, u[end - 2] == 0x80, u[end - 1] >= 0x8B, u[end - 1] <= 0x8F { end -= 3 }
            else if end >= 2, u[end - 2] == 0xC2, u[end - 1] == 0xA0 { end -= 2 }
            else { break }
        }
        guard end > 0 else { return false }
        let mark = u[end - 1]
        guard mark == 0x2C || mark == 0x3B || mark == 0x3A else { return false }
        return ClauseVerbs.read(Substring(line)) != nil || isImperativeOpener(line)
    }

    /// Joins the lines of each paragraph (after the opening line) and undoes end-of-line hyphenation.
    /// `width`: where lines were wrapped, when known (a line the next word would have fit on ends
    /// its paragraph); `paged`: a UN PDF's text, whose blank lines are not all paragraph breaks.
    static func joinHardWrapped(_ lines: [String], width: WrapWidth? = nil, paged: Bool = false) -> [String] {
        var out: [String] = []
        var inBody = false
        var current: String? = nil
        // The last line joined into `current`, as wrapped.
        var previous = ""
        func flush() { if let c = current { out.append(c); current = nil } }
        for (index, l) in lines.enumerated() {
            if !inBody {
                out.append(l)
                if isOpening(l) { inBody = true }
                continue
            }
            if l.isEmpty {
                if paged, current != nil, let next = lines[(index + 1)...].first(where: { !$0.isEmpty }),
                   !isFootnoteLine(next), continuesPastBlank(previous, next: next) || continuesSentence(current ?? "", last: previous, next: next) { continue }
                flush(); out.append(""); continue
            }
            defer { previous = l }
            // The opening of a further part, a part letter and an annex heading stand on their own lines.
            // ("the General Assembly," wrapped onto a line of its own is no opening.)
            if l.hasPrefix("The ") && isOpening(l) || isAnnexHeadingLine(l) || isPartLetterLine(l, next: index + 1 < lines.count ? lines[index + 1] : "") {
                flush(); out.append(l); continue
            }
            if isFootnoteLine(l) || startsNewParagraph(l) || current.map({ opensClause(l, after: $0) }) == true
                || current != nil && width?.endsParagraph(previous, next: l) == true
                || current.map({ isHeadingBeforeClause($0, last: previous, next: l) }) == true { flush(); current = l; continue }
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
