/// A partition of the nodes into communities.
public struct Communities: Sendable {
    /// Community of each node (an index into `communities`).
    public var membership: [Int]
    /// Members of each community, ascending; largest community first, ties by smallest member.
    public var communities: [[Int]]
    /// A label per community: its most common subjects, else title words (stop words skipped).
    public var labels: [String]
    /// Modularity of the partition on the undirected weighted projection.
    public var modularity: Double
}

/// An undirected weighted graph in CSR form; `loops[i]` is twice the weight inside node i.
struct UndirectedWeighted {
    var offsets: [Int]
    var neighbors: [Int32]
    var weights: [Double]
    var loops: [Double]
    var count: Int { loops.count }
}

extension CitationGraph {
    /// Louvain communities of the undirected projection (the weight between u and v is the sum of
    /// the weights of u → v and v → u; all 1 when `weighted` is false). Deterministic for a given
    /// `seed`: the node visiting order of each level is a seeded shuffle.
    ///
    /// ```swift
    /// let parts = graph.communities(seed: 7)
    /// for (members, label) in zip(parts.communities, parts.labels) { print(label, members.count) }
    /// ```
    /// - Complexity: about O(E) per pass, a few passes per level, O(log V) levels in practice.
    public func communities(seed: UInt64 = 0, resolution: Double = 1, weighted: Bool = true) -> Communities {
        let n = nodeCount
        var level = undirectedProjection(weighted: weighted)
        var membership = Array(0..<n)
        var rng = SeededGenerator(seed: seed)
        var previous = modularity(of: level, partition: Array(0..<level.count), resolution: resolution)
        while true {
            let (partition, moved) = louvainLevel(level, resolution: resolution, rng: &rng)
            guard moved else { break }
            let (renumbered, groups) = renumber(partition)
            for v in 0..<n { membership[v] = renumbered[membership[v]] }
            level = aggregate(level, partition: renumbered, groups: groups)
            let q = modularity(of: level, partition: Array(0..<level.count), resolution: resolution)
            if q - previous <= 1e-7 { break }
            previous = q
        }
        // Largest first, ties by smallest member.
        var groups: [[Int]] = Array(repeating: [], count: (membership.max() ?? -1) + 1)
        for v in 0..<n { groups[membership[v]].append(v) }
        groups = groups.filter { !$0.isEmpty }.sorted { ($0.count, -$0[0]) > ($1.count, -$1[0]) }
        var final = [Int](repeating: 0, count: n)
        for (c, members) in groups.enumerated() { for v in members { final[v] = c } }
        let q = modularity(of: final, resolution: resolution, weighted: weighted)
        return Communities(membership: final, communities: groups, labels: groups.map { communityLabel($0) }, modularity: q)
    }

    /// Modularity of a partition (community per node) on the undirected weighted projection,
    /// as `nx.community.modularity` computes it on that projection.
    /// - Complexity: O(V + E).
    public func modularity(of membership: [Int], resolution: Double = 1, weighted: Bool = true) -> Double {
        modularity(of: undirectedProjection(weighted: weighted), partition: membership, resolution: resolution)
    }

    func undirectedProjection(weighted: Bool) -> UndirectedWeighted {
        let n = nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbors: [Int32] = []
        var ws: [Double] = []
        neighbors.reserveCapacity(2 * edgeCount)
        ws.reserveCapacity(2 * edgeCount)
        var scratch: [(Int32, Double)] = []
        for v in 0..<n {
            scratch.removeAll(keepingCapacity: true)
            for k in outOffsets[v]..<outOffsets[v + 1] { scratch.append((outTargets[k], weighted ? weight(ofEdge: k) : 1)) }
            for k in inOffsets[v]..<inOffsets[v + 1] {
                scratch.append((inSources[k], weighted ? weight(ofEdge: Int(inEdgeIDs[k])) : 1))
            }
            scratch.sort { $0.0 < $1.0 }
            var last: Int32 = -1
            for (w, x) in scratch {
                if w == last { ws[ws.count - 1] += x } else { neighbors.append(w); ws.append(x); last = w }
            }
            offsets[v + 1] = neighbors.count
        }
        return UndirectedWeighted(offsets: offsets, neighbors: neighbors, weights: ws, loops: [Double](repeating: 0, count: n))
    }

    func modularity(of g: UndirectedWeighted, partition: [Int], resolution: Double) -> Double {
        let n = g.count
        var degree = [Double](repeating: 0, count: n)
        var m2 = 0.0
        for i in 0..<n {
            var k = g.loops[i]
            for e in g.offsets[i]..<g.offsets[i + 1] { k += g.weights[e] }
            degree[i] = k
            m2 += k
        }
        guard m2 > 0 else { return 0 }
        var inside = [Int: Double]()
        var total = [Int: Double]()
        for i in 0..<n {
            let c = partition[i]
            total[c, default: 0] += degree[i]
            var s = g.loops[i]
            for e in g.offsets[i]..<g.offsets[i + 1] where partition[Int(g.neighbors[e])] == c { s += g.weights[e] }
            inside[c, default: 0] += s
        }
        var q = 0.0
        for c in total.keys.sorted() {
            let t = total[c] ?? 0
            q += (inside[c] ?? 0) / m2 - resolution * (t / m2) * (t / m2)
        }
        return q
    }

