import CiteCore
import CiteGraph
import Foundation

/// The list pages of a site: index, A–Z, families, communities, 404, and the Markdown summary.
extension Site {
    var navigation: [(label: String, href: String)] {
        [(title, "index.html"), ("Search", "index.html#search"), ("A–Z", "all.html"), ("Series", "series.html"),
         ("Communities", "communities.html")]
    }

    func render(_ content: ReportContent, kicker: String, pager: [Inline] = [], search: Bool = false) -> String {
        let pages = hrefs, index = graph.nodeIndex, undocs = undocsURLs
        var writer = HTMLWriter(pageOf: { id in index[id].map { pages[$0] } })
        writer.undocsOf = { id in index[id].map { undocs[$0] } ?? Links.undocs(id) }
        return writer.sitePage(content, kicker: kicker, navigation: navigation,
                               searchIndexJSON: search ? searchIndex.inlineJSON : nil,
                               searchScripts: search ? searchIndex.files.map(\.name) : [], pager: pager)
    }

    /// `Page 2 of 5: ← 1 2 3 4 5 →` with links to the other pages.
    func pager(page: Int, count: Int, name: (Int) -> String) -> [Inline] {
        guard count > 1 else { return [] }
        var out: [Inline] = [.text("Page \(page) of \(count): ")]
        if page > 1 { out += [.link("← previous", href: name(page - 1)), .text(" ")] }
        for p in 1...count {
            out.append(p == page ? .strong(String(p)) : .link(String(p), href: name(p)))
            out.append(.text(" "))
        }
        if page < count { out.append(.link("next →", href: name(page + 1))) }
        return out
    }

    func rows<T>(_ all: [T], page: Int, per: Int) -> ArraySlice<T> {
        let lo = min(all.count, (page - 1) * per)
        return all[lo..<min(all.count, lo + per)]
    }

    // MARK: - Index

    var documentCount: Int { documentOf.count }

    func keyFigures() -> Block {
        let external = graph.nodes.filter { !$0.inCorpus }.count
        return .keyFigures([
            KeyFigure(label: "Documents read", value: Format.grouped(documentCount)),
            KeyFigure(label: "Citations", value: Format.grouped(graph.citations.count)),
            KeyFigure(label: "Nodes", value: Format.grouped(graph.nodeCount)),
            KeyFigure(label: "Citing links (merged)", value: Format.grouped(graph.edgeCount)),
            KeyFigure(label: "Nodes outside the corpus", value: Format.grouped(external)),
            KeyFigure(label: "Series families", value: Format.grouped(families.count)),
            KeyFigure(label: "Communities (≥ \(options.minimumCommunitySize))", value: Format.grouped(listedCommunities.count)),
        ])
    }

    func subtitle() -> String {
        [Format.count(documentCount, "document"), Format.count(graph.citations.count, "citation"),
         Format.count(graph.nodeCount, "node"), Format.count(families.count, "series family", "series families")]
            .joined(separator: " · ")
    }

    func titleCell(_ v: Int) -> Cell {
        guard let t = titles[v], !t.isEmpty else { return Cell([.muted("—")]) }
        return Cell([.text(Site.cut(t, 160))])
    }

    func dateCell(_ v: Int) -> Cell {
        let n = graph.nodes[v]
        if let date = n.date { return Cell([.text(date)], sortKey: Double(n.year ?? 0)) }
        if let year = n.year { return Cell([.text(String(year))], sortKey: Double(year)) }
        return Cell([.muted("—")], sortKey: 0)
    }

    func yearSpan(_ members: [Int]) -> String {
        let years = members.compactMap { graph.nodes[$0].year }
        guard let lo = years.min(), let hi = years.max() else { return "undated" }
        return lo == hi ? String(lo) : "\(lo)–\(hi)"
    }

    func bodyText(_ v: Int) -> String {
        let n = graph.nodes[v]
        return (n.body ?? SymbolChronology.body(of: n.id))?.rawValue ?? "—"
    }

