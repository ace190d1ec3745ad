import Foundation
import Testing
@testable import CiteCore

/// Clause verbs folded to the relation vocabulary of DESIGN.md, read from real paragraphs.
@Suite("Relations from clause verbs")
struct RelationTests {
    /// (fixture, opening words of the paragraph, verb as written, relation).
    static let paragraphs: [(String, String, String, Relation)] = [
        ("A_RES_76_155.txt", "Recalling also its resolutions 32/127", "Recalling also", .recalls),
        ("A_RES_76_155.txt", "Recalling further its resolutions 60/153", "Recalling further", .recalls),
        ("S_RES_0092_1951_EN_GOLD.txt", "Noting with concern that fighting", "Noting with concern", .notes),
        ("A_RES_76_264.txt", "Deeply concerned that food insecurity", "Deeply concerned", .expressesConcern),
        ("A_RES_76_155.txt", "Mindful of the vastness", "Mindful", .bearsInMind),
        ("A_RES_79_255.txt", "Takes note of the reports", "Takes note", .notes),
        ("A_HRC_RES_59_5.txt", "Calls upon all Governments", "Calls upon", .callsUpon),
        ("A_RES_74_174_excerpt.txt", "Stressing the importance of enhancing", "Stressing", .emphasizes),
        ("A_RES_78_320.txt", "Stressing that the sustainable management", "Stressing", .emphasizes),
        ("A_RES_ES-11_3.txt", "Taking note of Human Rights Council resolution 49/1", "Taking note", .notes),
        ("A_RES_75_201.txt", "Expressing grave concern", "Expressing grave concern", .expressesConcern),
        ("A_HRC_RES_59_5.txt", "Reaffirming the Universal Declaration", "Reaffirming", .reaffirms),
        ("A_RES_79_255.txt", "Endorses the conclusions", "Endorses", .endorses),
        ("A_RES_79_255.txt", "Also recalls paragraph 9 of its resolution 75/249", "Also recalls", .recalls),
    ]

    @Test("paragraph verbs of real texts", arguments: 0..<paragraphs.count)
    func paragraphVerb(_ index: Int) throws {
        let (name, opening, verb, relation) = Self.paragraphs[index]
        let doc = try TextFixtures.document(name)
        let p = try doc.paragraph(requiring: opening)
        #expect(p.verb?.hasPrefix(verb) == true, "\(name): verb \(p.verb ?? "nil")")
        #expect(p.relation == relation, "\(name): “\(opening)”")
    }

    @Test("citations take the relation of their paragraph")
    func citationsTakeParagraphRelation() throws {
        let cases: [(String, String, Relation)] = [
            ("A_RES_76_155.txt", "A/RES/32/127", .recalls),             // Recalling also its resolutions 32/127 …
            ("A_RES_75_201.txt", "S/RES/2532 (2020)", .expressesConcern),  // Expressing grave concern … 2532 (2020)
            ("S_RES_0092_1951_EN_GOLD.txt", "S/RES/54 (1948)", .recalls),
            ("A_RES_ES-11_3.txt", "A/HRC/RES/49/1", .notes),           // Taking note of Human Rights Council resolution 49/1
            ("A_RES_79_255.txt", "A/RES/75/249", .recalls),            // Also recalls paragraph 9 of its resolution 75/249
            ("S_RES_1992_(2011).txt", "S/RES/1609 (2005)", .recalls),
        ]
        for (name, target, relation) in cases {
            let (_, cs) = try TextFixtures.extracted(name)
            let c = try #require(cs.to(target).first, "\(name): \(target)")
            #expect(c.relation == relation, "\(name): \(target)")
        }
        // Unnumbered operative paragraph of an old text: "Calls upon the parties … the Security Council’s resolution 54 (1948)"
        let (_, cs) = try TextFixtures.extracted("S_RES_0092_1951_EN_GOLD.txt")
        #expect(cs.to("S/RES/54 (1948)").map(\.relation) == [.recalls, .callsUpon])
        #expect(cs.to("S/RES/54 (1948)").last?.section == .operative)
    }

