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
    static func text(of pages: inout [Page]) -> String {
        // Memory: every page's rows are held on entry; each page's records are let go as soon as
        // its lines are made, and each paragraph's lines as soon as it is written, so the peak is
        // about the rows of the document plus the text, not several copies of either.
        let joiner = LineJoiner(learningFrom: pages.lazy.flatMap { page in
            [page.body, page.footnotes].lazy.joined().flatMap { $0.cells.lazy.map(\.text) }
        })
        var lines: [[TextLine]] = []
        lines.reserveCapacity(pages.count)
        for index in pages.indices {
            lines.append(pages[index].body.map(mergedLine))
            if index > 0 { pages[index].body = [] }  // the first page's rows make the cover below
        }
        let documentRight = commonEdge(lines.flatMap { $0.map(\.x1) }) ?? 0
        let rights = lines.map { rightMargin($0) ?? documentRight }
        let margin = leftMargin(lines.first ?? []) ?? commonEdge(lines.flatMap { $0.map(\.x0) }) ?? 0

        // The cover: rows of the first page above the opening (`The Security Council,`).
        var coverRowCount = 0
        if let first = pages.first {
            let opening = first.body.firstIndex { row in
                let cell = row.cells[0]
                return cell.x0 > margin + cell.size && cell.x0 < first.width / 2
                    && cell.text.hasPrefix("The ") && cell.text.hasSuffix(",")
            }
            coverRowCount = opening ?? 0
        }
        var cover = coverLines(pages.first.map { Array($0.body.prefix(coverRowCount)) } ?? [],
                               pageWidth: pages.first?.width ?? 0, joiner: joiner)
        if !pages.isEmpty { pages[0].body = [] }
        // The bold title under the masthead ("United States of America: draft resolution")
        // is a block of its own, as in the rendered texts of draft resolutions.
        let title = cover.last.flatMap { $0.bold && abs($0.x0 - margin) < 1 ? $0.text : nil }
        if title != nil { cover.removeLast() }

        var text = ""
        text.reserveCapacity(lines.reduce(0) { $0 + $1.reduce(0) { $0 + $1.text.utf8.count + 2 } })
        var blocks = 0
        func addBlock(_ block: String) {
            if blocks > 0 { text += "\n\n" }
            text += block
            blocks += 1
        }
        if !cover.isEmpty { addBlock(cover.map(\.text).joined(separator: "\n")) }
        if let title { addBlock(title) }

        // The paragraph being read; the ones before it are written and let go.
        var paragraph: [String]?
        var previous: (line: TextLine, pageIndex: Int)?
        for pageIndex in lines.indices {
            let pageLines = lines[pageIndex]
            lines[pageIndex] = []
            for line in pageLines.dropFirst(pageIndex == 0 ? coverRowCount : 0) {
                var text = line.text
                if let leading = line.leadingMarker {
                    // A footnote number wrapped to the start of a line belongs to the word before.
                    if paragraph == nil { text = leading + text } else { appendMarker(leading, to: &paragraph) }
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

        let notes = FootnoteCollector.collect(pages.flatMap(\.footnotes), joiner: joiner)
        pages = []
        if !notes.isEmpty {
            text += "\n\n" + TextPatterns.renderedRule + "\n"
            for (index, note) in notes.enumerated() {
                if index > 0 { text += "\n" }
                text += note.marker.map { "\($0)\t\(note.text)" } ?? note.text
            }
        }
        return text.isEmpty ? text : text + "\n"
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
        for value in values { counts[Int(value.rounded()), default: 0] += 1 }
        guard let best = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), best.value >= 3 else {
            return nil
        }
        return Double(best.key)
    }
}
