import Foundation
import Testing
@testable import CiteCore

/// The real documents of `Fixtures/texts` (see its README.md for where each comes from),
/// read with `DocumentReader` and extracted with `CitationExtractor`.
enum TextFixtures {
    static func directory() throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("texts")
    }

    static func path(_ name: String) throws -> String {
        try directory().appendingPathComponent(name).path
    }

    /// Every fixture document, in name order.
    static func allNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory().path).filter { $0.hasSuffix(".txt") }.sorted()
    }

    static func document(_ name: String) throws -> Document {
        try DocumentReader.read(path: path(name))
    }

    static func extracted(_ name: String) throws -> (document: Document, citations: [Citation]) {
        let doc = try document(name)
        return (doc, CitationExtractor().extract(doc))
    }

    /// The file of a fixture as a string (for copying real sentences into smaller tests).
    static func contents(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }
}

extension Document {
    /// The UTF-8 byte slice `[start, end)` of the text.
    func slice(_ span: Range<Int>) -> String? {
        let bytes = Array(text.utf8)
        guard span.lowerBound >= 0, span.upperBound <= bytes.count else { return nil }
        return String(decoding: bytes[span], as: UTF8.self)
    }


    /// The first paragraph whose text starts with `prefix` (after any operative number and tab).
    func paragraph(startingWith prefix: String) -> Paragraph? {
        paragraphs.first { p in
            guard let t = slice(p.range) else { return false }
            let words = t.drop { $0.isNumber || $0 == "." || $0 == "\t" || $0 == " " }
            return words.hasPrefix(prefix)
        }
    }
}

/// A paragraph a test looks for is not in the document.
struct MissingParagraph: Error, CustomStringConvertible {
    var opening: String
    var document: String
    var description: String { "\(document): no paragraph starting “\(opening)”" }
}

extension Document {
    /// The paragraph starting with `prefix`, or an error naming the document (not dumping it).
    func paragraph(requiring prefix: String) throws -> Paragraph {
        guard let p = paragraph(startingWith: prefix) else {
            throw MissingParagraph(opening: prefix, document: (path as NSString).lastPathComponent)
        }
        return p
    }
}

extension Array where Element == Citation {
    func to(_ target: String) -> [Citation] { filter { $0.target == target } }
    func inParagraph(_ label: String) -> [Citation] { filter { $0.paragraph == label } }
    var resolutionAndDecisionTargets: Set<String> {
        Set(filter { $0.targetKind == .resolution || $0.targetKind == .decision }.map(\.target))
    }
}
