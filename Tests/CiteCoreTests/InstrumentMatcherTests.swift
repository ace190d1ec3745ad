import Foundation
import Testing
@testable import CiteCore

@Suite("Instrument matcher")
struct InstrumentMatcherTests {
    static let matcher: InstrumentMatcher? = (try? Gazetteer.bundled()).map { InstrumentMatcher(gazetteer: $0) }

    private func matches(_ text: String) throws -> [InstrumentMatch] {
        try #require(Self.matcher).matches(in: text)
    }

    /// `entry>target,target@words` per match, the fixture's form.
    private func describe(_ found: [InstrumentMatch]) -> String {
        found.map { "\($0.entryID)>\($0.targets.joined(separator: ","))@\($0.words)" }.joined(separator: " | ")
    }

    @Test("real paragraphs give exactly the expected instruments")
    func fixtureParagraphs() throws {
        let base = try #require(Bundle.module.resourceURL)
        let text = try String(contentsOf: base.appendingPathComponent("Fixtures/treaties/paragraphs.tsv"), encoding: .utf8)
        let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count >= 15)
        for row in rows {
            let found = try matches(row[1])
            #expect(describe(found) == row[2], "\(row[0])")
            for m in found {
                #expect(String(decoding: Array(row[1].utf8)[m.range], as: UTF8.self) == m.words)
            }
        }
    }

    @Test("seed excerpt: the Convention, its Optional Protocol and UNTOC, nothing from the generic paragraphs")
    func seed() throws {
        let base = try #require(Bundle.module.resourceURL)
        let text = try String(contentsOf: base.appendingPathComponent("Fixtures/treaties/A_RES_74_174_excerpt.txt"), encoding: .utf8)
        let found = try matches(text)
        #expect(found.map(\.targets) == [["UNTS 2225/39574"], ["UNTS 1577/27531"], ["UNTS 2171/27531"]])
        #expect(found.map(\.words) == [
            "United Nations Convention against Transnational Organized Crime",
            "Convention on the Rights of the Child",
            "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
        ])
        #expect(try matches("Reaffirming the importance of existing international legal instruments that contribute to the fight").isEmpty)
    }

    @Test("the longest name wins: a protocol is not its convention")
    func qualifiers() throws {
        let found = try matches("Recalling the Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict,")
        #expect(found.map(\.targets) == [["UNTS 2173/27531"]])
        // Without a known qualifier, a singular protocol of a treaty with several protocols is ambiguous: nothing.
        #expect(try matches("the Optional Protocol to the Convention on the Rights of the Child;").isEmpty)
        let plural = try matches("the Optional Protocols to the Convention on the Rights of the Child")
        #expect(plural.map(\.kind) == [.protocols])
        #expect(plural.first?.targets == ["UNTS 2171/27531", "UNTS 2173/27531", "UNTS 2983/27531"])
        #expect(plural.first?.entryID == "UNTS 1577/27531")
    }

    @Test("its Optional Protocols, the Protocols thereto, the 1967 Protocol thereto")
    func protocolPhrases() throws {
        let crc = try matches("the Convention on the Rights of the Child and the Optional Protocols thereto")
        #expect(crc.map(\.targets) == [["UNTS 1577/27531"], ["UNTS 2171/27531", "UNTS 2173/27531", "UNTS 2983/27531"]])
        #expect(crc.last?.words == "Optional Protocols thereto")
        let its = try matches("the Convention on the Elimination of All Forms of Discrimination against Women and its Optional Protocol")
        #expect(its.map(\.targets) == [["UNTS 1249/20378"], ["UNTS 2131/20378"]])
        let refugees = try matches("the 1951 Convention relating to the Status of Refugees and the 1967 Protocol thereto")
        #expect(refugees.map(\.targets) == [["UNTS 189/2545"], ["UNTS 606/8791"]])
        let untoc = try matches("the United Nations Convention against Transnational Organized Crime and the Protocols thereto")
        #expect(untoc.last?.targets == ["UNTS 2237/39574", "UNTS 2241/39574", "UNTS 2326/39574"])
        // No treaty before: nothing.
        #expect(try matches("States that have not done so to accede to the Optional Protocols thereto").isEmpty)
    }

    @Test("Geneva Conventions and the Additional Protocols thereto, dated")
    func geneva() throws {
        let found = try matches("Recalling the Geneva Conventions of 12 August 1949 and the Additional Protocols thereto of 8 June 1977,")
        #expect(found.map(\.targets) == [
            ["UNTS 75/970", "UNTS 75/971", "UNTS 75/972", "UNTS 75/973"],
            ["UNTS 1125/17512", "UNTS 1125/17513"],
        ])
        #expect(found.first?.entryID == "instrument:geneva-conventions-of-1949")
        #expect(try matches("the Fourth Geneva Convention").map(\.targets) == [["UNTS 75/973"]])
        // Protocols of another treaty are not the Geneva protocols.
        #expect(try matches("Additional Protocols I and II to the Treaty of Tlatelolco").isEmpty)
    }

    @Test("capitalisation: an instrument word must be capitalised; other words need not be")
    func capitalisation() throws {
        #expect(try matches("the rights of the child").isEmpty)
        #expect(try matches("the convention on the rights of the child").isEmpty)
        #expect(try matches("the Convention on the rights of the child").map(\.targets) == [["UNTS 1577/27531"]])
        #expect(try matches("the paris agreement").isEmpty)
        #expect(try matches("PARIS Agreement").map(\.targets) == [["UNTS 3156/54113"]])
    }

    @Test("line breaks, no-break spaces, hyphens, quotes and apostrophes are tolerated")
    func spellingVariants() throws {
        let text = "the Convention on the\nRights of the\u{00A0}Child"
        let found = try matches(text)
        #expect(found.map(\.targets) == [["UNTS 1577/27531"]])
        #expect(found.first?.range == 4..<(text.utf8.count))
        #expect(try matches("the Treaty on the Non\u{2011}Proliferation of Nuclear Weapons").map(\.targets) == [["UNTS 729/10485"]])
        #expect(try matches("the African Charter on Human and Peoples' Rights").map(\.targets) == [["UNTS 1520/26363"]])
        #expect(try matches("the African Charter on Human and Peoples’ Rights").map(\.targets) == [["UNTS 1520/26363"]])
        #expect(try matches("the Seafarers' Identity Documents Convention (Revised), 2003").map(\.targets) == [["UNTS 2304/41069"]])
    }

    @Test("byte ranges count UTF-8 bytes, and a glued footnote marker ends or is stepped over")
    func ranges() throws {
        let text = "In Türkiye — “the Paris Agreement,2” and the Amendment4 to the Convention on the Physical Protection of Nuclear Material5"
        let found = try matches(text)
        #expect(found.map(\.targets) == [["UNTS 3156/54113"], ["UNTS 3132/24631"]])
        let bytes = Array(text.utf8)
        #expect(found.map { String(decoding: bytes[$0.range], as: UTF8.self) } == [
            "Paris Agreement", "Amendment4 to the Convention on the Physical Protection of Nuclear Material",
        ])
        #expect(found.first?.range.lowerBound == "In Türkiye — “the ".utf8.count)
    }

    @Test("generic phrases, bodies and symbols cite nothing")
    func generic() throws {
        for text in [
            "Reaffirming the importance of existing international legal instruments",
            "in accordance with relevant international instruments",
            "States parties to the Convention",
            "the CEDAW Committee and the report CEDAW/C/GC/38",
            "the Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization",
            "the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization",
            "",
        ] {
            #expect(try matches(text).isEmpty, "\(text)")
        }
        #expect(try matches("the ratification of CEDAW by").map(\.targets) == [["UNTS 1249/20378"]])
    }

    @Test("names with resolutions and collective names")
    func instruments() throws {
        let found = try matches("Reaffirming the 2030 Agenda for Sustainable Development and the Universal Declaration of Human Rights")
        #expect(found.map(\.entryID) == ["instrument:2030-agenda-for-sustainable-development", "instrument:universal-declaration-of-human-rights"])
        let g = try #require(Self.matcher).gazetteer
        #expect(found.compactMap { g.entry(id: $0.entryID)?.resolution } == ["A/RES/70/1", "A/RES/217 (III)"])
    }
}
