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
        let lines = pages.map { $0.body.map(mergedLine) }
        let joiner = LineJoiner(learningFrom: pages.flatMap { page in
            (page.body + page.footnotes).flatMap { $0.cells.map(\.text) }
        })
        let allLines = lines.flatMap { $0 }
        let documentRight = rightMargin(allLines) ?? 0
        let rights = lines.map { rightMargin($0) ?? documentRight }
        let margin = leftMargin(lines.first ?? []) ?? leftMargin(allLines) ?? 0

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
        // The bold title under the masthead ("United States of America: draft resolution")
        // is a block of its own, as in the rendered texts of draft resolutions.
        let title = cover.last.flatMap { $0.bold && abs($0.x0 - margin) < 1 ? $0.text : nil }
        if title != nil { cover.removeLast() }

        var paragraphs: [[String]] = []
        var previous: (line: TextLine, pageIndex: Int)?
        for (pageIndex, pageLines) in lines.enumerated() {
            for line in pageLines.dropFirst(pageIndex == 0 ? coverRowCount : 0) {
                var text = line.text
                if let leading = line.leadingMarker {
                    // A footnote number wrapped to the start of a line belongs to the word before.
                    if paragraphs.isEmpty { text = leading + text } else { appendMarker(leading, to: &paragraphs) }
                    if text.isEmpty { continue }
                }
                let opens = previous.map {
                    opensParagraph(line, after: $0.line, rightMargin: rights[$0.pageIndex])
                } ?? true
                if opens {
                    paragraphs.append([text])
                } else {
                    paragraphs[paragraphs.count - 1].append(text)
                }
                previous = (line, pageIndex)
            }
        }

        var blocks: [String] = []
        if !cover.isEmpty { blocks.append(cover.map(\.text).joined(separator: "\n")) }
        if let title { blocks.append(title) }
        blocks += paragraphs.map { labelled(joiner.join($0)) }
        var text = blocks.joined(separator: "\n\n")

        let notes = FootnoteCollector.collect(pages.flatMap(\.footnotes), joiner: joiner)
        if !notes.isEmpty {
            text += "\n\n" + TextPatterns.renderedRule + "\n"
            text += notes.map { note in note.marker.map { "\($0)\t\(note.text)" } ?? note.text }
                .joined(separator: "\n")
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

    private static func appendMarker(_ marker: String, to paragraphs: inout [[String]]) {
        guard var last = paragraphs.last?.last else { return }
        last += marker
        paragraphs[paragraphs.count - 1][paragraphs[paragraphs.count - 1].count - 1] = last
    }

    /// The most common left edge of the lines (to the point), if at least three share it.
    static func leftMargin(_ lines: [TextLine]) -> Double? { commonEdge(lines.map(\.x0)) }

    /// The most common right edge of the lines (justified text ends there).
    static func rightMargin(_ lines: [TextLine]) -> Double? { commonEdge(lines.map(\.x1)) }

    private static func commonEdge(_ values: [Double]) -> Double? {
        var counts: [Int: Int] = [:]
        for value in values { counts[Int(value.rounded()), default: 0] += 1 }
        guard let best = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), best.value >= 3 else {
            return nil
        }
        return Double(best.key)
    }
}
