import CiteCore
import CiteGraph

extension ReportAssembler {
    /// Key figures; documents per body and year; citations per relation, target kind and section.
    mutating func summarySection(number: Int) -> Section {
        let citations = graph.citations
        let external = graph.nodes.filter { !$0.inCorpus }.count
        let bigCommunities = communities.communities.filter { $0.count >= options.minimumCommunitySize }.count
        var blocks: [Block] = [.keyFigures([
            KeyFigure(label: "Documents read", value: Format.grouped(documents.count)),
            KeyFigure(label: "Citations", value: Format.grouped(citations.count)),
            KeyFigure(label: "Nodes", value: Format.grouped(graph.nodeCount)),
            KeyFigure(label: "Citing links (merged)", value: Format.grouped(graph.edgeCount)),
            KeyFigure(label: "Nodes outside the corpus", value: Format.grouped(external)),
            KeyFigure(label: "Series (≥ \(options.minimumSeriesLength))", value: Format.grouped(series.count)),
            KeyFigure(label: "Communities (≥ \(options.minimumCommunitySize))", value: Format.grouped(bigCommunities)),
            KeyFigure(label: "Cycles", value: Format.grouped(cycles.count)),
        ])]
        var facts: [Inline] = [
            .text("Each citation links the citing document to what it cites; several citations of one target by one document are merged into one link whose weight is their count."),
        ]
        if graph.droppedSelfCitations > 0 {
            facts.append(.text(" \(Format.count(graph.droppedSelfCitations, "citation")) of a document by itself were left out."))
        }
        blocks.append(.paragraph(facts))
        for note in metrics.notes { blocks.append(.paragraph([.muted(note)])) }

        var subsections: [Subsection] = []
        subsections.append(Subsection(number: "\(number).1", anchor: "documents-per-year", title: [.text("Documents per body and year")],
                                      blocks: [documentsPerYear()]))
        subsections.append(Subsection(number: "\(number).2", anchor: "citations-per-relation", title: [.text("Citations per relation")],
                                      blocks: [.paragraph([.text("The verb that cites, folded to the vocabulary of the design (“Recalling also” → "), .code("recalls"), .text("; no verb read → "), .code("cites"), .text(").")]),
                                               countTable(citations.map(\.relation.rawValue), label: "Relation", code: true)]))
        subsections.append(Subsection(number: "\(number).3", anchor: "citations-per-kind", title: [.text("Citations per target kind")],
                                      blocks: [kindTable()]))
        subsections.append(Subsection(number: "\(number).4", anchor: "citations-per-section", title: [.text("Citations per section")],
                                      blocks: [countTable(citations.map(\.section.rawValue), label: "Section", code: true)]))
        return Section(number: number, anchor: "summary", title: "Corpus summary", blocks: blocks, subsections: subsections)
    }

    /// Rows: years (undated last); columns: bodies present, then the total.
    private func documentsPerYear() -> Block {
        var counts: [String: [Body: Int]] = [:]
        var bodies = Set<Body>()
        for d in documents {
            let year = d.date.flatMap { $0.count >= 4 ? String($0.prefix(4)) : nil }
                ?? SymbolChronology.year(date: nil, symbol: d.symbol).map(String.init) ?? "undated"
            counts[year, default: [:]][d.body, default: 0] += 1
            bodies.insert(d.body)
        }
        let columns = bodies.sorted()
        let years = counts.keys.sorted { a, b in
            if a == "undated" || b == "undated" { return b == "undated" && a != "undated" }
            return a < b
        }
        var rows: [[Cell]] = []
        var totals = [Body: Int]()
        for year in years {
            var row: [Cell] = [.text(year)]
            var sum = 0
            for body in columns {
                let n = counts[year]?[body] ?? 0
                sum += n
                totals[body, default: 0] += n
                row.append(n == 0 ? Cell([.muted("·")], sortKey: 0) : .number(n))
            }
            row.append(Cell([.strong(String(sum))], sortKey: Double(sum)))
            rows.append(row)
        }
        var totalRow: [Cell] = [Cell([.strong("Total")])]
        for body in columns { totalRow.append(Cell([.strong(String(totals[body] ?? 0))], sortKey: Double(totals[body] ?? 0))) }
        totalRow.append(Cell([.strong(String(documents.count))], sortKey: Double(documents.count)))
        rows.append(totalRow)
        var table = Table(caption: "Documents read, by adopting body and year of adoption",
                          columns: [Column("Year")] + columns.map { Column($0.rawValue, numeric: true) } + [Column("Total", numeric: true)],
                          rows: rows)
        table.footerRows = 1
        table.compact = true
        return .table(table)
    }

    /// One row per distinct value, most frequent first, with its share and a bar.
    func countTable(_ values: [String], label: String, code: Bool) -> Block {
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        let ordered = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let top = ordered.first?.value ?? 1
        let rows: [[Cell]] = ordered.map { key, n in
            [code ? .code(key) : .text(key), .number(n), Cell([.text(Format.percent(n, of: values.count))], sortKey: Double(n)),
             Cell([.bar(Double(n) / Double(max(top, 1)))], sortKey: Double(n))]
        }
        var table = Table(caption: nil, columns: [Column(label), Column("Citations", numeric: true),
                                                  Column("Share", numeric: true), Column("")], rows: rows)
        table.compact = true
        return .table(table)
    }

    /// Citations, distinct targets and targets outside the corpus, per target kind.
    private func kindTable() -> Block {
        var citationsPerKind: [TargetKind: Int] = [:]
        var targets: [TargetKind: Set<Int>] = [:]
        for c in graph.citations {
            citationsPerKind[c.targetKind, default: 0] += 1
            if let t = graph.nodeIndex[c.target] { targets[c.targetKind, default: []].insert(t) }
        }
        let total = graph.citations.count
        let rows: [[Cell]] = TargetKind.allCases.compactMap { kind in
            guard let n = citationsPerKind[kind] else { return nil }
            let distinct = targets[kind] ?? []
            let outside = distinct.filter { !graph.nodes[$0].inCorpus }.count
            return [.code(kind.rawValue), .number(n), Cell([.text(Format.percent(n, of: total))], sortKey: Double(n)),
                    .number(distinct.count), .number(outside)]
        }
        var table = Table(caption: nil, columns: [Column("Target kind"), Column("Citations", numeric: true),
                                                  Column("Share", numeric: true), Column("Distinct targets", numeric: true),
                                                  Column("Outside the corpus", numeric: true)], rows: rows)
        table.compact = true
        return .table(table)
    }
}
