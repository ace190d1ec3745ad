import CiteCore
import Foundation
@testable import CiteGraph

/// Reads the series fixture made by `Fixtures/make_series_fixture.py` from the shared corpus.
enum SeriesFixture {
    static func url(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw FixtureError(name: name)
        }
        return url
    }

    static func rows(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: try url(name), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: true).dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    static func nodes() throws -> [NodeRecord] {
        try rows("series_nodes.tsv").map { f in
            NodeRecord(id: f[0], kind: TargetKind(rawValue: f[1]) ?? .resolution, body: Body(rawValue: f[2]),
                       date: f[3].isEmpty ? nil : f[3], title: f[4].isEmpty ? nil : f[4],
                       agendaItem: f[5].isEmpty ? nil : f[5],
                       subjects: f[6].isEmpty ? [] : f[6].split(separator: "|").map(String.init), inCorpus: f[7] == "yes")
        }
    }

    static func citations() throws -> [Citation] {
        try rows("series_citations.tsv").map { f in
            Citation(citing: f[0], target: f[1], targetKind: .resolution, body: Body(rawValue: f[2]),
                     relation: Relation(rawValue: f[3]) ?? .cites, section: Section(rawValue: f[4]) ?? .preamble,
                     paragraph: f[5], span: (Int(f[6]) ?? 0)..<(Int(f[7]) ?? 0), text: f[8], footnote: Int(f[9]))
        }
    }

    static func graph(dropping citing: Set<String> = []) throws -> CitationGraph {
        CitationGraph(nodes: try nodes(), citations: try citations().filter { !citing.contains($0.citing) })
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var name: String
    var description: String { "fixture \(name) is missing from the test bundle" }
}
