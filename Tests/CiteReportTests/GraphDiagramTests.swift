import CiteCore
import CiteGraph
import Foundation
import Testing
@testable import CiteRender
@testable import CiteReport

/// The diagrams `citegraph render` draws from a citation graph: a series as its chain, an ego
/// network capped at its strongest neighbours, the top N with every body, external titles.
@Suite struct GraphDiagramTests {
    static func cite(_ citing: String, _ target: String, _ relation: Relation = .recalls, paragraph: String = "PP1",
                     title: String? = nil) -> Citation {
        Citation(citing: citing, target: target, targetKind: .resolution, relation: relation, section: .preamble,
                 paragraph: paragraph, span: 0..<1, text: target, title: title)
    }

    /// Six yearly resolutions on one item, each recalling every earlier one (the newest in its
    /// first paragraph, the others further down).
    static func yearlySeries() -> (CitationGraph, [String]) {
        let ids = (70...75).map { "A/RES/\($0)/150" }
        let nodes = ids.enumerated().map { k, id in
            NodeRecord(id: id, kind: .resolution, body: .ga, date: "\(2015 + k)-12-10",
                       title: "Protection of global climate for present and future generations of humankind")
        }
        var citations: [Citation] = []
        for (k, id) in ids.enumerated() where k > 0 {
            citations.append(cite(id, ids[k - 1]))
            for earlier in ids[..<(k - 1)] { citations.append(cite(id, earlier, paragraph: "PP4")) }
        }
        return (CitationGraph(nodes: nodes, citations: citations), ids)
    }

    @Test func aSeriesIsDrawnAsItsChain() throws {
        let (graph, ids) = Self.yearlySeries()
        let series = graph.series(of: try graph.index(of: ids[3]))
        #expect(series.members.map { graph.nodes[$0].id } == ids)
        let diagram = Diagram.series(series, in: graph, title: "Climate")
        let pairs = diagram.edges.map { [$0.source, $0.target] }
        let chain = (1..<ids.count).map { [ids[$0], ids[$0 - 1]] }
        #expect(pairs.sorted { $0[0] < $1[0] } == chain, "only the chain: \(pairs)")
        // It is the transitive reduction of every citation among the members.
        var all: [[String]] = []
        for v in 0..<graph.nodeCount { for t in graph.successors(of: v) { all.append([graph.nodes[v].id, graph.nodes[t].id]) } }
        #expect(all.count == 15)
        #expect(Set(TransitiveReduction.edges(all)) == Set(pairs))

        // On request, the other ten citations come back, pale.
        let everything = Diagram.series(series, in: graph, title: "Climate", allCitations: true)
        #expect(everything.edges.count == 15)
        #expect(everything.edges.filter(\.secondary).count == 10)
        let dot = try GraphvizRenderer.dotSource(for: everything)
        #expect(dot.contains("secondary") && dot.contains("constraint=false"))
    }

    /// A resolution cited by 60 documents (weights 1–3) and citing 5, whose citers also cite each other.
    static func crowded() -> CitationGraph {
        var nodes = [NodeRecord(id: "S/RES/1325 (2000)", kind: .resolution, body: .sc, date: "2000-10-31")]
        var citations: [Citation] = []
        for k in 0..<5 {
            let id = "S/RES/\(1200 + k) (1999)"
            nodes.append(NodeRecord(id: id, kind: .resolution, body: .sc, date: "1999-01-0\(k + 1)", inCorpus: false))
            citations.append(cite("S/RES/1325 (2000)", id))
        }
        for k in 0..<60 {
            let id = "A/RES/\(60 + k % 20)/\(100 + k)"
            nodes.append(NodeRecord(id: id, kind: .resolution, body: .ga, date: "\(2005 + k % 20)-12-01"))
            for p in 0..<(1 + k % 3) { citations.append(cite(id, "S/RES/1325 (2000)", paragraph: "PP\(p + 1)")) }
            if k > 0 { citations.append(cite(id, "A/RES/\(60 + (k - 1) % 20)/\(99 + k)", .notes)) }
        }
        return CitationGraph(nodes: nodes, citations: citations)
    }

    @Test func anEgoDiagramDrawsTheStrongestFortyAndSaysHowManyMore() throws {
        let graph = Self.crowded()
        let focus = try graph.index(of: "S/RES/1325 (2000)")
        let (diagram, selection) = Diagram.ego(focus, in: graph)
        #expect(diagram.nodes.count == 41)
        #expect(selection.drawn.count == 40 && selection.leftOut == 25)
        #expect(diagram.note == "and 25 more neighbours not drawn (the 40 strongest are)")
        #expect(diagram.edges.allSatisfy { $0.source == "S/RES/1325 (2000)" || $0.target == "S/RES/1325 (2000)" })
        #expect(diagram.edges.count == 40)
        // Strongest first: the 20 citing three times, then the 20 citing twice; none citing once.
        let weights = diagram.edges.filter { $0.target == "S/RES/1325 (2000)" }.map(\.weight)
        #expect(weights.count == 40 && weights.allSatisfy { $0 >= 2 })
        #expect(String(decoding: try GraphvizRenderer.render(diagram, format: .svg), as: UTF8.self).contains("and 25 more neighbours"))
        // The same call gives the same picture.
        #expect(try GraphvizRenderer.dotSource(for: diagram) == GraphvizRenderer.dotSource(for: Diagram.ego(focus, in: graph).diagram))

        let (all, none) = Diagram.ego(focus, in: graph, maxNeighbours: nil, allEdges: true)
        #expect(all.nodes.count == 66 && none.leftOut == 0 && all.note == nil)
        #expect(all.edges.filter(\.secondary).count == 59)
    }

    @Test func topDrawsNNodesWithEveryBody() throws {
        let graph = Self.crowded()
        // Sixty GA documents, six SC ones: PageRank favours the cited SC ones.
        let scores = try graph.pageRank()
        let (diagram, selection) = Diagram.top(10, in: graph, scores: scores)
        #expect(diagram.nodes.count == 10)
        #expect(Set(diagram.nodes.compactMap(\.body)) == [.ga, .sc])
        #expect(selection.nodes.count == 10)
        // Nodes that cite or are cited by none of the others are drawn too, and counted.
        let (tiny, tinySelection) = Diagram.top(3, in: graph, scores: scores)
        #expect(tiny.nodes.count == 3)
        #expect(tinySelection.isolated == tiny.nodes.filter { n in !tiny.edges.contains { $0.source == n.id || $0.target == n.id } }.count)
        let (whole, _) = Diagram.top(500, in: graph, scores: scores)
        #expect(whole.nodes.count == graph.nodeCount)
    }

    @Test func anExternalResolutionIsLabelledWithTheTitleItsCitersGive() throws {
        let nodes = [NodeRecord(id: "A/RES/75/1", kind: .resolution, body: .ga, date: "2020-09-21")]
        let citation = Self.cite("A/RES/75/1", "A/RES/74/220", title: "Agricultural technology for sustainable development")
        let graph = CitationGraph(nodes: nodes, citations: [citation])
        let diagram = Diagram(graph: graph, nodes: Array(0..<graph.nodeCount), title: "Titles")
        let external = try #require(diagram.nodes.first { $0.id == "A/RES/74/220" })
        #expect(external.external && external.title == "Agricultural technology for sustainable development")
        #expect(try GraphvizRenderer.dotSource(for: diagram).contains("Agricultural technology"))
    }
}
