import CiteCore
@testable import CiteGraph
import Testing

/// The search of a later document's list for the newest member older than a resolution of another
/// numbering (issue 13 item 3): the indexed search must give what reading the whole list by age gives.
@Suite struct SeriesListSearchTests {
    /// Targets of several numberings, kinds and bodies; full dates, short dates, no dates; years
    /// that disagree with dates; no year at all; many on one day and in one year.
    static func graph(seed: UInt64) -> CitationGraph {
        var rng = SeededGenerator(seed: seed)
        var nodes = [NodeRecord(id: "A/RES/80/999", kind: .resolution, body: .ga, date: "2025-12-01")]
        var citations: [Citation] = []
        func date() -> String? {
            switch rng.nextInt(below: 6) {
            case 0: return nil
            case 1: return "2001"                     // short: not compared as a date
            case 2: return "2001-05-0\(1 + rng.nextInt(below: 3))"  // many on few days
            case 3: return "bad date text"            // ten bytes, no year
            default: return "\(1990 + rng.nextInt(below: 20))-0\(1 + rng.nextInt(below: 9))-1\(rng.nextInt(below: 9))"
            }
        }
        func year() -> Int? { [nil, nil, 2001, 1999, 2005][rng.nextInt(below: 5)] }
        for k in 0..<400 {
            let id: String, kind: TargetKind, body: Body
            switch rng.nextInt(below: 7) {
            case 0: (id, kind, body) = ("A/RES/\(40 + rng.nextInt(below: 30))/\(k)", .resolution, .ga)
            case 1: (id, kind, body) = ("A/HRC/RES/\(1 + rng.nextInt(below: 50))/\(k)", .resolution, .hrc)
            case 2: (id, kind, body) = ("A/DEC/\(40 + rng.nextInt(below: 30))/\(k)", .decision, .ga)
            case 3: (id, kind, body) = ("A/RES/ES-\(1 + rng.nextInt(below: 11))/\(k)", .resolution, .ga)
            case 4: (id, kind, body) = ("E/RES/\(1990 + rng.nextInt(below: 30))/\(k)", .resolution, .ecosoc)
            case 5: (id, kind, body) = ("A/RES/S-\(1 + rng.nextInt(below: 30))/\(k)", .resolution, .ga)
            default: (id, kind, body) = ("S/RES/\(1000 + k) (\(1990 + rng.nextInt(below: 30)))", .resolution, .sc)
            }
            // Half the targets are documents of their own with the dates and years drawn above;
            // the others are known only from the citation (year from the symbol, if any).
            if rng.nextInt(below: 2) == 0 { nodes.append(NodeRecord(id: id, kind: kind, body: body, date: date(), year: year())) }
            citations.append(TestGraphs.citation("A/RES/80/999", id, paragraph: rng.nextInt(below: 3) == 0 ? "PP2" : "PP1",
                                                 at: k * 10, body: body, kind: kind))
        }
        return CitationGraph(nodes: nodes, citations: citations)
    }

    @Test("the newest older candidate of another numbering is the one the whole list by age gives", arguments: [1, 2, 3, 4] as [UInt64])
    func indexedSearchAgreesWithFullScan(seed: UInt64) throws {
        let graph = Self.graph(seed: seed)
        let l = try #require(graph.nodeIndex["A/RES/80/999"])
        let lists = graph.documentLists(l)
        var compared = 0, found = 0
        for (_, families) in lists.lists {
            for (family, list) in families {
                let byAge = list.members.sorted { graph.ageKey($0) < graph.ageKey($1) }
                for r in 0..<graph.nodeCount where graph.isLineageKind(r) && graph.sequence(r)?.family != family {
                    func isCandidate(_ x: Int) -> Bool { x != r && graph.isSeriesCandidate(x, for: r) && graph.isOlder(x, than: r) == true }
                    let rAge = graph.ageKey(r)
                    let expected = byAge[..<CitationGraph.lowerBound(byAge) { graph.ageKey($0) < rAge }].last(where: isCandidate)
                    let ages = graph.seriesGroup(r).flatMap { list.byAge[$0] } ?? .init()
                    let got = graph.newestOlder(than: r, among: ages, isCandidate: isCandidate)
                    #expect(got == expected, "\(graph.nodes[r].id) in the \(family) list: \(got.map { graph.nodes[$0].id } ?? "none") ≠ \(expected.map { graph.nodes[$0].id } ?? "none")")
                    compared += 1
                    if expected != nil { found += 1 }
                }
            }
        }
        #expect(compared > 1_000 && found >= 50, "the graph exercises the search: \(compared) searches, \(found) found")
    }
}
