import Foundation
import Testing
@testable import CiteCore

/// The seed: page 2 of A/RES/74/174 as PDF text (running header, detached footnote numbers,
/// the footnote block after the page, page and job numbers, a phrase cut by the page break).
@Suite("Seed excerpt A/RES/74/174")
struct SeedTests {
    static let name = "A_RES_74_174_excerpt.txt"

    @Test("exactly seven citations: four resolutions and three treaties")
    func exactlySeven() throws {
        let (doc, cs) = try TextFixtures.extracted(Self.name)
        #expect(doc.symbol == "A/RES/74/174")
        #expect(cs.allSatisfy { $0.citing == "A/RES/74/174" })
        let got = cs.map { "\($0.target) \($0.relation.rawValue)" }.sorted()
        #expect(got == [
            "A/RES/69/194 recalls", "A/RES/72/195 recalls", "A/RES/73/148 recalls", "A/RES/73/154 recalls",
            "UNTS 1577/27531 recalls", "UNTS 2171/27531 recalls", "UNTS 2225/39574 notes",
        ])
    }

    @Test("the four resolutions: recalls, in one paragraph, in the order cited")
    func resolutions() throws {
        let (_, cs) = try TextFixtures.extracted(Self.name)
        let res = cs.filter { $0.targetKind == .resolution }
        #expect(res.map(\.target) == ["A/RES/73/154", "A/RES/73/148", "A/RES/69/194", "A/RES/72/195"])
        #expect(res.allSatisfy { $0.relation == .recalls && $0.body == .ga && $0.section == .preamble })
    }

    @Test("the treaties carry their footnote's Treaty Series reference (“Ibid.” read against the note before)")
    func treaties() throws {
        let (doc, cs) = try TextFixtures.extracted(Self.name)
        let treaties = cs.filter { $0.targetKind == .treaty }
        #expect(treaties.map(\.target) == ["UNTS 2225/39574", "UNTS 1577/27531", "UNTS 2171/27531"])
        #expect(treaties.map(\.footnote) == [3, 4, 5])
        #expect(treaties.map(\.unts) == [UNTSReference(volume: 2225, number: 39574), UNTSReference(volume: 1577, number: 27531),
                                         UNTSReference(volume: 2171, number: 27531)])
        #expect(treaties.map(\.text) == [
            "United Nations Convention against Transnational Organized Crime",
            "Convention on the Rights of the Child",
            "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
        ])
        // The notes were paired with their markers although PDF text put them apart.
        #expect(doc.footnotes.map(\.marker).sorted() == [2, 3, 4, 5])
        for n in doc.footnotes {
            let marker = try #require(n.markerRange, "marker \(n.marker) not located")
            #expect(doc.slice(marker) == String(n.marker))
        }
    }

    @Test("nothing from the paragraphs on “the importance of existing … instruments”")
    func nothingFromImportanceParagraphs() throws {
        let (doc, cs) = try TextFixtures.extracted(Self.name)
        let reaffirming = try doc.paragraph(requiring: "Reaffirming the importance of existing international legal instruments")
        let acknowledging = try doc.paragraph(requiring: "Acknowledging the importance of existing legal instruments")
        #expect(reaffirming.label != acknowledging.label)
        #expect(cs.inParagraph(reaffirming.label).isEmpty)
        #expect(cs.inParagraph(acknowledging.label).isEmpty)
    }

    @Test("relations of the seed's paragraphs: Noting → notes, Recalling → recalls, Stressing → emphasizes")
    func seedParagraphs() throws {
        let doc = try TextFixtures.document(Self.name)
        #expect(try doc.paragraph(requiring: "Noting that the United Nations Convention").relation == .notes)
        #expect(try doc.paragraph(requiring: "Recalling the Convention on the Rights of the Child").relation == .recalls)
        #expect(try doc.paragraph(requiring: "Recalling its resolutions 73/154").relation == .recalls)
        #expect(try doc.paragraph(requiring: "Emphasizing that the increasing number").relation == .emphasizes)
    }
}
