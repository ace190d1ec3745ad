/// How the main path is chosen from the search path counts.
public enum MainPathMethod: String, Sendable, Codable, CaseIterable {
    /// Local forward search: from the oldest documents, always take the edge with the highest SPC.
    case local
    /// The path from an oldest document to a newest one with the highest total SPC.
    case global
}

/// One edge of a main path, with its search path count.
public struct MainPathEdge: Hashable, Sendable, Codable {
    public var citing: Int
    public var cited: Int
    public var spc: Double
}

/// The result of main path analysis.
public struct MainPath: Sendable {
    /// The main path, oldest first (the direction knowledge flows: cited → citing).
    public var nodes: [Int]
    /// Its edges, oldest first, each with its SPC.
    public var edges: [MainPathEdge]
    /// Search path count of every edge by edge id (0 for an edge removed to break a cycle).
    public var spc: [Double]
    /// Edges `(citing, cited)` removed to make the graph acyclic, ascending.
    public var removedEdges: [MainPathEdge]
    /// The cycles that were broken (strongly connected groups), each ascending.
    public var cycles: [[Int]]
}

extension CitationGraph {
    /// Main path analysis by search path count (SPC) over this graph — typically the induced
    /// sub-graph of a document and its ancestors.
    ///
    /// The SPC of an edge is the number of paths from a source (a document nobody in the graph
    /// cites) to a sink (a document that cites nobody in the graph) that run through it. A cycle
    /// is broken first, deterministically: inside each strongly connected group, an edge is kept
    /// only when the citing document is newer (year, date, numbering, then index) than the cited
    /// one; the removed edges and the cycles are reported.
    ///
    /// ```swift
    /// let sub = graph.induced(by: [i] + graph.ancestors(of: i).map(\.node))
    /// let backbone = sub.mainPath().nodes.map { sub.nodes[$0].id }
    /// ```
    /// - Complexity: O(V + E).
    public func mainPath(method: MainPathMethod = .local) -> MainPath {
        let n = nodeCount
        let m = edgeCount
        let groups = stronglyConnectedComponents()
        var group = [Int](repeating: 0, count: n)
        for (g, members) in groups.enumerated() { for v in members { group[v] = g } }
        var alive = [Bool](repeating: true, count: m)
        var removed: [MainPathEdge] = []
        var sourceOf = [Int](repeating: 0, count: m)
        for v in 0..<n {
            for k in outOffsets[v]..<outOffsets[v + 1] {
                sourceOf[k] = v
                let w = Int(outTargets[k])
                if group[v] == group[w] && !(ageKey(v) > ageKey(w)) {
                    alive[k] = false
                    removed.append(MainPathEdge(citing: v, cited: w, spc: 0))
                }
            }
        }
        // Kahn's order on the remaining DAG, citing before cited.
        var indegree = [Int](repeating: 0, count: n)
        var outdegree = [Int](repeating: 0, count: n)
        for k in 0..<m where alive[k] { indegree[Int(outTargets[k])] += 1; outdegree[sourceOf[k]] += 1 }
        var order: [Int] = []
        order.reserveCapacity(n)
        var remaining = indegree
        for v in 0..<n where remaining[v] == 0 { order.append(v) }
        var head = 0
        while head < order.count {
            let v = order[head]; head += 1
            for k in outOffsets[v]..<outOffsets[v + 1] where alive[k] {
                let w = Int(outTargets[k])
                remaining[w] -= 1
                if remaining[w] == 0 { order.append(w) }
            }
        }
        // Paths from sources (uncited) down to v, and from v down to sinks (citing nothing).
        var up = [Double](repeating: 0, count: n)
        for v in order {
            if indegree[v] == 0 { up[v] = 1 }
            for k in outOffsets[v]..<outOffsets[v + 1] where alive[k] { up[Int(outTargets[k])] += up[v] }
        }
        var down = [Double](repeating: 0, count: n)
        for v in order.reversed() {
            if outdegree[v] == 0 { down[v] = 1; continue }
            var s = 0.0
            for k in outOffsets[v]..<outOffsets[v + 1] where alive[k] { s += down[Int(outTargets[k])] }
            down[v] = s
        }
        var spc = [Double](repeating: 0, count: m)
        for k in 0..<m where alive[k] { spc[k] = up[sourceOf[k]] * down[Int(outTargets[k])] }

        // The path, built citing → cited, then reversed to oldest first.
        var path: [Int] = []
        switch method {
        case .local:
            // Start at the best edge into a sink (an oldest document), walk towards newer citers.
            var best: Int?
            for k in 0..<m where alive[k] && outdegree[Int(outTargets[k])] == 0 {
                if best.map({ spc[k] > spc[$0] }) ?? true { best = k }
            }
            if let start = best {
                path = [Int(outTargets[start]), sourceOf[start]]
                var v = sourceOf[start]
                while true {
                    var next: Int?
                    for k in inOffsets[v]..<inOffsets[v + 1] {
                        let e = Int(inEdgeIDs[k])
                        guard alive[e] else { continue }
                        if next.map({ spc[e] > spc[$0] }) ?? true { next = e }
                    }
                    guard let e = next else { break }
                    v = sourceOf[e]
                    path.append(v)
                }
            }
        case .global:
            // gain[v]: best total SPC of a path from v to a sink; choice[v]: its first edge.
            var gain = [Double](repeating: 0, count: n)
            var choice = [Int](repeating: -1, count: n)
            for v in order.reversed() {
                for k in outOffsets[v]..<outOffsets[v + 1] where alive[k] {
                    let value = spc[k] + gain[Int(outTargets[k])]
                    if choice[v] < 0 || value > gain[v] { gain[v] = value; choice[v] = k }
                }
            }
            var start: Int?
            for v in 0..<n where indegree[v] == 0 && choice[v] >= 0 {
                if start.map({ gain[v] > gain[$0] }) ?? true { start = v }
            }
            if var v = start {
                var newestFirst = [v]
                while choice[v] >= 0 { v = Int(outTargets[choice[v]]); newestFirst.append(v) }
                path = newestFirst.reversed()
            }
        }
        var edges: [MainPathEdge] = []
        for i in stride(from: 0, to: path.count - 1, by: 1) {
            let cited = path[i], citing = path[i + 1]
            let e = edgeID(from: citing, to: cited)
            edges.append(MainPathEdge(citing: citing, cited: cited, spc: e.map { spc[$0] } ?? 0))
        }
        return MainPath(nodes: path, edges: edges, spc: spc, removedEdges: removed,
                        cycles: groups.filter { $0.count > 1 }.sorted { $0[0] < $1[0] })
    }

