import Foundation
import Testing
@testable import CiteRender

@Suite struct BinaryFormatTests {
    @Test func pngStartsWithItsSignature() throws {
        let png = try GraphvizRenderer.render(Samples.mixed, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.count > 1000)
    }

    @Test func pdfStartsWithItsSignature() throws {
        let pdf = try GraphvizRenderer.render(Samples.mixed, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(String(decoding: pdf.suffix(8), as: UTF8.self).contains("%%EOF"))
    }

    @Test func dotSourceFromTextRendersEveryFormat() throws {
        for format in OutputFormat.allCases {
            let data = try GraphvizRenderer.renderDOT(source: "digraph { a -> b }", format: format, engine: .dot)
            #expect(!data.isEmpty, "\(format) is empty")
        }
    }
}
