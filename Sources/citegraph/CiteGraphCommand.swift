import ArgumentParser
import Foundation

@main
struct CiteGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citegraph",
        abstract: "Turns United Nations resolutions and treaties into a citation graph.",
        subcommands: [IngestCommand.self, ExtractCommand.self, TextCommand.self, DiffCommand.self, CitedByCommand.self, LineageCommand.self, RankCommand.self, CommunitiesCommand.self,
                      ExportCommand.self, RenderCommand.self, ReportCommand.self, EvalCommand.self]
    )
}
