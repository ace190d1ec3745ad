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
    ///   `PDF has no pages`, `PDF has no text layer (scanned?)`, or a limit of `limits` exceeded
    ///   (`page 1 has more than 50000 glyphs`, `… lines`, `PDF has more than 16 MB of text`).
    /// - Complexity: O(n log n) in the number of characters of the document; the limits
    ///   bound n and the rows of a page (row building is quadratic in a page's lines).
    /// - Parameter pageStarted: called with each page number before poppler lays that page's
    ///   text out, and with 0 when it is done (a watchdog can name the page that takes too long).
    /// - Parameter data: the PDF's bytes when already read (`path` then only names it in errors).
    public static func text(path: String, data: Data? = nil, limits: PDFLimits = PDFLimits(),
                            pageStarted: ((Int) -> Void)? = nil) throws -> String {
        let document = try StoredDocument(path: path, data: data, limits: limits, pageStarted: pageStarted)
        var text = ""
        text.reserveCapacity(document.textByteBound)
        document.write(to: &text)
        return text
    }

    /// Writes the normalised text of the PDF at `path` to `output`, as `text(path:)` gives it,
    /// once every page has been read (nothing is written when reading fails). Written to a
    /// stream, the text is never held whole.
    ///
    /// - Throws: `InputError` as `text(path:)` does.
    /// - Complexity: that of `text(path:)`.
    public static func write<Output: TextOutputStream>(
        path: String, data: Data? = nil, limits: PDFLimits = PDFLimits(), pageStarted: ((Int) -> Void)? = nil,
        to output: inout Output
    ) throws {
        try StoredDocument(path: path, data: data, limits: limits, pageStarted: pageStarted).write(to: &output)
    }

    /// Reads the PDF at `path` into a `Document`: its text as `text(path:)` gives it, parsed by
    /// `DocumentReader.parse(data:path:markers:)` like any text document, but for the footnote
    /// markers: where the reader glued a superscript number to a word is where that note's marker
    /// is, not where the text parser would guess it.
    ///
    /// - Throws: `InputError` as `text(path:)` does, or as the text parser does.
    /// - Complexity: that of `text(path:)` plus the parser's.
    public static func read(path: String, limits: PDFLimits = PDFLimits()) throws -> Document {
        let document = try StoredDocument(path: path, data: nil, limits: limits, pageStarted: nil)
        var text = ""
        text.reserveCapacity(document.textByteBound)
        let markers = document.write(to: &text)
        return try DocumentReader.parse(data: Data(text.utf8), path: path, markers: markers)
    }
}

/// How much text a PDF may hold, per page and in all. A few KB of PDF can draw millions of
/// characters (one line drawn 100,000 times, a form drawn 1,000 times); the limits stop such a
/// file with one line instead of gigabytes of glyph records. Real UN documents stay far below:
/// a dense page has about 6,000 characters on 80 lines.
public struct PDFLimits: Sendable, Equatable {
    public var maxGlyphsPerPage: Int
    public var maxLinesPerPage: Int
    public var maxDocumentTextBytes: Int

    public init(maxGlyphsPerPage: Int = 50_000, maxLinesPerPage: Int = 2_000,
                maxDocumentTextBytes: Int = 16_000_000) {
        self.maxGlyphsPerPage = maxGlyphsPerPage
        self.maxLinesPerPage = maxLinesPerPage
        self.maxDocumentTextBytes = maxDocumentTextBytes
    }
}