    func mostCitedTable(limit: Int) -> Block {
        let cited = (0..<graph.nodeCount).filter { metrics.inDegree[$0] > 0 }
        let ranked = metrics.byInDegree(cited, symbolRank: symbolRank).prefix(limit)
        let rows: [[Cell]] = ranked.enumerated().map { rank, v in
            [.number(rank + 1), .symbol(graph.nodes[v].id), titleCell(v), dateCell(v), .number(metrics.inDegree[v]),
             .number(metrics.citationsReceived[v]), metrics.pageRank.map { Cell.score($0[v]) } ?? Cell([.muted("—")])]
        }
        return .table(Table(caption: "The \(ranked.count) most cited nodes (documents citing them)", columns: [
            Column("#", numeric: true), Column("Symbol"), Column("Title"), Column("Date", noWrap: true),
            Column("Cited by", numeric: true), Column("Citations", numeric: true), Column("PageRank", numeric: true),
        ], rows: rows))
    }

    func familyRows(_ slice: ArraySlice<SiteFamily>, offset: Int) -> [[Cell]] {
        slice.enumerated().map { k, f in
            let latest = f.members[f.members.count - 1]
            return [.number(offset + k + 1), Cell([.link(graph.nodes[f.root].id, href: f.stem + ".html")]), .number(f.members.count),
                    .number(f.chains.count), Cell([.text(yearSpan(f.members))]), .text(bodyText(f.root)), .symbol(graph.nodes[latest].id),
                    titleCell(latest)]
        }
    }

    var familyColumns: [Column] {
        [Column("#", numeric: true), Column("Family (first member)"), Column("Members", numeric: true), Column("Chains", numeric: true),
         Column("Years", noWrap: true), Column("Body"), Column("Latest"), Column("Title of the latest")]
    }

    func communityRows(_ slice: ArraySlice<Int>, offset: Int) -> [[Cell]] {
        slice.enumerated().map { k, c in
            let members = communities.communities[c]
            let label = c < communities.labels.count ? communities.labels[c] : ""
            let top = communityMembersPart.value[offset + k].prefix(5)
            var most: [Inline] = []
            for (i, v) in top.enumerated() { if i > 0 { most.append(.text(", ")) }; most.append(.symbol(graph.nodes[v].id)) }
            return [.number(offset + k + 1), Cell([.link(label.isEmpty ? "community \(offset + k + 1)" : Site.cut(label, 80), href: "c-\(offset + k + 1).html")]),
                    .number(members.count), .number(members.filter { graph.nodes[$0].inCorpus }.count),
                    Cell([.text(yearSpan(members))]), Cell(most)]
        }
    }

    var communityColumns: [Column] {
        [Column("#", numeric: true), Column("Label"), Column("Nodes", numeric: true), Column("In corpus", numeric: true),
         Column("Years", noWrap: true), Column("Most cited members")]
    }

