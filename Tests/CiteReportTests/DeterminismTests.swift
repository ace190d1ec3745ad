import CiteCore
import CiteGraph
import Foundation
import Testing
@testable import CiteReport

/// The same input gives byte-identical files, whatever order it came in.
@Suite struct DeterminismTests {
    @Test func sameInputSameBytes() {
        let a = ReportBuilder(input: FixtureCorpus.input()).build()
        let b = ReportBuilder(input: FixtureCorpus.input()).build()
        #expect(a.html == b.html)
        #expect(a.markdown == b.markdown)
        #expect(a.files == b.files)
    }

    @Test func inputOrderDoesNotMatter() {
        let loaded = FixtureCorpus.loaded
        var generator = SeededGenerator(seed: 42)
        let shuffled = ReportInput(title: "Fixture corpus", documents: loaded.documents.shuffled(using: &generator),
                                   citations: loaded.citations.shuffled(using: &generator))
        let report = ReportBuilder(input: shuffled).build()
        #expect(report.html == FixtureCorpus.report.html)
        #expect(report.markdown == FixtureCorpus.report.markdown)
        #expect(report.files.map(\.name) == FixtureCorpus.report.files.map(\.name))
    }

    @Test func noTimestampsOrMachineDetails() {
        let text = FixtureCorpus.report.html + FixtureCorpus.report.markdown
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        #expect(!text.contains("Generated on"))
        #expect(!text.contains("\(year)-\(String(format: "%02d", Calendar(identifier: .gregorian).component(.month, from: Date())))-\(String(format: "%02d", Calendar(identifier: .gregorian).component(.day, from: Date())))"),
                "today's date appears in the report")
    }

    @Test func writtenFilesAreTheBuiltOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = FixtureCorpus.report
        try report.write(to: folder.path)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(written == report.files.map(\.name).sorted())
        #expect(written.contains("index.html") && written.contains("report.md"))
        #expect(try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8) == report.html)
        #expect(try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8) == report.markdown)
        // Writing again changes no byte.
        try report.write(to: folder.path)
        #expect(try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8) == report.html)
    }

    @Test func numbersAreFormattedTheSameEverywhere() {
        #expect(Format.fixed(0.012345, digits: 4) == "0.0123")
        #expect(Format.fixed(2, digits: 1) == "2.0")
        #expect(Format.fixed(-0.00001, digits: 2) == "0.00")
        #expect(Format.score(0, digits: 4) == "0")
        #expect(Format.score(0.00001, digits: 4) == "< 0.0001")
        #expect(Format.percent(1, of: 3) == "33.3 %")
        #expect(Format.grouped(1234567) == "1\u{202F}234\u{202F}567")
        #expect(SymbolOrder.less("A/RES/73/9", "A/RES/73/10"))
        #expect(SymbolOrder.less("S/RES/1325 (2000)", "S/RES/2467 (2019)"))
    }
}
