import Foundation
import Testing
@testable import CiteCore

/// Scoring against truth: the official links (truth/akn_links.tsv) of the fixture documents.
@Suite("Evaluation against the official links")
struct EvaluationTests {
    static func truthPath() throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("truth/akn_links_fixtures.tsv").path
    }

    static func extractAll() throws -> (citations: [Citation], documents: Set<String>) {
        var citations: [Citation] = []
        var documents = Set<String>()
        for name in try TextFixtures.allNames() {
            let (doc, cs) = try TextFixtures.extracted(name)
            documents.insert(doc.symbol)
            citations += cs
        }
        return (citations, documents)
    }

    @Test("every linked resolution of the fixtures is found; the one extra pair is a true citation the links miss")
    func fixturesAgainstLinks() throws {
        let evaluation = try Evaluation(truthTable: Self.truthPath(), scope: .resolutions)
        let (citations, documents) = try Self.extractAll()
        let report = evaluation.score(citations, documents: documents)
        #expect(report.documents == 17)
        #expect(report.falseNegatives.isEmpty, "\(report.falseNegatives)")
        #expect(report.recall == 1)
        // "Recalling Commission on Human Rights resolution 1993/51 of 9 March 1993" (A/RES/76/155) has no link in the XML.
        #expect(report.falsePositives == [Evaluation.Pair(citing: "A/RES/76/155", target: "E/CN.4/RES/1993/51")])
        #expect(report.truePositives.count == 126)
        #expect(report.relationChecked == 121)
        #expect(report.relationMismatches.isEmpty)
    }

    @Test("truth targets: part letters dropped, a Council's own early sessions read as the Council's")
    func truthNormalisation() {
        #expect(Evaluation.normaliseTruthTarget("A/RES/75/290 A", citing: "E/RES/2023/1") == "A/RES/75/290")
        #expect(Evaluation.normaliseTruthTarget("A/RES/5/1", citing: "A/HRC/RES/59/5") == "A/HRC/RES/5/1")
        #expect(Evaluation.normaliseTruthTarget("A/RES/S-8/1", citing: "A/HRC/RES/59/5") == "A/HRC/RES/S-8/1")
        #expect(Evaluation.normaliseTruthTarget("A/RES/60/251", citing: "A/HRC/RES/59/5") == "A/RES/60/251")
        #expect(Evaluation.isResolution("S/RES/1325 (2000)"))
        #expect(!Evaluation.isResolution("A/DEC/60/519"))
        #expect(!Evaluation.isResolution("S/PRST/2002/12"))
    }

    @Test("TSV with quoted fields, as the corpus tables write them")
    func tsvQuoting() {
        let rows = TSV.parse("a\tb\tc\n\"x\ty\"\t\"say \"\"hi\"\"\"\tz\n1\t2\t3")
        #expect(rows == [["a", "b", "c"], ["x\ty", "say \"hi\"", "z"], ["1", "2", "3"]])
    }
}
