import ArgumentParser
import CiteCore
import CiteGraph
import CiteStore
import Foundation

/// Where an analysis command gets its graph: a store (`--db`) or corpus paths read into memory.
struct GraphSourceOptions: ParsableArguments {
    @Option(help: "The store to read (default: citegraph.sqlite in the working folder when no path is given).")
    var db: String?

    @Argument(help: "Corpus files or folders to read into an in-memory store instead of --db.")
    var paths: [String] = []

    /// Refuses --db together with corpus paths.
    ///
    /// Checked when the command runs, not in `validate()`: the parser validates before it looks
    /// for unknown options, and the value of a mistyped option (`--mesure pagerank`) lands among
    /// the paths, so a check there would hide the parser's "Unknown option '--mesure'".
    func checkOneSource() throws {
        if db != nil && !paths.isEmpty { throw ValidationError("give either --db or corpus paths, not both") }
    }

    /// The store: the one named, the default file, or an in-memory one filled from the paths.
    func openStore() throws -> CitationStore {
        try checkOneSource()
        if !paths.isEmpty {
            let selection = IngestSelection(paths: paths)
            if selection.files.isEmpty && !selection.failures.isEmpty {
                for f in selection.failures { Console.error("error: \(f)") }
                throw ExitCode(ExitCodes.failure)
            }
            let store = try CitationStore.inMemory()
            let summary = try selection.ingest(with: Ingester(store: store), progress: nil)
            for f in summary.failures { Console.error("error: \(f)") }
            if let notice = selection.otherLanguages.notice { Console.error(notice) }
            return store
        }
        return try Self.open(db: db ?? "citegraph.sqlite")
    }

    /// A store file, read-only; a missing file says how to make one.
    static func open(db path: String) throws -> CitationStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError(Inputs.missing(path) + " (run `citegraph ingest PATH --db \(path)` first, or give corpus paths)")
        }
        return try CitationStore(path: path, readOnly: true)
    }

    /// Refuses an output path that would replace the store or an input (see `Outputs`).
    func refuseOutput(_ output: String) throws {
        try Outputs.refuseProtected(output, store: paths.isEmpty ? (db ?? "citegraph.sqlite") : nil, inputs: paths)
    }

    /// The citation graph of the store, with documents' metadata on their nodes.
    func loadGraph() throws -> (graph: CitationGraph, store: CitationStore) {
        let store = try openStore()
        return (try GraphLoading.graph(from: store), store)
    }
}

enum GraphLoading {
    static func graph(from store: CitationStore) throws -> CitationGraph {
        try CitationGraph(store: store)
    }
}

enum Reading {
    /// Reads a file of any supported kind and extracts its citations.
    @Sendable static func readAndExtract(_ path: String) throws -> (Document, [Citation]) {
        try readAndExtract(path, kind: Inputs.kind(of: path))
    }

    /// `readAndExtract(_:)` of a file whose kind is known.
    static func readAndExtract(_ path: String, kind: Inputs.Kind) throws -> (Document, [Citation]) {
        let doc = try Inputs.read(path, kind: kind)
        return (doc, CitationExtractor().extract(doc))
    }
}

/// An error printed as one line.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

/// "Did you mean": the unknown symbol with the closest ids of the graph.
enum Suggestions {
    static func unknownSymbol(_ symbol: String, graph: CitationGraph) -> CLIError {
        let near = graph.closestIDs(to: symbol)
        let hint = near.isEmpty ? "the store is empty" : "closest: " + near.joined(separator: ", ")
        return CLIError("unknown symbol \(symbol) (\(hint))")
    }
}

/// Runs a command body and turns errors into one line and an exit code.
func runReportingErrors(_ body: () throws -> Void) throws {
    do { try body() } catch let e as ExitCode { throw e } catch let e as ValidationError { throw e } catch {
        Console.error("error: \(PlainErrors.describe(error))")
        throw ExitCode(ExitCodes.failure)
    }
}
