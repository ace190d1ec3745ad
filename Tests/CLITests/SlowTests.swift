import Foundation
import Testing

extension Tag {
    /// A test that takes tens of seconds or more on a 2-core machine (a 50 MB file, a folder of
    /// 10,000 files). `make test` leaves it out; `make test-all` runs it.
    @Tag static var slow: Self
}

extension Trait where Self == ConditionTrait {
    /// Runs a `.slow` test only when `CITEGRAPH_SLOW_TESTS=1` (`make test-all` sets it), so the
    /// quick suite (`make test`, the CI command) stays quick.
    static var onlyWhenSlowTestsAsked: Self {
        .enabled(if: ProcessInfo.processInfo.environment["CITEGRAPH_SLOW_TESTS"] == "1",
                 "slow: run by `make test-all` (CITEGRAPH_SLOW_TESTS=1)")
    }
}
