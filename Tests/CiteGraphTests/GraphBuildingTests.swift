import CiteCore
import Foundation
import Testing
@testable import CiteGraph
import CiteStore

@Suite struct GraphBuildingTests {
    static let documents = [
        NodeRecord(id: "A/RES/74/174", kind: .resolution, body: .ga, date: "2019-12-18", title: "Crime prevention"),
        NodeRecord(id: "S/RES/1325 (2000)", kind: .resolution, body: .sc, date: "2000-10-31"),
    ]

    static let citations: [Citation] = [
        TestGraphs.citation("A/RES/74/174", "A/RES/73/154", .recalls, .preamble, paragraph: "PP2", at: 10),
        TestGraphs.citation("A/RES/74/174", "A/RES/73/154", .reaffirms, .preamble, paragraph: "PP3", at: 40),
        TestGraphs.citation("A/RES/74/174", "A/RES/73/154", .recalls, .operative, paragraph: "OP1", at: 90),
        TestGraphs.citation("A/RES/74/174", "A/RES/74/174", .recalls, at: 120),
        TestGraphs.citation("A/RES/74/174", "UNTS 1577/27531", .recalls, .footnote, paragraph: "PP4", at: 60, body: nil, kind: .treaty),
        TestGraphs.citation("A/RES/74/174", "S/RES/1325 (2000)", .notes, .preamble, paragraph: "PP5", at: 70, body: .sc),
        TestGraphs.citation("S/RES/1325 (2000)", "S/RES/1261 (1999)", .recalls, paragraph: "PP1", at: 5, body: .sc),
    ]

    @Test func mergesCitationsIntoOneWeightedEdgeAndKeepsProvenance() throws {
        let graph = CitationGraph(nodes: Self.documents, citations: Self.citations)
        let citing = try graph.index(of: "A/RES/74/174"), cited = try graph.index(of: "A/RES/73/154")
        let id = try #require(graph.edgeID(from: citing, to: cited))
        let edge = graph.edge(id)
        #expect(edge.weight == 3)
        #expect(edge.relations == [RelationCount(relation: .recalls, count: 2), RelationCount(relation: .reaffirms, count: 1)])
        #expect(edge.dominantRelation == .recalls)
        #expect(edge.sections == [.preamble, .operative])
        #expect(edge.citations.map { graph.citations[$0].paragraph } == ["PP2", "PP3", "OP1"])
        #expect(graph.citations.count == 6)
        #expect(graph.droppedSelfCitations == 1)
        #expect(graph.edgeCount == 4)
    }

    @Test func externalNodesTakeKindAndBodyFromTheCitation() throws {
        let graph = CitationGraph(nodes: Self.documents, citations: Self.citations)
        let treaty = graph.nodes[try graph.index(of: "UNTS 1577/27531")]
        #expect(treaty.kind == .treaty && treaty.body == nil && !treaty.inCorpus)
        let old = graph.nodes[try graph.index(of: "S/RES/1261 (1999)")]
        #expect(old.kind == .resolution && old.body == .sc && old.year == 1999 && !old.inCorpus)
        #expect(graph.nodes[try graph.index(of: "A/RES/73/154")].year == 2018)
        #expect(graph.nodes.map(\.id) == graph.nodes.map(\.id).sorted())
        #expect(throws: GraphError.unknownNode("A/RES/1/1")) { try graph.index(of: "A/RES/1/1") }
    }

    @Test func orderOfInputDoesNotMatter() {
        let a = CitationGraph(nodes: Self.documents, citations: Self.citations)
        let b = CitationGraph(nodes: Self.documents.reversed(), citations: Self.citations.reversed())
        #expect(a.graphML() == b.graphML())
        #expect(a.citations == b.citations)
    }

    @Test func adjacencyBothWays() throws {
        let graph = TestGraphs.small()
        #expect(graph.successors(of: 0) == [1, 2])
        #expect(graph.predecessors(of: 2) == [0, 1, 4])
        #expect(graph.inEdgeIDs(of: 2).map { graph.source(ofEdge: $0) } == [0, 1, 4])
        #expect(graph.edges.map(\.id) == Array(0..<graph.edgeCount))
        #expect(graph.edges.allSatisfy { graph.edgeID(from: $0.source, to: $0.target) == $0.id })
        #expect(graph.edgeID(from: 6, to: 0) == nil)
        #expect(graph.isWeighted)
    }

