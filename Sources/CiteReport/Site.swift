import CiteCore
import CiteGraph
import CiteRender
import Foundation

/// The citation report as a static site: `index.html` (summary, most cited, series families,
/// communities, a search box), one page per node (its metadata, what it cites and who cites it,
/// with paragraph, verb and words; its series and the diff to its predecessor; an ego diagram),
/// one page per series family and per community, A–Z list pages, and `report.md` (the summary).
///
/// ```swift
/// let site = Site(input: try ReportInput(title: "AKN", store: store))
/// try site.write(to: "Reports/akn")        // streamed: one page in memory at a time
/// let html = site.page(named: "index.html") // what `citegraph serve` answers
/// ```
///
/// Every page is computed from this value alone, on request, so pages can be written one by one
/// (memory does not grow with the number of pages) or served. The same input gives identical
/// bytes. Pages link to each other by plain file names (`d-A_RES_70_1.html`); undocs.org stays a
/// secondary link (↗). Long tables are split over continuation pages (`….p2.html`), so no page
/// grows with the corpus.
public struct Site: Sendable {
    public let title: String
    let options: ReportOptions
    let graph: CitationGraph
    /// The title shown for each node: its own, else what its citing texts call it.
    let titles: [String?]
    /// Corpus documents by symbol (the first path wins a duplicate symbol).
    let documentOf: [String: ReportDocument]
    /// The series decomposition and the families, computed on first need (``prepare()``).
    let seriesPart: Once<SeriesPart>
    /// Communities and those listed, computed on first need.
    let communitiesPart: Once<CommunitiesPart>
    /// Centralities, computed on first need.
    let metricsPart: Once<ReportMetrics>
    var metrics: ReportMetrics { metricsPart.value }
    var seriesIndex: SeriesIndex { seriesPart.value.index }
    /// Families of at least two members with one in the corpus: largest first.
    var families: [SiteFamily] { seriesPart.value.families }
    /// Position in `families` of each node's family, -1 for none.
    var familyOf: [Int32] { seriesPart.value.familyOf }
    var familyOfStem: [String: Int] { seriesPart.value.familyOfStem }
    var communities: Communities { communitiesPart.value.communities }
    /// Communities with a page (at least `minimumCommunitySize` nodes), as indices into `communities.communities`.
    var listedCommunities: [Int] { communitiesPart.value.listed }
    /// `d-<symbol>` for each node: its page without `.html` (for a node on a shared page, the
    /// anchor of its section there).
    let stems: [String]
    let nodeOfStem: [String: Int]
    /// Where a link to each node points: `d-<symbol>.html`, or `e-<first>.html#d-<symbol>` for a
    /// node on a shared page.
    let hrefs: [String]
    /// The shared pages of nodes known only from citations, in symbol order (none on a small site).
    let shards: [SiteShard]
    /// Position in `shards` of each node's shared page, -1 for a node with a page of its own.
    let shardOf: [Int32]
    let shardOfStem: [String: Int]
    /// Every node, in symbol order (the A–Z pages).
    let alphabetical: [Int]
    /// Each node's place in `alphabetical`: comparing two places orders two nodes as
    /// `SymbolOrder.less` orders their ids (node ids are unique), without reading the ids again.
    let symbolRank: [Int32]
    /// Members of each listed community, most cited first (as `listedCommunities`), sorted once.
    let communityMembersPart: Once<[[Int]]>
    /// Citations (indices into `graph.citations`) by citing node and by target node, in document order.
    let citationsFrom: [[Int32]]
    let citationsTo: [[Int32]]
    /// The undocs.org address of each node (``Links/undocs(_:)``), nil for treaties and instruments.
    let undocsURLs: [String?]
    /// `[symbol, title, page]` of every node: inline in the pages with a search box, or in files of its own.
    let searchIndex: SiteSearchIndex
    /// For each document with texts, its paragraphs' positions by label (in document order), so a
    /// quote finds its paragraph without reading all the others; made on first need.
    let paragraphsByLabel: Once<[String: [String: [Int]]]>

