import ArgumentParser
import CiteCore
import Foundation

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the normalised text of a document (spans of `extract` are byte ranges of it)."
    )

    @Argument(help: "A document (.txt, .pdf or .xml).")
    var file: String

    @Flag(help: "Show the text split into its paragraphs, each with its label (for reading only).")
    var paragraphs = false

    func run() throws {
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
        for p in doc.paragraphs {
            let verb = p.verb.map { " [\($0) → \(p.relation.rawValue)]" } ?? ""
            out += "\n[\(p.label) \(p.section.rawValue)]\(verb)\n" + String(decoding: bytes[p.range], as: UTF8.self) + "\n"
        }
        for n in doc.footnotes {
            out += "\n[footnote \(n.marker) of \(n.paragraph ?? "?")]\n" + String(decoding: bytes[n.range], as: UTF8.self) + "\n"
        }
        for w in doc.warnings { out += "\nwarning: \(w)\n" }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