    @Test func filtersByNodeAndByCitation() throws {
        let graph = CitationGraph(nodes: Self.documents, citations: Self.citations)
        let sc = graph.filtered(bodies: [.sc])
        #expect(sc.nodes.map(\.id) == ["S/RES/1261 (1999)", "S/RES/1325 (2000)"])
        #expect(sc.edgeCount == 1 && sc.citations.count == 1)

        let recalls = graph.filtered(relations: [.recalls])
        let e = try #require(recalls.edgeID(from: try recalls.index(of: "A/RES/74/174"), to: try recalls.index(of: "A/RES/73/154")))
        #expect(recalls.edge(e).weight == 2)
        #expect(recalls.edge(e).relations == [RelationCount(relation: .recalls, count: 2)])
        #expect(recalls.nodeCount == graph.nodeCount)
        #expect(recalls.edge(e).citations.allSatisfy { recalls.citations[$0].relation == .recalls })

        let footnotes = graph.filtered(sections: [.footnote])
        #expect(footnotes.edgeCount == 1)
        #expect(graph.filtered(kinds: [.treaty]).nodeCount == 1)
        #expect(graph.filtered(years: 2000...2018).nodes.map(\.id) == ["A/RES/73/154", "S/RES/1325 (2000)"])
        #expect(graph.filtered(years: 2000...2018, includeUndated: true).nodeCount == 3)

        let induced = graph.induced(byIDs: ["A/RES/74/174", "S/RES/1325 (2000)", "nonexistent"])
        #expect(induced.nodeCount == 2 && induced.edgeCount == 1)
        #expect(induced.edge(0).dominantRelation == .notes)
    }

    @Test func edgeListWithCommentsWeightsAndSpaces() throws {
        let text = """
        # a comment
        citing\tcited
        A/RES/74/174\tA/RES/73/154
        A/RES/74/174\tS/RES/1325 (2000)\t2.5

        S/RES/2467 (2019)\tS/RES/1325 (2000)
        x y
        x y
        x x
        """
        let graph = try CitationGraph(edgeList: text, source: "edges.tsv")
        #expect(graph.nodes.map(\.id) == ["A/RES/73/154", "A/RES/74/174", "S/RES/1325 (2000)", "S/RES/2467 (2019)", "x", "y"])
        #expect(graph.edgeCount == 4)
        #expect(graph.droppedSelfCitations == 1)
        #expect(graph.weight(ofEdge: try #require(graph.edgeID(from: 4, to: 5))) == 2)
        #expect(graph.weight(ofEdge: try #require(graph.edgeID(from: 1, to: 2))) == 2.5)
        #expect(graph.nodes[2].kind == .resolution && graph.nodes[2].body == .sc && !graph.nodes[2].inCorpus)
    }

