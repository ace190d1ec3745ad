/// One printed line of a page (or one column of it, like the cover's right-hand block),
/// rendered to text: spurious spaces removed, footnote markers glued to the preceding word.
struct TextLine: Sendable, Equatable {
    /// 1-based page number.
    var page: Int
    /// The words of the line, without the footnote number that may open it.
    var text: String
    /// Superscript digits that open the line: the number of a footnote text.
    var leadingMarker: String?
    /// The line opens with a label (`1.`, `(a)`, `•`) followed by a gap wider than a space.
    var opensWithLabelGap: Bool
    var x0: Double
    var x1: Double
    var top: Double
    var bottom: Double
    /// The most common font size of the line's characters.
    var size: Double
    /// Most of the line's characters are bold.
    var bold: Bool
    /// Where each superscript number glued to a word starts in `text` (UTF-8 offsets). A stored
    /// page keeps them as marks in the text itself (`FootnoteMark`), which the text's writer
    /// takes out and records (`MarkerRecorder`).
    var markerStarts: [Int] = []

    var height: Double { bottom - top }
}

/// The lines that share a baseline on a page, left to right.
struct TextRow: Sendable, Equatable {
    var cells: [TextLine]
    var top: Double
    var bottom: Double

    /// The row's cells joined by a space, for pattern tests on the whole row.
    var text: String { cells.map(\.text).joined(separator: " ") }
}
