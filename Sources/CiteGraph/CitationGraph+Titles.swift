import CiteCore
import Foundation

extension CitationGraph {
    /// The title to show for each node: its own (from the document's metadata), else the title
    /// its citing texts give it most often ("resolution 70/1, entitled “Transforming our world…”"),
    /// ties broken by the text; `nil` when neither is known.
    ///
    /// ```swift
    /// let titles = graph.displayTitles()
    /// titles[graph.nodeIndex["A/RES/70/1"] ?? 0]   // "Transforming our world: the 2030 Agenda…"
    /// ```
    /// - Complexity: O(V + C) for C citations, plus sorting the titles each untitled node is given.
    public func displayTitles() -> [String?] {
        var titles = nodes.map { node -> String? in
            guard let title = node.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty else { return nil }
            return title
        }
        var given: [Int: [String: Int]] = [:]
        for citation in citations {
            guard let v = nodeIndex[citation.target], titles[v] == nil,
                  let title = citation.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty else { continue }
            given[v, default: [:]][title, default: 0] += 1
        }
        for (v, counts) in given {
            titles[v] = counts.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }?.key
        }
        return titles
    }
}
