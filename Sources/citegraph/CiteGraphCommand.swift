import ArgumentParser
import CiteCore
import CiteGraph
import Foundation

@main
struct CiteGraphCommand: ParsableCommand {
    /// What `citegraph --version` prints.
    static let version = "0.9.0"

    static let configuration = CommandConfiguration(
        commandName: "citegraph",
        abstract: "Turns United Nations resolutions and treaties into a citation graph.",
        version: version,
        subcommands: [IngestCommand.self, ExtractCommand.self, TextCommand.self, DiffCommand.self, CitedByCommand.self, LineageCommand.self, RankCommand.self, CommunitiesCommand.self,
                      ExportCommand.self, RenderCommand.self, ReportCommand.self, ServeCommand.self, EvalCommand.self,
                      PDFTextCommand.self]
    )

    /// `ParsableCommand.main()`, except that a mistyped subcommand is named with the closest one
    /// ("did you mean lineage?") instead of the parser's "unexpected arguments".
    static func main() {
        // Past a file size limit (`ulimit -f`) a write should fail with EFBIG, which the output
        // writers turn into one error line with the old file kept, instead of killing the process.
        signal(SIGXFSZ, SIG_IGN)
        // A path argument that is not UTF-8 still names its file (FileNames).
        FileNames.rememberArguments()
        let arguments = Array(CommandLine.arguments.dropFirst())
        var command: ParsableCommand
        do {
            command = try parseAsRootSuggesting(arguments)
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    /// `parseAsRoot`, with a mistyped subcommand reported as a usage error that names the closest.
    static func parseAsRootSuggesting(_ arguments: [String]) throws -> ParsableCommand {
        do {
            return try parseAsRoot(arguments)
        } catch {
            // --help, --version and `help` end the parse cleanly: never second-guess them.
            if exitCode(for: error) != .success, let message = mistypedSubcommand(in: arguments) {
                throw ValidationError(message)
            }
            throw error
        }
    }

    /// "unknown command 'lineag'; did you mean 'lineage'?" when the first argument is not an
    /// option, names no subcommand, and is close to one (or begins one); nil otherwise.
    static func mistypedSubcommand(in arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName }
        guard !names.contains(first), first != "help" else { return nil }
        let typed = first.lowercased()
        let ranked = names.map { name in (distance: CitationGraph.editDistance(typed, name), name: name) }
            .sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        let prefixed = names.filter { $0.hasPrefix(typed) && typed.count >= 3 }
        let closest = prefixed.count == 1 ? prefixed[0]
            : ranked.first.flatMap { $0.distance <= max(1, min(3, typed.count / 3)) ? $0.name : nil }
        guard let closest else {
            return "unknown command '\(first)' (commands: \(names.joined(separator: ", ")))"
        }
        return "unknown command '\(first)'; did you mean '\(closest)'?"
    }
}
