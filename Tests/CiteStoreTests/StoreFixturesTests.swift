import CiteCore
import CiteGraph
import Foundation
@testable import CiteStore

/// Helpers shared by the store and ingest tests (no tests of their own).

/// A fresh temporary folder, removed by `remove()`.
struct TempFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "citegraph-store-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ content: String) throws -> String {
        let file = path + "/" + name
        let folder = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(content.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// A stand-in for the real reader: a small line format of real UN symbols.
///
///     symbol: S/RES/1325 (2000)
///     body: SC
///     date: 2000-10-31
///     title: Women and peace and security
///     cite: recalls S/RES/1261 (1999) resolution
///     fail: no symbol found
enum FakeReader {
    static func read(_ path: String) throws -> (Document, [Citation]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(path: path, reason: "cannot read")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw InputError(path: path, reason: "not UTF-8") }
        var document = Document(path: path, symbol: "", body: .other, text: text)
        var cites: [(Relation, String, TargetKind, Range<Int>)] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let range = offset..<(offset + line.utf8.count)
            offset += line.utf8.count + 1
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon]
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "symbol": document.symbol = value
            case "body": document.body = Body(rawValue: value) ?? .other
            case "date": document.date = value
            case "title": document.title = value
            case "subject": document.subjects.append(value)
            case "fail": throw InputError(path: path, reason: value)
            case "cite":
                var words = value.split(separator: " ").map(String.init)
                guard words.count >= 3, let relation = Relation(rawValue: words.removeFirst()),
                      let kind = TargetKind(rawValue: words.removeLast()) else {
                    throw InputError(path: path, reason: "bad cite line: \(value)")
                }
                cites.append((relation, words.joined(separator: " "), kind, range))
            default: continue
            }
        }
        if document.symbol.isEmpty { throw InputError(path: path, reason: "no symbol found") }
        let citations = cites.enumerated().map { index, cite in
            Citation(citing: document.symbol, target: cite.1, targetKind: cite.2,
                     body: cite.1.hasPrefix("S/") ? .sc : .ga, relation: cite.0,
                     section: .preamble, paragraph: "PP\(index + 1)", span: cite.3,
                     text: cite.1, date: nil, via: .text)
        }
        return (document, citations)
    }

    /// The file content for a document citing `targets` (relation, target, kind).
    static func file(symbol: String, body: String, date: String? = nil, title: String? = nil,
                     cites: [(String, String, String)]) -> String {
        var lines = ["symbol: \(symbol)", "body: \(body)"]
        if let date { lines.append("date: \(date)") }
        if let title { lines.append("title: \(title)") }
        for (relation, target, kind) in cites { lines.append("cite: \(relation) \(target) \(kind)") }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A document and its citations built in code.
func sampleDocument(_ symbol: String, body: Body = .sc, date: String? = nil, title: String? = nil,
                    cites: [(Relation, String)]) -> (Document, [Citation]) {
    let document = Document(path: "mem", symbol: symbol, body: body, date: date, title: title,
                            subjects: ["women"], text: "", warnings: [])
    let citations = cites.enumerated().map { index, cite in
        Citation(citing: symbol, target: cite.1, targetKind: .resolution, body: .sc, relation: cite.0,
                 section: .preamble, paragraph: "PP\(index + 1)", span: (index * 10)..<(index * 10 + 5),
                 text: cite.1, date: nil)
    }
    return (document, citations)
}
