import CiteCore
import Foundation
import Testing
import CitePDF

/// Runs over a folder of real PDFs when `CITEGRAPH_PDF_CORPUS` names one (the development
/// corpus's `pdf/`); writes each text to `CITEGRAPH_PDF_OUT` when that is set.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CITEGRAPH_PDF_CORPUS"] != nil))
struct CorpusExtractionTests {
    @Test func everyCorpusPDFReadsWithoutRunningLines() throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = try #require(environment["CITEGRAPH_PDF_CORPUS"])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(!files.isEmpty)
        for file in files {
            let path = folder + "/" + file
            let start = ContinuousClock.now
            let text = try PDFReader.text(path: path)
            let elapsed = ContinuousClock.now - start
            if let out = environment["CITEGRAPH_PDF_OUT"] {
                try text.write(toFile: out + "/" + file.replacingOccurrences(of: ".pdf", with: ".txt"),
                               atomically: true, encoding: .utf8)
                print("TIME \(file) \(elapsed)")
            }
            #expect(!text.isEmpty, "\(file)")
            for line in text.split(separator: "\n") {
                #expect(line.wholeMatch(of: /\d+\/\d+/) == nil, "\(file): page number \(line)")
                #expect(line.wholeMatch(of: /\d\d-\d{5}( \(E\))?/) == nil, "\(file): job number \(line)")
                #expect(line.wholeMatch(of: /\*\d+\*/) == nil, "\(file): barcode \(line)")
            }
        }
    }
}
