import CiteCore
import CiteGraph

extension ReportAssembler {
    /// Documents whose reading or extraction raised warnings.
    mutating func warningsSection(number: Int) -> Section {
        let flagged = documents.filter { !$0.warnings.isEmpty }
        var blocks: [Block] = [.paragraph([
            .text("\(Format.count(flagged.count, "document")) of \(documents.count) raised warnings while being read; their citations may be incomplete."),
        ] + (flagged.isEmpty ? [] : pathNote))]
        if !flagged.isEmpty {
            let rows: [[Cell]] = flagged.map { d in
                var lines: [Inline] = []
                for w in d.warnings {
                    if !lines.isEmpty { lines.append(.lineBreak) }
                    lines.append(.text(w))
                }
                return [.symbol(d.symbol), shownPath(d.path), .number(d.warnings.count), Cell(lines)]
            }
            var table = Table(caption: nil, columns: [Column("Symbol"), Column("File"), Column("Warnings", numeric: true), Column("What was found")], rows: rows)
            table.filterable = rows.count > 10
            blocks.append(.table(table))
        }
        if !duplicates.isEmpty {
            blocks.append(.paragraph([.text("\(Format.count(duplicates.count, "file")) had the symbol of another file and \(duplicates.count == 1 ? "was" : "were") left out of the report (the first file by path is kept):")]))
            let rows: [[Cell]] = duplicates.map { d in
                [.symbol(d.symbol), shownPath(d.path), shownPath(documents.first { $0.symbol == d.symbol }?.path ?? "")]
            }
            blocks.append(.table(Table(caption: nil, columns: [Column("Symbol"), Column("File left out"), Column("File kept")], rows: rows)))
        }
        return Section(number: number, anchor: "warnings", title: "Extraction warnings", blocks: blocks)
    }

    /// Every document read, with what it cites and how often it is cited.
    mutating func documentsSection(number: Int) -> Section {
        var rows: [[Cell]] = []
        for d in documents {
            let v = graph.nodeIndex[d.symbol]
            rows.append([.symbol(d.symbol), Cell.optional(d.date), .text(d.body.rawValue), Cell.optional(d.title),
                         .number(v.map { metrics.outDegree[$0] } ?? 0), .number(v.map { metrics.inDegree[$0] } ?? 0),
                         shownPath(d.path)])
        }
        var table = Table(caption: nil, columns: [
            Column("Symbol"), Column("Date", noWrap: true), Column("Body"), Column("Title"), Column("Cites", numeric: true),
            Column("Cited by", numeric: true), Column("File"),
        ], rows: rows)
        table.filterable = true
        let intro: [Inline] = [.text("Every document read, with the number of targets it cites and of documents of the corpus that cite it.")] + pathNote
        let blocks: [Block] = rows.isEmpty ? [.paragraph([.muted("No document was read.")])] : [.paragraph(intro), .table(table)]
        return Section(number: number, anchor: "documents", title: "Documents", blocks: blocks)
    }
}
