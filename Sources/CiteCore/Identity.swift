/// What a document is: symbol, body, adoption date, title, agenda item — read from its cover
/// lines and headings.
struct Identity {
    var symbol: String?
    var body: Body?
    var date: String?
    var title: String?
    var agendaItem: String?
    /// Lines at the top that belong to the cover when there is no opening line.
    var coverLineCount = 0

    static func read(lines: [TextLine], openingIndex: Int?) -> Identity {
        var id = Identity()
        let limit = min(lines.count, (openingIndex ?? 30) + 1)
        var headingNumber: (number: String, part: String?)?
        var openingBody: Body?
        if let o = openingIndex {
            // Each name is searched for in the lower-cased line only when its bytes are in the
            // line in any case (no character but A–Z lower-cases to an ASCII letter of these names).
            let line = lines[o].text
            let t = openingBodyNames.contains { StructureParser.containsCaseless(line.utf8, $0) } ? line.lowercased() : ""
            func names(_ name: String) -> Bool { !t.isEmpty && t.contains(name) }
            if names("human rights council") { openingBody = .hrc }
            else if names("economic and social council") { openingBody = .ecosoc }
            else if names("security council") { openingBody = .sc }
            else if names("commission on human rights") { openingBody = .chr }
            else if names("general assembly") { openingBody = .ga }
        }
        var adoptionDate: String?
        var coverDate: String?
        /// Lines up to here belong to the title.
        var titleEnd = 0
        for idx in 0..<limit {
            // Invisible characters inside a cover symbol (`A/RES/78/\u{200B}12`) would cut it short.
            // (Cleaned only when a scalar may change: otherwise `clean` gives a copy of the line.)
            let raw = lines[idx].text
            let line = Self.cleanChanges(raw) ? SymbolText.clean(raw) : raw
            let bytes = Array(line.utf8)
            if line.isEmpty { continue }
            // A symbol at the start of a line: the cover line, or a PDF running header.
            // (A slash and a space as bytes: where the characters hold none, closing up changes nothing.)
            let symbolBytes = containsBytes(line.utf8, slashSpace) ? Array(SymbolText.closingSpacesAfterSlashes(line).utf8) : bytes
            if id.symbol == nil, let p = SymbolParser.parse(symbolBytes, at: 0, end: symbolBytes.count),
               p.kind == .resolution || p.kind == .decision || p.symbol.hasPrefix("S/PRST/") || (p.symbol.hasPrefix("S/") && idx < 3) {
                id.symbol = p.symbol
                // "E/RES/2021/2 B": one part published alone keeps its letter; "A/RES/75/101 A-B" does not.
                if let part = p.part {
                    let rest = String(decoding: symbolBytes[p.length...], as: UTF8.self)
                    if !(rest.hasPrefix("-") || rest.hasPrefix(" and") || rest.hasPrefix("–")) { id.symbol = p.symbol + " " + part }
                }
                continue
            }
            // Lower-cased only when the bytes may hold what is asked of it below (no character
            // other than A–Z lower-cases to an ASCII letter of these words).
            let lower = mayNameAgendaOrAdoption(line) ? line.lowercased() : ""
            // "Resolution 2467 (2019)", "88 (1950). Resolution of 8 November 1950", "Resolution 600 (1987) of 19 October 1987"
            if id.symbol == nil, let sc = scHeading(line) {
                id.symbol = Symbols.scResolution(sc.number, year: sc.year)
                id.body = .sc
                if let d = Dates.firstDate(in: line) { adoptionDate = adoptionDate ?? d }
                if openingIndex == nil { id.coverLineCount = idx + 1 }
                continue
            }
            if idx < titleEnd { continue }
            if headingNumber == nil, let h = titleHeading(line) {
                headingNumber = (h.number, h.part)
                // A title wrapped over the next lines (PDF text) goes on up to a blank line or the opening.
                var title = h.title
                var next = idx + 1
                while next < limit, next != openingIndex, !lines[next].text.isEmpty {
                    title += " " + lines[next].text.trimmingWhitespace()
                    next += 1
                }
                id.title = title
                titleEnd = next
                continue
            }
            // "74/174." alone on its line, the title on the lines after it (PDF text).
            if headingNumber == nil, line.hasSuffix("."), line.utf8.count <= 16, let h = titleHeading(Substring(line + " -")) {
                var next = idx + 1
                while next < limit, next != openingIndex, lines[next].text.isEmpty { next += 1 }
                var words: [String] = []
                while next < limit, next != openingIndex, !lines[next].text.isEmpty {
                    words.append(lines[next].text.trimmingWhitespace())
                    next += 1
                }
                headingNumber = (h.number, h.part)
                id.title = words.isEmpty ? nil : words.joined(separator: " ")
                titleEnd = next
                continue
            }
            if lower.hasPrefix("agenda item") || lower.hasPrefix("agenda items") {
                id.agendaItem = String(line)
                continue
            }
            if lower.contains("adopted by the") || lower.hasPrefix("resolution of") || lower.hasPrefix("of ") && bytes.count < 30 {
                if let d = Dates.firstDate(in: line) { adoptionDate = adoptionDate ?? d }
                continue
            }
            if coverDate == nil, idx < 8, bytes.count < 24, let d = Dates.firstDate(in: line) { coverDate = d }
        }
        // Numbered heading "78/153. Title" with the body of the opening line.
        if id.symbol == nil, let h = headingNumber {
            let body = openingBody ?? .ga
            if body == .sc { id.symbol = nil } else {
                id.symbol = Symbols.canonical(body: body, kind: .resolution, number: h.number)
            }
        }
        if let s = id.symbol { id.symbol = Symbols.documentSymbol(s) }
        id.body = id.symbol.flatMap(Symbols.body(ofSymbol:)) ?? openingBody ?? id.body
        id.date = adoptionDate ?? closingDate(lines) ?? coverDate
        // A Council symbol states its year: a date of another year is a typo in the document
        // ("Adopted … on 29 June 2016" in S/RES/2423 (2018)); the other dates may agree. (Not
        // ECOSOC's: its 2023 session opened in July 2022, and E/RES/2023/1 was adopted then.)
        if let stated = id.symbol.flatMap({ Symbol($0)?.year }).map(String.init), let date = id.date, !date.hasPrefix(stated) {
            id.date = [closingDate(lines), coverDate].compactMap { $0 }.first { $0.hasPrefix(stated) }
        }
        return id
    }

