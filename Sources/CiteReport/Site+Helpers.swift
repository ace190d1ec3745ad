import CiteCore
import CiteGraph
import Foundation

/// What the pages of a site share: page names and numbers, links to a node's parts, the shared
/// pages' layout, the chronological order, cut text and JSON for the search index.
extension Site {
    /// The kind of a page for timings: `d`, `d+` (continuation), `x`, `s`, `c`, or the list's name.
    static func kind(of name: String) -> String {
        if name.hasPrefix("d-") { return name.contains(".cite") ? "d+" : "d" }
        if name.hasSuffix(".js") { return "search" }
        for prefix in ["x-", "s-", "c-", "e-"] where name.hasPrefix(prefix) { return String(prefix.prefix(1)) }
        return String(name.prefix { $0 != "." })
    }

    func pagedNames(_ stem: String, count: Int, per: Int) -> [String] {
        pageNumbers(count, per: per).map { $0 == 1 ? "\(stem).html" : "\(stem).p\($0).html" }
    }

    /// 1…n pages for `count` rows (one page even when empty).
    func pageNumbers(_ count: Int, per: Int) -> ClosedRange<Int> {
        1...max(1, (count + per - 1) / max(per, 1))
    }

    func hasDiff(_ v: Int) -> Bool {
        guard options.diffPages, graph.nodes[v].inCorpus, let link = seriesIndex.incoming[v] else { return false }
        let p = link.predecessor
        return graph.nodes[p].inCorpus && !(graph.texts[graph.nodes[p].id] ?? []).isEmpty && !(graph.texts[graph.nodes[v].id] ?? []).isEmpty
    }

    /// A link to part `part` (`cites`, `cited-by`) of a node's page: `d-X.html#cited-by`, or on a
    /// shared page `e-Y.html#cited-by-d-X` (each section's anchors carry its node's name).
    func partHref(_ v: Int, _ part: String) -> String {
        let k = Int(shardOf[v])
        return k < 0 ? stems[v] + ".html#" + part : shards[k].stem + ".html#" + part + "-" + stems[v]
    }

    /// Nodes known only from citations, grouped in symbol order onto shared pages of at most
    /// `nodesPerSharedPage` nodes and about `rowsPerSharedPage` table rows, when there are more
    /// than `ownPagesForNodesWithoutText` of them; none otherwise.
    /// - Complexity: O(V).
    static func sharedPages(graph: CitationGraph, alphabetical: [Int], stems: [String], from: [[Int32]], to: [[Int32]],
                       options: ReportOptions) -> [SiteShard] {
        let outside = alphabetical.filter { !graph.nodes[$0].inCorpus }
        guard options.nodesPerSharedPage > 0, outside.count > options.ownPagesForNodesWithoutText else { return [] }
        let per = max(1, options.tableRowsPerPage)
        var shards: [SiteShard] = []
        var current: [Int] = [], rows = 0
        func close() {
            guard let first = current.first else { return }
            shards.append(SiteShard(stem: "e-" + stems[first].dropFirst(2), members: current))
            current = []
            rows = 0
        }
        for v in outside {
            // The metadata and headings count as a few rows; the tables show their first page here.
            let cost = 4 + min(to[v].count, per) + min(from[v].count, per)
            if !current.isEmpty, current.count >= options.nodesPerSharedPage || rows + cost > options.rowsPerSharedPage { close() }
            current.append(v)
            rows += cost
        }
        close()
        return shards
    }

    func diffName(_ v: Int) -> String { "x-" + stems[v].dropFirst(2) + ".html" }

    static func chronological(_ graph: CitationGraph, _ symbolRank: [Int32], _ a: Int, _ b: Int) -> Bool {
        let x = graph.nodes[a], y = graph.nodes[b]
        let dx = x.date ?? x.year.map(String.init) ?? "", dy = y.date ?? y.year.map(String.init) ?? ""
        if dx != dy { return dx < dy }
        return symbolRank[a] < symbolRank[b]
    }

    /// At most `limit` characters, cut at a space with an ellipsis.
    static func cut(_ text: String, _ limit: Int) -> String {
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        guard flat.count > limit else { return flat }
        var head = String(flat.prefix(limit))
        if let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) > limit / 2 { head = String(head[..<space]) }
        return head + "…"
    }

    /// A JSON string that is also safe inside an HTML `<script>` element (`<`, `>`, `&` escaped).
    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
