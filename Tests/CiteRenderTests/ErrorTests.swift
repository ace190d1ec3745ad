import Foundation
import Testing
@testable import CiteRender

@Suite struct ErrorTests {
    @Test func invalidDOTCarriesGraphvizMessage() throws {
        let error = #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.renderDOT(source: "digraph { a -> ; }", format: .svg)
        }
        guard case .invalidDOT(let message) = error else {
            Issue.record("expected invalidDOT, got \(String(describing: error))")
            return
        }
        #expect(message.contains("syntax error"), "message: \(message)")
        #expect(message.contains("line 1"), "message: \(message)")
    }

    @Test func parserRecoversAfterAnError() throws {
        _ = try? GraphvizRenderer.renderDOT(source: "digraph { { }", format: .dot)
        let svg = try GraphvizRenderer.renderDOT(source: "digraph { a -> b }", format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<title>a&#45;&gt;b</title>"))
    }

    @Test func lineNumbersRestartForEachText() throws {
        _ = try? GraphvizRenderer.renderDOT(source: "digraph {\n\n\n a -> ; }", format: .dot)
        let error = #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.renderDOT(source: "digraph { a -> ; }", format: .dot)
        }
        #expect(error?.description.contains("line 1") == true, "\(String(describing: error))")
    }

    @Test func emptySourceIsInvalid() {
        #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.renderDOT(source: "", format: .svg)
        }
    }

    @Test func unknownLayoutEngineNamedInTheGraphFails() throws {
        let error = #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.renderDOT(source: "digraph { layout=nosuchengine; a -> b }", format: .svg)
        }
        guard case .layoutFailed(let engine, let message) = error else {
            Issue.record("expected layoutFailed, got \(String(describing: error))")
            return
        }
        #expect(engine == "nosuchengine")
        #expect(message.contains("not recognized"), "message: \(message)")
    }

    @Test func edgeToUnknownNodeIsRejectedBeforeGraphviz() {
        var diagram = Samples.twoNodes
        diagram.edges.append(DiagramEdge(source: "S/RES/1820 (2008)", target: "S/RES/9999 (2099)", relation: .recalls))
        #expect(throws: GraphvizError.invalidDiagram(
            "edge S/RES/1820 (2008) → S/RES/9999 (2099) (recalls): node S/RES/9999 (2099) is not in the diagram")) {
            try GraphvizRenderer.render(diagram, format: .svg)
        }
    }

    @Test func duplicateNodeIsRejected() {
        var diagram = Samples.twoNodes
        diagram.nodes.append(diagram.nodes[0])
        #expect(throws: GraphvizError.invalidDiagram("duplicate node id S/RES/1325 (2000)")) {
            try GraphvizRenderer.render(diagram, format: .dot)
        }
    }

    @Test func errorsPrintAsOneLine() {
        let error = GraphvizError.layoutFailed(engine: "dot", message: "trouble")
        #expect(error.description == "Graphviz layout dot failed: trouble")
        #expect(!error.description.contains("\n"))
    }
}
