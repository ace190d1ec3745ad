import CiteCore

extension CitationGraph {
    /// Builds the graph of `nodes` and the edges of `citations`.
    ///
    /// Several citations of one target by one document become one edge whose weight is their
    /// count; all stay in `citations` as provenance. A symbol cited but missing from `nodes`
    /// becomes an external node (kind and body from the citation; `inCorpus` false). A citation
    /// of a document by itself is dropped and counted in `droppedSelfCitations`. When `nodes`
    /// holds one id twice the first record is kept.
    ///
    /// ```swift
    /// let graph = CitationGraph(nodes: [NodeRecord(id: "A/RES/74/174", kind: .resolution, body: .ga)],
    ///                           citations: extracted)
    /// ```
    /// - Complexity: O(V log V + C log C) for V nodes and C citations.
    public init(nodes: [NodeRecord], citations given: [Citation]) {
        // One document, one node: instruments adopted by a resolution and Security Council
        // numbers without (or with a mistyped) year take the canonical id.
        let identity = IdentityResolution(nodes: nodes, citations: given)
        var citations = given
        if !identity.isEmpty {
            for i in citations.indices {
                let target = identity.id(citations[i].target)
                if target != citations[i].target {
                    citations[i].target = target
                    citations[i].targetKind = Symbols.kind(ofSymbol: target)
                    citations[i].body = Symbols.body(ofSymbol: target)
                }
                citations[i].citing = identity.id(citations[i].citing)
            }
        }
        var records: [String: NodeRecord] = [:]
        records.reserveCapacity(nodes.count)
        for node in nodes where records[node.id] == nil && identity.canonical[node.id] == nil { records[node.id] = node }

        var kept: [Citation] = []
        kept.reserveCapacity(citations.count)
        var selfCitations = 0
        for c in citations {
            if c.citing == c.target { selfCitations += 1; continue }
            kept.append(c)
            if records[c.target] == nil {
                records[c.target] = .external(id: c.target, kind: c.targetKind, body: c.body, date: c.date, title: c.title)
            }
            if records[c.citing] == nil { records[c.citing] = .external(id: c.citing) }
        }
        // Provenance in a fixed order, whatever order the caller gave.
        let order = kept.indices.sorted { a, b in
            let x = kept[a], y = kept[b]
            if x.citing != y.citing { return x.citing < y.citing }
            let sx = x.span.lowerBound, sy = y.span.lowerBound
            if sx != sy { return sx < sy }
            if x.target != y.target { return x.target < y.target }
            return a < b
        }
        let provenance = order.map { kept[$0] }

        for (id, names) in identity.aliases {
            guard var record = records[id] else { continue }
            record.aliases = names
            if record.title == nil { record.title = names.first }
            records[id] = record
        }
        let sortedNodes = records.values.sorted { $0.id < $1.id }
        var index = [String: Int](minimumCapacity: sortedNodes.count)
        for (i, node) in sortedNodes.enumerated() { index[node.id] = i }

        var src = [Int32]()
        var dst = [Int32]()
        src.reserveCapacity(provenance.count)
        dst.reserveCapacity(provenance.count)
        for c in provenance {
            // Both ids were registered above.
            src.append(Int32(index[c.citing] ?? 0))
            dst.append(Int32(index[c.target] ?? 0))
        }
        let a = EdgeAssembly(nodeCount: sortedNodes.count, sources: src, targets: dst, pairWeights: nil)

        var details = [EdgeDetail](repeating: EdgeDetail(relations: [], sections: [], citations: []),
                                   count: a.targets.count)
        for (p, c) in provenance.enumerated() {
            let e = Int(a.pairEdge[p])
            details[e].citations.append(p)
            if let r = details[e].relations.firstIndex(where: { $0.relation == c.relation }) {
                details[e].relations[r].count += 1
            } else {
                details[e].relations.append(RelationCount(relation: c.relation, count: 1))
            }
            if !details[e].sections.contains(c.section) { details[e].sections.append(c.section) }
        }
        self.init(nodes: sortedNodes, sortedSources: a.sources, targets: a.targets, weights: a.weights,
                  details: details, citations: provenance, droppedSelfCitations: selfCitations)
        self.identityNotes = identity.notes
    }

    /// Builds a graph from `(citing, cited)` pairs of node indices into `nodes`, merging repeated
    /// pairs into one edge whose weight is the sum of theirs (1 each when `weights` is nil).
    /// Self-loops are dropped. `nodes` are used in the order given.
    /// - Complexity: O(V + E log d) for maximum out-degree d.
    public init(nodes: [NodeRecord], edges: [(citing: Int, cited: Int)], weights: [Double]? = nil) {
        var src = [Int32]()
        var dst = [Int32]()
        var w: [Double]? = weights == nil ? nil : []
        src.reserveCapacity(edges.count)
        dst.reserveCapacity(edges.count)
        for (k, e) in edges.enumerated() where e.citing != e.cited {
            src.append(Int32(e.citing))
            dst.append(Int32(e.cited))
            if let weights { w?.append(weights[k]) }
        }
        let a = EdgeAssembly(nodeCount: nodes.count, sources: src, targets: dst, pairWeights: w)
        self.init(nodes: nodes, sortedSources: a.sources, targets: a.targets, weights: a.weights, details: [],
                  citations: [], droppedSelfCitations: edges.count - src.count)
    }
}

/// Turns unsorted (source, target) pairs into edges sorted by (source, target) without
/// duplicates, remembering which edge each pair went to.
struct EdgeAssembly {
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    /// Edge id of each input pair.
    var pairEdge: [Int32] = []

    init(nodeCount n: Int, sources src: [Int32], targets dst: [Int32], pairWeights: [Double]?) {
        let m = src.count
        var offsets = [Int](repeating: 0, count: n + 1)
        for s in src { offsets[Int(s) + 1] += 1 }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        // Key = target << 32 | pair index: sorting a bucket sorts by target, then input order.
        var keys = [UInt64](repeating: 0, count: m)
        var cursor = offsets
        for p in 0..<m {
            let s = Int(src[p])
            keys[cursor[s]] = UInt64(UInt32(bitPattern: dst[p])) << 32 | UInt64(p)
            cursor[s] += 1
        }
        var outSources = [Int32]()
        var outTargets = [Int32]()
        var outWeights = [Double]()
        outSources.reserveCapacity(m)
        outTargets.reserveCapacity(m)
        outWeights.reserveCapacity(m)
        var pairEdge = [Int32](repeating: 0, count: m)
        keys.withUnsafeMutableBufferPointer { buf in
            for v in 0..<n {
                let lo = offsets[v], hi = offsets[v + 1]
                if hi - lo > 1 { buf[lo..<hi].sort() }
                var last: Int32 = -1
                for k in lo..<hi {
                    let t = Int32(truncatingIfNeeded: buf[k] >> 32)
                    let p = Int(truncatingIfNeeded: buf[k] & 0xFFFF_FFFF)
                    let w = pairWeights?[p] ?? 1
                    if t != last {
                        outSources.append(Int32(v))
                        outTargets.append(t)
                        outWeights.append(w)
                        last = t
                    } else {
                        outWeights[outWeights.count - 1] += w
                    }
                    pairEdge[p] = Int32(outTargets.count - 1)
                }
            }
        }
        self.sources = outSources
        self.targets = outTargets
        self.weights = outWeights
        self.pairEdge = pairEdge
    }
}
