import CiteCore
import CiteGraph
import CiteStore
import Foundation
import Testing
@testable import CiteReport

/// The static site: every internal link resolves, pages stay small, bytes are stable, and
/// document text never becomes markup.
@Suite struct SiteTests {
    /// The fixture corpus with its paragraph texts attached (quotes and diffs need them).
    static let input: ReportInput = {
        var input = FixtureCorpus.input(title: "Fixture site")
        var texts: [String: [ParagraphText]] = [:]
        for path in FixtureCorpus.textPaths() {
            guard let document = try? DocumentReader.read(path: path) else { continue }
            texts[document.symbol] = StoredParagraph.of(document).map {
                ParagraphText(label: $0.label, section: $0.section, start: $0.spanStart, text: $0.text)
            }
        }
        input.graph.attachTexts(texts)
        return input
    }()

    static let site = Site(input: input)

    static func scratch(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-site-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        return url
    }

    static func files(in folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            out[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return out
    }

    @Test("the site has an index, a page per node, series families, communities, diffs and A–Z pages")
    func pagesExist() throws {
        let names = Self.site.pageNames
        #expect(names.first == "index.html")
        #expect(names.contains("all.html") && names.contains("series.html") && names.contains("communities.html"))
        #expect(names.contains("d-S_RES_1325_2000.html"))
        #expect(names.contains { $0.hasPrefix("s-") }, "a series family page")
        #expect(names.contains { $0.hasPrefix("c-") }, "a community page")
        #expect(names.contains { $0.hasPrefix("x-") }, "a diff page")
        #expect(Set(names).count == names.count, "page names are unique")
        let graph = Self.input.graph
        #expect(names.filter { $0.hasPrefix("d-") && !$0.contains(".cite") }.count == graph.nodeCount)
        let page = try #require(Self.site.page(named: "d-S_RES_1820_2008.html"))
        #expect(page.contains("href=\"d-S_RES_1325_2000.html\""), "a symbol links to its page")
        #expect(page.contains("https://undocs.org/S/RES/1325(2000)") || page.contains("https://undocs.org/S/RES/1325%20(2000)")
                || page.contains("https://undocs.org/S/RES/1325"), "undocs.org stays a secondary link")
        #expect(page.contains("<svg"), "an ego diagram")
        #expect(page.contains("Cited by"))
    }

    @Test("every internal link of the written site resolves to a page (and its anchor), no page over 2 MB")
    func crawl() throws {
        let folder = try Self.scratch("crawl")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try Self.site.write(to: folder.path)
        let files = try Self.files(in: folder)
        #expect(files.count == written + 1, "the pages and report.md")
        var checked = 0
        for (name, data) in files where name.hasSuffix(".html") {
            #expect(data.count < 2_000_000, "\(name) is \(data.count) bytes")
            let html = String(decoding: data, as: UTF8.self)
            for href in Markup.values(of: "href", in: html) {
                if href.hasPrefix("https://undocs.org/") { continue }
                #expect(!href.contains(":") && !href.contains("/"), "\(name): only relative links to pages: \(href)")
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? name : parts[0]
                guard let page = files[target] else {
                    Issue.record("\(name) links to \(href), which is not in the site")
                    continue
                }
                if parts.count == 2, !parts[1].isEmpty {
                    let text = String(decoding: page, as: UTF8.self)
                    #expect(text.contains("id=\"\(parts[1])\""), "\(name) links to \(href): no such anchor")
                }
                checked += 1
            }
        }
        #expect(checked > 500)
        // Nothing reachable is missing: every page is linked from somewhere (but the entry pages).
        #expect(Self.site.page(named: "no-such-page.html") == nil)
        #expect(Self.site.page(named: "../index.html") == nil)
        #expect(Self.site.page(named: "d-S_RES_1325_2000.citedby-1.html") == nil)
    }

    @Test("long tables are split over pages, each linked from the first")
    func pagination() throws {
        var options = ReportOptions()
        options.tableRowsPerPage = 2
        options.listRowsPerPage = 5
        let site = Site(input: Self.input, options: options)
        let names = site.pageNames
        #expect(names.contains("all.p2.html"))
        let cited = try #require(names.first { $0.contains(".citedby-2.") })
        let first = try #require(site.page(named: String(cited.prefix { $0 != "." }) + ".html"))
        #expect(first.contains("href=\"\(cited)\""))
        for name in names { #expect(site.page(named: name) != nil, "\(name)") }
        let folder = try Self.scratch("paged")
        defer { try? FileManager.default.removeItem(at: folder) }
        try site.write(to: folder.path)
        let files = try Self.files(in: folder)
        for (name, data) in files where name.hasSuffix(".html") {
            for href in Markup.values(of: "href", in: String(decoding: data, as: UTF8.self)) where !href.hasPrefix("https://") {
                let target = String(href.prefix { $0 != "#" })
                #expect(target.isEmpty || files[target] != nil, "\(name) → \(href)")
            }
        }
    }

    @Test("the same input gives byte-identical folders")
    func determinism() throws {
        let a = try Self.scratch("det-a"), b = try Self.scratch("det-b")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        try Self.site.write(to: a.path)
        try Site(input: Self.input).write(to: b.path)
        let x = try Self.files(in: a), y = try Self.files(in: b)
        #expect(x.keys.sorted() == y.keys.sorted())
        for (name, data) in x { #expect(y[name] == data, "\(name) differs") }
    }

    @Test("hostile titles, words and symbols stay text on every page; only the site's script runs")
    func hostileText() throws {
        let site = Site(input: EscapingTests.hostileInput())
        for name in site.pageNames {
            let html = try #require(site.page(named: name))
            let tags = Markup.tags(in: html)
            for tag in tags {
                #expect(!["img", "iframe", "object", "embed"].contains(tag.name), "\(name): <\(tag.name)>")
                #expect(!tag.attributes.contains { $0.hasPrefix("on") }, "\(name): event attribute in <\(tag.name)>")
            }
            let scripts = tags.filter { $0.name == "script" }
            #expect(scripts.count <= 2, "\(name): \(scripts.count) scripts")
            #expect(!html.contains("<script>alert"), "\(name)")
            #expect(!html.contains("<svg onload"), "\(name)")
            for href in Markup.values(of: "href", in: html) {
                #expect(href.hasPrefix("https://undocs.org/") || (!href.contains(":") && !href.contains("/") && !href.contains("<")),
                        "\(name): \(href)")
            }
            if let start = html.range(of: "<script type=\"application/json\" id=\"search-data\">") {
                let rest = html[start.upperBound...]
                let end = try #require(rest.range(of: "</script>"))
                let json = rest[..<end.lowerBound]
                #expect(!json.contains("<"), "the search index has no markup")
                #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "the search index is JSON")
            }
        }
        let unknown = site.page(named: "404.html") ?? ""
        #expect(unknown.contains("id=\"q\""), "the 404 page has a search box")
    }

    @Test("report.md is a summary, not the whole report")
    func markdownSummary() throws {
        let md = Self.site.markdownSummary()
        #expect(md.contains("Most cited"))
        #expect(md.count < 20_000)
    }
}
