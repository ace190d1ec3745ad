import CiteCore
import Foundation
import Testing
@testable import CiteGraph
import CiteStore

/// The names a Council text repeats, and the Western Sahara renewals that need them
/// (Fixtures/series_minurso: S/RES/2218 (2015), 2285 (2016) and 2414 (2018) on Western Sahara,
/// 2327 (2016) and 2406 (2018) on South Sudan, 2416 (2018) on Abyei, 2399 (2018) the Central
/// African Republic sanctions, from the corpus; 2351 (2017), the predecessor of 2414, is not among them).
@Suite struct EntityProfilesTests {
    static let graph: CitationGraph = {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("series_minurso"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return CitationGraph() }
        var nodes: [NodeRecord] = []
        var citations: [Citation] = []
        var texts: [String: [ParagraphText]] = [:]
        for name in names.sorted() where name.hasSuffix(".txt") {
            guard let d = try? DocumentReader.read(path: folder.appendingPathComponent(name).path) else { continue }
            nodes.append(NodeRecord(id: d.symbol, kind: Symbols.kind(ofSymbol: d.symbol), body: d.body, date: d.date, title: d.title))
            citations += CitationExtractor().extract(d)
            texts[d.symbol] = StoredParagraph.of(d).map { ParagraphText(label: $0.label, section: $0.section, start: $0.spanStart, text: $0.text) }
        }
        var graph = CitationGraph(nodes: nodes, citations: citations)
        graph.attachTexts(texts)
        return graph
    }()

    @Test func acronymsAndRegimesAreNames() {
        let names = EntityProfiles.names(in: """
            Decides to extend the mandate of the United Nations Mission in South Sudan (UNMISS) and of UNMISS's \
            CTSAMVM, as set out in Chapter VIII; the Committee established pursuant to resolution 2206 (2015); \
            the SPLA-IO and the GoSS; COVID-19; the UN and the AU.
            """)
        #expect(names["UNMISS"] == 2)        // "(UNMISS)" and "UNMISS's": the apostrophe ends the word
        #expect(names["CTSAMVM"] == 1)
        #expect(names["SPLA-IO"] == 1)
        #expect(names["GoSS"] == 1)
        #expect(names["res2206"] == 2)
        #expect(names["VIII"] == nil)       // a Roman numeral
        #expect(names["UN"] == nil && names["AU"] == nil)   // too short
        #expect(names["COVID-19"] == nil)   // ends with a digit
    }

    @Test func regimeNumbersAfterParagraphs() {
        #expect(EntityProfiles.regimeNumbers(in: "renew the measures imposed by paragraphs 1 and 2 of resolution 1591 (2005)") == ["1591"])
        #expect(EntityProfiles.regimeNumbers(in: "The Committee established pursuant to resolution 1533 (2004)") == ["1533"])
        #expect(EntityProfiles.regimeNumbers(in: "pursuant to resolution of the Assembly").isEmpty)
    }

    @Test func renewalsOfOneMissionShareTheirNames() throws {
        let g = Self.graph
        let id = { (s: String) throws -> Int in try #require(g.nodeIndex[s]) }
        let entities = g.textProfiles().entities
        let names = EntityProfiles.names(in: g.texts["S/RES/2414 (2018)"]!.map(\.text).joined(separator: "\n"))
        #expect((names["MINURSO"] ?? 0) >= 5)
        // Two Western Sahara renewals against a South Sudan renewal and the CAR sanctions.
        let same = try #require(entities.cosine(try id("S/RES/2414 (2018)"), try id("S/RES/2285 (2016)")))
        let mission = try #require(entities.cosine(try id("S/RES/2414 (2018)"), try id("S/RES/2327 (2016)")))
        let sanctions = try #require(entities.cosine(try id("S/RES/2406 (2018)"), try id("S/RES/2399 (2018)")))
        let unmiss = try #require(entities.cosine(try id("S/RES/2406 (2018)"), try id("S/RES/2327 (2016)")))
        #expect(same > 0.7)
        #expect(mission < 0.2)
        #expect(unmiss > sanctions)
    }

    /// 2414 (2018) lists the whole series (1754 (2007) … 2285 (2016), 2351 (2017)); 2351 has no text
    /// here, 2285 reads most like it: the list's last member is the predecessor, not 2285.
    @Test func theEndOfTheSeriesListIsThePredecessor() throws {
        let g = Self.graph
        let r = try #require(g.nodeIndex["S/RES/2414 (2018)"])
        let index = g.seriesIndex()
        let link = try #require(index.predecessor(of: r))
        #expect(g.nodes[link.predecessor].id == "S/RES/2351 (2017)")
        #expect(link.evidence.extendsList)
        let other = try #require(index.candidates.first { $0.successor == r && g.nodes[$0.predecessor].id == "S/RES/2285 (2016)" })
        #expect(other.evidence.score < link.evidence.score)
        // The older renewals still form their own chain.
        #expect(try g.series(ofID: "S/RES/2285 (2016)").contains("S/RES/2218 (2015)"))
    }
}

/// The best-first choice and the repair that puts back a resolution it left alone.
@Suite struct ChainInsertionTests {
    static func link(_ p: Int, _ s: Int, _ score: Double) -> SeriesLink {
        SeriesLink(predecessor: p, successor: s, citedBy: s, inferred: false, evidence: SeriesEvidence(score: score))
    }

    /// 1888 (0), 1889 (1), 1960 (2) of the women, peace and security series: 1960 reads most like
    /// 1888 and takes its successor's place first; 1888 → 1889 → 1960 scores more in all.
    @Test func leftOutMemberGoesBackBetween() {
        let nodes = ["S/RES/1888 (2009)", "S/RES/1889 (2009)", "S/RES/1960 (2010)"].map {
            NodeRecord(id: $0, kind: .resolution, body: .sc, date: nil, title: nil)
        }
        let graph = CitationGraph(nodes: nodes, citations: [])
        let scored = [Self.link(0, 2, 4.77), Self.link(0, 1, 4.36), Self.link(1, 2, 3.83)]
        var incoming: [SeriesLink?] = [nil, nil, Self.link(0, 2, 4.77)]
        var successor: [Int?] = [2, nil, nil]
        graph.insertLeftOut(scored, incoming: &incoming, successor: &successor)
        #expect(successor == [1, 2, nil])
        #expect(incoming.map { $0?.predecessor } == [nil, 0, 1])
    }

    /// Not when one of the two links is much weaker than the one they replace.
    @Test func weakerPairLeavesTheChain() {
        let nodes = (0..<3).map { NodeRecord(id: "S/RES/\(100 + $0) (2001)", kind: .resolution, body: .sc, date: nil, title: nil) }
        let graph = CitationGraph(nodes: nodes, citations: [])
        let scored = [Self.link(0, 2, 4.0), Self.link(0, 1, 2.9), Self.link(1, 2, 3.5)]   // 6.4 in all, but 2.9 < 0.75 × 4
        var incoming: [SeriesLink?] = [nil, nil, Self.link(0, 2, 4.0)]
        var successor: [Int?] = [2, nil, nil]
        graph.insertLeftOut(scored, incoming: &incoming, successor: &successor)
        #expect(successor == [2, nil, nil])
    }
}
