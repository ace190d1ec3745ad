import CiteCore
import Foundation

/// The pages of a PDF, read and kept as compact rows until the document is known whole.
///
/// Memory: each page's glyphs become rows at once and are dropped; the rows are kept as
/// `StoredPage`s (their text and 56 bytes per line) and laid out again one page at a time
/// when the text is written.
struct StoredDocument {
    private var pages: [StoredPage] = []
    /// Texts of rows that recur at the top or foot of pages: running headers and footers.
    private let repeated: Set<String>

    /// Reads every page of the PDF at `path`.
    ///
    /// - Throws: `InputError` as `PDFReader.text(path:)` does.
    init(path: String, data: Data?, limits: PDFLimits, pageStarted: ((Int) -> Void)?) throws {
        var pages: [StoredPage] = []
        var running = PageBands.RunningLineFinder()
        var hasText = false
        try PopplerPages.read(path: path, data: data, limits: limits, pageStarted: pageStarted) { page in
            hasText = hasText || page.hasText
            let rows = RowBuilder.rows(of: page)
            if !pages.isEmpty { running.add(rows, of: page) }
            pages.append(StoredPage(page: page, rows: rows))
        }
        guard hasText else {
            throw InputError(path: path, reason: "PDF has no text layer (scanned?)")
        }
        self.pages = pages
        repeated = running.repeated
    }

    /// An upper bound of the text's size in bytes: each line adds at most two bytes to its
    /// words (a space or tab, a line break), and the footnote rule a few more.
    var textByteBound: Int { pages.reduce(32) { $0 + $1.textByteCount + 2 * $1.cellCount } }

    /// Writes the text to `output` (see `TextAssembler.write`) and returns where its footnote
    /// markers are (UTF-8 byte ranges of their digits, in text order).
    @discardableResult
    func write<Output: TextOutputStream>(to output: inout Output) -> [Range<Int>] {
        TextAssembler.write(pageCount: pages.count, page: { index in
            let stored = pages[index]
            let regions = PageBands.split(stored.rows, page: stored.outline, isFirstPage: index == 0,
                                          repeated: repeated)
            return TextAssembler.Page(width: stored.width, body: regions.body, footnotes: regions.footnotes)
        }, to: &output)
    }
}
