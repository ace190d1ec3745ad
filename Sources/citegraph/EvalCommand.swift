import ArgumentParser
import CiteCore
import CiteGraph
import CiteStore
import Foundation

enum EvalScope: String, ExpressibleByArgument, CaseIterable {
    case resolutions, treaties
}

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against a truth table (e.g. truth/akn_links.tsv or truth/akn_footnotes.tsv).",
        discussion: """
        Scores unique (citing, target) pairs on the documents the truth table covers: precision, recall,
        and agreement of the relation with the truth's clause verb; lists false positives and negatives.
        """
    )

    @Option(help: "The truth table (tab-separated, with a `citing` column).")
    var truth: String?

    @Option(help: "Score series instead: a table with `symbol` and `predecessor` columns (`-` for a series start), optionally `body` and `half`.")
    var series: String?

    @Option(help: "With --series: the store to read (else the paths are read).")
    var db: String?

    @Option(help: "With --series: write every candidate link's features and label to this file (for fitting the weights).")
    var features: String?

    @Option(help: "What to score: resolutions (default) or treaties (UNTS references).")
    var scope: EvalScope = .resolutions

    @Flag(help: "Treaties: score only citations backed by a footnote's Treaty Series reference.")
    var footnotesOnly = false

    @Option(help: "How many false positives and negatives to list (0 = none, -1 = all).")
    var list: Int = 20

    @Argument(help: "Documents or folders to extract from.")
    var paths: [String] = []

    func validate() throws {
        if truth == nil && series == nil { throw ValidationError("give --truth TABLE (citations) or --series TABLE (series)") }
        if truth != nil && series != nil { throw ValidationError("give either --truth or --series, not both") }
        if series == nil && paths.isEmpty { throw ValidationError("give the documents or folders to extract from") }
        if series != nil && db != nil && !paths.isEmpty { throw ValidationError("give either --db or corpus paths, not both") }
    }

    func run() throws {
        if let series {
            try runReportingErrors { try runSeries(series) }
            return
        }
        guard let truth else { return }
        var evaluation: Evaluation
        do {
            try Inputs.requireExisting(truth)
            evaluation = try Evaluation(truthTable: truth, scope: scope == .resolutions ? .resolutions : .treaties)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(ExitCodes.failure)
        }
        evaluation.footnoteBackedOnly = footnotesOnly
        Thread { CitationExtractor.warmUp() }.start()
        let (found, problems) = Inputs.expand(paths)
        for p in problems { Console.error("error: \(p)") }
        let (files, otherLanguages, fileKinds) = Inputs.withoutOtherLanguages(found)
        if let notice = otherLanguages.notice { Console.error(notice) }
        let results = Parallel.map(Array(zip(files, fileKinds))) { file, kind -> Result<(String, [Citation]), Error> in
            do {
                let doc = try Inputs.read(file, kind: kind)
                return .success((doc.symbol, CitationExtractor().extract(doc)))
            } catch { return .failure(error) }
        }
        var citations: [Citation] = []
        var documents = Set<String>()
        var failed = 0
        for r in results {
            switch r {
            case .success(let (symbol, cs)): documents.insert(symbol); citations.append(contentsOf: cs)
            case .failure(let e): failed += 1; Console.error("error: \(e)")
            }
        }
        let report = evaluation.score(citations, documents: documents)
        var out = ""
        out += "documents scored\t\(report.documents)\n"
        out += "true positives\t\(report.truePositives.count)\n"
        out += "false positives\t\(report.falsePositives.count)\n"
        out += "false negatives\t\(report.falseNegatives.count)\n"
        out += String(format: "precision\t%.4f\nrecall\t%.4f\n", report.precision, report.recall)
        out += String(format: "relation agreement\t%.4f\t(%d of %d)\n", report.relationAgreement, report.relationAgreed, report.relationChecked)
        let limit = list < 0 ? Int.max : list
        if limit > 0 {
            for p in report.falsePositives.prefix(limit) { out += "FP\t\(p.citing)\t\(p.target)\n" }
            for p in report.falseNegatives.prefix(limit) { out += "FN\t\(p.citing)\t\(p.target)\n" }
            for (p, want, got) in report.relationMismatches.prefix(limit) {
                out += "REL\t\(p.citing)\t\(p.target)\twant \(want.rawValue)\tgot \(got.map(\.rawValue).sorted().joined(separator: ","))\n"
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        if failed > 0 { Console.error("\(failed) file(s) could not be read") }
    }
}

/// Runs work over all cores and keeps the input order.
enum Parallel {
    /// Runs `body` on every item on all cores and hands each result to `consume` on the calling
    /// thread, in input order, as soon as it and those before it are done (at most `window` wait).
    static func forEachInOrder<T: Sendable, R: Sendable>(_ items: [T], window: Int = 64, _ body: @escaping @Sendable (T) -> R,
                                                         consume: (R) -> Void) {
        guard !items.isEmpty else { return }
        let pipeline = IngestPipeline<R>(count: items.count, window: window)
        let group = pipeline.start(width: ProcessInfo.processInfo.activeProcessorCount) { body(items[$0]) }
        for index in items.indices {
            guard let result = pipeline.take(index) else { break }
            consume(result)
        }
        group.wait()
    }

    static func map<T: Sendable, R: Sendable>(_ items: [T], _ body: @Sendable (T) -> R) -> [R] {
        let box = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            box.set(i, body(items[i]))
        }
        return box.values()
    }
}

final class ResultBox<R>: @unchecked Sendable {
    private var storage: [R?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: R) { lock.lock(); storage[i] = v; lock.unlock() }
    func values() -> [R] { storage.compactMap { $0 } }
}

extension EvalCommand {
    /// Predecessor accuracy, precision and recall by body and half of the table.
    func runSeries(_ table: String) throws {
        let evaluation = try SeriesEvaluation(truthTable: table)
        var options = GraphSourceOptions()
        options.db = db
        options.paths = paths
        var (graph, store) = try options.loadGraph()
        graph.attachTexts(try store.paragraphTexts())
        let index = graph.seriesIndex()
        if let features {
            try evaluation.featureTable(graph, index: index).write(toFile: features, atomically: true, encoding: .utf8)
        }
        let scores = evaluation.score(graph, index: index)
        print("body\thalf\trows\taccuracy\tlinks\tprecision\trecall")
        for key in scores.keys.sorted() {
            guard let s = scores[key] else { continue }
            print("\(key)\t\(s.rows)\t\(String(format: "%.3f", s.accuracy))\t\(s.linked)\t\(String(format: "%.3f", s.precision))\t\(String(format: "%.3f", s.recall))")
        }
        let wrong = evaluation.mistakes(graph, index: index)
        if list != 0 {
            // Each with the series keys of the three resolutions ("?" for none).
            let keys = graph.seriesKeysByID()
            let key = { (id: String?) in id.flatMap { keys[$0] } ?? "?" }
            for (row, got) in (list < 0 ? wrong : Array(wrong.prefix(list))) {
                print("wrong\t\(row.half)\t\(row.symbol)\ttruth \(row.predecessor ?? "-")\tgot \(got)\tkeys \(key(row.symbol)) / \(key(row.predecessor)) / \(key(got))")
            }
        }
    }
}
