import Foundation
import Testing
@testable import CiteCore

/// Real AKN4UN files from the UN's repositories, each with the corpus renderer's text.
@Suite("AKN reader: real documents")
struct AKNReaderTests {
    static func fixture(_ name: String) throws -> (path: String, data: Data) {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("akn").appendingPathComponent(name)
        return (url.path, try Data(contentsOf: url))
    }

    static func expectedText(_ name: String) throws -> String {
        let (_, data) = try fixture(name)
        return try #require(String(data: data, encoding: .utf8))
    }

    /// The text of `rendering` at a link's byte range.
    static func anchor(_ link: SourceLink, in text: String) -> String {
        String(decoding: Array(text.utf8)[link.range], as: UTF8.self)
    }

    @Test("rendered text is byte-identical to the corpus rendering", arguments: [
        "A_RES_75_19", "S_RES_2599_(2021)", "S_RES_1292_(2000)", "S_PRST_2016_3", "A_HRC_RES_55_5", "E_RES_2021_3",
    ])
    func identicalText(name: String) throws {
        let (path, data) = try Self.fixture(name + ".xml")
        let rendering = try AKNReader.render(data: data, path: path)
        let expected = try Self.expectedText(name + ".txt")
        #expect(rendering.text == expected)
    }

    @Test("General Assembly: cover metadata, footnote and a link inside the footnote")
    func generalAssembly() throws {
        let (path, data) = try Self.fixture("A_RES_75_19.xml")
        let r = try AKNReader.render(data: data, path: path)
        #expect(r.symbol == "A/RES/75/19")
        #expect(r.body == .ga)
        #expect(r.date == "2020-12-01")
        #expect(r.title == "Credentials of representatives to the seventy-fifth session of the General Assembly")
        #expect(r.agendaItem == "3 (b)")
        #expect(r.text.contains("Approves the report of the Credentials Committee.1\n"))
        #expect(r.text.hasSuffix("__________________\n1\tA/75/606.\n"))
        #expect(r.links.count == 1)
        let link = try #require(r.links.first)
        #expect(link.target == "A/75/606")
        #expect(Self.anchor(link, in: r.text) == "A/75/606")
        // The anchor is the one in the footnote line, not the one in the cover.
        let footnoteStart = r.text.utf8.count - "A/75/606.\n".utf8.count
        #expect(link.range.lowerBound == footnoteStart)
    }

