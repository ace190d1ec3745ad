import CiteCore
import Testing
@testable import CiteGraph

/// `displayTitles()`: a node's own title, else the one its citing texts give most often.
@Suite struct DisplayTitleTests {
    static func citation(_ citing: String, _ target: String, title: String?, at start: Int) -> Citation {
        var c = TestGraphs.citation(citing, target, at: start)
        c.title = title
        return c
    }

    @Test func ownTitleFirstThenTheMostCommonCitedTitle() {
        let nodes = [
            NodeRecord(id: "A/RES/70/1", kind: .resolution, body: .ga, title: "Transforming our world"),
            NodeRecord(id: "A/RES/74/174", kind: .resolution, body: .ga),
            NodeRecord(id: "A/RES/75/1", kind: .resolution, body: .ga),
            NodeRecord(id: "A/RES/76/1", kind: .resolution, body: .ga, title: "  "),
        ]
        let citations = [
            Self.citation("A/RES/74/174", "A/RES/70/1", title: "Another wording", at: 1),
            // 73/154 is external: its node takes the first citation's title (none here).
            Self.citation("A/RES/74/174", "A/RES/73/154", title: nil, at: 2),
            Self.citation("A/RES/75/1", "A/RES/73/154", title: "Rare wording", at: 3),
            Self.citation("A/RES/76/1", "A/RES/73/154", title: "Common wording", at: 4),
            Self.citation("A/RES/70/1", "A/RES/73/154", title: "Common wording", at: 5),
            // A tie between two wordings goes to the first in alphabetical order, whatever the order of the texts.
            Self.citation("A/RES/70/1", "A/RES/74/174", title: "Zeta", at: 6),
            Self.citation("A/RES/75/1", "A/RES/74/174", title: "Alpha", at: 7),
            Self.citation("A/RES/70/1", "A/RES/76/1", title: "Given", at: 8),
        ]
        let graph = CitationGraph(nodes: nodes, citations: citations)
        let titles = graph.displayTitles()
        func title(_ id: String) -> String? { graph.nodeIndex[id].flatMap { titles[$0] } }
        #expect(title("A/RES/70/1") == "Transforming our world")
        #expect(title("A/RES/73/154") == "Common wording")
        #expect(title("A/RES/74/174") == "Alpha")
        #expect(title("A/RES/75/1") == nil)
        #expect(title("A/RES/76/1") == "Given", "a blank title counts as none")
        #expect(titles.count == graph.nodeCount)
    }
}
