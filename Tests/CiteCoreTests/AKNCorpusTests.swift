import Foundation
import Testing
@testable import CiteCore

/// Checks `AKNReader.render` against the whole corpus: text identity with `akn/text`, metadata
/// against `akn/index.tsv`, links against `truth/akn_links.tsv`.
///
/// Runs only where the corpus exists. By default it reads the XML files unpacked under
/// `akn/xml/`; set `AKN_XML_ROOT` to a folder holding the extracted `akn/xml-all.tar.xz`
/// (`SOMEWHERE` with `SOMEWHERE/xml/...`) to check every indexed file — see
/// `Benchmarks/akn/check.sh`. The detailed report goes to `AKN_REPORT` (default
/// `$TMPDIR/akn-check-report.txt`).
@Suite("AKN reader: corpus agreement")
struct AKNCorpusTests {
    static let corpus: String? = {
        let env = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let path = env["AKN_CORPUS"] { candidates.append(path) }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus").path)
        candidates.append("/work/shared/corpus")
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/akn/index.tsv") }
    }()

    @Test("corpus: text identity, metadata and link agreement", .enabled(if: corpus != nil))
    func corpusAgreement() throws {
        let corpus = try #require(Self.corpus)
        let env = ProcessInfo.processInfo.environment
        let xmlRoot = env["AKN_XML_ROOT"] ?? corpus + "/akn"
        let report = try AKNCorpusCheck.run(corpus: corpus, xmlRoot: xmlRoot)
        let reportPath = env["AKN_REPORT"]
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("akn-check-report.txt").path
        try report.details.joined(separator: "\n").write(toFile: reportPath, atomically: true, encoding: .utf8)
        print(report.summary.joined(separator: "\n"))
        print("AKN details: \(reportPath)")

        #expect(report.checked > 0)
        #expect(report.errors == 0)
        // Text identity with the corpus renderer (100% when this was written).
        #expect(Double(report.identical) >= 0.99 * Double(report.checked))
        #expect(report.metadataMismatches == 0)
        // Links to resolutions: complete agreement, both ways, anchors included.
        #expect(report.resolutionTruthMissed == 0)
        #expect(report.resolutionExtra == 0)
        #expect(report.anchorMismatches == 0)
        #expect(report.truthMissed == 0)
        #expect(report.extra == 0)
    }
}

/// The corpus comparison itself, kept apart from the test so the benchmark script can reuse it.
enum AKNCorpusCheck {
    struct Report {
        var checked = 0, skipped = 0, identical = 0, errors = 0, metadataMismatches = 0
        var truthLinks = 0, truthMissed = 0, extra = 0, anchorMismatches = 0
        var resolutionTruthLinks = 0, resolutionTruthMissed = 0, resolutionExtra = 0
        var ourLinks = 0
        var bytes = 0, seconds = 0.0
        var perBody: [String: (identical: Int, checked: Int)] = [:]
        var details: [String] = []

        var summary: [String] {
            var lines = [
                "AKN files checked: \(checked) (not unpacked, skipped: \(skipped)); errors: \(errors)",
                "AKN text identical: \(identical)/\(checked) (\(percent(identical, checked)))",
            ]
            for (body, n) in perBody.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(body): \(n.identical)/\(n.checked)")
            }
            lines += [
                "AKN metadata mismatches (symbol, body, date, title vs index.tsv): \(metadataMismatches)",
                "AKN links: truth \(truthLinks), found \(truthLinks - truthMissed) (\(percent(truthLinks - truthMissed, truthLinks))); ours \(ourLinks), not in truth \(extra); anchor text mismatches \(anchorMismatches)",
                "AKN resolution links: truth \(resolutionTruthLinks), found \(resolutionTruthLinks - resolutionTruthMissed) (\(percent(resolutionTruthLinks - resolutionTruthMissed, resolutionTruthLinks))); ours not in truth \(resolutionExtra)",
                String(format: "AKN render time: %.2f s for %.1f MB of XML", seconds, Double(bytes) / 1_000_000),
            ]
            return lines
        }

