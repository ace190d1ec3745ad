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
    /// The language of the text, and its forms when it is not English.
    let language: Language
    let forms: CitationForms?
    /// The notes as the reader wrote them after the rule (Akoma Ntoso), with their markers;
    /// nil when the notes and their markers are to be found in the text.
    var writtenNotes: [AKNRendering.Note]?

    init(text: String, path: String, language: Language? = nil) {
        self.text = text
        self.path = path
        let detected = language ?? Language.detect(in: text)
        self.language = detected
        self.forms = CitationForms.of(detected)
        self.bytes = Array(text.utf8)
        var start = 0
        var lineStart = text.startIndex
        var idx = text.startIndex
        var offset = 0
        for b in text.utf8 {
            if b == 0x0A {
                lines.append(TextLine(range: start..<offset, text: text[lineStart..<idx]))
                start = offset + 1
                lineStart = text.utf8.index(after: idx)
            }
            offset += 1
            idx = text.utf8.index(after: idx)
        }
        if start < bytes.count { lines.append(TextLine(range: start..<bytes.count, text: text[lineStart..<text.endIndex])) }
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
        if let notes = writtenNotes { take(notes) }
        locateMarkers()
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
            if t.hasPrefix("_____") {
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
                    if v.operative {
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


    func isHeading(_ t: Substring) -> Bool {
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
        if first < 0x80 {
            let candidate = ReferenceScanner.isDigit(first) ? Self.containsCaseless(t.utf8, Self.plenaryMeeting)
                : first | 0x20 == 0x61 && t.utf8.count >= 7 && zip(t.utf8, Self.adopted).allSatisfy { $0 | 0x20 == $1 }
            guard candidate else { return false }
        }
        let lower = t.lowercased()
        if lower.count < 80, lower.contains("plenary meeting"), lower.first?.isNumber == true { return true }
        if lower.count < 120, lower.hasPrefix("adopted"), lower.contains("meeting"), !lower.contains("security council at its") { return true }
        return false
    }

    static let plenaryMeeting = Array("plenary meeting".utf8), adopted = Array("adopted".utf8)

    /// Whether `text` holds `word` (lower-case ASCII letters and spaces) in any case.
    static func containsCaseless(_ text: Substring.UTF8View, _ word: [UInt8]) -> Bool {
        let bytes = Array(text)
        guard bytes.count >= word.count else { return false }
        for i in 0...(bytes.count - word.count) where bytes[i] | 0x20 == word[0] {
            if (1..<word.count).allSatisfy({ bytes[i + $0] | 0x20 == word[$0] }) { return true }
        }
        return false
    }

    func isAnnexHeading(_ t: Substring) -> Bool {
        guard t.utf8.count < 120 else { return false }
        if let forms { return forms.isAnnexHeading(String(t)) }
        let words = t.split(separator: " ")
        guard let first = words.first, first == "Annex" || first == "Annexes" || first == "ANNEX" else { return false }
        if words.count == 1 { return true }
        let second = words[1]
        return Symbols.romanValue(second) != nil || Int(second) != nil || second == "to" || second.first == "*"
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
        let u = Array(t.utf8.prefix(12))
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

    // MARK: - Run-together text (PDF text on one line)

    func inlineRule(in line: TextLine) -> Int? {
        guard line.range.count > 200 else { return nil }
        var run = 0
        var i = line.range.lowerBound
        while i < line.range.upperBound {
            if bytes[i] == 0x5F { run += 1; if run == 10 { return i - 9 } } else { run = 0 }
            i += 1
        }
        return nil
    }

    /// Splits a run of text into paragraphs where a capitalised clause verb follows `,` `;` or `:`
    /// (with a detached footnote number in between, as PDF text gives it).
    func splitRunTogether(_ range: Range<Int>) -> [Range<Int>] {
        var cuts: [Int] = []
        var i = range.lowerBound + 1
        while i < range.upperBound - 1 {
            let b = bytes[i]
            guard b >= 0x41 && b <= 0x5A, bytes[i - 1] == 0x20 else { i += 1; continue }
            // Look back over spaces and a detached footnote number for , ; :
            var j = i - 1
            while j > range.lowerBound, bytes[j] == 0x20 { j -= 1 }
            var k = j
            while k > range.lowerBound, bytes[k] >= 0x30, bytes[k] <= 0x39 { k -= 1 }
            if k < j { // digits
                var m = k
                while m > range.lowerBound, bytes[m] == 0x20 { m -= 1 }
                j = m
            }
            let p = bytes[j]
            if p == 0x2C || p == 0x3B || p == 0x3A {
                let upper = min(range.upperBound, i + 80)
                let words = slice(i..<upper)
                if ClauseVerbs.read(words) != nil { cuts.append(i) }
            }
            i += 1
        }
        var out: [Range<Int>] = []
        var start = range.lowerBound
        for c in cuts where c > start {
            // The paragraph ends before the space that precedes the verb.
            var end = c
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            out.append(start..<end)
            start = c
        }
        out.append(start..<range.upperBound)
        return out
    }

    /// The footnote area of PDF text run together: "2 3 4 5 2/6 text text text 19-22331".
    mutating func parseInlineFootnotes(_ range: Range<Int>) {
        var i = range.lowerBound
        func skipSpaces() { while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x0A { i += 1 } }
        func readInt() -> (Int, Range<Int>)? {
            let s = i
            var v = 0
            while i < range.upperBound, bytes[i] >= 0x30, bytes[i] <= 0x39 { v = v * 10 + Int(bytes[i] - 0x30); i += 1 }
            return i > s ? (v, s..<i) : nil
        }
        skipSpaces()
        var markers: [Int] = []
        while true {
            let save = i
            guard let (v, _) = readInt() else { break }
            if i < range.upperBound, bytes[i] != 0x20 && bytes[i] != 0x0A { i = save; break }
            if let last = markers.last, v != last + 1 { i = save; break }
            markers.append(v)
            skipSpaces()
        }
        guard !markers.isEmpty else { return }
        detachedMarkers = true
        // Page number "2/6".
        let save = i
        if readInt() != nil, i < range.upperBound, bytes[i] == 0x2F, { i += 1; return readInt() != nil }() { skipSpaces() } else { i = save }
        var end = range.upperBound
        // Trailing job number "19-22331" (and "(E)").
        let tail = String(slice(i..<end))
        let words = tail.split(separator: " ")
        if let last = words.last, TextCleaner.isPageFurniture(String(last)) {
            end -= last.utf8.count
            while end > i, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
        }
        let pieces = splitFootnoteTexts(i..<end, count: markers.count)
        for (m, r) in zip(markers, pieces) {
            footnotes.append(Footnote(marker: m, markerRange: nil, paragraph: nil, range: r))
        }
    }


    /// Splits run-together footnote texts into `count` notes at sentence ends, preferring
    /// the openings footnotes usually have (Ibid., See, United Nations, Resolution, Official Records).
    func splitFootnoteTexts(_ range: Range<Int>, count: Int) -> [Range<Int>] {
        guard count > 1 else { return [range] }
        var candidates: [(offset: Int, score: Int)] = []
        let starters = ["Ibid", "See ", "United Nations", "Resolution", "Official Records", "Report", "League of Nations", "General Assembly", "Security Council", "A/", "S/", "E/"]
        var i = range.lowerBound + 1
        while i < range.upperBound - 2 {
            if bytes[i] == 0x2E, bytes[i + 1] == 0x20 {
                let next = i + 2
                let b = bytes[next]
                if b >= 0x41 && b <= 0x5A {
                    let head = String(slice(next..<min(range.upperBound, next + 20)))
                    let score = starters.contains(where: { head.hasPrefix($0) }) ? 2 : 1
                    candidates.append((next, score))
                }
            }
            i += 1
        }
        var chosen: [Int]
        if candidates.count <= count - 1 {
            chosen = candidates.map(\.offset)
        } else {
            chosen = candidates.sorted { $0.score != $1.score ? $0.score > $1.score : $0.offset < $1.offset }
                .prefix(count - 1).map(\.offset).sorted()
        }
        var out: [Range<Int>] = []
        var start = range.lowerBound
        for c in chosen {
            var end = c
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            out.append(start..<end)
            start = c
        }
        out.append(start..<range.upperBound)
        return out
    }

    // MARK: - Notes the reader wrote

    /// The notes a reader wrote, read as the text route reads `N<TAB>words` lines: a marker that
    /// is no number of at most four digits has no note of its own and its words go to the note
    /// before it.
    ///
    /// The markers are still found by `locateMarkers()`, as for any text: the renderer's own
    /// marker positions (`AKNRendering.Note.markerRange`) change the citations of 69 of the first
    /// 849 documents of the corpus's `akn/xml` (a note moved from `FN1` to `PP2`, a treaty name
    /// given its note), and extraction output is not to change in this step.
    mutating func take(_ notes: [AKNRendering.Note]) {
        for note in notes {
            let digits = note.marker.utf8
            if !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let marker = Int(note.marker) {
                footnotes.append(Footnote(marker: marker, markerRange: nil, paragraph: nil, range: note.range))
            } else if var last = footnotes.popLast() {
                last.range = last.range.lowerBound..<note.range.upperBound
                footnotes.append(last)
            }
        }
    }

    // MARK: - Footnote markers

    /// Finds each footnote's marker in the body, in order, and gives the note its paragraph.
    mutating func locateMarkers() {
        guard !footnotes.isEmpty else { return }
        let bodyParagraphs = paragraphs.filter { $0.section != .cover }
        guard let firstBody = bodyParagraphs.first else { return }
        var searchFrom = firstBody.range.lowerBound
        let order = footnotes.indices.sorted { footnotes[$0].marker < footnotes[$1].marker }
        var lastParagraph: String?
        // First pass: markers glued to words or punctuation only.
        for idx in order {
            let marker = footnotes[idx].marker
            let limit = footnotes[idx].range.lowerBound
            if let r = findMarker(marker, from: searchFrom, before: limit, in: bodyParagraphs) {
                footnotes[idx].markerRange = r
                searchFrom = r.upperBound
            }
        }
        // Second pass: a marker glued to a number ("54/2639" is 54/26 and note 39), looked for only
        // between the markers found around it.
        // Single digits are left alone: "61/29" must not become 61/2 and note 9.
        for (n, idx) in order.enumerated() where footnotes[idx].markerRange == nil && footnotes[idx].marker >= 10 {
            let before = order[..<n].reversed().first { footnotes[$0].markerRange != nil }.flatMap { footnotes[$0].markerRange?.upperBound } ?? firstBody.range.lowerBound
            let after = order[(n + 1)...].first { footnotes[$0].markerRange != nil }.flatMap { footnotes[$0].markerRange?.lowerBound } ?? footnotes[idx].range.lowerBound
            if let r = findMarker(footnotes[idx].marker, from: before, before: after, in: bodyParagraphs, afterDigits: true) {
                footnotes[idx].markerRange = r
            }
        }
        // Third pass: a marker typed inside a word of the source ("t6he Addis Ababa Action Agenda"),
        // between lower-case letters, looked for only between the markers found around it.
        for (n, idx) in order.enumerated() where footnotes[idx].markerRange == nil {
            let before = order[..<n].reversed().first { footnotes[$0].markerRange != nil }.flatMap { footnotes[$0].markerRange?.upperBound } ?? firstBody.range.lowerBound
            let after = order[(n + 1)...].first { footnotes[$0].markerRange != nil }.flatMap { footnotes[$0].markerRange?.lowerBound } ?? footnotes[idx].range.lowerBound
            if let r = findMarker(footnotes[idx].marker, from: before, before: after, in: bodyParagraphs, insideWord: true) {
                footnotes[idx].markerRange = r
            }
        }
        for idx in order {
            let marker = footnotes[idx].marker
            if let r = footnotes[idx].markerRange {
                footnotes[idx].markerRange = r
                let p = bodyParagraphs.first { $0.range.contains(r.lowerBound) || $0.range.upperBound == r.lowerBound }
                footnotes[idx].paragraph = p?.label
                lastParagraph = p?.label ?? lastParagraph
            } else {
                footnotes[idx].paragraph = lastParagraph
                warnings.append("footnote \(marker): marker not found in the text")
            }
        }
    }

    func findMarker(_ marker: Int, from start: Int, before limit: Int, in body: [Paragraph], afterDigits: Bool = false, insideWord: Bool = false) -> Range<Int>? {
        let digits = Array(String(marker).utf8)
        for p in body where p.range.upperBound > start && p.range.lowerBound < limit {
            var i = max(start, p.range.lowerBound)
            let end = min(p.range.upperBound, limit)
            while i + digits.count <= end {
                if bytes[i] == digits[0], Array(bytes[i..<(i + digits.count)]) == digits {
                    let after = i + digits.count
                    let nextIsDigit = after < bytes.count && bytes[after] >= 0x30 && bytes[after] <= 0x39
                    if insideWord {
                        if i > 0, after < bytes.count, bytes[i - 1] >= 0x61, bytes[i - 1] <= 0x7A, bytes[after] >= 0x61, bytes[after] <= 0x7A { return i..<after }
                    } else if !nextIsDigit, isMarkerContext(at: i, after: after) || afterDigits && isGluedToNumber(at: i, after: after) { return i..<after }
                }
                i += 1
            }
        }
        return nil
    }

    /// A marker is glued to a word or to closing punctuation ("Change1", "Agreement,2", "2030”3");
    /// in PDF text it may stand alone between spaces ("Organized Crime 3 is").
    func isMarkerContext(at i: Int, after: Int) -> Bool {
        guard i > 0 else { return false }
        let prev = previousScalar(before: i)
        guard let (scalar, scalarStart) = prev else { return false }
        let nextByte: UInt8 = after < bytes.count ? bytes[after] : 0x20
        // Arabic text puts the marker in parentheses after the word: "مالي(1)".
        if language == .arabic, scalar == "(", nextByte == 0x29, let (before, _) = previousScalar(before: scalarStart) {
            return before.properties.isAlphabetic || before == "\u{201D}" || before == "\u{201C}" || before == ")"
        }
        let nextOK = nextByte == 0x20 || nextByte == 0x0A || nextByte == 0x2C || nextByte == 0x2E || nextByte == 0x3B
            || nextByte == 0x3A || nextByte == 0x29 || nextByte == 0x09 || nextByte >= 0x80
        guard nextOK else { return false }
        if scalar.properties.numericType != nil, scalar.isASCII {
            // A marker glued to a year: "12 August 19493;" is 1949 and note 3.
            var s = i
            while s > 0, bytes[s - 1] >= 0x30, bytes[s - 1] <= 0x39 { s -= 1 }
            // The year stands alone ("1949", "2017–2030"): not inside a longer word or number.
            guard i - s == 4, s > 0, !(bytes[s - 1] >= 0x41 && bytes[s - 1] <= 0x5A || bytes[s - 1] >= 0x61 && bytes[s - 1] <= 0x7A || bytes[s - 1] == 0x2F || bytes[s - 1] == 0x2E) else { return false }
            let year = Int(String(decoding: bytes[s..<i], as: UTF8.self)) ?? 0
            return year >= 1900 && year < 2100
        }
        if scalar.properties.isAlphabetic {
            // Not a code such as "COP28" or "G77": a short all-capital word.
            var letters = 0, upper = 0
            var j = i
            while let (s, st) = previousScalar(before: j), s.properties.isAlphabetic, letters <= 6 {
                letters += 1
                if s.properties.isUppercase { upper += 1 }
                j = st
            }
            return !(letters <= 5 && upper == letters)
        }
        let closing: Set<Unicode.Scalar> = [",", ".", ";", ":", ")", "]", "\u{201D}", "\u{2019}", "\"",
                                            // Chinese, Arabic and French punctuation: "文件，5", "》4", "،3", "»2".
                                            "，", "、", "。", "；", "：", "》", "）", "」", "،", "؛", "»"]
        if closing.contains(scalar) {
            // "1,000" is a number, "2016,9" a marker after a date: accept the second only before a space.
            if let (before, _) = previousScalar(before: scalarStart), before.properties.numericType != nil {
                if scalar == "." { return nextByte == 0x0A || after >= bytes.count }
                return (scalar == "," || scalar == ")" || scalar == ";" || scalar == ":" || scalar == "\u{201D}") && (nextByte == 0x20 || nextByte == 0x0A || after >= bytes.count)
            }
            return true
        }
        if detachedMarkers, scalar == " " {
            guard let (before, beforeStart) = previousScalar(before: scalarStart) else { return false }
            guard nextByte == 0x20 || nextByte == 0x0A else { return false }
            if before.properties.numericType != nil { return false }
            if !(before.properties.isAlphabetic || closing.contains(before)) { return false }
            let word = previousWord(endingAt: beforeStart + String(before).utf8.count).lowercased()
            let numberWords: Set<String> = ["resolution", "resolutions", "paragraph", "paragraphs", "article", "articles", "of", "and",
                                            "to", "no", "vol", "para", "annex", "chapter", "rule", "section", "page", "the", "than", "at", "in",
                                            "goal", "target", "principle", "phase", "stage", "protocol", "level", "about", "over", "some", "with"]
            if numberWords.contains(word) { return false }
            return true
        }
        return false
    }

    /// "54/2639": digits after a slash-number, or "20208": after a year, followed by a break.
    func isGluedToNumber(at i: Int, after: Int) -> Bool {
        guard i > 0, bytes[i - 1] >= 0x30, bytes[i - 1] <= 0x39 else { return false }
        let next: UInt8 = after < bytes.count ? bytes[after] : 0x20
        guard next == 0x20 || next == 0x2C || next == 0x3B || next == 0x0A || next == 0x2E else { return false }
        var s = i
        while s > 0, bytes[s - 1] >= 0x30, bytes[s - 1] <= 0x39 { s -= 1 }
        return s > 0 && bytes[s - 1] == 0x2F && i - s >= 1
    }

    func previousScalar(before i: Int) -> (Unicode.Scalar, Int)? {
        guard i > 0 else { return nil }
        var s = i - 1
        while s > 0, bytes[s] & 0xC0 == 0x80 { s -= 1 }
        var it = bytes[s..<i].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let v) = decoder.decode(&it) { return (v, s) }
        return nil
    }

    func previousWord(endingAt end: Int) -> String {
        var s = end
        while s > 0, (bytes[s - 1] >= 0x41 && bytes[s - 1] <= 0x5A) || (bytes[s - 1] >= 0x61 && bytes[s - 1] <= 0x7A) || bytes[s - 1] == 0x2E { s -= 1 }
        return String(decoding: bytes[s..<end], as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}
