/// Gathers the footnote texts of a document from the footnote areas of its pages, row by row.
///
/// A row that opens with a superscript number starts a footnote; any other row continues the
/// one before, also across a page break. Only the footnote being read is held.
struct FootnoteCollector {
    /// One footnote: its number as printed and its text on one line.
    struct Note: Sendable, Equatable {
        var marker: String?
        var text: String
    }

    private let joiner: LineJoiner
    private var current: (marker: String?, lines: [String])?

    init(joiner: LineJoiner) { self.joiner = joiner }

    /// Reads the next footnote row; returns the footnote it closes, if any.
    ///
    /// - Complexity: O(n) in the characters of the footnote it closes.
    mutating func add(_ row: TextRow) -> Note? {
        let text = row.text
        if let marker = row.cells[0].leadingMarker {
            let done = finish()
            current = (marker, text.isEmpty ? [] : [text])
            return done
        }
        if current == nil {
            current = (nil, [text])
        } else {
            current?.lines.append(text)
        }
        return nil
    }

    /// The footnote being read, closed.
    mutating func finish() -> Note? {
        defer { current = nil }
        return current.map { Note(marker: $0.marker, text: joiner.join($0.lines)) }
    }

    /// The footnotes of `rows` in document order.
    ///
    /// - Complexity: O(n) in the number of characters.
    static func collect(_ rows: [TextRow], joiner: LineJoiner) -> [Note] {
        var collector = FootnoteCollector(joiner: joiner)
        var notes = rows.compactMap { collector.add($0) }
        if let last = collector.finish() { notes.append(last) }
        return notes
    }
}
