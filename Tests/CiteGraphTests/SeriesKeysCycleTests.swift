import CiteCore
import Testing
@testable import CiteGraph

/// Keys never run a chain backwards in time: A/RES/S-32/1 (a special session of 2025) has no place
/// in the numbering of A/RES/73/191 (2018), which has no text here; both carry one title, and the
/// special session's text cites the 2018 one. Sorted by number alone, "S-32/1" came first and its key link pointed back
/// to 2018 while the scored link pointed forward: a two-node cycle, and a series page of 31,131
/// "members" in the whole-corpus site.
@Suite struct SeriesKeysCycleTests {
    static func graph() -> CitationGraph {
        let title = "Combating sandstorms and dust storms"
        let nodes = [
            // Outside the corpus (no text), as in ../shared/corpus: known by the title its citers give.
            NodeRecord(id: "A/RES/73/191", kind: .resolution, body: .ga, date: "2018-12-17", year: 2018, title: title, inCorpus: false),
            NodeRecord(id: "A/RES/S-32/1", kind: .resolution, body: .ga, date: "2025-06-02", year: 2025, title: title),
        ]
        let c = TestGraphs.citation("A/RES/S-32/1", "A/RES/73/191", paragraph: "PP1", at: 30)
        var g = CitationGraph(nodes: nodes, citations: [c])
        let words = "Recalling its resolution 73/191 on combating sandstorms and dust storms, which affect arid regions,"
        g.attachTexts([
            "A/RES/S-32/1": [ParagraphText(label: "PP1", section: .preamble, start: 0, text: words)],
        ])
        return g
    }

    @Test func theKeyRunsForwardInTime() throws {
        let g = Self.graph()
        let keys = g.seriesKeys()
        #expect(keys[0] == keys[1] && keys[0] != nil)
        let index = g.seriesIndex()
        #expect(index.incoming[0] == nil)                    // 73/191 continues nothing
        #expect(index.incoming[1]?.predecessor == 0)         // S-32/1 continues 73/191
        #expect(try g.series(ofID: "A/RES/S-32/1") == ["A/RES/73/191", "A/RES/S-32/1"])
        #expect(try g.series(ofID: "A/RES/73/191") == ["A/RES/73/191", "A/RES/S-32/1"])
    }

    @Test func aCycleEndsTheWalk() {
        // A decomposition holding a cycle (which `seriesIndex` never makes) is still walked once per node.
        let g = Self.graph()
        var index = g.seriesIndex()
        let forward = SeriesLink(predecessor: 0, successor: 1, citedBy: 1, inferred: false, evidence: SeriesEvidence())
        let backward = SeriesLink(predecessor: 1, successor: 0, citedBy: 0, inferred: false, evidence: SeriesEvidence())
        index.incoming = [backward, forward]
        index.successor = [1, 0]
        #expect(index.series(of: 1).members.count == 2)
    }
}
