import CiteCore
import Testing
@testable import CiteGraph

@Suite struct CommunityTests {
    /// Two groups of five documents citing each other within the group, one citation between them.
    static func twoGroups() -> CitationGraph {
        var nodes: [NodeRecord] = []
        for i in 0..<5 { nodes.append(NodeRecord(id: "A\(i)", kind: .resolution, title: "Protection of global climate \(i)",
                                                 subjects: ["CLIMATE CHANGE", "ENVIRONMENTAL PROTECTION"])) }
        for i in 0..<5 { nodes.append(NodeRecord(id: "B\(i)", kind: .resolution, title: "Women and peace and security",
                                                 subjects: ["WOMEN IN ARMED CONFLICTS"])) }
        var edges: [(citing: Int, cited: Int)] = []
        for g in [0, 5] { for i in 0..<5 { for j in 0..<i { edges.append((g + i, g + j)) } } }
        edges.append((5, 4))
        return CitationGraph(nodes: nodes, edges: edges)
    }

    @Test func findsTheTwoGroupsAndLabelsThem() {
        let graph = Self.twoGroups()
        let result = graph.communities(seed: 42)
        #expect(result.communities == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]])
        #expect(result.labels == ["climate change, environmental protection", "women in armed conflicts"])
        // networkx: nx.community.modularity(U, [set(range(5)), set(range(5, 10))]) on the
        // undirected projection = 1 - 2 * (21/42)^2 - 1/21 = 0.452380952381
        #expect(abs(result.modularity - 0.452380952381) < 1e-9)
    }

    @Test func deterministicForASeed() {
        let graph = TestGraphs.randomCitations(nodes: 300, cites: 3, backEdges: 20, seed: 5)
        let a = graph.communities(seed: 11), b = graph.communities(seed: 11)
        #expect(a.membership == b.membership)
        #expect(a.labels == b.labels)
        #expect(a.modularity > 0.2)
        #expect(abs(graph.modularity(of: a.membership) - a.modularity) < 1e-12)
    }

    @Test func titleWordsLabelWhenThereAreNoSubjects() {
        let nodes = ["Oceans and the law of the sea", "Oceans: sustainable fisheries", "Law of the sea"].enumerated()
            .map { NodeRecord(id: "N\($0)", kind: .resolution, title: $1) }
        let graph = CitationGraph(nodes: nodes, edges: [(1, 0), (2, 0), (2, 1)])
        #expect(graph.communities().labels == ["law, ocean, sea"])
    }
}
