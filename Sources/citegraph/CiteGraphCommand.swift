import ArgumentParser
import Foundation

@main
struct CiteGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citegraph",
        abstract: "Turns United Nations resolutions and treaties into a citation graph.",
        subcommands: [IngestCommand.self, ExtractCommand.self, TextCommand.self, LineageCommand.self, RankCommand.self, CommunitiesCommand.self,
                      ExportCommand.self, RenderCommand.self, ReportCommand.self, EvalCommand.self,
                      PDFTextCommand.self]
    )

    static func main() {
        // Past a file size limit (`ulimit -f`) a write should fail with EFBIG, which the output
        // writers turn into one error line with the old file kept, instead of killing the process.
        signal(SIGXFSZ, SIG_IGN)
        main(nil)
    }
}