    /// Computes what is quick and every page needs: display titles, page names, citations by node,
    /// the search index. Centralities, the series decomposition and communities are computed on
    /// first need, once (``prepare()`` computes them all), so `serve` can answer at once.
    /// - Complexity: O(V log V + C) here; `seriesIndex()` and `communities(seed:)` later.
    /// - Parameter preparing: start the series decomposition, communities and centralities at
    ///   once on other threads, so they run beside the rest of this initialiser (``prepare()``
    ///   then waits for them); by default they wait for their first use.
    public init(input: ReportInput, options: ReportOptions = ReportOptions(), preparing: Bool = false) {
        title = input.title
        self.options = options
        let graph = input.graph
        self.graph = graph
        let metricsPart = Once { ReportMetrics(graph: graph) }
        self.metricsPart = metricsPart
        titles = graph.displayTitles()
        var documentOf: [String: ReportDocument] = [:]
        for d in input.documents.sorted(by: { ($0.symbol, $0.path) < ($1.symbol, $1.path) }) where documentOf[d.symbol] == nil {
            documentOf[d.symbol] = d
        }
        self.documentOf = documentOf
        // Symbol order, computed once: every later tie between two nodes is broken by their place here.
        let keys = graph.nodes.map { SymbolOrder.Key($0.id) }
        let alphabetical = (0..<graph.nodeCount).sorted { keys[$0] < keys[$1] }
        self.alphabetical = alphabetical
        var ranks = [Int32](repeating: 0, count: graph.nodeCount)
        for (k, v) in alphabetical.enumerated() { ranks[v] = Int32(k) }
        let symbolRank = ranks
        self.symbolRank = symbolRank

        let seriesPart = Once { SeriesPart(graph: graph, symbolRank: symbolRank) }
        self.seriesPart = seriesPart
        let given = input.communities, seed = options.communitySeed, minimum = options.minimumCommunitySize
        let communitiesPart = Once {
            let communities = given ?? graph.communities(seed: seed)
            return CommunitiesPart(communities: communities,
                                   listed: communities.communities.indices.filter { communities.communities[$0].count >= minimum })
        }
        self.communitiesPart = communitiesPart
        if preparing {
            // The series decomposition is the longest step and needs only the graph: it starts
            // before the display titles, page names and search index are made.
            DispatchQueue.global(qos: .userInitiated).async { _ = seriesPart.value }
            DispatchQueue.global(qos: .userInitiated).async { _ = communitiesPart.value; _ = metricsPart.value }
        }
        communityMembersPart = Once {
            let part = communitiesPart.value, metrics = metricsPart.value
            return part.listed.map { metrics.byInDegree(part.communities.communities[$0], symbolRank: symbolRank) }
        }

        // Page names: sanitised symbols, made unique in symbol order (so the same graph gives the same names).
        var names = UniqueNames()
        var stems = [String](repeating: "", count: graph.nodeCount)
        var nodeOfStem: [String: Int] = [:]
        for v in alphabetical {
            let file = names.claim("d-" + FileNames.sanitised(graph.nodes[v].id), extension: "html")
            let stem = String(file.dropLast(5))
            stems[v] = stem
            nodeOfStem[stem] = v
        }
        self.stems = stems
        self.nodeOfStem = nodeOfStem
        undocsURLs = graph.nodes.map { Links.undocs($0.id) }

        var from = [[Int32]](repeating: [], count: graph.nodeCount)
        var to = [[Int32]](repeating: [], count: graph.nodeCount)
        for (k, c) in graph.citations.enumerated() {
            if let s = graph.nodeIndex[c.citing] { from[s].append(Int32(k)) }
            if let t = graph.nodeIndex[c.target] { to[t].append(Int32(k)) }
        }
        // Who cites a node: newest citing document first, then citing symbol, then document order
        // (sorted once here, not on every page that shows them).
        let rank = symbolRank
        let citingNode = graph.citations.map { graph.nodeIndex[$0.citing] ?? 0 }
        for t in to.indices where to[t].count > 1 {
            to[t].sort { a, b in
                let x = citingNode[Int(a)], y = citingNode[Int(b)]
                if x == y { return a < b }
                let dx = graph.nodes[x].date ?? "", dy = graph.nodes[y].date ?? ""
                if dx != dy { return dx > dy }
                return rank[x] < rank[y]
            }
        }
        citationsFrom = from
        citationsTo = to

        let shards = Site.sharedPages(graph: graph, alphabetical: alphabetical, stems: stems, from: from, to: to, options: options)
        var shardOf = [Int32](repeating: -1, count: graph.nodeCount)
        var shardOfStem: [String: Int] = [:]
        var hrefs = stems.map { $0 + ".html" }
        for (k, shard) in shards.enumerated() {
            shardOfStem[shard.stem] = k
            for v in shard.members {
                shardOf[v] = Int32(k)
                hrefs[v] = shard.stem + ".html#" + stems[v]
            }
        }
        self.shards = shards
        self.shardOf = shardOf
        self.shardOfStem = shardOfStem
        self.hrefs = hrefs

        var entries: [String] = []
        entries.reserveCapacity(alphabetical.count)
        for v in alphabetical {
            let n = graph.nodes[v]
            var words = Site.cut(titles[v] ?? "", 90)
            if !n.aliases.isEmpty { words += (words.isEmpty ? "" : " · ") + Site.cut(n.aliases.joined(separator: " · "), 60) }
            entries.append("[" + Site.jsonString(n.id) + "," + Site.jsonString(words) + "," + Site.jsonString(hrefs[v]) + "]")
        }
        searchIndex = SiteSearchIndex(entries: entries, limit: options.searchIndexInlineBytes)
        paragraphsByLabel = Once {
            graph.texts.mapValues { paragraphs in
                var byLabel: [String: [Int]] = [:]
                for (k, p) in paragraphs.enumerated() { byLabel[p.label, default: []].append(k) }
                return byLabel
            }
        }
    }

