import ArgumentParser
import CiteCore
import CiteGraph
import Foundation

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the normalised text of a document (spans of `extract` are byte ranges of it)."
    )

    @Argument(help: "A document (.txt, .pdf or .xml), or with --db a stored symbol.")
    var file: String

    @Option(help: "Print a stored document's paragraphs from this store when FILE is not a file (footnotes are not stored).")
    var db: String?

    @Flag(help: "Show the text split into its paragraphs, each with its label (for reading only).")
    var paragraphs = false

    func run() throws {
        if let db, !FileManager.default.fileExists(atPath: file) {
            try runReportingErrors { try printStored(db: db) }
            return
        }
        let doc: Document
        do {
            try Inputs.requireExisting(file)
            doc = try Inputs.read(file)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(ExitCodes.failure)
        }
        if !paragraphs {
            FileHandle.standardOutput.write(Data(doc.text.utf8))
            return
        }
        let bytes = Array(doc.text.utf8)
        var out = "# \(doc.symbol)  body=\(doc.body.rawValue)  date=\(doc.date ?? "-")  title=\(doc.title ?? "-")\n"
        out += "# language=\(doc.language.code) (\(doc.language.name))\n"
        for p in doc.paragraphs {
            let verb = p.verb.map { " [\($0) → \(p.relation.rawValue)]" } ?? ""
            out += "\n[\(p.label) \(p.section.rawValue)]\(verb)\n" + String(decoding: bytes[p.range], as: UTF8.self) + "\n"
        }
        // What each note points to, in words no translation changes (the key of instrument-notes.tsv).
        let sources = CitationExtractor().noteSources(of: doc)
        for n in doc.footnotes {
            let source = sources[n.marker].map { " source: \($0)" } ?? ""
            out += "\n[footnote \(n.marker) of \(n.paragraph ?? "?")]\(source)\n" + String(decoding: bytes[n.range], as: UTF8.self) + "\n"
        }
        for w in doc.warnings { out += "\nwarning: \(w)\n" }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    /// The stored paragraphs of a symbol, in order: with `--paragraphs` each under its label,
    /// otherwise one paragraph (and each list item) a line, blank lines between paragraphs.
    func printStored(db: String) throws {
        let store = try GraphSourceOptions.open(db: db)
        guard let symbol = try store.documentSymbol(matching: file), let document = try store.document(symbol: symbol) else {
            throw Suggestions.unknownSymbol(file, graph: try GraphLoading.graph(from: store))
        }
        let stored = try store.paragraphs(of: symbol)
        var out = ""
        if paragraphs {
            out = "# \(symbol)  body=\(document.body.rawValue)  date=\(document.date ?? "-")  title=\(document.title ?? "-")\n"
            for p in stored {
                let verb = p.verb.map { " [\($0) → \(p.relation.rawValue)]" } ?? ""
                out += "\n[\(p.label) \(p.section.rawValue)]\(verb)\n" + p.text + "\n"
            }
        } else {
            for (n, p) in stored.enumerated() {
                if n > 0 { out += stored[n - 1].label == p.label ? "\n" : "\n\n" }
                out += p.text
            }
            out += "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
