import CiteCore
import CiteGraph

/// Builds the citation report of a corpus: one self-contained `index.html` and its Markdown
/// twin `report.md`, with the series diagrams as SVG files beside it.
///
/// ```swift
/// let input = ReportInput(title: "WPS", documents: documents, citations: citations)
/// let report = ReportBuilder(input: input).build()
/// try report.write(to: "Reports/wps")     // index.html, report.md, overview.svg, series-….svg
/// ```
///
/// The same input gives byte-identical files: nothing depends on the time, the machine's
/// locale or dictionary order. Every piece of document text is escaped, and the only links
/// are `https://undocs.org/<symbol>` for UN document symbols.
public struct ReportBuilder: Sendable {
    public var input: ReportInput
    public var options: ReportOptions

    public init(input: ReportInput, options: ReportOptions = ReportOptions()) {
        self.input = input
        self.options = options
    }

    /// Computes centralities, series and communities (unless the input brings them), draws the
    /// diagrams and writes both documents. A diagram Graphviz cannot draw becomes a note.
    /// - Complexity: dominated by the series search (about one `series(of:)` call per document)
    ///   and the diagram layouts; the rest is O((V + E) log V + C log C).
    public func build() -> Report {
        var assembler = ReportAssembler(input: input, options: options)
        let content = assembler.content()
        let html = HTMLWriter().write(content)
        let markdown = MarkdownWriter().write(content)
        var files = [ReportFile(name: Report.htmlFileName, contents: html),
                     ReportFile(name: Report.markdownFileName, contents: markdown)]
        files += assembler.figures.compactMap { figure in
            guard let svg = figure.svg, let name = figure.fileName else { return nil }
            return ReportFile(name: name, contents: svg + "\n")
        }
        return Report(html: html, markdown: markdown, files: files)
    }

    /// Builds the report and writes it into `folder` (created when missing).
    @discardableResult
    public func write(to folder: String) throws(ReportError) -> Report {
        let report = build()
        try report.write(to: folder)
        return report
    }
}
