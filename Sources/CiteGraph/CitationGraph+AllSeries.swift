import CiteCore


/// Every series of a graph, found with `CitationGraph.series(of:)` from each resolution and
/// decision of the corpus.
extension CitationGraph {
    /// Series of at least `minimumLength` members, each once: a series whose members all belong to
    /// a longer one already found is left out. Longest first, then by first member.
    ///
    /// A node that already belongs to a series found is not asked again, so the work is about one
    /// `series(of:)` call per series plus one per document that starts none.
    /// - Complexity: O(D × s) for D documents and s the cost of one `series(of:)` call.
    public func allSeries(minimumLength: Int = 3) -> [Series] {
        let graph = self
        var covered = Set<Int>()
        var found: [Series] = []
        var seen = Set<[Int]>()
        for v in 0..<graph.nodeCount where !covered.contains(v) {
            let node = graph.nodes[v]
            guard node.inCorpus, node.kind == .resolution || node.kind == .decision else { continue }
            let series = graph.series(of: v)
            guard series.members.count >= max(minimumLength, 2) else { continue }
            covered.formUnion(series.members)
            if seen.insert(series.members).inserted { found.append(series) }
        }
        return normalisedSeries(found, minimumLength: minimumLength)
    }

    /// Series of at least `minimumLength`, without repeats and without series contained in a
    /// longer one; longest first, then by first member in symbol order.
    public func normalisedSeries(_ series: [Series], minimumLength: Int) -> [Series] {
        let graph = self
        let candidates = series.filter { $0.members.count >= minimumLength }.sorted { a, b in
            if a.members.count != b.members.count { return a.members.count > b.members.count }
            return firstKey(a, graph) < firstKey(b, graph)
        }
        var kept: [Series] = []
        var keptSets: [Set<Int>] = []
        for s in candidates {
            let members = Set(s.members)
            if keptSets.contains(where: { members.isSubset(of: $0) }) { continue }
            kept.append(s)
            keptSets.append(members)
        }
        return kept
    }

    private func firstKey(_ s: Series, _ graph: CitationGraph) -> SortKey {
        SortKey(s.members.map { graph.nodes[$0].id })
    }
}

/// Symbol lists compared member by member in symbol order.
private struct SortKey: Comparable {
    var ids: [String]
    init(_ ids: [String]) { self.ids = ids }
    static func < (a: SortKey, b: SortKey) -> Bool {
        for (x, y) in zip(a.ids, b.ids) where x != y { return SymbolOrder.less(x, y) }
        return a.ids.count < b.ids.count
    }
}
