import CiteCore
import Foundation
import Testing
@testable import CiteGraph
import CiteStore

/// Series, families and the main path on real texts (Fixtures/series_texts: the Security Council's
/// women, peace and security resolutions, the General Assembly, HRC and ECOSOC texts and the two
/// Akoma Ntoso files of Examples/corpus), read and extracted as `citegraph` does.
enum SeriesTexts {
    /// The Examples' texts: every series in them is one agenda's.
    static let graph = build(withNeighbours: false)
    /// With three protection-of-civilians resolutions of the corpus that the women, peace and
    /// security texts list beside their own (S/RES/1674 (2006), 1738 (2006), 1894 (2009)).
    static let withNeighbours = build(withNeighbours: true)
    static let neighbours: Set<String> = ["S_RES_1674_(2006).txt", "S_RES_1738_(2006).txt", "S_RES_1894_(2009).txt"]

    static func build(withNeighbours: Bool) -> CitationGraph {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("series_texts"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return CitationGraph() }
        var nodes: [NodeRecord] = []
        var citations: [Citation] = []
        var texts: [String: [ParagraphText]] = [:]
        for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".xml") {
            if !withNeighbours && neighbours.contains(name) { continue }
            let path = folder.appendingPathComponent(name).path
            guard let d = try? (name.hasSuffix(".xml") ? AKNReader.read(path: path) : DocumentReader.read(path: path)) else { continue }
            nodes.append(NodeRecord(id: d.symbol, kind: Symbols.kind(ofSymbol: d.symbol), body: d.body, date: d.date, title: d.title))
            citations += CitationExtractor().extract(d)
            texts[d.symbol] = StoredParagraph.of(d).map { ParagraphText(label: $0.label, section: $0.section, start: $0.spanStart, text: $0.text) }
        }
        var graph = CitationGraph(nodes: nodes, citations: citations)
        graph.attachTexts(texts)
        return graph
    }

    static let haiti = ["E/RES/2004/52", "E/RES/2005/46", "E/RES/2006/10", "E/RES/2007/13", "E/RES/2008/10", "E/RES/2009/4",
                        "E/RES/2010/28", "E/RES/2012/21", "E/RES/2013/15", "E/RES/2014/37", "E/RES/2015/18", "E/RES/2016/28",
                        "E/RES/2017/26", "E/RES/2018/19", "E/RES/2019/32", "E/RES/2020/11", "E/RES/2021/18", "E/RES/2022/20",
                        "E/RES/2023/32", "E/RES/2024/20", "E/RES/2025/22"]
}

@Suite struct SeriesTextTests {
    @Test(arguments: SeriesTests.wps)
    func womenPeaceAndSecurityFromEveryMember(_ symbol: String) throws {
        #expect(try SeriesTexts.graph.series(ofID: symbol) == SeriesTests.wps)
    }

    /// Not yet: with the protection-of-civilians texts beside them, 1894 (2009) on civilians cites
    /// 1889 (2009) in its first paragraph and takes its one successor's place, so 1889 drops out of
    /// the chain (1960 (2010) on sexual violence reads like 1888 (2009), not like 1889).
    @Test func womenPeaceAndSecurityBesideProtectionOfCivilians() throws {
        let series = try SeriesTexts.withNeighbours.series(ofID: "S/RES/2467 (2019)")
        #expect(!series.contains("S/RES/1674 (2006)") && !series.contains("S/RES/1738 (2006)"))
        withKnownIssue("a thematic resolution of another agenda listed beside the series' own") {
            #expect(series == SeriesTests.wps)
        }
    }

    @Test(arguments: ["A/RES/75/217", "A/RES/78/153", "A/RES/80/138", "A/RES/43/53"])
    func protectionOfGlobalClimate(_ symbol: String) throws {
        #expect(try SeriesTexts.graph.series(ofID: symbol) == SeriesTests.climate)
    }

    @Test(arguments: ["E/RES/2025/22", "E/RES/2021/18", "E/RES/2004/52"])
    func haiti(_ symbol: String) throws {
        #expect(try SeriesTexts.graph.series(ofID: symbol) == SeriesTexts.haiti)
    }

