import CiteCore

/// The citation graph: nodes with attributes, merged weighted edges citing → cited, and every
/// citation kept as provenance.
///
/// A value type with Int node indices (`nodeIndex` maps a symbol to its index) and compressed
/// (CSR) out- and in-adjacency. Nodes are sorted by id; edges by (source, target); an edge's
/// id is its position in that order.
///
/// ```swift
/// let graph = CitationGraph(nodes: documents, citations: citations)
/// let i = graph.nodeIndex["S/RES/1325 (2000)"]!
/// let citers = graph.predecessors(of: i).map { graph.nodes[$0].id }
/// ```
public struct CitationGraph: Sendable {
    /// Node attributes, sorted by id; a node's index is its position here.
    public internal(set) var nodes: [NodeRecord]
    /// Symbol → node index.
    public internal(set) var nodeIndex: [String: Int]
    /// Every citation behind the edges (self-citations excepted), sorted by citing symbol, then
    /// span, then target. `CitationEdge.citations` indexes this array.
    public internal(set) var citations: [Citation]
    /// Citations of a document by itself, left out of the graph.
    public internal(set) var droppedSelfCitations: Int

    /// CSR out-adjacency: the targets of node `v` are `outTargets[outOffsets[v]..<outOffsets[v+1]]`,
    /// ascending; the edge id of `outTargets[k]` is `k`.
    var outOffsets: [Int]
    var outTargets: [Int32]
    /// CSR in-adjacency, sources ascending; `inEdgeIDs[k]` is the edge id of `inSources[k]`.
    var inOffsets: [Int]
    var inSources: [Int32]
    var inEdgeIDs: [Int32]
    /// Edge weights by edge id; empty when every weight is 1.
    var weights: [Double]
    /// Edge details by edge id; empty for a graph read from an edge list.
    var details: [EdgeDetail]
    /// Ids read as another node's id ("S/RES/1882 read as S/RES/1882 (2009)"), one line each.
    public internal(set) var identityNotes: [String] = []
    /// Paragraphs of the documents whose text is known, by symbol (for lineage's text similarity).
    public internal(set) var texts: [String: [ParagraphText]] = [:]
    /// Each node's place in its numbering (`SymbolChronology.sequence`), from the symbol its
    /// `NodeRecord` parsed.
    var sequences: [SymbolChronology.Sequence?] = []

    /// An empty graph.
    public init() {
        self.init(nodes: [], sortedSources: [], targets: [], weights: [], details: [], citations: [],
                  droppedSelfCitations: 0)
    }

    /// Builds the CSR arrays from edges already sorted by (source, target) without duplicates.
    init(nodes: [NodeRecord], sortedSources: [Int32], targets: [Int32], weights: [Double],
         details: [EdgeDetail], citations: [Citation], droppedSelfCitations: Int) {
        let n = nodes.count
        let m = targets.count
        self.nodes = nodes
        var index = [String: Int](minimumCapacity: n)
        for (i, node) in nodes.enumerated() { index[node.id] = i }
        self.nodeIndex = index
        self.sequences = nodes.map { $0.symbol.flatMap(SymbolChronology.sequence(of:)) }
        self.citations = citations
        self.droppedSelfCitations = droppedSelfCitations
        self.weights = weights.allSatisfy { $0 == 1 } ? [] : weights
        self.details = details

        var outOffsets = [Int](repeating: 0, count: n + 1)
        var inOffsets = [Int](repeating: 0, count: n + 1)
        for k in 0..<m {
            outOffsets[Int(sortedSources[k]) + 1] += 1
            inOffsets[Int(targets[k]) + 1] += 1
        }
        for v in 0..<n {
            outOffsets[v + 1] += outOffsets[v]
            inOffsets[v + 1] += inOffsets[v]
        }
        var inSources = [Int32](repeating: 0, count: m)
        var inEdgeIDs = [Int32](repeating: 0, count: m)
        var cursor = inOffsets
        for k in 0..<m {
            let t = Int(targets[k])
            let slot = cursor[t]
            cursor[t] += 1
            inSources[slot] = sortedSources[k]
            inEdgeIDs[slot] = Int32(k)
        }
        self.outOffsets = outOffsets
        self.outTargets = targets
        self.inOffsets = inOffsets
        self.inSources = inSources
        self.inEdgeIDs = inEdgeIDs
    }

