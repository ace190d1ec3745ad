/// Writes ``ReportContent`` as Markdown (GitHub flavour): the same sections as the HTML page,
/// tables as pipe tables, diagrams as SVG files beside `report.md`.
struct MarkdownWriter {
    private var out = ""

    init() {}

    func write(_ content: ReportContent) -> String {
        var writer = self
        writer.document(content)
        return writer.out
    }

    private mutating func document(_ content: ReportContent) {
        out += "# \(Escaping.markdown(content.title))\n\n\(Escaping.markdown(content.subtitle))\n\n## Contents\n\n"
        for section in content.sections {
            out += "\(section.number). \(Escaping.markdown(section.title))\n"
            if !section.subsections.isEmpty, section.subsections.count <= 12 {
                for sub in section.subsections { out += "    - \(sub.number) \(inlines(sub.title))\n" }
            }
        }
        out += "\n"
        for section in content.sections {
            out += "## \(section.number). \(Escaping.markdown(section.title))\n\n"
            for block in section.blocks { self.block(block) }
            for sub in section.subsections {
                out += "### \(sub.number) \(inlines(sub.title))\n\n"
                for block in sub.blocks { self.block(block) }
            }
        }
        out += "---\n\nMade with citegraph. Symbols link to the official documents at undocs.org; treaties and instruments are not linked.\n"
    }

    private mutating func block(_ block: Block) {
        switch block {
        case .paragraph(let content):
            out += inlines(content) + "\n\n"
        case .table(let table):
            self.table(table)
        case .figure(let figure):
            if let name = figure.fileName, figure.svg != nil {
                out += "![\(Escaping.markdown(figure.caption))](\(name))\n\n"
                out += "*\(Escaping.markdown(figure.caption))*\n\n"
            } else {
                out += "*Diagram omitted: \(Escaping.markdown(figure.note ?? "it could not be drawn."))*\n\n"
            }
        case .keyFigures(let figures):
            out += "| Figure | Value |\n|---|---:|\n"
            for f in figures { out += "| \(Escaping.markdown(f.label)) | \(Escaping.markdown(f.value)) |\n" }
            out += "\n"
        case .definitions(let definitions):
            for d in definitions { out += "- **\(Escaping.markdown(d.term))**: \(Escaping.markdown(d.meaning))\n" }
            out += "\n"
        case .details(let summary, let blocks):
            out += "#### \(inlines(summary))\n\n"
            for b in blocks { self.block(b) }
        case .group(_, let blocks):
            for b in blocks { self.block(b) }
        }
    }

    private mutating func table(_ table: Table) {
        let table = table.droppingEmptyColumns()
        if let caption = table.caption { out += "*\(Escaping.markdown(caption))*\n\n" }
        let titles = table.columns.map { $0.title.isEmpty ? " " : Escaping.markdown($0.title) }
        let hasBars = table.rows.contains { $0.contains { $0.inlines.contains { if case .bar = $0 { true } else { false } } } }
        // Bar columns are pictures only; Markdown leaves them out.
        let keep = table.columns.indices.filter { i in
            !(hasBars && table.columns[i].title.isEmpty)
        }
        out += "| " + keep.map { titles[$0] }.joined(separator: " | ") + " |\n"
        out += "|" + keep.map { table.columns[$0].numeric ? "---:" : "---" }.joined(separator: "|") + "|\n"
        for row in table.rows {
            let cells = keep.map { $0 < row.count ? inlines(row[$0].inlines) : "" }
            out += "| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |\n"
        }
        out += "\n"
    }

    private func inlines(_ content: [Inline]) -> String {
        var s = ""
        for piece in content {
            switch piece {
            case .text(let t): s += Escaping.markdown(t)
            case .strong(let t): s += "**\(Escaping.markdown(t))**"
            case .code(let t), .path(let t): s += Escaping.markdownCode(t)
            case .muted(let t): s += Escaping.markdown(t)
            case .quote(let t): s += "“\(Escaping.markdown(t))”"
            case .symbol(let id):
                if let url = Links.undocs(id) {
                    s += "[\(Escaping.markdown(id))](\(url))"
                } else {
                    s += Escaping.markdownCode(id)
                }
            case .bar: break
            case .lineBreak: s += "<br>"
            case .link(let t, _): s += Escaping.markdown(t)
            }
        }
        return s
    }
}
