import CiteCore

/// A diagram to draw: a renderer-neutral description of nodes and edges.
///
/// The graph module (or anyone else) fills one of these; ``GraphvizRenderer``
/// turns it into DOT, SVG, PNG or PDF. Nothing here refers to Graphviz.
///
/// ```swift
/// let diagram = Diagram(
///     title: "Women and peace and security",
///     layout: .dot, rankByYear: true,
///     nodes: [DiagramNode(id: "S/RES/1820 (2008)", kind: .resolution, body: .sc, year: 2008),
///             DiagramNode(id: "S/RES/1325 (2000)", kind: .resolution, body: .sc, year: 2000)],
///     edges: [DiagramEdge(source: "S/RES/1820 (2008)", target: "S/RES/1325 (2000)", relation: .reaffirms)])
/// let svg = try GraphvizRenderer.render(diagram, format: .svg)
/// ```
public struct Diagram: Hashable, Sendable, Codable {
    /// Shown above the drawing and used as the graph's name.
    public var title: String
    public var layout: LayoutHint
    /// The direction in which time flows in a dot layout: cited (older) documents
    /// first, citing (newer) ones after, the year axis in the same order.
    public var direction: RankDirection
    public var nodes: [DiagramNode]
    /// Edges point from the citing node to the cited node.
    public var edges: [DiagramEdge]
    /// One rank per year with a year axis (lineage and series diagrams), in dot layouts.
    public var rankByYear: Bool
    /// Draw a legend of the node kinds and relations present.
    public var legend: Bool
    /// A line under the legend saying what was left out ("and 29 more neighbours…").
    public var note: String?

    public init(title: String, layout: LayoutHint = .auto, direction: RankDirection = .leftToRight,
                rankByYear: Bool = false, legend: Bool = true, note: String? = nil,
                nodes: [DiagramNode], edges: [DiagramEdge]) {
        self.title = title
        self.layout = layout
        self.direction = direction
        self.nodes = nodes
        self.edges = edges
        self.rankByYear = rankByYear
        self.legend = legend
        self.note = note
    }
}

extension Diagram {
    enum CodingKeys: String, CodingKey { case title, layout, direction, nodes, edges, rankByYear, legend, note }

    /// Decodes JSON in which only `title`, `nodes` and `edges` are required.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(title: try c.decode(String.self, forKey: .title),
                  layout: try c.decodeIfPresent(LayoutHint.self, forKey: .layout) ?? .auto,
                  direction: try c.decodeIfPresent(RankDirection.self, forKey: .direction) ?? .leftToRight,
                  rankByYear: try c.decodeIfPresent(Bool.self, forKey: .rankByYear) ?? false,
                  legend: try c.decodeIfPresent(Bool.self, forKey: .legend) ?? true,
                  note: try c.decodeIfPresent(String.self, forKey: .note),
                  nodes: try c.decode([DiagramNode].self, forKey: .nodes),
                  edges: try c.decode([DiagramEdge].self, forKey: .edges))
    }
}

/// Which layout engine a diagram wants.
public enum LayoutHint: String, Hashable, Sendable, Codable, CaseIterable {
    /// dot up to ``GraphvizRenderer/largeGraphThreshold`` nodes, sfdp above.
    case auto
    /// Hierarchical; bounded (fewer network-simplex and crossing iterations) above the threshold.
    case dot
    /// Force-directed, for large overviews.
    case sfdp
}

/// The direction in which time flows in a dot layout (Graphviz `rankdir` RL or BT,
/// because edges point from the newer citing document to the older cited one).
public enum RankDirection: String, Hashable, Sendable, Codable, CaseIterable {
    case leftToRight = "LR"
    case topToBottom = "TB"
}
