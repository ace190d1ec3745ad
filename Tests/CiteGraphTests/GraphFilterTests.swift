import CiteCore
import Testing
@testable import CiteGraph

/// `GraphFilter`: node filters keep the induced sub-graph; relation and citing-year filters keep
/// only the citations that pass.
@Suite("Graph filter")
struct GraphFilterTests {
    static func graph() -> CitationGraph {
        let nodes = [NodeRecord(id: "A/RES/70/1", kind: .resolution, body: .ga, year: 2015),
                     NodeRecord(id: "A/RES/75/1", kind: .resolution, body: .ga, year: 2020),
                     NodeRecord(id: "A/RES/78/1", kind: .resolution, body: .ga, year: 2023),
                     NodeRecord(id: "S/RES/2500 (2019)", kind: .resolution, body: .sc, year: 2019)]
        let citations = [TestGraphs.citation("A/RES/75/1", "A/RES/70/1", .reaffirms),
                         TestGraphs.citation("A/RES/78/1", "A/RES/70/1", .recalls),
                         TestGraphs.citation("A/RES/78/1", "A/RES/75/1", .recalls, at: 10),
                         TestGraphs.citation("S/RES/2500 (2019)", "A/RES/70/1", .recalls, body: .sc)]
        return CitationGraph(nodes: nodes, citations: citations)
    }

    @Test func citingYearsKeepCitationsMadeInThoseYears() {
        let g = Self.graph().filtered(by: GraphFilter(citingYears: 2019...2020))
        #expect(g.nodeCount == 4)
        #expect(Set(g.citations.map(\.citing)) == ["A/RES/75/1", "S/RES/2500 (2019)"])
    }

    @Test func bodiesAndRelationsCombine() {
        let g = Self.graph().filtered(by: GraphFilter(bodies: [.ga], relations: [.recalls]))
        #expect(g.nodes.map(\.id) == ["A/RES/70/1", "A/RES/75/1", "A/RES/78/1"])
        #expect(g.citations.map(\.citing) == ["A/RES/78/1", "A/RES/78/1"])
        #expect(g.edgeCount == 2)
    }

    @Test func admitsReadsTheCitingDocument() {
        let f = GraphFilter(bodies: [.sc], citingYears: 2015...2020)
        let c = TestGraphs.citation("S/RES/2500 (2019)", "A/RES/70/1")
        #expect(f.admits(c, citingBody: .sc, citingKind: .resolution, citingYear: 2019))
        #expect(!f.admits(c, citingBody: .sc, citingKind: .resolution, citingYear: nil))
        #expect(!f.admits(c, citingBody: .ga, citingKind: .resolution, citingYear: 2019))
        #expect(GraphFilter().isEmpty && Self.graph().filtered(by: GraphFilter()).edgeCount == 4)
    }
}
