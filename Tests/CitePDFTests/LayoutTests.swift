import Testing
@testable import CitePDF

/// The layout rules on small, hand-built inputs.
@Suite struct LayoutTests {
    @Test func lineEndHyphenIsDroppedOnlyInsideAWord() {
        let joiner = LineJoiner(learningFrom: ["a long-term plan", "the UNITAMS mandate"])
        #expect(joiner.join(["the work was under-", "taken in 2019"]) == "the work was undertaken in 2019")
        // Known compound, compound used elsewhere in the document, capital after the hyphen.
        #expect(joiner.join(["sexual and gender-", "based violence"]) == "sexual and gender-based violence")
        #expect(joiner.join(["a long-", "term view"]) == "a long-term view")
        #expect(joiner.join(["the Secretary-", "General"]) == "the Secretary-General")
        #expect(joiner.join(["A/79/552-", "S/2024/767"]) == "A/79/552-S/2024/767")
        #expect(joiner.join(["Economic and", "Social Council"]) == "Economic and Social Council")
    }

    @Test func joinerLearnsTheDocumentsOwnSpelling() {
        let joiner = LineJoiner(learningFrom: ["its subregional partners", "the zonal-sector command"])
        #expect(joiner.join(["sub-", "regional"]) == "subregional")
        #expect(joiner.join(["zonal-", "sector"]) == "zonal-sector")
    }

    @Test(arguments: ["1.", "12.", "(a)", "(iv)", "(3)", "IV.", "a.", "•", "–", "1.2"])
    func labels(_ label: String) {
        #expect(TextPatterns.isLabel(label))
    }

    @Test(arguments: ["Decides", "2015", "(2015)", "(UNMISS)", "S/2016/1100", "-", "."])
    func notLabels(_ text: String) {
        #expect(!TextPatterns.isLabel(text))
    }

    @Test func paragraphLabelsGetATab() {
        #expect(TextAssembler.labelled("1. Decides to extend") == "1.\tDecides to extend")
        #expect(TextAssembler.labelled("(b) Inform the petitioner") == "(b)\tInform the petitioner")
        #expect(TextAssembler.labelled("Recalling resolution 1730 (2006)") == "Recalling resolution 1730 (2006)")
    }

    /// Glyphs of one line of 10 pt text, each letter 5 pt wide, with spaces `space` pt wide.
    private func line(_ text: String, space: Double = 3, startingAt x: Double = 100) -> [Glyph] {
        var glyphs: [Glyph] = []
        var x = x
        for scalar in text.unicodeScalars {
            let width = scalar == " " ? space : 5
            glyphs.append(Glyph(scalar: scalar, x0: x, y0: 100, x1: x + width, y1: 111, size: 10, bold: false))
            x += width
        }
        return glyphs
    }

    @Test func narrowSpacesInsideWordsAreDropped() throws {
        var glyphs = line("th eir territory")
        glyphs[2].x1 = glyphs[2].x0 + 1.1  // a 1.1 pt sliver between "th" and "eir"
        let rendered = try #require(RowBuilder.render(glyphs, page: 1))
        #expect(rendered.text == "their territory")
    }

    @Test func superscriptMarkersGlueToTheWordBefore() throws {
        var glyphs = line("Change 1 and")
        glyphs[7] = Glyph(scalar: "1", x0: glyphs[7].x0, y0: 100, x1: glyphs[7].x0 + 3, y1: 106,
                          size: 6.5, bold: false)
        let rendered = try #require(RowBuilder.render(glyphs, page: 1))
        #expect(rendered.text == "Change1 and")

        var note = line(" The initial Aide Memoire")
        note[0] = Glyph(scalar: "1", x0: 95, y0: 100, x1: 98, y1: 105, size: 5.5, bold: false)
        let footnote = try #require(RowBuilder.render(note, page: 2))
        #expect(footnote.leadingMarker == "1")
        #expect(footnote.text == "The initial Aide Memoire")
    }

    @Test func farApartTextFormsSeparateCells() {
        let glyphs = line("United Nations") + line("S/2016/1100", startingAt: 495)
        #expect(RowBuilder.splitCells(glyphs).count == 2)
    }
}