    /// `78/153. Protection of global climate …`, `ES-11/1. Aggression …`, `2023/1. Working arrangements …`
    static func titleHeading(_ line: Substring) -> (number: String, part: String?, title: String)? {
        guard mayBeTitleHeading(line.utf8) else { return nil }
        // The string search below reads a line of its own, as the cleaned lines were.
        let line = Substring(String(line))
        // The string search finds ". " only where its bytes are, and past 14 ASCII characters
        // (no carriage return) the number is too long: both refused from the bytes.
        guard let byteDot = firstDotSpace(line.utf8) else { return nil }
        if byteDot > 14, line.utf8.prefix(byteDot).allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return nil }
        // Where the bytes before ". " are ASCII and an ASCII byte follows it, the string search
        // finds it there: no character before it can match, and nothing joins the space.
        let u = line.utf8
        let afterDot = u.index(u.startIndex, offsetBy: byteDot + 2)
        let plainDot = u.prefix(byteDot).allSatisfy { $0 < 0x80 } && (afterDot == u.endIndex || u[afterDot] < 0x80)
        guard let dot = plainDot ? u.index(u.startIndex, offsetBy: byteDot)..<afterDot : line.range(of: ". ") else { return nil }
        var head = String(line[..<dot.lowerBound])
        let title = line[dot.upperBound...].trimmingWhitespace()
        guard head.count <= 14, !title.isEmpty else { return nil }
        var part: String?
        if let sp = head.lastIndex(of: " ") {
            let tail = head[head.index(after: sp)...]
            guard tail.count <= 3, tail.allSatisfy({ $0.isUppercase || $0 == "-" }) else { return nil }
            part = String(tail)
            head = String(head[..<sp])
        }
        let pieces = head.split(separator: "/")
        guard pieces.count == 2, Int(pieces[1]) != nil else { return nil }
        let first = pieces[0]
        let ok = Int(first) != nil || first.hasPrefix("ES-") && Int(first.dropFirst(3)) != nil || first.hasPrefix("S-") && Int(first.dropFirst(2)) != nil
        return ok ? (head, part, title) : nil
    }

    /// `Resolution 2467 (2019)`, `88 (1950). Resolution of …`, `Resolution 600 (1987)`.
    static func scHeading(_ line: Substring) -> (number: Int, year: Int)? {
        // "Resolution …" or a digit: other lines are refused from their first byte.
        guard let first = line.utf8.first, first == 0x52 || first >= 0x30 && first <= 0x39 else { return nil }
        var s = line
        if s.hasPrefix("Resolution ") { s = s.dropFirst("Resolution ".count) }
        let bytes = Array(s.utf8.prefix(20))
        var i = 0, n = 0
        // At most five digits are read: a longer number is refused below (and cannot overflow `n`).
        while i < bytes.count, i < 5, bytes[i] >= 0x30, bytes[i] <= 0x39 { n = n * 10 + Int(bytes[i] - 0x30); i += 1 }
        guard i > 0, i <= 4 else { return nil }
        if i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i + 6 <= bytes.count, bytes[i] == 0x28, bytes[i + 5] == 0x29 else { return nil }
        guard let y = Int(String(decoding: bytes[(i + 1)..<(i + 5)], as: UTF8.self)), y >= 1946, y < 2100 else { return nil }
        // "Resolution 2467 (2019)" or "88 (1950). Resolution of …"; not a sentence citing one.
        let rest = String(decoding: bytes[(i + 6)...], as: UTF8.self)
        guard line.hasPrefix("Resolution ") ? (rest.isEmpty || rest.hasPrefix(" of ") || rest.hasPrefix(" ")) && rest.count < 30
                : rest.hasPrefix(".") || rest.isEmpty else { return nil }
        return (n, y)
    }

    /// The names `read` looks for in the opening line, as lower-case bytes.
    static let openingBodyNames = ["human rights council", "economic and social council", "security council",
                                   "commission on human rights", "general assembly"].map { Array($0.utf8) }

    static let plenaryMeeting = Array("plenary meeting".utf8), slashSpace = Array("/ ".utf8)
    static let agendaItem = Array("agenda item".utf8), adoptedByThe = Array("adopted by the".utf8),
               resolutionOf = Array("resolution of".utf8), ofSpace = Array("of ".utf8)

    /// False when the lower-cased line neither begins with "agenda item", "resolution of" or "of "
    /// nor holds "adopted by the", read from its bytes in any case.
    static func mayNameAgendaOrAdoption(_ line: Substring) -> Bool {
        let u = line.utf8
        func starts(_ word: [UInt8]) -> Bool {
            u.count >= word.count && zip(u, word).allSatisfy { $0 | 0x20 == $1 }
        }
        return starts(agendaItem) || starts(resolutionOf) || starts(ofSpace) || StructureParser.containsCaseless(u, adoptedByThe)
    }

    /// Whether `SymbolText.clean` may change `text`: it leaves a text whose scalars are all ASCII
    /// or stable as it is.
    /// - Complexity: O(n), reading the bytes only when they are all ASCII.
    static func cleanChanges(_ text: Substring) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(holdsUnstableScalar) { return found }
        return text.unicodeScalars.contains { $0.value >= 0x80 && !SymbolText.isStable($0.value) }
    }

    /// Whether valid UTF-8 `bytes` hold a scalar that `SymbolText.isStable` does not keep:
    /// U+00C0–U+00FF are 0xC3 and any second byte, the dashes and curly quotes 0xE2 0x80 and
    /// 0x93, 0x94, 0x98, 0x99, 0x9C or 0x9D; every other lead byte above 0x7F begins another scalar.
    /// - Complexity: O(n).
    static func holdsUnstableScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            if b == 0xC3 { i += 2; continue }
            guard b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 else { return true }
            switch bytes[i + 2] {
            case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D: i += 3
            default: return true
            }
        }
        return false
    }

    /// False when `titleHeading` is nil whatever the rest of the line: its number ("78/153",
    /// "ES-11/1", "S-1/2"), read by `Int` and the "ES-" and "S-" prefixes, is ASCII digits, signs,
    /// "E", "S" and a slash, and ends the line's first bytes where a space (before a part letter)
    /// or the ". " before the title follows. More than 14 of them would be too long.
    /// - Complexity: O(1): at most 15 bytes are read.
    static func mayBeTitleHeading(_ u: Substring.UTF8View) -> Bool {
        var count = 0, slash = false
        for b in u {
            switch b {
            case 0x30...0x39, 0x2B, 0x2D, 0x45, 0x53: break
            case 0x2F: slash = true
            case 0x2E, 0x20: return slash && count > 0
            default: return false
            }
            count += 1
            if count > 14 { return false }
        }
        return false
    }

    /// The byte offset of the first ". " in `text`, or nil.
    static func firstDotSpace(_ text: Substring.UTF8View) -> Int? {
        var previous: UInt8 = 0
        var offset = 0
        for b in text {
            if b == 0x20, previous == 0x2E { return offset - 1 }
            previous = b
            offset += 1
        }
        return nil
    }

    /// Whether `text` holds the bytes of `word` as they are.
    static func containsBytes(_ text: Substring.UTF8View, _ word: [UInt8]) -> Bool {
        guard let first = word.first else { return true }
        var i = text.startIndex
        while let k = text[i...].firstIndex(of: first) {
            if text[k...].starts(with: word) { return true }
            i = text.index(after: k)
        }
        return false
    }

    /// "49th plenary meeting 19 December 2023" near the end of the text.
    static func closingDate(_ lines: [TextLine]) -> String? {
        // The words as bytes first: most lines do not hold them, and need no string search.
        for l in lines where l.text.utf8.count < 80 && containsBytes(l.text.utf8, plenaryMeeting) && l.text.contains("plenary meeting") {
            if let d = Dates.firstDate(in: l.text) { return d }
        }
        return nil
    }
}