    @Test("Security Council 2021: every resolution link, normalised, at its anchor")
    func securityCouncil() throws {
        let (path, data) = try Self.fixture("S_RES_2599_(2021).xml")
        let r = try AKNReader.render(data: data, path: path)
        #expect(r.symbol == "S/RES/2599 (2021)")
        #expect(r.body == .sc)
        #expect(r.date == "2021-09-30")
        #expect(r.title == nil)
        #expect(r.links.map(\.target) == [
            "S/RES/1970 (2011)", "S/RES/2259 (2015)", "S/RES/2510 (2020)", "S/RES/2542 (2020)",
            "S/RES/2570 (2021)", "S/RES/2213 (2015)", "S/RES/2542 (2020)", "S/RES/2570 (2021)",
        ])
        for link in r.links {
            // "S/RES/1970 (2011)" is anchored as "1970 (2011)".
            #expect(Self.anchor(link, in: r.text) == String(link.target.dropFirst("S/RES/".count)))
        }
        #expect(r.subjects == ["SPECIAL MISSIONS", "LIBYA"])
        #expect(r.agendaItem == "The situation in Libya")
    }

    @Test("Security Council 2000: the number element and its paragraph are joined by a tab")
    func oldSecurityCouncil() throws {
        let (path, data) = try Self.fixture("S_RES_1292_(2000).xml")
        let r = try AKNReader.render(data: data, path: path)
        #expect(r.symbol == "S/RES/1292 (2000)")
        #expect(r.date == "2000-02-29")
        #expect(r.text.contains("\n\n1.\tDecides to extend the mandate of MINURSO until 31 May 2000;\n\n"))
        #expect(r.links.isEmpty)
    }

    @Test("Presidential statement: body SC, links to the statement it follows")
    func presidentialStatement() throws {
        let (path, data) = try Self.fixture("S_PRST_2016_3.xml")
        let r = try AKNReader.render(data: data, path: path)
        #expect(r.symbol == "S/PRST/2016/3")
        #expect(r.body == .sc)
        #expect(r.links.count == 4)
        for link in r.links {
            #expect(link.target == "S/PRST/2016/1")
            #expect(Self.anchor(link, in: r.text) == "S/PRST/2016/1")
        }
    }

    @Test("Human Rights Council and ECOSOC: body from the symbol, not the cover's issuing body")
    func councils() throws {
        let (hrcPath, hrcData) = try Self.fixture("A_HRC_RES_55_5.xml")
        let hrc = try AKNReader.render(data: hrcData, path: hrcPath)
        #expect(hrc.symbol == "A/HRC/RES/55/5")
        #expect(hrc.body == .hrc)
        #expect(hrc.date == "2024-04-03")
        #expect(hrc.title == "Mandate of Special Rapporteur in the field of cultural rights")
        #expect(hrc.agendaItem == "3")
        #expect(hrc.subjects == ["RIGHT TO CULTURE", "SPECIAL RAPPORTEURS"])

        let (ecoPath, ecoData) = try Self.fixture("E_RES_2021_3.xml")
        let eco = try AKNReader.render(data: ecoData, path: ecoPath)
        #expect(eco.symbol == "E/RES/2021/3")
        #expect(eco.body == .ecosoc)
        #expect(eco.links.map(\.target) == ["E/2020/12", "E/ESCWA/S-6/14", "E/ESCWA/S-6/16"])
        for link in eco.links {
            #expect(Self.anchor(link, in: eco.text) == link.target)
        }
    }

    @Test("read(path:) keeps the XML identity and the links")
    func readDocument() throws {
        let (path, _) = try Self.fixture("S_RES_2599_(2021).xml")
        let document = try AKNReader.read(path: path)
        #expect(document.symbol == "S/RES/2599 (2021)")
        #expect(document.body == .sc)
        #expect(document.date == "2021-09-30")
        #expect(document.links.count == 8)
        for link in document.links {
            #expect(Self.anchor(link, in: document.text) == String(link.target.dropFirst("S/RES/".count)))
        }
    }

    @Test("the renderer says where each note and its marker are; the reader takes the notes as they are")
    func notesAsWritten() throws {
        let (path, data) = try Self.fixture("E_RES_2021_3.xml")
        let r = try AKNReader.render(data: data, path: path)
        #expect(r.notes.map(\.marker) == ["1", "2", "3"])
        let bytes = Array(r.text.utf8)
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        #expect(r.notes.map { text($0.range) } == ["E/2020/12.", "E/ESCWA/S-6/14.", "E/ESCWA/S-6/16."])
        for note in r.notes {
            let marker = try #require(note.markerRange)
            #expect(text(marker) == note.marker)
            // The marker is glued to the words it follows, in the body, before the rule.
            #expect(marker.lowerBound < r.text.utf8.count - text(0..<bytes.count).split(separator: "____").last!.utf8.count)
        }
        let document = try AKNReader.read(path: path)
        #expect(document.text == r.text)
        #expect(document.footnotes.map(\.marker) == [1, 2, 3])
        // Here the markers the text route finds are those the renderer wrote.
        #expect(document.footnotes.map(\.markerRange) == r.notes.map(\.markerRange))
        #expect(document.footnotes.map(\.range) == r.notes.map(\.range))
        #expect(document.footnotes.allSatisfy { $0.paragraph?.hasPrefix("PP") == true })
        #expect(!document.warnings.contains { $0.contains("marker not found") })
    }
}

