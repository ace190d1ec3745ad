/// Gathers the footnote texts of a document from the footnote areas of its pages.
enum FootnoteCollector {
    /// One footnote: its number as printed and its text on one line.
    struct Note: Sendable, Equatable {
        var marker: String?
        var text: String
    }

    /// The footnotes in document order. A row that opens with a superscript number starts a
    /// footnote; any other row continues the one before, also across a page break.
    ///
    /// - Complexity: O(n) in the number of characters.
    static func collect(_ rows: [TextRow], joiner: LineJoiner) -> [Note] {
        var notes: [(marker: String?, lines: [String])] = []
        for row in rows {
            let text = row.text
            if let marker = row.cells[0].leadingMarker {
                notes.append((marker, text.isEmpty ? [] : [text]))
            } else if notes.isEmpty {
                notes.append((nil, [text]))
            } else {
                notes[notes.count - 1].lines.append(text)
            }
        }
        return notes.map { Note(marker: $0.marker, text: joiner.join($0.lines)) }
    }
}
