import ArgumentParser
import CiteReport
import CiteServe
import Foundation

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the report's pages from a store on localhost, rendered on request (no files written)."
    )

    @Option(help: "The store to read (opened read-only on each request).")
    var db: String = "citegraph.sqlite"

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @Option(help: "The address to listen on (127.0.0.1: this machine only).")
    var host: String = "127.0.0.1"

    @Option(help: "The site's title.")
    var title: String = "Citation graph report"

    @Option(help: "How many entries the ranking tables show.")
    var top: Int = 25

    @Option(help: "As in report: nodes known only from citations get a page each up to this many; beyond, they share pages.")
    var ownPagesUpTo: Int = ReportOptions().ownPagesForNodesWithoutText

    func validate() throws {
        if !(1...65535).contains(port) { throw ValidationError("--port must be between 1 and 65535") }
        if top <= 0 { throw ValidationError("--top must be positive") }
        if ownPagesUpTo < 0 { throw ValidationError("--own-pages-up-to must be 0 or more") }
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            Console.error("error: " + Inputs.missing(db) + " (run `citegraph ingest PATH --db \(db)` first)")
            throw ExitCode(ExitCodes.failure)
        }
        var options = ReportOptions()
        options.topCount = top
        options.ownPagesForNodesWithoutText = ownPagesUpTo
        // A parent that started us with these signals blocked (a test runner) must still be able to stop us.
        var stop = sigset_t()
        sigemptyset(&stop)
        sigaddset(&stop, SIGINT)
        sigaddset(&stop, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &stop, nil)
        let server = SiteServer(store: db, title: title, options: options)
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let (db, host, port) = (db, host, UInt16(port))
        Task {
            do {
                try await server.run(host: host, port: port) { url in
                    Console.error("serve: \(db) at \(url) (Ctrl-C stops)")
                }
            } catch {
                outcome.set(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            Console.error("error: \(error)")
            throw ExitCode(ExitCodes.failure)
        }
    }
}

/// The error the server task ended with, handed to the waiting command.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    func set(_ error: Error) { lock.lock(); stored = error; lock.unlock() }
    var error: Error? { lock.lock(); defer { lock.unlock() }; return stored }
}
