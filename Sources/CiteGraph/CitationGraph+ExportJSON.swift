extension CitationGraph {
    /// JSON Graph Format (jsongraphformat.info, version 2): `{"graph": {"directed": true,
    /// "nodes": {ID: {"label", "metadata"}}, "edges": [{"source", "target", "relation", "metadata"}]}}`.
    /// Each edge's `relation` is its dominant relation; `metadata` holds weight, relations (counted)
    /// and sections. Keys in a fixed order, nodes by id, edges by (source, target): byte-identical.
    ///
    /// ```swift
    /// let jgf = graph.jsonGraph()
    /// ```
    /// - Complexity: O(V + E) plus the length of the attributes.
    public func jsonGraph() -> String {
        var out = "{\n  \"graph\": {\n    \"id\": \"citegraph\",\n    \"type\": \"citation\",\n"
        out += "    \"label\": \"UN citation graph\",\n    \"directed\": true,\n"
        out += "    \"metadata\": {\"nodes\": \(nodeCount), \"edges\": \(edgeCount), \"direction\": \"citing -> cited\"},\n"
        out += "    \"nodes\": {"
        for (v, node) in nodes.enumerated() {
            var meta: [String] = ["\"kind\": \(Escape.json(node.kind.rawValue))"]
            if let b = node.body { meta.append("\"body\": \(Escape.json(b.rawValue))") }
            if let d = node.date { meta.append("\"date\": \(Escape.json(d))") }
            if let y = node.year { meta.append("\"year\": \(y)") }
            if let t = node.title { meta.append("\"title\": \(Escape.json(t))") }
            if let a = node.agendaItem { meta.append("\"agenda\": \(Escape.json(a))") }
            if !node.subjects.isEmpty { meta.append("\"subjects\": [\(node.subjects.map(Escape.json).joined(separator: ", "))]") }
            meta.append("\"inCorpus\": \(node.inCorpus)")
            out += v == 0 ? "\n" : ",\n"
            out += "      \(Escape.json(node.id)): {\"label\": \(Escape.json(label(v))), \"metadata\": {\(meta.joined(separator: ", "))}}"
        }
        out += nodes.isEmpty ? "},\n" : "\n    },\n"
        out += "    \"edges\": ["
        for (i, e) in edges.enumerated() {
            var meta = ["\"weight\": \(Escape.number(e.weight))"]
            if !e.relations.isEmpty {
                meta.append("\"relations\": {\(e.relations.map { "\(Escape.json($0.relation.rawValue)): \($0.count)" }.joined(separator: ", "))}")
            }
            if !e.sections.isEmpty {
                meta.append("\"sections\": [\(e.sections.map { Escape.json($0.rawValue) }.joined(separator: ", "))]")
            }
            out += i == 0 ? "\n" : ",\n"
            out += "      {\"source\": \(Escape.json(nodes[e.source].id)), \"target\": \(Escape.json(nodes[e.target].id)), "
            out += "\"relation\": \(Escape.json(e.dominantRelation.rawValue)), \"directed\": true, "
            out += "\"metadata\": {\(meta.joined(separator: ", "))}}"
        }
        out += edgeCount == 0 ? "]\n" : "\n    ]\n"
        out += "  }\n}\n"
        return out
    }
}
