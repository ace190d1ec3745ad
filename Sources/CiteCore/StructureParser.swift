import Foundation

/// One line of the text with its byte range.
struct TextLine {
    var range: Range<Int>
    var text: Substring
}

struct StructureParser {
    let text: String
    let path: String
    let bytes: [UInt8]
    var lines: [TextLine] = []
    var paragraphs: [Paragraph] = []
    var footnotes: [Footnote] = []
    var warnings: [String] = []
    /// Footnote markers printed apart from their words (PDF text): " 3 " instead of "Crime3".
    var detachedMarkers = false
    /// The text is a UN PDF's read page by page (pdftotext): its markers stand apart too, though
    /// its paragraphs are on lines of their own.
    var pageMarkers = false
    /// The language of the text, and its forms when it is not English.
    let language: Language
    let forms: CitationForms?
    /// The notes as the reader wrote them after the rule (Akoma Ntoso), with their markers;
    /// nil when the notes and their markers are to be found in the text.
    var writtenNotes: [AKNRendering.Note]?
    /// Where the reader saw footnote markers (PDF superscripts), in text order; nil when the
    /// markers are to be found in the text.
    var recordedMarkers: [Range<Int>]?

    init(text: String, path: String, language: Language? = nil) {
        self.text = text
        self.path = path
        let detected = language ?? Language.detect(in: text)
        self.language = detected
        self.forms = CitationForms.of(detected)
        self.bytes = Array(text.utf8)
        // Lines found in the bytes; each line's text is the slice at the same offsets.
        let u = text.utf8
        func index(_ offset: Int) -> String.Index { u.index(u.startIndex, offsetBy: offset) }
        var start = 0
        var found: [TextLine] = []
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            // memchr reads many bytes at a time: most are no line feed.
            while start < b.count, let hit = memchr(base + start, 0x0A, b.count - start) {
                let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                found.append(TextLine(range: start..<offset, text: text[index(start)..<index(offset)]))
                start = offset + 1
            }
        }
        if start < bytes.count { found.append(TextLine(range: start..<bytes.count, text: text[index(start)..<text.endIndex])) }
        lines = found
    }

    func slice(_ r: Range<Int>) -> Substring {
        let u = text.utf8
        let a = u.index(u.startIndex, offsetBy: r.lowerBound)
        let b = u.index(a, offsetBy: r.count)
        return text[a..<b]
    }

    mutating func run() throws -> Document {
        let openingIndex = lines.firstIndex { isOpening($0.text) }
        var identity = Identity.read(lines: lines, openingIndex: openingIndex)
        if let forms, let o = openingIndex, identity.body == nil || identity.symbol == nil,
           let opening = forms.opening(of: String(lines[o].text)) {
            identity.body = identity.body ?? opening
        }
        if let forms, identity.date == nil {
            identity.date = lines.prefix(min(lines.count, (openingIndex ?? 12) + 1)).lazy.compactMap { forms.firstDate(in: String($0.text)) }.first
        }
        if identity.symbol == nil {
            let name = (path as NSString).lastPathComponent
            if let s = Symbols.fromFileName(name) {
                identity.symbol = Symbols.documentSymbol(s)
                warnings.append("no symbol in the text; taken from the file name (\(s))")
            }
        }
        guard let symbol = identity.symbol else {
            throw InputError(path: path, reason: "no document symbol found (cover, heading or file name)")
        }
        let body = Symbols.body(ofSymbol: symbol) ?? identity.body ?? .other
        let coverEnd = openingIndex ?? identity.coverLineCount
        if coverEnd > 0 {
            let r = lines[0].range.lowerBound..<lines[coverEnd - 1].range.upperBound
            paragraphs.append(Paragraph(label: "COVER", section: .cover, verb: nil, relation: .cites, range: r))
        }
        parseBody(from: openingIndex.map { $0 + 1 } ?? coverEnd, hasOpening: openingIndex != nil)
        if let notes = writtenNotes {
            let placed = AKNLayout.footnotes(of: notes, in: paragraphs)
            footnotes = placed.footnotes
            warnings += placed.warnings
        } else {
            locateMarkers()
        }
        if paragraphs.allSatisfy({ $0.section == .cover }) {
            warnings.append("no paragraphs found after the cover")
        }
        var document = Document(path: path, symbol: symbol, body: body, date: identity.date, title: identity.title,
                                agendaItem: identity.agendaItem, subjects: [], text: text, paragraphs: paragraphs,
                                footnotes: footnotes, links: [], warnings: warnings)
        document.language = language
        return document
    }

    // MARK: - Body

    enum Mode { case body, annex, footnotes }

    /// `hasOpening`: the text has an opening line ("The General Assembly,"); without one a long
    /// run of text may hold several paragraphs (PDF text on one line).
    mutating func parseBody(from first: Int, hasOpening: Bool) {
        var mode = Mode.body
        var sawOperative = false
        var ppCount = 0, annexCount = 0
        var lastOperative: Paragraph?
        var lastLabel: String?
        var lastRelation = Relation.cites
        var lastSection = Section.preamble
        var partPrefix = ""
        var parts = 0
        var i = first
        while i < lines.count {
            let line = lines[i]
            let t = line.text
            if t.isEmpty { i += 1; continue }
            // (Only a "_" byte can begin a "_" character: checked before the string comparison.)
            if t.utf8.first == 0x5F, t.hasPrefix("_____") {
                // The reader wrote the notes after the rule and said where they are.
                if writtenNotes != nil { break }
                mode = .footnotes
                let rest = t.drop(while: { $0 == "_" })
                if !rest.trimmingCharacters(in: .whitespaces).isEmpty {
                    let restStart = line.range.upperBound - rest.utf8.count
                    parseInlineFootnotes(restStart..<line.range.upperBound)
                }
                i += 1; continue
            }
            if mode == .footnotes {
                if let (marker, textStart) = footnoteLine(t, at: line.range.lowerBound) {
                    footnotes.append(Footnote(marker: marker, markerRange: nil, paragraph: nil, range: textStart..<line.range.upperBound))
                    i += 1; continue
                }
                if !isAnnexHeading(t) && !isOpening(t) {
                    if var last = footnotes.popLast() { last.range = last.range.lowerBound..<line.range.upperBound; footnotes.append(last) }
                    i += 1; continue
                }
                mode = .body
            }
            if isOpening(t) {
                // A further part of a resolution in several parts ("B", then "The General Assembly,").
                parts += 1
                partPrefix = partLetter(before: i).map { "\($0)-" } ?? "P\(parts + 1)-"
                mode = .body; sawOperative = false; ppCount = 0; lastOperative = nil
                i += 1; continue
            }
            if isClosingLine(t) { i += 1; continue }
            if isAnnexHeading(t) { mode = .annex; annexCount = 0; i += 1; continue }

            // An inline rule inside a long run of text (PDF text on one line).
            var range = line.range
            if let ruleOffset = inlineRule(in: line) {
                var end = ruleOffset
                while end > line.range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
                range = line.range.lowerBound..<end
                var notesStart = ruleOffset
                while notesStart < line.range.upperBound, bytes[notesStart] == 0x5F { notesStart += 1 }
                parseInlineFootnotes(notesStart..<line.range.upperBound)
            }
            let pieces = detachedMarkers || range.count > 4000 && !hasOpening ? splitRunTogether(range) : [range]
            for piece in pieces {
                let ptext = slice(piece)
                let (number, sub, contentStart) = numbering(ptext)
                let content = ptext[ptext.utf8.index(ptext.startIndex, offsetBy: contentStart)...]
                let verb = ClauseVerbs.read(content, language: language)
                if mode == .annex {
                    annexCount += 1
                    let label = "\(partPrefix)AX\(annexCount)"
                    paragraphs.append(Paragraph(label: label, section: .annex, verb: verb?.verb, relation: verb?.relation ?? .cites, range: piece))
                    continue
                }
                if let n = number {
                    sawOperative = true
                    let p = Paragraph(label: "\(partPrefix)OP\(n)", section: .operative, verb: verb?.verb, relation: verb?.relation ?? .cites, range: piece)
                    paragraphs.append(p); lastOperative = p
                    lastLabel = p.label; lastRelation = p.relation; lastSection = .operative
                    continue
                }
                if sub, let parent = lastOperative ?? paragraphs.last(where: { $0.section != .cover }) {
                    paragraphs.append(Paragraph(label: parent.label, section: parent.section, verb: parent.verb, relation: parent.relation, range: piece))
                    continue
                }
                if let v = verb {
                    // An opener of operative paragraphs in another language ("鼓励", "重申其") opens a
                    // preambular one when, before any operative paragraph, it ends like a clause of
                    // the preamble (with a comma): Chinese has no preambular verb form.
                    let preambular = forms != nil && !sawOperative && endsLikeClause(ptext)
                    if v.operative && !preambular {
                        sawOperative = true
                        let n = paragraphs.filter { $0.section == .operative && $0.label.hasPrefix(partPrefix) }.count + 1
                        let p = Paragraph(label: "\(partPrefix)OP\(n)", section: .operative, verb: v.verb, relation: v.relation, range: piece)
                        paragraphs.append(p); lastOperative = p
                        lastLabel = p.label; lastRelation = p.relation; lastSection = .operative
                        continue
                    }
                    if !sawOperative {
                        ppCount += 1
                        let p = Paragraph(label: "\(partPrefix)PP\(ppCount)", section: .preamble, verb: v.verb, relation: v.relation, range: piece)
                        paragraphs.append(p)
                        lastLabel = p.label; lastRelation = p.relation; lastSection = .preamble
                        continue
                    }
                }
                // Another language's preambular paragraph whose opener the tables do not hold
                // ("وإقراراً منها …,"): a paragraph of its own, its relation unknown.
                if forms != nil, !sawOperative, lastLabel != nil, endsLikeClause(ptext) {
                    ppCount += 1
                    let p = Paragraph(label: "\(partPrefix)PP\(ppCount)", section: .preamble, verb: nil, relation: .cites, range: piece)
                    paragraphs.append(p)
                    lastLabel = p.label; lastRelation = .cites; lastSection = .preamble
                    continue
                }
                // No verb: a heading, a quoted block or a list item continues the paragraph before it.
                if let label = lastLabel {
                    paragraphs.append(Paragraph(label: label, section: lastSection, verb: nil, relation: isHeading(ptext) ? .cites : lastRelation, range: piece))
                } else {
                    ppCount += 1
                    let p = Paragraph(label: "\(partPrefix)PP\(ppCount)", section: .preamble, verb: nil, relation: .cites, range: piece)
                    paragraphs.append(p)
                    lastLabel = p.label; lastRelation = .cites; lastSection = .preamble
                }
            }
            i += 1
        }
    }


    func isHeading(_ t: Substring) -> Bool { Self.isHeading(t) }

    /// A short line that ends with no clause punctuation: a heading.
    static func isHeading(_ t: Substring) -> Bool {
        t.utf8.count < 90 && !t.hasSuffix(",") && !t.hasSuffix(";") && !t.hasSuffix(".")
            && !t.hasSuffix("،") && !t.hasSuffix("，") && !t.hasSuffix("；") && !t.hasSuffix("。") && !t.hasSuffix("؛")
    }

    /// A preambular clause ends with a comma ("،" in Arabic, "，" in Chinese) after a long enough text.
    func endsLikeClause(_ t: Substring) -> Bool {
        guard t.unicodeScalars.count > 40, let last = t.unicodeScalars.last(where: { $0 != " " && !($0.properties.numericType != nil && $0.isASCII) }) else { return false }
        return last == "," || last == "،" || last == "，"
    }

    /// The line that opens the text ("The General Assembly,", "L’Assemblée générale,", "大会，").
    func isOpening(_ t: Substring) -> Bool {
        if let forms { return t.utf8.count < 200 && forms.opening(of: String(t)) != nil }
        return TextCleaner.isOpening(t)
    }

    func partLetter(before index: Int) -> String? {
        var j = index - 1
        while j >= 0, lines[j].text.isEmpty { j -= 1 }
        guard j >= 0 else { return nil }
        let t = lines[j].text
        if let first = t.first, first >= "A", first <= "H", t.dropFirst().first == " " || t.count == 1 { return String(first) }
        return nil
    }

    func isClosingLine(_ t: Substring) -> Bool {
        if let forms { return forms.isMeetingLine(String(t)) }
        // "49th plenary meeting …" or "Adopted … meeting": refused from the first byte or the length.
        guard let first = t.utf8.first, t.utf8.count < 1024 else { return false }
        // A character holds at most one ASCII scalar (but for CR LF, which a line does not hold)
        // and lower-casing keeps ASCII ASCII: a line of 120 ASCII bytes or more lower-cases to
        // 120 characters or more, too many for either rule (80 for a line that begins with a digit).
        let asciiCount = Self.asciiByteCount(t.utf8)
        if asciiCount >= 120 || asciiCount >= 80 && ReferenceScanner.isDigit(first) { return false }
        if first < 0x80 {
            let candidate = ReferenceScanner.isDigit(first) ? Self.containsCaseless(t.utf8, Self.plenaryMeeting)
                : first | 0x20 == 0x61 && t.utf8.count >= 7 && zip(t.utf8, Self.adopted).allSatisfy { $0 | 0x20 == $1 }
            guard candidate else { return false }
        } else {
            // A line that begins with another script's character cannot begin with "adopted" in
            // lower case: it closes the text only with "plenary meeting" in it.
            guard Self.containsCaseless(t.utf8, Self.plenaryMeeting) else { return false }
        }
        let lower = t.lowercased()
        if lower.count < 80, lower.contains("plenary meeting"), lower.first?.isNumber == true { return true }
        if lower.count < 120, lower.hasPrefix("adopted"), lower.contains("meeting"), !lower.contains("security council at its") { return true }
        return false
    }

    static let plenaryMeeting = Array("plenary meeting".utf8), adopted = Array("adopted".utf8)

    /// Whether `text` holds `word` (lower-case ASCII letters and spaces) in any case.
    static func containsCaseless(_ text: Substring.UTF8View, _ word: [UInt8]) -> Bool {
        // Read in place (no copy) when the text's bytes are contiguous, as a native string's are.
        if let found = text.withContiguousStorageIfAvailable({ containsCaseless($0, word) }) { return found }
        return Array(text).withUnsafeBufferPointer { containsCaseless($0, word) }
    }

    /// - Complexity: O(n·m) at worst, O(n) for text that seldom holds the word's first letter.
    static func containsCaseless(_ bytes: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard bytes.count >= word.count else { return false }
        return word.withUnsafeBufferPointer { w in
            let first = w[0], last = bytes.count - w.count
            var i = 0
            while i <= last {
                if bytes[i] | 0x20 == first {
                    var k = 1
                    while k < w.count, bytes[i + k] | 0x20 == w[k] { k += 1 }
                    if k == w.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// The number of bytes below 0x80 in `text`.
    static func asciiByteCount(_ text: Substring.UTF8View) -> Int {
        if let n = text.withContiguousStorageIfAvailable({ asciiByteCount($0) }) { return n }
        return text.reduce(0) { $0 + ($1 < 0x80 ? 1 : 0) }
    }

    /// The number of bytes below 0x80 in `bytes`, counted eight at a time.
    /// - Complexity: O(n).
    static func asciiByteCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var high = 0, i = 0
        while i + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            high += (word & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < bytes.count { if bytes[i] >= 0x80 { high += 1 }; i += 1 }
        return bytes.count - high
    }

    func isAnnexHeading(_ t: Substring) -> Bool { Self.isAnnexHeading(t, forms: forms) }

    /// "Annex", "Annex I", "Annexes", "Annex to …" (another language's headings from its forms).
    static func isAnnexHeading(_ t: Substring, forms: CitationForms?) -> Bool {
        guard t.utf8.count < 120 else { return false }
        if let forms { return forms.isAnnexHeading(String(t)) }
        // After the spaces the words skip, the first word's bytes begin "Annex" or "ANNEX" (no
        // other characters are canonically equivalent to these letters).
        guard mayBeAnnexHeading(t.utf8) else { return false }
        let words = t.split(separator: " ")
        guard let first = words.first, first == "Annex" || first == "Annexes" || first == "ANNEX" else { return false }
        if words.count == 1 { return true }
        let second = words[1]
        return Symbols.romanValue(second) != nil || Int(second) != nil || second == "to" || second.first == "*"
    }

    static let annexWord = Array("Annex".utf8), annexUpper = Array("ANNEX".utf8)

    /// False when `isAnnexHeading` of an English line is false whatever its other words: the
    /// first word's bytes, after spaces, must begin with "Annex" or "ANNEX".
    /// - Complexity: O(1) past the leading spaces.
    static func mayBeAnnexHeading(_ u: Substring.UTF8View) -> Bool {
        var i = u.startIndex
        while i < u.endIndex, u[i] == 0x20 { i = u.index(after: i) }
        let rest = u[i...]
        return rest.starts(with: annexWord) || rest.starts(with: annexUpper)
    }

    /// `12\ttext` → (12, offset of text).
    func footnoteLine(_ t: Substring, at offset: Int) -> (Int, Int)? {
        var value = 0, digits = 0
        var consumed = 0
        for b in t.utf8 {
            if b >= 0x30 && b <= 0x39, digits < 4 { value = value * 10 + Int(b - 0x30); digits += 1; consumed += 1; continue }
            if b == 0x09 && digits > 0 { return (value, offset + consumed + 1) }
            return nil
        }
        return nil
    }

    /// Operative number (`12.`), sub-paragraph (`(a)`), and where the words start.
    func numbering(_ t: Substring) -> (Int?, Bool, Int) {
        // Read in place when the bytes are contiguous (as a native string's are).
        if let found = t.utf8.withContiguousStorageIfAvailable({ numbering(UnsafeBufferPointer(rebasing: $0.prefix(12))) }) { return found }
        return Array(t.utf8.prefix(12)).withUnsafeBufferPointer { numbering($0) }
    }

    /// `numbering` of a paragraph's first twelve bytes.
    func numbering(_ u: UnsafeBufferPointer<UInt8>) -> (Int?, Bool, Int) {
        var i = 0
        var v = 0
        while i < u.count, u[i] >= 0x30, u[i] <= 0x39 { v = v * 10 + Int(u[i] - 0x30); i += 1 }
        // "1 -" (Arabic): the number, a space and a hyphen.
        if language == .arabic, i > 0, i <= 3, i + 2 < u.count, u[i] == 0x20, u[i + 1] == 0x2D, u[i + 2] == 0x09 || u[i + 2] == 0x20 {
            var j = i + 2
            while j < u.count, u[j] == 0x09 || u[j] == 0x20 { j += 1 }
            return (v, false, j)
        }
        if i > 0, i <= 3, i < u.count, u[i] == 0x2E, i + 1 < u.count, u[i + 1] == 0x09 || u[i + 1] == 0x20 {
            var j = i + 1
            while j < u.count, u[j] == 0x09 || u[j] == 0x20 { j += 1 }
            return (v, false, j)
        }
        if u.first == 0x28, let close = u.firstIndex(of: 0x29), close <= 6, close > 1 {
            let inner = u[1..<close]
            let lower = inner.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } && inner.count <= 4
            let digits = inner.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && inner.count <= 2
            let upper = inner.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } && inner.count <= 4
            if lower || digits || upper {
                var j = close + 1
                while j < u.count, u[j] == 0x09 || u[j] == 0x20 { j += 1 }
                return (nil, true, j)
            }
        }
        return (nil, false, 0)
    }
}
