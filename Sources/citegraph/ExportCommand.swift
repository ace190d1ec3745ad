import ArgumentParser
import CiteCore
import CiteGraph
import CiteReport
import Foundation

enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case graphml, gexf, json, csv, cypher }

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph for Gephi, NetworkX, Neo4j or Spark: GraphML, GEXF, JSON Graph Format, CSV, Cypher."
    )

    @OptionGroup var source: GraphSourceOptions

    @Option(help: "graphml, gexf, json, csv (a folder with nodes.csv and edges.csv) or cypher.")
    var format: ExportFormat

    @Option(name: [.short, .customLong("output")], help: "Output file (a folder for csv).")
    var output: String

    func run() throws {
        try runReportingErrors {
            try source.refuseOutput(output)
            let (graph, _) = try source.loadGraph()
            switch format {
            case .graphml: try Outputs.write(graph.graphML(), to: output)
            case .gexf: try Outputs.write(graph.gexf(), to: output)
            case .json: try Outputs.write(graph.jsonGraph(), to: output)
            case .cypher: try Outputs.write(graph.cypher(), to: output)
            case .csv:
                try OutputFolder.create(output)
                let csv = graph.neo4jCSV()
                for (name, text) in [("nodes.csv", csv.nodes), ("edges.csv", csv.edges)] {
                    let path = (output as NSString).appendingPathComponent(name)
                    try source.refuseOutput(path)
                    try Outputs.write(text, to: path)
                }
            }
            Console.error("export: \(graph.nodeCount) nodes, \(graph.edgeCount) edges → \(output)")
        }
    }
}
