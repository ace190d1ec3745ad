import Foundation
import Testing
@testable import CiteCore

/// Reads a fixture of `Fixtures/treaties/` as TSV rows (header dropped).
private func untsFixtureRows(_ name: String) throws -> [[String]] {
    let base = try #require(Bundle.module.resourceURL)
    let url = base.appendingPathComponent("Fixtures/treaties/\(name)")
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
}

/// `UNTS 1577/27531+2171,2173@slice` — the form of the fixture's expected column.
private func describe(_ matches: [UNTSMatch], in note: String) -> String {
    let bytes = Array(note.utf8)
    return matches.map { m in
        let extra = m.volumes.count > 1 ? "+" + m.volumes.dropFirst().map(String.init).joined(separator: ",") : ""
        return "\(m.reference.id)\(extra)@\(String(decoding: bytes[m.range], as: UTF8.self))"
    }.joined(separator: " | ")
}

/// Parses "UNTS 1249/20378" / "LNTS 94/2138".
private func reference(_ id: String) -> UNTSReference? {
    let parts = id.split(separator: " ")
    guard parts.count == 2 else { return nil }
    let numbers = parts[1].split(separator: "/").compactMap { Int($0) }
    guard numbers.count == 2 else { return nil }
    return UNTSReference(volume: numbers[0], number: numbers[1], league: parts[0] == "LNTS")
}

@Suite("UNTS parser")
struct UNTSParserTests {
    @Test("real footnotes: every fixture note gives exactly its references and ranges")
    func fixtureNotes() throws {
        let rows = try untsFixtureRows("unts_notes.tsv")
        #expect(rows.count >= 40)
        for row in rows {
            let (source, previous, note, expected) = (row[0], row[1], row[2], row[3])
            let found = UNTSParser.matches(in: note, previous: previous.isEmpty ? nil : reference(previous))
            #expect(describe(found, in: note) == expected, "\(source): \(note)")
        }
    }

    @Test("the tuple API returns the same references and UTF-8 byte ranges")
    func tupleAPI() {
        let note = "United Nations, Treaty Series, vol. 1577, No. 27531."
        let refs = UNTSParser.parse(note, previous: nil)
        #expect(refs.count == 1)
        #expect(refs.first?.0 == UNTSReference(volume: 1577, number: 27531))
        #expect(refs.first?.1 == 0..<51)
    }

    @Test("several volumes: the first is the id, all are kept")
    func volumeList() throws {
        let m = try #require(UNTSParser.matches(in: "United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574.", previous: nil).first)
        #expect(m.reference.id == "UNTS 2225/39574")
        #expect(m.volumes == [2225, 2237, 2241, 2326])
    }

    @Test("League of Nations: Roman volume, league series, inherited by Ibid.")
    func league() throws {
        let first = UNTSParser.parse("League of Nations, Treaty Series, vol. XCIV, No. 2138.", previous: nil)
        #expect(first.map(\.0) == [UNTSReference(volume: 94, number: 2138, league: true)])
        let ibid = UNTSParser.parse("Ibid., vol. 120, No. 2677.", previous: first.first?.0)
        #expect(ibid.map(\.0) == [UNTSReference(volume: 120, number: 2677, league: true)])
        let un = UNTSParser.parse("Ibid., vol. 120, No. 2677.", previous: UNTSReference(volume: 1, number: 4))
        #expect(un.map(\.0) == [UNTSReference(volume: 120, number: 2677)])
    }

    @Test("Ibid.: alone or with a pinpoint it is the previous reference; otherwise nothing")
    func ibid() {
        let previous = UNTSReference(volume: 1125, number: 17513)
        #expect(UNTSParser.parse("Ibid.", previous: previous).map(\.0) == [previous])
        #expect(UNTSParser.parse("Ibid.", previous: previous).first?.1 == 0..<5)
        #expect(UNTSParser.parse("Ibid., arts. 13 and 17.", previous: previous).map(\.0) == [previous])
        #expect(UNTSParser.parse("Ibid.", previous: nil).isEmpty)
        #expect(UNTSParser.parse("Ibid., Seventy-second Session, Supplement No. 23 (A/72/23).", previous: previous).isEmpty)
        #expect(UNTSParser.parse("Ibid., No. 5475, p. 4.", previous: UNTSReference(volume: 382, number: 5476)).map(\.0)
                == [UNTSReference(volume: 382, number: 5475)])
    }

    @Test("the seed excerpt's footnotes chain through Ibid.")
    func seedChain() {
        let notes = [
            "The actions mentioned in this paragraph are not necessarily criminal offences in all Member States.",
            "United Nations, Treaty Series, vol. 2225, No. 39574.",
            "Ibid., vol. 1577, No. 27531.",
            "Ibid., vol. 2171, No. 27531.",
        ]
        var previous: UNTSReference? = nil
        var ids: [String] = []
        for note in notes {
            let refs = UNTSParser.parse(note, previous: previous)
            ids += refs.map(\.0.id)
            previous = refs.last?.0
        }
        #expect(ids == ["UNTS 2225/39574", "UNTS 1577/27531", "UNTS 2171/27531"])
    }

    @Test("ranges are byte offsets even after non-ASCII text, line breaks and no-break spaces")
    func byteRanges() throws {
        let note = "Protocole — “Türkiye”, see United\u{00A0}Nations, Treaty\nSeries, vol. 75, Nos. 970–973."
        let found = UNTSParser.matches(in: note, previous: nil)
        #expect(found.map(\.reference.number) == [970, 971, 972, 973])
        let m = try #require(found.first)
        let slice = String(decoding: Array(note.utf8)[m.range], as: UTF8.self)
        #expect(slice == "United\u{00A0}Nations, Treaty\nSeries, vol. 75, Nos. 970–973")
    }

    @Test("words that look like references are not read")
    func nonReferences() {
        #expect(UNTSParser.parse("“Global burden of bacterial antimicrobial resistance in 2019: a systematic analysis”, The Lancet, vol. 399, No. 10325 (February 2022).", previous: nil).isEmpty)
        #expect(UNTSParser.parse("United Nations, Treaty Series, vol. 500, p. 95.", previous: nil).isEmpty)
        #expect(UNTSParser.parse("Yearbook of the International Law Commission 1982, vol. II (Part Two), paras. 267–269.", previous: nil).isEmpty)
        #expect(UNTSParser.parse("", previous: nil).isEmpty)
    }
}
