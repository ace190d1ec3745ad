import CiteCore

/// One step of a series: `successor` continues `predecessor`.
public struct SeriesLink: Hashable, Sendable, Codable {
    public var predecessor: Int
    public var successor: Int
    /// The member whose citations named the predecessor: `successor` itself, or a later member
    /// when the successor's own citations are unknown or name no earlier member (`inferred`).
    public var evidence: Int
    public var inferred: Bool
    public var topic: TopicEvidence
}

/// The series of a resolution: its predecessors back to the first member and its successors
/// forward to the latest.
public struct Series: Sendable {
    /// The node asked about.
    public var node: Int
    /// Oldest first; contains `node`.
    public var members: [Int]
    /// One link per consecutive pair of `members`, oldest first.
    public var links: [SeriesLink]
}

extension CitationGraph {
    /// Candidates whose topic evidence is within this much of the strongest count as equally
    /// strong, and the most recent of them is the predecessor.
    static let seriesStrengthBand = 0.3

    /// The series of `node`, oldest → newest.
    ///
    /// The predecessor of a resolution is the most recent EARLIER resolution of the same body and
    /// kind that it cites and that shares its topic (`topic(_:_:)`: title words, agenda item,
    /// subjects, shared references); among those, the ones it recalls or reaffirms are preferred,
    /// and one with the same title (a yearly series) before a related one-off resolution.
    /// "The most recent one it recalls" alone is not enough: resolutions also recall unrelated
    /// recent resolutions. When a member's own citations name no predecessor (its citations are
    /// unknown, or were not read), the citations of the later members are searched instead
    /// (`SeriesLink.inferred`). Forward, the successor is the earliest later resolution citing
    /// the current one whose own chain of predecessors leads back to it.
    ///
    /// ```swift
    /// let s = graph.series(of: graph.nodeIndex["S/RES/2467 (2019)"]!)
    /// s.members.map { graph.nodes[$0].id }  // ["S/RES/1325 (2000)", …, "S/RES/2493 (2019)"]
    /// ```
    /// - Complexity: O(L × c × d) for a series of L members citing c candidates of degree d.
    public func series(of node: Int) -> Series {
        // Forward first: the later members are evidence for the earlier ones.
        var forward: [SeriesLink] = []
        var seen: Set<Int> = [node]
        var current = node
        while let step = successorSegment(after: current, excluding: seen) {
            forward += step
            for link in step { seen.insert(link.successor) }
            current = forward[forward.count - 1].successor
        }
        let later = forward.map(\.successor)
        let back = predecessorChain(from: node, stopBefore: nil, later: later, excluding: Set(later))
        let members = back.map(\.predecessor).reversed() + [node] + later
        return Series(node: node, members: members, links: back.reversed() + forward)
    }

    /// The series of the node with this id, as ids oldest → newest.
    public func series(ofID id: String) throws(GraphError) -> [String] {
        series(of: try index(of: id)).members.map { nodes[$0].id }
    }

