import CiteCore
import Foundation
import Testing
@testable import CiteRender

/// What makes a diagram readable (issue 11): few line styles with a legend, a year axis whose
/// columns are spaced by the years between them, a note for what was left out.
@Suite struct ReadableDiagramTests {
    /// One edge per relation, all from one document.
    static func everyRelation() -> Diagram {
        var nodes = [DiagramNode(id: "A/RES/80/1", kind: .resolution, body: .ga, year: 2025)]
        var edges: [DiagramEdge] = []
        for (k, relation) in Relation.allCases.enumerated() {
            let id = "A/RES/70/\(k + 1)"
            nodes.append(DiagramNode(id: id, kind: .resolution, body: .ga, year: 2015))
            edges.append(DiagramEdge(source: "A/RES/80/1", target: id, relation: relation, weight: 1 + k % 3))
        }
        nodes.append(DiagramNode(id: "A/RES/60/1", kind: .resolution, body: .ga, year: 2005))
        edges.append(DiagramEdge(source: "A/RES/70/1", target: "A/RES/60/1", relation: .recalls, inferred: true))
        return Diagram(title: "Every relation", rankByYear: true, nodes: nodes, edges: edges)
    }

    /// `(color, style)` of every drawn edge of a DOT text (the invisible year-axis edges left out).
    static func edgeStyles(_ dot: String) -> Set<[String]> {
        var styles = Set<[String]>()
        // Each edge statement, from its arrow to the end of its attribute list (DOT wraps it over lines).
        for piece in dot.components(separatedBy: " -> ").dropFirst() {
            let text = String(piece.prefix { $0 != "]" })
            if text.contains("invis") { continue }
            func value(_ name: String) -> String {
                guard let range = text.range(of: "\t\(name)=") ?? text.range(of: "[\(name)=") ?? text.range(of: " \(name)=") else { return "" }
                var rest = text[range.upperBound...]
                if rest.first == "\"" { rest = rest.dropFirst(); return String(rest.prefix { $0 != "\"" }) }
                return String(rest.prefix { $0 != "," && $0 != "]" && !$0.isWhitespace })
            }
            styles.insert([value("color"), value("style")])
        }
        return styles
    }

    @Test func atMostSixEdgeStylesForTwentyFiveRelations() throws {
        let diagram = Self.everyRelation()
        let dot = try GraphvizRenderer.dotSource(for: diagram)
        let styles = Self.edgeStyles(dot)
        #expect(styles.count <= 6, "\(styles)")
        #expect(styles.count >= 5, "the five groups and the inferred link are told apart: \(styles)")
        // Every edge keeps its own relation as a class, and the legend names each group once.
        for relation in Relation.allCases { #expect(dot.contains("rel-\(relation.rawValue)")) }
        for group in RelationGroup.allCases { #expect(dot.contains(DiagramText.htmlEscaped(group.legendName))) }
        #expect(dot.contains("continues (inferred)"))
        #expect(Set(Relation.allCases.map(RelationGroup.init)).count == 5)
    }

    /// x of the year-axis label `year` in an SVG laid out left to right.
    static func axisX(_ svg: String, year: String) throws -> Double {
        let marker = "id=\"year&#45;\(year)\""
        let start = try #require(svg.range(of: marker), "no axis label \(year)")
        let text = try #require(svg.range(of: "<text", range: start.upperBound..<svg.endIndex))
        let x = try #require(svg.range(of: "x=\"", range: text.upperBound..<svg.endIndex))
        let digits = svg[x.upperBound...].prefix { $0 != "\"" }
        return try #require(Double(digits))
    }

    @Test func yearColumnsAreSpacedByTheYearsBetweenThem() throws {
        let years = [1988, 1999, 2008, 2009, 2010]
        let nodes = years.map { DiagramNode(id: "S/RES/\($0 - 1000) (\($0))", kind: .resolution, body: .sc, year: $0) }
        var edges: [DiagramEdge] = []
        for k in 1..<nodes.count { edges.append(DiagramEdge(source: nodes[k].id, target: nodes[k - 1].id, relation: .recalls)) }
        let svg = try Samples.svgText(Diagram(title: "Axis", rankByYear: true, nodes: nodes, edges: edges))
        let x = try years.map { try Self.axisX(svg, year: String($0)) }
        #expect(x == x.sorted(), "time runs left to right: \(x)")
        let eleven = x[1] - x[0], one = x[3] - x[2], alsoOne = x[4] - x[3]
        #expect(eleven > 3 * one, "1988 → 1999 (\(eleven)) is much wider than 2008 → 2009 (\(one))")
        #expect(abs(one - alsoOne) < 1, "equal gaps, equal space: \(one) vs \(alsoOne)")
        // 1999 → 2008 (nine years) lies between the two.
        #expect(x[2] - x[1] > one && x[2] - x[1] < eleven)
    }

    @Test func aVeryLongGapIsDrawnShorterAndSaysSo() throws {
        let nodes = [DiagramNode(id: "A/RES/217 (III)", kind: .resolution, body: .ga, year: 1948),
                     DiagramNode(id: "A/RES/74/174", kind: .resolution, body: .ga, year: 2019)]
        let diagram = Diagram(title: "Gap", rankByYear: true, nodes: nodes,
                              edges: [DiagramEdge(source: "A/RES/74/174", target: "A/RES/217 (III)", relation: .recalls)])
        let dot = try GraphvizRenderer.dotSource(for: diagram)
        #expect(dot.contains("minlen=\(DiagramPlanner.maximumYearSpan)"))
        #expect(dot.contains("⋯ 2019"))
        #expect(dot.contains("71 years after 1948"))
    }

    @Test func aNoteSaysWhatWasLeftOut() throws {
        var diagram = Samples.twoNodes
        diagram.note = "and 29 more neighbours not drawn (the 40 strongest are)"
        let svg = try Samples.svgText(diagram)
        #expect(svg.contains("and 29 more neighbours"))
        let data = try JSONEncoder().encode(diagram)
        #expect(try JSONDecoder().decode(Diagram.self, from: data) == diagram)
    }

    @Test func transitiveReductionKeepsTheChain() {
        // Each member cites every earlier one: only the chain is left.
        var edges: [[Int]] = []
        for a in 1..<6 { for b in 0..<a { edges.append([a, b]) } }
        #expect(TransitiveReduction.edges(edges) == [[1, 0], [2, 1], [3, 2], [4, 3], [5, 4]])
        // A branch keeps both of its edges; a duplicate and a self-loop are dropped.
        #expect(TransitiveReduction.edges([[2, 0], [1, 0], [2, 0], [3, 3]]) == [[2, 0], [1, 0]])
        // On a cycle, what reaches what stays: 2 still reaches 0 and 1.
        let cyclic = TransitiveReduction.edges([[0, 1], [1, 0], [2, 0], [2, 1]])
        #expect(cyclic.contains([0, 1]) && cyclic.contains([1, 0]))
        #expect(cyclic.contains { $0[0] == 2 })
    }
}