    /// The decomposition gives each resolution at most one predecessor and one successor, so the
    /// series of every member is the same chain.
    @Test func everyMemberReturnsTheSameSeries() {
        let graph = SeriesTexts.graph
        let index = graph.seriesIndex()
        var successors: [Int: Int] = [:]
        for v in 0..<graph.nodeCount {
            guard let link = index.incoming[v] else { continue }
            #expect(successors[link.predecessor] == nil, "\(graph.nodes[link.predecessor].id) has two successors")
            successors[link.predecessor] = v
            #expect(graph.isOlder(link.predecessor, than: v) == true)
        }
        for v in 0..<graph.nodeCount where graph.nodes[v].inCorpus {
            let members = index.series(of: v).members
            for m in members { #expect(index.series(of: m).members == members) }
        }
    }

    /// The evidence of a link is what the texts say: the WPS step 2467 → 2242 is cited in the
    /// first paragraph and reads like it.
    @Test func linksCarryTheirEvidence() throws {
        let graph = SeriesTexts.graph
        let link = try #require(graph.predecessor(of: try graph.index(of: "S/RES/2467 (2019)")))
        #expect(graph.nodes[link.predecessor].id == "S/RES/2242 (2015)")
        #expect(link.evidence.firstParagraph && link.evidence.recalls && !link.inferred)
        #expect((link.evidence.similarity ?? 0) > 0.1)   // words and word pairs: about half the cosine of words alone
        #expect(link.evidence.score >= SeriesModel.threshold)
    }

    /// The main path ends at the document and runs only over what it stands on.
    @Test(arguments: ["S/RES/2493 (2019)", "S/RES/1960 (2010)", "A/RES/80/138", "E/RES/2025/22"])
    func mainPathEndsAtTheFocusOverItsAncestors(_ symbol: String) throws {
        let graph = SeriesTexts.graph
        let focus = try graph.index(of: symbol)
        let ancestors = Set(graph.ancestors(of: focus).map(\.node))
        for withinFamily in [true, false] {
            let sub = graph.induced(by: graph.mainPathScope(of: focus, withinFamily: withinFamily))
            let path = sub.mainPath(endingAt: try sub.index(of: symbol))
            #expect(path.nodes.count >= 2)
            #expect(sub.nodes[try #require(path.nodes.last)].id == symbol)
            for n in path.nodes.dropLast() { #expect(ancestors.contains(try graph.index(of: sub.nodes[n].id))) }
        }
    }
}

/// One document, one node.
@Suite struct IdentityTests {
    @Test func adoptedInstrumentIsTheResolutionsNode() throws {
        let citations = [
            TestGraphs.citation("A/RES/78/1", "A/RES/70/1", paragraph: "PP1", at: 10),
            TestGraphs.citation("A/RES/78/1", "instrument:2030-agenda-for-sustainable-development", paragraph: "PP2", at: 90, kind: .instrument),
            TestGraphs.citation("A/RES/78/2", "instrument:2030-agenda-for-sustainable-development", paragraph: "PP1", at: 5, kind: .instrument),
        ]
        let graph = CitationGraph(nodes: [], citations: citations)
        #expect(graph.nodeIndex["instrument:2030-agenda-for-sustainable-development"] == nil)
        let agenda = try graph.index(of: "A/RES/70/1")
        // One edge per citing document, the citations kept as provenance with their words.
        #expect(graph.inDegree(of: agenda) == 2)
        #expect(graph.edge(try #require(graph.edgeID(from: try graph.index(of: "A/RES/78/1"), to: agenda))).citations.count == 2)
        #expect(graph.nodes[agenda].aliases.contains { $0.contains("2030 Agenda") || $0.contains("Transforming our world") })
        #expect(graph.lookup(graph.nodes[agenda].aliases[0])?.node == agenda)
    }

    @Test func securityCouncilNumberWithoutYearIsOneNode() throws {
        let nodes = [NodeRecord(id: "S/RES/1882 (2009)", kind: .resolution, body: .sc, date: "2009-08-04")]
        let citations = [
            TestGraphs.citation("S/RES/1960 (2010)", "S/RES/1882 (2009)", paragraph: "PP1", at: 10),
            TestGraphs.citation("S/RES/2068 (2012)", "S/RES/1882", paragraph: "PP1", at: 10),
            TestGraphs.citation("S/RES/2143 (2014)", "S/RES/1882 (2008)", paragraph: "PP1", at: 10),
        ]
        let graph = CitationGraph(nodes: nodes, citations: citations)
        #expect(graph.nodeIndex["S/RES/1882"] == nil && graph.nodeIndex["S/RES/1882 (2008)"] == nil)
        #expect(graph.inDegree(of: try graph.index(of: "S/RES/1882 (2009)")) == 3)
        #expect(graph.identityNotes == ["S/RES/1882 (2008) read as S/RES/1882 (2009) (the year looks mistyped)",
                                        "S/RES/1882 read as S/RES/1882 (2009)"])
    }

    @Test(arguments: [("s/res/1960 (2010)", nil), ("S/RES/1960", "S/RES/1960 read as S/RES/1960 (2010)"),
                      ("resolution 1960", "S/RES/1960 read as S/RES/1960 (2010)"), ("S/RES/1960(2010)", nil),
                      ("S/RES/1960 (2011)", "S/RES/1960 (2011) read as S/RES/1960 (2010) (no resolution 1960 of 2011 is known)")])
    func lookupAcceptsWhatPeopleType(_ text: String, _ note: String?) throws {
        let graph = SeriesTexts.graph
        let found = try #require(graph.lookup(text))
        #expect(graph.nodes[found.node].id == "S/RES/1960 (2010)")
        #expect(found.note == note)
    }

    @Test func symbolParsing() throws {
        let sc = try #require(Symbol("s/res/2467(2019)"))
        #expect(sc.id == "S/RES/2467 (2019)" && sc.body == .sc && sc.number == 2467 && sc.year == 2019)
        #expect(try #require(Symbol("A/RES/75/101 A-B")).id == "A/RES/75/101")
        #expect(try #require(Symbol("A/RES/75/101 A-B")).part == "A-B")
        #expect(try #require(Symbol("a/hrc/res/56/1")).id == "A/HRC/RES/56/1")
        #expect(try #require(Symbol("A/RES/2200 A (XXI)")).id == "A/RES/2200 (XXI)")
        #expect(try #require(Symbol("A/RES/ES-11/1")).session == "ES-11")
        #expect(try #require(Symbol("E/RES/2019/20")).body == .ecosoc)
        #expect(try #require(Symbol("resolution 1882")).lacksYear)
        #expect(Symbol("hello") == nil)
        #expect(Symbol("") == nil)
    }
}