    /// The direct predecessor of `node` named by `evidence`'s citations (nil if none qualifies).
    public func predecessor(of node: Int, citedBy evidence: Int? = nil) -> SeriesLink? {
        let e = evidence ?? node
        var best: (candidate: Int, preferred: Bool, topic: TopicEvidence)?
        var anyPreferred = false
        var qualified: [(candidate: Int, preferred: Bool, topic: TopicEvidence)] = []
        for k in outOffsets[e]..<outOffsets[e + 1] {
            let c = Int(outTargets[k])
            guard c != node, isSeriesCandidate(c, for: node), isOlder(c, than: node) == true else { continue }
            let t = topic(node, c)
            guard t.sharesTopic else { continue }
            let preferred = details.isEmpty ? false : details[k].relations.contains {
                $0.relation == .recalls || $0.relation == .reaffirms
            }
            anyPreferred = anyPreferred || preferred
            qualified.append((c, preferred, t))
        }
        // The strongest topic evidence wins; among candidates about as strong (within `seriesStrengthBand`),
        // the most recent: a yearly series steps to last year's text, not to one of ten years ago,
        // and a resolution that also reaffirms a neighbouring agenda's text stays in its own series.
        func strength(_ t: TopicEvidence) -> Double {
            let direct = (t.title ?? t.agenda ?? t.subjects ?? t.references) != nil ? t.score : 0
            // Being cited together counts once three or more later documents say so.
            let together = t.coCitingDocuments >= 3 ? (t.coCitation ?? 0) : 0
            return direct + together
        }
        // A candidate with the same title continues a yearly series before any related one-off
        // ("International Day of Combating Sand and Dust Storms" is not the predecessor of
        // "Combating sand and dust storms").
        let sameTitle = qualified.contains { hasSameTitle(node, $0.candidate) }
        for q in qualified where (!anyPreferred || q.preferred) && (!sameTitle || hasSameTitle(node, q.candidate)) {
            if let b = best {
                let sq = strength(q.topic), sb = strength(b.topic)
                if sq > sb + Self.seriesStrengthBand { best = q; continue }
                if sb > sq + Self.seriesStrengthBand { continue }
                let newer = isOlder(b.candidate, than: q.candidate) ?? (ageKey(q.candidate) > ageKey(b.candidate))
                if newer { best = q }
            } else {
                best = q
            }
        }
        guard let best else { return nil }
        return SeriesLink(predecessor: best.candidate, successor: node, evidence: e, inferred: e != node, topic: best.topic)
    }

    /// Walks back from `start`; each link newest first. Stops at `stopBefore` once a member is
    /// not newer than it.
    /// `later`: members after `start`, nearest (oldest) first; their citations are searched after its own.
    func predecessorChain(from start: Int, stopBefore limit: Int?, later known: [Int] = [],
                          excluding excluded: Set<Int> = []) -> [SeriesLink] {
        var chain: [SeriesLink] = []
        var later: [Int] = known  // members after the current one, nearest first
        var current = start
        var seen = excluded.union([start])
        while true {
            if let limit, current == limit || isOlder(current, than: limit) == true { break }
            var link: SeriesLink?
            for e in [current] + later {
                link = predecessor(of: current, citedBy: e)
                if link != nil { break }
            }
            guard let found = link, !seen.contains(found.predecessor) else { break }
            chain.append(found)
            seen.insert(found.predecessor)
            later.insert(current, at: 0)
            current = found.predecessor
        }
        return chain
    }

    /// The members after `current` up to its earliest later continuation, oldest first.
    func successorSegment(after current: Int, excluding seen: Set<Int>) -> [SeriesLink]? {
        var candidates: [Int] = []
        for k in inOffsets[current]..<inOffsets[current + 1] {
            let s = Int(inSources[k])
            guard !seen.contains(s), isSeriesCandidate(s, for: current), isOlder(current, than: s) == true,
                  topic(current, s).sharesTopic else { continue }
            candidates.append(s)
        }
        // Same title first (the yearly series), then oldest first.
        candidates.sort { a, b in
            let ta = hasSameTitle(current, a), tb = hasSameTitle(current, b)
            if ta != tb { return ta }
            return isOlder(a, than: b) ?? (ageKey(a) < ageKey(b))
        }
        for s in candidates {
            let chain = predecessorChain(from: s, stopBefore: current)
            guard let last = chain.last, last.predecessor == current else { continue }
            if chain.contains(where: { seen.contains($0.successor) }) { continue }
            return chain.reversed()
        }
        return nil
    }

    /// Whether both titles are known and carry the same content words (Jaccard ≥ 0.9).
    func hasSameTitle(_ a: Int, _ b: Int) -> Bool {
        guard let x = nodes[a].title, let y = nodes[b].title else { return false }
        return (TopicText.jaccard(TopicText.words(x), TopicText.words(y)) ?? 0) >= 0.9
    }

    /// Same kind and same body (as recorded, or as the symbol shows).
    func isSeriesCandidate(_ c: Int, for node: Int) -> Bool {
        let x = nodes[node], y = nodes[c]
        guard x.kind == y.kind, x.kind == .resolution || x.kind == .decision else { return false }
        let bx = x.body ?? SymbolChronology.body(of: x.id)
        let by = y.body ?? SymbolChronology.body(of: y.id)
        return bx != nil && bx == by
    }
}
