import CiteCore

extension CitationGraph {
    /// Cypher that loads the graph into Neo4j idempotently and fast, for `cypher-shell -f`:
    /// a uniqueness constraint, then nodes and edges in batches of `batchSize` rows, each batch
    /// one `UNWIND [ … ] AS row MERGE …` statement on one line (so the whole corpus is a few
    /// hundred statements, not one per node and edge). Nodes are `:Document` plus their kind as a
    /// label (one batch holds one kind); edges are `:CITES` with relation, weight, relations,
    /// their counts and sections. Strings are escaped for Cypher literals. Byte-identical for
    /// the same graph.
    ///
    /// ```swift
    /// try graph.cypher().write(toFile: "graph.cypher", atomically: true, encoding: .utf8)
    /// // cypher-shell -u neo4j -p … -f graph.cypher
    /// ```
    /// - Complexity: O(V + E) plus the length of the attributes.
    public func cypher(batchSize: Int = 1000) -> String {
        let size = max(1, batchSize)
        var out = "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;\n"
        for kind in TargetKind.allCases {
            let members = nodes.indices.filter { nodes[$0].kind == kind }
            for start in stride(from: 0, to: members.count, by: size) {
                let rows = members[start..<min(start + size, members.count)].map(nodeRow)
                out += "UNWIND [" + rows.joined(separator: ", ") + "] AS row "
                out += "MERGE (d:Document {id: row.id}) SET d:\(Self.neo4jLabel(kind)), d += row.props;\n"
            }
        }
        let all = edges
        for start in stride(from: 0, to: all.count, by: size) {
            let rows = all[start..<min(start + size, all.count)].map(edgeRow)
            out += "UNWIND [" + rows.joined(separator: ", ") + "] AS row "
            out += "MATCH (a:Document {id: row.source}), (b:Document {id: row.target}) MERGE (a)-[r:CITES]->(b) SET r += row.props;\n"
        }
        return out
    }

    /// `{id: '…', props: {label: '…', kind: '…', …}}`
    private func nodeRow(_ v: Int) -> String {
        let node = nodes[v]
        var props = ["label: \(Escape.cypher(label(v)))", "kind: \(Escape.cypher(node.kind.rawValue))"]
        if let b = node.body { props.append("body: \(Escape.cypher(b.rawValue))") }
        if let d = node.date { props.append("date: \(Escape.cypher(d))") }
        if let y = node.year { props.append("year: \(y)") }
        if let t = node.title { props.append("title: \(Escape.cypher(t))") }
        if let a = node.agendaItem { props.append("agenda: \(Escape.cypher(a))") }
        if !node.subjects.isEmpty { props.append("subjects: [\(node.subjects.map(Escape.cypher).joined(separator: ", "))]") }
        props.append("inCorpus: \(node.inCorpus)")
        return "{id: \(Escape.cypher(node.id)), props: {\(props.joined(separator: ", "))}}"
    }

    /// `{source: '…', target: '…', props: {relation: '…', weight: 2, …}}`
    private func edgeRow(_ e: CitationEdge) -> String {
        var props = ["relation: \(Escape.cypher(e.dominantRelation.rawValue))", "weight: \(Escape.number(e.weight))"]
        if !e.relations.isEmpty {
            props.append("relations: [\(e.relations.map { Escape.cypher($0.relation.rawValue) }.joined(separator: ", "))]")
            props.append("relationCounts: [\(e.relations.map { String($0.count) }.joined(separator: ", "))]")
        }
        if !e.sections.isEmpty {
            props.append("sections: [\(e.sections.map { Escape.cypher($0.rawValue) }.joined(separator: ", "))]")
        }
        return "{source: \(Escape.cypher(nodes[e.source].id)), target: \(Escape.cypher(nodes[e.target].id)), props: {\(props.joined(separator: ", "))}}"
    }
}