    // MARK: - Pages

    /// Every page of the site, in the order they are written.
    public var pageNames: [String] {
        var out = ["index.html", "404.html"] + searchIndex.files.map(\.name)
        out += pagedNames("all", count: graph.nodeCount, per: options.listRowsPerPage)
        out += pagedNames("series", count: families.count, per: options.listRowsPerPage)
        out += pagedNames("communities", count: listedCommunities.count, per: options.listRowsPerPage)
        for v in alphabetical {
            let shard = Int(shardOf[v])
            if shard < 0 {
                out.append(stems[v] + ".html")
            } else if shards[shard].members[0] == v {
                out.append(shards[shard].stem + ".html")
            }
            for p in pageNumbers(citationsFrom[v].count, per: options.tableRowsPerPage).dropFirst() { out.append("\(stems[v]).cites-\(p).html") }
            for p in pageNumbers(citationsTo[v].count, per: options.tableRowsPerPage).dropFirst() { out.append("\(stems[v]).citedby-\(p).html") }
            if hasDiff(v) { out.append(diffName(v)) }
        }
        for f in families { out.append(f.stem + ".html") }
        for (k, c) in listedCommunities.enumerated() {
            for p in pageNumbers(communities.communities[c].count, per: options.listRowsPerPage) {
                out.append(p == 1 ? "c-\(k + 1).html" : "c-\(k + 1).p\(p).html")
            }
        }
        return out
    }

    /// The page `name` (as listed by ``pageNames``), or nil for a name the site does not have.
    /// Besides pages, the files of a large search index (`search-1.js`, …).
    public func page(named name: String) -> String? {
        if name.hasSuffix(".js") { return searchIndex.script(named: name) }
        guard name.hasSuffix(".html") else { return nil }
        let parts = name.dropLast(5).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let stem = parts.first, parts.count <= 2 else { return nil }
        let suffix = parts.count == 2 ? parts[1] : nil
        func number(after prefix: String) -> Int? {
            guard let s = suffix else { return 1 }
            guard s.hasPrefix(prefix), let n = Int(s.dropFirst(prefix.count)), n >= 2, String(n) == s.dropFirst(prefix.count) else { return nil }
            return n
        }
        switch stem {
        case "index": return suffix == nil ? indexPage() : nil
        case "404": return suffix == nil ? notFoundPage() : nil
        case "all": return number(after: "p").flatMap { allPage($0) }
        case "series": return number(after: "p").flatMap { familiesPage($0) }
        case "communities": return number(after: "p").flatMap { communitiesPage($0) }
        default: break
        }
        if stem.hasPrefix("d-"), let v = nodeOfStem[stem] {
            guard suffix != nil else { return shardOf[v] < 0 ? documentPage(v) : nil }
            if let n = number(after: "cites-") { return continuationPage(v, citedBy: false, page: n) }
            if let n = number(after: "citedby-") { return continuationPage(v, citedBy: true, page: n) }
            return nil
        }
        if stem.hasPrefix("e-"), suffix == nil, let k = shardOfStem[stem] { return sharedPage(k) }
        if stem.hasPrefix("x-"), suffix == nil, let v = nodeOfStem["d-" + stem.dropFirst(2)], hasDiff(v) { return diffPage(v) }
        if stem.hasPrefix("s-"), suffix == nil, let k = familyOfStem[stem] { return familyPage(k) }
        if stem.hasPrefix("c-"), let k = Int(stem.dropFirst(2)), k >= 1, k <= listedCommunities.count, String(k) == stem.dropFirst(2),
           let p = number(after: "p") {
            return communityPage(k - 1, page: p)
        }
        return nil
    }

    /// The page of a node id (a plain file name), or nil when the graph has no such node.
    public func pageName(of id: String) -> String? {
        graph.nodeIndex[id].map { hrefs[$0] }
    }

    /// For the page a node of a shared page would have on a small site (`d-<symbol>.html`), where
    /// it is now (`e-<first>.html#d-<symbol>`), so `serve` can redirect an old address.
    public func sharedAddress(ofPage name: String) -> String? {
        guard name.hasSuffix(".html"), let v = nodeOfStem[String(name.dropLast(5))], shardOf[v] >= 0 else { return nil }
        return hrefs[v]
    }

