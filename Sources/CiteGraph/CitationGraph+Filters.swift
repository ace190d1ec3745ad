import CiteCore

extension CitationGraph {
    /// The sub-graph of the nodes and citations that pass every given filter (nil = no filter).
    ///
    /// Node filters (`bodies`, `kinds`, `years`) keep the induced sub-graph of the nodes that pass.
    /// Citation filters (`relations`, `sections`) keep only the citations that pass; an edge stays
    /// while one of its citations does, with its weight recounted. An edge without provenance
    /// (read from an edge list) is dropped by any citation filter. A node without a body fails a
    /// body filter; a node without a year fails a year filter unless `includeUndated`.
    ///
    /// ```swift
    /// let sc = graph.filtered(bodies: [.sc], relations: [.recalls, .reaffirms], years: 2000...2019)
    /// ```
    /// - Complexity: O(V + E + C).
    public func filtered(bodies: Set<Body>? = nil, kinds: Set<TargetKind>? = nil, relations: Set<Relation>? = nil,
                         sections: Set<Section>? = nil, years: ClosedRange<Int>? = nil,
                         includeUndated: Bool = false) -> CitationGraph {
        let keep = nodes.map { node -> Bool in
            if let bodies, !(node.body.map { bodies.contains($0) } ?? false) { return false }
            if let kinds, !kinds.contains(node.kind) { return false }
            if let years {
                guard let y = node.year else { return includeUndated }
                if !years.contains(y) { return false }
            }
            return true
        }
        let citationFilter: ((Citation) -> Bool)?
        if relations == nil && sections == nil {
            citationFilter = nil
        } else {
            citationFilter = { c in
                (relations?.contains(c.relation) ?? true) && (sections?.contains(c.section) ?? true)
            }
        }
        return subgraph(keeping: keep, citationFilter: citationFilter)
    }

    /// The induced sub-graph of `nodeSet` (node indices): those nodes and every edge between them.
    /// Node order stays sorted by id; indices change.
    /// - Complexity: O(V + E + C).
    public func induced(by nodeSet: some Sequence<Int>) -> CitationGraph {
        var keep = [Bool](repeating: false, count: nodeCount)
        for v in nodeSet where v >= 0 && v < nodeCount { keep[v] = true }
        return subgraph(keeping: keep, citationFilter: nil)
    }

    /// The induced sub-graph of the nodes with these ids; unknown ids are ignored.
    public func induced(byIDs ids: some Sequence<String>) -> CitationGraph {
        induced(by: ids.compactMap { nodeIndex[$0] })
    }

    func subgraph(keeping keep: [Bool], citationFilter: ((Citation) -> Bool)?) -> CitationGraph {
        var newIndex = [Int32](repeating: -1, count: nodeCount)
        var newNodes: [NodeRecord] = []
        for v in 0..<nodeCount where keep[v] {
            newIndex[v] = Int32(newNodes.count)
            newNodes.append(nodes[v])
        }
        var src: [Int32] = [], dst: [Int32] = [], w: [Double] = []
        var newDetails: [EdgeDetail] = []
        var newCitations: [Citation] = []
        // Old citation index → new, in the old (sorted) order so provenance stays sorted.
        var citationMap = [Int](repeating: -1, count: citations.count)
        var keptCitation = [Bool](repeating: false, count: citations.count)
        for v in 0..<nodeCount where keep[v] {
            for k in outOffsets[v]..<outOffsets[v + 1] where keep[Int(outTargets[k])] {
                if details.isEmpty {
                    if citationFilter != nil { continue }
                } else if let citationFilter {
                    var any = false
                    for c in details[k].citations where citationFilter(citations[c]) { keptCitation[c] = true; any = true }
                    if !any { continue }
                } else {
                    for c in details[k].citations { keptCitation[c] = true }
                }
                src.append(newIndex[v])
                dst.append(newIndex[Int(outTargets[k])])
                w.append(weight(ofEdge: k))
                if !details.isEmpty { newDetails.append(details[k]) }
            }
        }
        if !details.isEmpty {
            for c in citations.indices where keptCitation[c] {
                citationMap[c] = newCitations.count
                newCitations.append(citations[c])
            }
            for e in newDetails.indices {
                let old = newDetails[e].citations.filter { keptCitation[$0] }
                var relations: [RelationCount] = []
                var sections: [Section] = []
                for c in old {
                    let cit = citations[c]
                    if let r = relations.firstIndex(where: { $0.relation == cit.relation }) {
                        relations[r].count += 1
                    } else {
                        relations.append(RelationCount(relation: cit.relation, count: 1))
                    }
                    if !sections.contains(cit.section) { sections.append(cit.section) }
                }
                newDetails[e] = EdgeDetail(relations: relations, sections: sections, citations: old.map { citationMap[$0] })
                w[e] = Double(old.count)
            }
        }
        var result = CitationGraph(nodes: newNodes, sortedSources: src, targets: dst, weights: w, details: newDetails,
                                   citations: newCitations, droppedSelfCitations: droppedSelfCitations)
        result.texts = texts
        return result
    }
}
