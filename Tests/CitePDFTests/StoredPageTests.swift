import CiteCore
import Foundation
import Testing
@testable import CitePDF

/// Issue 13 item 4: the rows of a document are kept compactly (`StoredPage`) and the text is
/// laid out page by page; what comes out must be what the rows held, byte for byte.
@Suite struct StoredPageTests {
    /// A cell of one line.
    private func cell(_ text: String, marker: String? = nil, x0: Double, top: Double, size: Double = 10,
                      bold: Bool = false, labelGap: Bool = false, page: Int = 3) -> TextLine {
        TextLine(page: page, text: text, leadingMarker: marker, opensWithLabelGap: labelGap,
                 x0: x0, x1: x0 + 5.25 * Double(text.count), top: top, bottom: top + 11.125, size: size, bold: bold)
    }

    @Test func rowsComeBackAsTheyWereStored() {
        let rows = [
            TextRow(cells: [cell("S/2016/1100", x0: 72.5, top: 40, bold: true)], top: 40, bottom: 51.125),
            // Two cells (the cover's columns), non-ASCII text, a marker, an empty text after a marker.
            TextRow(cells: [cell("Résolution 2334 (2016) — «Moyen-Orient»", x0: 72, top: 80.25),
                            cell("", marker: "12", x0: 400, top: 80.5, size: 5.5)], top: 80.25, bottom: 91.625),
            TextRow(cells: [cell("1.", x0: 108, top: 100, labelGap: true),
                            cell("Decides to remain seized of the matter.", marker: "3", x0: 144, top: 100)],
                    top: 100, bottom: 111.125),
        ]
        let page = PageGlyphs(number: 3, width: 612, height: 792, runs: [])
        let stored = StoredPage(page: page, rows: rows)
        #expect(stored.rows == rows)
        #expect(stored.cellCount == 5)
        #expect(stored.textByteCount == rows.flatMap(\.cells).reduce(0) {
            $0 + $1.text.utf8.count + ($1.leadingMarker?.utf8.count ?? 0)
        })
        #expect(stored.outline.number == 3 && stored.outline.height == 792 && stored.outline.runs.isEmpty)
        #expect(StoredPage(page: page, rows: []).rows.isEmpty)
    }

    /// The text written to a stream is the text `PDFReader.text` returns, for every fixture.
    @Test(arguments: ["S_2016_1100-EN.pdf", "S_2022_443-EN.pdf", "S_2024_557-EN.pdf"])
    func writtenTextIsTheReturnedText(file: String) throws {
        let path = try Fixtures.path(file)
        var pieces = PieceCounter()
        try PDFReader.write(path: path, to: &pieces)
        let text = try PDFReader.text(path: path)
        #expect(pieces.text == text)
        // Written as it is laid out, in many pieces, not as one string at the end.
        #expect(pieces.count > 10)
    }

    /// The assembler asks for each page again when it needs it, instead of holding them all.
    @Test func assemblerAsksForPagesOneAtATime() {
        func row(_ text: String, top: Double, page: Int) -> TextRow {
            // A line that opens with a label gap opens a paragraph across a page break.
            TextRow(cells: [cell(text, x0: 72, top: top, labelGap: true, page: page)], top: top, bottom: top + 11.125)
        }
        let pages = (1...3).map { number in
            TextAssembler.Page(width: 612, body: [row("Paragraph on page \(number).", top: 100, page: number)],
                               footnotes: [])
        }
        var asked: [Int] = []
        var text = ""
        TextAssembler.write(pageCount: pages.count, page: { asked.append($0); return pages[$0] }, to: &text)
        #expect(text == "Paragraph on page 1.\n\nParagraph on page 2.\n\nParagraph on page 3.\n")
        #expect(text == TextAssembler.text(of: pages))
        // Page 0 is kept for the cover; every other page is asked for three times, in order.
        #expect(asked == [0, 1, 2, 1, 2, 1, 2])
    }
}

/// A stream that keeps what it is given and counts the pieces.
private struct PieceCounter: TextOutputStream {
    var text = ""
    var count = 0
    mutating func write(_ string: String) {
        text += string
        count += 1
    }
}
