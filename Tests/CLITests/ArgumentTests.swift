import ArgumentParser
import CiteRender
import Foundation
import Testing
@testable import citegraph

/// The command line's arguments, checked in process with the argument parser's own parse
/// functions (no binary started): `--version`, a mistyped subcommand, a mistyped option beside
/// `--db`, the format of `render -o`.
@Suite("Arguments, in process")
struct ArgumentTests {
    /// What the tool prints for an error or clean exit thrown by a parse, and its exit code.
    static func outcome(_ arguments: [String]) -> (message: String, code: ExitCode)? {
        do {
            _ = try CiteGraphCommand.parseAsRootSuggesting(arguments)
            return nil
        } catch {
            return (CiteGraphCommand.fullMessage(for: error), CiteGraphCommand.exitCode(for: error))
        }
    }

    @Test("--version prints the version and exits 0")
    func version() throws {
        let result = try #require(Self.outcome(["--version"]))
        #expect(result.code == .success)
        #expect(result.message == CiteGraphCommand.version)
        #expect(CiteGraphCommand.version.split(separator: ".").count == 3)
    }

    @Test("a mistyped subcommand names the closest one",
          arguments: [("lineag", "lineage"), ("linage", "lineage"), ("rnak", "rank"), ("exprot", "export"),
                      ("ingset", "ingest"), ("comm", "communities"), ("Render", "render")])
    func mistypedSubcommand(_ typed: String, _ meant: String) throws {
        let result = try #require(Self.outcome([typed, "S/RES/2467 (2019)", "--db", "x.sqlite"]))
        #expect(result.code == .validationFailure)
        #expect(result.message.contains("unknown command '\(typed)'; did you mean '\(meant)'?"), "\(result.message)")
    }

    @Test("a word close to no subcommand lists them all")
    func unknownSubcommand() throws {
        let result = try #require(Self.outcome(["summarise"]))
        #expect(result.code == .validationFailure)
        #expect(result.message.contains("unknown command 'summarise' (commands: ingest, extract, text, diff, citedby, lineage, rank"), "\(result.message)")
    }

    @Test("help, --help and real subcommands are never taken for typos")
    func noFalseSuggestion() throws {
        #expect(CiteGraphCommand.mistypedSubcommand(in: ["lineage", "x"]) == nil)
        #expect(CiteGraphCommand.mistypedSubcommand(in: ["help", "rank"]) == nil)
        #expect(CiteGraphCommand.mistypedSubcommand(in: ["--help"]) == nil)
        #expect(CiteGraphCommand.mistypedSubcommand(in: []) == nil)
        // `help rank` parses into the parser's help command, which prints the help of rank.
        #expect(Self.outcome(["help", "rank"]) == nil)
    }

    @Test("with --db, a mistyped option gets the parser's unknown-option error",
          arguments: [["rank", "--db", "x.sqlite", "--mesure", "pagerank"],
                      ["export", "--db", "x.sqlite", "--format", "csv", "-o", "out", "--node", "A/RES/78/12"],
                      ["render", "--db", "x.sqlite", "--all", "-o", "a.svg", "--bodies", "GA"],
                      ["lineage", "S/RES/1325 (2000)", "--db", "x.sqlite", "--dept", "2"],
                      ["rank", "--edges", "e.tsv", "--mesure", "hits"]])
    func mistypedOptionBesideDB(_ arguments: [String]) throws {
        let result = try #require(Self.outcome(arguments))
        #expect(result.code == .validationFailure)
        let option = try #require(arguments.first { $0.hasPrefix("--") && !["--db", "--all", "--edges", "--format"].contains($0) })
        #expect(result.message.contains("Unknown option '\(option)'"), "\(result.message)")
        #expect(!result.message.contains("not both"), "\(result.message)")
    }

    @Test("--db and corpus paths together are still refused, as a usage error")
    func dbAndPaths() throws {
        let parsed = try CiteGraphCommand.parseAsRootSuggesting(["rank", "--db", "x.sqlite", "corpus/"])
        let rank = try #require(parsed as? RankCommand)
        #expect(throws: ValidationError.self) { try rank.source.checkOneSource() }
        #expect(CiteGraphCommand.exitCode(for: ValidationError("x")) == .validationFailure)
        let alone = try #require(try CiteGraphCommand.parseAsRootSuggesting(["rank", "--db", "x.sqlite"]) as? RankCommand)
        try alone.source.checkOneSource()
        #expect(alone.source.db == "x.sqlite" && alone.source.paths.isEmpty)
    }

