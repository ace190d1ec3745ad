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
    /// Treaty footnotes (`--scope treaties --footnotes-only`): the truth labels each note with its
    /// first Treaty Series reference only. A/RES/78/161 note 6 names five UNESCO conventions
    /// (vol. 249, No. 3511; vol. 823, No. 11806; vol. 1037, No. 15511; vol. 2562, No. 45694; vol.
    /// 2368, No. 42671) and the truth holds 249/3511: the other four are real citations it can
    /// neither confirm nor refute, unscored while the labelled one is read, false positives when not.
    @Test("a labelled note's further Treaty Series references are unscored when its labelled one is read")
    func treatyNotesLabelledByTheirFirstReference() throws {
        let base = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        var evaluation = try Evaluation(truthTable: base.appendingPathComponent("truth/akn_footnotes_78_161.tsv").path, scope: .treaties)
        evaluation.footnoteBackedOnly = true
        #expect(evaluation.labelledReference[Evaluation.Pair(citing: "A/RES/78/161", target: "6")] == "UNTS 249/3511")
        let document = try AKNReader.read(path: try MultilingualTests.path("A_RES_78_161-2325890E.xml"))
        let citations = CitationExtractor().extract(document)
        let ofNote6 = Set(citations.filter { $0.footnote == 6 && $0.unts != nil }.map(\.target))
        #expect(ofNote6 == ["UNTS 249/3511", "UNTS 823/11806", "UNTS 1037/15511", "UNTS 2562/45694", "UNTS 2368/42671"])
        let report = evaluation.score(citations, documents: [document.symbol])
        #expect(report.falsePositives.isEmpty, "\(report.falsePositives)")
        #expect(report.truePositives.map(\.target).sorted() == ["UNTS 1771/30822", "UNTS 2440/43977", "UNTS 249/3511"])
        // Without the labelled reference, the note's other references are false positives.
        let withoutFirst = citations.filter { $0.target != "UNTS 249/3511" }
        let missed = evaluation.score(withoutFirst, documents: [document.symbol])
        #expect(missed.falseNegatives.map(\.target) == ["UNTS 249/3511"])
        #expect(missed.falsePositives.count == 4)
    }
}
