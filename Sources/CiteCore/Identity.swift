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
            let t = lines[o].text.lowercased()
            if t.contains("human rights council") { openingBody = .hrc }
            else if t.contains("economic and social council") { openingBody = .ecosoc }
            else if t.contains("security council") { openingBody = .sc }
            else if t.contains("commission on human rights") { openingBody = .chr }
            else if t.contains("general assembly") { openingBody = .ga }
        }
        var adoptionDate: String?
        var coverDate: String?
        /// Lines up to here belong to the title.
        var titleEnd = 0
        for idx in 0..<limit {
            // Invisible characters inside a cover symbol (`A/RES/78/\u{200B}12`) would cut it short.
            let line = SymbolText.clean(lines[idx].text)
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
                    title += " " + lines[next].text.trimmingCharacters(in: .whitespaces)
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
                    words.append(lines[next].text.trimmingCharacters(in: .whitespaces))
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
        // The string search finds ". " only where its bytes are, and past 14 ASCII characters
        // (no carriage return) the number is too long: both refused from the bytes.
        guard let byteDot = firstDotSpace(line.utf8) else { return nil }
        if byteDot > 14, line.utf8.prefix(byteDot).allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return nil }
        guard let dot = line.range(of: ". ") else { return nil }
        var head = String(line[..<dot.lowerBound])
        let title = String(line[dot.upperBound...]).trimmingCharacters(in: .whitespaces)
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