    /// One level of local moves; returns the community of each node and whether any node moved.
    func louvainLevel(_ g: UndirectedWeighted, resolution: Double, rng: inout SeededGenerator) -> ([Int], Bool) {
        let n = g.count
        var community = Array(0..<n)
        var degree = [Double](repeating: 0, count: n)
        var m2 = 0.0
        for i in 0..<n {
            var k = g.loops[i]
            for e in g.offsets[i]..<g.offsets[i + 1] { k += g.weights[e] }
            degree[i] = k
            m2 += k
        }
        guard m2 > 0 else { return (community, false) }
        var total = degree
        var order = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, rng.nextInt(below: i + 1)) }
        var linkTo = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var movedAny = false
        var improved = true
        while improved {
            improved = false
            for i in order {
                let own = community[i]
                touched.removeAll(keepingCapacity: true)
                for e in g.offsets[i]..<g.offsets[i + 1] {
                    let j = Int(g.neighbors[e])
                    guard j != i else { continue }
                    let c = community[j]
                    if linkTo[c] == 0 { touched.append(c) }
                    linkTo[c] += g.weights[e]
                }
                let k = degree[i]
                total[own] -= k
                var best = own
                var bestGain = linkTo[own] - resolution * total[own] * k / m2
                for c in touched where c != own {
                    let gain = linkTo[c] - resolution * total[c] * k / m2
                    if gain > bestGain + 1e-12 || (abs(gain - bestGain) <= 1e-12 && c < best && best != own) {
                        best = c
                        bestGain = gain
                    }
                }
                total[best] += k
                if best != own {
                    community[i] = best
                    improved = true
                    movedAny = true
                }
                for c in touched { linkTo[c] = 0 }
                linkTo[own] = 0
            }
        }
        return (community, movedAny)
    }

    /// Community labels renumbered 0..<k in order of first appearance; members per community.
    func renumber(_ partition: [Int]) -> ([Int], [[Int]]) {
        var map = [Int: Int]()
        var out = [Int](repeating: 0, count: partition.count)
        var groups: [[Int]] = []
        for (i, c) in partition.enumerated() {
            if let x = map[c] { out[i] = x; groups[x].append(i) } else {
                map[c] = groups.count
                out[i] = groups.count
                groups.append([i])
            }
        }
        return (out, groups)
    }

    func aggregate(_ g: UndirectedWeighted, partition: [Int], groups: [[Int]]) -> UndirectedWeighted {
        let k = groups.count
        var offsets = [Int](repeating: 0, count: k + 1)
        var neighbors: [Int32] = []
        var ws: [Double] = []
        var loops = [Double](repeating: 0, count: k)
        var acc = [Double](repeating: 0, count: k)
        var touched: [Int] = []
        for (c, members) in groups.enumerated() {
            touched.removeAll(keepingCapacity: true)
            for i in members {
                loops[c] += g.loops[i]
                for e in g.offsets[i]..<g.offsets[i + 1] {
                    let d = partition[Int(g.neighbors[e])]
                    if d == c { loops[c] += g.weights[e]; continue }
                    if acc[d] == 0 { touched.append(d) }
                    acc[d] += g.weights[e]
                }
            }
            touched.sort()
            for d in touched { neighbors.append(Int32(d)); ws.append(acc[d]); acc[d] = 0 }
            offsets[c + 1] = neighbors.count
        }
        return UndirectedWeighted(offsets: offsets, neighbors: neighbors, weights: ws, loops: loops)
    }

    /// The most common subjects of the members (terms found in more than half of all nodes with
    /// subjects are skipped as too general), else the most common title words; else the most
    /// cited member's id.
    func communityLabel(_ members: [Int]) -> String {
        var counts = [String: Int]()
        for v in members {
            for s in Set(nodes[v].subjects.map(TopicText.subject)) where !s.isEmpty { counts[s, default: 0] += 1 }
        }
        if !counts.isEmpty {
            let general = generalSubjects()
            let top = counts.filter { !general.contains($0.key) }
                .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .prefix(3).map(\.key)
            if !top.isEmpty { return top.joined(separator: ", ") }
        }
        var words = [String: Int]()
        for v in members {
            if let t = nodes[v].title { for w in TopicText.words(t) where w.count >= 3 { words[w, default: 0] += 1 } }
        }
        if !words.isEmpty {
            return words.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map(\.key).joined(separator: ", ")
        }
        let hub = members.max { (inDegree(of: $0), -$0) < (inDegree(of: $1), -$1) }
        return hub.map { nodes[$0].id } ?? ""
    }

    func generalSubjects() -> Set<String> {
        var df = [String: Int]()
        var withSubjects = 0
        for node in nodes where !node.subjects.isEmpty {
            withSubjects += 1
            for s in Set(node.subjects.map(TopicText.subject)) { df[s, default: 0] += 1 }
        }
        guard withSubjects >= 10 else { return [] }
        return Set(df.filter { Double($0.value) > 0.5 * Double(withSubjects) }.keys)
    }
}
