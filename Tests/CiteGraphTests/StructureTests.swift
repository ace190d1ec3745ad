import CiteCore
import Testing
@testable import CiteGraph

@Suite struct StructureTests {
    @Test func cycleIsNamed() throws {
        let graph = TestGraphs.small()
        let cycles = graph.cycles()
        #expect(cycles == [[1, 2, 3]])
        #expect(graph.describe(cycle: cycles[0]) == "B → C → D → B")
        #expect(graph.findCycle() == [1, 2, 3])
        #expect(graph.stronglyConnectedComponents().filter { $0.count > 1 } == [[1, 2, 3]])
    }

    @Test func acyclicGraphHasNoCycle() {
        let graph = CitationGraph(nodes: ["a", "b", "c"].map { NodeRecord(id: $0, kind: .document) },
                                  edges: [(0, 1), (1, 2), (0, 2)])
        #expect(graph.findCycle() == nil)
        #expect(graph.topologicalOrder().order == [0, 1, 2])
        #expect(graph.topologicalOrder().cycles.isEmpty)
    }

    @Test func topologicalOrderToleratesCycles() {
        let graph = TestGraphs.small()
        let topo = graph.topologicalOrder()
        #expect(topo.order.sorted() == Array(0..<8))
        #expect(topo.cycles == [[1, 2, 3]])
        var position = [Int](repeating: 0, count: 8)
        for (i, v) in topo.order.enumerated() { position[v] = i }
        for e in graph.edges where !(topo.cycles[0].contains(e.source) && topo.cycles[0].contains(e.target)) {
            #expect(position[e.source] < position[e.target])
        }
    }

    @Test func ancestorsAndDescendantsToADepth() {
        let graph = TestGraphs.small()
        // F cites E and A; E cites A and C; A cites B and C; C cites D.
        #expect(graph.ancestors(of: 5, maxDepth: 1) == [Reach(node: 0, depth: 1), Reach(node: 4, depth: 1)])
        #expect(graph.ancestors(of: 5).map(\.node) == [0, 4, 1, 2, 3])
        #expect(graph.ancestors(of: 5).map(\.depth) == [1, 1, 2, 2, 3])
        #expect(graph.descendants(of: 3, maxDepth: 2).map(\.node) == [2, 7, 0, 1, 4])
        #expect(graph.descendants(of: 6).isEmpty)
    }

    @Test func deepChainsDoNotOverflowTheStack() {
        let n = 100_000
        let nodes = (0..<n).map { NodeRecord(id: String(format: "D%06d", $0), kind: .document) }
        let graph = CitationGraph(nodes: nodes, edges: (1..<n).map { ($0, $0 - 1) } + [(0, n - 1)])
        #expect(graph.ancestors(of: n - 1).count == n - 1)
        #expect(graph.stronglyConnectedComponents().count == 1)
        #expect(graph.cycles().first?.count == n)
        #expect(graph.topologicalOrder().order.count == n)
        #expect(graph.mainPath().removedEdges.count == 1)
    }

    /// B→A, C→A, D→B, D→C, E→D, F→D, F→C (years A 2000 … F 2005). Paths from the uncited
    /// E, F to the oldest A: up = E1 F1 D2 B2 C3 A5; down = A1 B1 C1 D2 E2 F3; SPC = up × down.
    static func spcGraph(withCycle: Bool = false) -> CitationGraph {
        let ids = ["A", "B", "C", "D", "E", "F"]
        let nodes = ids.enumerated().map { NodeRecord(id: $1, kind: .document, date: "200\($0)-01-01") }
        var citations = [("B", "A"), ("C", "A"), ("D", "B"), ("D", "C"), ("E", "D"), ("F", "D"), ("F", "C")]
            .map { TestGraphs.citation($0.0, $0.1) }
        if withCycle { citations.append(TestGraphs.citation("A", "F")) }
        return CitationGraph(nodes: nodes, citations: citations)
    }

    @Test func mainPathBySearchPathCount() throws {
        let graph = Self.spcGraph()
        for method in MainPathMethod.allCases {
            let path = graph.mainPath(method: method)
            #expect(path.nodes.map { graph.nodes[$0].id } == ["A", "C", "D", "E"])
            #expect(path.edges.map(\.spc) == [3, 2, 2])
            #expect(path.removedEdges.isEmpty)
        }
        let spc = graph.mainPath().spc
        let byPair = Dictionary(uniqueKeysWithValues: graph.edges.map { ("\(graph.nodes[$0.source].id)\(graph.nodes[$0.target].id)", spc[$0.id]) })
        #expect(byPair == ["BA": 2, "CA": 3, "DB": 2, "DC": 2, "ED": 2, "FD": 2, "FC": 1])
    }

    @Test func mainPathBreaksCyclesAndReportsThem() {
        let graph = Self.spcGraph(withCycle: true)
        let path = graph.mainPath()
        #expect(path.removedEdges.map { "\(graph.nodes[$0.citing].id)→\(graph.nodes[$0.cited].id)" } == ["A→F"])
        #expect(path.cycles.count == 1)
        #expect(path.nodes.map { graph.nodes[$0].id } == ["A", "C", "D", "E"])
    }

    /// Every algorithm runs on a graph full of cycles and gives finite numbers.
    @Test func cyclesBreakNoAlgorithm() throws {
        let graph = TestGraphs.randomCitations(nodes: 200, cites: 4, backEdges: 60, seed: 3)
        #expect(!graph.cycles().isEmpty)
        let measures = [try graph.pageRank(), try graph.hits().hubs, try graph.hits().authorities, graph.betweenness(),
                        graph.closeness(), graph.harmonic(), graph.coreNumbers().map(Double.init)]
        for m in measures { #expect(m.count == 200 && m.allSatisfy(\.isFinite)) }
        #expect(graph.topologicalOrder().order.count == 200)
        #expect(graph.mainPath().nodes.count >= 2)
        #expect(graph.ancestors(of: 199).count > 10)
        #expect(graph.series(of: 199).members.contains(199))
        #expect(graph.communities(seed: 1).membership.count == 200)
    }
}
