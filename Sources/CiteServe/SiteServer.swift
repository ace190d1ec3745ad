import CiteCore
import CiteGraph
import CiteReport
import CiteStore
import FlyingFox
import FlyingSocks
import Foundation

/// `citegraph serve`: the pages of `citegraph report -o` rendered on request from a store, on
/// localhost. Nothing is written.
///
/// ```swift
/// let server = SiteServer(store: "akn.sqlite", title: "AKN")
/// try await server.run(host: "127.0.0.1", port: 8080)
/// ```
///
/// Each request opens the store read-only; when what it holds changed since the last request
/// (an `ingest` beside the server), the site is computed again, so the next page shows the new
/// data. The server listens as soon as the graph is read; the series decomposition, communities
/// and centralities follow in the background. Unknown pages get the site's 404 page (with its search box); page names are looked up
/// among the site's own pages, never as files.
public struct SiteServer: Sendable {
    public var storePath: String
    public var title: String
    public var options: ReportOptions
    let cache = SiteCache()

    public init(store: String, title: String, options: ReportOptions = ReportOptions()) {
        storePath = store
        self.title = title
        self.options = options
    }

    /// Serves until the task is cancelled.
    /// - Throws: ``ServeError`` for an address that cannot be used (port in use, bad host).
    public func run(host: String, port: UInt16, ready: (@Sendable (String) -> Void)? = nil) async throws {
        let address: sockaddr_in
        do { address = try .inet(ip4: host, port: port) } catch {
            throw ServeError("--host \(host) is not an IPv4 address (use 127.0.0.1 or 0.0.0.0)")
        }
        try Self.checkPortFree(address, host: host, port: port)
        // The graph is read before listening, so a store that cannot be read is said at once; the
        // slow parts of the site (series, communities, centralities) are computed after, in the
        // background, and a page that needs one before it is ready waits for it.
        do { _ = try await cache.site(storePath: storePath, title: title, options: options) } catch {
            throw ServeError("\(error)")
        }
        let server = HTTPServer(address: address, timeout: 600, logger: .disabled, handler: Handler(server: self))
        let task = Task { try await server.run() }
        if let ready {
            Task {
                do {
                    try await server.waitUntilListening(timeout: 10)
                    ready("http://\(host):\(port)/")
                } catch {}
            }
        }
        do {
            try await task.value
        } catch SocketError.failed(_, EADDRINUSE, _) {
            throw ServeError("port \(port) on \(host) is in use; choose another with --port")
        } catch let SocketError.failed(type, _, message) {
            throw ServeError("cannot listen on \(host):\(port): \(type): \(message)")
        }
    }

    /// Binds and releases the address once, so a port in use is said before the site is computed.
    static func checkPortFree(_ address: sockaddr_in, host: String, port: UInt16) throws {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { return }
        defer { close(fd) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = address
        let result = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if result != 0 {
            let code = errno
            if code == EADDRINUSE { throw ServeError("port \(port) on \(host) is in use; choose another with --port") }
            throw ServeError("cannot listen on \(host):\(port): \(String(cString: strerror(code)))")
        }
    }

    /// The answer to a GET of `path`: status, content type and body, and for a redirect (301) where to.
    public func respond(to path: String) async -> (status: Int, contentType: String, body: Data, location: String?) {
        var name = path.hasPrefix("/") ? String(path.dropFirst()) : path
        if name.isEmpty { name = "index.html" }
        let site: Site
        do { site = try await cache.site(storePath: storePath, title: title, options: options) } catch {
            let message = Data("citegraph serve: \(error)\n".utf8)
            return (503, "text/plain; charset=utf-8", message, nil)
        }
        if name == "report.md" || name == "favicon.ico" { return (404, "text/plain; charset=utf-8", Data("not found\n".utf8), nil) }
        if let page = await Self.render(site, name) {
            // A large search index comes as script files (`search-1.js`), which `nosniff` runs only as JavaScript.
            let type = name.hasSuffix(".js") ? "text/javascript; charset=utf-8" : "text/html; charset=utf-8"
            return (200, type, Data(page.utf8), nil)
        }
        // A node without text on a large site has a section of a shared page, not a page of its own.
        if let moved = site.sharedAddress(ofPage: name) {
            let link = moved  // page names and anchors: letters, digits, `_`, `-`, `.` and `#` only
            return (301, "text/html; charset=utf-8", Data("<!DOCTYPE html><title>Moved</title><p>Now at <a href=\"\(link)\">\(link)</a>.</p>\n".utf8), moved)
        }
        return (404, "text/html; charset=utf-8", Data((await Self.render(site, "404.html") ?? "not found").utf8), nil)
    }

    /// Renders off the cooperative pool: a page may wait seconds for the series decomposition,
    /// and several pages render at once.
    static func render(_ site: Site, _ name: String) async -> String? {
        await withCheckedContinuation { done in
            DispatchQueue.global().async { done.resume(returning: site.page(named: name)) }
        }
    }

    struct Handler: HTTPHandler {
        let server: SiteServer
        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            guard request.method == .GET || request.method == .HEAD else {
                return HTTPResponse(statusCode: .methodNotAllowed, headers: [.contentType: "text/plain; charset=utf-8"],
                                    body: Data("only GET\n".utf8))
            }
            let answer = await server.respond(to: request.path)
            let status: HTTPStatusCode = switch answer.status {
            case 200: .ok
            case 301: .movedPermanently
            case 404: .notFound
            default: .serviceUnavailable
            }
            var headers: HTTPHeaders = [
                .contentType: answer.contentType,
                HTTPHeader("X-Content-Type-Options"): "nosniff",
                HTTPHeader("Cache-Control"): "no-store",
            ]
            if let location = answer.location { headers[HTTPHeader("Location")] = location }
            return HTTPResponse(statusCode: status, headers: headers, body: request.method == .HEAD ? Data() : answer.body)
        }
    }
}

/// The site of the store as it was at the last request, computed again when the store changed.
actor SiteCache {
    private var fingerprint: [String] = []
    private var site: Site?

    func site(storePath: String, title: String, options: ReportOptions) throws -> Site {
        guard FileManager.default.fileExists(atPath: storePath) else {
            throw ServeError("\(storePath): no such store (run `citegraph ingest PATH --db \(storePath)` first)")
        }
        let store = try CitationStore(path: storePath, readOnly: true)
        defer { try? store.close() }
        let files = try store.files().map { "\($0.path)\u{1}\($0.contentHash)\u{1}\($0.status.rawValue)" }
        if let site, files == fingerprint { return site }
        var (graph, texts) = try store.graphAndParagraphTexts()
        graph.attachTexts(texts)
        let documents = try store.documents().map(ReportDocument.init)
        let fresh = Site(input: ReportInput(title: title, graph: graph, documents: documents), options: options)
        site = fresh
        fingerprint = files
        DispatchQueue.global(qos: .utility).async { fresh.prepare() }
        return fresh
    }
}

/// Why the server cannot start or answer, said in one line.
public struct ServeError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
