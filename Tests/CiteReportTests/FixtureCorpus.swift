import CiteCore
import CiteGraph
import Foundation
@testable import CiteReport

/// The real documents in Fixtures/texts, read and extracted once.
enum FixtureCorpus {
    struct Loaded: Sendable {
        var documents: [ReportDocument]
        var citations: [Citation]
    }

    static let loaded: Loaded = {
        var documents: [ReportDocument] = []
        var citations: [Citation] = []
        let extractor = CitationExtractor()
        for path in textPaths() {
            guard let document = try? DocumentReader.read(path: path) else { continue }
            documents.append(ReportDocument(document))
            citations += extractor.extract(document)
        }
        return Loaded(documents: documents, citations: citations)
    }()

    static func textPaths() -> [String] {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("texts"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    static func input(title: String = "Fixture corpus") -> ReportInput {
        ReportInput(title: title, documents: loaded.documents, citations: loaded.citations)
    }

    /// Built once: most tests only read it.
    static let report: Report = ReportBuilder(input: input()).build()
}

/// Small helpers for looking into generated markup.
enum Markup {
    /// Every value of `attribute="…"` in `text`.
    static func values(of attribute: String, in text: String) -> [String] {
        var out: [String] = []
        var rest = text[...]
        let needle = " \(attribute)=\""
        while let r = rest.range(of: needle) {
            let after = rest[r.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            out.append(String(after[..<end]))
            rest = after[end...]
        }
        return out
    }

    struct Tag {
        var name: String
        var attributes: [String]
    }

    /// Every tag of an HTML text, read the way a browser would start: a `<` followed by a letter
    /// or `/` opens one (escaped text has no `<` at all), attributes are the names before `=`.
    static func tags(in text: String) -> [Tag] {
        var out: [Tag] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            guard let first = after.first, first.isLetter || first == "/" else { rest = after; continue }
            let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "/" || $0 == ":" }.lowercased()
            var attributes: [String] = []
            var i = after.startIndex
            var quoted = false
            var current = ""
            while i < after.endIndex {
                let c = after[i]
                if c == "\"" { quoted.toggle() } else if !quoted {
                    if c == ">" { break }
                    if c == "=" { attributes.append(current.lowercased()); current = "" } else if c == " " || c == "\n" { current = "" } else { current.append(c) }
                }
                i = after.index(after: i)
            }
            out.append(Tag(name: name, attributes: attributes))
            rest = after[i...]
        }
        return out
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
