import ArgumentParser
import CiteCore
import Foundation

enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, tsv, csv, table
}

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the citations of documents (files or folders, read recursively)."
    )

    @Argument(help: "Files or folders.")
    var paths: [String]

    @Option(help: "Output format: jsonl (one citation record per line), tsv, csv (the same columns as tsv) or table.")
    var format: ExtractFormat = .jsonl

    @Flag(help: "Print a summary per document to standard error.")
    var summary = false

    func run() throws {
        // The tables of the first documents are built on another core while the folders are walked.
        Thread { CitationExtractor.warmUp() }.start()
        let (found, problems) = Inputs.expand(paths)
        for p in problems { Console.error("error: \(p)") }
        let (files, otherLanguages, fileKinds) = Inputs.withoutOtherLanguages(found)
        var failed = problems.count
        let extractor = CitationExtractor()
        let out = FileHandle.standardOutput
        if format == .tsv { out.write(Data(Self.tsvHeader.utf8)) }
        if format == .csv { out.write(Data(Self.csvHeader.utf8)) }
        var totals: [String: Int] = [:]
        let format = format
        // Files are read and extracted on all cores; their output is written in input order.
        Parallel.forEachInOrder(Array(zip(files, fileKinds))) { file, kind -> Result<Extracted, Error> in
            do {
                let doc = try Inputs.read(file, kind: kind)
                let citations = extractor.extract(doc)
                var chunk: [UInt8] = []
                var kinds: [String: Int] = [:]
                for c in citations {
                    kinds[c.targetKind.rawValue, default: 0] += 1
                    switch format {
                    case .jsonl: CitationJSON.append(c, to: &chunk); chunk.append(0x0A)
                    case .tsv: chunk += Self.tsvRow(c).utf8
                    case .csv: chunk += Self.csvRow(c).utf8
                    case .table: chunk += Self.tableRow(c).utf8
                    }
                }
                return .success(Extracted(file: file, symbol: doc.symbol, warnings: doc.warnings + CitationExtractor.warnings(for: citations, citingDate: doc.date), output: Data(chunk),
                                          count: citations.count, kinds: kinds))
            } catch { return .failure(error) }
        } consume: { result in
            switch result {
            case .failure(let error):
                Console.error("error: \(error)")
                failed += 1
            case .success(let e):
                for w in e.warnings { Console.error("warning: \(e.file): \(w)") }
                totals.merge(e.kinds, uniquingKeysWith: +)
                out.write(e.output)
                if summary { Console.error("\(e.symbol)\t\(e.count) citations\t\(e.file)") }
            }
        }
        if let notice = otherLanguages.notice { Console.error(notice) }
        if summary {
            Console.error("documents: \(files.count - (failed - problems.count)) read, \(failed) failed; citations: " +
                          totals.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        }
        if failed > 0 { throw ExitCode(files.count > failed - problems.count ? ExitCodes.someInputsFailed : ExitCodes.failure) }
    }

    /// What one file gave: its output, ready to write, and what the summary counts.
    struct Extracted: Sendable {
        var file: String
        var symbol: String
        var warnings: [String]
        var output: Data
        var count: Int
        var kinds: [String: Int]
    }

    static let tsvHeader = "citing\ttarget\ttargetKind\tbody\trelation\tsection\tparagraph\tstart\tend\ttext\tdate\tpart\tfootnote\n"

    static func clean(_ s: String) -> String { s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }

    static func tsvRow(_ c: Citation) -> String {
        columns(c).map(clean).joined(separator: "\t") + "\n"
    }

    /// The columns of `tsvHeader`, as RFC 4180 CSV (a field with a comma, quote or line break quoted).
    static let csvHeader = tsvHeader.replacingOccurrences(of: "\t", with: ",")

    static func csvRow(_ c: Citation) -> String {
        columns(c).map(CSV.field).joined(separator: ",") + "\n"
    }

    /// One citation's fields, in the order of `tsvHeader`.
    static func columns(_ c: Citation) -> [String] {
        [c.citing, c.target, c.targetKind.rawValue, c.body?.rawValue ?? "", c.relation.rawValue, c.section.rawValue, c.paragraph,
         String(c.span.lowerBound), String(c.span.upperBound), c.text, c.date ?? "", c.part ?? "", c.footnote.map(String.init) ?? ""]
    }

    /// One citation a line, in columns; a value longer than its column keeps one space before the next.
    static func tableRow(_ c: Citation) -> String {
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
        return pad(c.citing, 20) + pad(c.paragraph, 8) + pad(c.relation.rawValue, 18) + pad(c.target, 26) + clean(c.text) + "\n"
    }
}
