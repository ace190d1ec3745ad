import CiteCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CiteRender

/// Titles come from documents: none of them may become markup in the SVG.
@Suite struct EscapingTests {
    static let hostileTitles = [
        "<script>alert('x')</script>",
        "\"><svg onload=alert(1)>",
        "Tom & Jerry's \"quoted\" <b>bold</b>",
        "&lt;script&gt; already escaped",
        "back\\slash \\N \\G \\n",
        "control\u{0007}char]]><!--",
    ]

    static func hostileDiagram() -> Diagram {
        var nodes: [DiagramNode] = []
        for (index, title) in hostileTitles.enumerated() {
            nodes.append(DiagramNode(id: "A/RES/80/\(index + 1)", label: index == 0 ? title : nil,
                                     kind: .resolution, body: .ga, title: title, date: title))
        }
        nodes.append(DiagramNode(id: "instrument:<script>x</script>", kind: .instrument, title: "<script>y</script>"))
        let edges = (1..<nodes.count).map {
            DiagramEdge(source: nodes[$0].id, target: nodes[0].id, relation: .recalls)
        }
        return Diagram(title: "<script>alert('title')</script>", nodes: nodes, edges: edges)
    }

    @Test func hostileTitlesNeverBecomeMarkup() throws {
        let svg = try Samples.svgText(Self.hostileDiagram())
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.contains("<svg onload"))
        #expect(!svg.contains("<b>"))
        #expect(!svg.contains("<!--\"") && !svg.contains("]]>"))
        #expect(svg.contains("&lt;script&gt;alert("))
        // The SVG is still one well-formed XML document.
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "SVG does not parse: \(String(describing: parser.parserError))")
    }

    @Test func backslashEscapesAreNotExpanded() throws {
        let svg = try Samples.svgText(Self.hostileDiagram())
        // `\N` would otherwise become the node name, `\G` the graph name.
        #expect(svg.contains("back∖slash ∖N ∖G ∖n"))
    }

    @Test func alreadyEscapedTextStaysText() throws {
        let svg = try Samples.svgText(Self.hostileDiagram())
        // Shown as the characters "&lt;script&gt;", not as a tag.
        #expect(svg.contains("&amp;lt;script&amp;gt; already"))
    }

    @Test func everyFormatAcceptsHostileText() throws {
        let diagram = Self.hostileDiagram()
        for format in OutputFormat.allCases {
            #expect(try !GraphvizRenderer.render(diagram, format: format).isEmpty)
        }
    }
}
