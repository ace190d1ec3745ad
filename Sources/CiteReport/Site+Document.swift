import CiteCore
import CiteGraph
import CiteRender
import Foundation

/// The page of one node, its continuation pages, its diff page, and the series family pages.
extension Site {
    func documentPage(_ v: Int) -> String {
        let n = graph.nodes[v]
        var blocks: [Block] = [metadata(v)]
        let line = linkLine(v)
        if !line.isEmpty { blocks.append(.paragraph(line)) }
        var sections: [Section] = [Section(number: 0, anchor: "about", title: "", blocks: blocks)]
        blocks = seriesBlocks(v)
        if !blocks.isEmpty { sections.append(Section(number: 0, anchor: "series", title: "Series", blocks: blocks)) }
        if options.egoDiagrams, n.inCorpus, let figure = egoFigure(v) {
            sections.append(Section(number: 0, anchor: "neighbourhood", title: "Neighbourhood", blocks: [.figure(figure)]))
        }
        if !citationsFrom[v].isEmpty {
            sections.append(Section(number: 0, anchor: "cites", title: "Cites (\(Format.count(citationsFrom[v].count, "citation")))",
                                    blocks: citesBlocks(v, page: 1)))
        }
        sections.append(Section(number: 0, anchor: "cited-by", title: "Cited by (\(Format.count(citationsTo[v].count, "citation")))",
                                blocks: citedByBlocks(v, page: 1)))
        let content = ReportContent(title: n.id, subtitle: titles[v].map { Site.cut($0, 400) } ?? "", sections: sections)
        return render(content, kicker: kindLabel(v))
    }

    /// A shared page of nodes known only from citations: one section each (its anchor is the
    /// node's page name), with what a node's own page would show but the chain table of its series.
    func sharedPage(_ k: Int) -> String {
        let shard = shards[k]
        let sections = shard.members.map { v in
            let stem = stems[v]
            var blocks: [Block] = [.paragraph([.muted(kindLabel(v))]), metadata(v)]
            let line = linkLine(v)
            if !line.isEmpty { blocks.append(.paragraph(line)) }
            var parts: [Subsection] = []
            let series = seriesBlocks(v)
            if !series.isEmpty { parts.append(Subsection(number: "", anchor: "series-" + stem, title: [.text("Series")], blocks: series)) }
            if !citationsFrom[v].isEmpty {
                parts.append(Subsection(number: "", anchor: "cites-" + stem, title: [.text("Cites (\(Format.count(citationsFrom[v].count, "citation")))")],
                                        blocks: citesBlocks(v, page: 1)))
            }
            parts.append(Subsection(number: "", anchor: "cited-by-" + stem, title: [.text("Cited by (\(Format.count(citationsTo[v].count, "citation")))")],
                                    blocks: citedByBlocks(v, page: 1)))
            return Section(number: 0, anchor: stem, title: graph.nodes[v].id, blocks: blocks, subsections: parts)
        }
        let first = graph.nodes[shard.members[0]].id, last = graph.nodes[shard.members[shard.members.count - 1]].id
        var pager: [Inline] = [.text("Nodes known only from citations, part \(k + 1) of \(shards.count)")]
        if k > 0 { pager += [.text(" · "), .link("← previous", href: shards[k - 1].stem + ".html")] }
        if k + 1 < shards.count { pager += [.text(" · "), .link("next →", href: shards[k + 1].stem + ".html")] }
        let content = ReportContent(title: "\(first) – \(last)",
                                    subtitle: "\(Format.count(shard.members.count, "node")) known only from the citations of other documents (no text in the corpus), in symbol order",
                                    sections: sections)
        return render(content, kicker: "Known only from citations", pager: pager)
    }

