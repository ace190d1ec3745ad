import Foundation

/// Where the paragraphs of hard-wrapped text end, read from the width its lines were wrapped at:
/// a line after which the next line's first word would have fit ends its paragraph.
extension TextCleaner {
    struct WrapWidth: Equatable {
        /// The widest line, in characters (Unicode scalars).
        var width: Int
        /// Columns to spare: 0 for text wrapped at a fixed number of characters, more for a PDF's
        /// proportional type, whose lines hold more or fewer characters in the same width.
        var slack: Int

        /// Learns the width from the lines after the opening, and trusts it only when no line
        /// inside a sentence (ending in a lower-case letter or a comma, the next line beginning
        /// with a lower-case letter) ends short enough for the next word to fit: at a fixed width
        /// (`slack` 0), or, in a UN PDF's text (`paged`), 25 characters short of the 95th
        /// percentile of line lengths. Nil when neither holds (OCR text, lines broken by hand).
        static func learn(_ lines: [String], paged: Bool) -> WrapWidth? {
            guard let opening = lines.firstIndex(where: { TextCleaner.isOpening(Substring($0)) }) else { return nil }
            let body = lines[(opening + 1)...].filter { !$0.isEmpty && !TextCleaner.isFootnoteLine($0) }
            let lengths = body.filter { $0.utf8.contains(0x20) }.map { $0.unicodeScalars.count }.sorted()
            guard let widest = lengths.last else { return nil }
            let typical = lengths[lengths.count * 95 / 100]
            var inside = 0, fitExact = 0, fitPDF = 0
            for (a, b) in zip(body, body.dropFirst()) {
                guard let last = a.unicodeScalars.last, last == "," || last.properties.isLowercase,
                      let first = b.unicodeScalars.first, first.properties.isLowercase else { continue }
                inside += 1
                let need = a.unicodeScalars.count + 1 + TextCleaner.firstWordLength(b)
                if need <= widest { fitExact += 1 }
                if need <= typical - 25 { fitPDF += 1 }
            }
            if inside >= 10, fitExact * 100 <= inside { return WrapWidth(width: widest, slack: 0) }
            if paged, fitPDF * 100 <= inside { return WrapWidth(width: typical, slack: 25) }
            return nil
        }

        /// Whether `line` ends its paragraph: `next`'s first word would have fit on it.
        func endsParagraph(_ line: String, next: String) -> Bool {
            guard !TextCleaner.isBareNumbering(line) else { return false }
            return line.unicodeScalars.count + 1 + TextCleaner.firstWordLength(next) <= width - slack
        }
    }

    /// The first word of a line as a wrapper sees it: up to the first space.
    static func firstWordLength(_ line: String) -> Int {
        line.unicodeScalars.prefix { $0 != " " }.count
    }

    /// "1.", "(a)", "(iv)": a paragraph's number alone on its line (pdftotext puts it apart from
    /// the paragraph's words).
    static func isBareNumbering(_ l: String) -> Bool {
        let t = l.trimmingCharacters(in: .whitespaces)
        guard let first = t.utf8.first, first == 0x28 || ReferenceScanner.isDigit(first), t.utf8.count <= 6, startsNewParagraph(t) else { return false }
        return !t.contains(" ")
    }

    /// In a UN PDF's text, blank lines stand around the page furniture and between a paragraph's
    /// number and its words, not only between paragraphs: the paragraph goes on past them after a
    /// number alone ("6." … "Decides to remain seized of the matter."), and when a sentence runs
    /// on (a line ending in a lower-case letter or a comma, the next beginning with a lower-case one).
    static func continuesPastBlank(_ line: String, next: String) -> Bool {
        if isBareNumbering(line) { return true }
        guard let last = line.unicodeScalars.last, last == "," || last.properties.isLowercase,
              let first = next.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }

    /// In a UN PDF's text, a paragraph of several lines whose last line ends in a word, not a mark
    /// ("… urging donors and the"), runs on past a blank line (a page break) even to a capitalised
    /// word ("Government of Sudan to honour …"): a clause ends in a mark. Not before a clause opener,
    /// a numbered paragraph, an opening or an annex heading, which a heading of two lines may precede.
    static func continuesSentence(_ paragraph: String, last line: String, next: String) -> Bool {
        guard paragraph.utf8.count > line.utf8.count, let last = line.unicodeScalars.last, last.properties.isLowercase,
              let first = next.unicodeScalars.first, first.properties.isUppercase else { return false }
        return !opensAnyClause(next) && !startsNewParagraph(next) && !isOpening(Substring(next)) && !isAnnexHeadingLine(next)
    }

