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
        // Read as bytes: an escape is ASCII, or U+0080…U+009F (C2 80…C2 9F), U+2028/9 (E2 80 A8/9).
        let bytes = Array(s.utf8)
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(bytes.count + 2)
        let hex = Array("0123456789abcdef".utf8)
        func unicodeEscape(_ value: Int) {
            out += Array("\\u".utf8)
            for shift in [12, 8, 4, 0] { out.append(hex[(value >> shift) & 15]) }
        }
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            switch b {
            case UInt8(ascii: "\""): out += [92, b]
            case UInt8(ascii: "\\"): out += [92, 92]
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): unicodeEscape(Int(b))
            case 0..<0x20, 0x7F: unicodeEscape(Int(b))
            case 0xC2 where k + 1 < bytes.count && bytes[k + 1] >= 0x80 && bytes[k + 1] <= 0x9F:
                unicodeEscape(Int(bytes[k + 1])); k += 1
            case 0xE2 where k + 2 < bytes.count && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9):
                unicodeEscape(0x2000 + Int(bytes[k + 2]) - 0x80); k += 2
            default: out.append(b)
            }
            k += 1
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }
}
