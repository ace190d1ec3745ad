import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `report -o` as a site and `serve`, end to end on a real series (the Haiti ECOSOC resolutions).
@Suite(.serialized) struct SiteCommandTests {
    static func store(in dir: URL) throws -> URL {
        try BadInputCatalogueTests.seriesStore(in: dir)
    }

    @Test("report -o writes a site whose internal links all resolve, with document, family and diff pages")
    func reportSite() throws {
        let dir = try CLITool.scratch("site")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.store(in: dir)
        let site = dir.appendingPathComponent("site")
        let run = try CLITool.run(["report", "--db", db.path, "-o", site.path])
        #expect(run.status == 0, "\(run.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: site.path)
        #expect(names.contains("index.html") && names.contains("report.md") && names.contains("all.html"))
        #expect(names.contains { $0.hasPrefix("s-") }, "a series family page")
        #expect(names.contains { $0.hasPrefix("x-") }, "a diff page")
        for name in names where name.hasSuffix(".html") {
            let html = try String(contentsOf: site.appendingPathComponent(name), encoding: .utf8)
            for href in Markup.hrefs(html) where !href.hasPrefix("https://undocs.org/") {
                let target = String(href.prefix { $0 != "#" })
                #expect(target.isEmpty || names.contains(target), "\(name) links to \(href)")
            }
        }
    }

    @Test("serve answers pages and a 404 with a search box; a second server on the port is one error line")
    func serve() throws {
        let dir = try CLITool.scratch("serve")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.store(in: dir)
        let port = 20_000 + Int(getpid() % 20_000)
        let server = Process()
        server.executableURL = try CLITool.executable()
        server.arguments = ["serve", "--db", db.path, "--port", String(port)]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        let base = "http://127.0.0.1:\(port)/"
        var index: String?
        for _ in 0..<100 {
            if let data = try? Data(contentsOf: URL(string: base)!) { index = String(decoding: data, as: UTF8.self); break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        let page = try #require(index, "the server answered")
        #expect(page.contains("id=\"search-data\""))
        let document = try #require(Markup.hrefs(page).first { $0.hasPrefix("d-") })
        let body = try Data(contentsOf: URL(string: base + document)!)
        #expect(String(decoding: body, as: UTF8.self).contains("Cited by"))
        #expect((try? Data(contentsOf: URL(string: base + "no-such-page.html")!)) == nil, "an unknown page is not a 200")

        let second = try CLITool.run(["serve", "--db", db.path, "--port", String(port)])
        #expect(second.status == 1)
        #expect(second.stderrLines.count == 1 && second.stderr.contains("in use"), "\(second.stderr)")
    }

    @Test("serve without a store is one error line")
    func serveMissingStore() throws {
        let run = try CLITool.run(["serve", "--db", "/nonexistent/store.sqlite"])
        #expect(run.status == 1)
        #expect(run.stderrLines.count == 1 && run.stderr.contains("no such file"), "\(run.stderr)")
    }
}

private enum Markup {
    static func hrefs(_ html: String) -> [String] {
        var out: [String] = []
        var rest = html[...]
        while let r = rest.range(of: " href=\"") {
            let after = rest[r.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            out.append(String(after[..<end]))
            rest = after[end...]
        }
        return out
    }
}