extension AKNReaderTests {
    /// E/RES/2021/26: note 1 stands after "HIV/AIDS" ("…Programme on HIV/AIDS1 and the report…");
    /// the text route takes "AIDS1" for a code such as "COP28" and finds no marker, so the note's
    /// citation fell to the footnotes with no verb. The renderer's marker puts it in PP2.
    @Test("a note's marker is where the authorialNote stood, not where the text route guesses it")
    func recordedMarkerWins() throws {
        let (path, data) = try Self.fixture("E_RES_2021_26.xml")
        let r = try AKNReader.render(data: data, path: path)
        let document = try AKNReader.read(path: path)
        let first = try #require(document.footnotes.first { $0.marker == 1 })
        #expect(first.markerRange == r.notes.first?.markerRange)
        #expect(first.paragraph == "PP2")
        #expect(!document.warnings.contains { $0.contains("marker not found") })
        let guessed = try DocumentReader.parse(text: document.text, path: path, language: document.language)
        #expect(guessed.footnotes.first { $0.marker == 1 }?.markerRange == nil)
        let report = try #require(CitationExtractor().extract(document).first { $0.target == "E/2021/64" })
        #expect(report.paragraph == "PP2")
        #expect(report.relation == .considers)
        #expect(report.footnote == 1)
    }
}

@Suite("AKN reader: link targets")
struct AKNSymbolTests {
    @Test("hrefs are normalised like truth/akn_links.tsv", arguments: [
        ("https://undocs.org/en/S/RES/2282(2016)", "S/RES/2282 (2016)"),
        ("https://undocs.org/en/S/RES/1996%20(2011)", "S/RES/1996 (2011)"),
        ("https://undocs.org/S/Res/2297(2016)", "S/RES/2297 (2016)"),
        ("https://undocs.org/en/A/RES/2200(XXI)", "A/RES/2200 (XXI)"),
        ("https://undocs.org/en/a/res/2200(xxi)", "A/RES/2200 (XXI)"),
        ("https://undocs.org/A/RES/1874(s-iv)", "A/RES/1874 (S-IV)"),
        ("https://undocs.org/en/A/RES/47/120b", "A/RES/47/120 B"),
        ("https://undocs.org/en/A/RES/74/92a-b", "A/RES/74/92 A-B"),
        ("https://undocs.org/en/A/RES/74/261 c", "A/RES/74/261 C"),
        ("https://undocs.org/en/A/hrc/RES/S-16/1", "A/HRC/RES/S-16/1"),
        ("https://undocs.org/en/E/RES/2021/2b", "E/RES/2021/2 B"),
        ("https://undocs.org/en/e/res/2008 (LX)", "E/res/2008 (LX)"),
        ("https://undocs.org//en/A/RES/217 (III)", "EN/A/RES/217 (III)"),
        ("https://undocs.org/S/RES/", "S/RES"),
        ("https://docs.un.org/en/FCCC/CP/2015/10/Add.1", "FCCC/CP/2015/10/Add.1"),
        ("https://www.undocs.org/Home/Mobile?FinalSymbol=A%2FRES%2F77%2F232&Language=E",
         "HOME/Mobile?FinalSymbol=A/RES/77/232&Language=E"),
    ])
    func normalised(href: String, target: String) {
        #expect(AKNSymbol.target(href: href) == target)
    }

    @Test("links to other sites are not UN document links")
    func otherSites() {
        #expect(AKNSymbol.target(href: "http://www.un.org/dppa/decolonization/en/c24") == nil)
        #expect(AKNSymbol.target(href: "https://documents-dds-ny.un.org/doc/UNDOC/GEN/N19/1.pdf") == nil)
        #expect(AKNSymbol.target(href: "https://undocs.org/") == nil)
    }
}

