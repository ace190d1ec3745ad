import Foundation
import Testing
@testable import CiteCore

@Suite("Gazetteer")
struct GazetteerTests {
    static let gazetteer: Gazetteer? = try? Gazetteer.bundled()

    @Test("the bundled gazetteer loads and is large")
    func loads() throws {
        let g = try Gazetteer.bundled()
        #expect(g.entries.count >= 250)
        #expect(g.entries.filter { $0.unts != nil }.count >= 150)
        #expect(Set(g.entries.map(\.id)).count == g.entries.count)
    }

    @Test("treaties of the corpus footnotes carry their names", arguments: [
        ("UNTS 1577/27531", "Convention on the Rights of the Child"),
        ("UNTS 2171/27531", "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography"),
        ("UNTS 2173/27531", "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict"),
        ("UNTS 2225/39574", "United Nations Convention against Transnational Organized Crime"),
        ("UNTS 1771/30822", "United Nations Framework Convention on Climate Change"),
        ("UNTS 2187/38544", "Rome Statute of the International Criminal Court"),
        ("UNTS 2303/30822", "Kyoto Protocol to the United Nations Framework Convention on Climate Change"),
        ("UNTS 3156/54113", "Paris Agreement"),
        ("LNTS 94/2138", "Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare"),
    ])
    func treatyNames(id: String, name: String) throws {
        let g = try #require(Self.gazetteer)
        let entry = try #require(g.entry(id: id))
        #expect(entry.name == name)
        #expect(entry.unts?.id == id)
        #expect(entry.targetKind == .treaty)
        #expect(g.entry(for: try #require(entry.unts))?.id == id)
    }

    @Test("instruments adopted by a resolution record it", arguments: [
        ("Universal Declaration of Human Rights", "A/RES/217 (III)"),
        ("Transforming our world: the 2030 Agenda for Sustainable Development", "A/RES/70/1"),
        ("Sendai Framework for Disaster Risk Reduction 2015–2030", "A/RES/69/283"),
        ("Addis Ababa Action Agenda of the Third International Conference on Financing for Development", "A/RES/69/313"),
        ("New Urban Agenda", "A/RES/71/256"),
        ("United Nations Millennium Declaration", "A/RES/55/2"),
        ("Convention on the Prevention and Punishment of the Crime of Genocide", "A/RES/260 (III)"),
    ])
    func adoptingResolutions(name: String, resolution: String) throws {
        let g = try #require(Self.gazetteer)
        let entry = try #require(g.entries.first { $0.name == name })
        #expect(entry.resolution == resolution)
    }

    @Test("conference outcomes without a resolution, and the founding instruments, are present")
    func conferenceInstruments() throws {
        let g = try #require(Self.gazetteer)
        for name in ["Beijing Declaration and Platform for Action", "Vienna Declaration and Programme of Action",
                     "Charter of the United Nations", "Statute of the International Court of Justice"] {
            let entry = try #require(g.entries.first { $0.name == name }, "\(name)")
            #expect(entry.resolution == nil)
            #expect(entry.id.hasPrefix("instrument:"))
            #expect(entry.targetKind == .instrument)
        }
    }

    @Test("protocols hang off their treaty; collective names list their members")
    func relations() throws {
        let g = try #require(Self.gazetteer)
        #expect(g.children(of: "UNTS 1577/27531").map(\.id) == ["UNTS 2171/27531", "UNTS 2173/27531", "UNTS 2983/27531"])
        #expect(g.children(of: "UNTS 2225/39574").map(\.id) == ["UNTS 2237/39574", "UNTS 2241/39574", "UNTS 2326/39574"])
        let geneva = try #require(g.entry(id: "instrument:geneva-conventions-of-1949"))
        #expect(geneva.targets == ["UNTS 75/970", "UNTS 75/971", "UNTS 75/972", "UNTS 75/973"])
        #expect(g.groups(containing: "UNTS 75/973") == ["instrument:geneva-conventions-of-1949"])
        #expect(g.children(of: "UNTS 75/973").map(\.id) == ["UNTS 1125/17512", "UNTS 1125/17513", "UNTS 2404/43425"])
    }

    @Test("every reference of the real footnotes of the fixture is in the gazetteer")
    func coversFixture() throws {
        let g = try #require(Self.gazetteer)
        let base = try #require(Bundle.module.resourceURL)
        let text = try String(contentsOf: base.appendingPathComponent("Fixtures/treaties/unts_notes.tsv"), encoding: .utf8)
        var ids: Set<String> = []
        for line in text.split(separator: "\n").dropFirst() where !line.hasPrefix("issue 3") {
            let expected = line.split(separator: "\t", omittingEmptySubsequences: false).last ?? ""
            for item in expected.split(separator: "|") where item.contains("@") {
                ids.insert(String(item.split(separator: "@")[0].split(separator: "+")[0]).trimmingCharacters(in: .whitespaces))
            }
        }
        #expect(ids.count >= 30)
        for id in ids.sorted() {
            #expect(g.entry(id: id) != nil, "\(id)")
        }
    }

    @Test("a bad gazetteer is a one-line error naming the entry")
    func errors() throws {
        #expect(throws: GazetteerError.self) { try Gazetteer(data: Data("{".utf8)) }
        let crc = GazetteerEntry(id: "UNTS 1577/27531", name: "Convention on the Rights of the Child",
                                 unts: UNTSReference(volume: 1577, number: 27531), kind: .treaty)
        do {
            _ = try Gazetteer(entries: [crc, crc])
            Issue.record("duplicate ids accepted")
        } catch {
            #expect(error.description == "gazetteer: UNTS 1577/27531: duplicate id")
        }
        let wrong = GazetteerEntry(id: "UNTS 1577/1", name: "x", unts: UNTSReference(volume: 1577, number: 27531), kind: .treaty)
        #expect(throws: GazetteerError.self) { try Gazetteer(entries: [wrong]) }
        let orphan = GazetteerEntry(id: "instrument:orphan", name: "Orphan Protocol", kind: .treaty, parent: "UNTS 9/9")
        #expect(throws: GazetteerError.self) { try Gazetteer(entries: [orphan]) }
        let notKebab = GazetteerEntry(id: "instrument:Not Kebab", name: "x", kind: .instrument)
        #expect(throws: GazetteerError.self) { try Gazetteer(entries: [notKebab]) }
        do {
            _ = try Gazetteer(data: Data(#"{"entries":[{"id":"instrument:a","name":"A"}]}"#.utf8))
            Issue.record("missing kind accepted")
        } catch {
            #expect(error.description.contains("kind"))
            #expect(!error.description.contains("\n"))
        }
    }
}
