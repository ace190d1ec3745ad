import CiteCore
import Foundation
import Testing
@testable import CitePDF

/// The PDF reader records where each superscript footnote number is as it writes the text, and
/// the document's notes take those markers instead of guessing them back from the text.
@Suite struct MarkerRecorderTests {
    @Test func marksAreTakenOutAndTheirDigitsRecorded() {
        var recorder = MarkerRecorder("")
        recorder.write("Climate Change\u{E000}12 and the Agreement,")
        recorder.write("\n\n")
        recorder.write("resolution 1267 (1999).\u{E000}3 Petitioners")
        recorder.write(" no mark \u{E000}")
        let text = recorder.base
        #expect(text == "Climate Change12 and the Agreement,\n\nresolution 1267 (1999).3 Petitioners no mark ")
        let bytes = Array(text.utf8)
        #expect(recorder.markers.map { String(decoding: bytes[$0], as: UTF8.self) } == ["12", "3"])
        #expect(recorder.markers.first == 14..<16)
    }

    /// S/2024/557: three notes, their markers glued to "(1999).1" and "citizenship.2" and a third.
    @Test func notesTakeTheMarkersTheReaderSaw() throws {
        let path = try Fixtures.path("S_2024_557-EN.pdf")
        let stored = try StoredDocument(path: path, data: nil, limits: PDFLimits(), pageStarted: nil)
        var text = ""
        let recorded = stored.write(to: &text)
        #expect(!text.unicodeScalars.contains("\u{E000}"))
        #expect(text == (try PDFReader.text(path: path)))
        let bytes = Array(text.utf8)
        #expect(recorded.map { String(decoding: bytes[$0], as: UTF8.self) } == ["1", "2", "3"])
        let document = try PDFReader.read(path: path)
        #expect(document.footnotes.map(\.marker) == [1, 2, 3])
        #expect(document.footnotes.map(\.markerRange) == recorded.map { Optional($0) })
        #expect(String(decoding: bytes[(recorded[0].lowerBound - 7)..<recorded[0].upperBound], as: UTF8.self) == "(1999).1")
    }
}
