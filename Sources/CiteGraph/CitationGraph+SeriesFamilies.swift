import CiteCore

/// Chains of a series decomposition that branch from one root: a mandate's renewals and the
/// thematic series that grew out of them, or the yearly items that all recall one resolution.
///
/// Every chain of the decomposition belongs to exactly one family, so a family lists its
/// branches once instead of repeating the shared part as separate, overlapping series.
public struct SeriesFamily: Sendable {
    /// The family's oldest member (`SeriesIndex.family` of every member): the family is named after it.
    public var root: Int
    /// The family's chains, oldest first (by their first member), each the same ``Series`` that
    /// `SeriesIndex.series(of:)` returns for any of its members.
    public var chains: [Series]
    /// How the chains hang together: for each chain that does not start at the root, the link from
    /// its first member to the member of the family it continues (its best candidate), and the
    /// same for such a member when it is in no chain of its own. Oldest successor first.
    public var joins: [SeriesLink]
    /// Every member, oldest first: the members of the chains and the resolution they branch from
    /// when that one is in no chain of its own.
    public var members: [Int]
}

extension CitationGraph {
    /// The families of `index`: its chains grouped by `index.family`, each family once.
    ///
    /// A family is listed when it has at least `minimumLength` members and one of them is in the
    /// corpus. Order: most members first, then the root in symbol order.
    ///
    /// ```swift
    /// let index = graph.seriesIndex()
    /// for family in graph.seriesFamilies(in: index, minimumLength: 3) {
    ///     print(graph.nodes[family.root].id, family.chains.count)   // S/RES/1325 (2000) 3
    /// }
    /// ```
    /// - Complexity: O(V + C log C) for C candidate links, plus sorting the families.
    public func seriesFamilies(in index: SeriesIndex, minimumLength: Int = 3) -> [SeriesFamily] {
        var chainsByRoot: [Int: [Series]] = [:]
        for head in index.heads {
            chainsByRoot[index.family[head], default: []].append(index.series(of: head))
        }
        // The best candidate of each node: the link that made a chain's first member a branch.
        var best: [Int: SeriesLink] = [:]
        for link in index.candidates where best[link.successor] == nil { best[link.successor] = link }

        var families: [SeriesFamily] = []
        for (root, found) in chainsByRoot {
            let chains = found.sorted { ageKey($0.members[0]) < ageKey($1.members[0]) }
            var memberSet = Set(chains.flatMap(\.members))
            var joins: [SeriesLink] = []
            var pending = chains.map { $0.members[0] }
            var visited = Set(pending)
            while !pending.isEmpty {
                let x = pending.removeFirst()
                guard x != root, let link = best[x], link.predecessor != x, index.family[link.predecessor] == root,
                      index.series(of: x).members.contains(link.predecessor) == false else { continue }
                joins.append(link)
                if memberSet.insert(link.predecessor).inserted, visited.insert(link.predecessor).inserted {
                    // A member in no chain of its own joins the family through its own best candidate.
                    pending.append(link.predecessor)
                }
            }
            memberSet.insert(root)
            guard memberSet.count >= minimumLength, memberSet.contains(where: { nodes[$0].inCorpus }) else { continue }
            let members = memberSet.sorted { ageKey($0) < ageKey($1) }
            joins.sort { ageKey($0.successor) < ageKey($1.successor) }
            families.append(SeriesFamily(root: root, chains: chains, joins: joins, members: members))
        }
        return families.sorted { a, b in
            if a.members.count != b.members.count { return a.members.count > b.members.count }
            return SymbolOrder.less(nodes[a.root].id, nodes[b.root].id)
        }
    }

    /// The families of the graph's own series decomposition (`seriesIndex()`).
    /// - Complexity: that of `seriesIndex()` plus `seriesFamilies(in:minimumLength:)`.
    public func seriesFamilies(minimumLength: Int = 3) -> [SeriesFamily] {
        seriesFamilies(in: seriesIndex(), minimumLength: minimumLength)
    }
}
