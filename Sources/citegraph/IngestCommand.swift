import ArgumentParser
import CiteCore
import CiteGraph
import CiteStore
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read documents into the store (incremental: unchanged files are skipped)."
    )

    @Argument(help: "Files or folders (read recursively).")
    var paths: [String]

    @Option(help: "The store file.")
    var db: String = "citegraph.sqlite"

    @Option(help: "Parallel readers (default: all cores).")
    var jobs: Int?

    func run() throws {
        var failed = 0
        var processed = 0
        try runReportingErrors {
            let selection = IngestSelection(paths: paths)
            if selection.files.isEmpty && !selection.failures.isEmpty {
                // Nothing named exists (or can be read): no store is created for nothing.
                for f in selection.failures { Console.error("error: \(f)") }
                if let notice = selection.otherLanguages.notice { Console.error(notice) }
                throw ExitCode(ExitCodes.failure)
            }
            let store = try CitationStore(path: db)
            let ingester = Ingester(store: store, parallelism: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
            let summary = try selection.ingest(with: ingester, progress: { done, total in bar.update(done, total) })
            bar.finish()
            for f in summary.failures { Console.error("error: \(f)") }
            if let notice = selection.otherLanguages.notice { Console.error(notice) }
            print("ingest: \(summary.files) files: \(summary.added) added, \(summary.updated) updated, \(summary.skipped) skipped, \(summary.failed) failed; \(summary.citations) citations; store \(db)")
            // The languages of the stored documents, when not all English ("store languages: 1 eng, 167 fra").
            let languages = try store.summary().documentsPerLanguage
            if languages.keys.contains(where: { $0 != Language.english.code }) {
                print("store languages: " + languages.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
            }
            // Back to a rollback journal, so readers need no -wal/-shm files (CitationStore.close).
            try store.close()
            failed = summary.failed
            processed = summary.added + summary.updated + summary.skipped
        }
        // 2: some inputs failed and the others were stored; 1: none could be read.
        if failed > 0 { throw ExitCode(processed > 0 ? ExitCodes.someInputsFailed : ExitCodes.failure) }
    }
}

/// A one-line progress bar on a terminal; silent otherwise.
final class ProgressBar: @unchecked Sendable {
    let enabled: Bool
    private var last = -1
    init(enabled: Bool) { self.enabled = enabled }
    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        guard percent != last else { return }
        last = percent
        let width = 30
        let filled = width * done / total
        let line = "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(done)/\(total)"
        FileHandle.standardError.write(Data(line.utf8))
    }
    func finish() { if enabled && last >= 0 { FileHandle.standardError.write(Data("\n".utf8)) } }
}
