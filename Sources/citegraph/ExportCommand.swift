import ArgumentParser
import CiteCore
import CiteGraph
import Foundation

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case graphml, gexf, json, csv, cypher
    case neo4jCSV = "neo4j-csv"
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph for Gephi, NetworkX, pandas, Neo4j or Spark: GraphML, GEXF, JSON Graph Format, CSV, Cypher.",
        discussion: """
        csv writes a folder with edges.csv (source,target,relation,weight,relations,sections) and \
        nodes.csv (id,kind,body,date,year,title,agenda,subjects,inCorpus); neo4j-csv the same two \
        files with the headers of neo4j-admin database import; cypher a file for cypher-shell -f \
        (a constraint, then UNWIND batches of 1,000 nodes or edges).
        """
    )

    @OptionGroup var source: GraphSourceOptions

    @OptionGroup var filter: FilterOptions

    @Option(help: "graphml, gexf, json, csv, neo4j-csv or cypher.")
    var format: ExportFormat

    @Option(name: [.short, .customLong("output")], help: "Output file (a folder for csv and neo4j-csv).")
    var output: String

    func run() throws {
        try runReportingErrors {
            let graph = try source.loadGraph().graph.filtered(by: try filter.filter())
            let url = URL(fileURLWithPath: output)
            switch format {
            case .graphml: try Outputs.write(Data(graph.graphML().utf8), to: output)
            case .gexf: try Outputs.write(Data(graph.gexf().utf8), to: output)
            case .json: try Outputs.write(Data(graph.jsonGraph().utf8), to: output)
            case .cypher: try Outputs.write(Data(graph.cypher().utf8), to: output)
            case .csv, .neo4jCSV:
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                let csv = format == .csv ? graph.plainCSV() : graph.neo4jCSV()
                try Outputs.write(Data(csv.nodes.utf8), to: url.appendingPathComponent("nodes.csv").path)
                try Outputs.write(Data(csv.edges.utf8), to: url.appendingPathComponent("edges.csv").path)
            }
            Console.error("export: \(graph.nodeCount) nodes, \(graph.edgeCount) edges → \(output)")
        }
    }
}
