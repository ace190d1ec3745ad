import CiteCore
import Foundation
import Testing
import CitePDF

/// Real Security Council drafts: `S/2016/1100` (2016 layout, 3 pages), `S/2024/557` (8 pages,
/// annexes, three footnotes), `S/2022/443` (one page).
@Suite struct PDFReaderTests {
    @Test func runningHeadersFootersAndJobNumbersAreGone() throws {
        let text = try PDFReader.text(path: try Fixtures.path("S_2016_1100-EN.pdf"))
        for noise in ["16-22921", "231216", "*1622921*", "2/3", "3/3"] {
            #expect(!text.contains(noise), "\(noise) left in the text")
        }
        // The symbol stays once, on the cover; the running header of pages 2 and 3 is gone.
        #expect(text.components(separatedBy: "S/2016/1100").count == 2)

        let text557 = try PDFReader.text(path: try Fixtures.path("S_2024_557-EN.pdf"))
        #expect(!text557.contains("24-13337"))
        #expect(text557.components(separatedBy: "S/2024/557").count == 2)
        #expect(!text557.split(separator: "\n").contains { $0.wholeMatch(of: /\d\/8/) != nil })
    }

    @Test func coverLinesComeFirstOnePerLineThenTheTitle() throws {
        let text = try PDFReader.text(path: try Fixtures.path("S_2016_1100-EN.pdf"))
        let blocks = text.components(separatedBy: "\n\n")
        #expect(blocks[0].components(separatedBy: "\n") == [
            "United Nations", "S/2016/1100", "Security Council", "Distr.: General", "23 December 2016",
            "Original: English",
        ])
        #expect(blocks[1] == "Malaysia, New Zealand, Senegal and Bolivarian Republic of Venezuela: draft resolution")
    }

    @Test func paragraphsAreWholeLinesSeparatedByOneBlankLine() throws {
        let text = try PDFReader.text(path: try Fixtures.path("S_2016_1100-EN.pdf"))
        let blocks = text.components(separatedBy: "\n\n")
        #expect(blocks.count == 26)  // cover, title, opening, 10 preambular, 13 operative
        #expect(blocks[2] == "The Security Council,")
        #expect(blocks.contains(
            "Reaffirming its relevant resolutions, including resolutions 242 (1967), 338 (1973), 446 (1979), "
                + "452 (1979), 465 (1980), 476 (1980), 478 (1980), 1397 (2002), 1515 (2003), and 1850 (2008),"))
        // Operative paragraphs keep their number before a tab, in order.
        let operative = blocks.filter { $0.first?.isNumber == true }
        #expect(operative.map { String($0.prefix { $0 != "\t" }) } == (1...13).map { "\($0)." })
        #expect(blocks.last == "13.\tDecides to remain seized of the matter.\n")
        // Slivers of justification are not word breaks ("two -State", "clea rly" in poppler's text).
        #expect(text.contains("viability of the two-State solution based on the 1967 lines,"))
        #expect(text.contains("to clearly condemn all acts of terrorism;"))
        #expect(text.contains("the Quartet Roadmap, endorsed by its resolution 1515 (2003), for a freeze"))
    }

    @Test func aParagraphCutByAPageBreakIsJoined() throws {
        let text = try PDFReader.text(path: try Fixtures.path("S_2024_557-EN.pdf"))
        // Page 4 ends "... sanctions Committee, as well", page 5 goes on "as any relevant State".
        #expect(text.contains("circulate to the relevant sanctions Committee, as well as any relevant State"))
        // Page 7 ends "... with other UN Security Council", page 8 goes on "responses to threats".
        #expect(text.contains("combining sanctions with other UN Security Council responses to threats"))
        #expect(text.contains("\n\n(a)\tAcknowledge to the petitioner the receipt of the delisting request;\n\n"))
        #expect(text.contains("\n\nAnnex I\n\nDelisting procedures\n\n"))
    }

    @Test func footnotesFollowTheBodyAfterTheRule() throws {
        let text = try PDFReader.text(path: try Fixtures.path("S_2024_557-EN.pdf"))
        let parts = text.components(separatedBy: "\n\n__________________\n")
        #expect(parts.count == 2)
        let notes = parts.last?.split(separator: "\n").map(String.init) ?? []
        #expect(notes.count == 3)
        #expect(notes.first?.hasPrefix("1\tPetitions submitted before the date of the adoption of this resolution")
                == true)
        #expect(notes.first?.contains("under the procedure set out in resolution 1730 (2006). Petitioners") == true)
        #expect(notes.first?.hasSuffix("once this appointment is effective.") == true)
        #expect(notes.dropFirst().first?.hasPrefix("2\tA State can decide, that as a rule,") == true)
        #expect(notes.last == "3\tThe summary is distinct from a recommendation. "
                + "The Focal Point will not make a recommendation on the petition.")
        // Markers stay in the body as digits glued to what precedes them.
        #expect(text.contains("pursuant to resolution 1267 (1999).1 Petitioners seeking"))
        #expect(text.contains("their state of residence or citizenship.2\n"))
    }

    @Test func smallestDraftReadsExactly() throws {
        let text = try PDFReader.text(path: try Fixtures.path("S_2022_443-EN.pdf"))
        #expect(text == """
            United Nations
            S/2022/443
            Security Council
            Distr.: General
            3 June 2022
            Original: English

            United Kingdom of Great Britain and Northern Ireland: draft resolution

            The Security Council,

            Reaffirming all its previous resolutions and presidential statements concerning the situation in Sudan,

            Reaffirming its strong commitment to the sovereignty, unity, independence, and territorial integrity of Sudan,

            Taking note of the Report of the Secretary-General of the United Nations on the situation in Sudan \
            and the activities of the United Nations Integrated Transition Assistance Mission (UNITAMS) (S/2022/400),

            1.\tDecides to extend the mandate of UNITAMS until 3 June 2023 as contained in paragraph 3 of \
            resolution 2579 (2021);

            2.\tRequests the Secretary-General to continue to report to the Security Council every 90 days on \
            the implementation of UNITAMS mandate;

            3.\tDecides to remain actively seized of the matter.

            """)
    }

    @Test func readHandsTheTextToTheDocumentParser() throws {
        let path = try Fixtures.path("S_2022_443-EN.pdf")
        let document = try PDFReader.read(path: path)
        #expect(document.path == path)
        #expect(document.text.contains("resolution 2579 (2021)"))
    }

    @Test(arguments: [
        ("truncated.pdf", "not a valid PDF: PDF document is damaged"),
        ("garbage.pdf", "not a valid PDF: PDF document is damaged"),
        ("empty.pdf", "empty file"),
        ("encrypted.pdf", "encrypted PDF (password required)"),
        ("no-pages.pdf", "PDF has no pages"),
        ("no-text-layer.pdf", "PDF has no text layer (scanned?)"),
    ])
    func badPDFsGiveOneLineErrors(file: String, reason: String) throws {
        let path = try Fixtures.path(file)
        let error = #expect(throws: InputError.self) { try PDFReader.text(path: path) }
        #expect(error == InputError(path: path, reason: reason))
        #expect(error?.description.contains("\n") == false)
        #expect(throws: InputError.self) { try PDFReader.read(path: path) }
    }

    /// Issue 13: limits per page and per document, each refused with one line naming the page.
    @Test(arguments: [
        (PDFLimits(maxGlyphsPerPage: 500), "page 1 has more than 500 glyphs"),
        (PDFLimits(maxLinesPerPage: 20), "page 1 has more than 20 lines"),
        (PDFLimits(maxDocumentTextBytes: 5_000), "PDF has more than 5000 bytes of text (at page 2)"),
    ])
    func limitsStopAPDFWithOneLine(limits: PDFLimits, reason: String) throws {
        let path = try Fixtures.path("S_2016_1100-EN.pdf")
        let error = #expect(throws: InputError.self) { try PDFReader.text(path: path, limits: limits) }
        #expect(error == InputError(path: path, reason: reason))
        // The defaults leave a real document alone.
        #expect(try !PDFReader.text(path: path).isEmpty)
    }

    @Test func aMissingFileCannotBeRead() {
        let path = "/nonexistent/citegraph/missing.pdf"
        let error = #expect(throws: InputError.self) { try PDFReader.text(path: path) }
        #expect(error == InputError(path: path, reason: "cannot be read"))
    }
}
