extension CitationGraph {
    /// Node and edge CSV files in the layout of `neo4j-admin database import` (and readable by
    /// Spark GraphFrames with `multiLine`):
    /// `nodes.csv`: `id:ID,label,kind,body,date,title,:LABEL` (labels `Document;Resolution`, …);
    /// `edges.csv`: `:START_ID,:END_ID,:TYPE,relation,weight` with type `CITES`.
    /// RFC 4180 quoting: a title with commas, quotes or line breaks is quoted (Neo4j then needs
    /// `--multiline-fields=true` for line breaks). Byte-identical for the same graph.
    ///
    /// ```swift
    /// let (nodesCSV, edgesCSV) = graph.neo4jCSV()
    /// ```
    /// - Complexity: O(V + E) plus the length of the attributes.
    public func neo4jCSV() -> (nodes: String, edges: String) {
        var nodesOut = "id:ID,label,kind,body,date,title,:LABEL\n"
        for (v, node) in nodes.enumerated() {
            let fields = [node.id, label(v), node.kind.rawValue, node.body?.rawValue ?? "", node.date ?? "",
                          node.title ?? "", "Document;" + Self.neo4jLabel(node.kind)]
            nodesOut += fields.map(Escape.csv).joined(separator: ",") + "\n"
        }
        var edgesOut = ":START_ID,:END_ID,:TYPE,relation,weight\n"
        for e in edges {
            let fields = [nodes[e.source].id, nodes[e.target].id, "CITES", e.dominantRelation.rawValue, Escape.number(e.weight)]
            edgesOut += fields.map(Escape.csv).joined(separator: ",") + "\n"
        }
        return (nodesOut, edgesOut)
    }

    /// `Resolution`, `Decision`, `Treaty`, `Instrument`, `Document`.
    static func neo4jLabel(_ kind: TargetKind) -> String {
        let raw = kind.rawValue
        return raw.prefix(1).uppercased() + raw.dropFirst()
    }
}

import CiteCore