    func indexContent(markdown: Bool) -> ReportContent {
        var sections: [Section] = []
        var summary: [Block] = [keyFigures(), .paragraph([
            .text("Each citation links the citing document to what it cites; several citations of one target by one document are merged into one link whose weight is their count. Every node has its own page: what it cites, who cites it (paragraph, verb and the words around the citation), its series and community."),
        ])]
        for note in metrics.notes { summary.append(.paragraph([.muted(note)])) }
        sections.append(Section(number: 1, anchor: "summary", title: "Summary", blocks: summary))
        sections.append(Section(number: 2, anchor: "most-cited", title: "Most cited", blocks: [mostCitedTable(limit: options.topCount)]))
        let shownFamilies = 30
        var familyBlocks: [Block] = [.paragraph([
            .text("A series is a chain of resolutions of one body on one topic, each continuing the previous one. It is decided from the texts: texts that renew one mandate (a mission, a sanctions regime) or carry one title follow each other in order, and the other links are the best-scored citations of an earlier resolution that reads alike, one predecessor and one successor each (see "),
            .code("citegraph lineage --series --explain"), .text("); chains that branch from one root form a family. Largest families first."),
        ])]
        if families.isEmpty {
            familyBlocks.append(.paragraph([.muted("No series was found.")]))
        } else {
            familyBlocks.append(.table(Table(caption: nil, columns: familyColumns,
                                             rows: familyRows(families.prefix(shownFamilies), offset: 0))))
            if families.count > shownFamilies {
                familyBlocks.append(.paragraph([.link("All \(families.count) series families →", href: "series.html")]))
            }
        }
        sections.append(Section(number: 3, anchor: "series", title: "Series families", blocks: familyBlocks))
        let shownCommunities = 20
        var communityBlocks: [Block] = [.paragraph([
            .text("Groups of documents that cite each other (or the same texts) more than chance would have it: Louvain communities of the undirected, weighted citation graph. Modularity "),
            .strong(Format.fixed(communities.modularity, digits: 3)), .text("."),
        ])]
        if listedCommunities.isEmpty {
            communityBlocks.append(.paragraph([.muted("No community of \(options.minimumCommunitySize) or more nodes.")]))
        } else {
            communityBlocks.append(.table(Table(caption: nil, columns: communityColumns,
                                                rows: communityRows(listedCommunities.prefix(shownCommunities), offset: 0))))
            if listedCommunities.count > shownCommunities {
                communityBlocks.append(.paragraph([.link("All \(listedCommunities.count) communities →", href: "communities.html")]))
            }
        }
        sections.append(Section(number: 4, anchor: "communities", title: "Communities", blocks: communityBlocks))
        if markdown {
            sections.append(Section(number: 5, anchor: "pages", title: "Pages", blocks: [.paragraph([
                .text("This summary is the Markdown twin of index.html; the site's pages (one per document, series family and community) are beside it."),
            ])]))
        }
        return ReportContent(title: title, subtitle: subtitle(), sections: sections)
    }

    func indexPage() -> String {
        render(indexContent(markdown: false), kicker: "Citation report", search: true)
    }

    /// `report.md`: the summary of the index page.
    func markdownSummary() -> String {
        MarkdownWriter().write(indexContent(markdown: true))
    }

    func notFoundPage() -> String {
        let content = ReportContent(title: "Page not found", subtitle: "This site has no such page. Search for a symbol or a title below, or open the A–Z list.",
                                    sections: [])
        return render(content, kicker: title, search: true)
    }

    // MARK: - Lists

    func allPage(_ page: Int) -> String? {
        let per = options.listRowsPerPage
        let count = pageNumbers(graph.nodeCount, per: per).upperBound
        guard page <= count else { return nil }
        let rows: [[Cell]] = rows(alphabetical, page: page, per: per).map { v in
            [.symbol(graph.nodes[v].id), titleCell(v), .code(graph.nodes[v].kind.rawValue), dateCell(v),
             graph.nodes[v].inCorpus ? .text("yes") : Cell([.muted("no")]), .number(metrics.inDegree[v])]
        }
        var ranges: [Inline] = []
        if count > 1 {
            ranges.append(.text("Pages: "))
            for p in 1...count {
                let slice = self.rows(alphabetical, page: p, per: per)
                guard let a = slice.first, let b = slice.last else { continue }
                let label = "\(graph.nodes[a].id) – \(graph.nodes[b].id)"
                if p > 1 { ranges.append(.text(" · ")) }
                ranges.append(p == page ? .strong(label) : .link(label, href: p == 1 ? "all.html" : "all.p\(p).html"))
            }
        }
        var table = Table(caption: nil, columns: [Column("Symbol"), Column("Title"), Column("Kind"), Column("Date", noWrap: true),
                                                  Column("In corpus"), Column("Cited by", numeric: true)], rows: rows)
        table.filterable = rows.count > 10
        var blocks: [Block] = [.paragraph([.text("Every node of the graph in symbol order: the documents read and what they cite.")])]
        if !ranges.isEmpty { blocks.append(.paragraph(ranges)) }
        blocks.append(.table(table))
        let content = ReportContent(title: "All nodes, A–Z", subtitle: Format.count(graph.nodeCount, "node"),
                                    sections: [Section(number: 0, anchor: "all", title: "", blocks: blocks)])
        return render(content, kicker: title, pager: pager(page: page, count: count) { $0 == 1 ? "all.html" : "all.p\($0).html" })
    }

