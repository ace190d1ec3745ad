import CiteCore


/// Every series of a graph: the chains of its series decomposition.
extension CitationGraph {
    /// Series of at least `minimumLength` members, each once: a series whose members all belong to
    /// a longer one already found is left out. Longest first, then by first member.
    ///
    /// - Complexity: that of `seriesIndex()` plus O(V).
    public func allSeries(minimumLength: Int = 3) -> [Series] {
        allSeries(in: seriesIndex(), minimumLength: minimumLength)
    }

    /// The chains of `index` with at least `minimumLength` members and one in the corpus.
    public func allSeries(in index: SeriesIndex, minimumLength: Int = 3) -> [Series] {
        var found: [Series] = []
        for head in index.heads {
            let series = index.series(of: head)
            guard series.members.count >= max(minimumLength, 2), series.members.contains(where: { nodes[$0].inCorpus }) else { continue }
            found.append(series)
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
