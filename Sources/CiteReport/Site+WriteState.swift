import Foundation

// The thread-shared state of `Site.write(to:timing:)`.

/// A value handed to other threads whose use there is known to be safe.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// The first (by page position) write failure among threads.
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: (position: Int, error: OutputError)?
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return first != nil }
    var error: OutputError? { lock.lock(); defer { lock.unlock() }; return first?.error }
    func set(_ error: OutputError, at position: Int) {
        lock.lock(); defer { lock.unlock() }
        if first.map({ position < $0.position }) ?? true { first = (position, error) }
    }
}

/// The pages of one batch, filled from several threads, and the time each kind took.
final class PageBatch: @unchecked Sendable {
    private let lock = NSLock()
    private var pages: [Data?]
    private var spent: [String: (pages: Int, nanoseconds: UInt64)] = [:]
    init(count: Int) { pages = Array(repeating: nil, count: count) }
    func set(_ k: Int, _ page: Data?, kind: String, nanoseconds: UInt64) {
        lock.lock()
        pages[k] = page
        let old = spent[kind] ?? (0, 0)
        spent[kind] = (old.pages + 1, old.nanoseconds + nanoseconds)
        lock.unlock()
    }
    func get(_ k: Int) -> Data? { lock.lock(); defer { lock.unlock() }; return pages[k] }
    /// Counts a page made (not kept) and the time it took.
    func count(kind: String, nanoseconds: UInt64) {
        lock.lock()
        made += 1
        let old = spent[kind] ?? (0, 0)
        spent[kind] = (old.pages + 1, old.nanoseconds + nanoseconds)
        lock.unlock()
    }
    private var made = 0
    var pagesMade: Int { lock.lock(); defer { lock.unlock() }; return made }
    func merge(into total: inout [String: (pages: Int, nanoseconds: UInt64)]) {
        lock.lock(); defer { lock.unlock() }
        for (kind, value) in spent {
            let old = total[kind] ?? (0, 0)
            total[kind] = (old.pages + value.pages, old.nanoseconds + value.nanoseconds)
        }
    }
}