@Suite("AKN reader: bad input")
struct AKNBadInputTests {
    @Test("malformed XML from the corpus names the line and the fault")
    func malformed() throws {
        let (path, data) = try AKNReaderTests.fixture("malformed_S_PRST_2000_27_Corr.1.xml")
        let error = try #require(throws: InputError.self) { try AKNReader.render(data: data, path: path) }
        #expect(error.path == path)
        #expect(error.reason.hasPrefix("malformed XML at line "))
        #expect(error.reason.contains("mismatched tag"))
        #expect(!error.description.contains("\n"))
    }

    @Test("an entity bomb is refused before parsing")
    func billionLaughs() throws {
        let (path, data) = try AKNReaderTests.fixture("billion_laughs.xml")
        let error = try #require(throws: InputError.self) { try AKNReader.render(data: data, path: path) }
        #expect(error.reason.contains("declares entities"))
    }

    @Test("an external entity is refused, never read")
    func externalEntity() throws {
        let (path, data) = try AKNReaderTests.fixture("external_entity.xml")
        let error = try #require(throws: InputError.self) { try AKNReader.render(data: data, path: path) }
        #expect(error.reason.contains("declares entities"))
        #expect(!error.reason.contains("root:"))
    }

    @Test("an external DTD is refused")
    func externalDTD() throws {
        let (path, data) = try AKNReaderTests.fixture("external_dtd.xml")
        let error = try #require(throws: InputError.self) { try AKNReader.render(data: data, path: path) }
        #expect(error.reason.contains("external DTD"))
    }

    @Test("XML that is not Akoma Ntoso is refused with its root element named")
    func notAkomaNtoso() throws {
        let (path, data) = try AKNReaderTests.fixture("not_akn.xml")
        let error = try #require(throws: InputError.self) { try AKNReader.render(data: data, path: path) }
        #expect(error.reason == "not an Akoma Ntoso document (root element <html>, expected <akomaNtoso>)")
    }

    @Test("empty, truncated and non-UTF-8 input")
    func otherBadInput() throws {
        #expect(throws: InputError(path: "e.xml", reason: "empty file")) {
            try AKNReader.render(data: Data(), path: "e.xml")
        }
        let truncated = Data("<akomaNtoso><statement><p>Text".utf8)
        let error = try #require(throws: InputError.self) { try AKNReader.render(data: truncated, path: "t.xml") }
        #expect(error.reason.hasPrefix("malformed XML at line 1"))
        let utf16 = Data([0xFF, 0xFE]) + "<akomaNtoso/>".data(using: .utf16LittleEndian)!
        let utf16Error = try #require(throws: InputError.self) { try AKNReader.render(data: utf16, path: "u.xml") }
        #expect(utf16Error.reason.contains("UTF-16"))
    }

    @Test("the placeholder adoption date 0001-01-01 reads as no date")
    func placeholderDate() throws {
        let xml = Data("""
            <akomaNtoso><statement><meta><identification><FRBRWork><FRBRdate date="0001-01-01" name="adoption"/></FRBRWork></identification></meta>
            <coverPage><p><docNumber refersTo="#symbol">S/RES/1290(2000)</docNumber></p></coverPage></statement></akomaNtoso>
            """.utf8)
        let r = try AKNReader.render(data: xml, path: "d.xml")
        #expect(r.date == nil)
        #expect(r.symbol == "S/RES/1290 (2000)")
        #expect(r.text == "S/RES/1290(2000)\n")
    }

    @Test("a minimal document without a symbol renders, but read(path:) refuses it")
    func noSymbol() throws {
        let xml = Data("""
            <akomaNtoso><statement><mainBody><paragraph><num>1.</num><content><p>Decides to remain seized.</p></content></paragraph></mainBody></statement></akomaNtoso>
            """.utf8)
        let r = try AKNReader.render(data: xml, path: "m.xml")
        #expect(r.text == "\n\n1.\tDecides to remain seized.\n")
        #expect(r.symbol == nil)
        #expect(r.body == .other)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("akn-no-symbol-\(UUID().uuidString).xml")
        try xml.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: InputError.self) { try AKNReader.read(path: url.path) }
        #expect(error.reason.contains("no document symbol"))
    }
}
