import ArgumentParser
import CiteCore
import CiteGraph
import CiteReport
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the report as a static site (index.html, one page per document, series family and community) and a Markdown summary into a folder."
    )

    @OptionGroup var source: GraphSourceOptions

    @OptionGroup var filter: FilterOptions

    @Option(name: [.short, .customLong("output")], help: "The folder to write index.html, report.md and the diagrams into.")
    var output: String

    @Option(help: "The report's title.")
    var title: String = "Citation graph report"

    @Option(help: "How many entries the ranking tables show.")
    var top: Int = 25

    func validate() throws {
        if top <= 0 { throw ValidationError("--top must be positive") }
    }

    func run() throws {
        try runReportingErrors {
            try source.refuseOutput(output)
            let store = try source.openStore()
            var graph = try CitationGraph(store: store).filtered(by: try filter.filter())
            // Series are decided from the texts too (see `lineage --series --explain`).
            graph.attachTexts(try store.paragraphTexts())
            let documents = try store.documents().map(ReportDocument.init)
            var options = ReportOptions()
            options.topCount = top
            let site = Site(input: ReportInput(title: title, graph: graph, documents: documents), options: options)
            let pages = try site.write(to: output)
            Console.error("report: \(graph.nodeCount) nodes, \(graph.edgeCount) edges → \(output)/index.html (\(pages) pages), \(output)/report.md")
        }
    }
}
