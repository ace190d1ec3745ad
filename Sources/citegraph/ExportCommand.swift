import ArgumentParser
import CiteCore
import CiteGraph
import Foundation

enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case graphml, gexf, json, csv, cypher }

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph for Gephi, NetworkX, Neo4j or Spark: GraphML, GEXF, JSON Graph Format, CSV, Cypher."
    )

    @OptionGroup var source: GraphSourceOptions

    @OptionGroup var filter: FilterOptions

    @Option(help: "graphml, gexf, json, csv (a folder with nodes.csv and edges.csv) or cypher.")
    var format: ExportFormat

    @Option(name: [.short, .customLong("output")], help: "Output file (a folder for csv).")
    var output: String

    func run() throws {
        try runReportingErrors {
            let graph = try source.loadGraph().graph.filtered(by: try filter.filter())
            let url = URL(fileURLWithPath: output)
            switch format {
            case .graphml: try Data(graph.graphML().utf8).write(to: url)
            case .gexf: try Data(graph.gexf().utf8).write(to: url)
            case .json: try Data(graph.jsonGraph().utf8).write(to: url)
            case .cypher: try Data(graph.cypher().utf8).write(to: url)
            case .csv:
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                let csv = graph.neo4jCSV()
                try Data(csv.nodes.utf8).write(to: url.appendingPathComponent("nodes.csv"))
                try Data(csv.edges.utf8).write(to: url.appendingPathComponent("edges.csv"))
            }
            Console.error("export: \(graph.nodeCount) nodes, \(graph.edgeCount) edges → \(output)")
        }
    }
}
