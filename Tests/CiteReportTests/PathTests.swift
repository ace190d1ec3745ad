import CiteCore
import CiteGraph
import Foundation
import Testing
@testable import CiteReport

/// File names derived from symbols never leave the output folder.
@Suite struct PathTests {
    @Test func sanitisedNamesArePlainFileNames() {
        #expect(FileNames.sanitised("series-A/RES/../../x") == "series-A_RES_x")
        #expect(FileNames.sanitised("S/RES/1325 (2000)") == "S_RES_1325_2000")
        #expect(FileNames.sanitised("../..") == "unnamed")
        #expect(FileNames.sanitised("") == "unnamed")
        #expect(FileNames.sanitised("/etc/passwd") == "etc_passwd")
        #expect(FileNames.sanitised("C:\\Windows\\x") == "C_Windows_x")
        #expect(FileNames.sanitised(String(repeating: "A/", count: 200)).count <= 80)
        for hostile in ["A/RES/../../x", "..", "/", "\u{0}", "a\nb", "~/.ssh/id", "%2e%2e%2f"] {
            let name = FileNames.sanitised("series-" + hostile) + ".svg"
            #expect(FileNames.isPlainName(name), "\(name)")
            #expect(!name.contains("/") && !name.contains(".."), "\(name)")
        }
    }

    @Test func uniqueNamesNeverCollide() {
        var names = UniqueNames()
        let a = names.claim("series-A_RES_1", extension: "svg")
        let b = names.claim("series-A_RES_1", extension: "svg")
        let c = names.claim("SERIES-A_RES_1", extension: "svg")
        #expect(a == "series-A_RES_1.svg" && b == "series-A_RES_1-2.svg" && c == "SERIES-A_RES_1-3.svg")
    }

    @Test func writeRefusesNamesOutsideTheFolder() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-paths-\(UUID().uuidString)")
        let folder = base.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: base) }
        for name in ["../escape.svg", "a/b.svg", "..", ".hidden", "/tmp/x.svg"] {
            let report = Report(html: "", markdown: "", files: [ReportFile(name: name, contents: "x")])
            #expect(throws: ReportError.unsafeFileName(name)) { try report.write(to: folder.path) }
        }
        #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("escape.svg").path))
    }

    /// A series whose symbols try to climb out of the folder: its diagram file stays inside.
    @Test func seriesFilesFromHostileSymbolsStayInside() throws {
        let symbols = ["A/RES/../../70/1", "A/RES/../../71/1", "A/RES/../../72/1", "A/RES/../../73/1"]
        var documents: [ReportDocument] = []
        var citations: [Citation] = []
        for (k, symbol) in symbols.enumerated() {
            documents.append(ReportDocument(info: DocumentInfo(symbol: symbol, body: .ga, date: "\(2015 + k)-12-10",
                                            title: "Protection of global climate for present and future generations"), path: "x\(k).txt"))
            if k > 0 {
                citations.append(Citation(citing: symbol, target: symbols[k - 1], targetKind: .resolution, body: .ga,
                                          relation: .recalls, section: .preamble, paragraph: "PP2", span: 10..<20, text: "its resolution"))
            }
        }
        let report = ReportBuilder(input: ReportInput(title: "climb", documents: documents, citations: citations)).build()
        let svgs = report.files.filter { $0.name.hasSuffix(".svg") }.map(\.name)
        #expect(svgs.contains { $0.hasPrefix("series-") }, "no series found: \(svgs)")
        for name in report.files.map(\.name) {
            #expect(FileNames.isPlainName(name) && !name.contains(".."), "\(name)")
        }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-climb-\(UUID().uuidString)")
        let folder = base.appendingPathComponent("a/b/out")
        defer { try? FileManager.default.removeItem(at: base) }
        try report.write(to: folder.path)
        let inside = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(Set(inside) == Set(report.files.map(\.name)))
        // Nothing appeared beside or above the output folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.appendingPathComponent("a/b").path) == ["out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["a"])
    }
}
