import ArgumentParser
import Foundation

@main
struct CiteGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citegraph",
        abstract: "Turns United Nations resolutions and treaties into a citation graph.",
        subcommands: [TextCommand.self, ExtractCommand.self, EvalCommand.self]
    )
}
