import Foundation
import Testing
@testable import CiteCore

/// Bad input: a clear one-line `InputError` naming the file; UTF-16 with a byte-order mark is read with a warning.
@Suite("Bad input")
struct BadInputTests {
    /// A fresh folder for files this test writes; removed by the caller.
    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-badinput-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Writes `data` to `name` in a scratch folder, reads it with `DocumentReader.read(path:)`, and returns the error.
    static func readError(_ data: Data, name: String) throws -> InputError? {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        do {
            _ = try DocumentReader.read(path: url.path)
            return nil
        } catch let e as InputError {
            #expect(e.path == url.path)
            return e
        }
    }

    static func checkOneLine(_ e: InputError?, naming name: String, saying words: String) {
        guard let e else { Issue.record("\(name): no error"); return }
        #expect(e.description.contains(name), "\(e.description)")
        #expect(!e.description.contains("\n"), "\(e.description)")
        #expect(e.reason.lowercased().contains(words), "\(e.description)")
    }

    @Test("an empty file")
    func emptyFile() throws {
        Self.checkOneLine(try Self.readError(Data(), name: "A_RES_78_12.txt"), naming: "A_RES_78_12.txt", saying: "empty")
    }

    @Test("a file of white space only")
    func whitespaceOnly() throws {
        Self.checkOneLine(try Self.readError(Data(" \n\n\t \r\n".utf8), name: "blank.txt"), naming: "blank.txt", saying: "empty")
    }

    @Test("binary content (a PNG signature and NUL bytes)")
    func binary() throws {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        bytes += [UInt8](repeating: 0, count: 64)
        Self.checkOneLine(try Self.readError(Data(bytes), name: "picture.txt"), naming: "picture.txt", saying: "binary")
    }

    @Test("a PDF saved with a text extension")
    func pdfAsText() throws {
        let data = Data("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8)
        Self.checkOneLine(try Self.readError(data, name: "S_2016_1061-EN.txt"), naming: "S_2016_1061-EN.txt", saying: "binary")
    }

    @Test("invalid UTF-8 inside a real text (a Latin-1 byte)")
    func invalidUTF8() throws {
        var bytes = Array(try TextFixtures.contents("S_RES_1646_(2005).txt").utf8)
        bytes.insert(0xE9, at: 120)  // "é" in Latin-1
        let e = try Self.readError(Data(bytes), name: "S_RES_1646_(2005).txt")
        Self.checkOneLine(e, naming: "S_RES_1646_(2005).txt", saying: "utf-8")
        #expect(e?.reason.contains("120") == true, "the reason gives the byte offset: \(e?.reason ?? "")")
        // The in-memory entry point says the same.
        #expect(throws: InputError.self) { _ = try DocumentReader.parse(data: Data(bytes), path: "x.txt") }
        #expect(throws: InputError.self) { _ = try TextDecoding.decode(Data(bytes), path: "x.txt") }
    }

    @Test("UTF-16 with a byte-order mark is decoded, with a warning, to the same document")
    func utf16() throws {
        let text = try TextFixtures.contents("S_RES_1646_(2005).txt")
        var data = Data([0xFF, 0xFE])
        data.append(try #require(text.data(using: .utf16LittleEndian)))
        let doc = try DocumentReader.parse(data: data, path: "S_RES_1646_(2005).txt")
        #expect(doc.warnings.contains { $0.contains("UTF-16") })
        let reference = try TextFixtures.document("S_RES_1646_(2005).txt")
        #expect(doc.symbol == reference.symbol)
        #expect(doc.text == reference.text)
        #expect(CitationExtractor().extract(doc).map(\.target) == CitationExtractor().extract(reference).map(\.target))

        var big = Data([0xFE, 0xFF])
        big.append(try #require(text.data(using: .utf16BigEndian)))
        #expect(try DocumentReader.parse(data: big, path: "be.txt").symbol == "S/RES/1646 (2005)")
    }

    @Test("a UTF-8 byte-order mark and Windows line ends are dropped without changing the document")
    func bomAndCRLF() throws {
        let text = try TextFixtures.contents("S_RES_1646_(2005).txt")
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let doc = try DocumentReader.parse(data: data, path: "S_RES_1646_(2005).txt")
        let reference = try TextFixtures.document("S_RES_1646_(2005).txt")
        #expect(doc.text == reference.text)
        #expect(!doc.text.contains("\r"))
    }

    @Test("a missing file")
    func missingFile() {
        #expect {
            _ = try DocumentReader.read(path: "/nonexistent/A_RES_78_12.txt")
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.path == "/nonexistent/A_RES_78_12.txt" && !e.description.contains("\n")
        }
    }

    @Test("a real text without any symbol, under a name that is no symbol")
    func noSymbol() throws {
        let full = try TextFixtures.contents("S_RES_1646_(2005).txt")
        let body = try #require(full.range(of: "The Security Council,")).lowerBound
        let e = try Self.readError(Data(full[body...].utf8), name: "draft.txt")
        Self.checkOneLine(e, naming: "draft.txt", saying: "symbol")
    }
}