        private func percent(_ a: Int, _ b: Int) -> String {
            b == 0 ? "n/a" : String(format: "%.2f%%", 100 * Double(a) / Double(b))
        }
    }

    static func isResolution(_ target: String) -> Bool {
        ["A/RES/", "S/RES/", "E/RES/", "A/HRC/RES/"].contains { target.hasPrefix($0) }
    }

    static func run(corpus: String, xmlRoot: String) throws -> Report {
        let index = try readTSV(corpus + "/akn/index.tsv")
        let truth = try readTSV(corpus + "/truth/akn_links.tsv")
        var truthByDocument: [String: [(target: String, anchor: String)]] = [:]
        for row in truth where !(row["target"] ?? "").isEmpty {
            truthByDocument[row["citing"] ?? "", default: []].append((row["target"] ?? "", row["anchor"] ?? ""))
        }

        var report = Report()
        for row in index {
            guard let symbol = row["symbol"], let xmlFile = row["xml_file"], let textFile = row["text_file"],
                  let body = row["body"] else { continue }
            let xmlPath = xmlRoot + "/" + String(xmlFile.dropFirst("akn/".count))
            guard let data = FileManager.default.contents(atPath: xmlPath) else {
                report.skipped += 1
                continue
            }
            report.checked += 1
            report.bytes += data.count
            let started = Date()
            let rendering: AKNRendering
            do {
                rendering = try AKNReader.render(data: data, path: xmlPath)
            } catch {
                report.errors += 1
                report.details.append("ERROR \(xmlFile): \(error)")
                continue
            }
            report.seconds += Date().timeIntervalSince(started)

            // Text.
            let expected = (try? String(contentsOfFile: corpus + "/" + textFile, encoding: .utf8)) ?? ""
            var counts = report.perBody[body] ?? (0, 0)
            counts.checked += 1
            if rendering.text == expected {
                report.identical += 1
                counts.identical += 1
            } else {
                report.details.append("TEXT \(xmlFile): " + firstDifference(expected, rendering.text))
            }
            report.perBody[body] = counts

            // Metadata.
            let expectedBody: Body = switch body {
            case "GA": .ga
            case "HRC": .hrc
            case "ECOSOC": .ecosoc
            default: .sc
            }
            let indexDate = row["adoption_date"] ?? ""
            let expectedDate: String? = indexDate.isEmpty || indexDate == "0001-01-01" ? nil : indexDate
            let indexTitle = row["title"] ?? ""
            let expectedTitle: String? = indexTitle.isEmpty ? nil : indexTitle
            // The index's title also holds the text of a footnote inside the title; ours does not.
            let titleAgrees = rendering.title == expectedTitle
                || (rendering.title.map { expectedTitle?.hasPrefix($0 + " ") ?? false } ?? false)
            if rendering.symbol != symbol || rendering.body != expectedBody || rendering.date != expectedDate
                || !titleAgrees {
                report.metadataMismatches += 1
                report.details.append("META \(xmlFile): symbol \(rendering.symbol ?? "nil") vs \(symbol), body \(rendering.body) vs \(expectedBody), date \(rendering.date ?? "nil") vs \(expectedDate ?? "nil"), title \(rendering.title ?? "nil") vs \(expectedTitle ?? "nil")")
            }

            // Links: per target, count agreement; then anchors among the agreeing ones.
            let textBytes = Array(rendering.text.utf8)
            var ourTargets: [String: Int] = [:], ourPairs: [String: Int] = [:]
            for link in rendering.links {
                report.ourLinks += 1
                ourTargets[link.target, default: 0] += 1
                let anchor = link.range.lowerBound >= 0 && link.range.upperBound <= textBytes.count
                    ? String(decoding: textBytes[link.range], as: UTF8.self) : "<out of range>"
                ourPairs[link.target + "\t" + anchor, default: 0] += 1
            }
            var truthTargets: [String: Int] = [:], truthPairs: [String: Int] = [:]
            for entry in truthByDocument[symbol] ?? [] {
                truthTargets[entry.target, default: 0] += 1
                truthPairs[entry.target + "\t" + entry.anchor, default: 0] += 1
            }
            var matchedTargets = 0
            for target in Set(truthTargets.keys).union(ourTargets.keys).sorted() {
                let t = truthTargets[target] ?? 0, o = ourTargets[target] ?? 0
                let resolution = isResolution(target)
                report.truthLinks += t
                if resolution { report.resolutionTruthLinks += t }
                matchedTargets += min(t, o)
                if t > o {
                    report.truthMissed += t - o
                    if resolution { report.resolutionTruthMissed += t - o }
                    report.details.append("MISSED \(symbol): \(target) x\(t - o)")
                } else if o > t {
                    report.extra += o - t
                    if resolution { report.resolutionExtra += o - t }
                    report.details.append("EXTRA \(symbol): \(target) x\(o - t)")
                }
            }
            let matchedPairs = truthPairs.reduce(0) { $0 + min($1.value, ourPairs[$1.key] ?? 0) }
            if matchedPairs < matchedTargets {
                report.anchorMismatches += matchedTargets - matchedPairs
                let ours = ourPairs.keys.filter { (ourPairs[$0] ?? 0) > (truthPairs[$0] ?? 0) }.sorted()
                report.details.append("ANCHOR \(symbol): \(ours.prefix(5).map { $0.replacingOccurrences(of: "\t", with: " @ ") })")
            }
        }
        return report
    }

    private static func firstDifference(_ expected: String, _ got: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let g = got.split(separator: "\n", omittingEmptySubsequences: false)
        var i = 0
        while i < min(e.count, g.count) && e[i] == g[i] { i += 1 }
        let el = i < e.count ? String(e[i].prefix(160)) : "<end>"
        let gl = i < g.count ? String(g[i].prefix(160)) : "<end>"
        return "line \(i + 1): expected \"\(el)\" got \"\(gl)\""
    }

    /// Reads a tab-separated table with one header line and CSV-style quoting.
    static func readTSV(_ path: String) throws -> [[String: String]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var rows: [[String]] = []
        var row: [String] = [], field = "", quoted = false, atFieldStart = true
        var iterator = text.makeIterator()
        var pendingQuote = false
        while let c = iterator.next() {
            if quoted {
                if pendingQuote {
                    pendingQuote = false
                    if c == "\"" { field.append("\""); continue }
                    quoted = false
                } else if c == "\"" {
                    pendingQuote = true
                    continue
                } else {
                    field.append(c)
                    continue
                }
            }
            switch c {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
            case "\t":
                row.append(field); field = ""; atFieldStart = true
            case "\n", "\r\n":
                row.append(field); field = ""; atFieldStart = true
                rows.append(row); row = []
            default:
                field.append(c)
                atFieldStart = false
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { values in
            var dict: [String: String] = [:]
            for (k, name) in header.enumerated() where k < values.count { dict[name] = values[k] }
            return dict
        }
    }
}
