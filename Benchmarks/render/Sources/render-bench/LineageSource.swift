import CiteCore
import CiteRender
import Foundation

/// Lineage-like diagrams of a requested size: from the corpus ground truth
/// (truth/akn_edges_resolutions.tsv: real resolution-to-resolution citations) when it is
/// there, otherwise a seeded synthetic series with the same shape (each resolution cites
/// a few earlier ones, one hub cited by many).
struct LineageSource: CustomStringConvertible {
    private var edges: [(citing: String, cited: String, verb: String)] = []
    private var meta: [String: (body: String, date: String, title: String)] = [:]

    init(corpus: String) {
        guard let edgeText = try? String(contentsOfFile: corpus + "/truth/akn_edges_resolutions.tsv", encoding: .utf8),
              let indexText = try? String(contentsOfFile: corpus + "/akn/index.tsv", encoding: .utf8) else { return }
        for line in edgeText.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if cells.count > 5 { edges.append((cells[0], cells[1], cells[5].split(separator: "|").first.map(String.init) ?? "")) }
        }
        for line in indexText.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if cells.count > 3 { meta[cells[0]] = (cells[1], cells[2], cells[3]) }
        }
    }

    var description: String {
        edges.isEmpty ? "a seeded synthetic series" : "corpus ground truth (\(edges.count) citations)"
    }

    /// The `count` nodes nearest to S/RES/1325 (2000) in the citation graph (breadth first,
    /// both directions, in file order), with every edge among them, ranked by year.
    func lineage(nodes count: Int) -> Diagram {
        if edges.isEmpty { return synthetic(nodes: count) }
        var neighbours: [String: [String]] = [:]
        for edge in edges {
            neighbours[edge.citing, default: []].append(edge.cited)
            neighbours[edge.cited, default: []].append(edge.citing)
        }
        var chosen: [String] = ["S/RES/1325 (2000)"]
        var seen: Set<String> = ["S/RES/1325 (2000)"]
        var head = 0
        while head < chosen.count, chosen.count < count {
            for next in neighbours[chosen[head], default: []] where chosen.count < count && seen.insert(next).inserted {
                chosen.append(next)
            }
            head += 1
        }
        let nodes = chosen.map(node)
        var diagramEdges: [DiagramEdge] = []
        for edge in edges where seen.contains(edge.citing) && seen.contains(edge.cited) && edge.citing != edge.cited {
            diagramEdges.append(DiagramEdge(source: edge.citing, target: edge.cited, relation: relation(edge.verb)))
        }
        return Diagram(title: "Lineage around S/RES/1325 (2000): \(nodes.count) resolutions", layout: .auto,
                       rankByYear: true, nodes: nodes, edges: diagramEdges)
    }

    private func node(_ symbol: String) -> DiagramNode {
        let info = meta[symbol]
        let body: Body = switch true {
        case symbol.hasPrefix("S/"): .sc
        case symbol.hasPrefix("A/HRC/"): .hrc
        case symbol.hasPrefix("E/"): .ecosoc
        default: .ga
        }
        return DiagramNode(id: symbol, kind: .resolution, body: body, external: info == nil,
                           year: year(symbol, date: info?.date), title: info?.title.isEmpty == false ? info?.title : nil,
                           date: info?.date, emphasis: symbol == "S/RES/1325 (2000)" ? .focus : .normal)
    }

    private func year(_ symbol: String, date: String?) -> Int? {
        if let date, let y = Int(date.prefix(4)), y > 1900 { return y }
        if let open = symbol.lastIndex(of: "("), let y = Int(symbol[symbol.index(after: open)...].prefix(4)) { return y }
        let parts = symbol.split(separator: "/")
        if symbol.hasPrefix("A/RES/"), parts.count > 2, let session = Int(parts[2]) { return 1945 + session }
        if symbol.hasPrefix("E/RES/"), parts.count > 2, let y = Int(parts[2]) { return y }
        return nil
    }

    private func relation(_ verb: String) -> Relation {
        let lower = verb.lowercased()
        let table: [(String, Relation)] = [("reaffirm", .reaffirms), ("recall", .recalls), ("not", .notes),
                                           ("welcom", .welcomes), ("recogni", .recognizes), ("request", .requests),
                                           ("decide", .decides), ("urge", .urges), ("emphasi", .emphasizes),
                                           ("stress", .emphasizes), ("guided", .guidedBy), ("bearing", .bearsInMind)]
        return table.first { lower.contains($0.0) }?.1 ?? .cites
    }

    private func synthetic(nodes count: Int) -> Diagram {
        var state: UInt64 = 0x5DEECE66D
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
        var nodes: [DiagramNode] = []
        var edges: [DiagramEdge] = []
        for index in 0..<count {
            let session = 55 + index * 25 / max(count, 1)
            let id = "A/RES/\(session)/\(100 + index)"
            nodes.append(DiagramNode(id: id, kind: .resolution, body: .ga, year: 1945 + session,
                                     title: "Resolution \(index) on a recurring agenda item"))
            guard index > 0 else { continue }
            edges.append(DiagramEdge(source: id, target: nodes[0].id, relation: .reaffirms))
            for _ in 0..<min(index, 2) {
                let target = nodes[max(0, index - 1 - next(8))].id
                if target != id { edges.append(DiagramEdge(source: id, target: target, relation: next(2) == 0 ? .recalls : .notes)) }
            }
        }
        return Diagram(title: "Synthetic lineage of \(count) resolutions", rankByYear: true, nodes: nodes, edges: edges)
    }
}