    @Test func malformedEdgeListSaysWhereAndWhy() {
        #expect(throws: GraphError.malformedEdgeLine(path: "e.tsv", line: 2,
                                                     reason: "expected citing<TAB>cited[<TAB>weight], found 1 field(s)")) {
            try CitationGraph(edgeList: "a\tb\nlonely\n", source: "e.tsv")
        }
        #expect(throws: GraphError.malformedEdgeLine(path: "e.tsv", line: 1, reason: "weight 'heavy' is not a non-negative number")) {
            try CitationGraph(edgeList: "a\tb\theavy\n", source: "e.tsv")
        }
        let error = GraphError.malformedEdgeLine(path: "e.tsv", line: 1, reason: "empty node id")
        #expect(error.description == "e.tsv:1: empty node id")
        #expect(throws: GraphError.unreadable(path: "/nonexistent/edges.tsv", reason: "cannot be read")) {
            try CitationGraph.readEdgeList(path: "/nonexistent/edges.tsv")
        }
    }

    @Test func readsAnEdgeListFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-edges-\(UInt32.random(in: 0...UInt32.max)).tsv")
        try "b\ta\r\nc\ta\r\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let graph = try CitationGraph.readEdgeList(path: url.path)
        #expect(graph.nodes.map(\.id) == ["a", "b", "c"])
        #expect(graph.inDegrees() == [2, 0, 0])
    }

    @Test func symbolChronology() {
        #expect(SymbolChronology.year(ofSymbol: "A/RES/73/154") == 2018)
        #expect(SymbolChronology.year(ofSymbol: "A/RES/2200 (XXI)") == 1966)
        #expect(SymbolChronology.year(ofSymbol: "S/RES/1325 (2000)") == 2000)
        #expect(SymbolChronology.year(ofSymbol: "E/RES/2019/20") == 2019)
        #expect(SymbolChronology.year(ofSymbol: "A/HRC/RES/54/7") == 2023)
        #expect(SymbolChronology.year(ofSymbol: "A/RES/ES-11/1") == nil)
        #expect(SymbolChronology.year(ofSymbol: "instrument:paris-agreement") == nil)
        #expect(SymbolChronology.sequence(of: "S/RES/1888 (2009)")! < SymbolChronology.sequence(of: "S/RES/1889 (2009)")!)
        #expect(SymbolChronology.sequence(of: "A/RES/74/219")! < SymbolChronology.sequence(of: "A/RES/75/217")!)
        #expect(NodeRecord(id: "x", kind: .document, date: "2001-02-03").year == 2001)
    }

    /// A node parses its id once; the graph takes each node's numbering place from that symbol.
    @Test func nodesCarryTheirParsedSymbol() throws {
        var node = NodeRecord(id: "A/RES/74/219", kind: .resolution, body: .ga, date: "2019-12-19")
        #expect(node.symbol == Symbol("A/RES/74/219"))
        node.id = "A/RES/75/217"
        #expect(node.symbol == Symbol("A/RES/75/217"))
        let graph = CitationGraph(nodes: [NodeRecord(id: "S/RES/1889 (2009)", kind: .resolution),
                                          NodeRecord(id: "S/RES/1888 (2009)", kind: .resolution)],
                                  sortedSources: [], targets: [], weights: [], details: [], citations: [], droppedSelfCitations: 0)
        #expect(graph.sequences.count == 2)
        #expect(graph.sequences[1]! < graph.sequences[0]!)
        #expect(graph.sequences[0] == SymbolChronology.sequence(of: "S/RES/1889 (2009)"))
    }

    @Test func nodeRecordCodableRoundTrip() throws {
        let node = NodeRecord(id: "S/RES/1325 (2000)", kind: .resolution, body: .sc, date: "2000-10-31",
                              title: "T", agendaItem: "Women and peace and security", subjects: ["WOMEN"], path: "x.txt")
        let data = try JSONEncoder().encode(node)
        #expect(try JSONDecoder().decode(NodeRecord.self, from: data) == node)
    }
}

extension GraphBuildingTests {
    @Test func fromStoredRecords() throws {
        let documents = [StoredDocument(symbol: "A/RES/74/174", body: .ga, date: "2019-12-18", title: "Crime prevention",
                                        agendaItem: "Crime prevention and criminal justice", subjects: ["CRIME PREVENTION"],
                                        path: "GA/A_RES_74_174.txt", contentHash: "00")]
        let nodes = [StoredNode(id: "A/RES/74/174", kind: .resolution, body: .ga, inCorpus: true),
                     StoredNode(id: "S/RES/1325 (2000)", kind: .resolution, body: .sc, inCorpus: false)]
        let graph = CitationGraph(documents: documents, nodes: nodes, citations: Self.citations)
        let doc = graph.nodes[try graph.index(of: "A/RES/74/174")]
        #expect(doc.agendaItem == "Crime prevention and criminal justice" && doc.subjects == ["CRIME PREVENTION"])
        #expect(doc.path == "GA/A_RES_74_174.txt" && doc.inCorpus && doc.kind == .resolution)
        #expect(!graph.nodes[try graph.index(of: "S/RES/1325 (2000)")].inCorpus)
        #expect(graph.edgeCount == 4)
    }
}
