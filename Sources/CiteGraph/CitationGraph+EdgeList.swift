import CiteCore
import Foundation

extension CitationGraph {
    /// Reads a plain edge list: one `citing<TAB>cited` per line, an optional third column with a
    /// numeric weight, `#` comment lines, blank lines and a first line `citing<TAB>cited` ignored. A line without a tab may
    /// separate its fields by spaces (then ids cannot contain spaces). Repeated pairs merge into
    /// one edge whose weight is their sum; self-loops are dropped. Every node is external
    /// (`inCorpus` false), kind and body as its symbol shows.
    ///
    /// ```swift
    /// let graph = try CitationGraph.readEdgeList(path: "edges.tsv")
    /// let ranks = try graph.pageRank()
    /// ```
    /// - Complexity: O(L + V log V) for a file of L bytes.
    public static func readEdgeList(path: String) throws(GraphError) -> CitationGraph {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "cannot be read")
        }
        let result = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<CitationGraph, GraphError> in
            Result { () throws(GraphError) in try CitationGraph(edgeListBytes: raw.bindMemory(to: UInt8.self), source: path) }
        }
        return try result.get()
    }

    /// Parses edge-list text (see `readEdgeList(path:)`); `source` names it in errors.
    public init(edgeList text: String, source: String = "<edge list>") throws(GraphError) {
        var text = text
        let result = text.withUTF8 { bytes -> Result<CitationGraph, GraphError> in
            Result { () throws(GraphError) in try CitationGraph(edgeListBytes: bytes, source: source) }
        }
        self = try result.get()
    }

    init(edgeListBytes bytes: UnsafeBufferPointer<UInt8>, source: String) throws(GraphError) {
        var ids: [String] = []
        var lookup: [String: Int32] = [:]
        var src: [Int32] = []
        var dst: [Int32] = []
        var pairWeights: [Double] = []
        var anyWeight = false
        let tab: UInt8 = 9, newline: UInt8 = 10, cr: UInt8 = 13, space: UInt8 = 32, hash: UInt8 = 35

        func intern(_ lo: Int, _ hi: Int) -> Int32 {
            let id = String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
            if let i = lookup[id] { return i }
            let i = Int32(ids.count)
            ids.append(id)
            lookup[id] = i
            return i
        }
        func isHeader(_ a: (Int, Int), _ b: (Int, Int)) -> Bool {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[a.0..<a.1]), as: UTF8.self) == "citing"
                && String(decoding: UnsafeBufferPointer(rebasing: bytes[b.0..<b.1]), as: UTF8.self) == "cited"
        }
        func trimmed(_ lo: Int, _ hi: Int) -> (Int, Int) {
            var a = lo, b = hi
            while a < b && (bytes[a] == space || bytes[a] == tab) { a += 1 }
            while b > a && (bytes[b - 1] == space || bytes[b - 1] == tab || bytes[b - 1] == cr) { b -= 1 }
            return (a, b)
        }

        var lineNumber = 0
        var start = 0
        let count = bytes.count
        while start < count {
            lineNumber += 1
            var end = start
            var hasTab = false
            while end < count && bytes[end] != newline {
                if bytes[end] == tab { hasTab = true }
                end += 1
            }
            defer { start = end + 1 }
            let (a, b) = trimmed(start, end)
            if a == b || bytes[a] == hash { continue }
            // Field boundaries.
            var fields: [(Int, Int)] = []
            if hasTab {
                var f = start
                for k in start...end where k == end || bytes[k] == tab {
                    let (x, y) = trimmed(f, k)
                    fields.append((x, y))
                    f = k + 1
                }
                while let last = fields.last, last.0 == last.1, fields.count > 2 { fields.removeLast() }
            } else {
                var k = a
                while k < b {
                    while k < b && bytes[k] == space { k += 1 }
                    let f = k
                    while k < b && bytes[k] != space { k += 1 }
                    if f < k { fields.append((f, k)) }
                }
            }
            guard fields.count == 2 || fields.count == 3 else {
                throw .malformedEdgeLine(path: source, line: lineNumber,
                                         reason: "expected citing<TAB>cited[<TAB>weight], found \(fields.count) field(s)")
            }
            guard fields[0].0 < fields[0].1, fields[1].0 < fields[1].1 else {
                throw .malformedEdgeLine(path: source, line: lineNumber, reason: "empty node id")
            }
            var w = 1.0
            if fields.count == 3 {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[2].0..<fields[2].1]), as: UTF8.self)
                guard let value = Double(text), value.isFinite, value >= 0 else {
                    throw .malformedEdgeLine(path: source, line: lineNumber, reason: "weight '\(text)' is not a non-negative number")
                }
                w = value
                anyWeight = true
            }
            if src.isEmpty && isHeader(fields[0], fields[1]) { continue }
            let s = intern(fields[0].0, fields[0].1)
            let t = intern(fields[1].0, fields[1].1)
            src.append(s)
            dst.append(t)
            pairWeights.append(w)
        }

        // Renumber so that node order is sorted by id.
        let order = ids.indices.sorted { ids[$0] < ids[$1] }
        var rank = [Int32](repeating: 0, count: ids.count)
        for (r, old) in order.enumerated() { rank[old] = Int32(r) }
        let nodes = order.map { NodeRecord.external(id: ids[$0]) }
        var edges: [(citing: Int, cited: Int)] = []
        edges.reserveCapacity(src.count)
        for k in 0..<src.count { edges.append((Int(rank[Int(src[k])]), Int(rank[Int(dst[k])]))) }
        self.init(nodes: nodes, edges: edges, weights: anyWeight ? pairWeights : nil)
    }
}