    func continuationPage(_ v: Int, citedBy: Bool, page: Int) -> String? {
        let count = pageNumbers(citedBy ? citationsTo[v].count : citationsFrom[v].count, per: options.tableRowsPerPage).upperBound
        guard page >= 2, page <= count else { return nil }
        let n = graph.nodes[v]
        let blocks = citedBy ? citedByBlocks(v, page: page) : citesBlocks(v, page: page)
        let what = citedBy ? "Cited by" : "Cites"
        let content = ReportContent(title: "\(n.id): \(what.lowercased()), page \(page)", subtitle: "", sections: [
            Section(number: 0, anchor: "rows", title: "", blocks: [.paragraph([.text("Back to "), .symbol(n.id), .text(".")])] + blocks),
        ])
        return render(content, kicker: kindLabel(v))
    }

    func kindLabel(_ v: Int) -> String {
        let n = graph.nodes[v]
        let body = n.body.map { $0.rawValue + " " } ?? ""
        return body + n.kind.rawValue + (n.inCorpus ? "" : " · known only from citations")
    }

    func metadata(_ v: Int) -> Block {
        let n = graph.nodes[v]
        var items: [Definition] = []
        func add(_ term: String, _ value: String?) {
            if let value, !value.isEmpty { items.append(Definition(term: term, meaning: value)) }
        }
        add("Title", titles[v].map { t in n.title == nil || n.title?.isEmpty == true ? t + " (as its citing texts name it)" : t })
        add("Date", n.date ?? n.year.map(String.init))
        add("Body", n.body?.rawValue)
        add("Kind", n.kind.rawValue)
        add("Agenda item", n.agendaItem)
        if !n.subjects.isEmpty { add("Subjects", n.subjects.joined(separator: "; ")) }
        let aliases = n.aliases.filter { $0 != titles[v] && $0 != n.title }
        if !aliases.isEmpty { add("Also known as", aliases.joined(separator: "; ")) }
        add("File", documentOf[n.id]?.path ?? n.path)
        add("In the corpus", n.inCorpus ? "yes: its text was read" : "no: known only from the citations of other documents")
        add("Cited by", "\(Format.count(metrics.inDegree[v], "document")) (\(Format.count(metrics.citationsReceived[v], "citation")))")
        add("Cites", Format.count(metrics.outDegree[v], "target"))
        if let pr = metrics.pageRank { add("PageRank", Format.score(pr[v], digits: 6)) }
        return .definitions(items)
    }

    /// Links that have no place in a definition list: the official text, the community.
    func linkLine(_ v: Int) -> [Inline] {
        var out: [Inline] = []
        let n = graph.nodes[v]
        if let url = undocsURLs[v] { out += [.text("Official document: "), .link(url, href: url)] }
        let c = communities.membership.indices.contains(v) ? communities.membership[v] : -1
        if let k = listedCommunities.firstIndex(of: c) {
            if !out.isEmpty { out.append(.text(" · ")) }
            let label = c < communities.labels.count ? communities.labels[c] : ""
            out += [.text("Community: "), .link("\(k + 1)" + (label.isEmpty ? "" : " (" + Site.cut(label, 60) + ")"), href: "c-\(k + 1).html")]
        }
        return out
    }

