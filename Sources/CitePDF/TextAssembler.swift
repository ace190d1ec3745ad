/// Lays the body and footnote rows of a document out as the corpus's rendered texts are:
/// cover lines one per line, then one paragraph per line with a blank line between
/// paragraphs (`1.<TAB>Decides ...`, `(a)<TAB>...`), then the rule `__________________`
/// and one footnote per line as `N<TAB>text`.
enum TextAssembler {
    /// One page after its running lines were removed.
    struct Page: Sendable {
        var width: Double
        var body: [TextRow]
        var footnotes: [TextRow]
    }

    /// The text of a document from its pages, in page order.
    ///
    /// - Complexity: O(n) in the number of characters, plus O(r log r) per page for r rows.
    static func text(of pages: [Page]) -> String {
        var text = ""
        write(pageCount: pages.count, page: { pages[$0] }, to: &text)
        return text
    }

    /// Writes the text of a document to `output`, its pages handed out one at a time by `page`
    /// (which is called three times for each page: to learn the document's margins and
    /// spellings, to write the body, to write the footnotes). Only one page's rows and the
    /// paragraph being joined are held, never the text's lines all at once. Returns where the
    /// footnote markers glued to words are (UTF-8 byte ranges of their digits, in text order).
    ///
    /// - Complexity: O(n) in the number of characters, plus O(r log r) per page for r rows.
    @discardableResult
    static func write<Output: TextOutputStream>(pageCount: Int, page: (Int) -> Page, to base: inout Output) -> [Range<Int>] {
        var output = MarkerRecorder(base)
        defer { base = output.base }
        write(pageCount: pageCount, page: page, recorder: &output)
        return output.markers
    }

    private static func write<Output: TextOutputStream>(pageCount: Int, page: (Int) -> Page,
                                                        recorder output: inout MarkerRecorder<Output>) {
        guard pageCount > 0 else { return }
        // What the whole document decides: the spellings the joiner learns, the common right
        // edge (the margin of a page with too few lines of its own), each page's right margin.
        var joiner = LineJoiner()
        var rightEdges: [Int: Int] = [:]
        var leftEdges: [Int: Int] = [:]
        var pageRights: [Double?] = []
        pageRights.reserveCapacity(pageCount)
        let first = page(0)
        for index in 0..<pageCount {
            let current = index == 0 ? first : page(index)
            for row in current.body { for cell in row.cells { joiner.learn(cell.text) } }
            for row in current.footnotes { for cell in row.cells { joiner.learn(cell.text) } }
            let lines = current.body.map(mergedLine)
            pageRights.append(rightMargin(lines))
            count(lines.map(\.x1), into: &rightEdges)
            count(lines.map(\.x0), into: &leftEdges)
        }
        let documentRight = commonEdge(rightEdges) ?? 0
        let rights = pageRights.map { $0 ?? documentRight }
        let firstLines = first.body.map(mergedLine)
        let margin = leftMargin(firstLines) ?? commonEdge(leftEdges) ?? 0

        // The cover: rows of the first page above the opening (`The Security Council,`).
        let opening = first.body.firstIndex { row in
            let cell = row.cells[0]
            return cell.x0 > margin + cell.size && cell.x0 < first.width / 2
                && cell.text.hasPrefix("The ") && cell.text.hasSuffix(",")
        }
        let coverRowCount = opening ?? 0
        var cover = coverLines(Array(first.body.prefix(coverRowCount)), pageWidth: first.width, joiner: joiner)
        // The bold title under the masthead ("United States of America: draft resolution")
        // is a block of its own, as in the rendered texts of draft resolutions.
        let title = cover.last.flatMap { $0.bold && abs($0.x0 - margin) < 1 ? $0.text : nil }
        if title != nil { cover.removeLast() }

        var wroteText = false
        var blocks = 0
        func addBlock(_ block: String) {
            if blocks > 0 { output.write("\n\n") }
            output.write(block)
            wroteText = wroteText || !block.isEmpty || blocks > 0
            blocks += 1
        }
        if !cover.isEmpty { addBlock(cover.map(\.text).joined(separator: "\n")) }
        if let title { addBlock(title) }

        // The paragraph being read; the ones before it are written and let go.
        var paragraph: [String]?
        var previous: (line: TextLine, pageIndex: Int)?
        for pageIndex in 0..<pageCount {
            let pageLines = pageIndex == 0 ? firstLines : page(pageIndex).body.map(mergedLine)
            for line in pageLines.dropFirst(pageIndex == 0 ? coverRowCount : 0) {
                var text = line.text
                if let leading = line.leadingMarker {
                    // A footnote number wrapped to the start of a line belongs to the word before.
                    let marked = String(FootnoteMark.scalar) + leading
                    if paragraph == nil { text = marked + text } else { appendMarker(marked, to: &paragraph) }
                    if text.isEmpty { continue }
                }
                let opens = previous.map {
                    opensParagraph(line, after: $0.line, rightMargin: rights[$0.pageIndex])
                } ?? true
                if opens {
                    if let done = paragraph { addBlock(labelled(joiner.join(done))) }
                    paragraph = [text]
                } else {
                    paragraph?.append(text)
                }
                previous = (line, pageIndex)
            }
        }
        if let done = paragraph { addBlock(labelled(joiner.join(done))) }

        // The footnotes, each written as soon as the next one starts.
        var notes = FootnoteCollector(joiner: joiner)
        var noteCount = 0
        func addNote(_ note: FootnoteCollector.Note) {
            output.write(noteCount == 0 ? "\n\n" + TextPatterns.renderedRule + "\n" : "\n")
            output.write(note.marker.map { "\($0)\t\(note.text)" } ?? note.text)
            wroteText = true
            noteCount += 1
        }
        for pageIndex in 0..<pageCount {
            for row in (pageIndex == 0 ? first : page(pageIndex)).footnotes {
                if let done = notes.add(row) { addNote(done) }
            }
        }
        if let done = notes.finish() { addNote(done) }
        if wroteText { output.write("\n") }
    }

