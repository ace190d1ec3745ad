import CiteCore
import CiteGraph
import CiteRender

extension Diagram {
    /// A diagram of some nodes of a citation graph and every edge among them.
    ///
    /// ```swift
    /// let lineage = [focus] + graph.ancestors(of: focus).map(\.node)
    /// let diagram = Diagram(graph: graph, nodes: lineage, title: "What it stands on", focus: focus, rankByYear: true)
    /// ```
    /// `titles` (by node index, as `graph.displayTitles()` gives them) label documents outside the
    /// corpus with the title their citing texts give; computed when not given.
    /// - Complexity: O(V + E) over the chosen nodes and their out-edges (plus O(C) for the titles).
    public init(graph: CitationGraph, nodes chosen: [Int], title: String, focus: Int? = nil, hubs: Set<Int> = [],
                rankByYear: Bool = false, layout: LayoutHint = .auto, legend: Bool = true,
                titles: [String?]? = nil, note: String? = nil) {
        let titles = titles ?? graph.displayTitles()
        let selected = Set(chosen)
        let ordered = selected.sorted { graph.nodes[$0].id < graph.nodes[$1].id }
        let nodes = ordered.map { Self.node($0, in: graph, titles: titles, focus: focus, hubs: hubs) }
        var edges: [DiagramEdge] = []
        for v in ordered {
            for e in graph.outEdgeIDs(of: v) where selected.contains(graph.target(ofEdge: e)) {
                edges.append(Self.edge(e, in: graph))
            }
        }
        self.init(title: title, layout: layout, rankByYear: rankByYear, legend: legend, note: note,
                  nodes: nodes, edges: edges)
    }

    /// A node of `graph` as a diagram node, titled with `titles[v]`.
    static func node(_ v: Int, in graph: CitationGraph, titles: [String?], focus: Int? = nil,
                     hubs: Set<Int> = []) -> DiagramNode {
        let r = graph.nodes[v]
        return DiagramNode(id: r.id, symbol: r.symbol, kind: r.kind, body: r.body, external: !r.inCorpus, year: r.year,
                           title: v < titles.count ? titles[v] : r.title, date: r.date,
                           emphasis: v == focus ? .focus : hubs.contains(v) ? .hub : .normal)
    }

    /// Edge `e` of `graph` as a diagram edge (its dominant relation, its citation count as weight).
    static func edge(_ e: Int, in graph: CitationGraph, secondary: Bool = false) -> DiagramEdge {
        let edge = graph.edge(e)
        return DiagramEdge(source: graph.nodes[edge.source].id, target: graph.nodes[edge.target].id,
                           relation: edge.dominantRelation, weight: max(1, Int(edge.weight.rounded())),
                           secondary: secondary)
    }
}