    func seriesBlocks(_ v: Int) -> [Block] {
        var blocks: [Block] = []
        guard familyOf[v] >= 0 else { return blocks }
        let family = families[Int(familyOf[v])]
        let chain = seriesIndex.series(of: v)
        let first = chain.members[0], last = chain.members[chain.members.count - 1]
        var intro: [Inline] = [.text("Member \((chain.members.firstIndex(of: v) ?? 0) + 1) of \(chain.members.count) of the series "),
                               .symbol(graph.nodes[first].id), .text(" → "), .symbol(graph.nodes[last].id), .text(" ("),
                               .link("its family: \(Format.count(family.members.count, "member")), \(Format.count(family.chains.count, "chain"))", href: family.stem + ".html"),
                               .text(").")]
        if let link = seriesIndex.incoming[v] {
            intro += [.lineBreak, .text("Continues "), .symbol(graph.nodes[link.predecessor].id)]
            if hasDiff(v) { intro += [.text(" — "), .link("what changed since then (paragraph diff)", href: diffName(v))] }
            intro.append(.text("."))
        }
        if let next = seriesIndex.successor[v] {
            intro += [.lineBreak, .text("Continued by "), .symbol(graph.nodes[next].id)]
            if hasDiff(next) { intro += [.text(" — "), .link("what changed", href: diffName(next))] }
            intro.append(.text("."))
        }
        blocks.append(.paragraph(intro))
        // On a shared page the chain is left to the family page: a section stays a few lines.
        guard shardOf[v] < 0 else { return blocks }
        let rows: [[Cell]] = chain.members.enumerated().map { k, m in
            let here = m == v
            return [.number(k + 1), here ? Cell([.strong(graph.nodes[m].id)]) : .symbol(graph.nodes[m].id), dateCell(m), titleCell(m),
                    k > 0 && hasDiff(m) ? Cell([.link("diff", href: diffName(m))]) : Cell([.muted("")])]
        }
        blocks.append(.table(Table(caption: nil, columns: [Column("#", numeric: true), Column("Symbol"), Column("Date", noWrap: true),
                                                             Column("Title"), Column("Changes")], rows: rows)))
        return blocks
    }

    func citesBlocks(_ v: Int, page: Int) -> [Block] {
        let per = options.tableRowsPerPage
        let all = citationsFrom[v]
        let count = pageNumbers(all.count, per: per).upperBound
        let rows: [[Cell]] = rows(all, page: page, per: per).map { k in
            let c = graph.citations[Int(k)]
            var target: [Inline] = [.symbol(c.target)]
            if let t = graph.nodeIndex[c.target], let title = titles[t] { target += [.lineBreak, .muted(Site.cut(title, 100))] }
            return [.code(c.paragraph), .code(c.relation.rawValue), Cell(target), Cell([.quote(Site.cut(c.text, 200))])]
        }
        var blocks: [Block] = []
        let stem = stems[v], first = partHref(v, "cites")
        let name: (Int) -> String = { $0 == 1 ? first : "\(stem).cites-\($0).html" }
        if count > 1 { blocks.append(.paragraph(pager(page: page, count: count, name: name))) }
        var table = Table(caption: nil, columns: [Column("Paragraph", noWrap: true), Column("Verb", noWrap: true), Column("Cites"),
                                                  Column("Cited words")], rows: rows)
        table.filterable = rows.count > 10
        blocks.append(.table(table))
        if count > 1 { blocks.append(.paragraph(pager(page: page, count: count, name: name))) }
        return blocks
    }

    func citedByBlocks(_ v: Int, page: Int) -> [Block] {
        let per = options.tableRowsPerPage
        let all = citationsTo[v]
        guard !all.isEmpty else { return [.paragraph([.muted("No document of the corpus cites it.")])] }
        let count = pageNumbers(all.count, per: per).upperBound
        let rows: [[Cell]] = rows(all, page: page, per: per).map { k in
            let c = graph.citations[Int(k)]
            let s = graph.nodeIndex[c.citing]
            return [.symbol(c.citing), s.map { dateCell($0) } ?? Cell([.muted("—")]), .code(c.paragraph), .code(c.relation.rawValue),
                    Cell([.quote(quote(of: c))])]
        }
        var blocks: [Block] = []
        let stem = stems[v], first = partHref(v, "cited-by")
        let name: (Int) -> String = { $0 == 1 ? first : "\(stem).citedby-\($0).html" }
        if count > 1 { blocks.append(.paragraph(pager(page: page, count: count, name: name))) }
        var table = Table(caption: nil, columns: [Column("Cited by"), Column("Date", noWrap: true), Column("Paragraph", noWrap: true),
                                                  Column("Verb", noWrap: true), Column("Words around the citation")], rows: rows)
        table.filterable = rows.count > 10
        blocks.append(.table(table))
        if count > 1 { blocks.append(.paragraph(pager(page: page, count: count, name: name))) }
        return blocks
    }

