import CiteCore

/// One step of a series: `successor` continues `predecessor`.
public struct SeriesLink: Hashable, Sendable, Codable {
    public var predecessor: Int
    public var successor: Int
    /// The document whose citations name the predecessor: `successor` itself, or a later document
    /// that lists the two together when the successor's own citations are unknown (`inferred`).
    public var citedBy: Int
    public var inferred: Bool
    public var evidence: SeriesEvidence
}

/// The series of a resolution: one chain of the decomposition, oldest first.
public struct Series: Sendable {
    /// The node asked about.
    public var node: Int
    /// Oldest first; contains `node`.
    public var members: [Int]
    /// One link per consecutive pair of `members`, oldest first.
    public var links: [SeriesLink]
}

/// Every resolution's place in one decomposition of the graph into series: at most one
/// predecessor and one successor each, so the series of any member is the same chain.
public struct SeriesIndex: Sendable {
    /// The chosen link into each node (its predecessor), by node index.
    public internal(set) var incoming: [SeriesLink?]
    /// The successor of each node, by node index.
    public internal(set) var successor: [Int?]
    /// Family of each node: the index of the first member of the family's root series (itself
    /// for a node in no series).
    public internal(set) var family: [Int]
    /// Every scored candidate link, direct ones best first, then inferred ones (for `--explain` and evaluation).
    public internal(set) var candidates: [SeriesLink]

    /// The chain through `node`, oldest first.
    public func series(of node: Int) -> Series {
        // Each node once: a cycle (which the decomposition should never make) ends the walk.
        var seen: Set<Int> = [node]
        var back: [SeriesLink] = []
        var v = node
        while let link = incoming[v], seen.insert(link.predecessor).inserted {
            back.append(link); v = link.predecessor
        }
        var forward: [SeriesLink] = []
        v = node
        while let next = successor[v], let link = incoming[next], seen.insert(next).inserted {
            forward.append(link); v = next
        }
        let members = back.reversed().map(\.predecessor) + [node] + forward.map(\.successor)
        return Series(node: node, members: members, links: back.reversed() + forward)
    }

    /// The predecessor link of `node`, if it has one.
    public func predecessor(of node: Int) -> SeriesLink? { incoming[node] }

    /// First members of every chain, ascending.
    public var heads: [Int] {
        incoming.indices.filter { incoming[$0] == nil && successor[$0] != nil }
    }
}

extension CitationGraph {
    /// The series of `node`, oldest → newest: its chain in `seriesIndex()`.
    ///
    /// ```swift
    /// let s = graph.series(of: graph.nodeIndex["S/RES/2467 (2019)"]!)
    /// s.members.map { graph.nodes[$0].id }  // ["S/RES/1325 (2000)", …, "S/RES/2493 (2019)"]
    /// ```
    /// - Complexity: that of `seriesIndex()`; compute the index once to ask about many nodes.
    public func series(of node: Int) -> Series {
        seriesIndex().series(of: node)
    }

    /// The series of the node with this id, as ids oldest → newest.
    public func series(ofID id: String) throws(GraphError) -> [String] {
        series(of: try index(of: id)).members.map { nodes[$0].id }
    }

    /// The direct predecessor of `node` in the decomposition (nil if it starts its series).
    public func predecessor(of node: Int) -> SeriesLink? { seriesIndex().incoming[node] }