    /// The main path that ends at `focus`: the search path counts of this graph (typically the
    /// focus's ancestors within its series family), then from the focus back to the oldest
    /// document along the cited edge with the highest count each time. It always ends at the
    /// focus and passes only through what the focus cites, directly or through others.
    ///
    /// ```swift
    /// let path = sub.mainPath(endingAt: sub.nodeIndex["A/HRC/RES/56/1"]!)
    /// ```
    /// - Complexity: O(V + E).
    public func mainPath(endingAt focus: Int) -> MainPath {
        var result = mainPath()
        var newestFirst = [focus]
        var seen: Set<Int> = [focus]
        var v = focus
        while true {
            var best: Int?
            for k in outOffsets[v]..<outOffsets[v + 1] where result.spc[k] > 0 && !seen.contains(Int(outTargets[k])) {
                if best.map({ result.spc[k] > result.spc[$0] || (result.spc[k] == result.spc[$0] && ageKey(Int(outTargets[k])) > ageKey(Int(outTargets[$0]))) }) ?? true { best = k }
            }
            guard let k = best else { break }
            v = Int(outTargets[k])
            seen.insert(v)
            newestFirst.append(v)
        }
        let path = Array(newestFirst.reversed())
        var edges: [MainPathEdge] = []
        for i in stride(from: 0, to: path.count - 1, by: 1) {
            let cited = path[i], citing = path[i + 1]
            edges.append(MainPathEdge(citing: citing, cited: cited, spc: edgeID(from: citing, to: cited).map { result.spc[$0] } ?? 0))
        }
        result.nodes = path
        result.edges = edges
        return result
    }

    /// The nodes the focus's main path runs over: the focus and its ancestors (to `maxDepth`)
    /// that belong to its series family, kept only where the focus reaches them through each
    /// other, so that the focus is the only document nobody in the set cites. With
    /// `withinFamily` false, every ancestor.
    public func mainPathScope(of focus: Int, maxDepth: Int? = nil, withinFamily: Bool = true,
                              index: SeriesIndex? = nil) -> [Int] {
        let ancestors = ancestors(of: focus, maxDepth: maxDepth).map(\.node)
        guard withinFamily else { return [focus] + ancestors }
        let family = (index ?? seriesIndex()).family
        var allowed = Set(ancestors.filter { family[$0] == family[focus] })
        allowed.insert(focus)
        var kept: [Int] = [focus]
        var seen: Set<Int> = [focus]
        var head = 0
        while head < kept.count {
            let v = kept[head]; head += 1
            for w in successors(of: v) where allowed.contains(w) && !seen.contains(w) {
                seen.insert(w); kept.append(w)
            }
        }
        return kept
    }
}
