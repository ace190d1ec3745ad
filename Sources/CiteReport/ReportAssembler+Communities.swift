import CiteCore
import CiteGraph

extension ReportAssembler {
    /// Communities of at least `minimumCommunitySize` nodes with their labels and most cited members.
    mutating func communitiesSection(number: Int) -> Section {
        var blocks: [Block] = [.paragraph([
            .text("Groups of documents that cite each other (or the same texts) more than chance would have it: Louvain communities of the citation graph taken as undirected and weighted by citation counts. A label is the most common subjects of its members, else their most common title words. Modularity of the partition: "),
            .strong(Format.fixed(communities.modularity, digits: 3)), .text("."),
        ])]
        let listed = communities.communities.enumerated().filter { $0.element.count >= options.minimumCommunitySize }
        let small = communities.communities.count - listed.count
        if listed.isEmpty {
            blocks.append(.paragraph([.muted("No community of \(options.minimumCommunitySize) or more nodes.")]))
        } else {
            var rows: [[Cell]] = []
            for (k, members) in listed {
                let label = k < communities.labels.count ? communities.labels[k] : ""
                let inCorpus = members.filter { node($0).inCorpus }.count
                let top = metrics.byInDegree(members, graph: graph)
                rows.append([.number(k + 1), label.isEmpty ? Cell([.muted("—")]) : .text(label), .number(members.count),
                             .number(inCorpus), Cell([.text(yearSpan(members))]), Cell(symbolList(top, limit: 6))])
            }
            var table = Table(caption: nil, columns: [
                Column("#", numeric: true), Column("Label"), Column("Nodes", numeric: true),
                Column("In corpus", numeric: true), Column("Years", noWrap: true), Column("Most cited members"),
            ], rows: rows)
            table.filterable = rows.count > 10
            blocks.append(.table(table))
        }
        if small > 0 {
            let nodes = communities.communities.filter { $0.count < options.minimumCommunitySize }.reduce(0) { $0 + $1.count }
            blocks.append(.paragraph([.muted("\(Format.count(small, "smaller community", "smaller communities")) (\(Format.count(nodes, "node"))) not listed.")]))
        }
        return Section(number: number, anchor: "communities", title: "Communities", blocks: blocks)
    }
}
