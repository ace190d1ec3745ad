import ArgumentParser
import CiteCore
import CiteGraph
import CiteReport
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
            try source.refuseOutput(output)
            let graph = try source.loadGraph().graph.filtered(by: try filter.filter())
            switch format {
            case .graphml: try Outputs.write(graph.graphML(), to: output)
            case .gexf: try Outputs.write(graph.gexf(), to: output)
            case .json: try Outputs.write(graph.jsonGraph(), to: output)
            case .cypher: try Outputs.write(graph.cypher(), to: output)
            case .csv, .neo4jCSV:
                try OutputFolder.create(output)
                let csv = format == .csv ? graph.plainCSV() : graph.neo4jCSV()
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
