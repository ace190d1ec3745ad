import CiteCore
import CiteGraph
import Testing
@testable import CiteStore

/// Diff inputs and series steps read from the store, without the files.
@Suite("Store diff")
struct StoreDiffTests {
    /// Two stored renewals made of real sentences (S/RES/2703 (2023) and S/RES/2756 (2024), OP1).
    static func store() throws -> CitationStore {
        let store = try CitationStore.inMemory()
        for (symbol, year) in [("S/RES/2703 (2023)", "2024"), ("S/RES/2756 (2024)", "2025")] {
            let text = "Recalling and reaffirming all its previous resolutions on Western Sahara,\n\n1.\tDecides to extend the mandate of MINURSO until 31 October \(year);\n"
            let pp = text.utf8.count - text.drop(while: { $0 != "\n" }).utf8.count
            var document = Document(path: "\(year).txt", symbol: symbol, body: .sc, date: "\(year)-10-31", text: text)
            document.paragraphs = [
                Paragraph(label: "PP1", section: .preamble, verb: "Recalling", relation: .recalls, range: 0..<pp),
                Paragraph(label: "OP1", section: .operative, verb: "Decides", relation: .decides, range: (pp + 2)..<(text.utf8.count - 1)),
            ]
            try store.replace(document: document, citations: [], path: "\(year).txt", contentHash: year)
        }
        return store
    }

    @Test func seriesStepsDiffConsecutiveStoredMembers() throws {
        let store = try Self.store()
        let steps = try store.seriesSteps(["S/RES/2654 (2022)", "S/RES/2703 (2023)", "S/RES/2756 (2024)"])
        #expect(steps.map(\.from) == ["S/RES/2654 (2022)", "S/RES/2703 (2023)"])
        #expect(steps[0].diff == nil)
        let diff = try #require(steps[1].diff)
        #expect(diff.counts.summary == "1 unchanged, 1 changed, 0 new, 0 dropped, 0 moved; citations +0 −0")
        #expect(diff.paragraphs[1].words.filter { $0.op != .equal }.map(\.text) == [" 2024", " 2025"])
    }

    @Test func symbolsAreFoundInAnyCaseAndWithoutTheYear() throws {
        let store = try Self.store()
        #expect(try store.documentSymbol(matching: "s/res/2756") == "S/RES/2756 (2024)")
        #expect(try store.documentSymbol(matching: "S/RES/2756 (2024)") == "S/RES/2756 (2024)")
        #expect(try store.documentSymbol(matching: "S/RES/2757") == nil)
        #expect(try store.diffInput(symbol: "S/RES/2757 (2024)") == nil)
    }
}
