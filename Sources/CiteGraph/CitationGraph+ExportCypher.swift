extension CitationGraph {
    /// Cypher statements that load the graph into Neo4j idempotently: a uniqueness constraint,
    /// one `MERGE` per node (`:Document` plus its kind as a label) and one `MERGE` per edge
    /// (`:CITES` with relation, relations, sections and weight). Strings are escaped for Cypher
    /// literals; statements end with `;` one per line. Byte-identical for the same graph.
    ///
    /// ```swift
    /// try graph.cypher().write(toFile: "graph.cypher", atomically: true, encoding: .utf8)
    /// ```
    /// - Complexity: O(V + E) plus the length of the attributes.
    public func cypher() -> String {
        var out = "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;\n"
        for (v, node) in nodes.enumerated() {
            var sets = ["d:\(Self.neo4jLabel(node.kind))", "d.label = \(Escape.cypher(label(v)))",
                        "d.kind = \(Escape.cypher(node.kind.rawValue))"]
            if let b = node.body { sets.append("d.body = \(Escape.cypher(b.rawValue))") }
            if let d = node.date { sets.append("d.date = \(Escape.cypher(d))") }
            if let y = node.year { sets.append("d.year = \(y)") }
            if let t = node.title { sets.append("d.title = \(Escape.cypher(t))") }
            if let a = node.agendaItem { sets.append("d.agenda = \(Escape.cypher(a))") }
            if !node.subjects.isEmpty { sets.append("d.subjects = [\(node.subjects.map(Escape.cypher).joined(separator: ", "))]") }
            sets.append("d.inCorpus = \(node.inCorpus)")
            out += "MERGE (d:Document {id: \(Escape.cypher(node.id))}) SET \(sets.joined(separator: ", "));\n"
        }
        for e in edges {
            var sets = ["r.relation = \(Escape.cypher(e.dominantRelation.rawValue))", "r.weight = \(Escape.number(e.weight))"]
            if !e.relations.isEmpty {
                sets.append("r.relations = [\(e.relations.map { Escape.cypher($0.relation.rawValue) }.joined(separator: ", "))]")
                sets.append("r.relationCounts = [\(e.relations.map { String($0.count) }.joined(separator: ", "))]")
            }
            if !e.sections.isEmpty {
                sets.append("r.sections = [\(e.sections.map { Escape.cypher($0.rawValue) }.joined(separator: ", "))]")
            }
            out += "MATCH (a:Document {id: \(Escape.cypher(nodes[e.source].id))}), (b:Document {id: \(Escape.cypher(nodes[e.target].id))}) "
            out += "MERGE (a)-[r:CITES]->(b) SET \(sets.joined(separator: ", "));\n"
        }
        return out
    }
}