    /// Decomposes the resolutions and decisions into series.
    ///
    /// Every pair (resolution R → an earlier resolution C of the same body and kind that R cites)
    /// is a candidate, scored on evidence every input has (`SeriesEvidence`): how alike the two
    /// texts are (TF-IDF cosine; for C outside the corpus, what the citing texts say of it), where
    /// and how R cites C (first paragraph, alone or "in particular", recalls/reaffirms, operative),
    /// how recent C is among R's candidates, titles when both have one, shared references. A
    /// resolution whose own citations are unknown takes candidates from the later documents that
    /// list it with earlier ones (`inferred`). The links are then chosen globally, best score
    /// first, so that every resolution has at most one predecessor and one successor; a candidate
    /// below `SeriesModel.threshold` is never chosen. Series whose first member's best candidate
    /// continues another series form one family with it.
    /// - Complexity: O(E · d + T) for E candidate pairs of profile length d and T text bytes.
    public func seriesIndex() -> SeriesIndex {
        let profiles = textProfiles()
        var scored: [SeriesLink] = []
        var scratch: [Float] = []
        var lists: [Int: DocumentLists] = [:]
        for r in 0..<nodeCount where isLineageKind(r) {
            scored += seriesCandidates(of: r, profiles: profiles, scratch: &scratch, lists: &lists)
        }
        // A resolution's own citations decide before what later lists suggest: direct links take
        // their places first, inferred ones fill what is left.
        scored.sort { a, b in
            if a.inferred != b.inferred { return !a.inferred }
            if a.evidence.score != b.evidence.score { return a.evidence.score > b.evidence.score }
            if a.successor != b.successor { return a.successor < b.successor }
            return a.predecessor < b.predecessor
        }
        var incoming = [SeriesLink?](repeating: nil, count: nodeCount)
        var successor = [Int?](repeating: nil, count: nodeCount)
        func place(inferred: Bool) {
            for link in scored where link.inferred == inferred && link.evidence.score >= SeriesModel.threshold {
                guard incoming[link.successor] == nil, successor[link.predecessor] == nil else { continue }
                incoming[link.successor] = link
                successor[link.predecessor] = link.successor
            }
        }
        // The Council's mandates first: consecutive texts renewing one mission or regime are steps
        // of one chain however unlike their texts read (a one-paragraph technical rollover and the
        // full renewal before it).
        let keying = seriesKeying()
        for link in mandateLinks(keys: keying.keys, repeated: keying.repeated, scored: scored, profiles: profiles) {
            guard incoming[link.successor] == nil, successor[link.predecessor] == nil else { continue }
            incoming[link.successor] = link
            successor[link.predecessor] = link.successor
        }
        place(inferred: false)
        insertLeftOut(scored, incoming: &incoming, successor: &successor)
        place(inferred: true)
        // Families: a chain's first member whose best candidate belongs to another chain is a branch of it.
        var parent = Array(0..<nodeCount)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            guard ra != rb else { return }
            // The older root stays the family's name.
            if ageKey(ra) < ageKey(rb) { parent[rb] = ra } else { parent[ra] = rb }
        }
        for v in 0..<nodeCount { if let link = incoming[v] { union(link.predecessor, v) } }
        var bestOf: [Int: SeriesLink] = [:]
        for link in scored where bestOf[link.successor] == nil { bestOf[link.successor] = link }
        for v in 0..<nodeCount where incoming[v] == nil {
            guard let best = bestOf[v], best.evidence.score >= SeriesModel.familyThreshold else { continue }
            union(best.predecessor, v)
        }
        var family = [Int](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount { family[v] = find(v) }
        return SeriesIndex(incoming: incoming, successor: successor, family: family, candidates: scored)
    }

    /// Puts back a resolution the best-first choice left alone between two members: when x has
    /// neither predecessor nor successor, p → s was chosen, and p → x and x → s are candidates
    /// each scoring `SeriesModel.insertionShare` of p → s at least, the chain becomes p → x → s. Two texts of one
    /// mission adopted close together (a technical rollover and the full renewal), or a resolution
    /// of a thematic series that reads unlike the next one, keep their place in the chain.
    func insertLeftOut(_ scored: [SeriesLink], incoming: inout [SeriesLink?], successor: inout [Int?]) {
        var direct: [Int: [SeriesLink]] = [:]   // candidates by successor, best first (as in `scored`)
        for link in scored where !link.inferred && link.evidence.score >= SeriesModel.threshold {
            direct[link.successor, default: []].append(link)
        }
        for x in 0..<nodeCount where incoming[x] == nil && successor[x] == nil {
            guard let own = direct[x] else { continue }
            var best: (into: SeriesLink, out: SeriesLink, gain: Double)?
            for toP in own {
                let p = toP.predecessor
                guard let s = successor[p], let current = incoming[s], !current.inferred, current.evidence.mandate == nil else { continue }
                guard let toX = direct[s]?.first(where: { $0.predecessor == x }) else { continue }
                // Both new links about as strong as the one they replace: a one-off text that cites
                // the series and is cited by its next member is a branch, not a step.
                let floor = SeriesModel.insertionShare * current.evidence.score
                guard toP.evidence.score >= floor, toX.evidence.score >= floor else { continue }
                let gain = toP.evidence.score + toX.evidence.score - current.evidence.score
                if gain > 0 && gain > (best?.gain ?? 0) { best = (toP, toX, gain) }
            }
            guard let (toP, toX, _) = best else { continue }
            incoming[x] = toP
            successor[toP.predecessor] = x
            incoming[toX.successor] = toX
            successor[x] = toX.successor
        }
    }

    /// Whether `v` can be in a series: a resolution or decision of a known body.
    func isLineageKind(_ v: Int) -> Bool {
        let n = nodes[v]
        guard n.kind == .resolution || n.kind == .decision else { return false }
        return (n.body ?? SymbolChronology.body(of: n.id)) != nil
    }

    /// Same kind and same body (as recorded, or as the symbol shows).
    func isSeriesCandidate(_ c: Int, for node: Int) -> Bool {
        // Fields read in place: a copy of the node record costs more than the comparison.
        guard nodes[node].kind == nodes[c].kind, nodes[node].kind == .resolution || nodes[node].kind == .decision else { return false }
        let bx = nodes[node].body ?? SymbolChronology.body(of: nodes[node].id)
        let by = nodes[c].body ?? SymbolChronology.body(of: nodes[c].id)
        return bx != nil && bx == by
    }
}
