import Foundation
import Testing
@testable import CiteRender

@Suite struct SVGMarkupTests {
    @Test func nodesCarryIdClassTooltipAndLink() throws {
        let svg = try Samples.svgText(Samples.twoNodes)
        #expect(svg.contains(#"<g id="n&#45;S_RES_1325_2000" class="node kind&#45;resolution body&#45;SC">"#))
        #expect(svg.contains(#"xlink:href="https://undocs.org/S/RES/1325%20%282000%29""#))
        #expect(svg.contains(#"target="_blank""#))
        #expect(svg.contains("xlink:title=\"S/RES/1325 (2000)&#10;Women and peace and security&#10;2000&#45;10&#45;31"))
    }

    @Test func edgesCarryRelationClassAndId() throws {
        let svg = try Samples.svgText(Samples.twoNodes)
        #expect(svg.contains(#"<g id="e&#45;S_RES_1820_2008&#45;reaffirms&#45;S_RES_1325_2000" class="edge rel&#45;reaffirms group&#45;recalls">"#))
    }

    @Test func onlyUNSymbolsAreLinked() throws {
        let svg = try Samples.svgText(Samples.mixed)
        #expect(svg.contains("https://undocs.org/A/RES/74/174"))
        #expect(svg.contains("https://undocs.org/A/HRC/RES/54/7"))
        #expect(svg.contains("https://undocs.org/A/78/209"))
        #expect(!svg.contains("undocs.org/UNTS"))
        #expect(!svg.contains("undocs.org/instrument"))
        #expect(svg.contains("kind&#45;treaty"))
        #expect(svg.contains("class=\"node kind&#45;decision body&#45;GA external\""))
    }

    @Test func legendListsOnlyWhatIsPresent() throws {
        let svg = try Samples.svgText(Samples.mixed)
        // Relations are listed by group: recalls, guided-by, welcomes, notes and cites fall in four.
        for present in ["GA resolution", "HRC resolution", "GA decision", "treaty", "instrument",
                        "not in the corpus", "recalls, reaffirms", "recognizes, bears in mind, other preamble",
                        "notes, welcomes, acknowledges", "cites (no verb)"] {
            #expect(svg.contains(present), "legend lacks \(present)")
        }
        for absent in ["SC resolution", "operative", "continues (inferred)", "pale:"] {
            #expect(!svg.contains(absent), "legend shows \(absent)")
        }
    }

    @Test func lineageHasAYearAxisWithOneRankPerYear() throws {
        let diagram = try Samples.wpsSeries()
        let dot = try GraphvizRenderer.dotSource(for: diagram)
        #expect(dot.contains("rankdir=RL"), "time flows left to right: cited (older) on the left")
        #expect(dot.components(separatedBy: "rank=same").count - 1 == 11, "one rank per year present")
        let svg = try Samples.svgText(diagram)
        #expect(svg.contains(#"<g id="year&#45;2019" class="node year&#45;axis">"#))
        // Resolutions of one year share a column: same x for 1888 and 1889 (2009).
        #expect(try centerX(of: "n&#45;S_RES_1888_2009", in: svg) == centerX(of: "n&#45;S_RES_1889_2009", in: svg))
        #expect(try centerX(of: "n&#45;S_RES_1325_2000", in: svg) < centerX(of: "n&#45;S_RES_1820_2008", in: svg))
        // The focus node and the hub are marked.
        #expect(svg.contains("class=\"node kind&#45;resolution body&#45;SC focus\""))
        #expect(svg.contains("class=\"node kind&#45;resolution body&#45;SC hub\""))
    }

    @Test func largeRankedGraphsUseSfdpUnlessDotIsAsked() throws {
        var diagram = Self.largeDiagram()
        diagram.rankByYear = true
        #expect(GraphvizRenderer.engine(for: diagram) == .sfdp)
        #expect(!(try GraphvizRenderer.dotSource(for: diagram)).contains("rank=same"))
        diagram.layout = .dot
        let dot = try GraphvizRenderer.dotSource(for: diagram)
        #expect(dot.contains("rank=same"))
        #expect(dot.contains("nslimit=2"))
        #expect(dot.contains("splines=line"))
        #expect(dot.contains("constraint=false"))
    }

    @Test func largeGraphsSwitchToSfdpAndKeepHubLabels() throws {
        let diagram = Self.largeDiagram()
        #expect(GraphvizRenderer.engine(for: diagram) == .sfdp)
        let dot = try GraphvizRenderer.dotSource(for: diagram)
        #expect(dot.contains("layout=sfdp"))
        #expect(dot.contains("overlap=prism"))
        let svg = try Samples.svgText(diagram)
        #expect(svg.contains(">1325 (2000)</text>"), "the hub keeps its label")
        #expect(!svg.contains(">Resolution 5</text>"), "small nodes are drawn without labels")
    }

    /// 851 nodes: a chain of GA resolutions, every third citing S/RES/1325 (2000).
    static func largeDiagram() -> Diagram {
        var nodes = [DiagramNode(id: "S/RES/1325 (2000)", kind: .resolution, body: .sc, year: 2000,
                                 title: "Women and peace and security")]
        var edges: [DiagramEdge] = []
        for index in 1...850 {
            let id = "A/RES/\(index / 100 + 60)/\(index)"
            nodes.append(DiagramNode(id: id, kind: .resolution, body: .ga, year: 2005 + index / 100,
                                     title: "Resolution \(index)"))
            if index % 3 == 0 { edges.append(DiagramEdge(source: id, target: "S/RES/1325 (2000)", relation: .recalls)) }
            if index > 1 { edges.append(DiagramEdge(source: id, target: "A/RES/\((index - 1) / 100 + 60)/\(index - 1)", relation: .notes)) }
        }
        return Diagram(title: "Overview", nodes: nodes, edges: edges)
    }

    /// Middle of a node's outline: the first `d="M…"` or `points="…"` inside its group.
    private func centerX(of id: String, in svg: String) throws -> Double {
        let start = try #require(svg.range(of: "<g id=\"\(id)\""))
        let end = try #require(svg[start.upperBound...].range(of: "</g>"))
        let group = svg[start.upperBound..<end.lowerBound]
        let outline = try #require(group.range(of: #" d="M"#) ?? group.range(of: #" points=""#))
        let numbers = group[outline.upperBound...].prefix { $0 != "\"" }
            .split(whereSeparator: { " ,MCL".contains($0) })
            .compactMap { Double($0) }
        let xs = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
        let low = try #require(xs.min()), high = try #require(xs.max())
        return ((low + high) / 2 * 10).rounded() / 10
    }
}