    @Test("every citation's relation is the relation of the paragraph that holds it (a note: of its marker)")
    func relationAgreesWithParagraph() throws {
        for name in try TextFixtures.allNames() {
            let (doc, cs) = try TextFixtures.extracted(name)
            func holder(_ offset: Int) -> Paragraph? { doc.paragraphs.last { $0.range.contains(offset) } }
            for c in cs {
                switch c.section {
                case .cover:
                    #expect(c.relation == .cites, "\(name): \(c.target)")
                case .footnote:
                    guard let marker = doc.footnotes.first(where: { $0.marker == c.footnote })?.markerRange,
                          let p = holder(marker.lowerBound) else { continue }
                    #expect(c.paragraph == p.label, "\(name): note \(c.footnote ?? -1) of \(c.target)")
                    // A/RES/77/264 C: see notesUnderResolves below.
                    withKnownIssue(isIntermittent: true) {
                        #expect(c.relation == p.relation, "\(name): note \(c.footnote ?? -1) of \(c.target)")
                    } when: { name == "A_RES_77_264_A-C.txt" }
                default:
                    let p = try #require(holder(c.span.lowerBound), "\(name): \(c.target) at \(c.span) in no paragraph")
                    #expect(c.paragraph == p.label, "\(name): \(c.target)")
                    #expect(c.relation == p.relation, "\(name): \(c.target) in \(c.paragraph)")
                }
            }
        }
    }

    @Test("notes of a numbered paragraph under “Resolves that, for 2023:” take the relation of that paragraph")
    func notesUnderResolves() throws {
        // A/RES/77/264 C: "Resolves that, for 2023:" / "1. Budget appropriations totalling … (b) … as reflected in the
        // financial performance report on the programme budget for 2021,2 approved by the Assembly in section VII
        // of its resolution 77/263 of 30 December 2022;" — note 2 is "A/77/347."
        let (doc, cs) = try TextFixtures.extracted("A_RES_77_264_A-C.txt")
        let body = try #require(cs.to("A/RES/77/263").first)
        let note = try #require(cs.to("A/77/347").first)
        #expect(note.footnote == 2)
        #expect(note.paragraph == body.paragraph)
        // "Resolves that, for 2023:" and "1. Budget appropriations …" both carry the label C-OP1.
        #expect(doc.paragraphs.filter { $0.label == "C-OP1" && $0.verb != nil }.count == 1)
        withKnownIssue("a note takes the relation of the first paragraph with its label (Resolves → decides), the words of its own piece get cites") {
            #expect(note.relation == body.relation)
        }
    }

    @Test("a presidential statement's verb after “The Security Council,”: “recalling resolutions 1261 (1999) …”")
    func presidentialStatementVerb() throws {
        // S/PRST/2002/12: "“The Security Council, recalling resolutions 1261 (1999), 1314 (2000) and 1379 (2001) …"
        let (_, cs) = try TextFixtures.extracted("S_PRST_2002_12.txt")
        let first = try #require(cs.first)
        #expect(first.target == "S/RES/1261 (1999)")
        #expect(first.relation == .recalls)
    }

    @Test("verbs written on their own, as truth tables give them (DESIGN.md modifiers fold in)")
    func verbsOnTheirOwn() {
        let table: [(String, Relation)] = [
            ("Recalling", .recalls), ("Recalling also", .recalls), ("Recalling further", .recalls),
            ("Reaffirming", .reaffirms), ("Noting with concern", .notes), ("Noting with deep concern", .notes),
            ("Taking note", .notes), ("Takes note", .notes), ("Takes note with appreciation", .notes),
            ("Deeply concerned", .expressesConcern), ("Expressing grave concern", .expressesConcern),
            ("Mindful", .bearsInMind), ("Bearing in mind", .bearsInMind), ("Guided by", .guidedBy),
            ("Stressing", .emphasizes), ("Underlining", .emphasizes), ("Calls upon", .callsUpon),
            ("Requests", .requests), ("Also requests", .requests), ("Decides", .decides), ("Welcomes", .welcomes),
            ("Urges", .urges), ("Invites", .invites), ("Encourages", .encourages), ("Condemns", .condemns),
            ("Demands", .demands), ("Endorses", .endorses), ("Acknowledging", .acknowledges),
            ("Recognizing", .recognizes), ("Reiterating", .reiterates), ("Considering", .considers),
        ]
        for (verb, relation) in table {
            #expect(ClauseVerbs.relation(ofVerb: verb) == relation, "\(verb)")
        }
        #expect(ClauseVerbs.relation(ofVerb: "The") == nil)
        #expect(ClauseVerbs.isOperativeForm("Also requests"))
        #expect(!ClauseVerbs.isOperativeForm("Recalling also"))
        #expect(!ClauseVerbs.isOperativeForm("Deeply concerned"))
    }
}
