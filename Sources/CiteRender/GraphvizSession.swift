import Foundation
internal import CGraphviz

/// The one door to Graphviz: a process-wide lock (Graphviz keeps global state and is
/// not thread-safe) and the capture of its error messages.
enum GraphvizSession {
    private static let lock = NSLock()

    /// Text Graphviz reported through `agseterrf` during the current locked call.
    /// Only touched while `lock` is held.
    nonisolated(unsafe) private static var messages = ""
    nonisolated(unsafe) private static var handlerInstalled = false
    /// One Graphviz context for the process: gvContext reads the plugin configuration
    /// (and Graphviz 2.43 leaks a few kilobytes of it each time), so it is created once
    /// and freed at exit. Graphs and layouts are still freed after every render.
    nonisolated(unsafe) private static var sharedContext: OpaquePointer? = nil

    /// Runs `body` holding the lock, with a fresh error buffer.
    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        if !handlerInstalled {
            _ = agseterrf(collectMessage)
            handlerInstalled = true
        }
        messages = ""
        _ = agreseterrors()
        return try body()
    }

    /// The process's Graphviz context, created on first use. Call only inside ``withLock(_:)``.
    static func context() throws -> OpaquePointer {
        if let sharedContext { return sharedContext }
        guard let created = gvContext() else {
            throw GraphvizError.layoutFailed(engine: "-", message: reportedMessage(fallback: "gvContext failed"))
        }
        sharedContext = created
        atexit(freeContextAtExit)
        return created
    }

    fileprivate static func freeSharedContext() {
        lock.lock()
        defer { lock.unlock() }
        if let sharedContext { _ = gvFreeContext(sharedContext) }
        sharedContext = nil
    }

    /// What Graphviz reported since the lock was taken, as one line:
    /// `Error: ` / `Warning: ` prefixes removed, lines joined with `; `.
    /// Errors come first; warnings only when there is no error.
    /// Call only inside ``withLock(_:)``.
    static func reportedMessage(fallback: String) -> String {
        var errors: [String] = []
        var warnings: [String] = []
        var lastWasError = false
        for rawLine in messages.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("Error:") {
                errors.append(line.dropFirst("Error:".count).trimmingCharacters(in: .whitespaces))
                lastWasError = true
            } else if line.hasPrefix("Warning:") {
                warnings.append(line.dropFirst("Warning:".count).trimmingCharacters(in: .whitespaces))
                lastWasError = false
            } else if !line.isEmpty {
                // A continuation line belongs to the message before it.
                if lastWasError { errors.append(line) } else { warnings.append(line) }
            }
        }
        let chosen = errors.isEmpty ? warnings : errors
        let text = chosen.filter { !$0.isEmpty }.joined(separator: "; ")
        if text.isEmpty { return fallback }
        // One readable line, even when Graphviz lists every plugin it knows.
        return text.count > 600 ? String(text.prefix(600)) + "…" : text
    }
}

/// The `agusererrf` handler: Graphviz calls it with pieces of a message
/// (`"Error"`, `": "`, then the text); they are joined in `messages`.
private let collectMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { piece in
    guard let piece else { return 0 }
    GraphvizSession.append(String(cString: piece))
    return 0
}

extension GraphvizSession {
    fileprivate static func append(_ piece: String) { messages += piece }
}

/// Frees the shared context when the process exits (after any render in progress).
private let freeContextAtExit: @convention(c) () -> Void = {
    GraphvizSession.freeSharedContext()
}
