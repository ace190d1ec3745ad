import Foundation
import Testing
@testable import CiteCore

/// Issue 13: control and invisible characters never make or cut a symbol.
@Suite("Hidden characters in symbols")
struct HiddenCharacterTests {
    @Test("a link whose address ends in an escape sequence (%1B[31m) gives no citation")
    func escapeInLink() throws {
        let (path, data) = try AKNReaderTests.fixture("A_RES_75_19.xml")
        let xml = try #require(String(data: data, encoding: .utf8))
            .replacingOccurrences(of: "https://undocs.org/en/A/75/606\"", with: "https://undocs.org/en/A/75/606%1B[31m\"")
        let original = try AKNReader.render(data: data, path: path)
        #expect(original.links.contains { $0.target == "A/75/606" }, "the link is read when clean")
        let rendering = try AKNReader.render(data: Data(xml.utf8), path: path)
        for link in rendering.links {
            #expect(!link.target.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(link.target)")
        }
        #expect(!rendering.links.contains { $0.target.hasPrefix("A/75/606") })
    }

    @Test("invisible characters inside the cover symbol are dropped, not read as its end",
          arguments: ["\u{200B}", "\u{00AD}", "\u{2060}", "\u{FEFF}"])
    func invisibleInCover(_ hidden: String) throws {
        let text = try String(contentsOfFile: TextFixtures.path("A_RES_78_12.txt"), encoding: .utf8)
        let doctored = text.replacingOccurrences(of: "A/RES/78/12", with: "A/RES/78/\(hidden)12")
        #expect(doctored != text)
        let document = try DocumentReader.parse(data: Data(doctored.utf8), path: "x.txt")
        #expect(document.symbol == "A/RES/78/12")
    }

    @Test("a no-break, em or plain space after the cover symbol's last slash is closed up, not read as its end",
          arguments: ["\u{00A0}", "\u{2003}", " "])
    func spaceInCover(_ space: String) throws {
        let text = try String(contentsOfFile: TextFixtures.path("A_RES_78_12.txt"), encoding: .utf8)
        let doctored = text.replacingOccurrences(of: "A/RES/78/12", with: "A/RES/78/\(space)12")
        #expect(doctored != text)
        let document = try DocumentReader.parse(data: Data(doctored.utf8), path: "x.txt")
        #expect(document.symbol == "A/RES/78/12")
    }

    @Test func cleanFoldsAndDrops() {
        #expect(SymbolText.clean("S/RES/1325\u{00A0}(2000)") == "S/RES/1325 (2000)")
        #expect(SymbolText.clean("A/RES/78/\u{200B}12") == "A/RES/78/12")
        #expect(SymbolText.clean("A/RES/78/12") == "A/RES/78/12")
    }
}
