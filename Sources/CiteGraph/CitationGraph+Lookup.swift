import CiteCore

extension CitationGraph {
    /// The node a person means by `text`: a symbol in any case, with or without its year or part
    /// ("s/res/2467", "resolution 2467", "A/RES/75/101 A-B"), or the name of an instrument a
    /// resolution adopted ("Universal Declaration of Human Rights"). `note` says when the symbol
    /// was completed or corrected.
    ///
    /// ```swift
    /// graph.lookup("resolution 1882")   // (index of "S/RES/1882 (2009)", "S/RES/1882 read as S/RES/1882 (2009)")
    /// ```
    /// - Complexity: O(1) for a canonical id, O(V) for a completed or corrected one.
    public func lookup(_ text: String) -> (node: Int, note: String?)? {
        if let i = nodeIndex[text] { return (i, nil) }
        if let s = Symbol(text) {
            if let i = nodeIndex[s.id] { return (i, nil) }
            if let i = nodeIndex[Symbols.withoutPart(s.id)] { return (i, nil) }
            if s.family == .scResolution, let n = s.number {
                let prefix = "S/RES/\(n) ("
                let matches = nodes.indices.filter { nodes[$0].id.hasPrefix(prefix) }
                if let best = matches.max(by: { (nodes[$0].inCorpus ? 1 : 0, inDegree(of: $0)) < (nodes[$1].inCorpus ? 1 : 0, inDegree(of: $1)) }) {
                    let note = s.year == nil ? "\(s.id) read as \(nodes[best].id)" : "\(s.id) read as \(nodes[best].id) (no resolution \(n) of \(s.year ?? 0) is known)"
                    return (best, note)
                }
            }
        }
        let folded = text.lowercased().trimmingCharacters(in: .whitespaces)
        for (i, node) in nodes.enumerated() {
            if node.id.lowercased() == folded { return (i, nil) }
            if node.aliases.contains(where: { $0.lowercased() == folded }) { return (i, "\(text) is \(node.id)") }
        }
        return nil
    }
}

import Foundation
