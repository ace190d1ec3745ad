import CiteCore
import Testing
@testable import CiteGraph

/// Series families: the chains of one decomposition that branch from one root, each listed once.
@Suite struct SeriesFamilyTests {
    static func link(_ graph: CitationGraph, _ successor: String, _ predecessor: String, score: Double) -> SeriesLink {
        let s = graph.nodeIndex[successor] ?? -1, p = graph.nodeIndex[predecessor] ?? -1
        return SeriesLink(predecessor: p, successor: s, citedBy: s, inferred: false, evidence: SeriesEvidence(score: score))
    }

    /// 60/1 → 61/1 → 62/1 is a chain; 61/5 → 62/5 branches from 60/1 (its best candidate, whose
    /// successor is taken); 70/1 → 71/1 → 72/1 is a family of its own; 65/9 is alone.
    static func branching() -> (CitationGraph, SeriesIndex) {
        let ids = ["A/RES/60/1", "A/RES/61/1", "A/RES/61/5", "A/RES/62/1", "A/RES/62/5", "A/RES/65/9",
                   "A/RES/70/1", "A/RES/71/1", "A/RES/72/1"]
        let nodes = ids.map { NodeRecord(id: $0, kind: .resolution, body: .ga) }
        var citations: [Citation] = []
        for (a, b) in [("A/RES/61/1", "A/RES/60/1"), ("A/RES/62/1", "A/RES/61/1"), ("A/RES/61/5", "A/RES/60/1"),
                       ("A/RES/62/5", "A/RES/61/5"), ("A/RES/71/1", "A/RES/70/1"), ("A/RES/72/1", "A/RES/71/1")] {
            citations.append(TestGraphs.citation(a, b))
        }
        let graph = CitationGraph(nodes: nodes, citations: citations)
        let chosen = [link(graph, "A/RES/61/1", "A/RES/60/1", score: 3), link(graph, "A/RES/62/1", "A/RES/61/1", score: 3),
                      link(graph, "A/RES/62/5", "A/RES/61/5", score: 2), link(graph, "A/RES/71/1", "A/RES/70/1", score: 3),
                      link(graph, "A/RES/72/1", "A/RES/71/1", score: 3)]
        let branch = link(graph, "A/RES/61/5", "A/RES/60/1", score: 1)
        var incoming = [SeriesLink?](repeating: nil, count: graph.nodeCount)
        var successor = [Int?](repeating: nil, count: graph.nodeCount)
        for l in chosen { incoming[l.successor] = l; successor[l.predecessor] = l.successor }
        var family = Array(0..<graph.nodeCount)
        for id in ["A/RES/61/1", "A/RES/61/5", "A/RES/62/1", "A/RES/62/5"] { family[graph.nodeIndex[id] ?? 0] = graph.nodeIndex["A/RES/60/1"] ?? 0 }
        for id in ["A/RES/71/1", "A/RES/72/1"] { family[graph.nodeIndex[id] ?? 0] = graph.nodeIndex["A/RES/70/1"] ?? 0 }
        let index = SeriesIndex(incoming: incoming, successor: successor, family: family,
                                candidates: (chosen + [branch]).sorted { $0.evidence.score > $1.evidence.score })
        return (graph, index)
    }

    @Test func branchesFromOneRootAreOneFamily() throws {
        let (graph, index) = Self.branching()
        let families = graph.seriesFamilies(in: index, minimumLength: 3)
        func ids(_ members: [Int]) -> [String] { members.map { graph.nodes[$0].id } }
        #expect(families.count == 2)
        let first = try #require(families.first)
        #expect(graph.nodes[first.root].id == "A/RES/60/1")
        #expect(first.chains.map { ids($0.members) } == [["A/RES/60/1", "A/RES/61/1", "A/RES/62/1"], ["A/RES/61/5", "A/RES/62/5"]])
        #expect(ids(first.members) == ["A/RES/60/1", "A/RES/61/1", "A/RES/61/5", "A/RES/62/1", "A/RES/62/5"])
        #expect(first.joins.map { [graph.nodes[$0.successor].id, graph.nodes[$0.predecessor].id] } == [["A/RES/61/5", "A/RES/60/1"]])
        #expect(ids(families[1].members) == ["A/RES/70/1", "A/RES/71/1", "A/RES/72/1"] && families[1].joins.isEmpty)
        // 65/9 is in no chain; a family smaller than asked for is left out.
        #expect(!families.contains { $0.members.contains(graph.nodeIndex["A/RES/65/9"] ?? -1) })
        #expect(graph.seriesFamilies(in: index, minimumLength: 4).count == 1)
    }

    /// On real texts: every chain of a family shares its root, no chain is listed twice, every
    /// chain of the decomposition is in one family, and the order is the same on every call.
    @Test func familiesOfRealTextsPartitionTheChains() throws {
        let graph = SeriesTexts.graph
        try #require(graph.nodeCount > 0)
        let index = graph.seriesIndex()
        let families = graph.seriesFamilies(in: index, minimumLength: 2)
        #expect(!families.isEmpty)
        var heads: [Int] = []
        var seen = Set<Int>()
        for family in families {
            #expect(family.members.contains(family.root))
            #expect(family.members.allSatisfy { index.family[$0] == family.root })
            for chain in family.chains {
                #expect(chain.members.allSatisfy { index.family[$0] == family.root },
                        "a chain of \(graph.nodes[family.root].id) belongs to another root")
                #expect(chain.members.allSatisfy { seen.insert($0).inserted }, "a chain is repeated or overlaps another")
                heads.append(chain.members[0])
            }
            let firsts = family.chains.map { $0.members[0] }
            #expect(firsts == firsts.sorted { graph.isOlder($0, than: $1) ?? ($0 < $1) }, "chains oldest first")
        }
        #expect(Set(heads).isSubset(of: index.heads))
        #expect(Set(heads).isSuperset(of: index.heads.filter { index.series(of: $0).members.contains { graph.nodes[$0].inCorpus } }))
        #expect(families.map(\.root) == graph.seriesFamilies(in: index, minimumLength: 2).map(\.root))
        // The women, peace and security chain is one family's chain; the family is named after its oldest member.
        let wps = try #require(families.first { $0.chains.contains { $0.members.map { graph.nodes[$0].id } == SeriesTests.wps } })
        #expect(wps.members.allSatisfy { graph.isOlder($0, than: wps.root) != true })
        // A chain joins another's family only on a strong link (`SeriesModel.familyThreshold`):
        // children and armed conflict (1261 (1999)) stays out of it.
        #expect(graph.nodes[wps.root].id == "S/RES/1325 (2000)")
    }
}
