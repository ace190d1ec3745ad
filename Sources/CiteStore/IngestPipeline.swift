import Foundation

/// Hands out file indices to reading threads and gives their results back to the single writer
/// in index (path) order, holding at most `window` finished-but-unwritten results.
public final class IngestPipeline<Outcome: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var results: [Int: Outcome] = [:]
    private var nextIndex = 0
    private var consumed = 0
    private var cancelled = false
    /// The index the writer waits for (-1: none), and how many readers wait for the window:
    /// a thread is woken only when what it waits for has come (one wake per document, not two).
    private var awaited = -1
    private var readersWaiting = 0

    public let count: Int
    public let window: Int

    public init(count: Int, window: Int) {
        self.count = count
        self.window = max(1, window)
    }

    /// The next index to work on, or nil when all are handed out or the run was cancelled.
    /// Blocks while the writer is `window` results behind.
    public func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && nextIndex < count && nextIndex - consumed >= window {
            readersWaiting += 1
            condition.wait()
            readersWaiting -= 1
        }
        guard !cancelled, nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    public func deliver(_ index: Int, _ outcome: Outcome) {
        condition.lock()
        results[index] = outcome
        if index == awaited { condition.broadcast() }
        condition.unlock()
    }

    /// Waits for the result of `index` and takes it.
    public func take(_ index: Int) -> Outcome? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let outcome = results.removeValue(forKey: index) {
                consumed = index + 1
                if readersWaiting > 0 { condition.broadcast() }
                return outcome
            }
            if cancelled { return nil }
            awaited = index
            condition.wait()
            awaited = -1
        }
    }

    public func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Runs `work` for every index on `width` threads; returns a group to wait on.
    public func start(width: Int, work: @escaping @Sendable (Int) -> Outcome) -> DispatchGroup {
        let group = DispatchGroup()
        for _ in 0..<max(1, width) {
            group.enter()
            let thread = Thread { [self] in
                while let index = claim() { deliver(index, work(index)) }
                group.leave()
            }
            thread.name = "citegraph-ingest-reader"
            thread.start()
        }
        return group
    }
}
