import Dispatch
import Foundation

/// `map` on every core, results in input order: for the per-document steps of the series
/// decomposition (splitting a text into words, finding its names), which read one text each and
/// share nothing, so the result is the same as a serial `map`'s, only sooner.
enum ParallelMap {
    /// `transform` of each of `items`, in their order. Few or small items run serially.
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard items.count >= 8, cores > 1 else { return items.map(transform) }
        let results = Slots<R>(count: items.count)
        // Items in strided chunks so long and short texts spread over the cores.
        let chunks = min(items.count, cores * 8)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var k = chunk
            while k < items.count {
                results.set(k, transform(items[k]))
                k += chunks
            }
        }
        return results.values()
    }

    /// One slot per item, each written by exactly one thread, read after all have finished.
    /// (A buffer of its own, not an array property: threads writing to different elements of one
    /// array property would each claim the whole property.)
    private final class Slots<R>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<R?>
        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }
        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }
        func set(_ k: Int, _ value: R) { buffer[k] = value }
        func values() -> [R] { buffer.map { $0! } }
    }
}
