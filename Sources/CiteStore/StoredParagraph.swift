import CiteCore
import GRDB

/// One stored paragraph of a document: its label (`PP3`, `OP7`), section, clause verb and text,
/// in document order. Kept so lineage can compare texts and `diff` can align two documents
/// without reading their files again.
public struct StoredParagraph: Hashable, Sendable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "paragraphs"

    public var symbol: String
    /// Order in the document, from 0.
    public var seq: Int
    public var label: String
    public var section: Section
    /// The clause verb as written ("Recalling also"), when one was read.
    public var verb: String?
    public var relation: Relation
    /// UTF-8 byte range of the paragraph in the document text.
    public var spanStart: Int
    public var spanEnd: Int
    public var text: String

    public init(symbol: String, seq: Int, label: String, section: Section, verb: String?, relation: Relation,
                spanStart: Int, spanEnd: Int, text: String) {
        self.symbol = symbol; self.seq = seq; self.label = label; self.section = section; self.verb = verb
        self.relation = relation; self.spanStart = spanStart; self.spanEnd = spanEnd; self.text = text
    }

    /// Read by column rather than through `Decodable` (see `CitationRow.init(row:)`).
    public init(row: Row) throws {
        symbol = try row.decode(forColumn: "symbol"); seq = try row.decode(forColumn: "seq")
        label = try row.decode(forColumn: "label"); section = try row.decode(forColumn: "section")
        verb = try row.decode(forColumn: "verb"); relation = try row.decode(forColumn: "relation")
        spanStart = try row.decode(forColumn: "spanStart"); spanEnd = try row.decode(forColumn: "spanEnd")
        text = try row.decode(forColumn: "text")
    }

    /// The paragraphs of a read document, in order, with their text cut from `document.text`.
    public static func of(_ document: Document) -> [StoredParagraph] {
        let bytes = Array(document.text.utf8)
        return document.paragraphs.enumerated().compactMap { seq, p in
            let lo = max(0, min(p.range.lowerBound, bytes.count)), hi = max(lo, min(p.range.upperBound, bytes.count))
            let text = String(decoding: bytes[lo..<hi], as: UTF8.self)
            return StoredParagraph(symbol: document.symbol, seq: seq, label: p.label, section: p.section, verb: p.verb,
                                   relation: p.relation, spanStart: lo, spanEnd: hi, text: text)
        }
    }
}

extension Section: DatabaseValueConvertible {}
extension Relation: DatabaseValueConvertible {}
