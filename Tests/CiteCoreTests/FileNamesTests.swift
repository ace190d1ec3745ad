import Foundation
import Testing
@testable import CiteCore

/// Issue 13, item 7: file names printed on one line, escaped, and opened by their bytes.
@Suite("File names")
struct FileNamesTests {
    static func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// (name bytes, printed form)
    static let cases: [([UInt8], String)] = [
        (utf8("corpus/résolution 78.txt"), "corpus/résolution 78.txt"),
        (utf8("it's a\\b.txt"), "it's a\\b.txt"),
        (utf8("a\nerror: b.txt"), "$'a\\nerror: b.txt'"),
        (utf8("red\u{1B}[31m.txt"), "$'red\\e[31m.txt'"),
        (utf8("r") + [UInt8(0xE9)] + utf8("sum\u{7}é.txt"), "$'r\\xe9sum\\x07é.txt'"),
        (utf8("it's\t\u{202E}txt.exe"), "$'it\\'s\\t\\u202etxt.exe'"),
        (utf8("$'x'"), "$'$\\'x\\''"),
    ]

    @Test("a plain name stays as it is; any other is quoted shell-style, one line, nothing raw", arguments: cases)
    func forms(_ bytes: [UInt8], _ expected: String) {
        let name = FileNames.name(bytes: bytes)
        #expect(name == expected)
        #expect(FileNames.bytes(of: name) == bytes, "the bytes come back from the form")
        #expect(FileNames.printable(name) == name, "printing a printed name changes nothing")
    }

    @Test("a file whose name is not UTF-8 is found, read and resolved by its quoted name")
    func readByBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filenames-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let raw = Array(folder.path.utf8) + Array("/bad".utf8) + [0xFF, 0x0A] + Array(".txt".utf8)
        let name = FileNames.name(bytes: raw)
        #expect(name == "$'\(folder.path)/bad\\xff\\n.txt'")
        let fd = FileNames.open(name, O_WRONLY | O_CREAT)
        try #require(fd >= 0)
        _ = "text".withCString { write(fd, $0, 4) }
        close(fd)
        #expect(try FileNames.readData(name) == Data("text".utf8))
        #expect(FileNames.realPath(name) == name)
        let missing = try #require(throws: InputError.self) { try FileNames.readData(name + "x") }
        #expect(missing.reason == "cannot be read (No such file or directory)")
    }

    @Test("oneLine escapes control characters anywhere in a message")
    func oneLine() {
        #expect(FileNames.oneLine("store a\nb.sqlite: x") == "store a\\nb.sqlite: x")
        #expect(FileNames.oneLine("plain: é ok") == "plain: é ok")
    }

    @Test("an entity declaration that slips past the prolog scanner never reaches the text")
    func parserRefusesEntities() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE akomaNtoso [<!ENTITY x "INJECTED">]>
            <akomaNtoso><p>&x;</p></akomaNtoso>
            """
        // Where XMLParser reports declarations (Darwin) the renderer refuses the file; where it
        // does not (swift-corelibs-foundation), the entity is not substituted. Either way the
        // prolog scanner is what refuses such a file first.
        do {
            let rendering = try AKNRenderer.run(data: Data(xml.utf8), path: "e.xml")
            #expect(!rendering.text.contains("INJECTED"))
        } catch let error as InputError {
            #expect(error.reason.contains("declares the entity 'x'"), "\(error.reason)")
        }
    }

    @Test("an entity after a quote in a processing instruction of the internal subset is seen by the scanner")
    func scannerSkipsProcessingInstructions() {
        let xml = "<!DOCTYPE a [ <?pi ' ?> <!ENTITY x \"y\"> <?pi ' ?> ]><a>&x;</a>"
        #expect(throws: InputError.self) { try AKNPrologScanner.check(Data(xml.utf8), path: "p.xml") }
    }
}
