import CiteCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CiteRender

/// The ego diagram drawn in Swift (no Graphviz): well-formed, escaped, deterministic, laid out
/// with what the focus cites on the left and who cites it on the right.
@Suite struct EgoDiagramTests {
    static let focus = "A/RES/74/174"

    static func diagram(title: String = "A/RES/74/174") -> Diagram {
        Diagram(title: title, layout: .dot, legend: false, nodes: [
            DiagramNode(id: focus, kind: .resolution, body: .ga, year: 2019,
                        title: "Strengthening the United Nations crime prevention and criminal justice programme",
                        date: "2019-12-18", emphasis: .focus),
            DiagramNode(id: "A/RES/73/154", kind: .resolution, body: .ga, year: 2018, date: "2018-12-17"),
            DiagramNode(id: "UNTS 1577/27531", kind: .treaty, external: true, title: "Convention on the Rights of the Child"),
            DiagramNode(id: "instrument:paris-agreement", kind: .instrument, external: true),
            DiagramNode(id: "A/78/209", kind: .document, body: .ga, external: true),
            DiagramNode(id: "A/DEC/60/519", kind: .decision, body: .ga, external: true),
            DiagramNode(id: "A/RES/75/190", kind: .resolution, body: .ga, year: 2020, date: "2020-12-16"),
            DiagramNode(id: "S/RES/2467 (2019)", kind: .resolution, body: .sc, year: 2019, date: "2019-04-23"),
        ], edges: [
            DiagramEdge(source: focus, target: "A/RES/73/154", relation: .recalls, weight: 2),
            DiagramEdge(source: focus, target: "UNTS 1577/27531", relation: .guidedBy),
            DiagramEdge(source: focus, target: "instrument:paris-agreement", relation: .welcomes),
            DiagramEdge(source: focus, target: "A/78/209", relation: .notes),
            DiagramEdge(source: focus, target: "A/DEC/60/519", relation: .decides),
            DiagramEdge(source: "A/RES/75/190", target: focus, relation: .reaffirms),
            DiagramEdge(source: "S/RES/2467 (2019)", target: focus, relation: .cites),
        ])
    }

    /// The center x of a node's first shape.
    static func box(of token: String, in svg: String) throws -> (x: Double, y: Double) {
        let start = try #require(svg.range(of: "<g id=\"n-\(token)\""))
        let rest = svg[start.upperBound...]
        let shape = try #require(rest.range(of: #"<(rect|ellipse|polygon) [^>]*>"#, options: .regularExpression))
        let tag = String(rest[shape])
        func number(_ name: String) -> Double? {
            guard let r = tag.range(of: " \(name)=\"") else { return nil }
            return Double(tag[r.upperBound...].prefix { $0 != "\"" })
        }
        if let cx = number("cx"), let cy = number("cy") { return (cx, cy) }
        if let x = number("x"), let w = number("width"), let y = number("y") { return (x + w / 2, y) }
        let points = try #require(tag.range(of: "points=\""))
        let first = tag[points.upperBound...].prefix { $0 != " " }.split(separator: ",").compactMap { Double($0) }
        return (first[0], first[1])
    }

    @Test func isWellFormedXMLWithEveryNodeAndEdge() throws {
        let svg = try EgoDiagram.svg(Self.diagram(), focus: Self.focus)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(svg.components(separatedBy: "class=\"node ").count - 1 == 8)
        #expect(svg.components(separatedBy: "class=\"edge ").count - 1 == 7)
        #expect(svg.contains(#"<g id="n-A_RES_74_174" class="node kind-resolution body-GA focus">"#))
        #expect(svg.contains(#"<g id="e-A_RES_74_174-recalls-A_RES_73_154" class="edge rel-recalls group-recalls">"#))
        #expect(svg.contains(#"xlink:href="https://undocs.org/S/RES/2467%20%282019%29""#))
        #expect(!svg.contains("undocs.org/UNTS"))
        #expect(!svg.contains("undocs.org/instrument"))
        #expect(svg.contains("A/RES/74/174 recalls A/RES/73/154 (×2)"))
        #expect(svg.contains("stroke-dasharray=\"5,2\""), "external nodes are dashed")
    }

    @Test func citedOnTheLeftCitingOnTheRight() throws {
        let svg = try EgoDiagram.svg(Self.diagram(), focus: Self.focus)
        let center = try Self.box(of: "A_RES_74_174", in: svg).x
        for cited in ["A_RES_73_154", "UNTS_1577_27531", "instrument_paris-agreement", "A_78_209", "A_DEC_60_519"] {
            #expect(try Self.box(of: cited, in: svg).x < center, "\(cited) is cited: left")
        }
        for citing in ["A_RES_75_190", "S_RES_2467_2019"] {
            #expect(try Self.box(of: citing, in: svg).x > center, "\(citing) cites: right")
        }
        // Oldest at the top of a column.
        #expect(try Self.box(of: "S_RES_2467_2019", in: svg).y < Self.box(of: "A_RES_75_190", in: svg).y)
    }

    @Test func deterministicWhateverTheInputOrder() throws {
        var shuffled = Self.diagram()
        shuffled.nodes.reverse()
        shuffled.edges.reverse()
        let a = try EgoDiagram.svg(Self.diagram(), focus: Self.focus)
        #expect(a == (try EgoDiagram.svg(shuffled, focus: Self.focus)))
        #expect(a == (try EgoDiagram.svg(Self.diagram(), focus: Self.focus)))
    }

    @Test func hostileTitlesAreEscaped() throws {
        let hostile = "</text><script>alert(1)</script><a href=\"javascript:x\">&amp;\u{0}\u{7} 'quoted'"
        var diagram = Self.diagram(title: hostile)
        diagram.nodes[1].title = hostile
        diagram.nodes[2].id = "UNTS 1/2\"><script>"
        diagram.edges[1].target = "UNTS 1/2\"><script>"
        let svg = try EgoDiagram.svg(diagram, focus: Self.focus)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("javascript:x\""))
        #expect(svg.contains("&lt;/text&gt;&lt;script&gt;"))
        #expect(!svg.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func refusesWhatCannotBeDrawn() {
        var missing = Self.diagram()
        missing.edges.append(DiagramEdge(source: Self.focus, target: "A/RES/1/1", relation: .recalls))
        #expect(throws: GraphvizError.self) { try EgoDiagram.svg(missing, focus: Self.focus) }
        var elsewhere = Self.diagram()
        elsewhere.edges.append(DiagramEdge(source: "A/RES/75/190", target: "A/RES/73/154", relation: .recalls))
        #expect(throws: GraphvizError.self) { try EgoDiagram.svg(elsewhere, focus: Self.focus) }
        #expect(throws: GraphvizError.self) { try EgoDiagram.svg(Self.diagram(), focus: "A/RES/1/1") }
        var duplicate = Self.diagram()
        duplicate.nodes.append(duplicate.nodes[1])
        #expect(throws: GraphvizError.self) { try EgoDiagram.svg(duplicate, focus: Self.focus) }
    }
}
