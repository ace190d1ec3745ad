import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `report -o` as a site and `serve`, end to end on a real series (the Haiti ECOSOC resolutions).
@Suite(.serialized) struct SiteCommandTests {
    static func store(in dir: URL) throws -> URL {
        try BadInputCatalogueTests.seriesStore(in: dir)
    }

    @Test("report -o writes a site whose internal links all resolve, with document, family and diff pages")
    func reportSite() throws {
        let dir = try CLIFixtures.scratch("site")
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
        let dir = try CLIFixtures.scratch("serve")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.store(in: dir)
        let port = 20_000 + Int(getpid() % 20_000)
        let server = Process()
        server.executableURL = try CLITool.executable()
        server.arguments = ["serve", "--db", db.path, "--port", String(port)]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        var index: (status: Int, body: String)?
        for _ in 0..<150 {
            if let answer = HTTP.get("/", port: port) { index = answer; break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        let page = try #require(index, "the server answered")
        #expect(page.status == 200)
        #expect(page.body.contains("id=\"search-data\""))
        let document = try #require(Markup.hrefs(page.body).first { $0.hasPrefix("d-") })
        let answer = try #require(HTTP.get("/" + document, port: port))
        #expect(answer.status == 200 && answer.body.contains("Cited by"))
        let missing = try #require(HTTP.get("/no-such-page.html", port: port))
        #expect(missing.status == 404 && missing.body.contains("id=\"q\""), "an unknown page: a 404 page with a search box")

        let second = try CLITool.run(["serve", "--db", db.path, "--port", String(port)])
        #expect(second.status == 1)
        #expect(second.stderrLines.count == 1 && second.stderr.contains("in use"), "\(second.stderr)")
    }

    @Test("report --own-pages-up-to 0: nodes without text share pages whose sections every link reaches; serve answers them and redirects the old addresses")
    func sharedPages() throws {
        let dir = try CLIFixtures.scratch("shared")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.store(in: dir)
        let site = dir.appendingPathComponent("site")
        let run = try CLITool.run(["report", "--db", db.path, "-o", site.path, "--own-pages-up-to", "0"])
        #expect(run.status == 0, "\(run.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: site.path)
        let shared = names.filter { $0.hasPrefix("e-") }.sorted()
        #expect(!shared.isEmpty, "shared pages")
        var pages: [String: String] = [:]
        for name in names where name.hasSuffix(".html") {
            pages[name] = try String(contentsOf: site.appendingPathComponent(name), encoding: .utf8)
        }
        var sectionLinks: [String] = []
        for (name, html) in pages {
            for href in Markup.hrefs(html) where !href.hasPrefix("https://undocs.org/") {
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? name : parts[0]
                guard let page = pages[target] else { Issue.record("\(name) links to \(href)"); continue }
                if parts.count == 2, !parts[1].isEmpty { #expect(page.contains("id=\"\(parts[1])\""), "\(name) links to \(href): no such anchor") }
                if target.hasPrefix("e-"), parts.count == 2, parts[1].hasPrefix("d-") { sectionLinks.append(href) }
            }
        }
        let link = try #require(sectionLinks.sorted().first, "links to sections of shared pages")

        let port = 20_000 + Int((getpid() + 7) % 20_000)
        let server = Process()
        server.executableURL = try CLITool.executable()
        server.arguments = ["serve", "--db", db.path, "--port", String(port), "--own-pages-up-to", "0"]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        var first: (status: Int, body: String)?
        for _ in 0..<150 {
            if let answer = HTTP.get("/" + shared[0], port: port) { first = answer; break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        let served = try #require(first, "the server answered")
        let anchor = String(link.split(separator: "#")[1])
        #expect(served.status == 200 && served.body.contains("<section id=\"d-") && served.body.contains("Known only from citations"),
                "serve answers the shared page, one section per node")
        let moved = try #require(HTTP.get("/" + anchor + ".html", port: port))
        #expect(moved.status == 301 && moved.body.contains("href=\"\(link)\""), "the old address of \(anchor) redirects to \(link)")
    }

    @Test("serve without a store is one error line")
    func serveMissingStore() throws {
        let run = try CLITool.run(["serve", "--db", "/nonexistent/store.sqlite"])
        #expect(run.status == 1)
        #expect(run.stderrLines.count == 1 && run.stderr.contains("no such file"), "\(run.stderr)")
    }
}

/// A GET over loopback with a plain socket (HTTP/1.0, 30 s timeout): status and body, nil when nothing answers.
private enum HTTP {
    static func get(_ path: String, port: Int) -> (status: Int, body: String)? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        guard send(fd, request, request.count, 0) == request.count else { return nil }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let headEnd = text.range(of: "\r\n\r\n"), let line = text.split(separator: "\r\n").first else { return nil }
        let parts = line.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        return (status, String(text[headEnd.upperBound...]))
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
