import CiteCore
import CiteGraph
import CiteStore
import Foundation
import Testing
@testable import CiteReport

/// The report of real documents has every section, in HTML and in Markdown.
@Suite struct SectionsTests {
    static let sections: [(anchor: String, title: String)] = [
        ("summary", "Corpus summary"), ("most-cited", "Most cited and hubs"), ("series", "Series"),
        ("communities", "Communities"), ("outside", "Citations outside the corpus"), ("cycles", "Cycles"),
        ("warnings", "Extraction warnings"), ("documents", "Documents"), ("provenance", "Provenance of every citation"),
    ]

    @Test func fixturesAreRead() {
        #expect(FixtureCorpus.loaded.documents.count == 7)
        #expect(FixtureCorpus.loaded.citations.count > 100)
    }

    @Test func everySectionIsNumberedInBothDocuments() {
        let report = FixtureCorpus.report
        for (number, section) in Self.sections.enumerated() {
            #expect(report.html.contains("<section id=\"\(section.anchor)\">\n<h2><span class=\"n\">\(number + 1)</span>\(section.title)</h2>"),
                    "HTML lacks section \(section.title)")
            #expect(report.html.contains("<a href=\"#\(section.anchor)\"><span class=\"n\">\(number + 1)</span>"),
                    "table of contents lacks \(section.title)")
            #expect(report.markdown.contains("\n## \(number + 1). \(section.title)\n"), "Markdown lacks section \(section.title)")
        }
    }

    @Test func pageIsSelfContained() {
        let html = FixtureCorpus.report.html
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>") && html.contains("<meta http-equiv=\"Content-Security-Policy\""))
        #expect(!html.contains("<link"))
        #expect(!html.contains(" src="), "no external script, image or frame")
        #expect(Markup.count("<script", in: html) == 1)
    }

    @Test func summaryCountsDocumentsPerBodyAndRelations() {
        let report = FixtureCorpus.report
        // Four GA and three SC resolutions, 2000–2023.
        #expect(report.markdown.contains("| Year | GA | SC | Total |"))
        #expect(report.markdown.contains("| **Total** | **4** | **3** | **7** |"))
        let recalls = FixtureCorpus.loaded.citations.filter { $0.relation == .recalls && $0.citing != $0.target }.count
        #expect(report.markdown.contains("| `recalls` | \(recalls) |"))
        #expect(report.markdown.contains("| `resolution` |"))
    }

    @Test func theSandAndDustStormSeriesIsListedOldestFirstWithItsDiagram() throws {
        let report = FixtureCorpus.report
        let series = try #require(report.markdown.range(of: "\n## 3. Series\n"))
        let communities = try #require(report.markdown.range(of: "\n## 4. Communities\n"))
        let text = String(report.markdown[series.upperBound..<communities.lowerBound])
        // The series' own subsection, after the index table.
        let subsection = try #require(text.range(of: "\n### 3.1 "))
        let members = ["A/RES/75/222", "A/RES/76/211", "A/RES/77/171", "A/RES/78/158"]
        let rows = try members.map { try #require(text[subsection.upperBound...].range(of: "| [\($0)](https://undocs.org/\($0)) |")?.lowerBound) }
        #expect(rows == rows.sorted(), "members not oldest → newest")
        #expect(text.contains("Combating sand and dust storms"))
        #expect(text.contains("![Series of "), "series diagram missing from the Markdown")
        let svgFiles = report.files.filter { $0.name.hasPrefix("series-") && $0.name.hasSuffix(".svg") }
        #expect(!svgFiles.isEmpty)
        for file in svgFiles { #expect(text.contains("](\(file.name))") || report.markdown.contains("](\(file.name))")) }
    }

    @Test func diagramsAreInlineSVGWithNodes() throws {
        let html = FixtureCorpus.report.html
        let figures = html.components(separatedBy: "<figure class=\"diagram\">").dropFirst()
        #expect(figures.count >= 2, "overview and at least one series")
        for figure in figures {
            #expect(figure.contains("<svg "))
            #expect(figure.contains("class=\"node "), "a diagram without nodes")
        }
        // Ids are prefixed per diagram, so two diagrams never share one.
        let ids = Markup.values(of: "id", in: html)
        #expect(Set(ids).count == ids.count, "duplicate ids in the page")
    }

    @Test func provenanceHasOneCollapsedBlockPerCitingDocument() {
        let report = FixtureCorpus.report
        let citing = Set(FixtureCorpus.loaded.citations.filter { $0.citing != $0.target }.map(\.citing))
        #expect(Markup.count("<details><summary>", in: report.html) == citing.count)
        // Every citation has its row: paragraph label, relation and the quoted words.
        let c = FixtureCorpus.loaded.citations.first { $0.citing == "S/RES/1820 (2008)" && $0.target == "S/RES/1325 (2000)" }
        if let c {
            #expect(report.html.contains("<td><code>\(c.paragraph)</code>"))
            #expect(report.html.contains("<span class=\"quote\">\(Escaping.html(c.text))</span>"))
        } else {
            Issue.record("S/RES/1820 (2008) should cite S/RES/1325 (2000)")
        }
    }

    @Test func externalNodesAreListedMostCitedFirst() throws {
        let graph = FixtureCorpus.input().graph
        let external = (0..<graph.nodeCount).filter { !graph.nodes[$0].inCorpus }
        let most = try #require(external.map { graph.inDegree(of: $0) }.max())
        let md = FixtureCorpus.report.markdown
        let section = try #require(md.range(of: "\n## 5. Citations outside the corpus\n"))
        let firstRow = try #require(md[section.upperBound...].range(of: "\n| 1 | "))
        // Columns: #, Symbol, Kind, Body, (Title,) Cited by, Citations, Cited in.
        let cells = md[firstRow.upperBound...].prefix { $0 != "\n" }.components(separatedBy: " | ")
        let citedBy = cells.compactMap { Int($0) }.first
        #expect(citedBy == most, "first external row: \(cells)")
        #expect(external.count > 10 && most >= 4)
    }

    @Test func warningsAreListedPerDocument() {
        let documents = [
            ReportDocument(info: DocumentInfo(symbol: "A/RES/80/1", body: .ga, date: "2025-09-01", title: "Clean"), path: "/c/A_RES_80_1.txt"),
            ReportDocument(info: DocumentInfo(symbol: "A/RES/80/2", body: .ga, date: "2025-09-02", title: "Odd"), path: "/c/A_RES_80_2.txt",
                           warnings: ["footnote 3: marker not found in the text", "page header left in paragraph OP2"]),
        ]
        let report = ReportBuilder(input: ReportInput(title: "w", documents: documents, citations: [])).build()
        #expect(report.markdown.contains("1 document of 2 raised warnings"))
        #expect(report.html.contains("footnote 3: marker not found in the text<br>page header left in paragraph OP2"))
        #expect(report.markdown.contains("Files are named relative to `/c/`"))
    }

    @Test func emptyInputStillGivesEverySection() {
        let report = ReportBuilder(input: ReportInput(title: "Nothing", documents: [], citations: [])).build()
        for section in Self.sections { #expect(report.html.contains("<section id=\"\(section.anchor)\">")) }
        #expect(report.files.map(\.name) == ["index.html", "report.md"])
    }
}

/// The report of a store: what `citegraph report --db FILE` will build.
@Suite struct StoreInputTests {
    @Test func storeGivesTheSameReportAsTheDocuments() throws {
        let store = try CitationStore.inMemory()
        let extractor = CitationExtractor()
        for path in FixtureCorpus.textPaths() {
            let document = try DocumentReader.read(path: path)
            _ = try store.replace(document: document, citations: extractor.extract(document), path: path, contentHash: path)
        }
        let fromStore = ReportBuilder(input: try ReportInput(title: "Fixture corpus", store: store)).build()
        #expect(fromStore.html.contains("<h2><span class=\"n\">3</span>Series</h2>"))
        #expect(fromStore.markdown.contains("| **Total** | **4** | **3** | **7** |"))
        // Same documents, same citations: the same series and provenance as the in-memory input.
        let series = { (md: String) in md.components(separatedBy: "\n## 3. Series\n")[1].components(separatedBy: "\n## 4. ")[0] }
        #expect(series(fromStore.markdown) == series(FixtureCorpus.report.markdown))
        let provenance = { (md: String) in md.components(separatedBy: "\n## 9. ")[1] }
        #expect(provenance(fromStore.markdown) == provenance(FixtureCorpus.report.markdown))
    }
}

@Suite struct DuplicateSymbolTests {
    @Test func aSecondFileWithTheSameSymbolIsNamedNotHidden() {
        let documents = [
            ReportDocument(info: DocumentInfo(symbol: "E/RES/2021/2", body: .ecosoc), path: "/c/E_RES_2021_2_B.txt"),
            ReportDocument(info: DocumentInfo(symbol: "E/RES/2021/2", body: .ecosoc), path: "/c/E_RES_2021_2.txt"),
        ]
        let report = ReportBuilder(input: ReportInput(title: "d", documents: documents, citations: [])).build()
        #expect(report.markdown.contains("1 file had the symbol of another file and was left out"))
        #expect(report.markdown.contains("| [E/RES/2021/2](https://undocs.org/E/RES/2021/2) | `E_RES_2021_2_B.txt` | `E_RES_2021_2.txt` |"))
    }
}