    /// The words of the citing paragraph around the citation (about 150 bytes each side), or the
    /// cited words alone when the paragraph's text is not at hand.
    func quote(of c: Citation) -> String {
        guard let paragraphs = graph.texts[c.citing],
              let k = paragraphsByLabel.value[c.citing]?[c.paragraph]?.first(where: { k in
                  let p = paragraphs[k]
                  return p.start <= c.span.lowerBound && c.span.upperBound <= p.start + p.text.utf8.count
              })
        else { return Site.cut(c.text, 300) }
        let p = paragraphs[k]
        return Site.window(p.text, from: c.span.lowerBound - p.start, to: c.span.upperBound - p.start)
    }

    /// UTF-8 bytes `lo..<hi` of `text` with up to 150 bytes of context each side, cut at spaces.
    static func window(_ text: String, from lo: Int, to hi: Int) -> String {
        // Native strings are contiguous UTF-8: read in place rather than copy a long paragraph
        // for each of its citations.
        if let piece = text.utf8.withContiguousStorageIfAvailable({ window(bytes: $0, from: lo, to: hi) }) { return piece }
        return Array(text.utf8).withUnsafeBufferPointer { window(bytes: $0, from: lo, to: hi) }
    }

    private static func window(bytes: UnsafeBufferPointer<UInt8>, from lo: Int, to hi: Int) -> String {
        let lo = max(0, min(lo, bytes.count)), hi = max(lo, min(hi, bytes.count))
        var start = max(0, lo - 150), end = min(bytes.count, hi + 150)
        if start > 0 { while start < lo, bytes[start] != 0x20 { start += 1 } }
        if end < bytes.count { while end > hi, bytes[end - 1] != 0x20 { end -= 1 } }
        let cutStart = start > 0, cutEnd = end < bytes.count
        return (cutStart ? "…" : "") + folded(UnsafeBufferPointer(rebasing: bytes[start..<end])) + (cutEnd ? "…" : "")
    }

