import CiteCore
import CiteGraph
import CiteStore
import Foundation

/// The files an ingest reads: the named paths that exist, walked by the one walker (`Inputs.walk`),
/// less the other language versions of Akoma Ntoso documents read in English (or in another language).
///
/// Chosen before the store is opened, so that `ingest missing/path` refuses without creating
/// an empty store, and a missing path gets the same one line as in every other command.
struct IngestSelection {
    var files: [String]
    /// Named paths that do not exist, and what the walk could not read, in path order.
    var failures: [FileFailure]
    var otherLanguages: Inputs.OtherLanguages
    /// Each file's kind, as the selection read it from its first bytes (not read again).
    var kinds: [String: Inputs.Kind]

    init(paths: [String], extensions: Set<String> = Inputs.extensions) {
        let walk = Inputs.walk(paths, extensions: extensions, eachPathInTurn: false)
        let fileKinds: [Inputs.Kind]
        (files, otherLanguages, fileKinds) = Inputs.withoutOtherLanguages(walk.files)
        kinds = Dictionary(zip(files, fileKinds), uniquingKeysWith: { a, _ in a })
        failures = walk.failures
    }

    /// Ingests the selected files; the summary's failures include the selection's own.
    func ingest(with ingester: Ingester, progress: ((Int, Int) -> Void)?) throws -> IngestSummary {
        let kinds = kinds
        var summary = try ingester.ingest(paths: files, read: { path in
            // A path the ingester spells otherwise than the walk did is read by its first bytes again.
            try Reading.readAndExtract(path, kind: kinds[path] ?? Inputs.kind(of: path))
        }, progress: progress)
        summary.failures = (failures + summary.failures).sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return summary
    }
}
