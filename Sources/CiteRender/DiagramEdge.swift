import CiteCore

/// One edge of a ``Diagram``: `source` (citing) cites `target` (cited) with `relation`.
public struct DiagramEdge: Hashable, Sendable, Codable {
    public var source: String
    public var target: String
    public var relation: Relation
    /// Number of citations merged into this edge (≥ 1): drawn as a thicker line.
    public var weight: Int

    public init(source: String, target: String, relation: Relation, weight: Int = 1) {
        self.source = source
        self.target = target
        self.relation = relation
        self.weight = weight
    }
}
