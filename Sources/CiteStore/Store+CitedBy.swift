import CiteCore
import Foundation
import GRDB

/// One citation of a target with what a reader needs: who cites it, when, where and how.
public struct CitingReference: Hashable, Sendable {
    /// The citation as stored (citing, paragraph, relation, the cited words in `text`).
    public var citation: Citation
    /// The citing document's adoption date, when known.
    public var citingDate: String?
    /// The citing document's title, when known.
    public var citingTitle: String?
    /// The words around the citation in its paragraph (at most about 300 characters, "…" where
    /// cut); nil for a citation in a footnote.
    public var quote: String?
}

extension CitationStore {
    /// Every stored citation of `target`, newest citing document first (then citing symbol, then
    /// order in the document), with the paragraph words around it — read from the store, no file
    /// is read again. `relation` keeps only citations with that verb.
    ///
    /// ```swift
    /// for r in try store.citingReferences(of: "A/RES/70/1") { print(r.citation.citing, r.citation.paragraph) }
    /// ```
    /// - Complexity: O(k · p) for k citations of the target and p paragraphs per citing document
    ///   (the `citations(target, …)` index finds them).
    public func citingReferences(of target: String, relation: Relation? = nil) throws -> [CitingReference] {
        let out: [CitingReference] = try reading { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT c.*, d.date AS citingDate, d.title AS citingTitle, p.text AS paragraphText, p.spanStart AS paragraphStart
                FROM citations c
                LEFT JOIN documents d ON d.symbol = c.citing
                LEFT JOIN paragraphs p ON p.symbol = c.citing AND p.label = c.paragraph
                     AND p.spanStart <= c.spanStart AND p.spanEnd >= c.spanEnd
                WHERE c.target = ?
                ORDER BY c.citing, c.seq
                """, arguments: [target])
            var out: [CitingReference] = []
            while let row = try rows.next() {
                let record: CitationRow
                do { record = try CitationRow(row: row) } catch let error as RowDecodingError {
                    throw StoreError.corrupt(store: path, reason: "a citation of \(target) cannot be read: \(Self.reason(error))")
                }
                if let relation, record.relation != relation { continue }
                var quote: String?
                if let text: String = row["paragraphText"], let start: Int = row["paragraphStart"] {
                    quote = Self.window(text, from: record.spanStart - start, to: record.spanEnd - start)
                }
                out.append(CitingReference(citation: record.citation, citingDate: row["citingDate"],
                                           citingTitle: row["citingTitle"], quote: quote))
            }
            return out
        }
        // Newest first; documents without a date last; stable within a document.
        let order = out.indices.sorted { x, y in
            let dx = out[x].citingDate ?? "", dy = out[y].citingDate ?? ""
            return dx != dy ? dx > dy : x < y
        }
        return order.map { out[$0] }
    }

    /// The stored node a user means by `query`: the id as given, in any case, without part
    /// letters, or a Security Council number without its year (the most cited when several
    /// years were read); nil when none matches.
    public func nodeID(matching query: String) throws -> String? {
        let q = query.trimmingCharacters(in: .whitespaces)
        // The id as given is a primary-key lookup; the other forms scan every node.
        if try reading({ db in try Bool.fetchOne(db, sql: "SELECT 1 FROM nodes WHERE id = ?", arguments: [q]) }) == true { return q }
        let upper = q.uppercased()
        let candidates = try reading { db in
            try String.fetchAll(db, sql: "SELECT id FROM nodes WHERE id = ? OR upper(id) = ? OR upper(id) LIKE ? ESCAPE '\\' ORDER BY id",
                                arguments: [q, upper, Self.likeEscaped(upper) + " (%"])
        }
        if candidates.contains(q) { return q }
        if let exact = candidates.first(where: { $0.uppercased() == upper }) { return exact }
        if candidates.count == 1 { return candidates[0] }
        if candidates.count > 1 {
            // "S/RES/1325" when a mistyped year also made a node: the one cited most.
            let counts = try reading { db in
                try Row.fetchAll(db, sql: "SELECT target, COUNT(*) AS n FROM citations WHERE target IN (\(candidates.map { _ in "?" }.joined(separator: ","))) GROUP BY target",
                                 arguments: StatementArguments(candidates))
            }
            var n: [String: Int] = [:]
            for row in counts { n[row["target"]] = row["n"] }
            return candidates.max { (n[$0] ?? 0, $1) < (n[$1] ?? 0, $0) }
        }
        let bare = Symbols.withoutPart(q)
        return bare != q ? try nodeID(matching: bare) : nil
    }

    /// UTF-8 bytes `lo..<hi` of `text` with up to 150 bytes of context each side, cut at spaces;
    /// tabs and line breaks become spaces.
    static func window(_ text: String, from lo: Int, to hi: Int) -> String {
        let bytes = Array(text.utf8)
        let lo = max(0, min(lo, bytes.count)), hi = max(lo, min(hi, bytes.count))
        var start = max(0, lo - 150), end = min(bytes.count, hi + 150)
        if start > 0 { while start < lo, bytes[start] != 0x20 { start += 1 } }
        if end < bytes.count { while end > hi, bytes[end - 1] != 0x20 { end -= 1 } }
        let cutStart = start > 0, cutEnd = end < bytes.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        var piece: [UInt8] = []
        piece.reserveCapacity(end - start)
        for b in bytes[start..<end] {
            if isSpace(b) { if piece.last != 0x20 { piece.append(0x20) } } else { piece.append(b) }
        }
        return (cutStart ? "…" : "") + String(decoding: piece, as: UTF8.self) + (cutEnd ? "…" : "")
    }
}
