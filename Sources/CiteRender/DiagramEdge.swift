import CiteCore

/// One edge of a ``Diagram``: `source` (citing) cites `target` (cited) with `relation`.
public struct DiagramEdge: Hashable, Sendable, Codable {
    public var source: String
    public var target: String
    public var relation: Relation
    /// Number of citations merged into this edge (≥ 1): drawn as a thicker line.
    public var weight: Int
    /// A series link that `source` does not cite itself (a later document listed the two):
    /// drawn grey and dashed as "continues", whatever `relation` says.
    public var inferred: Bool
    /// Context rather than structure (another citation among series members, shown on request):
    /// drawn thin and pale, and left out of the layout's ranking.
    public var secondary: Bool

    public init(source: String, target: String, relation: Relation, weight: Int = 1,
                inferred: Bool = false, secondary: Bool = false) {
        self.source = source
        self.target = target
        self.relation = relation
        self.weight = weight
        self.inferred = inferred
        self.secondary = secondary
    }
}

extension DiagramEdge {
    enum CodingKeys: String, CodingKey { case source, target, relation, weight, inferred, secondary }

    /// Decodes JSON in which `weight` may be left out (1).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(source: try c.decode(String.self, forKey: .source),
                  target: try c.decode(String.self, forKey: .target),
                  relation: try c.decode(Relation.self, forKey: .relation),
                  weight: try c.decodeIfPresent(Int.self, forKey: .weight) ?? 1,
                  inferred: try c.decodeIfPresent(Bool.self, forKey: .inferred) ?? false,
                  secondary: try c.decodeIfPresent(Bool.self, forKey: .secondary) ?? false)
    }
}
