// Times CitationStore + Ingester on a folder of text files with a stand-in reader (symbol from the
// second line, citations from a pattern scan), so the store's own cost is measured apart from
// the real extractor. Prints one `name<TAB>value` line per measure.
//
//   swift run -c release store-bench CORPUS_FOLDER DB_PATH [PARALLELISM]
import CiteCore
import CiteGraph
import CiteStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

let usage = """
    usage: store-bench CORPUS_FOLDER DB_PATH [PARALLELISM]
           store-bench ingest PATH... --db DB_PATH   (the CLI's ingest syntax, for torture.sh)

    """
var arguments = Array(CommandLine.arguments.dropFirst())
let ingestMode = arguments.first == "ingest"
var corpus = ""
var dbPath = ""
var parallelism = ProcessInfo.processInfo.activeProcessorCount
var paths: [String] = []
if ingestMode {
    arguments.removeFirst()
    while let argument = arguments.first {
        arguments.removeFirst()
        if argument == "--db", let value = arguments.first { dbPath = value; arguments.removeFirst() } else { paths.append(argument) }
    }
} else if arguments.count >= 2 {
    corpus = arguments[0]
    dbPath = arguments[1]
    if arguments.count > 2, let width = Int(arguments[2]) { parallelism = width }
}
guard !dbPath.isEmpty, ingestMode ? !paths.isEmpty : !corpus.isEmpty else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}

/// Stand-in reader: symbol on the second line, body from the folder, every "N (YYYY)" a
/// Security Council resolution and every "NN/NNN" a General Assembly one.
@Sendable func read(_ path: String) throws -> (Document, [Citation]) {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        throw InputError(path: path, reason: "cannot read as UTF-8")
    }
    let lines = text.split(separator: "\n", maxSplits: 3)
    guard lines.count > 2 else { throw InputError(path: path, reason: "no symbol found") }
    let symbol = String(lines[1]).trimmingCharacters(in: .whitespaces)
    let folder = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
    let body: Body = folder.hasPrefix("SC") ? .sc : folder == "GA" ? .ga : folder == "HRC" ? .hrc
        : folder == "ECOSOC" ? .ecosoc : .other
    let document = Document(path: path, symbol: symbol, body: body, text: text)
    var citations: [Citation] = []
    let bytes = Array(text.utf8)
    var i = 0
    func digits(_ from: Int) -> Int { var j = from; while j < bytes.count, bytes[j] >= 48, bytes[j] <= 57 { j += 1 }; return j - from }
    while i < bytes.count {
        let isStart = bytes[i] >= 48 && bytes[i] <= 57 && (i == 0 || !(bytes[i - 1] >= 48 && bytes[i - 1] <= 57))
        guard isStart else { i += 1; continue }
        let n = digits(i)
        var end = i + n
        var target: String?
        if n <= 4, end + 7 <= bytes.count, bytes[end] == 32, bytes[end + 1] == 40, digits(end + 2) == 4, bytes[end + 6] == 41 {
            end += 7
            target = "S/RES/" + String(decoding: bytes[i..<(i + n)], as: UTF8.self) + " " + String(decoding: bytes[(i + n + 1)..<end], as: UTF8.self)
        } else if n == 2, end < bytes.count, bytes[end] == 47, (1...3).contains(digits(end + 1)) {
            end += 1 + digits(end + 1)
            target = "A/RES/" + String(decoding: bytes[i..<end], as: UTF8.self)
        }
        if let target, target != symbol {
            citations.append(Citation(citing: symbol, target: target, targetKind: .resolution, relation: .cites,
                                      section: .preamble, paragraph: "PP1", span: [i, end],
                                      text: String(decoding: bytes[i..<end], as: UTF8.self)))
        }
        i = end
    }
    return (document, citations)
}

func seconds(_ body: () throws -> IngestSummary) rethrows -> (IngestSummary, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let summary = try body()
    return (summary, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

if ingestMode {
    do {
        let store = try CitationStore(path: dbPath)
        let summary = try Ingester(store: store).ingest(paths: paths, read: read, progress: nil)
        print("added \(summary.added), updated \(summary.updated), skipped \(summary.skipped), failed \(summary.failed), citations \(summary.citations)")
        for failure in summary.failures { FileHandle.standardError.write(Data("\(failure)\n".utf8)) }
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("store-bench: \(error)\n".utf8))
        exit(1)
    }
}

do {
    let store = try CitationStore(path: dbPath)
    let ingester = Ingester(store: store, parallelism: parallelism)
    let (first, t1) = try seconds { try ingester.ingest(paths: [corpus], read: read, progress: nil) }
    print("parallelism\t\(parallelism)")
    print("files\t\(first.files)")
    print("added\t\(first.added)\tfailed\t\(first.failed)\tcitations\t\(first.citations)")
    print("ingest_seconds\t\(String(format: "%.3f", t1))")
    print("documents_per_second\t\(String(format: "%.1f", Double(first.added + first.updated) / t1))")
    let (second, t2) = try seconds { try ingester.ingest(paths: [corpus], read: read, progress: nil) }
    print("rerun_skipped\t\(second.skipped)")
    print("rerun_seconds\t\(String(format: "%.3f", t2))")
    let start = DispatchTime.now().uptimeNanoseconds
    let all = try store.citations()
    let nodes = try store.nodes()
    print("read_citations\t\(all.count)\tnodes\t\(nodes.count)\tseconds\t\(String(format: "%.3f", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))")
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    print("peak_rss_mib\t\(usage.ru_maxrss / 1024)")
    for failure in first.failures.prefix(5) { FileHandle.standardError.write(Data("\(failure)\n".utf8)) }
} catch {
    FileHandle.standardError.write(Data("store-bench: \(error)\n".utf8))
    exit(1)
}
