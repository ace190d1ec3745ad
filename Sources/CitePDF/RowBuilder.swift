/// Groups a page's glyph runs into printed rows and renders each row to text.
///
/// poppler's own line order is not reading order (a footnote number can come after its text,
/// the job number before the last body line), so rows are rebuilt from the glyph boxes: runs
/// whose vertical extents overlap form a row, ordered left to right; a gap of several
/// characters' width splits a row into cells (the cover's two columns).
enum RowBuilder {
    /// The rows of `page`, top to bottom.
    ///
    /// - Complexity: O(r² + g log g) for r runs and g glyphs on the page (r is a few dozen).
    static func rows(of page: PageGlyphs) -> [TextRow] {
        struct Extent { var top: Double; var bottom: Double; var runs: [Int]; var spans: [(Double, Double)] }

        var boxes: [(index: Int, top: Double, bottom: Double, left: Double, right: Double)] = []
        for (index, run) in page.runs.enumerated() {
            let visible = run.filter { !$0.isSpace }
            guard let largest = visible.map(\.size).max() else { continue }
            // A superscript does not widen the line it sits in.
            let core = visible.filter { $0.size >= 0.8 * largest }
            boxes.append((index, core.map(\.y0).min() ?? 0, core.map(\.y1).max() ?? 0,
                          visible.map(\.x0).min() ?? 0, visible.map(\.x1).max() ?? 0))
        }
        boxes.sort { ($0.top + $0.bottom, $0.index) < ($1.top + $1.bottom, $1.index) }

        var extents: [Extent] = []
        for box in boxes {
            let height = box.bottom - box.top
            let match = extents.indices.last { candidate in
                let extent = extents[candidate]
                let overlap = min(extent.bottom, box.bottom) - max(extent.top, box.top)
                // Two runs over the same stretch of the page are two lines, not one
                // (the cover's `Distr.: General` and its date beside the 20 pt title).
                let sideBySide = extent.spans.allSatisfy { min($0.1, box.right) - max($0.0, box.left) < 1 }
                return sideBySide && overlap >= 0.5 * min(height, extent.bottom - extent.top)
            }
            if let match {
                extents[match].runs.append(box.index)
                extents[match].spans.append((box.left, box.right))
                if height >= extents[match].bottom - extents[match].top {
                    extents[match].top = min(extents[match].top, box.top)
                    extents[match].bottom = max(extents[match].bottom, box.bottom)
                }
            } else {
                extents.append(Extent(top: box.top, bottom: box.bottom, runs: [box.index],
                                      spans: [(box.left, box.right)]))
            }
        }

        var rows: [TextRow] = []
        for extent in extents {
            let ordered = extent.runs
                .map { page.runs[$0] }
                .sorted { ($0.first?.x0 ?? 0) < ($1.first?.x0 ?? 0) }
            let cells = splitCells(ordered.flatMap { $0 }).compactMap { render($0, page: page.number) }
            guard !cells.isEmpty else { continue }
            rows.append(TextRow(cells: cells, top: cells.map(\.top).min() ?? extent.top,
                                bottom: cells.map(\.bottom).max() ?? extent.bottom))
        }
        rows.sort { ($0.top, $0.cells[0].x0) < ($1.top, $1.cells[0].x0) }
        return rows
    }

    /// Splits a row's glyphs where the gap between two characters is wider than three
    /// characters of the larger font: separate columns, never words of one sentence.
    static func splitCells(_ glyphs: [Glyph]) -> [[Glyph]] {
        var cells: [[Glyph]] = []
        var current: [Glyph] = []
        var previous: Glyph?
        for glyph in glyphs {
            if glyph.isSpace { current.append(glyph); continue }
            if let previous, glyph.x0 - previous.x1 > 3 * max(previous.size, glyph.size) {
                cells.append(current)
                current = []
            }
            current.append(glyph)
            previous = glyph
        }
        cells.append(current)
        return cells.filter { cell in cell.contains { !$0.isSpace } }
    }

    /// Renders one cell: drops the narrow spaces that justified text leaves inside words
    /// (`th eir`, `two -State`), glues superscript footnote numbers to the word before them,
    /// and records a leading superscript number separately (a footnote text's number).
    static func render(_ glyphs: [Glyph], page: Int) -> TextLine? {
        let visible = glyphs.filter { !$0.isSpace }
        guard let first = visible.first else { return nil }
        let size = dominantSize(visible)
        let baseline = median(visible.filter { $0.size >= 0.8 * size }.map(\.y1))
        func isSuperscript(_ glyph: Glyph) -> Bool {
            glyph.size < 0.8 * size && glyph.y1 < baseline - 0.15 * size
                && glyph.scalar.properties.numericType != nil
        }

        var text = ""
        var marker = ""
        var markerStarts: [Int] = []
        var previous: Glyph?
        var pendingSpace = false
        var afterSuperscript = false
        var labelGapChecked = false
        var opensWithLabelGap = false
        for glyph in glyphs {
            if glyph.isSpace {
                // A justified word space is a quarter of an em or more; poppler also reports
                // the slivers that per-character spacing leaves inside words.
                if glyph.width >= 0.15 * (previous?.size ?? size) { pendingSpace = true }
                continue
            }
            let gap = previous.map { glyph.x0 - $0.x1 } ?? 0
            if isSuperscript(glyph) {
                if text.isEmpty { marker.unicodeScalars.append(glyph.scalar) } else {
                    // Where a footnote marker starts, for the reader to record (`MarkerRecorder`).
                    if !afterSuperscript { markerStarts.append(text.utf8.count) }
                    text.unicodeScalars.append(glyph.scalar)
                }
                previous = glyph
                pendingSpace = false
                afterSuperscript = true
                continue
            }
            if !text.isEmpty {
                let separated = pendingSpace || gap > 0.3 * size
                    || (afterSuperscript && isWordCharacter(glyph.scalar))
                if separated && !labelGapChecked {
                    labelGapChecked = true
                    opensWithLabelGap = gap >= 0.9 * size && TextPatterns.isLabel(text)
                }
                if separated { text += " " }
            }
            text.unicodeScalars.append(glyph.scalar)
            previous = glyph
            pendingSpace = false
            afterSuperscript = false
        }
        guard !text.isEmpty || !marker.isEmpty else { return nil }
        let boldCount = visible.filter(\.bold).count
        return TextLine(page: page, text: text, leadingMarker: marker.isEmpty ? nil : marker,
                        opensWithLabelGap: opensWithLabelGap,
                        x0: first.x0, x1: visible.map(\.x1).max() ?? first.x1,
                        top: visible.filter { $0.size >= 0.8 * size }.map(\.y0).min() ?? first.y0,
                        bottom: visible.filter { $0.size >= 0.8 * size }.map(\.y1).max() ?? first.y1,
                        size: size, bold: 2 * boldCount > visible.count, markerStarts: markerStarts)
    }

    /// The most frequent font size (to the half point); the larger one on a tie.
    static func dominantSize(_ glyphs: [Glyph]) -> Double {
        var counts: [Double: Int] = [:]
        for glyph in glyphs { counts[(glyph.size * 2).rounded() / 2, default: 0] += 1 }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
