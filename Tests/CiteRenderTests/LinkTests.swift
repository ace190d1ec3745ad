import Foundation
import Testing
@testable import CiteRender

/// Proves that Graphviz is linked and its plugins load, in process, on this machine.
@Suite struct LinkTests {
    @Test func twoNodeGraphRendersToSVGInProcess() throws {
        let svg = try Samples.svgText(Samples.twoNodes)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("<svg"))
        #expect(svg.contains("</svg>"))
        // Both nodes and the edge are drawn: their titles are Graphviz's names.
        #expect(svg.contains("<title>S/RES/1325 (2000)</title>"))
        #expect(svg.contains("<title>S/RES/1820 (2008)</title>"))
        #expect(svg.contains("<title>S/RES/1820 (2008)&#45;&gt;S/RES/1325 (2000)</title>"))
    }

    @Test func reportsTheLibraryVersion() {
        let version = GraphvizRenderer.graphvizVersion
        #expect(version.first?.isNumber == true, "got \(version)")
    }
}