    /// Computes now what is otherwise computed on first need: the centralities, the series
    /// decomposition and the communities, side by side.
    /// - Returns: the seconds each took (`metrics`, `series`, `communities`).
    @discardableResult
    public func prepare() -> [(step: String, seconds: Double)] {
        let parts: [(String, @Sendable () -> Double?)] = [
            ("series", { _ = seriesPart.value; return seriesPart.seconds }),
            ("communities", { _ = communitiesPart.value; return communitiesPart.seconds }),
            ("metrics", { _ = metricsPart.value; return metricsPart.seconds }),
        ]
        let spent = PageBatch(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { k in
            spent.set(k, nil, kind: parts[k].0, nanoseconds: UInt64(((parts[k].1)() ?? 0) * 1e9))
        }
        var total: [String: (pages: Int, nanoseconds: UInt64)] = [:]
        spent.merge(into: &total)
        return parts.map { (step: $0.0, seconds: Double(total[$0.0]?.nanoseconds ?? 0) / 1e9) }
    }

    /// Writes every page, `report.md` and nothing else as the folder `folder`, one page at a
    /// time, then swaps the new folder in as a whole (see `OutputFolder.Staged`).
    /// - Throws: ``ReportError/writeFailed(path:reason:)``; the old folder is then left whole.
    /// - Returns: the number of pages written.
    @discardableResult
    public func write(to folder: String) throws(ReportError) -> Int {
        try write(to: folder, timing: nil)
    }

    /// As ``write(to:)``; `timing` receives, at the end, the seconds spent rendering each kind of
    /// page (`d` documents, `x` diffs, `s` families, …), summed over threads.
    @discardableResult
    public func write(to folder: String, timing: (([(kind: String, pages: Int, seconds: Double)]) -> Void)?) throws(ReportError) -> Int {
        do throws(OutputError) {
            let staged = try OutputFolder.Staged(folder, isReplaceable: Site.isSiteFileName)
            // Writing a file into the hidden folder touches no state of `staged`: any thread may.
            let folder = UncheckedSendable(staged)
            var written = 0
            var spent: [String: (pages: Int, nanoseconds: UInt64)] = [:]
            let names = Site.spreadingGraphvizPages(pageNames)
            // Each page is rendered and written by the thread that made it, on every core, so no
            // core waits for another's batch or for the writing: memory holds the pages being
            // made, not the site. The bytes of a page do not depend on the order.
            let progress = PageBatch(count: 0)
            let failure = FirstFailure()
            DispatchQueue.concurrentPerform(iterations: names.count) { k in
                guard !failure.isSet else { return }
                let started = DispatchTime.now().uptimeNanoseconds
                guard let page = page(named: names[k]) else { return }
                let data = Data(page.utf8)
                progress.count(kind: Site.kind(of: names[k]), nanoseconds: DispatchTime.now().uptimeNanoseconds - started)
                do throws(OutputError) { try folder.value.write(data, name: names[k]) } catch { failure.set(error, at: k) }
            }
            if let error = failure.error { throw error }
            progress.merge(into: &spent)
            written = progress.pagesMade
            try staged.write(Data(markdownSummary().utf8), name: Report.markdownFileName)
            try staged.commit()
            timing?(spent.keys.sorted().map { (kind: $0, pages: spent[$0]?.pages ?? 0, seconds: Double(spent[$0]?.nanoseconds ?? 0) / 1e9) })
            return written
        } catch {
            throw .writeFailed(path: error.path, reason: error.reason)
        }
    }

    /// The page names in the order they are rendered: the family pages (whose diagrams wait for
    /// Graphviz's one lock) spread evenly among the others, so two threads seldom wait for the lock
    /// together. Every page is the same whatever the order; only the order of writing changes.
    static func spreadingGraphvizPages(_ names: [String]) -> [String] {
        let drawn = names.filter { $0.hasPrefix("s-") }
        guard !drawn.isEmpty else { return names }
        let others = names.filter { !$0.hasPrefix("s-") }
        let step = max(1, others.count / drawn.count)
        var out: [String] = []
        out.reserveCapacity(names.count)
        var next = 0
        for (k, name) in others.enumerated() {
            out.append(name)
            if (k + 1) % step == 0, next < drawn.count { out.append(drawn[next]); next += 1 }
        }
        out += drawn[next...]
        return out
    }

    /// Names a site (or an earlier one-page report) folder holds, which a new site may replace.
    static func isSiteFileName(_ name: String) -> Bool {
        guard FileNames.isPlainName(name) else { return false }
        let lower = name.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".svg") || lower == Report.markdownFileName
            || (lower.hasPrefix("search-") && lower.hasSuffix(".js"))
    }
}
