import CiteCore
import CiteGraph
import CiteRender

extension ReportAssembler {
    /// Every series: an index table, then one subsection per series with its members oldest →
    /// newest, how each continues the previous one, and its diagram (dot, one rank per year).
    mutating func seriesSection(number: Int) -> Section {
        var blocks: [Block] = [.paragraph([
            .text("A series is decided from the texts: each earlier resolution of the same body that a resolution cites (or that continues what it cites) is scored on how alike the two texts are, where and how it is cited, titles when known and the time between them. The links are then chosen best first so that each resolution has one predecessor and one successor at most, so every member belongs to one series; the confidence column is the score of the link to the row before. Series of at least \(options.minimumSeriesLength) members are listed, longest first."),
        ])]
        guard !series.isEmpty else {
            blocks.append(.paragraph([.muted("No series of \(options.minimumSeriesLength) or more members was found.")]))
            return Section(number: number, anchor: "series", title: "Series", blocks: blocks)
        }
        var index: [[Cell]] = []
        var subsections: [Subsection] = []
        for (k, s) in series.enumerated() {
            let first = s.members[0], last = s.members[s.members.count - 1]
            let anchor = "series-\(k + 1)"
            index.append([.number(k + 1), Cell([.symbol(node(first).id)]), Cell([.symbol(node(last).id)]),
                          .number(s.members.count), Cell([.text(yearSpan(s.members))]), .text(bodyText(first)),
                          titleCell(last)])
            subsections.append(seriesSubsection(s, number: "\(number).\(k + 1)", anchor: anchor))
        }
        var table = Table(caption: "Series found", columns: [
            Column("#", numeric: true), Column("First"), Column("Latest"), Column("Members", numeric: true),
            Column("Years", noWrap: true), Column("Body"), Column("Title of the latest"),
        ], rows: index)
        table.filterable = index.count > 10
        blocks.append(.table(table))
        return Section(number: number, anchor: "series", title: "Series", blocks: blocks, subsections: subsections)
    }

    private mutating func seriesSubsection(_ s: Series, number: String, anchor: String) -> Subsection {
        let first = s.members[0], last = s.members[s.members.count - 1]
        var rows: [[Cell]] = []
        for (k, v) in s.members.enumerated() {
            var continues: [Inline] = [.muted("first")]
            var topic = Cell([.muted("—")])
            if k > 0, k - 1 < s.links.count {
                let link = s.links[k - 1]
                continues = linkDescription(link)
                topic = .score(link.evidence.confidence, digits: 2)
            }
            rows.append([.number(k + 1), .symbol(node(v).id), dateCell(v), titleCell(v), Cell(continues), topic])
        }
        let table = Table(caption: nil, columns: [
            Column("#", numeric: true), Column("Symbol"), Column("Date", noWrap: true), Column("Title"), Column("Continues"),
            Column("Link confidence", numeric: true),
        ], rows: rows)
        var blocks: [Block] = [.paragraph([
            .text("\(s.members.count) members, \(yearSpan(s.members)), from "), .symbol(node(first).id),
            .text(" to "), .symbol(node(last).id), .text("."),
        ])]
        if s.members.count <= options.maximumSeriesDiagramNodes {
            let caption = "Series of \(node(first).id) to \(node(last).id): one column per year, oldest on the left; each arrow is the citation that links a member to its predecessor (from a later member when the link is inferred)."
            let diagram = diagrams.seriesDiagram(title: "Series \(node(first).id) → \(node(last).id)", series: s)
            blocks.append(.figure(figure(diagram, caption: caption, fileStem: "series-" + node(first).id)))
        } else {
            blocks.append(.paragraph([.muted("The series has more than \(options.maximumSeriesDiagramNodes) members; its diagram is left out.")]))
        }
        blocks.append(.table(table))
        return Subsection(number: number, anchor: anchor,
                          title: [.symbol(node(first).id), .text(" → "), .symbol(node(last).id)], blocks: blocks)
    }

    /// `recalls 1325 (2000)`, or `inferred from the citations of X` when the member itself does not cite it.
    private func linkDescription(_ link: SeriesLink) -> [Inline] {
        if let e = graph.edgeID(from: link.successor, to: link.predecessor) {
            return [.code(graph.edge(e).dominantRelation.rawValue), .text(" "), .symbol(node(link.predecessor).id)]
        }
        var out: [Inline] = [.symbol(node(link.predecessor).id)]
        if link.inferred { out += [.muted(" inferred from the citations of "), .symbol(node(link.citedBy).id)] }
        return out
    }

    /// `2000–2019`, `2013`, or `undated`.
    func yearSpan(_ members: [Int]) -> String {
        let years = members.compactMap { node($0).year }
        guard let lo = years.min(), let hi = years.max() else { return "undated" }
        return lo == hi ? String(lo) : "\(lo)–\(hi)"
    }
}