    // MARK: - Size and lookup

    public var nodeCount: Int { nodes.count }
    public var edgeCount: Int { outTargets.count }

    /// Index of a node, or `GraphError.unknownNode`.
    public func index(of id: String) throws(GraphError) -> Int {
        guard let i = nodeIndex[id] else { throw .unknownNode(id) }
        return i
    }

    /// Whether some edge weight differs from 1.
    public var isWeighted: Bool { !weights.isEmpty }

    /// Whether the edges carry provenance (relations, sections, citations).
    public var hasProvenance: Bool { !details.isEmpty || outTargets.isEmpty }

    // MARK: - Adjacency

    /// Nodes that `v` cites, ascending.
    public func successors(of v: Int) -> [Int] { outTargets[outOffsets[v]..<outOffsets[v + 1]].map { Int($0) } }

    /// Nodes that cite `v`, ascending.
    public func predecessors(of v: Int) -> [Int] { inSources[inOffsets[v]..<inOffsets[v + 1]].map { Int($0) } }

    /// Ids of the edges leaving `v` (their targets ascending).
    public func outEdgeIDs(of v: Int) -> Range<Int> { outOffsets[v]..<outOffsets[v + 1] }

    /// Ids of the edges entering `v` (their sources ascending).
    public func inEdgeIDs(of v: Int) -> [Int] { inEdgeIDs[inOffsets[v]..<inOffsets[v + 1]].map { Int($0) } }

    public func outDegree(of v: Int) -> Int { outOffsets[v + 1] - outOffsets[v] }
    public func inDegree(of v: Int) -> Int { inOffsets[v + 1] - inOffsets[v] }

    /// The id of the edge `source → target`, if there is one.
    /// - Complexity: O(log outdegree(source)).
    public func edgeID(from source: Int, to target: Int) -> Int? {
        var lo = outOffsets[source]
        var hi = outOffsets[source + 1]
        let t = Int32(target)
        while lo < hi {
            let mid = (lo + hi) / 2
            if outTargets[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        return lo < outOffsets[source + 1] && outTargets[lo] == t ? lo : nil
    }

    /// Source node of edge `id`.
    /// - Complexity: O(log V).
    public func source(ofEdge id: Int) -> Int {
        var lo = 0
        var hi = nodes.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if outOffsets[mid] <= id { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    public func target(ofEdge id: Int) -> Int { Int(outTargets[id]) }

    public func weight(ofEdge id: Int) -> Double { weights.isEmpty ? 1 : weights[id] }

    /// The merged edge `id` with its relations, sections and provenance.
    public func edge(_ id: Int) -> CitationEdge {
        edge(id, source: source(ofEdge: id))
    }

    func edge(_ id: Int, source: Int) -> CitationEdge {
        let d = details.isEmpty ? nil : details[id]
        return CitationEdge(id: id, source: source, target: Int(outTargets[id]), weight: weight(ofEdge: id),
                            relations: d?.relations ?? [], sections: d?.sections ?? [], citations: d?.citations ?? [])
    }

    /// Every edge in id order (by source, then target).
    /// - Complexity: O(V + E).
    public var edges: [CitationEdge] {
        var out: [CitationEdge] = []
        out.reserveCapacity(edgeCount)
        for v in 0..<nodeCount {
            for k in outOffsets[v]..<outOffsets[v + 1] { out.append(edge(k, source: v)) }
        }
        return out
    }

    /// Total weight of the edges leaving each node (the out-degree when unweighted).
    func outWeights(weighted: Bool) -> [Double] {
        let n = nodeCount
        var w = [Double](repeating: 0, count: n)
        if !weighted || weights.isEmpty {
            for v in 0..<n { w[v] = Double(outOffsets[v + 1] - outOffsets[v]) }
        } else {
            for v in 0..<n {
                var s = 0.0
                for k in outOffsets[v]..<outOffsets[v + 1] { s += weights[k] }
                w[v] = s
            }
        }
        return w
    }

    /// Weights aligned with `inSources` (empty when every weight is 1).
    func inWeights() -> [Double] {
        guard !weights.isEmpty else { return [] }
        return inEdgeIDs.map { weights[Int($0)] }
    }
}
