import CiteCore
import Foundation
import GRDB

extension DiffParagraph {
    /// The stored paragraph as the paragraph diff reads it.
    public init(_ stored: StoredParagraph) {
        self.init(label: stored.label, section: stored.section, text: stored.text)
    }
}

extension CitationStore {
    /// A stored document's paragraphs and citations, ready for `ParagraphDiff.compare`; nil when
    /// the symbol is not a stored document. No file is read.
    ///
    /// ```swift
    /// if let a = try store.diffInput(symbol: "S/RES/2703 (2023)"), let b = try store.diffInput(symbol: "S/RES/2756 (2024)") {
    ///     print(ParagraphDiff.compare(a, b).counts.summary)
    /// }
    /// ```
    public func diffInput(symbol: String) throws -> DiffInput? {
        guard try document(symbol: symbol) != nil else { return nil }
        return DiffInput(symbol: symbol, paragraphs: try paragraphs(of: symbol).map(DiffParagraph.init),
                         citations: try citations(citing: symbol))
    }

    /// The stored document a user means by `query`: the symbol as given, in any case, without its
    /// part letters, or a Security Council number without its year ("S/RES/2703"); nil when none
    /// or several match.
    public func documentSymbol(matching query: String) throws -> String? {
        let q = query.trimmingCharacters(in: .whitespaces)
        if try document(symbol: q) != nil { return q }
        let upper = q.uppercased()
        let candidates = try reading { db in
            try String.fetchAll(db, sql: "SELECT symbol FROM documents WHERE upper(symbol) = ? OR upper(symbol) LIKE ? ESCAPE '\\' ORDER BY symbol",
                                arguments: [upper, Self.likeEscaped(upper) + " (%"])
        }
        if candidates.count == 1 { return candidates[0] }
        if let exact = candidates.first(where: { $0.uppercased() == upper }) { return exact }
        let bare = Symbols.withoutPart(q)
        if bare != q { return try documentSymbol(matching: bare) }
        return nil
    }

    static func likeEscaped(_ s: String) -> String {
        var out = ""
        for ch in s { if ch == "%" || ch == "_" || ch == "\\" { out.append("\\") }; out.append(ch) }
        return out
    }
}

/// One step of a series: two consecutive members and what changed between them.
public struct SeriesStep: Sendable, Hashable {
    public var from: String
    public var to: String
    /// nil when either text is not in the store (a member known only from citations).
    public var diff: DocumentDiff?
}

extension CitationStore {
    /// The paragraph diff of each consecutive pair of `members` (a series, oldest first), read
    /// from the store — for `lineage --series --changes` and the report's series pages.
    ///
    /// ```swift
    /// for step in try store.seriesSteps(["E/RES/2021/18", "E/RES/2022/20", "E/RES/2023/32"]) {
    ///     print(step.from, "→", step.to, step.diff?.counts.summary ?? "text not stored")
    /// }
    /// ```
    /// - Complexity: one `ParagraphDiff.compare` per step; each document is read once.
    public func seriesSteps(_ members: [String]) throws -> [SeriesStep] {
        var inputs: [DiffInput?] = []
        for m in members { inputs.append(try diffInput(symbol: m)) }
        return members.indices.dropFirst().map { k in
            let diff: DocumentDiff? = {
                guard let a = inputs[k - 1], let b = inputs[k] else { return nil }
                return ParagraphDiff.compare(a, b)
            }()
            return SeriesStep(from: members[k - 1], to: members[k], diff: diff)
        }
    }
}
