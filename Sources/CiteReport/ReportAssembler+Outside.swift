import CiteCore
import CiteGraph

extension ReportAssembler {
    /// Targets known only from citations, most cited first.
    mutating func outsideSection(number: Int) -> Section {
        let external = metrics.byInDegree((0..<graph.nodeCount).filter { !node($0).inCorpus }, graph: graph)
        var blocks: [Block] = [.paragraph([
            .text("Resolutions, treaties, instruments and documents that the corpus cites but that were not read: \(Format.count(external.count, "node")), receiving \(Format.count(external.reduce(0) { $0 + metrics.citationsReceived[$1] }, "citation"))."),
        ])]
        guard !external.isEmpty else {
            return Section(number: number, anchor: "outside", title: "Citations outside the corpus", blocks: blocks)
        }
        var rows: [[Cell]] = []
        for (rank, v) in external.prefix(options.externalLimit).enumerated() {
            let citing = graph.predecessors(of: v).sorted { SymbolOrder.less(node($0).id, node($1).id) }
            rows.append([.number(rank + 1), .symbol(node(v).id), .code(node(v).kind.rawValue), .text(bodyText(v)),
                         titleCell(v), .number(metrics.inDegree[v]), .number(metrics.citationsReceived[v]),
                         Cell(symbolList(citing, limit: 3))])
        }
        var table = Table(caption: nil, columns: [
            Column("#", numeric: true), Column("Symbol"), Column("Kind"), Column("Body"), Column("Title"),
            Column("Cited by", numeric: true), Column("Citations", numeric: true), Column("Cited in"),
        ], rows: rows)
        table.filterable = rows.count > 10
        blocks.append(.table(table))
        if external.count > options.externalLimit {
            blocks.append(.paragraph([.muted("\(Format.count(external.count - options.externalLimit, "less cited node")) not listed.")]))
        }
        return Section(number: number, anchor: "outside", title: "Citations outside the corpus", blocks: blocks)
    }

    /// Groups of documents that cite each other in a circle.
    mutating func cyclesSection(number: Int) -> Section {
        var blocks: [Block] = [.paragraph([
            .text("A cycle means documents that cite each other in a circle: cross-citation within one session, or an extraction error worth checking."),
        ])]
        if cycles.isEmpty {
            blocks.append(.paragraph([.muted("No cycle: the citations run strictly back in time.")]))
        } else {
            let rows: [[Cell]] = cycles.enumerated().map { k, cycle in
                var path: [Inline] = []
                for v in cycle + [cycle[0]] {
                    if !path.isEmpty { path.append(.text(" → ")) }
                    path.append(.symbol(node(v).id))
                }
                return [.number(k + 1), .number(cycle.count), Cell(path)]
            }
            blocks.append(.table(Table(caption: nil, columns: [Column("#", numeric: true), Column("Length", numeric: true), Column("Cycle")], rows: rows)))
        }
        return Section(number: number, anchor: "cycles", title: "Cycles", blocks: blocks)
    }
}
