import CiteCore

/// One filter for every analysis command: bodies and kinds of nodes, relations of citations,
/// and the years of the citing documents. nil means no filter.
///
/// ```swift
/// let f = GraphFilter(bodies: [.ga], citingYears: 2015...2020)
/// let sub = graph.filtered(by: f)          // GA nodes, citations made 2015–2020
/// ```
public struct GraphFilter: Sendable, Hashable {
    /// Nodes of these bodies (a node without a body fails).
    public var bodies: Set<Body>?
    /// Nodes of these kinds.
    public var kinds: Set<TargetKind>?
    /// Citations with these relations.
    public var relations: Set<Relation>?
    /// Citations made by documents of these years (their date, or the year their symbol gives);
    /// a citing document without a year fails.
    public var citingYears: ClosedRange<Int>?

    public init(bodies: Set<Body>? = nil, kinds: Set<TargetKind>? = nil, relations: Set<Relation>? = nil,
                citingYears: ClosedRange<Int>? = nil) {
        self.bodies = bodies; self.kinds = kinds; self.relations = relations; self.citingYears = citingYears
    }

    /// No filter at all.
    public var isEmpty: Bool { bodies == nil && kinds == nil && relations == nil && citingYears == nil }

    /// Whether one citation passes, given its citing document's body, kind and year (for lists
    /// read from the store, like `citedby`).
    public func admits(_ citation: Citation, citingBody: Body?, citingKind: TargetKind, citingYear: Int?) -> Bool {
        if let bodies, !(citingBody.map { bodies.contains($0) } ?? false) { return false }
        if let kinds, !kinds.contains(citingKind) { return false }
        if let relations, !relations.contains(citation.relation) { return false }
        if let citingYears, !(citingYear.map { citingYears.contains($0) } ?? false) { return false }
        return true
    }
}

extension CitationGraph {
    /// The sub-graph that passes `filter`: the nodes of its bodies and kinds with the edges among
    /// them, keeping only citations of its relations made in its years (an edge stays while one
    /// of its citations does).
    /// - Complexity: O(V + E + C).
    public func filtered(by filter: GraphFilter) -> CitationGraph {
        if filter.isEmpty { return self }
        let keep = nodes.map { node -> Bool in
            if let bodies = filter.bodies, !(node.body.map { bodies.contains($0) } ?? false) { return false }
            if let kinds = filter.kinds, !kinds.contains(node.kind) { return false }
            return true
        }
        guard filter.relations != nil || filter.citingYears != nil else { return subgraph(keeping: keep, citationFilter: nil) }
        let years = filter.citingYears, relations = filter.relations
        return subgraph(keeping: keep) { c in
            if let relations, !relations.contains(c.relation) { return false }
            if let years {
                guard let i = nodeIndex[c.citing], let y = nodes[i].year else { return false }
                return years.contains(y)
            }
            return true
        }
    }
}
