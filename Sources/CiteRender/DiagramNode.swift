import CiteCore

/// One node of a ``Diagram``: a document, treaty or instrument.
public struct DiagramNode: Hashable, Sendable, Codable {
    /// Canonical id: `A/RES/73/154`, `S/RES/1325 (2000)`, `UNTS 1577/27531`, `instrument:paris-agreement`.
    public var id: String { didSet { symbol = Symbol(id) } }
    /// `id` parsed (given by the graph's node, else parsed once here): the short symbol of the
    /// label is read from it. Not encoded: the JSON form of a node is its `id` and the rest.
    public private(set) var symbol: Symbol?
    /// First line of the node's label; `nil` derives a short symbol from `id`
    /// (`73/154`, `1325 (2000)`, `HRC 54/7`). The renderer adds a short form of `title` below it.
    public var label: String?
    public var kind: TargetKind
    public var body: Body?
    /// Known only from citations (not in the corpus): drawn dimmed and dashed.
    public var external: Bool
    /// Adoption year: the node's rank when the diagram is ranked by year.
    public var year: Int?
    /// Full title (shortened in the label, complete in the tooltip).
    public var title: String?
    /// ISO date, shown in the tooltip.
    public var date: String?
    public var emphasis: NodeEmphasis

    /// A node; `symbol`, when the caller has parsed `id` already, must be `Symbol(id)`.
    public init(id: String, symbol: Symbol? = nil, label: String? = nil, kind: TargetKind, body: Body? = nil,
                external: Bool = false, year: Int? = nil, title: String? = nil, date: String? = nil,
                emphasis: NodeEmphasis = .normal) {
        self.id = id
        self.symbol = symbol ?? Symbol(id)
        self.label = label
        self.kind = kind
        self.body = body
        self.external = external
        self.year = year
        self.title = title
        self.date = date
        self.emphasis = emphasis
    }
}

extension DiagramNode {
    /// The encoded keys: `symbol` is not one of them (it is `id` parsed).
    enum CodingKeys: String, CodingKey { case id, label, kind, body, external, year, title, date, emphasis }

    /// Decodes JSON in which only `id` and `kind` are required.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id),
                  label: try c.decodeIfPresent(String.self, forKey: .label),
                  kind: try c.decode(TargetKind.self, forKey: .kind),
                  body: try c.decodeIfPresent(Body.self, forKey: .body),
                  external: try c.decodeIfPresent(Bool.self, forKey: .external) ?? false,
                  year: try c.decodeIfPresent(Int.self, forKey: .year),
                  title: try c.decodeIfPresent(String.self, forKey: .title),
                  date: try c.decodeIfPresent(String.self, forKey: .date),
                  emphasis: try c.decodeIfPresent(NodeEmphasis.self, forKey: .emphasis) ?? .normal)
    }
}

/// How strongly a node is drawn.
public enum NodeEmphasis: String, Hashable, Sendable, Codable, CaseIterable {
    case normal
    /// The subject of the diagram (the lineage's focus): heavy outline.
    case focus
    /// A hub: larger, and its label is kept even in large overviews.
    /// Nodes of very high in-degree are treated as hubs without being marked.
    case hub
}
