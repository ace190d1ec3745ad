import CiteCore
import CiteReport
import Foundation

// report-demo OUTDIR [--hostile] [--title TITLE] FILE|FOLDER…
//
// Reads the documents (text, AKN XML) with CiteCore, extracts their citations and writes the
// report into OUTDIR. `--hostile` first replaces titles, warnings and quoted words with markup
// that must show as text (the browser check asserts that none of it runs).

let hostileTitles = [
    "<script>document.title='PWNED'</script>",
    "<img src=x onerror=\"document.title='PWNED'\">",
    "\"><svg onload=\"document.title='PWNED'\">",
    "</title><script>document.title='PWNED'</script>",
    "<a href=\"javascript:document.title='PWNED'\">click</a> | pipe ]]> --> <!--",
]

var arguments = Array(CommandLine.arguments.dropFirst())
guard !arguments.isEmpty else {
    FileHandle.standardError.write(Data("usage: report-demo OUTDIR [--hostile] [--title TITLE] FILE|FOLDER…\n".utf8))
    exit(2)
}
let output = arguments.removeFirst()
var hostile = false
var title = "Citation report"
var inputs: [String] = []
while !arguments.isEmpty {
    let a = arguments.removeFirst()
    switch a {
    case "--hostile": hostile = true
    case "--title": title = arguments.isEmpty ? title : arguments.removeFirst()
    default: inputs.append(a)
    }
}

var files: [String] = []
for input in inputs {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else { continue }
    if isDirectory.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
        files += names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".xml") }.sorted().map { input + "/" + $0 }
    } else {
        files.append(input)
    }
}

var documents: [ReportDocument] = []
var citations: [Citation] = []
let extractor = CitationExtractor()
for (k, file) in files.enumerated() {
    do {
        var document = try DocumentReader.read(path: file)
        var found = extractor.extract(document)
        if hostile {
            document.title = hostileTitles[k % hostileTitles.count] + " " + (document.title ?? "")
            document.warnings.append(hostileTitles[(k + 1) % hostileTitles.count])
            if !found.isEmpty { found[0].text = hostileTitles[(k + 2) % hostileTitles.count] }
        }
        documents.append(ReportDocument(document))
        citations += found
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
    }
}
if hostile {
    // A symbol that tries to leave the output folder and a citation of it.
    let escaping = "A/RES/../../escape"
    documents.append(ReportDocument(symbol: escaping, body: .ga, date: "2019-12-18",
                                    title: hostileTitles[0], path: "../../<script>.txt",
                                    warnings: [hostileTitles[1]]))
    if let first = documents.first {
        citations.append(Citation(citing: escaping, target: first.symbol, targetKind: .resolution, body: .ga,
                                  relation: .recalls, section: .preamble, paragraph: "PP1", span: [0, 10],
                                  text: hostileTitles[2]))
    }
}

let clock = ContinuousClock()
var report: Report?
let elapsed = clock.measure {
    report = ReportBuilder(input: ReportInput(title: title, documents: documents, citations: citations)).build()
}
do {
    try report?.write(to: output)
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
print("\(documents.count) documents, \(citations.count) citations → \(output)/index.html (\(report?.html.utf8.count ?? 0) bytes, \(report?.files.count ?? 0) files) in \(elapsed)")
