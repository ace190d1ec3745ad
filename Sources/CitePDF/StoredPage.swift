/// The rows of one page, kept compactly from the moment the page is read until the document is
/// written: the texts of all its cells in one UTF-8 buffer, and per cell its end in that buffer
/// and its geometry.
///
/// A document's layout needs all its pages before any text can be written (the running lines
/// are those that recur on several pages; line joining learns the document's own spelling of
/// compounds), so every row is held until the end. As `TextRow`s, with a `String` and a
/// `TextLine` record per cell, a line of 80 characters took about 300 bytes; here it takes its
/// text plus 56 bytes. Rows are decoded again, one page at a time, when they are needed.
struct StoredPage: Sendable {
    /// 1-based page number.
    let number: Int
    let width: Double
    let height: Double
    /// Each cell's leading marker, then its words.
    private var bytes: [UInt8] = []
    private var cells: [Cell] = []
    /// For each row, the index past its last cell.
    private var rowEnds: [Int32] = []

    private struct Cell: Sendable {
        /// Offset in `bytes` past the cell's words.
        var textEnd: UInt32
        /// Bytes of the leading marker before the words (0: no marker).
        var markerLength: UInt32
        var x0: Double
        var x1: Double
        var top: Double
        var bottom: Double
        var size: Double
        var bold: Bool
        var opensWithLabelGap: Bool
    }

    /// Stores `rows`, the rows of `page`.
    ///
    /// - Complexity: O(n) in the characters of the rows.
    init(page: PageGlyphs, rows: [TextRow]) {
        number = page.number
        width = page.width
        height = page.height
        var byteCount = 0
        var cellCount = 0
        for row in rows {
            cellCount += row.cells.count
            for cell in row.cells {
                byteCount += cell.text.utf8.count + (cell.leadingMarker?.utf8.count ?? 0) + 3 * cell.markerStarts.count
            }
        }
        // Exact capacities: a growing array keeps up to half of itself unused.
        bytes.reserveCapacity(byteCount)
        cells.reserveCapacity(cellCount)
        rowEnds.reserveCapacity(rows.count)
        for row in rows {
            for cell in row.cells {
                let marker = cell.leadingMarker ?? ""
                bytes.append(contentsOf: marker.utf8)
                appendText(of: cell)
                cells.append(Cell(textEnd: UInt32(bytes.count), markerLength: UInt32(marker.utf8.count),
                                  x0: cell.x0, x1: cell.x1, top: cell.top, bottom: cell.bottom, size: cell.size,
                                  bold: cell.bold, opensWithLabelGap: cell.opensWithLabelGap))
            }
            rowEnds.append(Int32(cells.count))
        }
    }

    /// A cell's words, a footnote mark (`FootnoteMark`) before each of its glued markers.
    private mutating func appendText(of cell: TextLine) {
        let text = Array(cell.text.utf8)
        var from = 0
        for start in cell.markerStarts where start >= from && start <= text.count {
            bytes.append(contentsOf: text[from..<start])
            bytes.append(contentsOf: String(FootnoteMark.scalar).utf8)
            from = start
        }
        bytes.append(contentsOf: text[from...])
    }

    /// The page as `PageBands` sees it: its number and size, without glyphs.
    var outline: PageGlyphs { PageGlyphs(number: number, width: width, height: height, runs: []) }

    /// The number of bytes of text the page's cells hold (markers included).
    var textByteCount: Int { bytes.count }

    /// The number of cells of the page.
    var cellCount: Int { cells.count }

    /// The rows as they were stored, top to bottom.
    ///
    /// - Complexity: O(n) in the characters of the page.
    var rows: [TextRow] {
        var result: [TextRow] = []
        result.reserveCapacity(rowEnds.count)
        var start = 0
        for end in rowEnds {
            let rowCells = (start..<Int(end)).map(line)
            result.append(TextRow(cells: rowCells, top: rowCells.map(\.top).min() ?? 0,
                                  bottom: rowCells.map(\.bottom).max() ?? 0))
            start = Int(end)
        }
        return result
    }

    private func line(_ index: Int) -> TextLine {
        let cell = cells[index]
        let start = index == 0 ? 0 : Int(cells[index - 1].textEnd)
        let wordsStart = start + Int(cell.markerLength)
        let marker = cell.markerLength == 0 ? nil : String(decoding: bytes[start..<wordsStart], as: UTF8.self)
        return TextLine(page: number, text: String(decoding: bytes[wordsStart..<Int(cell.textEnd)], as: UTF8.self),
                        leadingMarker: marker, opensWithLabelGap: cell.opensWithLabelGap,
                        x0: cell.x0, x1: cell.x1, top: cell.top, bottom: cell.bottom, size: cell.size, bold: cell.bold)
    }
}