    /// Whether `line` starts a new paragraph after `previous`.
    static func opensParagraph(_ line: TextLine, after previous: TextLine, rightMargin: Double) -> Bool {
        if line.bold != previous.bold || abs(line.size - previous.size) > 1 { return true }
        // First-line indent: further right than the line before.
        if line.x0 > previous.x0 + line.size { return true }
        if line.page == previous.page {
            return line.top - previous.bottom > 0.4 * line.size
        }
        // Across a page break: a label opens a paragraph, a short last line closed one;
        // otherwise the paragraph goes on ("Economic and" … "Social Council resolution").
        return line.opensWithLabelGap || previous.x1 < rightMargin - 2 * previous.size
    }

    /// `1. Decides` → `1.<TAB>Decides`, `(a) Acknowledge` → `(a)<TAB>Acknowledge`.
    static func labelled(_ paragraph: String) -> String {
        guard let (label, rest) = TextPatterns.leadingLabel(paragraph) else { return paragraph }
        return "\(label)\t\(rest)"
    }

    /// The cover rows as lines: each cell its own line, except that the wrapped lines of the
    /// title block (same font, same left edge, no gap) are joined.
    static func coverLines(_ rows: [TextRow], pageWidth: Double, joiner: LineJoiner) -> [TextLine] {
        var groups: [[TextLine]] = []
        for cell in rows.flatMap(\.cells) {
            if let last = groups.last?.last, abs(last.x0 - cell.x0) < 1, cell.x0 < pageWidth / 2,
               abs(last.size - cell.size) < 0.5, last.bold == cell.bold, cell.size <= 14,
               cell.top - last.bottom < 0.5 * cell.size, cell.top > last.top {
                groups[groups.count - 1].append(cell)
            } else {
                groups.append([cell])
            }
        }
        return groups.map { group in
            var line = group[0]
            line.text = joiner.join(group.map(\.text))
            line.bottom = group.last?.bottom ?? line.bottom
            return line
        }
    }

    /// A row as one line: its cells joined by a tab (a table row), placed where its first cell is.
    static func mergedLine(_ row: TextRow) -> TextLine {
        var line = row.cells[0]
        guard row.cells.count > 1 else { return line }
        line.text = row.cells.map(\.text).joined(separator: "\t")
        line.x1 = row.cells.map(\.x1).max() ?? line.x1
        return line
    }

    private static func appendMarker(_ marker: String, to paragraph: inout [String]?) {
        guard var lines = paragraph, !lines.isEmpty else { return }
        lines[lines.count - 1] += marker
        paragraph = lines
    }

    /// The most common left edge of the lines (to the point), if at least three share it.
    static func leftMargin(_ lines: [TextLine]) -> Double? { commonEdge(lines.map(\.x0)) }

    /// The most common right edge of the lines (justified text ends there).
    static func rightMargin(_ lines: [TextLine]) -> Double? { commonEdge(lines.map(\.x1)) }

    static func commonEdge(_ values: [Double]) -> Double? {
        var counts: [Int: Int] = [:]
        count(values, into: &counts)
        return commonEdge(counts)
    }

    /// Counts `values` to the point, for `commonEdge(_:)`.
    private static func count(_ values: [Double], into counts: inout [Int: Int]) {
        for value in values { counts[Int(value.rounded()), default: 0] += 1 }
    }

    /// The most common edge of those counted, if at least three share it; the leftmost on a tie.
    private static func commonEdge(_ counts: [Int: Int]) -> Double? {
        guard let best = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), best.value >= 3 else {
            return nil
        }
        return Double(best.key)
    }
}
