import CiteCore
import CiteGraph

extension Diagram {
    /// A diagram of some nodes of a citation graph and the edges among them.
    ///
    /// ```swift
    /// let series = graph.series(of: try graph.index(of: "S/RES/2493 (2019)"))
    /// let diagram = Diagram(graph: graph, nodes: series.members, title: "Series", focus: series.node, rankByYear: true)
    /// ```
    /// - Complexity: O(V + E) over the chosen nodes and their out-edges.
    public init(graph: CitationGraph, nodes chosen: [Int], title: String, focus: Int? = nil, hubs: Set<Int> = [],
                rankByYear: Bool = false, layout: LayoutHint = .auto, legend: Bool = true) {
        let selected = Set(chosen)
        let ordered = chosen.sorted { graph.nodes[$0].id < graph.nodes[$1].id }
        var nodes: [DiagramNode] = []
        var seen = Set<Int>()
        for n in ordered where seen.insert(n).inserted {
            let r = graph.nodes[n]
            nodes.append(DiagramNode(id: r.id, kind: r.kind, body: r.body, external: !r.inCorpus, year: r.year,
                                     title: r.title, date: r.date,
                                     emphasis: n == focus ? .focus : hubs.contains(n) ? .hub : .normal))
        }
        var edges: [DiagramEdge] = []
        for v in ordered {
            for e in graph.outEdgeIDs(of: v) {
                let t = graph.target(ofEdge: e)
                guard selected.contains(t) else { continue }
                let edge = graph.edge(e)
                edges.append(DiagramEdge(source: graph.nodes[v].id, target: graph.nodes[t].id,
                                         relation: edge.dominantRelation, weight: max(1, Int(edge.weight.rounded()))))
            }
        }
        self.init(title: title, layout: layout, rankByYear: rankByYear, legend: legend, nodes: nodes, edges: edges)
    }
}