    static func renderFormat(_ arguments: [String]) throws -> OutputFormat {
        let parsed = try CiteGraphCommand.parseAsRootSuggesting(["render", "--top", "5"] + arguments)
        return try #require(parsed as? RenderCommand).outputFormat()
    }

    @Test("render takes the format from the extension of -o when --format is not given")
    func renderFormatFromExtension() throws {
        #expect(try Self.renderFormat(["-o", "y.pdf"]) == .pdf)
        #expect(try Self.renderFormat(["-o", "y.PNG"]) == .png)
        #expect(try Self.renderFormat(["-o", "graphs/y.dot"]) == .dot)
        #expect(try Self.renderFormat(["-o", "y.gv"]) == .dot)
        #expect(try Self.renderFormat(["-o", "y.svg"]) == .svg)
        #expect(try Self.renderFormat(["-o", "y"]) == .svg)
        #expect(try Self.renderFormat(["-o", "y.pdf", "--format", "pdf"]) == .pdf)
        #expect(try Self.renderFormat(["-o", "y", "--format", "png"]) == .png)
        let series = try #require(try CiteGraphCommand.parseAsRootSuggesting(["render", "--all-series", "-o", "Graphs.v2"]) as? RenderCommand)
        #expect(try series.outputFormat() == .svg)
    }

    @Test("render refuses --format that the extension of -o contradicts, and an extension it cannot read")
    func renderFormatMismatch() throws {
        let mismatch = try #require(Self.outcome(["render", "--top", "5", "-o", "y.pdf", "--format", "svg"]))
        #expect(mismatch.code == .validationFailure)
        #expect(mismatch.message.contains("--format svg does not match y.pdf (a .pdf file)"), "\(mismatch.message)")
        let unknown = try #require(Self.outcome(["render", "--top", "5", "-o", "y.html"]))
        #expect(unknown.code == .validationFailure)
        #expect(unknown.message.contains("cannot tell the format of y.html from .html"), "\(unknown.message)")
        // An unknown extension is fine when the format is given.
        #expect(try Self.renderFormat(["-o", "y.html", "--format", "svg"]) == .svg)
    }

    @Test("export accepts csv and neo4j-csv as two formats")
    func exportFormats() throws {
        for (name, format) in [("csv", ExportFormat.csv), ("neo4j-csv", .neo4jCSV), ("cypher", .cypher)] {
            let parsed = try CiteGraphCommand.parseAsRootSuggesting(["export", "--format", name, "-o", "out", "--db", "x.sqlite"])
            #expect(try #require(parsed as? ExportCommand).format == format)
        }
        let result = try #require(Self.outcome(["export", "--format", "neo4j", "-o", "out"]))
        #expect(result.message.contains("neo4j-csv"), "the error lists the formats: \(result.message)")
    }

    @Test("extract accepts --format csv")
    func extractCSV() throws {
        let parsed = try CiteGraphCommand.parseAsRootSuggesting(["extract", "--format", "csv", "a.txt"])
        #expect(try #require(parsed as? ExtractCommand).format == .csv)
    }

    // Usage errors once checked by starting the binary; the parse alone decides them.

    @Test("communities --resolution nan, 0 or -1: a usage error, exit 64", arguments: ["nan", "0", "-1", "inf"])
    func badResolution(_ value: String) throws {
        let result = try #require(Self.outcome(["communities", "--resolution=\(value)", "--db", "x.sqlite"]))
        #expect(result.code == .validationFailure)
        #expect(result.code.rawValue == 64)
        #expect(result.message.contains("--resolution must be a positive number"), "\(result.message)")
    }

    @Test("extract: an unknown format is refused")
    func extractUnknownFormat() throws {
        let result = try #require(Self.outcome(["extract", "--format", "xml", "A_RES_78_12.txt"]), "nothing is run")
        #expect(result.code != .success)
        #expect(result.message.contains("format"), "\(result.message)")
    }

    @Test("an unknown subcommand is an error")
    func unknownSubcommandIsAnError() throws {
        let result = try #require(Self.outcome(["summarise"]))
        #expect(result.code != .success)
        #expect(!result.message.isEmpty)
    }
}
