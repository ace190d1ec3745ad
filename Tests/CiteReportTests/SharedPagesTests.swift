import CiteCore
import CiteGraph
import Foundation
import Testing
@testable import CiteReport

/// Nodes known only from citations share pages on a large site: every link to one reaches its
/// section (page and anchor), no page is written for it alone, and the bytes stay stable.
@Suite struct SharedPagesTests {
    static let options: ReportOptions = {
        var options = ReportOptions()
        options.ownPagesForNodesWithoutText = 0
        options.nodesPerSharedPage = 7
        options.rowsPerSharedPage = 60
        return options
    }()

    static let site = Site(input: SiteTests.input, options: options)

    @Test("every node without text is in exactly one shared page, in symbol order, within the limits")
    func layout() throws {
        let site = Self.site, graph = SiteTests.input.graph
        let outside = site.alphabetical.filter { !graph.nodes[$0].inCorpus }
        #expect(!outside.isEmpty)
        #expect(site.shards.flatMap(\.members) == outside, "shared pages hold the nodes without text in symbol order, each once")
        for shard in site.shards {
            #expect(shard.members.count <= 7)
            let rows = shard.members.map { 4 + min(site.citationsTo[$0].count, 200) + min(site.citationsFrom[$0].count, 200) }
            #expect(shard.members.count == 1 || rows.reduce(0, +) <= 60, "\(shard.stem): \(rows)")
            #expect(shard.stem.hasPrefix("e-"))
        }
        for v in 0..<graph.nodeCount {
            if graph.nodes[v].inCorpus {
                #expect(site.shardOf[v] == -1 && site.hrefs[v] == site.stems[v] + ".html")
            } else {
                let shard = site.shards[Int(site.shardOf[v])]
                #expect(site.hrefs[v] == shard.stem + ".html#" + site.stems[v])
                #expect(site.page(named: site.stems[v] + ".html") == nil, "no page of its own")
                #expect(site.sharedAddress(ofPage: site.stems[v] + ".html") == site.hrefs[v], "serve redirects the old address")
            }
        }
        let names = site.pageNames
        #expect(Set(names).count == names.count)
        #expect(names.filter { $0.hasPrefix("e-") }.count == site.shards.count)
        #expect(names.filter { $0.hasPrefix("d-") && !$0.contains(".cite") }.count == graph.nodeCount - outside.count)
        // The default keeps a page per node on a site with few nodes without text (the fixture's).
        #expect(SiteTests.site.shards.isEmpty)
    }

    @Test("every internal link of the written site resolves to a page and its anchor; the search index points at sections")
    func crawl() throws {
        let folder = try SiteTests.scratch("shared-crawl")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try Self.site.write(to: folder.path)
        let files = try SiteTests.files(in: folder)
        #expect(files.count == written + 1)
        var anchors: [String: Set<String>] = [:]
        func ids(_ name: String) -> Set<String> {
            if let known = anchors[name] { return known }
            let found = Set(Markup.values(of: "id", in: String(decoding: files[name] ?? Data(), as: UTF8.self)))
            anchors[name] = found
            return found
        }
        var toShared = 0
        for (name, data) in files where name.hasSuffix(".html") {
            #expect(data.count < 2_000_000, "\(name) is \(data.count) bytes")
            let html = String(decoding: data, as: UTF8.self)
            if name.hasPrefix("e-") {
                let found = Markup.values(of: "id", in: html)
                #expect(found.count == Set(found).count, "\(name): ids are unique")
            }
            for href in Markup.values(of: "href", in: html) where !href.hasPrefix("https://undocs.org/") {
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? name : parts[0]
                guard files[target] != nil else { Issue.record("\(name) links to \(href), which is not in the site"); continue }
                if parts.count == 2, !parts[1].isEmpty {
                    #expect(ids(target).contains(parts[1]), "\(name) links to \(href): no such anchor")
                }
                if target.hasPrefix("e-") { toShared += 1 }
            }
        }
        #expect(toShared > 100, "links reach the shared pages")
        let index = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        let graph = SiteTests.input.graph
        let v = try #require(Self.site.alphabetical.first { !graph.nodes[$0].inCorpus })
        #expect(index.contains(Site.jsonString(Self.site.hrefs[v])), "the search index links the section")
    }

    @Test("the same input gives byte-identical folders with shared pages")
    func determinism() throws {
        let a = try SiteTests.scratch("shared-a"), b = try SiteTests.scratch("shared-b")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        try Self.site.write(to: a.path)
        try Site(input: SiteTests.input, options: Self.options).write(to: b.path)
        let x = try SiteTests.files(in: a), y = try SiteTests.files(in: b)
        #expect(x.keys.sorted() == y.keys.sorted())
        for (name, data) in x { #expect(y[name] == data, "\(name) differs") }
    }

    @Test("a node's continuation pages link back to its section of the shared page")
    func continuation() throws {
        var options = Self.options
        options.tableRowsPerPage = 2
        let site = Site(input: SiteTests.input, options: options)
        let graph = SiteTests.input.graph
        let v = try #require(site.alphabetical.first { !graph.nodes[$0].inCorpus && site.citationsTo[$0].count > 2 })
        let name = site.stems[v] + ".citedby-2.html"
        #expect(site.pageNames.contains(name))
        let page = try #require(site.page(named: name))
        #expect(page.contains("href=\"\(site.partHref(v, "cited-by"))\""), "page 1 is the section on the shared page")
        let shared = try #require(site.page(named: site.shards[Int(site.shardOf[v])].stem + ".html"))
        #expect(shared.contains("id=\"cited-by-\(site.stems[v])\"") && shared.contains("href=\"\(name)\""))
    }
}
