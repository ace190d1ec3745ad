import Foundation
import Testing
@testable import CiteRender

/// Graphviz is not thread-safe; the renderer's lock must make parallel calls safe.
@Suite struct ConcurrencyTests {
    @Test func parallelRendersAllSucceedAndAgree() async throws {
        let diagram = try Samples.wpsSeries()
        let expected = try GraphvizRenderer.render(diagram, format: .svg)
        let results = try await withThrowingTaskGroup(of: Data.self) { group in
            for index in 0..<16 {
                group.addTask {
                    switch index % 4 {
                    case 0: try GraphvizRenderer.render(diagram, format: .svg)
                    case 1: try GraphvizRenderer.render(Samples.mixed, format: .png)
                    case 2: (try? GraphvizRenderer.renderDOT(source: "digraph { ] }", format: .svg)) ?? Data()
                    default: try GraphvizRenderer.render(diagram, format: .svg)
                    }
                }
            }
            var collected: [Data] = []
            for try await data in group { collected.append(data) }
            return collected
        }
        #expect(results.count == 16)
        #expect(results.filter { $0 == expected }.count == 8)
        #expect(results.filter(\.isEmpty).count == 4)
    }
}
