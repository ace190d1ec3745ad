import ArgumentParser
import CiteCore
import CitePDF
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `citegraph pdf-text FILE` (hidden): the text of one PDF, read in a process of its own.
///
/// poppler's text layout is quadratic or worse on hostile pages (5,000 lines drawn over each
/// other, 1.5 KB compressed, take 25 s in poppler alone) and nothing in poppler-glib can stop it
/// or count a page's characters first. So PDFs are read in this child process, which a
/// watchdog ends when one page takes longer than `PDFSandbox.secondsPerPage`, and whose memory
/// is capped; the parent turns that into one error line naming the file and the page.
struct PDFTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pdf-text", shouldDisplay: false)

    @Argument var path: String

    func run() throws {
        #if os(Linux)
        var limit = rlimit(rlim_cur: rlim_t(PDFSandbox.memoryBytes), rlim_max: rlim_t(PDFSandbox.memoryBytes))
        _ = setrlimit(Int32(RLIMIT_DATA.rawValue), &limit)
        #endif
        let watchdog = PageWatchdog(seconds: PDFSandbox.secondsPerPage)
        do {
            // `-`: the PDF on standard input, opened by the parent by its bytes (any file name).
            let data = path == "-" ? try FileNames.readAll(STDIN_FILENO, path: "-") : nil
            // Written as it is laid out, once every page is read: the text is never held whole.
            var output = BufferedStandardOutput()
            try PDFReader.write(path: path, data: data, pageStarted: { watchdog.started(page: $0) }, to: &output)
            output.flush()
        } catch let error as InputError {
            FileHandle.standardError.write(Data(error.reason.utf8))
            throw ExitCode(PDFSandbox.refusedStatus)
        }
    }
}

/// Standard output written in blocks of 1 MB.
struct BufferedStandardOutput: TextOutputStream {
    private static let blockSize = 1 << 20
    private var buffer: [UInt8] = []

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.blockSize { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Ends the process when poppler takes too long over one page, after saying which page on standard error.
final class PageWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var page = 0
    private var since = Date()

    init(seconds: Double) {
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.2)
                lock.lock()
                let (page, since) = (self.page, self.since)
                lock.unlock()
                if page > 0, Date().timeIntervalSince(since) > seconds {
                    FileHandle.standardError.write(Data("page \(page) is too complex: its text takes more than \(Int(seconds)) s to lay out".utf8))
                    _exit(PDFSandbox.refusedStatus)
                }
            }
        }
        thread.start()
    }

    /// Times `page` from now; 0 stops the clock.
    func started(page: Int) {
        lock.lock()
        self.page = page
        since = Date()
        lock.unlock()
    }
}

/// Reads PDFs through `citegraph pdf-text` in a child process (see `PDFTextCommand`).
enum PDFSandbox {
    static let secondsPerPage = 10.0
    /// The child's data limit: past it poppler's allocations fail and the child stops.
    static let memoryBytes = 1 << 30
    /// The child's exit status for a refused PDF; its standard error holds the reason.
    static let refusedStatus: Int32 = 3

    /// The document of the PDF at `path`, its text read by a child process.
    static func read(_ path: String) throws -> Document {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        // The child reads the PDF from its standard input, opened here by the file's bytes, so
        // a name that is not UTF-8 (or holds a newline) never has to pass as an argument.
        let fd = FileNames.open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError(path: path, reason: "cannot be read (\(String(cString: strerror(errno))))") }
        let input = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        defer { try? input.close() }
        process.arguments = ["pdf-text", "--", "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        do { try process.run() } catch {
            throw InputError(path: path, reason: "the PDF reader could not be started")
        }
        // The reason is one short line, far below a pipe's buffer: reading the text first cannot block.
        let text = output.fileHandleForReading.readDataToEndOfFile()
        let reason = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
        process.waitUntilExit()
        switch (process.terminationReason, process.terminationStatus) {
        case (.exit, 0):
            return try DocumentReader.parse(data: text, path: path)
        case (.exit, refusedStatus) where !reason.isEmpty:
            throw InputError(path: path, reason: reason)
        default:
            throw InputError(path: path, reason: "PDF too complex or damaged: the PDF reader stopped (memory limit \(memoryBytes >> 20) MB)")
        }
    }
}
