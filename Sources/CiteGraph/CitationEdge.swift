import CiteCore

/// How often one relation occurs on one merged edge.
public struct RelationCount: Hashable, Sendable, Codable {
    public var relation: Relation
    public var count: Int
    public init(relation: Relation, count: Int) { self.relation = relation; self.count = count }
}

/// What the citations behind one merged edge say: relations, sections and the provenance records.
struct EdgeDetail: Sendable, Hashable {
    /// In order of first occurrence in the provenance, each with its count.
    var relations: [RelationCount]
    /// In order of first occurrence.
    var sections: [Section]
    /// Indices into `CitationGraph.citations`, in provenance order.
    var citations: [Int]
}

/// One merged, weighted edge: every citation of `target` by `source`.
///
/// ```swift
/// for e in graph.edges where e.weight > 1 { print(graph.nodes[e.source].id, e.dominantRelation) }
/// ```
public struct CitationEdge: Hashable, Sendable {
    /// Position in the graph's edge order (sorted by source, then target).
    public var id: Int
    /// Index of the citing node.
    public var source: Int
    /// Index of the cited node.
    public var target: Int
    /// Number of citations merged into this edge (or the weight read from an edge list).
    public var weight: Double
    /// Relations in order of first occurrence, counted.
    public var relations: [RelationCount]
    /// Sections in order of first occurrence.
    public var sections: [Section]
    /// Indices into `CitationGraph.citations`: the provenance of this edge.
    public var citations: [Int]

    /// The most frequent relation; the first one to occur wins a tie. `cites` for an edge without provenance.
    public var dominantRelation: Relation {
        var best: RelationCount?
        for r in relations where best.map({ r.count > $0.count }) ?? true { best = r }
        return best?.relation ?? .cites
    }
}