    func familiesPage(_ page: Int) -> String? {
        let per = options.listRowsPerPage
        let count = pageNumbers(families.count, per: per).upperBound
        guard page <= count else { return nil }
        var table = Table(caption: nil, columns: familyColumns, rows: familyRows(rows(families, page: page, per: per), offset: (page - 1) * per))
        table.filterable = true
        let content = ReportContent(title: "Series families", subtitle: Format.count(families.count, "family", "families"), sections: [
            Section(number: 0, anchor: "families", title: "", blocks: [
                .paragraph([.text("Each family is the chains of resolutions that branch from one root; its page lists the chains, member by member, with a diagram.")]),
                families.isEmpty ? .paragraph([.muted("No series was found.")]) : .table(table),
            ]),
        ])
        return render(content, kicker: title, pager: pager(page: page, count: count) { $0 == 1 ? "series.html" : "series.p\($0).html" })
    }

    func communitiesPage(_ page: Int) -> String? {
        let per = options.listRowsPerPage
        let count = pageNumbers(listedCommunities.count, per: per).upperBound
        guard page <= count else { return nil }
        var table = Table(caption: nil, columns: communityColumns,
                          rows: communityRows(rows(listedCommunities, page: page, per: per), offset: (page - 1) * per))
        table.filterable = true
        let small = communities.communities.count - listedCommunities.count
        let content = ReportContent(title: "Communities", subtitle: Format.count(listedCommunities.count, "community", "communities")
                                        + (small > 0 ? " · \(Format.count(small, "smaller one", "smaller ones")) not listed" : ""), sections: [
            Section(number: 0, anchor: "communities", title: "", blocks: [
                listedCommunities.isEmpty ? .paragraph([.muted("No community of \(options.minimumCommunitySize) or more nodes.")]) : .table(table),
            ]),
        ])
        return render(content, kicker: title, pager: pager(page: page, count: count) { $0 == 1 ? "communities.html" : "communities.p\($0).html" })
    }

    func communityPage(_ k: Int, page: Int) -> String? {
        let c = listedCommunities[k]
        let members = communityMembersPart.value[k]
        let per = options.listRowsPerPage
        let count = pageNumbers(members.count, per: per).upperBound
        guard page <= count else { return nil }
        let label = c < communities.labels.count ? communities.labels[c] : ""
        var table = Table(caption: nil, columns: [Column("Symbol"), Column("Title"), Column("Date", noWrap: true), Column("In corpus"),
                                                  Column("Cited by", numeric: true)],
                          rows: rows(members, page: page, per: per).map { v in
                              [.symbol(graph.nodes[v].id), titleCell(v), dateCell(v),
                               graph.nodes[v].inCorpus ? .text("yes") : Cell([.muted("no")]), .number(metrics.inDegree[v])]
                          })
        table.filterable = table.rows.count > 10
        let content = ReportContent(
            title: "Community \(k + 1)" + (label.isEmpty ? "" : ": " + Site.cut(label, 100)),
            subtitle: "\(Format.count(members.count, "node")), \(yearSpan(members)); most cited first", sections: [
                Section(number: 0, anchor: "members", title: "", blocks: [.table(table)]),
            ])
        return render(content, kicker: "Community", pager: pager(page: page, count: count) { $0 == 1 ? "c-\(k + 1).html" : "c-\(k + 1).p\($0).html" })
    }
}