    /// `bytes` as text with its white space folded (split at spaces, line breaks and tabs, joined
    /// by one space). A window cut at spaces starts and ends with one: those are dropped without
    /// the split when the rest is flat and ASCII borders them (no space there can be part of a
    /// longer character, such as a space and a combining accent).
    static func folded(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var lo = 0, hi = bytes.count
        while lo < hi, bytes[lo] == 0x20 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 { hi -= 1 }
        if lo == hi || ((lo == 0 || bytes[lo] < 0x80) && (hi == bytes.count || bytes[hi - 1] < 0x80)) {
            let inner = String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
            if isFlat(inner) { return inner }
        }
        let piece = String(decoding: bytes, as: UTF8.self)
        if isFlat(piece) { return piece }
        return piece.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// Whether folding white space (split at spaces, line breaks and tabs, joined by one space)
    /// would leave `text` as it is: no line break or tab, no two spaces in a row, none at either
    /// end. Most quotes are so, and skip the split.
    static func isFlat(_ text: String) -> Bool {
        var previousSpace = true
        for b in text.utf8 {
            switch b {
            case 0x0A, 0x09, 0x0D: return false
            case 0x20:
                if previousSpace { return false }
                previousSpace = true
            default: previousSpace = false
            }
        }
        return !previousSpace || text.isEmpty
    }

    // MARK: - Diagrams

    /// The focus and its strongest neighbours (by citation count), with only the links that touch the focus.
    func egoFigure(_ v: Int) -> Figure? {
        var weight: [Int: Double] = [:]
        var edges: [Int] = []
        for e in graph.outEdgeIDs(of: v) { weight[graph.target(ofEdge: e), default: 0] += graph.weight(ofEdge: e); edges.append(e) }
        for e in graph.inEdgeIDs(of: v) { weight[graph.source(ofEdge: e), default: 0] += graph.weight(ofEdge: e); edges.append(e) }
        weight[v] = nil
        guard !weight.isEmpty else { return nil }
        let kept = weight.keys.sorted { a, b in
            let x = weight[a] ?? 0, y = weight[b] ?? 0
            return x != y ? x > y : symbolRank[a] < symbolRank[b]
        }.prefix(options.egoNeighbours)
        let members = Set(kept).union([v])
        let nodes = members.sorted { symbolRank[$0] < symbolRank[$1] }.map { diagramNode($0, focus: $0 == v) }
        var drawn: [DiagramEdge] = []
        for e in edges.sorted() {
            let s = graph.source(ofEdge: e), t = graph.target(ofEdge: e)
            guard members.contains(s), members.contains(t) else { continue }
            drawn.append(diagramEdge(e))
        }
        let left = weight.count - kept.count
        let caption = "\(graph.nodes[v].id) and its \(kept.count) strongest neighbours: what it cites on the left, who cites it on the right"
            + (left > 0 ? "; \(left) more are listed in the tables below." : ".")
        let diagram = Diagram(title: graph.nodes[v].id, layout: .dot, direction: .leftToRight, rankByYear: false, legend: false,
                              nodes: nodes, edges: drawn)
        // Drawn in Swift with a fixed three-column layout: Graphviz (one lock for the whole
        // process) took most of the site's time on a large store for a layout this simple.
        do {
            let svg = try InlineSVG.sanitised(try EgoDiagram.svg(diagram, focus: graph.nodes[v].id), idPrefix: "e-")
            return Figure(caption: caption, svg: svg, fileName: nil, note: nil)
        } catch let error as InlineSVG.Rejected {
            return Figure(caption: caption, svg: nil, fileName: nil, note: "The diagram was left out: \(error.reason).")
        } catch {
            return Figure(caption: caption, svg: nil, fileName: nil, note: "The diagram could not be drawn: \(error).")
        }
    }

    func familyFigure(_ f: SiteFamily) -> Figure? {
        guard f.members.count <= options.maximumFamilyDiagramNodes else { return nil }
        var drawn: [DiagramEdge] = []
        var seen = Set<[Int]>()
        let members = Set(f.members)
        for m in f.members {
            guard let link = seriesIndex.incoming[m] else { continue }
            for citing in [link.successor, link.citedBy] where members.contains(citing) {
                guard let e = graph.edgeID(from: citing, to: link.predecessor) else { continue }
                if seen.insert([citing, link.predecessor]).inserted { drawn.append(diagramEdge(e)) }
                break
            }
        }
        let nodes = f.members.sorted { symbolRank[$0] < symbolRank[$1] }.map { diagramNode($0, focus: false) }
        let diagram = Diagram(title: "Series family of \(graph.nodes[f.root].id)", layout: .dot, direction: .leftToRight,
                              rankByYear: true, legend: true, nodes: nodes, edges: drawn)
        return figure(diagram, caption: "The family's chains: one column per year, oldest on the left; each arrow is the citation that links a member to its predecessor.", prefix: "f")
    }

    func figure(_ diagram: Diagram, caption: String, prefix: String) -> Figure {
        do {
            let data = try GraphvizRenderer.render(diagram, format: .svg)
            let svg = try InlineSVG.sanitised(String(decoding: data, as: UTF8.self), idPrefix: prefix + "-")
            return Figure(caption: caption, svg: svg, fileName: nil, note: nil)
        } catch let error as InlineSVG.Rejected {
            return Figure(caption: caption, svg: nil, fileName: nil, note: "The diagram was left out: \(error.reason).")
        } catch {
            return Figure(caption: caption, svg: nil, fileName: nil, note: "The diagram could not be drawn: \(error).")
        }
    }

    func diagramNode(_ v: Int, focus: Bool) -> DiagramNode {
        let n = graph.nodes[v]
        return DiagramNode(id: n.id, symbol: n.symbol, kind: n.kind, body: n.body, external: !n.inCorpus, year: n.year,
                           title: titles[v], date: n.date, emphasis: focus ? .focus : .normal)
    }

    func diagramEdge(_ id: Int) -> DiagramEdge {
        let edge = graph.edge(id)
        return DiagramEdge(source: graph.nodes[edge.source].id, target: graph.nodes[edge.target].id,
                           relation: edge.dominantRelation, weight: max(1, Int(edge.weight.rounded())))
    }

    // MARK: - Family and diff pages

    func familyPage(_ k: Int) -> String {
        let f = families[k]
        var sections: [Section] = []
        var intro: [Block] = [.paragraph([
            .text("\(Format.count(f.members.count, "member")) in \(Format.count(f.chains.count, "chain")), \(yearSpan(f.members)). Each chain is one series: every member continues the one before it; chains that branch from the same root form this family."),
        ])]
        if let figure = familyFigure(f) { intro.append(.figure(figure)) } else {
            intro.append(.paragraph([.muted("The family has more than \(options.maximumFamilyDiagramNodes) members; its diagram is left out.")]))
        }
        sections.append(Section(number: 0, anchor: "family", title: "", blocks: intro))
        var chainBlocks: [Block] = []
        for (c, chain) in f.chains.enumerated() {
            let rows: [[Cell]] = chain.enumerated().map { i, m in
                var continues: [Inline] = [.muted("first")]
                if let link = seriesIndex.incoming[m], i > 0 {
                    if let e = graph.edgeID(from: m, to: link.predecessor) {
                        continues = [.code(graph.edge(e).dominantRelation.rawValue), .text(" "), .symbol(graph.nodes[link.predecessor].id)]
                    } else {
                        continues = [.symbol(graph.nodes[link.predecessor].id), .muted(" inferred from the citations of "), .symbol(graph.nodes[link.citedBy].id)]
                    }
                    if hasDiff(m) { continues += [.text(" · "), .link("diff", href: diffName(m))] }
                }
                let confidence = i > 0 ? seriesIndex.incoming[m].map { Cell.score($0.evidence.confidence, digits: 2) } ?? Cell([.muted("—")]) : Cell([.muted("—")])
                return [.number(i + 1), .symbol(graph.nodes[m].id), dateCell(m), titleCell(m), Cell(continues), confidence]
            }
            chainBlocks.append(.paragraph([.strong("Chain \(c + 1)"), .text(": \(Format.count(chain.count, "member")), \(yearSpan(chain)), "),
                                           .symbol(graph.nodes[chain[0]].id), .text(" → "), .symbol(graph.nodes[chain[chain.count - 1]].id)]))
            chainBlocks.append(.table(Table(caption: nil, columns: [
                Column("#", numeric: true), Column("Symbol"), Column("Date", noWrap: true), Column("Title"), Column("Continues"),
                Column("Link confidence", numeric: true),
            ], rows: rows)))
        }
        sections.append(Section(number: 0, anchor: "chains", title: "Chains", blocks: chainBlocks))
        let content = ReportContent(title: "Series family of \(graph.nodes[f.root].id)",
                                    subtitle: titles[f.members[f.members.count - 1]].map { "Latest: " + Site.cut($0, 200) } ?? "",
                                    sections: sections)
        return render(content, kicker: "Series family")
    }

    /// The paragraph diff of a document against its series predecessor, from the texts the graph carries.
    func diffPage(_ v: Int) -> String? {
        guard let link = seriesIndex.incoming[v] else { return nil }
        let p = link.predecessor
        let diff = ParagraphDiff.compare(diffInput(p), diffInput(v))
        let pages = hrefs, index = graph.nodeIndex
        var back: [(label: String, href: String)] = navigation
        back.append(("← " + graph.nodes[v].id, hrefs[v]))
        return DiffPage.html(diff, navigation: back, pageOf: { id in index[id].map { pages[$0] } })
    }

    func diffInput(_ v: Int) -> DiffInput {
        let id = graph.nodes[v].id
        let paragraphs = (graph.texts[id] ?? []).map { DiffParagraph(label: $0.label, section: $0.section, text: $0.text) }
        return DiffInput(symbol: id, paragraphs: paragraphs, citations: citationsFrom[v].map { graph.citations[Int($0)] })
    }
}
