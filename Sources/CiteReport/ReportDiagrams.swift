import CiteCore
import CiteGraph
import CiteRender
import Foundation

/// The diagrams of a report: built from the graph, drawn in process by ``GraphvizRenderer``,
/// and made safe to inline (``InlineSVG``).
struct ReportDiagrams {
    var graph: CitationGraph
    var names = UniqueNames()
    var drawn = 0

    init(graph: CitationGraph) { self.graph = graph }

    /// The diagram of `members` and the citations among them.
    func diagram(title: String, members: [Int], direction: RankDirection, focus: Set<Int> = []) -> Diagram {
        let set = Set(members)
        var edges: [DiagramEdge] = []
        for v in members.sorted() {
            for e in graph.outEdgeIDs(of: v) where set.contains(graph.target(ofEdge: e)) {
                edges.append(diagramEdge(e))
            }
        }
        return Diagram(title: title, layout: .dot, direction: direction, rankByYear: true, legend: true,
                       nodes: members.sorted().map { diagramNode($0, focus: focus.contains($0)) }, edges: edges)
    }

    /// The diagram of a series: its members and the links that chain them, each drawn as the
    /// citation it rests on — the successor citing its predecessor or, for an inferred link,
    /// the later member whose citations named the predecessor. Other citations among the
    /// members are left out: every member cites most earlier ones, which hides the chain.
    func seriesDiagram(title: String, series: Series) -> Diagram {
        var edges: [DiagramEdge] = []
        var seen = Set<[Int]>()
        for link in series.links {
            // The later document that listed the two is drawn only when it is a member itself.
            for citing in [link.successor, link.citedBy] where citing == link.successor || series.members.contains(citing) {
                guard let e = graph.edgeID(from: citing, to: link.predecessor) else { continue }
                if seen.insert([citing, link.predecessor]).inserted { edges.append(diagramEdge(e)) }
                break
            }
        }
        let nodes = Array(Set(series.members)).sorted().map { diagramNode($0, focus: false) }
        return Diagram(title: title, layout: .dot, direction: .leftToRight, rankByYear: true, legend: true,
                       nodes: nodes, edges: edges)
    }

    private func diagramNode(_ v: Int, focus: Bool) -> DiagramNode {
        let n = graph.nodes[v]
        return DiagramNode(id: n.id, symbol: n.symbol, kind: n.kind, body: n.body, external: !n.inCorpus, year: n.year,
                           title: n.title, date: n.date, emphasis: focus ? .focus : .normal)
    }

    private func diagramEdge(_ id: Int) -> DiagramEdge {
        let edge = graph.edge(id)
        return DiagramEdge(source: graph.nodes[edge.source].id, target: graph.nodes[edge.target].id,
                           relation: edge.dominantRelation, weight: max(1, Int(edge.weight.rounded())))
    }

    /// Draws `diagram` as SVG and names its file `<stem>.svg`; a Graphviz error or a refused
    /// drawing becomes a note in the figure instead.
    mutating func figure(_ diagram: Diagram, caption: String, fileStem: String) -> Figure {
        drawn += 1
        let prefix = "d\(drawn)-"
        do {
            let data = try GraphvizRenderer.render(diagram, format: .svg)
            let svg = try InlineSVG.sanitised(String(decoding: data, as: UTF8.self), idPrefix: prefix)
            let name = names.claim(FileNames.sanitised(fileStem), extension: "svg")
            return Figure(caption: caption, svg: svg, fileName: name, note: nil)
        } catch let error as InlineSVG.Rejected {
            return Figure(caption: caption, svg: nil, fileName: nil, note: "The diagram was left out: \(error.reason).")
        } catch {
            return Figure(caption: caption, svg: nil, fileName: nil, note: "The diagram could not be drawn: \(error).")
        }
    }
}
