import Dispatch
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

extension CitationStore {
    /// The graph of the store (`CitationGraph(store:)`) and its paragraph texts (`paragraphTexts()`),
    /// the texts read on a second read-only connection beside the graph when the store is a file
    /// (an in-memory store has one connection: read one after the other). The same values either way.
    public func graphAndParagraphTexts() throws -> (graph: CitationGraph, texts: [String: [ParagraphText]]) {
        guard !isInMemory, let second = try? CitationStore(path: path, readOnly: true) else {
            return (try CitationGraph(store: self), try paragraphTexts())
        }
        let texts = SideResult<[String: [ParagraphText]]>()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            texts.set(Result { try second.paragraphTexts() })
        }
        let graph = Result { try CitationGraph(store: self) }
        group.wait()
        return (try graph.get(), try texts.get())
    }
}

/// A value made on another thread, read once that thread has finished (after `DispatchGroup.wait`).
private final class SideResult<T>: @unchecked Sendable {
    private var result: Result<T, any Error>?
    func set(_ r: Result<T, any Error>) { result = r }
    func get() throws -> T { try result!.get() }
}
