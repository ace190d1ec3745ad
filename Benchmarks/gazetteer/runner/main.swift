// Benchmark runner for the treaty code of CiteCore, compiled with the CiteCore sources by
// `build_runner.sh` (no package, no bundle). Modes:
//   notes   < notes.tsv (citing, marker, note; sorted)  → citing, marker, references
//   match GAZETTEER < paragraphs.tsv (id, text)         → id, start, end, entry, targets
import Foundation

func readLines() -> [Substring] {
    var data = Data()
    while let line = readLine(strippingNewline: false) { data.append(contentsOf: Array(line.utf8)) }
    return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
}

let args = CommandLine.arguments
guard args.count >= 2 else {
    FileHandle.standardError.write(Data("usage: runner notes | match GAZETTEER\n".utf8))
    exit(2)
}
var out = ""
switch args[1] {
case "notes":
    var previous: UNTSReference? = nil
    var doc = ""
    let clock = ContinuousClock()
    var elapsed = Duration.zero
    for line in readLines() {
        let f = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard f.count == 3 else { continue }
        if String(f[0]) != doc { doc = String(f[0]); previous = nil }
        let note = String(f[2])
        var found: [UNTSMatch] = []
        elapsed += clock.measure { found = UNTSParser.matches(in: note, previous: previous) }
        let refs = found.map { m in
            let text = String(decoding: Array(note.utf8)[m.range], as: UTF8.self)
            return "\(m.reference.id)\(m.volumes.count > 1 ? "+" + m.volumes.dropFirst().map(String.init).joined(separator: ",") : "")@\(text)"
        }
        out += "\(f[0])\t\(f[1])\t\(refs.joined(separator: " | "))\n"
        previous = found.last?.reference
    }
    FileHandle.standardError.write(Data("parse time: \(elapsed)\n".utf8))
case "match":
    guard args.count >= 3 else { exit(2) }
    let gazetteer = try Gazetteer(contentsOf: URL(fileURLWithPath: args[2]))
    let clock = ContinuousClock()
    var matcher: InstrumentMatcher? = nil
    let buildTime = clock.measure { matcher = InstrumentMatcher(gazetteer: gazetteer) }
    guard let matcher else { exit(1) }
    var elapsed = Duration.zero
    var bytes = 0
    for line in readLines() {
        let f = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        guard f.count == 2 else { continue }
        let text = String(f[1])
        bytes += text.utf8.count
        var found: [InstrumentMatch] = []
        elapsed += clock.measure { found = matcher.matches(in: text) }
        for m in found {
            out += "\(f[0])\t\(m.range.lowerBound)\t\(m.range.upperBound)\t\(m.entryID)\t\(m.targets.joined(separator: "|"))\t\(m.words)\n"
        }
    }
    FileHandle.standardError.write(Data("trie build: \(buildTime); matching \(bytes) bytes: \(elapsed)\n".utf8))
default:
    exit(2)
}
FileHandle.standardOutput.write(Data(out.utf8))
