import CiteCore
import CiteGraph
import CiteRender

extension ReportAssembler {
    /// The overview diagram, the most cited resolutions and decisions, treaties and instruments,
    /// other documents, and the hubs.
    mutating func centralitySection(number: Int) -> Section {
        var blocks: [Block] = [.definitions([
            Definition(term: "Cited by", meaning: "documents of the corpus that cite it (in-degree; several citations by one document count once)."),
            Definition(term: "Citations", meaning: "citations received, counting each mention."),
            Definition(term: "PageRank", meaning: "share of a random reader’s visits when following citations back in time (damping 0.85, weighted by citation counts)."),
            Definition(term: "Authority", meaning: "HITS authority score: cited by documents that cite many well-cited texts."),
            Definition(term: "Hub", meaning: "HITS hub score: cites many authoritative texts."),
        ])]
        for note in metrics.notes { blocks.append(.paragraph([.muted(note)])) }

        var subsections: [Subsection] = []
        func add(_ anchor: String, _ title: String, _ content: [Block]) {
            subsections.append(Subsection(number: "\(number).\(subsections.count + 1)", anchor: anchor, title: [.text(title)], blocks: content))
        }
        let central = overviewMembers()
        if !central.isEmpty {
            let what = metrics.pageRank == nil ? "most cited" : "highest PageRank"
            let caption = "Of the \(options.overviewNodes) nodes of \(what) among the documents read and the targets cited more than once, the \(central.count) linked to one another, with the citations among them; one row per year, oldest at the top. Click a node to open the document at undocs.org."
            let diagram = diagrams.diagram(title: "The \(central.count) most central nodes", members: central, direction: .topToBottom)
            add("overview", "Overview", [.figure(figure(diagram, caption: caption, fileStem: "overview"))])
        }
        let all = Array(0..<graph.nodeCount).filter { metrics.inDegree[$0] > 0 }
        let resolutions = all.filter { node($0).kind == .resolution || node($0).kind == .decision }
        let treaties = all.filter { node($0).kind == .treaty || node($0).kind == .instrument }
        let others = all.filter { node($0).kind == .document }
        add("most-cited-resolutions", "Most cited resolutions and decisions", [mostCitedTable(resolutions)])
        add("most-cited-treaties", "Most cited treaties and instruments", [mostCitedTable(treaties)])
        if !others.isEmpty { add("most-cited-documents", "Most cited other documents", [mostCitedTable(others)]) }
        add("hubs", "Hubs", [hubTable()])
        return Section(number: number, anchor: "most-cited", title: "Most cited and hubs", blocks: blocks, subsections: subsections)
    }

    /// The `overviewNodes` nodes of highest PageRank (or in-degree) among the documents that cite
    /// and the targets cited more than once, without those linked to none of the others.
    private func overviewMembers() -> [Int] {
        guard options.overviewNodes > 0, graph.edgeCount > 0 else { return [] }
        let score = metrics.pageRank ?? metrics.inDegree.map(Double.init)
        // A target mentioned once adds clutter, not structure.
        let candidates = (0..<graph.nodeCount).filter {
            metrics.inDegree[$0] >= 2 || (node($0).inCorpus && metrics.outDegree[$0] > 0)
        }
        let top = Set(metrics.byScore(candidates, score, graph: graph).prefix(options.overviewNodes))
        return top.filter { v in
            graph.successors(of: v).contains(where: top.contains) || graph.predecessors(of: v).contains(where: top.contains)
        }.sorted()
    }

    private func mostCitedTable(_ nodes: [Int]) -> Block {
        guard !nodes.isEmpty else { return .paragraph([.muted("None in this corpus.")]) }
        let ranked = metrics.byInDegree(nodes, graph: graph).prefix(options.topCount)
        var rows: [[Cell]] = []
        for (rank, v) in ranked.enumerated() {
            var row: [Cell] = [.number(rank + 1), .symbol(node(v).id), titleCell(v), dateCell(v),
                               .number(metrics.inDegree[v]), .number(metrics.citationsReceived[v])]
            row.append(metrics.pageRank.map { Cell.score($0[v]) } ?? Cell([.muted("—")]))
            row.append(metrics.authorities.map { Cell.score($0[v]) } ?? Cell([.muted("—")]))
            row.append(node(v).inCorpus ? .text("yes") : Cell([.muted("no")]))
            rows.append(row)
        }
        var blocks = Table(caption: nodes.count > options.topCount ? "The \(options.topCount) most cited of \(nodes.count)" : nil,
                           columns: [Column("#", numeric: true), Column("Symbol"), Column("Title"), Column("Date", noWrap: true),
                                     Column("Cited by", numeric: true), Column("Citations", numeric: true),
                                     Column("PageRank", numeric: true), Column("Authority", numeric: true), Column("In corpus")],
                           rows: rows)
        blocks.filterable = rows.count > 10
        return .table(blocks)
    }

    private func hubTable() -> Block {
        guard let hubs = metrics.hubs else { return .paragraph([.muted("Hub scores were not computed.")]) }
        let citing = Array(0..<graph.nodeCount).filter { metrics.outDegree[$0] > 0 }
        guard !citing.isEmpty else { return .paragraph([.muted("No document cites anything.")]) }
        let ranked = metrics.byScore(citing.filter { hubs[$0] > 1e-9 }, hubs, graph: graph).prefix(options.topCount)
        var rows: [[Cell]] = []
        for (rank, v) in ranked.enumerated() {
            rows.append([.number(rank + 1), .symbol(node(v).id), titleCell(v), dateCell(v),
                         .number(metrics.outDegree[v]), .score(hubs[v])])
        }
        var table = Table(caption: "Documents that cite the most authoritative texts",
                          columns: [Column("#", numeric: true), Column("Symbol"), Column("Title"), Column("Date", noWrap: true),
                                    Column("Cites (targets)", numeric: true), Column("Hub score", numeric: true)],
                          rows: rows)
        table.filterable = rows.count > 10
        return .table(table)
    }
}
