import CiteCore
import CiteGraph

extension ReportAssembler {
    /// For each citing document, every citation: paragraph, relation, target and the quoted words.
    mutating func provenanceSection(number: Int) -> Section {
        var blocks: [Block] = [.paragraph([
            .text("Where each link comes from: for every citing document, each citation with its paragraph ("),
            .code("PP"), .text(" preamble, "), .code("OP"), .text(" operative), the verb that cites, the target and the words quoted from the text. Open a document to see its citations."),
        ])]
        guard !graph.citations.isEmpty else {
            blocks.append(.paragraph([.muted("The graph carries no provenance.")]))
            return Section(number: number, anchor: "provenance", title: "Provenance of every citation", blocks: blocks)
        }
        // graph.citations is sorted by citing symbol, then span: group runs.
        var groups: [(citing: String, citations: [Citation])] = []
        for c in graph.citations {
            if groups.last?.citing == c.citing { groups[groups.count - 1].citations.append(c) } else { groups.append((c.citing, [c])) }
        }
        groups.sort { SymbolOrder.less($0.citing, $1.citing) }
        var list: [Block] = []
        for group in groups {
            let targets = Set(group.citations.map(\.target)).count
            var summary: [Inline] = [.symbol(group.citing)]
            if let v = graph.nodeIndex[group.citing], let title = node(v).title, !title.isEmpty { summary.append(.text(" — " + title)) }
            summary.append(.muted(" · \(Format.count(group.citations.count, "citation")) of \(Format.count(targets, "target"))"))
            let rows: [[Cell]] = group.citations.map { c in
                var where_: [Inline] = [.code(c.paragraph)]
                if let f = c.footnote { where_.append(.muted(" fn \(f)")) }
                var target: [Inline] = [.symbol(c.target)]
                if let part = c.part, !part.isEmpty { target.append(.muted(" part \(part)")) }
                return [Cell(where_), .code(c.relation.rawValue), Cell(target), Cell([.quote(c.text)]), .code(c.section.rawValue)]
            }
            let table = Table(caption: nil, columns: [Column("Paragraph"), Column("Relation"), Column("Cites"), Column("Quoted words"), Column("Section")], rows: rows)
            list.append(.details(summary: summary, blocks: [.table(table)]))
        }
        blocks.append(.group(filterable: list.count > 5, blocks: list))
        return Section(number: number, anchor: "provenance", title: "Provenance of every citation", blocks: blocks)
    }
}
