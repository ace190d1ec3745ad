import Foundation
import Testing
@testable import CiteRender

@Suite struct DeterminismTests {
    @Test func dotIsByteIdenticalForTheSameDiagram() throws {
        let diagram = try Samples.wpsSeries()
        let first = try GraphvizRenderer.render(diagram, format: .dot)
        // Other work in between must not change the bytes (no address-dependent order).
        _ = try GraphvizRenderer.render(Samples.mixed, format: .svg)
        _ = try GraphvizRenderer.render(EscapingTests.hostileDiagram(), format: .dot)
        let second = try GraphvizRenderer.render(diagram, format: .dot)
        #expect(first == second, "DOT differs between two renders")
        #expect(first.count > 1000)
    }

    @Test func dotDoesNotDependOnInputOrder() throws {
        let diagram = try Samples.wpsSeries()
        var shuffled = diagram
        shuffled.nodes.reverse()
        shuffled.edges.reverse()
        #expect(try GraphvizRenderer.dotSource(for: diagram) == GraphvizRenderer.dotSource(for: shuffled))
    }

    @Test func svgOfADotLayoutIsAlsoStable() throws {
        let diagram = Samples.mixed
        let first = try Samples.svgText(diagram)
        #expect(first == (try Samples.svgText(diagram)))
    }

    @Test(arguments: [true, false])
    func dotSourceRendersToTheSameSVG(rankByYear: Bool) throws {
        // The DOT we write carries everything: reading it back gives the same picture,
        // as `dot -Tsvg` on the written file does.
        var diagram = try Samples.wpsSeries()
        diagram.rankByYear = rankByYear
        let source = try GraphvizRenderer.dotSource(for: diagram)
        let fromSource = String(decoding: try GraphvizRenderer.renderDOT(source: source, format: .svg), as: UTF8.self)
        let direct = try Samples.svgText(diagram)
        #expect(fromSource == direct)
    }

    @Test func duplicateEdgesAreMergedIntoOneWeightedEdge() throws {
        var diagram = Samples.twoNodes
        diagram.edges.append(diagram.edges[0])
        let dot = try GraphvizRenderer.dotSource(for: diagram)
        #expect(dot.components(separatedBy: "->").count == 2)
        #expect(dot.contains("(×2)"))
    }
}
