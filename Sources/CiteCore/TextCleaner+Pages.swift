import Foundation

/// Text read page by page from a UN PDF (pdftotext): the form feeds that end its pages tell where
/// the running header stands (the symbol at the top of each page after the first) and which lines
/// are the notes at the foot of a page (after the rule), which the body runs on past.
extension TextCleaner {
    /// The index of each line that begins a page (follows a form feed), lines counted as `clean`
    /// splits them (a form feed ends a line as a line feed does).
    static func pageStarts(_ utf8: String.UTF8View) -> [Int] {
        var starts: [Int] = []
        var line = 0
        for b in utf8 {
            if b == 0x0A { line += 1 } else if b == 0x0C { line += 1; starts.append(line) }
        }
        return starts
    }

    /// The pages' lines with the symbol that heads each page after the first taken out, and the
    /// notes at the foot of each page moved to the end of the text after one rule, one note a line
    /// ("1<TAB>text"), as the text of a resolution gives them. `paged`: the text is a UN PDF's, with
    /// a job number ("16-22921 (E)") among its page furniture.
    static func relayPages(_ lines: [String], pageStarts: [Int]) -> (lines: [String], paged: Bool) {
        guard !pageStarts.isEmpty else { return (lines, false) }
        let bounds = [0] + pageStarts.filter { $0 > 0 && $0 < lines.count } + [lines.count]
        let cover = Set(lines.prefix(20).map { $0.trimmingCharacters(in: .whitespaces) }.filter { isSymbolHeader($0) })
        var out: [String] = []
        var notes: [(Int, String)] = []
        for p in 0..<(bounds.count - 1) {
            var page = Array(lines[bounds[p]..<bounds[p + 1]])
            if p > 0, let top = page.firstIndex(where: { !$0.isEmpty }),
               cover.contains(page[top].trimmingCharacters(in: .whitespaces)) {
                page.remove(at: top)
            }
            if let rule = page.lastIndex(where: isRuleLine), let pageNotes = footNotes(Array(page[(rule + 1)...])) {
                notes += pageNotes
                page.removeSubrange(rule...)
            }
            out += page
        }
        if !notes.isEmpty {
            out += ["", "__________________"] + notes.map { "\($0.0)\t\($0.1)" }
        }
        return (out, lines.contains { isJobNumber($0) })
    }

    /// "S/2016/1100", "S/RES/2730 (2024)": a document symbol standing alone on its line.
    static func isSymbolHeader(_ t: String) -> Bool {
        guard t.utf8.count < 40, t.hasPrefix("A/") || t.hasPrefix("S/") || t.hasPrefix("E/") else { return false }
        return !t.contains(", ") && !t.hasSuffix(".") && !t.hasSuffix(",")
    }

    /// "__________________": the rule over a page's notes.
    static func isRuleLine(_ l: String) -> Bool {
        let t = l.trimmingCharacters(in: .whitespaces)
        return t.utf8.count >= 5 && t.utf8.allSatisfy { $0 == 0x5F }
    }

    /// "16-22921 (E)", "16-22921": the job number of a UN document, at the foot of its pages.
    static func isJobNumber(_ l: String) -> Bool {
        let b = Array(l.utf8)
        guard b.count >= 8, b.count <= 12, b[2] == 0x2D else { return false }
        return (0..<8).allSatisfy { $0 == 2 || ReferenceScanner.isDigit(b[$0]) } && (b.count == 8 || l.hasSuffix(" (E)"))
    }

    /// The notes below a page's rule: their numbers stand on lines of their own (superscripts), not
    /// always before their text (pdftotext may give the first note's number last), so the texts,
    /// in order, take the numbers in increasing order. Nil when no number is found.
    static func footNotes(_ block: [String]) -> [(Int, String)]? {
        var numbers: [Int] = []
        var texts: [String] = []
        var current: String?
        for line in block where !line.isEmpty && !isPageFurniture(line) && !isSymbolHeader(line) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.utf8.count <= 3, let n = Int(t) {
                numbers.append(n)
                if let c = current { texts.append(c); current = nil }
                continue
            }
            current = current.map { joinWrapped($0, t) } ?? t
        }
        if let c = current { texts.append(c) }
        guard !numbers.isEmpty, !texts.isEmpty else { return nil }
        numbers.sort()
        var notes: [(Int, String)] = []
        for (k, text) in texts.enumerated() {
            if k < numbers.count { notes.append((numbers[k], text)) }
            else { notes[notes.count - 1].1 = joinWrapped(notes[notes.count - 1].1, text) }
        }
        return notes
    }
}
