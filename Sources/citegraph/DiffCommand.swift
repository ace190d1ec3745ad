import ArgumentParser
import CiteCore
import CiteGraph
import CiteReport
import CiteStore
import Foundation

enum DiffFormat: String, ExpressibleByArgument, CaseIterable { case text, json, html, md }

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two documents: paragraphs aligned (unchanged, changed, new, dropped, moved), word marks, references added and dropped."
    )

    @Argument(help: "The earlier document: a stored symbol (any case) or a file.")
    var from: String

    @Argument(help: "The later document: a stored symbol (any case) or a file.")
    var to: String

    @OptionGroup var source: GraphSourceOptions

    @Option(help: "text, json, html or md.")
    var format: DiffFormat = .text

    @Flag(help: "Show unchanged paragraphs too (text, html, md).")
    var all = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Print phase<TAB>seconds timings (read, compare, format) to standard error.")
    var timing = false

    func run() throws {
        try runReportingErrors {
            var store: CitationStore?
            func openStore() throws -> CitationStore {
                if let store { return store }
                let s = try source.openStore()
                store = s
                return s
            }
            var clock = ContinuousClock.now
            func phase(_ name: String) {
                guard timing else { return }
                let now = ContinuousClock.now
                let d = now - clock
                Console.error("\(name)\t" + String(format: "%.6f", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18))
                clock = now
            }
            let a = try input(from, store: openStore)
            let b = try input(to, store: openStore)
            phase("read")
            let diff = ParagraphDiff.compare(a, b)
            phase("compare")
            defer { phase("format") }
            let text: String
            switch format {
            case .json: text = diff.json
            case .html: text = DiffPage.html(diff, all: all)
            case .md: text = DiffPage.markdown(diff, all: all)
            case .text: text = diff.text(colour: output == nil && isatty(STDOUT_FILENO) == 1, all: all)
            }
            if let output {
                do { try Data(text.utf8).write(to: URL(fileURLWithPath: output)) } catch {
                    throw CLIError("\(output): cannot write (\(error.localizedDescription))")
                }
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }

    /// A file that exists is read; anything else is a stored symbol.
    func input(_ argument: String, store: () throws -> CitationStore) throws -> DiffInput {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDir), !isDir.boolValue {
            let (doc, citations) = try Reading.readAndExtract(argument)
            return DiffInput(document: doc, citations: citations)
        }
        let s = try store()
        if let symbol = try s.documentSymbol(matching: argument), let input = try s.diffInput(symbol: symbol) { return input }
        let graph = try GraphLoading.graph(from: s)
        if let node = graph.nodeIndex[argument], !graph.nodes[node].inCorpus {
            throw CLIError("\(argument): cited in the store but its text is not stored (ingest its file, or give the file)")
        }
        throw Suggestions.unknownSymbol(argument, graph: graph)
    }
}