    /// "Current situation", "Humanitarian situation and displacement and development issues": a
    /// short line standing alone as its paragraph's first line, without a closing mark, before a
    /// clause opener ("Welcoming …"), is a heading: it ends its paragraph, and is not joined into the
    /// clause. `paragraph` is the paragraph so far, `line` its last line, `next` the line after it.
    static func isHeadingBeforeClause(_ paragraph: String, last line: String, next: String) -> Bool {
        guard paragraph == line, line.unicodeScalars.count <= 90, let first = line.unicodeScalars.first, first.properties.isUppercase,
              let last = line.unicodeScalars.last, last.properties.isAlphabetic else { return false }
        return opensAnyClause(next) && !opensAnyClause(line) && !startsNewParagraph(line)
    }

    /// A line beginning with a capitalised clause opener ("Welcoming", "Also decides") or the
    /// imperative of an operative verb.
    static func opensAnyClause(_ line: String) -> Bool {
        guard let first = line.utf8.first, first >= 0x41, first <= 0x5A else { return false }
        return ClauseVerbs.read(Substring(line)) != nil || isImperativeOpener(line)
    }

    /// pdftotext splits the last letters off a word at the end of some lines ("Charter of th e",
    /// "the exploration and us e"): the letters are joined back when the joined word is a word of
    /// the text elsewhere and the letters alone are not ("a" and "(i)" stay apart).
    static func unsplitLastLetters(_ lines: [String]) -> [String] {
        func split(_ l: String) -> (head: Substring, tail: Substring)? {
            let u = l.unicodeScalars
            guard let last = u.last, last.properties.isLowercase else { return nil }
            var tail = u.endIndex
            while tail > u.startIndex, u[u.index(before: tail)].properties.isLowercase { tail = u.index(before: tail) }
            let tailCount = u.distance(from: tail, to: u.endIndex)
            guard tailCount <= 2, tail > u.startIndex, u[u.index(before: tail)] == " " else { return nil }
            let space = u.index(before: tail)
            var head = space
            while head > u.startIndex, u[u.index(before: head)].properties.isAlphabetic { head = u.index(before: head) }
            guard u.distance(from: head, to: space) >= 2 else { return nil }
            return (Substring(l)[head..<space], Substring(l)[tail...])
        }
        let candidates = lines.indices.filter { split(lines[$0]) != nil }
        guard !candidates.isEmpty else { return lines }
        // The words of the text, the split letters left out: as written (the letters are lower-case,
        // "(E)" of a job number is not "e") and in lower case (the joined word may open a sentence).
        var words = Set<String>(), lowered = Set<String>()
        for l in lines {
            let kept = split(l).map { l[..<$0.head.endIndex] } ?? Substring(l)
            for w in kept.split(whereSeparator: { !$0.isLetter }) { words.insert(String(w)); lowered.insert(w.lowercased()) }
        }
        var out = lines
        for i in candidates {
            guard let (head, tail) = split(lines[i]), !words.contains(String(tail)),
                  lowered.contains((head + tail).lowercased()) else { continue }
            out[i] = String(lines[i][..<head.endIndex]) + tail
        }
        return out
    }

    /// "II.<TAB>Action areas", "IV. Resilient infrastructure": a heading numbered in Roman numerals.
    static func isRomanHeading(_ t: Substring) -> Bool {
        let u = Array(t.utf8.prefix(8))
        var i = 0
        while i < u.count, [0x49, 0x56, 0x58, 0x4C].contains(u[i]) { i += 1 }
        guard i > 0, i <= 5, i + 2 < u.count, u[i] == 0x2E, u[i + 1] == 0x09 || u[i + 1] == 0x20 else { return false }
        return u[i + 2] >= 0x41 && u[i + 2] <= 0x5A && Symbols.romanValue(t.prefix(i)) != nil
    }

    /// "Reaffirm also the importance …", "Acknowledge the need …": the imperative of an operative
    /// verb of the table ("reaffirms"), as annexed declarations open their paragraphs. Read only to
    /// cut wrapped text, not as a clause verb.
    static func isImperativeOpener(_ line: String) -> Bool {
        guard let word = ClauseVerbs.firstWords(Substring(line), count: 1).first, word.count > 3 else { return false }
        return ClauseVerbs.operativeForm[word.lowercased() + "s"] == true
    }
}
