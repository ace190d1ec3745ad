import CiteCore
import Foundation
@testable import CiteRender

enum Samples {
    /// Two real Security Council resolutions: 1820 (2008) reaffirms 1325 (2000).
    static let twoNodes = Diagram(
        title: "Women and peace and security",
        nodes: [
            DiagramNode(id: "S/RES/1325 (2000)", kind: .resolution, body: .sc, year: 2000,
                        title: "Women and peace and security", date: "2000-10-31"),
            DiagramNode(id: "S/RES/1820 (2008)", kind: .resolution, body: .sc, year: 2008,
                        title: "Women and peace and security", date: "2008-06-19"),
        ],
        edges: [DiagramEdge(source: "S/RES/1820 (2008)", target: "S/RES/1325 (2000)", relation: .reaffirms)])

    /// The women-and-peace-and-security series from the corpus ground truth
    /// (Fixtures/wps-series.json, written by Benchmarks/render/make_wps_fixture.py).
    static func wpsSeries() throws -> Diagram {
        guard let url = Bundle.module.url(forResource: "wps-series", withExtension: "json", subdirectory: "Fixtures") else {
            throw FixtureMissing(name: "wps-series.json")
        }
        return try JSONDecoder().decode(Diagram.self, from: Data(contentsOf: url))
    }

    /// One node of every kind and several bodies, with GA, HRC, treaty and instrument ids.
    static let mixed = Diagram(
        title: "Mixed kinds",
        nodes: [
            DiagramNode(id: "A/RES/74/174", kind: .resolution, body: .ga, year: 2019,
                        title: "Strengthening the United Nations crime prevention and criminal justice programme"),
            DiagramNode(id: "A/RES/73/154", kind: .resolution, body: .ga, year: 2018),
            DiagramNode(id: "A/HRC/RES/54/7", kind: .resolution, body: .hrc, year: 2023),
            DiagramNode(id: "A/DEC/60/519", kind: .decision, body: .ga, external: true),
            DiagramNode(id: "UNTS 1577/27531", kind: .treaty, external: true, title: "Convention on the Rights of the Child"),
            DiagramNode(id: "instrument:paris-agreement", kind: .instrument, external: true),
            DiagramNode(id: "A/78/209", kind: .document, body: .ga, external: true),
        ],
        edges: [
            DiagramEdge(source: "A/RES/74/174", target: "A/RES/73/154", relation: .recalls, weight: 2),
            DiagramEdge(source: "A/RES/74/174", target: "UNTS 1577/27531", relation: .guidedBy),
            DiagramEdge(source: "A/RES/74/174", target: "instrument:paris-agreement", relation: .welcomes),
            DiagramEdge(source: "A/HRC/RES/54/7", target: "A/RES/74/174", relation: .notes),
            DiagramEdge(source: "A/HRC/RES/54/7", target: "A/DEC/60/519", relation: .cites),
            DiagramEdge(source: "A/HRC/RES/54/7", target: "A/78/209", relation: .welcomes),
        ])

    static func svgText(_ diagram: Diagram) throws -> String {
        String(decoding: try GraphvizRenderer.render(diagram, format: .svg), as: UTF8.self)
    }
}

struct FixtureMissing: Error { var name: String }
