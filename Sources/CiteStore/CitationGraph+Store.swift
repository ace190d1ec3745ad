import CiteCore
import CiteGraph

extension CitationGraph {
    /// The graph of everything in a store: each stored document with its metadata (title, agenda
    /// item, subjects, path), every other node as external, and every citation as provenance.
    ///
    /// ```swift
    /// let graph = try CitationGraph(store: CitationStore(path: "citegraph.sqlite"))
    /// ```
    /// - Complexity: that of reading the store plus `init(nodes:citations:)`.
    public init(store: CitationStore) throws {
        self.init(documents: try store.documents(), nodes: try store.nodes(), citations: try store.citations())
    }

    /// The graph of stored documents, stored nodes and citations: a document's record wins over a
    /// node with the same id; nodes that are no document are kept as they were stored.
    /// - Complexity: O(V log V + C log C).
    public init(documents: [StoredDocument], nodes: [StoredNode], citations: [Citation]) {
        var records = documents.map { NodeRecord(document: $0.info, path: $0.path) }
        let known = Set(documents.map(\.symbol))
        for n in nodes where !known.contains(n.id) {
            records.append(NodeRecord(id: n.id, kind: n.kind, body: n.body, date: n.date, title: n.title, inCorpus: n.inCorpus))
        }
        // A part cited by its letter ("75/290 B") is the document of that part when the corpus
        // holds it apart (`A/RES/75/290 B`).
        let moved = citations.map { c -> Citation in
            guard let part = c.part, part.count == 1, known.contains("\(c.target) \(part)") else { return c }
            var m = c
            m.target = "\(c.target) \(part)"
            return m
        }
        self.init(nodes: records, citations: moved)
    }
}
