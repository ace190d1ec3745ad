import CiteCore
import Foundation

/// Reads PDF documents in process through poppler, page by page.
///
/// The text comes out in the layout of the corpus's rendered texts, so the text parser reads
/// a PDF and a rendered text alike: the cover lines one per line; one paragraph per line with
/// a blank line between paragraphs; operative numbers as `1.<TAB>text` and sub-paragraphs as
/// `(a)<TAB>text`; running headers, footers, page and job numbers removed by their position
/// on the page; hyphenation at line ends undone; paragraphs cut by a page break joined again;
/// footnote markers glued to the preceding word (`Climate Change1 and`); and the footnotes of
/// every page after the body, following a line `__________________`, one per line as
/// `N<TAB>text`.
public enum PDFReader {
    /// The normalised text of the PDF at `path`.
    ///
    /// ```swift
    /// let text = try PDFReader.text(path: "S_2016_1100-EN.pdf")
    /// // "United Nations\nS/2016/1100\nSecurity Council\n...\n\nThe Security Council,\n\n..."
    /// ```
    ///
    /// - Throws: `InputError` with a one-line reason: `cannot be read`, `empty file`,
    ///   `not a valid PDF: <poppler's message>`, `encrypted PDF (password required)`,
    ///   `PDF has no pages`, `PDF has no text layer (scanned?)`.
    /// - Complexity: O(n log n) in the number of characters of the document.
    public static func text(path: String) throws -> String {
        let pages = try PopplerPages.read(path: path)
        guard pages.contains(where: \.hasText) else {
            throw InputError(path: path, reason: "PDF has no text layer (scanned?)")
        }
        let rows = pages.map { (page: $0, rows: RowBuilder.rows(of: $0)) }
        let repeated = PageBands.repeatedLines(rows)
        let laidOut = rows.enumerated().map { index, entry in
            let regions = PageBands.split(entry.rows, page: entry.page, isFirstPage: index == 0,
                                          repeated: repeated)
            return TextAssembler.Page(width: entry.page.width, body: regions.body,
                                      footnotes: regions.footnotes)
        }
        return TextAssembler.text(of: laidOut)
    }

    /// Reads the PDF at `path` into a `Document`: its text as `text(path:)` gives it, parsed by
    /// `DocumentReader.parse(data:path:)` like any text document.
    ///
    /// - Throws: `InputError` as `text(path:)` does, or as the text parser does.
    /// - Complexity: that of `text(path:)` plus the parser's.
    public static func read(path: String) throws -> Document {
        let text = try text(path: path)
        return try DocumentReader.parse(data: Data(text.utf8), path: path)
    }
}
