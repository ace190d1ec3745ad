extension CitationGraph {
    /// Plain node and edge CSV files (RFC 4180, one header line), for pandas, NetworkX, R or a
    /// spreadsheet: `edges.csv` is `source,target,relation,weight,relations,sections` (the
    /// dominant relation, the citation count, `recalls:2|reaffirms:1`, `preamble|operative`);
    /// `nodes.csv` is `id,kind,body,date,year,title,agenda,subjects,inCorpus` (subjects joined by
    /// `|`, `inCorpus` `true` or `false`). Byte-identical for the same graph.
    ///
    /// ```swift
    /// let (nodesCSV, edgesCSV) = graph.plainCSV()
    /// // pandas: nx.from_pandas_edgelist(pd.read_csv("edges.csv"), "source", "target", edge_attr=True)
    /// ```
    /// - Complexity: O(V + E) plus the length of the attributes.
    public func plainCSV() -> (nodes: String, edges: String) {
        var nodesOut = "id,kind,body,date,year,title,agenda,subjects,inCorpus\n"
        for node in nodes {
            let fields = [node.id, node.kind.rawValue, node.body?.rawValue ?? "", node.date ?? "", node.year.map(String.init) ?? "",
                          node.title ?? "", node.agendaItem ?? "", node.subjects.joined(separator: "|"), String(node.inCorpus)]
            nodesOut += fields.map(Escape.csv).joined(separator: ",") + "\n"
        }
        var edgesOut = "source,target,relation,weight,relations,sections\n"
        for e in edges {
            let fields = [nodes[e.source].id, nodes[e.target].id, e.dominantRelation.rawValue, Escape.number(e.weight),
                          relationsText(e), e.sections.map(\.rawValue).joined(separator: "|")]
            edgesOut += fields.map(Escape.csv).joined(separator: ",") + "\n"
        }
        return (nodesOut, edgesOut)
    }

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
